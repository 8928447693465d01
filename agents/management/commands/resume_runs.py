from django.core.management.base import BaseCommand

from agents import actions


class Command(BaseCommand):
    help = "Resume runs whose worker died (running with an expired lease) or that never started (pending)."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=100)

    def handle(self, *args, limit: int, **options):
        if limit < 1:
            self.stderr.write("--limit must be at least 1")
            return
        run_ids = actions.stale_run_ids(limit)
        for run_id in run_ids:
            outcome = actions.resume_run(run_id)
            status = outcome.status if outcome else "taken by another worker"
            self.stdout.write(f"run {run_id}: {status}")
        self.stdout.write(f"{len(run_ids)} run(s) looked at")
