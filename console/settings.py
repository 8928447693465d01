"""Handrail settings: one module, every knob from the environment.

Unset means the embedded default a new user runs first: SQLite, in-memory channel layer and cache,
background work in-process, the built-in offline model. Set means the real part: DATABASE_URL for
PostgreSQL, REDIS_URL for the channel layer, the cache and the Celery broker.
"""

from decimal import Decimal, InvalidOperation
from pathlib import Path

import dj_database_url
from limits import parse as parse_rate_limit

from console.environment import ConfigError, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and env_bool("HANDRAIL_REQUIRE_SECRET_KEY", False):
        raise ConfigError("SECRET_KEY must be set in production")
    # A fixed key for the embedded demo only; `make demo` never runs with real customer data.
    SECRET_KEY = "handrail-embedded-demo-key-not-for-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "channels",
    "django_htmx",
    "axes",
    "ninja",
    "tracing",
    "agents",
    "agents.knowledge",
    "agents.memory",
    "reviews",
    "demo_shop",
    "console",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during authentication into a response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "console.urls"
ASGI_APPLICATION = "console.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL", "")
if DATABASE_URL:
    if not DATABASE_URL.startswith(("postgres://", "postgresql://", "sqlite://")):
        raise ConfigError("DATABASE_URL must be a postgres:// or sqlite:// URL")
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("SQLITE_PATH", str(BASE_DIR / "handrail.sqlite3")),
            # SQLite is shared by daphne's threads and the in-process workers: wait for the lock
            # instead of failing at once, and use WAL so readers never block the writer.
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: channel layer, cache, Celery ----------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    if not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError("REDIS_URL must be a redis:// or rediss:// URL")
    # redis-py 8 times socket reads out after 5 s by default, exactly channels-redis's 5 s blocking
    # pop: an idle consumer's read times out and the consumer dies. Reads must outlast the pop.
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [{"address": REDIS_URL, "socket_timeout": 15, "socket_connect_timeout": 5}]},
        }
    }
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
# Without Redis there is no worker: background work runs in-process, right after the commit.
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", not REDIS_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True  # a worker killed mid-task leaves the message for the next one
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# With a worker and beat (production): approvals past their time expire within a minute, and runs
# whose worker died are taken over.
CELERY_BEAT_SCHEDULE = {
    "expire-approvals": {"task": "agents.tasks.expire_approvals", "schedule": 60.0},
    "resume-stale-runs": {"task": "agents.tasks.resume_stale_runs", "schedule": 60.0},
    # Alert rules over their sliding windows, also when no run finishes (tracing.alerts).
    "check-alerts": {"task": "tracing.tasks.evaluate_alerts", "schedule": 60.0},
    # Trace payloads past HANDRAIL_TRACE_RETENTION_DAYS, once a day (tracing.retention).
    "prune-traces": {"task": "tracing.retention.prune_expired_payloads", "schedule": 24 * 3600.0},
}
# Task modules outside an app's tasks.py, which the worker must import to know their tasks.
CELERY_IMPORTS = ["tracing.retention"]
# Workers keep LOGGING's handler (JSON lines behind the PII filter) instead of Celery's own root handler.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# --- Auth -------------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "/console/login/"
LOGIN_REDIRECT_URL = "/console/"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out username+IP before checking a password
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one username from one address lock that pair for 15 minutes; other people
# (and the same person from another address) can still sign in.
AXES_FAILURE_LIMIT = env_int("HANDRAIL_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("HANDRAIL_LOGIN_LOCKOUT_MINUTES", 15, minimum=1) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "console/locked_out.html"
SESSION_COOKIE_HTTPONLY = True

# --- I18N / static ----------------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"

# Requests larger than this are refused with 413 before any parsing. The largest legal message
# (HANDRAIL_MAX_MESSAGE_CHARS = 8000) JSON-escaped as surrogate pairs is 8000 * 12 bytes = 96 KB;
# 256 KB leaves room for that and stops megabyte bodies at the door.
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024

# --- The runtime ------------------------------------------------------------------------------
# Comma-separated "provider:model" entries, tried in order; canned templates and a human handoff
# always follow. Providers: anthropic, openai, openai-compatible (needs OPENAI_BASE_URL), offline.
HANDRAIL_MODEL_CHAIN = env_list("HANDRAIL_MODEL_CHAIN", ["offline:handrail-offline-demo"])
ANTHROPIC_API_KEY = env_str("ANTHROPIC_API_KEY", "")
ANTHROPIC_BASE_URL = env_str("ANTHROPIC_BASE_URL", "")
OPENAI_API_KEY = env_str("OPENAI_API_KEY", "")
OPENAI_BASE_URL = env_str("OPENAI_BASE_URL", "")
# Per model call: 30 s covers a long streamed answer; a hung connection must not hold a run forever.
HANDRAIL_PROVIDER_TIMEOUT_SECONDS = env_int("HANDRAIL_PROVIDER_TIMEOUT_SECONDS", 30, minimum=1)
HANDRAIL_PROVIDER_MAX_ATTEMPTS = env_int("HANDRAIL_PROVIDER_MAX_ATTEMPTS", 3, minimum=1)
# A Retry-After longer than this is not waited for: the next provider in the chain is tried.
HANDRAIL_MAX_RETRY_AFTER_SECONDS = env_int("HANDRAIL_MAX_RETRY_AFTER_SECONDS", 20, minimum=0)
HANDRAIL_BREAKER_FAIL_MAX = env_int("HANDRAIL_BREAKER_FAIL_MAX", 5, minimum=1)
HANDRAIL_BREAKER_RESET_SECONDS = env_int("HANDRAIL_BREAKER_RESET_SECONDS", 30, minimum=1)
HANDRAIL_MAX_MESSAGE_CHARS = env_int("HANDRAIL_MAX_MESSAGE_CHARS", 8000, minimum=1)
# A run whose worker stopped heartbeating for this long is taken over and resumed.
HANDRAIL_RUN_LEASE_SECONDS = env_int("HANDRAIL_RUN_LEASE_SECONDS", 60, minimum=5)
# Tokens for system + messages per model call (tool schemas and the answer come on top); older
# turns are summarised and large tool results referenced to stay inside it (agents/context.py).
HANDRAIL_CONTEXT_BUDGET_TOKENS = env_int("HANDRAIL_CONTEXT_BUDGET_TOKENS", 16000, minimum=1000)
# Conversation state in the cache (Redis in production); rebuilt from the messages after it expires.
HANDRAIL_CONVERSATION_STATE_TTL_SECONDS = env_int("HANDRAIL_CONVERSATION_STATE_TTL_SECONDS", 1800, minimum=1)
# Large tool results kept outside the prompt; re-stored from the checkpoints if they expire.
HANDRAIL_REFERENCE_TTL_SECONDS = env_int("HANDRAIL_REFERENCE_TTL_SECONDS", 86400, minimum=60)
# The demo's support desk (a router over four executors); list your own agent modules here.
# The people side (console, reviews): how long a pending approval waits before it expires (the customer
# is told and the run resumes with the refusal), the amount above which two different managers must
# approve (0: never), and the escalation SLA the inbox timers count against (amber at 60 %, red past it).
HANDRAIL_APPROVAL_TTL_SECONDS = env_int("HANDRAIL_APPROVAL_TTL_SECONDS", 24 * 3600, minimum=60)
HANDRAIL_TWO_PERSON_APPROVAL_ABOVE = env_int("HANDRAIL_TWO_PERSON_APPROVAL_ABOVE", 0, minimum=0)
HANDRAIL_ESCALATION_SLA_SECONDS = env_int("HANDRAIL_ESCALATION_SLA_SECONDS", 300, minimum=10)
HANDRAIL_AGENT_MODULES = env_list("HANDRAIL_AGENT_MODULES", ["demo_shop.desk"])
HANDRAIL_DEFAULT_AGENT = env_str("HANDRAIL_DEFAULT_AGENT", "support")
# Load models and guard tables in a background thread at start-up (the server and workers set it), so
# the first customer message does not wait for them. Off by default: management commands and tests
# load only what they use.
HANDRAIL_WARM_UP = env_bool("HANDRAIL_WARM_UP", False)
# CPU threads for the embedding model (torch). 1 suits a server where many requests share the cores.
HANDRAIL_EMBEDDING_THREADS = env_int("HANDRAIL_EMBEDDING_THREADS", 1, minimum=1)


# --- Budgets and rate limits (agents.budgets, agents.ratelimits) ----------------------------------
def _env_decimal(name: str, default: str, *, minimum: Decimal, maximum: Decimal | None = None) -> Decimal:
    raw = env_str(name, "") or default
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ConfigError(f"{name} must be a decimal number, got {raw!r}") from None
    if not value.is_finite() or value < minimum or (maximum is not None and value > maximum):
        bounds = f"between {minimum} and {maximum}" if maximum is not None else f"at least {minimum}"
        raise ConfigError(f"{name} must be {bounds}, got {raw!r}")
    return value


def _env_rate_limit(name: str, default: str) -> str:
    raw = env_str(name, default).strip()
    if raw:
        try:
            parse_rate_limit(raw)
        except ValueError:
            raise ConfigError(f'{name} must look like "20/minute" or be "" (no limit), got {raw!r}') from None
    return raw


# What one customer (Conversation.customer_ref) may cost in model calls per UTC day, in USD. Each call
# reserves its estimate first, so concurrent turns cannot together pass it. 0: no budget.
HANDRAIL_BUDGET_USER_DAILY_USD = _env_decimal("HANDRAIL_BUDGET_USER_DAILY_USD", "0", minimum=Decimal(0))
# The same per agent (a desk and all its executors) per UTC day; an agent's
# GuardSettings.agent_daily_budget_usd overrides it. 0: no budget.
HANDRAIL_BUDGET_AGENT_DAILY_USD = _env_decimal("HANDRAIL_BUDGET_AGENT_DAILY_USD", "0", minimum=Decimal(0))
# From this fraction of a daily budget used (spent + reserved), turns degrade to the agent's "cheap"
# model tier while there is still money left; past the budget they get a canned template or a person.
HANDRAIL_BUDGET_DEGRADE_AT = float(
    _env_decimal("HANDRAIL_BUDGET_DEGRADE_AT", "0.8", minimum=Decimal(0), maximum=Decimal(1))
)
# Customer messages accepted per customer and per client IP address, as "N/period" over a moving window
# ("20/minute", "300/hour"); "" turns that limit off. Counted in Redis when REDIS_URL is set (shared by
# every process), else in memory. 20 a minute is far above anyone typing; it stops scripts, not people.
HANDRAIL_RATE_LIMIT_USER = _env_rate_limit("HANDRAIL_RATE_LIMIT_USER", "20/minute")
# Per IP: higher, since one office or mobile carrier NAT puts many customers behind one address.
HANDRAIL_RATE_LIMIT_IP = _env_rate_limit("HANDRAIL_RATE_LIMIT_IP", "60/minute")

# Personal data (e-mails, phones, cards, IBANs, national ids) is masked in every log line before a handler
# writes it (agents.guards.pii.RedactingLogFilter). Off only for a local debugging session.
HANDRAIL_REDACT_LOGS = env_bool("HANDRAIL_REDACT_LOGS", True)
# Spans of every run (tracing.Span: the trace viewer, OTLP export, latency dashboards). Off keeps the LLM
# and tool call records (runs resume from them) and drops the spans; bench/tracing_overhead.py measures both.
HANDRAIL_TRACING = env_bool("HANDRAIL_TRACING", True)
# Alerts (tracing.alerts): the rules are evaluated again after runs finish, at most once per this many seconds
# (a cache key: across every process when Redis is the cache), and by Celery beat every minute. Off: beat and
# `check_alerts` only.
HANDRAIL_ALERTS_AFTER_RUNS = env_bool("HANDRAIL_ALERTS_AFTER_RUNS", True)
HANDRAIL_ALERTS_EVALUATE_EVERY_SECONDS = env_int("HANDRAIL_ALERTS_EVALUATE_EVERY_SECONDS", 30, minimum=1)
# Log lines (tracing.logs): "json" is one JSON object a line for a log shipper, "console" a readable line
# for a terminal. Inside a run both carry trace_id, run_id, conversation_id and agent.
HANDRAIL_LOG_FORMAT = env_str("HANDRAIL_LOG_FORMAT", "console" if DEBUG else "json").strip().lower()
if HANDRAIL_LOG_FORMAT not in ("json", "console"):
    raise ConfigError(f'HANDRAIL_LOG_FORMAT must be "json" or "console", got {HANDRAIL_LOG_FORMAT!r}')
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_pii": {"()": "agents.guards.pii.RedactingLogFilter"}},
    "formatters": {
        "structured": {"()": "tracing.logs.structured_formatter", "renderer": HANDRAIL_LOG_FORMAT}
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            # The filter runs before the formatter: personal data is masked before it is rendered.
            "filters": ["redact_pii"] if HANDRAIL_REDACT_LOGS else [],
            "formatter": "structured",
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"httpx": {"level": "WARNING"}, "sentence_transformers": {"level": "WARNING"}},
}

