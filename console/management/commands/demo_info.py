"""Print what a new user needs after `make demo`: URLs, logins and a working API key."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from agents.actions import access_api_key, do_create_api_key
from agents.definitions import all_agents
from agents.providers import build_provider
from agents.roles import Role
from reviews.actions import do_create_staff_user
from reviews.canned import do_seed_canned_replies

DEMO_DIR = Path(settings.BASE_DIR) / ".demo"
DEMO_ADMIN = ("admin", "handrail-demo")  # printed on purpose: the demo holds no real data
# One demo person per role (username, role, password, first name): printed by `make demo`.
DEMO_STAFF = [
    ("sam", Role.SUPPORT, "handrail-support", "Sam"),
    ("maria", Role.MANAGER, "handrail-manager", "Maria"),
    ("quinn", Role.QA, "handrail-qa", "Quinn"),
    ("ada", Role.ADMIN, "handrail-admin", "Ada"),
]


class Command(BaseCommand):
    help = "Create the demo admin and API key if missing, and print how to reach the demo."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)

    def handle(self, *args, port: int, **options):
        user_model = get_user_model()
        if not user_model.objects.filter(username=DEMO_ADMIN[0]).exists():
            user_model.objects.create_superuser(DEMO_ADMIN[0], "admin@example.com", DEMO_ADMIN[1])
        people = {
            username: do_create_staff_user(username, role, password=password, first_name=first)
            for username, role, password, first in DEMO_STAFF
        }
        do_seed_canned_replies()
        DEMO_DIR.mkdir(exist_ok=True)
        key_file = DEMO_DIR / "api-key"
        staff_file = DEMO_DIR / "staff-api-key"
        for path, staff in ((key_file, False), (staff_file, True)):
            raw = path.read_text().strip() if path.exists() else ""
            existing = access_api_key(raw) if raw else None
            # A staff key from before keys acted for a person decides nothing any more: replaced.
            if existing is None or (staff and existing.user_id is None):
                # The staff key acts for the demo manager: it may decide approvals, as Maria.
                _, raw = do_create_api_key(
                    "demo-staff" if staff else "demo", is_staff=staff, user=people["maria"] if staff else None
                )
                path.write_text(raw + "\n")
                path.chmod(0o600)
        base = f"http://127.0.0.1:{port}"
        chain = ", ".join(
            f"{entry} ({build_provider(entry).label})" for entry in settings.HANDRAIL_MODEL_CHAIN
        )
        key = key_file.read_text().strip()
        staff_lines = "\n".join(
            f"                {username} / {password}   {role.value}"
            for username, role, password, _ in DEMO_STAFF
        )
        self.stdout.write(
            f"""
Handrail demo
  Customer chat {base}/chat/   (sign in as a demo customer: Alice has order 1234)
  Console       {base}/console/   people (login / password):
{staff_lines}
  API docs      {base}/api/docs
  OpenAPI       {base}/api/openapi.json
  Admin         {base}/admin/   login {DEMO_ADMIN[0]} / {DEMO_ADMIN[1]}
  Model chain   {chain}
  Agents        {", ".join(a.name for a in all_agents())}
  API key       {key}
  Staff key     {staff_file.read_text().strip()}   (acts for maria: decides approvals)

Try it:
  curl -s -X POST {base}/api/v1/conversations -H 'Authorization: Bearer {key}' \\
       -H 'Content-Type: application/json' -d '{{"customer_ref": "alice"}}'
  curl -s -X POST {base}/api/v1/conversations/<id>/messages -H 'Authorization: Bearer {key}' \\
       -H 'Content-Type: application/json' -d '{{"text": "Where is my order 1234?"}}'
"""
        )
