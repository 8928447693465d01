"""Who is looking at which conversation: kept in the Django cache (Redis in production), one entry per
open operator socket, refreshed by the page's heartbeat.

A conversation's viewers are one cache value, {channel name: {user_id, name, until}}, rewritten by the
socket that joins, beats or leaves. Two sockets writing the same conversation at the same instant can
lose one write; the loser's next heartbeat (HEARTBEAT_SECONDS) puts it back, and an entry left behind by
a process that died lapses at its `until`. Presence is a hint to colleagues, not a lock: claiming is
what decides who works on a conversation (reviews.actions.do_claim_escalation).
"""

from __future__ import annotations

import time
from typing import Any

from django.core.cache import cache

# The page beats every 20 s; an entry lives three beats, so one late beat does not make a person vanish.
HEARTBEAT_SECONDS = 20
ENTRY_SECONDS = 60


def _key(conversation_id: Any) -> str:
    return f"handrail:presence:{conversation_id}"


def _live(entries: dict[str, dict[str, Any]] | None, now: float) -> dict[str, dict[str, Any]]:
    return {channel: e for channel, e in (entries or {}).items() if e.get("until", 0) > now}


def viewers_from_entries(entries: dict[str, dict[str, Any]] | None, now: float | None = None) -> list[dict]:
    """[{user_id, name}] of the live entries, one per person (a person with two tabs is one viewer),
    in name order."""
    people: dict[int, str] = {}
    for entry in _live(entries, now if now is not None else time.time()).values():
        people[entry["user_id"]] = entry["name"]
    return [
        {"user_id": uid, "name": name} for uid, name in sorted(people.items(), key=lambda p: p[1].lower())
    ]


async def ajoin(conversation_id: Any, channel: str, user_id: int, name: str) -> tuple[list[dict], bool]:
    """Record (or refresh) this socket as viewing the conversation. Returns the viewers and whether the
    set of people changed (only then is it worth telling anyone)."""
    now = time.time()
    entries = _live(await cache.aget(_key(conversation_id)), now)
    before = viewers_from_entries(entries, now)
    entries[channel] = {"user_id": user_id, "name": name, "until": now + ENTRY_SECONDS}
    await cache.aset(_key(conversation_id), entries, ENTRY_SECONDS)
    after = viewers_from_entries(entries, now)
    return after, after != before


async def aleave(conversation_id: Any, channel: str) -> tuple[list[dict], bool]:
    now = time.time()
    entries = _live(await cache.aget(_key(conversation_id)), now)
    before = viewers_from_entries(entries, now)
    if entries.pop(channel, None) is None:
        return before, False
    if entries:
        await cache.aset(_key(conversation_id), entries, ENTRY_SECONDS)
    else:
        await cache.adelete(_key(conversation_id))
    after = viewers_from_entries(entries, now)
    return after, after != before


def viewers_of(conversation_ids: list[Any]) -> dict[str, list[dict]]:
    """{conversation id: viewers} for many conversations in one cache round trip (the inbox rows)."""
    if not conversation_ids:
        return {}
    found = cache.get_many([_key(c) for c in conversation_ids])
    now = time.time()
    return {str(c): viewers_from_entries(found.get(_key(c)), now) for c in conversation_ids}
