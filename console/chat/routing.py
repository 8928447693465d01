"""WebSocket routes of the chat (mounted by console/asgi.py)."""

from django.urls import re_path

from console.chat.consumers import ChatConsumer

# Any id is routed, malformed ones too: the consumer answers them with an error event ("not found")
# rather than the bare close an unrouted path gets.
websocket_urlpatterns = [
    re_path(r"^ws/chat/(?P<conversation_id>[^/]{1,64})/$", ChatConsumer.as_asgi()),
]
