"""Splitting an article into passages to embed.

A chunk is whole sentences of at most `MAX_WORDS` words (a sentence longer than that is cut by words).
It ends at a paragraph break once it holds `MIN_WORDS`, so most chunks are one topic of 80-120 words.
When a cut has to fall inside a paragraph, the next chunk starts with the last sentences of the previous
one (at most `OVERLAP_WORDS` words), so a statement that needs the sentence before it is still
retrievable. A cut at a paragraph break carries nothing over: a new paragraph is a new topic, and every
chunk is embedded with the article's title in front of it (`embedding_text`), which gives even a short
chunk its context.

Why 120 words: all-MiniLM-L6-v2 reads at most 256 word pieces and truncates the rest silently. 120
English words plus a title are about 170-200 pieces, so no chunk loses its end; and the model was trained
on sentence pairs, so much longer passages would blur into one averaged vector.

Markdown is read lightly: blank lines separate paragraphs, `#` headings stay with the text after them,
and list items are units of their own. Markup characters are otherwise kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: a chunk never has more words than this (the sentence or list item that would pass it starts the next)
MAX_WORDS = 120
#: a chunk may end at a paragraph break once it has this many words
MIN_WORDS = 80
#: at most this many words of whole sentences repeated at the start of a chunk cut inside a paragraph
OVERLAP_WORDS = 25
#: a last chunk shorter than this joins the one before it when both fit in `MAX_WORDS`
MIN_TAIL_WORDS = 20
#: part of every article's content hash: changing the rules above must re-embed on the next upsert
CHUNKER_VERSION = "1"

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]*[A-Z0-9])")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")


@dataclass(frozen=True)
class _Unit:
    text: str
    words: int
    starts_paragraph: bool
    is_heading: bool = False
    is_item: bool = False


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _split_words(sentence: str, max_words: int) -> list[str]:
    words = sentence.split()
    return [" ".join(words[i : i + max_words]) for i in range(0, len(words), max_words)]


def _units(body: str, max_words: int) -> list[_Unit]:
    """The body as a flat list of sentences, headings and list items, each marked with whether it
    opens a paragraph."""
    units: list[_Unit] = []
    text = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    for block in _PARAGRAPH_BREAK.split(text):
        # Group lines: a heading or a list item starts a group, other lines continue the current one
        # (markdown wraps long paragraphs and list items over several lines).
        groups: list[tuple[str, bool, bool]] = []  # (text, is_heading, is_item)
        for line in block.split("\n"):
            if not line.strip():
                continue
            if _HEADING.match(line):
                groups.append((_HEADING.sub("", line).strip().rstrip("#").strip(), True, False))
            elif _LIST_ITEM.match(line):
                groups.append((line.strip(), False, True))
            elif groups and not groups[-1][1]:
                groups[-1] = (f"{groups[-1][0]} {line.strip()}", False, groups[-1][2])
            else:
                groups.append((line.strip(), False, False))
        first = True
        for group_text, is_heading, is_item in groups:
            # A heading is never split into sentences; it is glued to what follows when packing.
            pieces = [group_text] if is_heading else _sentences(group_text)
            for index, sentence in enumerate(pieces):
                for part in _split_words(sentence, max_words):
                    units.append(
                        _Unit(
                            text=part,
                            words=len(part.split()),
                            starts_paragraph=first,
                            is_heading=is_heading,
                            is_item=is_item and index == 0,
                        )
                    )
                    first = False
    return [u for u in units if u.words]


def _join(units: list[_Unit]) -> str:
    parts: list[str] = []
    for i, unit in enumerate(units):
        if i:
            if unit.starts_paragraph or units[i - 1].is_heading:
                parts.append("\n\n")
            elif unit.is_item:
                parts.append("\n")
            else:
                parts.append(" ")
        parts.append(unit.text)
    return "".join(parts)


def _words(units: list[_Unit]) -> int:
    return sum(u.words for u in units)


def chunk_text(
    body: str,
    *,
    max_words: int = MAX_WORDS,
    min_words: int = MIN_WORDS,
    overlap_words: int = OVERLAP_WORDS,
    min_tail_words: int = MIN_TAIL_WORDS,
) -> list[str]:
    """Split an article body into chunk texts, in reading order. An empty body gives no chunks.

    Deterministic: the same body and limits always give the same chunks (the content hash relies on it).
    """
    chunks: list[list[_Unit]] = []
    # Per chunk: how many of its leading units are repeated from the chunk before (the overlap).
    carried: list[int] = []
    current: list[_Unit] = []
    current_carried = 0

    def cut(keep_overlap: bool) -> None:
        nonlocal current, current_carried
        # Headings at the end belong to the text after them: move them to the next chunk.
        tail: list[_Unit] = []
        while current[-1].is_heading and any(not u.is_heading for u in current[current_carried:-1]):
            tail.insert(0, current.pop())
        chunks.append(current)
        carried.append(current_carried)
        overlap: list[_Unit] = []
        if keep_overlap and not tail:
            for unit in reversed(current[current_carried:]):
                if unit.is_heading or _words(overlap) + unit.words > overlap_words:
                    break
                overlap.insert(0, unit)
        current = overlap + tail
        current_carried = len(overlap)

    for unit in _units(body, max_words):
        own_words = _words(current[current_carried:])
        if own_words and _words(current) + unit.words > max_words:
            cut(keep_overlap=not unit.starts_paragraph)
            # The overlap gives way when it would push this unit past the limit.
            while current_carried and _words(current) + unit.words > max_words:
                current.pop(0)
                current_carried -= 1
        elif unit.starts_paragraph and own_words >= min_words:
            cut(keep_overlap=False)
        current.append(unit)
    if current[current_carried:]:
        chunks.append(current)
        carried.append(current_carried)

    # A short last chunk cut at a paragraph break reads better joined to the one before it.
    if len(chunks) >= 2 and carried[-1] == 0:
        last, previous = chunks[-1], chunks[-2]
        if _words(last) < min_tail_words and _words(previous) + _words(last) <= max_words:
            chunks[-2:] = [previous + last]
    return [_join(units) for units in chunks]


def embedding_text(title: str, chunk: str) -> str:
    """What is embedded for a chunk: the article title, then the passage."""
    return f"{title.strip()}\n\n{chunk}"
