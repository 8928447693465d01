"""State changes of the knowledge base. Naming as in `agents.actions`: `check_*` validates, `do_*` writes.

The invariant every process's index relies on (`agents.knowledge.search`): an article's chunks and its
`version` change together, in one transaction, and every change of content or category bumps `version`.
Anything that writes these tables without going through here must keep it too.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from agents import embeddings
from agents.errors import InputError
from agents.knowledge.chunking import CHUNKER_VERSION, chunk_text, embedding_text
from agents.knowledge.models import Article, Chunk

#: which model the stored vectors come from; part of the content hash, so a model change re-embeds
EMBEDDING_MODEL = "all-MiniLM-L6-v2"
#: 1 MB of text is far beyond any help article; the cap keeps one upsert from embedding for minutes
MAX_BODY_CHARS = 1_000_000

_SLUG = re.compile(r"^[-a-zA-Z0-9_]+$")


def check_article(*, slug: str, title: str, body: str, category: str) -> None:
    """Raise `InputError` (not retryable) for an article that cannot be stored."""
    if not slug or len(slug) > 200 or not _SLUG.match(slug):
        raise InputError("An article slug is 1-200 letters, digits, '-' or '_'.", code="invalid_slug")
    if not title.strip() or len(title) > 300:
        raise InputError("An article title is 1-300 characters.", code="invalid_title")
    if len(category) > 100:
        raise InputError("An article category is at most 100 characters.", code="invalid_category")
    if len(body) > MAX_BODY_CHARS:
        raise InputError(f"An article body is at most {MAX_BODY_CHARS} characters.", code="body_too_long")


def content_hash(title: str, body: str) -> str:
    """What the chunks and their vectors are a function of. The category is not in it: it is not
    embedded, so changing it alone re-labels the chunks without re-embedding them."""
    digest = hashlib.sha256()
    for part in (CHUNKER_VERSION, EMBEDDING_MODEL, title, body):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def do_upsert_article(*, slug: str, title: str, body: str, category: str = "") -> Article:
    """Create or update the article `slug` and its embedded chunks; returns the stored article.

    Idempotent: the same title and body again embed nothing and write nothing (a category change alone
    writes the category and bumps the version). Changed content is chunked and embedded *before* the
    transaction opens (a few ms a chunk, plus ~6 s the first time a process loads the model), then the
    chunks are swapped and the version bumped in one short transaction under the article's row lock, so
    readers see the old chunks or the new ones, never a mix. Two concurrent upserts of one slug: the
    last to commit wins, and its chunks are the ones stored.
    """
    check_article(slug=slug, title=title, body=body, category=category)
    digest = content_hash(title, body)
    existing = Article.objects.filter(slug=slug).only("content_hash", "category").first()
    if existing is not None and existing.content_hash == digest:
        if existing.category != category:
            _set_category(existing.pk, category)
        return Article.objects.get(pk=existing.pk)

    texts = chunk_text(body)
    vectors = embeddings.embed([embedding_text(title, text) for text in texts])

    with transaction.atomic():
        article, created = _lock_or_create(slug, title=title, body=body, category=category, digest=digest)
        if not created:
            if article.content_hash == digest:
                # Another upsert stored this very content while we were embedding: only the category
                # may still differ.
                if article.category != category:
                    _set_category(article.pk, category)
                return Article.objects.get(pk=article.pk)
            Chunk.objects.filter(article_id=article.pk).delete()
            Article.objects.filter(pk=article.pk).update(
                title=title,
                body=body,
                category=category,
                content_hash=digest,
                version=F("version") + 1,
                updated_at=timezone.now(),
            )
        Chunk.objects.bulk_create(
            [
                Chunk(article_id=article.pk, position=position, text=text, embedding=_to_bytes(vector))
                for position, (text, vector) in enumerate(zip(texts, vectors, strict=True))
            ]
        )
    return Article.objects.get(pk=article.pk)


def do_delete_article(slug: str) -> bool:
    """Delete the article and its chunks (one transaction); returns whether it existed. Processes drop
    it from their index on their next search (the article count falls)."""
    deleted, _ = Article.objects.filter(slug=slug).delete()
    return bool(deleted)


def _lock_or_create(slug: str, *, title: str, body: str, category: str, digest: str) -> tuple[Article, bool]:
    """The article row locked for update, created (version 1) when missing. Runs inside a transaction."""
    article = Article.objects.select_for_update().filter(slug=slug).first()
    if article is not None:
        return article, False
    try:
        # Savepoint: a concurrent creator of the same slug makes this INSERT fail, and the transaction
        # must stay usable to lock the row it created instead.
        with transaction.atomic():
            article = Article.objects.create(
                slug=slug,
                title=title,
                body=body,
                category=category,
                content_hash=digest,
                updated_at=timezone.now(),
            )
        return article, True
    except IntegrityError:
        return Article.objects.select_for_update().get(slug=slug), False


def _set_category(article_id: int, category: str) -> None:
    Article.objects.filter(pk=article_id).update(
        category=category, version=F("version") + 1, updated_at=timezone.now()
    )


def _to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()