# --- Exits: OTLP export, /metrics, trace retention (tracing.otlp, console.metrics, tracing.retention) ----
# A collector's OTLP/HTTP address ("http://collector:4318", or the full ".../v1/traces" URL): each run's
# spans are sent there, with GenAI semantic conventions on model and tool spans. Unset: nothing is sent.
# Spans leave from a background thread after their checkpoint commits: a slow or dead collector never slows
# or breaks a run (failures are logged and counted on /metrics).
HANDRAIL_OTLP_ENDPOINT = env_str("HANDRAIL_OTLP_ENDPOINT", "").strip()
if HANDRAIL_OTLP_ENDPOINT and not HANDRAIL_OTLP_ENDPOINT.startswith(("http://", "https://")):
    raise ConfigError(
        f"HANDRAIL_OTLP_ENDPOINT must be an http:// or https:// URL, got {HANDRAIL_OTLP_ENDPOINT!r}"
    )
# Headers for the collector, "name=value,name=value" (a vendor's API key: use HANDRAIL_OTLP_HEADERS_FILE).
HANDRAIL_OTLP_HEADERS = dict(
    item.split("=", 1) for item in env_list("HANDRAIL_OTLP_HEADERS", []) if "=" in item
)
if len(HANDRAIL_OTLP_HEADERS) != len(env_list("HANDRAIL_OTLP_HEADERS", [])):
    raise ConfigError('HANDRAIL_OTLP_HEADERS must look like "name=value,name=value"')
