"""The built-in offline model: a deterministic policy over sentence embeddings, not a language model.

It lets Handrail run end to end with no LLM (demos, tests, air-gapped installs) and says so to the
people who see it. One call makes one decision, from the messages since the customer's last message:

* no tool result yet in this turn: embed the customer's text and every tool's description, take the
  closest tool if it clears `tool_threshold`, and fill its arguments from the text through the tool's
  JSON schema (`pattern`, `enum`, numbers near a matching word, e-mail addresses, short phrases,
  yes/no). A required argument it cannot fill turns the call into a clarifying question; no tool
  close enough gives a list of what it can help with;
* a tool result in this turn: the final answer, composed from that result (its "summary", a readable
  rendering, an apology for an error, or the most relevant sentences of knowledge passages with their
  titles cited).

A required identifier the message does not give ("when will it arrive?") is taken from the facts the
conversation pinned (the context builder's pinned block: "order number: 1234"), the latest first, as a
language model reading its prompt would; a clarifying question is asked only when none fits.

It answers in the customer's language (`LANGUAGES`; anything else gets English): the router's
language when the runtime passes it (`hints["language"]`), else the one `agents.language` detects
in the customer's words. Its own sentences (questions, apologies, the framing of help-centre
passages and their "Sources:" label) are per-language tables with English as the fallback, like the
router's clarifying questions and a desk's decline messages. A tool's result is worded by the
wording its owner registered for that tool (`register_wording`); without one, and always in
English, the result's own "summary" is the answer. Text quoted from documents stays as written.

Same request, same response: scores come from the cached embeddings and ties break on tool order.
`ModelResponse.raw` records the decision (scores of the top tools, filled arguments and where each
came from, the reply language when not English), so a trace shows why the offline model did what it did.
"""

from __future__ import annotations

import asyncio
import difflib
import hashlib
import json
import logging
import math
import re
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from agents import embeddings
from agents.context import PINNED_HEADING
from agents.errors import ProviderError
from agents.guards.untrusted import without_envelopes
from agents.language import detect_language, to_english_keywords
from agents.memory.facts import ORDER, TRACKING
from agents.providers.base import (
    ChatMessage,
    ModelRequest,
    ModelResponse,
    Provider,
    StreamEvent,
    ToolCallRequest,
    ToolSpec,
    Usage,
)

logger = logging.getLogger(__name__)

#: how every English clarifying question starts; a reply to one (in any language, see `_PHRASES`) is
#: read together with the message before it
CLARIFY_PREFIX = "Could you tell me"

#: the languages the offline model answers in; a customer writing any other is answered in English
LANGUAGES = ("en", "es", "fr", "de")

# The offline model's own sentences, per language, "en" the fallback: the router words its clarifying
# questions (agents/routing.py) and a desk its decline messages (AgentDefinition.decline_messages) the
# same way. Spanish speaks to the customer as "tú", French and German formally, as the desk does.
_PHRASES: dict[str, dict[str, str]] = {
    "clarify": {
        "en": CLARIFY_PREFIX + " {things}?",
        "es": "¿Podrías indicarme {things}?",
        "fr": "Pourriez-vous m'indiquer {things} ?",
        "de": "Könnten Sie mir {things} nennen?",
    },
    "and": {"en": "and", "es": "y", "fr": "et", "de": "und"},
    "assistant": {
        "en": "I'm the offline demo assistant: I follow fixed rules and I am not a language model",
        "es": "Soy el asistente de demostración sin conexión: sigo reglas fijas y no soy un modelo de "
        "lenguaje",
        "fr": "Je suis l'assistant de démonstration hors ligne : je suis des règles fixes et je ne suis pas "
        "un modèle de langage",
        "de": "Ich bin der Offline-Demo-Assistent: Ich folge festen Regeln und bin kein Sprachmodell",
    },
    "no_tools": {
        "en": "{intro}, and I have no tools here, so I can't help with that. Someone from our team can.",
        "es": "{intro}, y aquí no tengo herramientas, así que no puedo ayudarte con eso. Alguien de nuestro "
        "equipo sí puede.",
        "fr": "{intro}, et je n'ai aucun outil ici : je ne peux donc pas vous aider pour cela. Quelqu'un de "
        "notre équipe le peut.",
        "de": "{intro}, und ich habe hier keine Werkzeuge, daher kann ich dabei nicht helfen. Jemand aus "
        "unserem Team kann das.",
    },
    "capabilities": {
        "en": "{intro}, so I can only help with these things:\n{listed}\nWhat would you like to do?",
        "es": "{intro}, así que solo puedo ayudarte con esto:\n{listed}\n¿Qué te gustaría hacer?",
        "fr": "{intro}, je ne peux donc vous aider que pour ceci :\n{listed}\nQue souhaitez-vous faire ?",
        "de": "{intro}, daher kann ich nur bei Folgendem helfen:\n{listed}\nWas möchten Sie tun?",
    },
    "repeat_blocked": {
        "en": "I have already asked to {action} with these details, so I won't ask again. Someone from our "
        "team can take a look if you are still stuck.",
        "es": "Ya lo he pedido con estos datos, así que no lo volveré a pedir. Alguien de nuestro equipo "
        "puede revisarlo si sigues sin solución.",
        "fr": "J'ai déjà fait cette demande avec ces informations, je ne la referai donc pas. Quelqu'un de "
        "notre équipe peut regarder si vous êtes toujours bloqué.",
        "de": "Ich habe das mit diesen Angaben bereits angefragt und frage nicht noch einmal. Jemand aus "
        "unserem Team kann sich das ansehen, wenn Sie nicht weiterkommen.",
    },
    "sorry": {
        "en": "I'm sorry, I couldn't {action} just now.",
        "es": "Lo siento, no he podido hacerlo ahora mismo.",
        "fr": "Désolé, je n'ai pas pu le faire pour le moment.",
        "de": "Das hat leider gerade nicht geklappt.",
    },
    "sorry_because": {
        "en": "I'm sorry, I couldn't {action} just now: {explanation}.",
        "es": "Lo siento, no he podido hacerlo ahora mismo: {explanation}.",
        "fr": "Désolé, je n'ai pas pu le faire pour le moment : {explanation}.",
        "de": "Das hat leider gerade nicht geklappt: {explanation}.",
    },
    "details": {"en": "Details:", "es": "Detalles:", "fr": "Détails :", "de": "Details:"},
    "the_reason": {"en": "The reason:", "es": "El motivo:", "fr": "La raison :", "de": "Der Grund:"},
    "temporary": {
        "en": "This looks temporary, so trying again in a little while should work.",
        "es": "Parece algo temporal, así que volver a intentarlo dentro de un rato debería funcionar.",
        "fr": "Cela semble temporaire : réessayer dans un moment devrait fonctionner.",
        "de": "Das scheint vorübergehend zu sein; in einer Weile sollte es wieder klappen.",
    },
    "team_helps": {
        "en": "Someone from our team can help with this.",
        "es": "Alguien de nuestro equipo puede ayudarte con esto.",
        "fr": "Quelqu'un de notre équipe peut vous aider.",
        "de": "Jemand aus unserem Team kann Ihnen dabei helfen.",
    },
    "rejected": {
        "en": "A manager reviewed the request to {action} and declined it.",
        "es": "Un responsable revisó la solicitud y la rechazó.",
        "fr": "Un responsable a examiné la demande et l'a refusée.",
        "de": "Eine verantwortliche Person hat die Anfrage geprüft und abgelehnt.",
    },
    "reason": {"en": "Reason:", "es": "Motivo:", "fr": "Motif :", "de": "Grund:"},
    # Help-centre passages are quoted as written (English); outside English a sentence says so.
    "passages_intro": {
        "en": "",
        "es": "Esto es lo que dicen nuestros artículos de ayuda (en inglés):",
        "fr": "Voici ce que disent nos articles d'aide (en anglais) :",
        "de": "Das steht in unseren Hilfeartikeln (auf Englisch):",
    },
    "sources": {"en": "Sources:", "es": "Fuentes:", "fr": "Sources :", "de": "Quellen:"},
    "articles_found": {
        "en": "I found these help articles: {titles}.",
        "es": "He encontrado estos artículos de ayuda: {titles}.",
        "fr": "J'ai trouvé ces articles d'aide : {titles}.",
        "de": "Ich habe diese Hilfeartikel gefunden: {titles}.",
    },
    "articles_unanswered": {
        "en": "I looked in our help articles ({titles}) but none of them answers this directly.",
        "es": "He buscado en nuestros artículos de ayuda ({titles}), pero ninguno responde directamente "
        "a esto.",
        "fr": "J'ai cherché dans nos articles d'aide ({titles}), mais aucun ne répond directement à cette "
        "question.",
        "de": "Ich habe in unseren Hilfeartikeln nachgesehen ({titles}), aber keiner beantwortet das direkt.",
    },
}
# How a reply to a clarifying question is recognised, whatever its language.
_CLARIFY_OPENINGS = tuple(template.split("{things}")[0].strip() for template in _PHRASES["clarify"].values())


