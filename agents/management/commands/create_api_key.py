from django.core.management.base import BaseCommand, CommandError

from agents.actions import do_create_api_key
from agents.errors import InputError


class Command(BaseCommand):
    help = "Create an API key. The key is printed once and stored only as a hash."

    def add_arguments(self, parser):
        parser.add_argument("name", help="who the key is for, e.g. 'shop-website'")
        parser.add_argument("--staff", action="store_true", help="may decide approvals and read every run")
        parser.add_argument("--quiet", action="store_true", help="print only the key")

    def handle(self, *args, name: str, staff: bool, quiet: bool, **options):
        try:
            key, raw_key = do_create_api_key(name, is_staff=staff)
        except InputError as exc:
            raise CommandError(exc.message) from None
        if quiet:
            self.stdout.write(raw_key)
            return
        kind = "staff" if staff else "customer"
        self.stdout.write(
            f"Created {kind} key {key.name!r} ({key.prefix}). Store it now; it is not shown again:"
        )
        self.stdout.write(raw_key)
