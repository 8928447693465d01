from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from agents.actions import do_create_api_key
from agents.errors import InputError


class Command(BaseCommand):
    help = "Create an API key. The key is printed once and stored only as a hash."

    def add_arguments(self, parser):
        parser.add_argument("name", help="who the key is for, e.g. 'shop-website'")
        parser.add_argument("--staff", action="store_true", help="may read every run")
        parser.add_argument(
            "--user",
            default="",
            help="a staff key acts for this person (username): it may do what their role allows, e.g. "
            "decide approvals as a manager; implies --staff",
        )
        parser.add_argument("--quiet", action="store_true", help="print only the key")

    def handle(self, *args, name: str, staff: bool, user: str, quiet: bool, **options):
        person = None
        if user:
            person = get_user_model().objects.filter(username=user).first()
            if person is None:
                raise CommandError(f"no user named {user!r}; create it first (createsuperuser or seed_demo)")
            staff = True
        try:
            key, raw_key = do_create_api_key(name, is_staff=staff, user=person)
        except InputError as exc:
            raise CommandError(exc.message) from None
        if quiet:
            self.stdout.write(raw_key)
            return
        kind = f"staff key for {person.username}" if person else ("staff key" if staff else "customer key")
        self.stdout.write(f"Created {kind} {key.name!r} ({key.prefix}). Store it now; it is not shown again:")
        self.stdout.write(raw_key)