def _say(key: str, language: str, **values: Any) -> str:
    """One of the offline model's sentences in `language` (English when it has none in it)."""
    texts = _PHRASES[key]
    return (texts.get(language) or texts["en"]).format(**values)


# --- wording registered by the owners of tools ------------------------------------------------------


@dataclass(frozen=True)
class ToolOutcome:
    """One tool call of this turn and what came back, as a result wording sees it."""

    tool: str
    arguments: dict[str, Any]
    result: Any  # parsed from JSON (the shop's tools return a dict), or the text as it came
    is_error: bool  # an error result: {"code", "message", "retryable", ...}


#: Words one tool's result in `language` (one of `LANGUAGES`, never "en": English answers come from the
#: result itself): the answer, or None when it has no wording for this result (the generic answer is
#: given then, in English where the result is English).
ResultWording = Callable[[ToolOutcome, str], str | None]

#: Result wordings by tool name (`register_wording`).
RESULT_WORDINGS: dict[str, ResultWording] = {}
#: How a clarifying question names an argument, by argument name and language ("order_id" -> {"es":
#: "el número de pedido"}); without one in the customer's language the question is asked in English.
ARGUMENT_PHRASES: dict[str, dict[str, str]] = {}


def register_wording(
    *,
    results: Mapping[str, ResultWording] | None = None,
    arguments: Mapping[str, Mapping[str, str]] | None = None,
) -> None:
    """Teach the offline model to word an agent's answers in the customer's language: `results` by
    tool name, `arguments` (clarifying questions' names of arguments) by argument name and language.

    Called once, by the module that defines the tools. A tool name is one tool across agents, as the
    runtime's records assume: registering another wording for a name that has one is an error, since
    it would silently reword another agent's answers."""
    for name, wording in (results or {}).items():
        if RESULT_WORDINGS.get(name, wording) is not wording:
            raise ValueError(f"tool {name!r} already has an offline wording")
        RESULT_WORDINGS[name] = wording
    for name, phrases in (arguments or {}).items():
        known = ARGUMENT_PHRASES.setdefault(name, {})
        for language, phrase in phrases.items():
            if known.get(language, phrase) != phrase:
                raise ValueError(f"argument {name!r} already has another {language!r} phrase")
            known[language] = phrase


_STOPWORDS = frozenset(
    "a an the of to for in on at by and or is are be been was were this that these those with from as it its"
    " your you my our their his her me we they i what which who whom how when where why whether if new"
    " please can could would should will do does did have has had not no yes any some all also just about"
    " into than then there here so such via e g eg".split()
)
# Words that name many properties ("order number", "phone number"): a keyword match on one of these
# counts for less than a match on the distinctive word.
_GENERIC_KEYWORDS = frozenset({"number", "id", "code", "value", "name", "amount"})
# Properties whose value is the customer's own words (a search query), not a detail to extract.
_FREE_TEXT_WORDS = frozenset({"query", "question", "search", "keywords", "topic", "text", "message"})
_YES_WORDS = frozenset({"yes", "yeah", "yep", "sure", "ok", "okay", "true", "correct", "confirm", "agreed"})
# Only clear answers: "not" and "don't" occur in too many statements ("it has not arrived").
_NO_WORDS = frozenset({"no", "nope", "false", "never"})
_QUESTION_WORDS = frozenset({"why", "what", "which", "how", "when", "where", "who", "whether", "if"})

_TOKEN = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# An address, or the placeholder the input guard put in its place (agents.guards.redaction): a model
# reads "[EMAIL_3f9a1c]" as the customer's address and passes it on; the runtime restores the value.
_EMAIL = re.compile(
    r"\[EMAIL_[0-9a-f]{6,12}\]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_URI = re.compile(r"\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:!?)]")
_QUOTED = re.compile(r"\"([^\"\n]{1,200})\"|“([^”\n]{1,200})”")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_CLAUSE_END = re.compile(r"[.;]\s|[.;]$|\(|,? e\.g\.|, for example|, like ")

# Plain words for the error codes of the tool layer (agents/tools/execution.py), by language; the
# tool's own message follows, so an unknown code loses nothing.
_ERROR_EXPLANATIONS: dict[str, dict[str, str]] = {
    "timeout": {
        "en": "the system behind it took too long to answer",
        "es": "el sistema que hay detrás tardó demasiado en responder",
        "fr": "le système qui est derrière a mis trop de temps à répondre",
        "de": "das System dahinter hat zu lange für die Antwort gebraucht",
    },
    "connection": {
        "en": "the system behind it could not be reached",
        "es": "no se pudo contactar con el sistema que hay detrás",
        "fr": "le système qui est derrière n'a pas pu être joint",
        "de": "das System dahinter war nicht erreichbar",
    },
    "invalid_arguments": {
        "en": "some of the details were not in the form it expects",
        "es": "algunos datos no tenían la forma que espera",
        "fr": "certaines informations n'avaient pas la forme attendue",
        "de": "einige Angaben hatten nicht die erwartete Form",
    },
    "invalid_output": {
        "en": "it sent back something I could not use",
        "es": "devolvió algo que no pude usar",
        "fr": "il a renvoyé quelque chose que je n'ai pas pu utiliser",
        "de": "es kam etwas zurück, das ich nicht verwenden konnte",
    },
    "tool_crashed": {
        "en": "it failed on its side",
        "es": "falló por su parte",
        "fr": "il a échoué de son côté",
        "de": "es ist auf seiner Seite fehlgeschlagen",
    },
    "retry_exhausted": {
        "en": "it kept failing after several tries",
        "es": "siguió fallando tras varios intentos",
        "fr": "il a continué d'échouer après plusieurs essais",
        "de": "es schlug auch nach mehreren Versuchen fehl",
    },
}


