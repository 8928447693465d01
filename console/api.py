"""The NinjaAPI instance: routers, auth, and one error shape (`{"code", "message"}`) for every 4xx."""

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError

from agents.api import ApiKeyAuth
from agents.api import router as agents_router
from agents.errors import InputError

api = NinjaAPI(
    title="Handrail API",
    version="1.0.0",
    description="Customer-side API of the Handrail agent runtime. Authenticate with `Authorization: "
    "Bearer <key>` (create one with `manage.py create_api_key`).",
    auth=ApiKeyAuth(),
    urls_namespace="api",
)
api.add_router("/v1/", agents_router)


def _error(request: HttpRequest, status: int, code: str, message: str, **extra) -> HttpResponse:
    return api.create_response(request, {"code": code, "message": message, **extra}, status=status)


@api.exception_handler(InputError)
def on_input_error(request: HttpRequest, exc: InputError) -> HttpResponse:
    return _error(request, exc.status, exc.code, exc.message)


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    details = [
        {
            "field": ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "path", "query")),
            "problem": err.get("msg", ""),
        }
        for err in exc.errors
    ]
    summary = "; ".join(f"{d['field'] or 'body'}: {d['problem']}" for d in details)
    return _error(request, 422, "invalid_input", summary or "the request is not valid", errors=details)


@api.exception_handler(AuthenticationError)
def on_auth_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return _error(request, 401, "unauthorized", "a valid API key is required: Authorization: Bearer <key>")


@api.exception_handler(RequestDataTooBig)
def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return _error(request, 413, "too_large", "the request body is larger than 64 KB")
