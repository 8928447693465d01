from django.core.management.base import BaseCommand, CommandError

from tracing import alerts
from tracing.models import AlertRule

MAX_RULE_NAME = 100  # AlertRule.name


class Command(BaseCommand):
    help = (
        "Evaluate the enabled alert rules now and fire those past their threshold (live in the console, "
        "logged, posted to their webhooks). Prints every measurement. Celery beat runs this every minute; "
        "finished runs trigger it too. --dry-run measures without firing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--rule",
            action="append",
            metavar="NAME",
            help="only this rule (by name); may be given more than once",
        )
        parser.add_argument("--dry-run", action="store_true", help="measure and print, fire nothing")

    def handle(self, *args, **options):
        names = options["rule"]
        if names is not None:
            names = [name.strip() for name in names]
            for name in names:
                if not name or len(name) > MAX_RULE_NAME:
                    raise CommandError(f"--rule takes a rule's name (1 to {MAX_RULE_NAME} characters)")
            known = set(AlertRule.objects.filter(name__in=names).values_list("name", flat=True))
            missing = [name for name in names if name not in known]
            if missing:
                every = ", ".join(
                    repr(n) for n in AlertRule.objects.order_by("pk").values_list("name", flat=True)
                )
                raise CommandError(f"no alert rule named {missing[0]!r}; the rules are: {every or 'none'}")
            disabled = AlertRule.objects.filter(name__in=names, enabled=False).values_list("name", flat=True)
            for name in disabled:
                self.stdout.write(f"{name}: disabled, not evaluated")
        result = alerts.evaluate(rules=names, dry_run=options["dry_run"])
        fired = {(alert.rule_id, alert.scope) for alert in result.fired}
        quiet = {(m.rule.pk, m.scope) for m in result.quiet}
        for measurement in result.measurements:
            key = (measurement.rule.pk, measurement.scope)
            if key in fired:
                label = "FIRED"
            elif key in quiet:
                label = "would fire" if options["dry_run"] else "cooldown"
            elif measurement.value is None:
                label = "not judged"
            else:
                label = "ok"
            rule = measurement.rule
            self.stdout.write(f"[{label}] {rule.name} ({alerts.fires_when(rule)}): {measurement.message}")
        if not result.measurements:
            self.stdout.write("nothing to measure (no enabled rule with data)")
        self.stdout.write(f"{len(result.fired)} alert(s) fired")