# Prompts, completions and tool arguments/results in the exported spans. Off by default: the numbers travel,
# the words stay here. On, they go as stored (placeholders for personal data when the agent's guard redacts).
HANDRAIL_OTLP_CONTENT = env_bool("HANDRAIL_OTLP_CONTENT", False)
HANDRAIL_OTLP_SERVICE_NAME = env_str("HANDRAIL_OTLP_SERVICE_NAME", "handrail")
# Per export request (the exporter retries transient errors inside it); 10 s is the OTLP exporters' default.
HANDRAIL_OTLP_TIMEOUT_SECONDS = env_int("HANDRAIL_OTLP_TIMEOUT_SECONDS", 10, minimum=1)
# /metrics (Prometheus) answers a request with "Authorization: Bearer <this token>" or a signed-in staff
# member. Unset: staff only. At least 16 characters: the endpoint shows costs and error rates.
HANDRAIL_METRICS_TOKEN = env_str("HANDRAIL_METRICS_TOKEN", "")
if HANDRAIL_METRICS_TOKEN and len(HANDRAIL_METRICS_TOKEN) < 16:
    raise ConfigError("HANDRAIL_METRICS_TOKEN must be at least 16 characters")
# /metrics reports the last N minutes (runs, tokens, calls, latencies, verdicts, alerts) as gauges: every
# scrape costs a few indexed range queries, however long the history.
HANDRAIL_METRICS_WINDOW_MINUTES = env_int("HANDRAIL_METRICS_WINDOW_MINUTES", 15, minimum=1)
if HANDRAIL_METRICS_WINDOW_MINUTES > 24 * 60:
    raise ConfigError("HANDRAIL_METRICS_WINDOW_MINUTES must be at most 1440 (one day)")
# Prompts, completions, tool arguments/results and guard reasons older than this many days are deleted once
# a day by Celery beat and by `manage.py prune_traces` (tokens, cost, latency, status and error codes stay).
# 0: kept forever.
HANDRAIL_TRACE_RETENTION_DAYS = env_int("HANDRAIL_TRACE_RETENTION_DAYS", 30, minimum=0)
