"""WebSocket routes of the operator console (mounted by console/asgi.py)."""

from django.urls import path

from console.operator.consumers import OperatorConsumer

websocket_urlpatterns = [
    path("ws/console/", OperatorConsumer.as_asgi()),
]
