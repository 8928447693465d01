from django.core.management.base import BaseCommand

from agents.actions import expire_approvals


class Command(BaseCommand):
    help = (
        "Expire pending approvals past their time (HANDRAIL_APPROVAL_TTL_SECONDS): the customer is told and "
        "each run resumes with the refusal. Celery beat runs this every minute; run it by hand without beat."
    )

    def handle(self, *args, **options):
        expired = expire_approvals()
        self.stdout.write(f"{expired} approval(s) expired")
