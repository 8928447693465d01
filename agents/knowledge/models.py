"""The knowledge base: help articles and their embedded chunks.

The database is the source of truth; the vector index in each process (`agents.knowledge.search`) is a
cache of the chunk embeddings and can always be rebuilt from these rows. Writes go through
`agents.knowledge.actions`, which keeps the invariant the index relies on: every change to an article's
content or category bumps `Article.version` in the same transaction that swaps its chunks.
"""

from __future__ import annotations

from django.db import models


class Article(models.Model):
    slug = models.SlugField(max_length=200, unique=True)
    title = models.CharField(max_length=300)
    body = models.TextField()  # markdown or plain text
    category = models.CharField(max_length=100, blank=True, db_index=True)
    # Bumped (F() + 1) whenever the content or the category changes; processes compare it with the
    # version their index holds to learn which articles to reload.
    version = models.PositiveIntegerField(default=1)
    # SHA-256 of what the chunks were built from (title, body, chunker and model identity): an upsert
    # with the same digest has nothing to re-embed.
    content_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class Chunk(models.Model):
    """A passage of an article and its embedding (the title is prepended to the text before
    embedding, see `chunking.embedding_text`; `text` is the passage alone, as shown to the model)."""

    # No index of its own: the unique (article, position) constraint's index serves article lookups.
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="chunks", db_index=False)
    position = models.PositiveIntegerField()
    text = models.TextField()
    # float32 little-endian, `agents.embeddings.DIMENSION` values (1536 bytes): enough to rebuild
    # the index from the database alone.
    embedding = models.BinaryField()

    class Meta:
        ordering = ["article_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "position"], name="knowledge_chunk_article_position")
        ]

    def __str__(self) -> str:
        return f"{self.article_id}#{self.position}"