def humanise(name: str) -> str:
    """Words from an identifier: "order_id" and "orderId" both become "order id"."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)
    return re.sub(r"[_\-\s]+", " ", spaced).strip().lower()


def _words(text: str) -> list[str]:
    return [
        w.lower() for w in re.findall(r"[^\W_]+", text.replace("e-mail", "email").replace("E-mail", "email"))
    ]


def _keywords(*texts: str) -> list[str]:
    """Distinctive words of a property's name and description, in order, without repeats."""
    found: list[str] = []
    for text in texts:
        for word in _words(humanise(text) if " " not in text else text):
            if len(word) >= 2 and word not in _STOPWORDS and not word.isdigit() and word not in found:
                found.append(word)
    return found


def _same_word(a: str, b: str) -> bool:
    """Equal, or the same word with a different ending ("order"/"ordered", "euro"/"euros")."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= shorter - 1 and common >= 4


def _first_clause(text: str) -> str:
    """The first clause of a description: "The order number, e.g. 1234" gives "The order number"."""
    return _CLAUSE_END.split(text.strip(), maxsplit=1)[0].strip().rstrip(".:")


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():  # an acronym: "URL of ..."
        return text
    return text[:1].lower() + text[1:]


def _join_words(items: list[str], language: str = "en") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {_say('and', language)} " + items[-1]


def _clip(text: str, limit: int) -> str:
    """Cut at a word boundary so that the result fits in `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    return cut[:limit].rstrip(" ,;:")


def _sentence(text: str, *, capitalise: bool = True) -> str:
    """End with a full stop; capitalise unless the text is quoted as it is (an error message)."""
    text = text.strip()
    if text and text[-1] not in ".!?":
        text += "."
    return text[:1].upper() + text[1:] if capitalise else text


def _estimate_tokens(text: str) -> int:
    # ~4 characters per token for English text: close enough for budgets and dashboards, and the same
    # number every time for the same request.
    return max(1, math.ceil(len(text) / 4))


# --- reading the request ------------------------------------------------------------------------


@dataclass
class _Turn:
    text: str  # the customer's words this turn (with their previous message when answering our question)
    own_text: str  # the last message alone
    results: list[ChatMessage]  # the latest tool results of this turn
    calls: dict[str, ToolCallRequest]  # calls already asked for this turn, by name + arguments
    calls_by_id: dict[str, ToolCallRequest] = field(default_factory=dict)  # the same, by call id


def _call_key(name: str, arguments: dict[str, Any]) -> str:
    return json.dumps({"tool": name, "arguments": arguments}, sort_keys=True, separators=(",", ":"))


def _read_turn(messages: list[ChatMessage]) -> _Turn:
    users = [i for i, m in enumerate(messages) if m.role == "user"]
    if not users:
        return _Turn(text="", own_text="", results=[], calls={})
    last_user = users[-1]
    parts = [messages[last_user].content.strip()]
    # A reply to our clarifying question carries only the missing detail ("1234"): read it with the
    # message that led to the question, so the tool and the details found before are found again.
    # Three levels at most: a customer who needed three questions is better served by a person.
    position = len(users) - 1
    while position > 0 and len(parts) < 3:
        before = messages[users[position] - 1]
        if (
            before.role != "assistant"
            or before.tool_calls
            or not before.content.startswith(_CLARIFY_OPENINGS)
        ):
            break
        position -= 1
        parts.insert(0, messages[users[position]].content.strip())
    turn = messages[last_user + 1 :]
    calls = {
        _call_key(call.name, call.arguments): call
        for message in turn
        if message.role == "assistant"
        for call in message.tool_calls
    }
    last_ask = max((i for i, m in enumerate(turn) if m.role == "assistant" and m.tool_calls), default=-1)
    results = [m for m in turn[last_ask + 1 :] if m.role == "tool"] or [m for m in turn if m.role == "tool"]
    return _Turn(
        text="\n".join(p for p in parts if p),
        own_text=parts[-1],
        results=results,
        calls=calls,
        calls_by_id={
            call.id: call for message in turn if message.role == "assistant" for call in message.tool_calls
        },
    )


def _pinned_identifiers(system: str) -> list[str]:
    """The order and tracking numbers of the context builder's pinned block ("order number: 1234"),
    the latest first. Identifiers only: they say which order "it" is, while an e-mail address or an
    amount is a value to act with, which the customer must give for the request at hand."""
    _, heading, rest = system.partition(PINNED_HEADING)
    if not heading:
        return []
    lines = []
    for line in rest.lstrip("\n").splitlines():
        if not line.startswith("- "):
            break
        kind = line[2:].partition(": ")[0]
        if kind in (ORDER, TRACKING):
            lines.append(line[2:])
    # Facts are pinned in the order the customer gave them: the latest is what "it" most likely means.
    return lines[::-1]


# --- JSON schema --------------------------------------------------------------------------------


def _follow_ref(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        return {}
    node: Any = root
    for part in ref[2:].split("/"):
        node = node.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


def _resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """Inline `$ref` and unwrap Optional[X] (`anyOf: [X, null]`); the outer description wins."""
    for _ in range(8):  # refs may chain; a cycle must not hang the model
        if "$ref" in schema:
            outer = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**_follow_ref(root, schema["$ref"]), **outer}
            continue
        for combinator in ("anyOf", "oneOf", "allOf"):
            variants = schema.get(combinator)
            if isinstance(variants, list):
                concrete = [v for v in variants if isinstance(v, dict) and v.get("type") != "null"]
                if len(concrete) != 1:
                    return schema  # a real union: too ambiguous to fill from free text
                outer = {k: v for k, v in schema.items() if k != combinator}
                schema = {**concrete[0], **outer}
                break
        else:
            return schema
    return schema


def _type_of(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and "enum" in schema:
        values = schema["enum"]
        kind = "integer" if values and all(isinstance(v, int) for v in values) else "string"
    return kind or ""


def _ask_phrase(name: str, schema: dict[str, Any]) -> str:
    """How a clarifying question names a property: "The order number" -> "your order number"."""
    phrase = _first_clause(schema.get("description") or "") or humanise(name)
    phrase = _lower_first(phrase)
    first = phrase.split(" ", 1)[0].lower()
    if first in {"the", "a", "an"}:
        phrase = "your " + phrase.split(" ", 1)[1] if " " in phrase else humanise(name)
    elif first not in _QUESTION_WORDS and first != "your":
        phrase = "the " + phrase
    values = schema.get("enum")
    if isinstance(values, list) and 1 < len(values) <= 6:
        options = [str(v) for v in values]
        phrase += f" ({', '.join(options[:-1])} or {options[-1]})"
    return phrase


# --- filling arguments ----------------------------------------------------------------------------


@dataclass
class _Filled:
    arguments: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # property -> how its value was found
    missing: list[str] = field(default_factory=list)  # required properties that could not be filled

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(eq=False)  # hashed by identity: used as a dict key while numbers are assigned
class _Property:
    name: str
    schema: dict[str, Any]
    required: bool
    kind: str
    keywords: list[str]


class _ArgumentFiller:
    """Fills one tool's arguments from the customer's text, guided by the tool's JSON schema."""

    def __init__(
        self, provider: OfflineProvider, text: str, text_vector: Any, *, free_text: str | None = None
    ) -> None:
        self.provider = provider
        self.text = text
        self.text_vector = text_vector
        # What a free-text argument (a search query) is filled with: the customer's words, or their
        # English reading when they wrote another language (the help centre is searched in English).
        self.free_text = text if free_text is None else free_text
        # "e-mail" is one word for keyword matching; the replacement has the same length, so token
        # offsets still point into `text`.
        self.tokens = list(_TOKEN.finditer(text.replace("e-mail", "email ").replace("E-mail", "Email ")))
        self.lower_tokens = [t.group(0).lower() for t in self.tokens]
        self.used_spans: list[tuple[int, int]] = []  # text taken by one argument is not reused
        self.used_quote = False

    def fill(self, input_schema: dict[str, Any]) -> _Filled:
        required = set(input_schema.get("required") or [])
        props = []
        for name, raw in (input_schema.get("properties") or {}).items():
            schema = _resolve(raw if isinstance(raw, dict) else {}, input_schema)
            description = schema.get("description") or ""
            props.append(
                _Property(name, schema, name in required, _type_of(schema), _keywords(name, description))
            )
        filled = _Filled()
        # Strings first: a pattern, format or phrase claims its span of text, so the digits of a
        # tracking number, a date or an address are not read again as a quantity.
        ordered = sorted(props, key=lambda p: (p.kind in {"integer", "number"}, p.kind == "boolean"))
        numeric = [p for p in ordered if p.kind in {"integer", "number"} and "const" not in p.schema]
        for prop in ordered:
            if "const" in prop.schema:
                filled.arguments[prop.name], filled.sources[prop.name] = prop.schema["const"], "const"
            elif prop.kind == "string":
                self._record(filled, prop, self._string(prop))
            elif prop.kind == "boolean":
                self._record(filled, prop, self._boolean(prop))
        for prop, found in self._numbers(numeric).items():
            self._record(filled, prop, found)
        for prop in props:
            if prop.required and prop.name not in filled.arguments:
                filled.missing.append(prop.name)
        # Same order as the schema, so the call reads like the tool's signature.
        filled.arguments = {p.name: filled.arguments[p.name] for p in props if p.name in filled.arguments}
        return filled

    @staticmethod
    def _record(filled: _Filled, prop: _Property, found: tuple[Any, str] | None) -> None:
        if found is not None:
            filled.arguments[prop.name], filled.sources[prop.name] = found

    def _claim(self, start: int, end: int) -> bool:
        if any(start < e and s < end for s, e in self.used_spans):
            return False
        self.used_spans.append((start, end))
        return True

    def _fits(self, value: str, schema: dict[str, Any]) -> bool:
        return len(value) <= schema.get("maxLength", 10**9) and len(value) >= schema.get("minLength", 0)

    # strings

    def _string(self, prop: _Property) -> tuple[Any, str] | None:
        schema = prop.schema
        if isinstance(schema.get("enum"), list):
            return self._enum(prop)
        if schema.get("pattern"):
            return self._pattern(schema)
        fmt = schema.get("format")
        if fmt in {"email", "idn-email"}:
            return self._regex(_EMAIL, schema, "e-mail address in the text")
        if fmt == "date":
            return self._regex(_DATE, schema, "date in the text")
        if fmt in {"uri", "url"}:
            return self._regex(_URI, schema, "link in the text")
        return self._phrase(prop)

    def _regex(self, pattern: re.Pattern[str], schema: dict[str, Any], source: str) -> tuple[Any, str] | None:
        for match in pattern.finditer(self.text):
            value = match.group(0)
            if self._fits(value, schema) and self._claim(match.start(), match.end()):
                return value, source
        return None

    def _pattern(self, schema: dict[str, Any]) -> tuple[Any, str] | None:
        pattern = schema["pattern"]
        core = re.sub(r"(?<!\\)\$$", "", pattern.removeprefix("^"))
        try:
            search = re.compile(rf"(?<![\w-])(?:{core})(?![\w-])", re.IGNORECASE)
            exact = re.compile(pattern)
        except re.error:
            return None
        for match in search.finditer(self.text):
            # The customer may type "1z999..." for "1Z999...": accept the upper-cased form if that is
            # what the pattern wants, never a value the pattern rejects.
            for value in (match.group(0), match.group(0).upper()):
                if exact.search(value) and self._fits(value, schema):
                    if self._claim(match.start(), match.end()):
                        return value, "pattern match"
                    break
        return None

    def _enum(self, prop: _Property) -> tuple[Any, str] | None:
        values = prop.schema["enum"]
        names = {str(v): v for v in values}
        lowered = self.text.lower()
        # 1. the value itself, as a word ("electronics", "team plan", "next_day" said "next day")
        for shown, value in names.items():
            for form in dict.fromkeys((shown.lower(), humanise(shown))):
                stem = form[:-1] if form.endswith("s") and len(form) > 3 else form
                if re.search(rf"(?<!\w){re.escape(stem)}s?(?!\w)", lowered):
                    return value, "enum value in the text"
        # 2. a misspelt value ("electonics")
        lowered_names = {s.lower(): v for s, v in names.items()}
        for word in self.lower_tokens:
            close = (
                difflib.get_close_matches(word, list(lowered_names), n=1, cutoff=0.85)
                if len(word) >= 4
                else []
            )
            if close:
                return lowered_names[close[0]], f"close to '{word}'"
        # 3. by meaning ("a jacket" -> "clothing"), only when one value clearly stands out; required
        # properties only, since a guessed optional value is worse than the tool's default.
        if not prop.required or not self.provider.use_enum_meaning:
            return None
        shown_values = list(names)
        scores = embeddings.cosine(self.text_vector, embeddings.embed(shown_values))
        order = sorted(range(len(shown_values)), key=lambda i: (-float(scores[i]), i))
        best = float(scores[order[0]])
        runner_up = float(scores[order[1]]) if len(order) > 1 else -1.0
        if (
            best >= self.provider.enum_similarity_floor
            and best - runner_up >= self.provider.enum_similarity_margin
        ):
            return names[shown_values[order[0]]], f"closest meaning ({best:.2f})"
        return None

    def _phrase(self, prop: _Property) -> tuple[Any, str] | None:
        schema = prop.schema
        # 1. a quoted value: the customer marked it themselves
        if not self.used_quote:
            quoted = _QUOTED.search(self.text)
            if quoted:
                value = (quoted.group(1) or quoted.group(2)).strip()
                if self._fits(value, schema) and self._claim(quoted.start(), quoted.end()):
                    self.used_quote = True
                    return value, "quoted text"
        # 2. "<keyword> to/is/: <value>": "change my name to Jane Doe"
        if prop.keywords:
            alternatives = "|".join(re.escape(k) for k in prop.keywords)
            marker = re.compile(
                rf"\b(?:{alternatives})\w*\s*(?:(?:to|is|as|should be|=)\s+|[:=]\s*)(?P<value>[^\n.!?]+)",
                re.IGNORECASE,
            )
            for match in marker.finditer(self.text):
                value = match.group("value").strip().strip("\"'“”").removesuffix(" please").strip()
                if (
                    value
                    and self._fits(value, schema)
                    and self._claim(match.start("value"), match.end("value"))
                ):
                    return value, "phrase after '" + match.group(0).split()[0].lower() + "'"
        # 3. a free-text property (a search query): the customer's own words, shortened if it must
        if prop.required and _FREE_TEXT_WORDS.intersection(prop.keywords):
            value = " ".join(self.free_text.split())
            limit = schema.get("maxLength")
            if limit is not None and len(value) > limit:
                content = [w for w in value.split() if w.lower().strip("?!.,") not in _STOPWORDS]
                value = _clip(" ".join(content), limit)
                source = "short phrase from the message"
            else:
                source = "the customer's message"
            if value and self._fits(value, schema):
                return value, source
        return None

    # booleans

    def _boolean(self, prop: _Property) -> tuple[Any, str] | None:
        if not prop.required:
            return None  # the tool's default beats a yes or no read from a sentence about something else
        words = set(self.lower_tokens)
        yes, no = bool(words & _YES_WORDS), bool(words & _NO_WORDS)
        if yes != no:
            return yes, "yes/no word"
        return None  # neither, or both: not a guess to make

    # numbers

    def _numbers(self, props: list[_Property]) -> dict[_Property, tuple[Any, str]]:
        """Assign numbers to numeric properties, nearest keyword first ("order 1234", "20 euros")."""
        candidates = []  # (token index, value)
        for index, token in enumerate(self.tokens):
            if not _NUMBER.fullmatch(token.group(0)):
                continue
            if any(token.start() < e and s < token.end() for s, e in self.used_spans):
                continue
            value = _parse_number(token.group(0))
            if value is not None:
                candidates.append((index, value))
        pairs = []
        for prop_index, prop in enumerate(props):
            for index, value in candidates:
                if not _number_fits(value, prop):
                    continue
                distance = self._keyword_distance(index, prop.keywords)
                if distance is not None:
                    pairs.append((distance, prop_index, index, value))
        assigned: dict[_Property, tuple[Any, str]] = {}
        taken: set[int] = set()
        for _distance, prop_index, index, value in sorted(pairs):
            prop = props[prop_index]
            if prop in assigned or index in taken:
                continue
            assigned[prop] = (_as_type(value, prop.kind), f"number near '{self._near_word(index, prop)}'")
            taken.add(index)
        # A required number with no keyword near it: the first number nobody claimed, since the tool
        # was chosen for this message ("1234" in reply to "what is your order number?").
        for prop in props:
            if prop in assigned or not prop.required:
                continue
            for index, value in candidates:
                if index not in taken and _number_fits(value, prop):
                    assigned[prop] = (_as_type(value, prop.kind), "first unclaimed number in the text")
                    taken.add(index)
                    break
        return assigned

    # Within 3 words: "order number 1234", "1234 is my order", "20 euros".
    _WINDOW = 3

    def _keyword_distance(self, index: int, keywords: list[str]) -> float | None:
        best: float | None = None
        for other, word in enumerate(self.lower_tokens):
            gap = abs(other - index)
            if gap == 0 or gap > self._WINDOW:
                continue
            for keyword in keywords:
                if _same_word(word, keyword):
                    # A keyword before the number reads more naturally than after; a generic word
                    # ("number") counts for less than a distinctive one ("order").
                    score = (
                        gap + (0.5 if other > index else 0.0) + (2.0 if keyword in _GENERIC_KEYWORDS else 0.0)
                    )
                    best = score if best is None else min(best, score)
        return best

    def _near_word(self, index: int, prop: _Property) -> str:
        for gap in range(1, self._WINDOW + 1):
            for other in (index - gap, index + gap):
                if 0 <= other < len(self.lower_tokens) and any(
                    _same_word(self.lower_tokens[other], k) for k in prop.keywords
                ):
                    return self.lower_tokens[other]
        return ""


def _parse_number(text: str) -> float | int | None:
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):  # 1,000 as a thousands separator
        text = text.replace(",", "")
    text = text.replace(",", ".")
    if text.count(".") > 1:
        return None  # a version or a date, not a quantity
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        return None


def _number_fits(value: float | int, prop: _Property) -> bool:
    schema = prop.schema
    if prop.kind == "integer" and not float(value).is_integer():
        return False
    if isinstance(schema.get("enum"), list) and value not in schema["enum"]:
        return False
    checks = (
        ("minimum", lambda bound: value >= bound),
        ("maximum", lambda bound: value <= bound),
        ("exclusiveMinimum", lambda bound: value > bound),
        ("exclusiveMaximum", lambda bound: value < bound),
    )
    return all(check(schema[key]) for key, check in checks if isinstance(schema.get(key), int | float))


def _as_type(value: float | int, kind: str) -> float | int:
    return int(value) if kind == "integer" else value


# --- composing answers ----------------------------------------------------------------------------


def _parse_result(content: str) -> Any:
    try:
        return json.loads(content)
    except (TypeError, ValueError):
        return content


def _passages(value: Any) -> list[dict[str, str]] | None:
    """Knowledge-base passages: a list of {"title", "text"} dicts, bare or under one key of a dict."""

    def is_passages(items: Any) -> bool:
        return (
            isinstance(items, list)
            and bool(items)
            and all(
                isinstance(i, dict) and isinstance(i.get("title"), str) and isinstance(i.get("text"), str)
                for i in items
            )
        )

    if is_passages(value):
        return value
    if isinstance(value, dict):
        for item in value.values():
            if is_passages(item):
                return item
    return None


def _short_value(value: Any, limit: int = 80) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "none"
    if isinstance(value, list):
        return _summarise_list(value)
    if isinstance(value, dict):
        shown = [f"{humanise(k)} {_short_value(v, 30)}" for k, v in list(value.items())[:3]]
        more = f" (+{len(value) - 3} more)" if len(value) > 3 else ""
        return ", ".join(shown) + more if shown else "nothing"
    text = " ".join(str(value).split())
    return text if len(text) <= limit else _clip(text, limit - 1) + "…"


def _item_label(item: Any) -> str:
    if isinstance(item, dict):
        for key in ("name", "title", "label", "description", "id"):
            if item.get(key) not in (None, ""):
                return _short_value(item[key], 40)
        scalar = next((v for v in item.values() if isinstance(v, str | int | float)), None)
        return _short_value(scalar, 40) if scalar is not None else "an entry"
    return _short_value(item, 40)


def _summarise_list(items: list[Any], total: int | None = None) -> str:
    total = total if total is not None else len(items)
    if total == 0:
        return "none"
    labels = [_item_label(i) for i in items[:3]]
    noun = "item" if total == 1 else "items"
    more = f" and {total - len(labels)} more" if total > len(labels) else ""
    return f"{total} {noun}: {', '.join(labels)}{more}"


class OfflineProvider(Provider):
    """A deterministic policy that speaks the provider contract; see the module docstring."""

    kind = "offline"
    label = "Offline demo model (no LLM)"

    #: cosine similarity a tool needs to be called. Calibrated on 35 customer messages over two tool
    #: sets (shop, billing) and 18 unrelated ones: the right tool scored 0.24-0.97 (all but two above
    #: 0.34), unrelated chat at most 0.24 ("can you speak french" vs a refund tool), except a
    #: prompt-injection line at 0.37, which the input guard stops before any model sees it. Erring
    #: high is cheap: a miss lists what the assistant can do, a false hit asks for a detail that makes
    #: no sense. (3 of the 35 went to a wrong tool at 0.28-0.37; no threshold fixes those.)
    tool_threshold: float = 0.27
    #: tools within this distance of the best are a tie, not a preference: among them, the first whose
    #: arguments are all in the text wins over one that would need a clarifying question
    choice_margin: float = 0.05
    #: an enum value chosen by meaning ("jacket" -> "clothing" 0.34) needs this score and this lead
    #: over the next value; "switch plan please" (pro 0.24 vs basic 0.20) stays a question
    use_enum_meaning: bool = True
    enum_similarity_floor: float = 0.2
    enum_similarity_margin: float = 0.08
    #: a knowledge sentence must score this against the question to be quoted
    passage_sentence_floor: float = 0.3
    #: ... and be this close to the best sentence: "when will my refund arrive" keeps "Refunds go to the
    #: original payment method within 5 business days" (0.65) and drops "Express shipping arrives the
    #: next business day" (0.42), which only shares the word "arrive"
    passage_sentence_margin: float = 0.15
    #: sentences quoted in a knowledge answer, and sentences read (one embedding each, ~5 ms)
    answer_sentences: int = 3
    max_passage_sentences: int = 40
    #: fields shown when a tool result is rendered as a list
    max_rendered_fields: int = 8

    async def complete(self, request: ModelRequest) -> ModelResponse:
        try:
            # A thread: the first call loads the model (seconds) and every call runs a forward pass;
            # neither may block the event loop that serves the other conversations.
            return await asyncio.wait_for(asyncio.to_thread(self.decide, request), timeout=request.timeout)
        except TimeoutError as exc:
            raise ProviderError(
                f"the offline model took longer than {request.timeout:g}s", code="timeout", retryable=True
            ) from exc
        except (ImportError, OSError) as exc:
            raise ProviderError(
                f"the offline model could not be loaded: {exc}", code="unsupported", retryable=False
            ) from exc
        except Exception as exc:
            # Not retryable: the same request makes the same decision and fails the same way.
            raise ProviderError(
                f"the offline model failed: {exc}", code="server_error", retryable=False
            ) from exc

    async def stream(self, request: ModelRequest) -> AsyncIterator[StreamEvent]:
        response = await self.complete(request)
        # Word-sized deltas, each with the space that follows it, so joined they are the exact text.
        for piece in re.findall(r"\S+\s*|\s+", response.text):
            yield StreamEvent("text", text=piece)
        yield StreamEvent("done", response=response)

    # --- the decision ---------------------------------------------------------------------------

    def decide(self, request: ModelRequest) -> ModelResponse:
        """The whole policy, synchronously (complete() runs it in a thread; benchmarks call it)."""
        # The untrusted envelopes are for language models; this model reads the data inside them, and
        # follows nothing it says anyway (agents.guards.untrusted).
        request = replace(request, messages=without_envelopes(request.messages))
        turn = _read_turn(request.messages)
        language = _reply_language(request, turn)
        if turn.results:
            text, raw = self._answer_results(request, turn, language)
            return self._response(request, text, None, raw)
        if not turn.text or not request.tools:
            return self._response(
                request,
                self._capabilities(request.tools, language),
                None,
                {"decision": "capabilities", "top_tools": [], **_language_note(language)},
            )
        return self._choose_tool(request, turn, language)

    def _tool_texts(self, tool: ToolSpec) -> list[str]:
        # Scored as the best of three views: the name alone matches terse requests ("cancel my
        # subscription" 0.97), the description matches paraphrases, and the full text with argument
        # descriptions matches messages that name a detail ("tracking 1Z..."). On the calibration set
        # the best-of-three separated tools from chit-chat better than the full text alone (lowest
        # right tool 0.24 vs 0.15, highest unrelated 0.24 vs 0.19).
        props = (tool.input_schema.get("properties") or {}).items()
        arguments = " ".join(
            (p.get("description") if isinstance(p, dict) else None) or humanise(name) for name, p in props
        )
        name = humanise(tool.name)
        return [name, tool.description, f"{name}. {tool.description} {arguments}".strip()]

    def _score_tools(self, text_vector: Any, tools: list[ToolSpec]) -> list[float]:
        scores = []
        for tool in tools:
            # embed() is cached by text: after the first call these are dictionary look-ups.
            views = embeddings.cosine(text_vector, embeddings.embed(self._tool_texts(tool)))
            scores.append(round(float(max(views)), 4))
        return scores

    def _choose_tool(self, request: ModelRequest, turn: _Turn, language: str) -> ModelResponse:
        tools = request.tools
        hint = request.hints.get("normalised_text")
        routed = hint if isinstance(hint, str) and hint.strip() else ""
        reading = _routed_reading(request, turn)

        def english(text: str) -> str:
            # MiniLM reads English: another language is scored with its key words mapped into English,
            # as the router reads it, while arguments are still filled from what the customer wrote.
            return text if language == "en" else _english_keywords(text, language)

        # The router's English reading of this message ("wht r ur prices" -> "what are your prices",
        # Spanish mapped to English keywords) is scored instead of the raw words when there is one.
        text_vector = embeddings.embed_one(reading or english(turn.text))
        scores = self._score_tools(text_vector, tools)
        ranked = sorted(range(len(tools)), key=lambda i: (-scores[i], i))
        if turn.own_text != turn.text:
            # After a clarifying question, a message that clearly asks for another tool is a new
            # request, not the missing detail: read it alone so the old question does not stick.
            own_vector = embeddings.embed_one(english(turn.own_text))
            own_scores = self._score_tools(own_vector, tools)
            own_ranked = sorted(range(len(tools)), key=lambda i: (-own_scores[i], i))
            if own_scores[own_ranked[0]] >= self.tool_threshold and own_ranked[0] != ranked[0]:
                turn = replace(turn, text=turn.own_text)
                text_vector, scores, ranked = own_vector, own_scores, own_ranked
        raw: dict[str, Any] = {
            "policy": "offline embeddings",
            "text": turn.text,
            **_language_note(language),
            "threshold": self.tool_threshold,
            "top_tools": [{"name": tools[i].name, "score": scores[i]} for i in ranked[:3]],
        }
        best = scores[ranked[0]]
        if best < self.tool_threshold:
            search = next((t for t in tools if _is_search_tool(t)), None)
            if routed and search is not None and _call_key(search.name, {"query": routed}) not in turn.calls:
                # A router already judged this message to be this agent's business, and nothing
                # matches by meaning: a search answers more than a list of what the assistant can do.
                # (Without a router, an unrelated message still gets that list.)
                raw.update(decision="search_fallback", chosen_tool=search.name)
                return self._response(request, "", (search.name, {"query": routed[:300]}), raw)
            raw["decision"] = "capabilities"
            return self._response(request, self._capabilities(tools, language), None, raw)
        contenders = [
            i for i in ranked if scores[i] >= self.tool_threshold and scores[i] >= best - self.choice_margin
        ]
        # A search in English finds English articles: outside English, the query is the English reading.
        free_text = None if language == "en" else reading or english(turn.text)
        pinned = _pinned_identifiers(request.system)
        filled = {}
        for i in contenders:
            schema = tools[i].input_schema
            filled[i] = _ArgumentFiller(self, turn.text, text_vector, free_text=free_text).fill(schema)
            if pinned and (filled[i].missing or _open_context_ids(schema, filled[i])):
                self._fill_from_pinned(filled[i], schema, pinned, text_vector)
        chosen = next(
            (
                i
                for i in contenders
                if filled[i].complete and _call_key(tools[i].name, filled[i].arguments) not in turn.calls
            ),
            contenders[0],
        )
        tool, fill = tools[chosen], filled[chosen]
        raw.update(
            chosen_tool=tool.name,
            arguments=fill.arguments,
            argument_sources=fill.sources,
            missing=fill.missing,
        )
        if not fill.complete:
            raw["decision"] = "clarify"
            return self._response(request, self._clarify(tool, fill, language), None, raw)
        key = _call_key(tool.name, fill.arguments)
        if key in turn.calls:
            raw["decision"] = "repeat_blocked"
            text = _say("repeat_blocked", language, action=humanise(tool.name))
            return self._response(request, text, None, raw)
        raw["decision"] = "tool_call"
        return self._response(request, "", (tool.name, fill.arguments), raw)

    #: how a value found in a pinned fact may have been found: next to its kind's words, or by the
    #: property's pattern. Not "the first number nobody claimed": an order number is no amount.
    _PINNED_SOURCES = ("number near", "pattern match", "phrase after")

    def _fill_from_pinned(
        self, fill: _Filled, schema: dict[str, Any], pinned: list[str], text_vector: Any
    ) -> None:
        """Fill the required arguments the message did not give from the conversation's pinned
        identifiers, one fact at a time, the latest first ("when will it arrive?" after "my order
        1234" twenty turns ago)."""
        # Optional ids of the thing the conversation is about are taken too ("can I return it?" after
        # "where is my order 1234?" asks about 1234, not about every category's policy). Only ids:
        # never e-mails or amounts, which are values to act with.
        wanted = [*fill.missing, *_open_context_ids(schema, fill)]
        for line in pinned:
            if not wanted:
                break
            found = _ArgumentFiller(self, line, text_vector).fill(schema)
            for name in list(wanted):
                source = found.sources.get(name, "")
                if name in found.arguments and source.startswith(self._PINNED_SOURCES):
                    fill.arguments[name] = found.arguments[name]
                    fill.sources[name] = f"pinned {line.partition(': ')[0]} ({source})"
                    wanted.remove(name)
                    if name in fill.missing:
                        fill.missing.remove(name)
        order = list((schema.get("properties") or {}).keys())
        fill.arguments = {name: fill.arguments[name] for name in order if name in fill.arguments}

    def _clarify(self, tool: ToolSpec, fill: _Filled, language: str) -> str:
        root = tool.input_schema
        props = root.get("properties") or {}
        # The customer's language when every missing detail has a name in it: a question half in
        # English reads worse than one in English (the router's rule for its questions too).
        named = [ARGUMENT_PHRASES.get(name, {}).get(language) for name in fill.missing]
        if language != "en" and all(named):
            return _say("clarify", language, things=_join_words([n for n in named if n], language))
        phrases = [_ask_phrase(name, _resolve(props.get(name) or {}, root)) for name in fill.missing]
        return _say("clarify", "en", things=_join_words(phrases))

    def _capabilities(self, tools: list[ToolSpec], language: str) -> str:
        intro = _say("assistant", language)
        if not tools:
            return _say("no_tools", language, intro=intro)
        # The tools' descriptions are listed as their owners wrote them; only the frame is translated.
        lines = []
        for tool in tools:
            first = re.split(r"(?<=[.!?])\s", tool.description.strip(), maxsplit=1)[0].rstrip(".")
            line = _sentence(first or humanise(tool.name)).rstrip(".")
            if line not in lines:
                lines.append(line)
        listed = "\n".join(f"- {line}" for line in lines)
        return _say("capabilities", language, intro=intro, listed=listed)

    # --- answers from tool results --------------------------------------------------------------

    def _answer_results(
        self, request: ModelRequest, turn: _Turn, language: str
    ) -> tuple[str, dict[str, Any]]:
        # Help-centre passages are scored against the question in English (MiniLM reads English).
        question = turn.text
        if language != "en":
            question = _routed_reading(request, turn) or _english_keywords(turn.text, language)
        parts, details = [], []
        for message in turn.results:
            call = turn.calls_by_id.get(message.tool_call_id or "")
            text, detail = self._answer_one(message, question, language, call)
            parts.append(text)
            details.append({"tool": message.name, **detail})
        raw = {"decision": "answer", "text": turn.text, **_language_note(language), "results": details}
        return "\n\n".join(parts), raw

    def _answer_one(
        self, message: ChatMessage, question: str, language: str, call: ToolCallRequest | None
    ) -> tuple[str, dict[str, Any]]:
        action = humanise(message.name or "that step")
        value = _parse_result(message.content)
        if language != "en":
            worded = _registered_wording(message, value, call, language)
            if worded:
                return worded, {"rendered": "wording"}
        if message.is_error:
            return self._answer_error(action, value, language)
        if isinstance(value, dict) and isinstance(value.get("summary"), str) and value["summary"].strip():
            return value["summary"].strip(), {"rendered": "summary"}
        passages = _passages(value)
        if passages is not None:
            return self._answer_passages(question, passages, language)
        return self._render(action, value), {"rendered": "fields"}

    def _answer_error(self, action: str, value: Any, language: str) -> tuple[str, dict[str, Any]]:
        data = value if isinstance(value, dict) else {"message": str(value)}
        code = str(data.get("code") or "")
        message = str(data.get("message") or "").strip()
        if code == "approval_rejected":
            # The approval layer writes "A manager declined this action: <reason>".
            reason = str(data.get("reason") or "").strip() or message.split(":", 1)[-1].strip()
            text = _say("rejected", language, action=action)
            if reason:
                text += f" {_say('reason', language)} {_sentence(reason)}"
            return text, {"rendered": "rejected", "code": code}
        explanations = _ERROR_EXPLANATIONS.get(code)
        explanation = (explanations.get(language) or explanations["en"]) if explanations else ""
        text = _say(
            "sorry_because" if explanation else "sorry", language, action=action, explanation=explanation
        )
        if message:
            label = _say("details" if explanation else "the_reason", language)
            text += f" {label} {_sentence(message, capitalise=False)}"
        text += " " + _say("temporary" if data.get("retryable") else "team_helps", language)
        return text, {"rendered": "error", "code": code}

    def _answer_passages(
        self, question: str, passages: list[dict[str, str]], language: str
    ) -> tuple[str, dict[str, Any]]:
        sentences: list[tuple[int, int, str]] = []  # (passage, position, sentence)
        for p_index, passage in enumerate(passages):
            for s_index, sentence in enumerate(s.strip() for s in _SENTENCE_END.split(passage["text"])):
                if sentence and len(sentences) < self.max_passage_sentences:
                    sentences.append((p_index, s_index, sentence))
        titles = list(dict.fromkeys(p["title"] for p in passages))
        if not sentences or not question:
            return _say("articles_found", language, titles="; ".join(titles)), {
                "rendered": "passages",
                "sources": titles,
            }
        scores = embeddings.cosine(
            embeddings.embed_one(question), embeddings.embed([s[2] for s in sentences])
        )
        ranked = sorted(range(len(sentences)), key=lambda i: (-float(scores[i]), i))
        floor = max(self.passage_sentence_floor, float(scores[ranked[0]]) - self.passage_sentence_margin)
        picked = [i for i in ranked[: self.answer_sentences] if float(scores[i]) >= floor]
        if not picked:
            text = _say("articles_unanswered", language, titles="; ".join(titles))
            return text, {
                "rendered": "passages",
                "sources": [],
                "best_sentence_score": round(float(scores[ranked[0]]), 4),
            }
        # In reading order, not score order: the sentences were written to follow each other.
        picked.sort(key=lambda i: sentences[i][:2])
        used = list(dict.fromkeys(passages[sentences[i][0]]["title"] for i in picked))
        body = " ".join(_sentence(sentences[i][2]) for i in picked)
        detail = {
            "rendered": "passages",
            "sources": used,
            "sentences": [{"text": sentences[i][2], "score": round(float(scores[i]), 4)} for i in picked],
        }
        intro = _say("passages_intro", language)
        text = f"{body}\n\n{_say('sources', language)} {'; '.join(used)}"
        return (f"{intro}\n\n{text}" if intro else text), detail

    def _render(self, action: str, value: Any) -> str:
        if isinstance(value, str):
            text = value.strip()
            return _clip(text, 600) if text else f"The {action} step finished with nothing to report."
        if isinstance(value, list):
            return f"I found {_summarise_list(value)}." if value else f"The {action} step found nothing."
        if not isinstance(value, dict):
            return f"Result: {_short_value(value)}."
        if not value:
            return f"The {action} step finished with nothing to report."
        # Bookkeeping added by the tool layer's size cap ("<key>_total" next to a cut list, "total_items"
        # next to "items", "truncated"): shown as the list's real length, not as fields.
        totals: dict[str, int] = {}
        bookkeeping = {"truncated"}
        for key, item in value.items():
            stem = key.removesuffix("_total") if key.endswith("_total") else key.removeprefix("total_")
            if stem != key and isinstance(item, int) and isinstance(value.get(stem), list):
                totals[stem] = item
                bookkeeping.add(key)
        fields = [(k, v) for k, v in value.items() if k not in bookkeeping]
        lines = []
        for key, item in fields[: self.max_rendered_fields]:
            shown = _summarise_list(item, totals.get(key)) if isinstance(item, list) else _short_value(item)
            lines.append(f"- {_sentence(humanise(key)).rstrip('.')}: {shown}")
        if len(fields) > self.max_rendered_fields:
            lines.append(f"- and {len(fields) - self.max_rendered_fields} more")
        return "Here is what I found:\n" + "\n".join(lines)

    # --- the response ---------------------------------------------------------------------------

    def _response(
        self,
        request: ModelRequest,
        text: str,
        call: tuple[str, dict[str, Any]] | None,
        raw: dict[str, Any],
    ) -> ModelResponse:
        tool_calls = []
        if call is not None:
            name, arguments = call
            tool_calls.append(
                ToolCallRequest(
                    id=_call_id(request.messages, name, arguments), name=name, arguments=arguments
                )
            )
        output = text + "".join(json.dumps(c.arguments, sort_keys=True) + c.name for c in tool_calls)
        return ModelResponse(
            text=text,
            tool_calls=tool_calls,
            usage=Usage(input_tokens=_input_tokens(request), output_tokens=_estimate_tokens(output)),
            model=self.model,
            provider=self.kind,
            stop_reason="tool_use" if tool_calls else "end_turn",
            raw=raw,
        )


#: optional arguments that name the thing a conversation is about, filled from its pinned facts
CONTEXT_ID_ARGUMENTS = ("order_id",)


def _open_context_ids(schema: dict[str, Any], fill: Any) -> list[str]:
    """Optional id arguments of this tool the message left empty."""
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    return [
        name
        for name in CONTEXT_ID_ARGUMENTS
        if name in properties and name not in required and name not in fill.arguments
    ]


def _reply_language(request: ModelRequest, turn: _Turn) -> str:
    """The language to answer in: the router's (`hints["language"]`), else the one the customer's words
    are in; English when it is none of `LANGUAGES`."""
    hinted = request.hints.get("language")
    # The router read this message alone: for a reply to a clarifying question ("1234" after "¿Dónde
    # está mi pedido?") its language is the whole turn's, not the router's guess for the bare reply.
    if isinstance(hinted, str) and hinted.strip() and turn.text == turn.own_text:
        language = hinted.strip().lower()
    else:
        # The same detector the router uses; a message with no clear sign ("1234") is English.
        language = detect_language(turn.text).code if turn.text.strip() else "en"
    return language if language in LANGUAGES else "en"


def _language_note(language: str) -> dict[str, str]:
    """The reply language for `ModelResponse.raw`; English, the default, goes unsaid."""
    return {} if language == "en" else {"language": language}


def _routed_reading(request: ModelRequest, turn: _Turn) -> str:
    """The router's English reading of the customer's message, when there is one and it is this turn's
    whole text (not a reply to a clarifying question, which the router read alone)."""
    reading = request.hints.get("normalised_text")
    if isinstance(reading, str) and reading.strip() and turn.text == turn.own_text:
        return reading
    return ""


def _english_keywords(text: str, language: str) -> str:
    """The customer's words with their key support words in English (the router's lexicon)."""
    return to_english_keywords(text, language)[0]


def _registered_wording(
    message: ChatMessage, value: Any, call: ToolCallRequest | None, language: str
) -> str | None:
    wording = RESULT_WORDINGS.get(message.name or "")
    if wording is None:
        return None
    outcome = ToolOutcome(
        tool=message.name or "",
        arguments=dict(call.arguments) if call is not None else {},
        result=value,
        is_error=message.is_error,
    )
    try:
        text = wording(outcome, language)
    except Exception:
        # A slip in a wording must cost the customer's language, not the answer: the generic one follows.
        logger.exception("offline wording of %s failed; answering without it", message.name)
        return None
    return text.strip() if isinstance(text, str) and text.strip() else None


def _is_search_tool(tool: ToolSpec) -> bool:
    """A tool whose only required argument is a free-text `query`."""
    schema = tool.input_schema or {}
    query = (schema.get("properties") or {}).get("query") or {}
    return schema.get("required") == ["query"] and query.get("type") == "string"


def _call_id(messages: Iterable[ChatMessage], name: str, arguments: dict[str, Any]) -> str:
    """Derived from the conversation so far and the call: a resumed run that asks again for the same
    step gets the same id, so the checkpointed result is matched to it."""
    seed = json.dumps(
        {"messages": [m.to_dict() for m in messages], "tool": name, "arguments": arguments},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return "call_" + hashlib.sha256(seed.encode()).hexdigest()[:20]


def _input_tokens(request: ModelRequest) -> int:
    total = _estimate_tokens(request.system) if request.system else 0
    for message in request.messages:
        calls = json.dumps([c.to_dict() for c in message.tool_calls]) if message.tool_calls else ""
        total += _estimate_tokens(message.content + calls)
    for tool in request.tools:
        total += _estimate_tokens(
            tool.name + tool.description + json.dumps(tool.input_schema, sort_keys=True)
        )
    return total
