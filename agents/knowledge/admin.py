"""Admin for help articles. Saving and deleting go through the actions, so an edit made here is
re-chunked and re-embedded like any other (and every process's index notices it)."""

from __future__ import annotations

from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from agents.knowledge.actions import do_delete_article, do_upsert_article
from agents.knowledge.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "category", "version", "chunk_count", "updated_at"]
    list_filter = ["category"]
    search_fields = ["title", "slug", "body"]
    fields = ["slug", "title", "category", "body", "version", "updated_at"]
    readonly_fields = ["version", "updated_at"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Article]:
        return super().get_queryset(request).annotate(n_chunks=Count("chunks"))

    @admin.display(description="chunks", ordering="n_chunks")
    def chunk_count(self, obj: Article) -> int:
        return obj.n_chunks  # type: ignore[attr-defined]

    def get_readonly_fields(self, request: HttpRequest, obj: Article | None = None) -> list[str]:
        # The slug is the article's identity for upserts: renaming it would be a new article.
        return [*self.readonly_fields, "slug"] if obj is not None else list(self.readonly_fields)

    def save_model(self, request: HttpRequest, obj: Article, form, change: bool) -> None:
        stored = do_upsert_article(slug=obj.slug, title=obj.title, body=obj.body, category=obj.category)
        obj.pk = stored.pk
        obj.version = stored.version
        obj.updated_at = stored.updated_at

    def delete_model(self, request: HttpRequest, obj: Article) -> None:
        do_delete_article(obj.slug)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        for slug in queryset.values_list("slug", flat=True):
            do_delete_article(slug)
