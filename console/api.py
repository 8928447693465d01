"""The NinjaAPI instance: routers, auth, and one error shape (`{"code", "message"}`) for every 4xx."""

import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.parser import Parser

from agents.api import ApiKeyAuth
from agents.api import router as agents_router
from agents.errors import InputError
from agents.guards.api import router as guard_router


class JsonObjectParser(Parser):
    """Every body this API takes is a JSON object. An array or a bare value is refused here: a schema
    whose fields all have defaults (ConversationIn) would otherwise take `[1, 2]` as `{}`."""

    def parse_body(self, request: HttpRequest) -> dict:
        data = super().parse_body(request)
        if not isinstance(data, dict):
            raise ValueError("the body must be a JSON object")
        return data


logger = logging.getLogger(__name__)

api = NinjaAPI(
    title="Handrail API",
    version="1.0.0",
    description="Customer-side API of the Handrail agent runtime. Authenticate with `Authorization: "
    "Bearer <key>` (create one with `manage.py create_api_key`).",
    auth=ApiKeyAuth(),
    urls_namespace="api",
    parser=JsonObjectParser(),
)
api.add_router("/v1/", agents_router)
api.add_router("/v1/guard/", guard_router)


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
    response = _error(
        request, 401, "unauthorized", "a valid API key is required: Authorization: Bearer <key>"
    )
    response["WWW-Authenticate"] = 'Bearer realm="handrail"'
    return response


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # ninja's own 4xx; its only 400 is a body that does not parse (not JSON, not UTF-8, not an object).
    if exc.status_code == 400:
        return _error(request, 400, "invalid_body", "the request body must be a JSON object in UTF-8")
    return _error(request, exc.status_code, "error", str(exc))


@api.exception_handler(RequestDataTooBig)
def on_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    limit_kb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024
    return _error(request, 413, "too_large", f"the request body is larger than {limit_kb} KB")


@api.exception_handler(Exception)
def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    # Never a bare 500: the caller learns it may retry, and the trace goes to the log.
    logger.exception("unexpected error on %s", request.path)
    return _error(request, 503, "unavailable", "the service could not answer right now; please retry")
