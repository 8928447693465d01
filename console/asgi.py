"""ASGI entry point: HTTP through Django, WebSockets through Channels."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "console.settings")
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler  # noqa: E402

from console.chat.routing import websocket_urlpatterns as chat_routes  # noqa: E402
from console.operator.routing import websocket_urlpatterns as operator_routes  # noqa: E402

websocket_urlpatterns: list = [*chat_routes, *operator_routes]

application = ProtocolTypeRouter(
    {
        # daphne serves /static/ itself (the chat's and the console's few files): `make demo` is one
        # process with no web server in front. A deployment with a proxy or CDN serves them there.
        "http": ASGIStaticFilesHandler(django_asgi_app),
        "websocket": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
    }
)
