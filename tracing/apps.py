from django.apps import AppConfig


class TracingConfig(AppConfig):
    name = "tracing"

    def ready(self) -> None:
        # Connects the price table's change signals: a saved or deleted price is published to every
        # process after its commit (tracing.pricing), whoever saved it (console, admin, shell).
        from tracing import pricing  # noqa: F401
