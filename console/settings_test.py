"""Test settings: the real settings, with fast hashers and eager background work.

Postgres and Redis come from DATABASE_URL / REDIS_URL exactly as in production (CI sets both);
only the parts a test is not about are made fast here.
"""

from console.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests that are about Celery start a real worker against Redis; the rest run tasks in-process.
CELERY_TASK_ALWAYS_EAGER = True
if not DATABASE_URL:  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": "file:handrail_test?mode=memory&cache=shared"}  # noqa: F405
HANDRAIL_PROVIDER_TIMEOUT_SECONDS = 5
