"""Personal data out of what the model sees, and back into what the customer and the tools get.

The runtime's redaction differs from `agents.guards.pii.Vault` (numbered placeholders, for one text at a
time) in one way that matters: a placeholder is derived from the value itself (an HMAC under the
deployment's secret), not from the order values were met in. A run is resumed in another process from
its checkpoints, with a transcript that grew in between; numbering by order would give the same e-mail a
different placeholder after the resume, and a tool call the model wrote before it ("change the e-mail to
[EMAIL_2]") would be restored to the wrong address. With value-derived placeholders the mapping is a pure
function of the texts, so it is rebuilt from the stored messages whenever it is needed and never stored.

    vault = ConversationVault()
    vault.learn(texts)                # every text the model may see (messages, tool results, pinned)
    vault.redact("mail me at a@b.co") -> "mail me at [EMAIL_3f9a1c]"
    vault.restore({"email": "[EMAIL_3f9a1c]"}) -> {"email": "a@b.co"}
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections import OrderedDict
from typing import Any

from django.conf import settings

#: Redactions of texts already seen (history messages are redacted again on every model call).
_CACHE_SIZE = 2048
_cache: OrderedDict[str, tuple[str, tuple[tuple[str, str], ...]]] = OrderedDict()

# A tool result inside its untrusted envelope (agents.guards.untrusted.envelope): the JSON is between.
_ENVELOPED = re.compile(r"(<untrusted source=\"[^\"]*\">\n)(.*)(\n</untrusted>)", re.DOTALL)

PLACEHOLDER = re.compile(r"\[(?:EMAIL|PHONE|CARD|IBAN|NATIONAL_ID|ADDRESS)_[0-9a-f]{6,12}\]")


def _tag(kind: str, value: str) -> str:
    normalised = value.strip().lower() if kind == "email" else re.sub(r"[\s\-./]", "", value).upper()
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{kind}:{normalised}".encode(), hashlib.sha256
    ).hexdigest()
    return f"[{kind.upper()}_{digest[:6]}]"


def _redact_uncached(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    from agents.guards.pii import find_pii

    spans = find_pii(text)
    if not spans:
        return text, ()
    pairs = []
    parts = []
    last = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < last:
            continue  # overlapping spans: the first (find_pii resolves overlaps already) wins
        placeholder = _tag(span.kind, span.value)
        parts.append(text[last : span.start])
        parts.append(placeholder)
        pairs.append((placeholder, span.value))
        last = span.end
    parts.append(text[last:])
    return "".join(parts), tuple(pairs)


def redact_text(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """(the text with personal data replaced, its (placeholder, value) pairs). Cached by text."""
    found = _cache.get(text)
    if found is not None:
        _cache.move_to_end(text)
        return found
    found = _redact_uncached(text)
    _cache[text] = found
    while len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return found


class ConversationVault:
    """Placeholders <-> values for the texts of one conversation."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.values)

    def learn(self, texts: list[str]) -> None:
        for text in texts:
            if text:
                self.values.update(redact_text(text)[1])

    def redact(self, text: str) -> str:
        if not text:
            return text
        redacted, pairs = redact_text(text)
        self.values.update(pairs)
        return redacted

    def restore(self, value: Any) -> Any:
        """Real values back into a string, or into every string of a JSON-like structure."""
        if not self.values:
            return value
        if isinstance(value, str):
            if "[" not in value:
                return value
            return PLACEHOLDER.sub(lambda m: self.values.get(m.group(0), m.group(0)), value)
        if isinstance(value, dict):
            return {k: self.restore(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.restore(v) for v in value]
        return value


class StreamRestorer:
    """Restores placeholders in a streamed reply: text after an unclosed "[" waits for the rest."""

    def __init__(self, vault: ConversationVault) -> None:
        self.vault = vault
        self.pending = ""

    def feed(self, delta: str) -> str:
        text = self.pending + delta
        cut = text.rfind("[")
        if cut != -1 and "]" not in text[cut:] and len(text) - cut <= 24:
            self.pending = text[cut:]
            text = text[:cut]
        else:
            self.pending = ""
        return self.vault.restore(text)

    def flush(self) -> str:
        text, self.pending = self.pending, ""
        return self.vault.restore(text)


def redact_value(value: Any, vault: ConversationVault) -> Any:
    if isinstance(value, str):
        return vault.redact(value)
    if isinstance(value, dict):
        return {k: redact_value(v, vault) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_value(v, vault) for v in value]
    return value


def redact_messages(messages: list[Any], vault: ConversationVault | None) -> list[Any]:
    """Chat messages with personal data replaced in their text and in tool-call arguments."""
    from dataclasses import replace

    if vault is None:
        return messages
    redacted = []
    for message in messages:
        calls = [replace(c, arguments=redact_value(c.arguments, vault)) for c in message.tool_calls]
        redacted.append(replace(message, content=_redact_content(message, vault), tool_calls=calls))
    return redacted


def _redact_content(message: Any, vault: ConversationVault) -> str:
    """A tool result is JSON: its string values are redacted one by one, so the text stays valid JSON
    (a placeholder dropped into the JSON text where a number stood would break it)."""
    content = message.content
    if message.role != "tool" or not content:
        return vault.redact(content)
    enveloped = _ENVELOPED.fullmatch(content)
    opening, body, closing = enveloped.groups() if enveloped else ("", content, "")
    try:
        value = json.loads(body)
    except ValueError:
        return vault.redact(content)  # a reference preview: plain text
    return opening + json.dumps(redact_value(value, vault), ensure_ascii=False) + closing


def restore_response(response: Any, vault: ConversationVault | None) -> Any:
    """The model's answer with real values back: the text the customer reads, the arguments tools get."""
    from dataclasses import replace

    if vault is None or not len(vault):
        return response
    calls = [replace(c, arguments=vault.restore(c.arguments)) for c in response.tool_calls]
    return replace(response, text=vault.restore(response.text), tool_calls=calls)
