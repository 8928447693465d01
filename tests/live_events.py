"""Listening to the live events the actions send, in tests: a channel of the in-memory layer added to
the groups a test watches. The tests switch the layer to the in-memory one (CI's Redis layer is the
subject of its own tests), so what an action sent is queued by the time the action returns."""

from __future__ import annotations

import asyncio
from typing import Any

from asgiref.sync import async_to_sync

IN_MEMORY_LAYER = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}


class GroupListener:
    """One test channel in the given groups, and what reached it."""

    def __init__(self, layer: Any, *groups: str) -> None:
        self.layer = layer
        self.channel = async_to_sync(layer.new_channel)()
        for group in groups:
            async_to_sync(layer.group_add)(group, self.channel)

    def events(self) -> list[dict[str, Any]]:
        """Every event queued for the channel so far, oldest first, without its `sent_at` stamp (checked
        to be there: the live-push benchmark reads it)."""
        return async_to_sync(self._drain)()

    async def _drain(self) -> list[dict[str, Any]]:
        received = []
        while True:
            try:
                # Events are queued before the action returns; the wait only ends an empty queue.
                event = await asyncio.wait_for(self.layer.receive(self.channel), timeout=0.05)
            except TimeoutError:
                return received
            stamp = event.pop("sent_at", None)
            assert isinstance(stamp, float), event
            received.append(event)
