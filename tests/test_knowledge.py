"""The knowledge base: chunking, upserts that re-embed only what changed, search with scores and a
category filter, and the index noticing changes made elsewhere. Real embeddings (the packaged
all-MiniLM-L6-v2, loaded once per test process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import numpy as np
import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from agents import embeddings
from agents.errors import InputError
from agents.knowledge import actions
from agents.knowledge.actions import content_hash, do_delete_article, do_upsert_article
from agents.knowledge.chunking import chunk_text, embedding_text
from agents.knowledge.index import VectorIndex
from agents.knowledge.models import Article, Chunk
from agents.knowledge.search import MAX_QUERY_CHARS, Hit, KnowledgeIndex, knowledge_index, search
from agents.knowledge.tools import MIN_SCORE, KnowledgeQuery, search_knowledge_base
from agents.tools.base import ToolContext

RETURNS = (
    "You can return most items within 30 days of delivery for a full refund. Items must be unused and "
    "in their original packaging.\n\n"
    "Start a return from the Orders page: choose the order, press Return and print the prepaid label. "
    "Refunds reach the original payment method within 5 business days after the parcel arrives at our "
    "warehouse.\n\n"
    "Prefer another size or colour? Choose Exchange instead of Return and we send the new item as soon "
    "as the old one is scanned by the carrier.\n\n"
    "If an item arrived damaged, do not send it back yet: write to support with a photo of the damage "
    "and we will replace it or refund you without a return."
)
SHIPPING = (
    "Orders ship within 2 business days. Standard delivery takes 3-5 business days; express delivery "
    "arrives the next business day if you order before 2 pm.\n\n"
    "We ship to the United States and Canada. Shipping is free on orders over $50."
)
WARRANTY = (
    "Electronics carry a 2-year warranty covering manufacturing defects. The warranty does not cover "
    "accidental damage, water damage or normal wear. To make a claim, contact support with your order "
    "number and a photo of the fault."
)
PASSWORD = (
    "To reset your password, click 'Forgot password' on the sign-in page and enter your e-mail address. "
    "We send a link that is valid for one hour."
)
ARTICLES = [
    ("returns-policy", "Returns and refunds", RETURNS, "orders"),
    ("shipping-times", "Shipping times and costs", SHIPPING, "orders"),
    ("warranty", "Warranty", WARRANTY, "products"),
    ("reset-password", "Resetting your password", PASSWORD, "account"),
]


@pytest.fixture(scope="module", autouse=True)
def _model():
    # ~6 s once per test process; every test below embeds for real.
    embeddings.load_model()


@pytest.fixture(autouse=True)
def _fresh_index(monkeypatch):
    # The index is process-wide and each test has its own (rolled back) database: each test gets a
    # new one, so nothing an earlier test (of any module) left in the process can leak in.
    import agents.knowledge.search as search_module

    monkeypatch.setattr(search_module, "_index", search_module.KnowledgeIndex())
    yield


@pytest.fixture
def embed_calls(monkeypatch) -> list[list[str]]:
    """Every call the actions make to the embedding model, with its texts."""
    calls: list[list[str]] = []
    real = embeddings.embed

    def counting(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return real(texts)

    monkeypatch.setattr(actions.embeddings, "embed", counting)
    return calls


@pytest.fixture
def articles(db) -> dict[str, Article]:
    return {
        slug: do_upsert_article(slug=slug, title=title, body=body, category=category)
        for slug, title, body, category in ARTICLES
    }


def _ctx() -> ToolContext:
    return ToolContext(
        run_id="r", conversation_id="c", customer_ref="", tool_call_id="t", idempotency_key="k"
    )


# --- chunking ----------------------------------------------------------------------------------


def test_chunks_break_at_paragraphs_carry_headings_and_overlap_inside_a_paragraph():
    body = (
        "# Returns\n\n"
        "You can return most items within 30 days. The item must be unused. Keep the receipt.\n\n"
        "Refunds go to the original payment method. They take 5 days.\n\n"
        "## Exceptions\n\n"
        "Gift cards cannot be returned.\n"
        "- Opened software\n"
        "- Personal care items\n"
    )
    chunks = chunk_text(body, max_words=12, min_words=8, overlap_words=4, min_tail_words=3)
    assert chunks == [
        "Returns\n\nYou can return most items within 30 days.",
        "The item must be unused. Keep the receipt.",
        "Refunds go to the original payment method. They take 5 days.",
        "Exceptions\n\nGift cards cannot be returned.\n- Opened software",
        # cut inside the paragraph: the last item (3 words <= 4) is repeated
        "- Opened software\n- Personal care items",
    ]
    # With the real limits the whole article (38 words) is one chunk.
    assert chunk_text(body) == [
        "Returns\n\nYou can return most items within 30 days. The item must be unused. Keep the receipt."
        "\n\nRefunds go to the original payment method. They take 5 days.\n\nExceptions\n\n"
        "Gift cards cannot be returned.\n- Opened software\n- Personal care items"
    ]


def test_default_limits_pack_paragraphs_to_80_120_words_and_overlap_two_sentences():
    def sentence(n: int) -> str:  # ten words, numbered
        return f"Sentence {n} has exactly ten words in it for counting."

    paragraph = lambda first, count: " ".join(sentence(n) for n in range(first, first + count))  # noqa: E731
    # Three 50-word paragraphs: the first two fit in 100 words; the third starts a new chunk (>= 80).
    three = "\n\n".join(paragraph(p * 5, 5) for p in range(3))
    assert chunk_text(three) == [f"{paragraph(0, 5)}\n\n{paragraph(5, 5)}", paragraph(10, 5)]
    # One 300-word paragraph: cuts at 120 words, each next chunk repeats the last 2 sentences (20 words).
    long = paragraph(0, 30)
    assert chunk_text(long) == [paragraph(0, 12), paragraph(10, 12), paragraph(20, 10)]
    assert [len(c.split()) for c in chunk_text(long)] == [120, 120, 100]
    assert chunk_text("") == []
    assert chunk_text("  \n\n ") == []


def test_a_sentence_longer_than_the_limit_is_cut_by_words():
    words = [f"w{i}" for i in range(250)]
    assert chunk_text(" ".join(words)) == [
        " ".join(words[:120]),
        " ".join(words[120:240]),
        " ".join(words[240:]),
    ]


def test_the_title_is_embedded_with_each_chunk():
    assert embedding_text(" Warranty ", "Two years.") == "Warranty\n\nTwo years."


# --- upserts -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_upsert_stores_chunks_with_the_embedding_of_title_and_text(embed_calls):
    article = do_upsert_article(slug="warranty", title="Warranty", body=WARRANTY, category="products")
    assert (article.version, article.category, article.content_hash) == (
        1,
        "products",
        content_hash("Warranty", WARRANTY),
    )
    chunk = Chunk.objects.get(article=article)
    assert (chunk.position, chunk.text) == (0, WARRANTY)
    assert embed_calls == [[embedding_text("Warranty", WARRANTY)]]
    stored = np.frombuffer(bytes(chunk.embedding), dtype="<f4")
    assert stored.shape == (embeddings.DIMENSION,)
    assert np.array_equal(stored, embeddings.embed_one(embedding_text("Warranty", WARRANTY)))


@pytest.mark.django_db
def test_upsert_of_unchanged_content_embeds_and_writes_nothing(articles, embed_calls):
    before = Article.objects.get(slug="returns-policy")
    chunk_ids = list(Chunk.objects.filter(article=before).values_list("id", flat=True))
    again = do_upsert_article(
        slug="returns-policy", title="Returns and refunds", body=RETURNS, category="orders"
    )
    assert embed_calls == []
    assert (again.pk, again.version, again.updated_at) == (before.pk, 1, before.updated_at)
    assert list(Chunk.objects.filter(article=before).values_list("id", flat=True)) == chunk_ids


@pytest.mark.django_db
def test_a_category_change_alone_relabels_without_embedding(articles, embed_calls):
    assert [
        h.article_slug for h in search("warranty claim for a broken device", k=1, category="products")
    ] == ["warranty"]
    moved = do_upsert_article(slug="warranty", title="Warranty", body=WARRANTY, category="orders")
    assert embed_calls == []
    assert (moved.version, moved.category) == (2, "orders")
    assert search("warranty claim for a broken device", k=1, category="products") == []
    assert [h.article_slug for h in search("warranty claim for a broken device", k=1, category="orders")] == [
        "warranty"
    ]


@pytest.mark.django_db
def test_an_edit_re_embeds_and_search_finds_the_new_text_not_the_old(articles, embed_calls):
    question = "How long do I have to send an item back?"
    assert search(question, k=1)[0].chunk_text.startswith("You can return most items within 30 days")

    new_body = (
        "You can return most items within 60 days of delivery. Opened headphones cannot be returned "
        "for hygiene reasons."
    )
    edited = do_upsert_article(
        slug="returns-policy", title="Returns and refunds", body=new_body, category="orders"
    )
    assert embed_calls == [[embedding_text("Returns and refunds", new_body)]]
    assert edited.version == 2
    assert list(Chunk.objects.filter(article=edited).values_list("text", flat=True)) == [new_body]

    texts = [h.chunk_text for h in search(question, k=10)]
    assert new_body in texts
    assert not any("30 days" in text for text in texts)
    assert [h.chunk_text for h in search("hygiene rules for returning headphones", k=1)] == [new_body]


@pytest.mark.django_db
def test_delete_removes_the_article_from_search(articles):
    assert search("I forgot my password", k=1)[0].article_slug == "reset-password"
    assert do_delete_article("reset-password") is True
    assert do_delete_article("reset-password") is False
    assert Chunk.objects.filter(article__slug="reset-password").count() == 0
    assert "reset-password" not in {h.article_slug for h in search("I forgot my password", k=10)}
    assert len(knowledge_index()) == Chunk.objects.count()


@pytest.mark.django_db
def test_invalid_articles_are_refused_before_anything_is_embedded(embed_calls):
    with pytest.raises(InputError) as bad_slug:
        do_upsert_article(slug="no spaces", title="T", body="text")
    with pytest.raises(InputError) as bad_title:
        do_upsert_article(slug="ok", title="  ", body="text")
    assert (bad_slug.value.code, bad_title.value.code) == ("invalid_slug", "invalid_title")
    assert bad_slug.value.retryable is False
    assert embed_calls == []
    assert Article.objects.count() == 0


# --- search ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_search_returns_scored_hits_best_first(articles):
    hits = search("When will my parcel arrive?", k=4)
    assert len(hits) == 4
    assert all(isinstance(h, Hit) for h in hits)
    assert hits[0].article_slug == "shipping-times"
    assert hits[0].article_title == "Shipping times and costs"
    assert hits[0].chunk_id == Chunk.objects.get(article__slug="shipping-times").pk
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert len({h.chunk_id for h in hits}) == 4
    # The score is the cosine of the question and the chunk as embedded (title included).
    expected = embeddings.cosine(
        embeddings.embed_one("When will my parcel arrive?"),
        embeddings.embed_one(embedding_text("Shipping times and costs", hits[0].chunk_text)),
    )
    assert hits[0].score == pytest.approx(expected, abs=1e-5)
    # min_score drops the weak ones and keeps the order.
    strong = search("When will my parcel arrive?", k=4, min_score=hits[1].score)
    assert [h.chunk_id for h in strong] == [h.chunk_id for h in hits[:2]]


@pytest.mark.django_db
def test_category_filter(articles):
    hits = search("When will my parcel arrive?", k=10, category="products")
    assert [h.article_slug for h in hits] == ["warranty"]
    orders = search("When will my parcel arrive?", k=10, category="orders")
    assert {h.article_slug for h in orders} == {"shipping-times", "returns-policy"}
    assert search("When will my parcel arrive?", category="no-such-category") == []


@pytest.mark.django_db
def test_empty_query_returns_nothing_without_loading_the_model(articles, monkeypatch):
    def refuse(text: str):
        raise AssertionError("the model must not be asked")

    monkeypatch.setattr(embeddings, "embed_one", refuse)
    assert search("") == []
    assert search("   \n\t ") == []
    assert search("shipping", k=0) == []


@pytest.mark.django_db
def test_an_empty_knowledge_base_answers_without_embedding(monkeypatch):
    monkeypatch.setattr(embeddings, "embed_one", lambda text: pytest.fail("nothing to search"))
    assert search("Where is my parcel?") == []


@pytest.mark.django_db
def test_a_huge_or_garbage_query_is_truncated_and_still_answered(articles, monkeypatch):
    seen: list[str] = []
    real = embeddings.embed_one

    def spy(text: str):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(embeddings, "embed_one", spy)
    huge = "When will my parcel arrive? " * 400  # 11,200 characters
    hits = search(huge, k=2)
    assert [len(text) for text in seen] == [MAX_QUERY_CHARS - 1]  # cut at 1000, trailing space trimmed
    assert hits[0].article_slug == "shipping-times"
    noise = "%%% ;;; \x00 ☃☃ zzqx 0xdeadbeef"
    garbage = search(noise, k=3, min_score=-1.0)
    assert len(garbage) == 3
    assert [h.score for h in garbage] == sorted((h.score for h in garbage), reverse=True)
    # The default floor (0.0) drops the chunks that point away from the question.
    assert search(noise, k=3) == [h for h in garbage if h.score >= 0.0]


@pytest.mark.django_db
def test_k_is_capped_and_the_base_may_be_smaller_than_k(articles):
    assert len(search("refund", k=1000)) == Chunk.objects.count() == 5


@pytest.mark.django_db
def test_an_up_to_date_index_costs_two_queries_per_search(articles, django_assert_num_queries):
    search("refund")  # loads the index
    with django_assert_num_queries(2):  # the signature aggregate, then the hit texts
        search("How do I get my money back?", k=3)


@pytest.mark.django_db
def test_the_index_notices_rows_written_by_another_process(articles):
    """Another process's writes are plain rows to this one: no signal, no message. Write them here
    the way `do_upsert_article` would in another process (chunks swapped, version bumped) without
    telling this process's index, and check that the next search sees them."""
    index = knowledge_index()
    assert search("Can I pay with a gift card?", k=1)[0].article_slug != "gift-cards"
    loaded = len(index)

    # A new article, inserted directly.
    text = "Gift cards can be used to pay for any order and never expire."
    gift = Article.objects.create(
        slug="gift-cards",
        title="Gift cards",
        body=text,
        category="payment",
        content_hash=content_hash("Gift cards", text),
        updated_at=timezone.now(),
    )
    Chunk.objects.create(
        article=gift,
        position=0,
        text=text,
        embedding=embeddings.embed_one(embedding_text("Gift cards", text)).astype("<f4").tobytes(),
    )
    assert [h.article_slug for h in search("Can I pay with a gift card?", k=1)] == ["gift-cards"]
    assert len(index) == loaded + 1

    # An edit: chunks swapped and version bumped, as the action does.
    new_text = "Gift cards expire after one year and cannot pay for other gift cards."
    Chunk.objects.filter(article=gift).delete()
    Chunk.objects.create(
        article=gift,
        position=0,
        text=new_text,
        embedding=embeddings.embed_one(embedding_text("Gift cards", new_text)).astype("<f4").tobytes(),
    )
    Article.objects.filter(pk=gift.pk).update(body=new_text, version=2)
    assert [h.chunk_text for h in search("Do gift cards expire?", k=1)] == [new_text]

    # A deletion.
    Article.objects.filter(pk=gift.pk).delete()
    assert "gift-cards" not in {h.article_slug for h in search("Do gift cards expire?", k=10)}
    assert len(index) == loaded


_OTHER_PROCESS = """
import django
django.setup()
from agents.knowledge.actions import do_upsert_article
do_upsert_article(slug="gift-cards", title="Gift cards", category="payment",
                  body="Gift cards can be used to pay for any order and never expire.")
"""


@pytest.mark.django_db(transaction=True)
def test_an_upsert_committed_by_another_process_is_found_here(articles):
    """The real thing: a second Python process writes through the action and commits; this process's
    index, loaded before, finds the new article on its next search."""
    assert search("Do gift cards expire?", k=1)[0].article_slug != "gift-cards"
    database = connection.settings_dict["NAME"]
    env = {**os.environ, "PYTHONPATH": str(settings.BASE_DIR), "DJANGO_SETTINGS_MODULE": "console.settings"}
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        env["DATABASE_URL"] = f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{database}"
    else:
        env.pop("DATABASE_URL", None)
        env["SQLITE_PATH"] = str(database)
    result = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    hits = search("Do gift cards expire?", k=1)
    assert [(h.article_slug, h.chunk_text) for h in hits] == [
        ("gift-cards", "Gift cards can be used to pay for any order and never expire.")
    ]


@pytest.mark.django_db
def test_a_second_index_loads_everything_from_the_database(articles):
    """What a freshly started process does: build its index from the stored embeddings alone."""
    fresh = KnowledgeIndex()
    assert fresh.refresh() is True
    assert fresh.refresh() is False
    assert len(fresh) == Chunk.objects.count()
    vector = embeddings.embed_one("I forgot my password")
    from_db = fresh.search_vector(vector, k=3)
    knowledge_index().refresh()
    assert from_db == knowledge_index().search_vector(vector, k=3)
    assert from_db[0].article_slug == "reset-password"


def _insert_directly(*, slug: str, title: str, text: str, category: str, pk: int | None = None) -> Article:
    """An article and its one chunk written as another process's `do_upsert_article` would commit them."""
    article = Article.objects.create(
        pk=pk,
        slug=slug,
        title=title,
        body=text,
        category=category,
        content_hash=content_hash(title, text),
        updated_at=timezone.now(),
    )
    Chunk.objects.create(
        article=article,
        position=0,
        text=text,
        embedding=embeddings.embed_one(embedding_text(title, text)).astype("<f4").tobytes(),
    )
    return article


def _slugs_by_category(index: KnowledgeIndex) -> dict[str, set[str]]:
    """Every article the index files under each category (any score: cosines can be negative)."""
    vector = embeddings.embed_one("help")
    return {
        category: {
            h.article_slug for h in index.search_vector(vector, k=10, category=category, min_score=-1.0)
        }
        for category in ("orders", "products", "account", "help")
    }


@pytest.mark.django_db
@pytest.mark.parametrize("scan_order", ["as the database returns it", "reversed"])
def test_a_fresh_index_files_every_chunk_under_its_own_articles_category(articles, scan_order, monkeypatch):
    """Regression: the article rows come in the database's scan order, not by id. On Postgres an updated
    row moves to the end of the heap (and after rolled-back tests a new row can land before older ones),
    and the loader labelled the chunks, which come in article id order, with the categories of the
    articles in scan order: a search filtered on "products" returned the returns policy. The category
    change below makes Postgres scan returns-policy last; "reversed" forces a non-id order on any database."""
    do_upsert_article(slug="returns-policy", title="Returns and refunds", body=RETURNS, category="help")
    if scan_order == "reversed":
        read = KnowledgeIndex._read_articles
        monkeypatch.setattr(
            KnowledgeIndex, "_read_articles", staticmethod(lambda: dict(reversed(read().items())))
        )
    fresh = KnowledgeIndex()
    fresh.refresh()
    assert _slugs_by_category(fresh) == {
        "orders": {"shipping-times"},
        "products": {"warranty"},
        "account": {"reset-password"},
        "help": {"returns-policy"},
    }


@pytest.mark.django_db
def test_a_change_committed_between_reading_the_articles_and_their_chunks_is_not_lost(articles, monkeypatch):
    """The loader reads the articles, then their chunks in a later statement (and snapshot). A category
    changed in between must be the one the chunks are filed under; it used to be recorded with the new
    version but the old category, so no later search ever reloaded it."""
    read = KnowledgeIndex._read_articles

    def read_then_another_process_moves_the_warranty():
        before = read()
        do_upsert_article(slug="warranty", title="Warranty", body=WARRANTY, category="orders")
        return before

    monkeypatch.setattr(
        KnowledgeIndex, "_read_articles", staticmethod(read_then_another_process_moves_the_warranty)
    )
    index = KnowledgeIndex()
    index.refresh()
    monkeypatch.setattr(KnowledgeIndex, "_read_articles", staticmethod(read))
    index.refresh()
    assert _slugs_by_category(index) == {
        "orders": {"warranty", "returns-policy", "shipping-times"},
        "products": set(),
        "account": {"reset-password"},
        "help": set(),
    }


@pytest.mark.django_db
def test_an_article_committed_below_the_highest_id_is_noticed_despite_a_deletion(articles):
    """Postgres hands out an id when the INSERT runs, and transactions commit in any order, so an article
    can appear below the max(id) a search already saw. With a version-1 article deleted meanwhile, the
    article count, max(id) and the version sum are all as before; the signature must still change."""
    top = max(article.pk for article in articles.values())
    # Took its id second and committed first.
    _insert_directly(
        pk=top + 2, slug="store-hours", title="Store hours", text="Our stores open 9-18.", category="help"
    )
    index = knowledge_index()
    assert search("Can I pay with a gift card?", k=1)[0].article_slug != "gift-cards"
    # Took its id first and committed second; meanwhile the password article was deleted.
    _insert_directly(
        pk=top + 1,
        slug="gift-cards",
        title="Gift cards",
        text="Gift cards can be used to pay for any order and never expire.",
        category="payment",
    )
    assert do_delete_article("reset-password") is True
    assert [h.article_slug for h in search("Can I pay with a gift card?", k=1)] == ["gift-cards"]
    assert len(index) == Chunk.objects.count() == 6


# --- the tool ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_tool_returns_titled_passages_for_the_model_to_cite(articles):
    result = search_knowledge_base.fn(
        KnowledgeQuery(query="Is water damage covered by the warranty?"), _ctx()
    )
    assert result["passages"][0]["title"] == "Warranty"
    assert result["passages"][0]["text"] == WARRANTY
    assert result["passages"][0]["article"] == "warranty"
    assert "summary" not in result
    assert all(p["score"] >= MIN_SCORE for p in result["passages"])


@pytest.mark.django_db
def test_the_tool_says_so_when_nothing_is_relevant(articles):
    result = search_knowledge_base.fn(KnowledgeQuery(query="zzqx blorf"), _ctx())
    assert result == {"summary": "I couldn't find a help article about that.", "passages": []}


# --- concurrency (real database) ----------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_concurrent_upserts_of_one_slug_leave_one_article_with_one_version_of_chunks():
    bodies = [
        " ".join(f"Version {n} sentence {i} about delivery windows and couriers." for i in range(30))
        for n in range(4)
    ]
    for body in bodies:  # warm the embedding cache so the threads overlap in the database part
        for chunk in chunk_text(body):
            embeddings.embed_one(embedding_text("Delivery", chunk))
    barrier = threading.Barrier(len(bodies))
    errors: list[BaseException] = []

    def upsert(body: str) -> None:
        try:
            barrier.wait(timeout=10)
            do_upsert_article(slug="delivery", title="Delivery", body=body)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=upsert, args=(body,)) for body in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert errors == []
        article = Article.objects.get(slug="delivery")
        assert article.body in bodies
        stored = list(
            Chunk.objects.filter(article=article).order_by("position").values_list("text", flat=True)
        )
        assert stored == chunk_text(article.body)
        # Version 1 for the creator, +1 for each of the others: every body differs from the one stored
        # before it, whatever the order of the commits.
        assert article.version == len(bodies)
    finally:
        Article.objects.all().delete()


# --- the vector index on its own ---------------------------------------------------------------


def _clustered(n: int, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((40, 32))
    points = centres[rng.integers(0, 40, n)] + 0.3 * rng.standard_normal((n, 32))
    points /= np.linalg.norm(points, axis=1, keepdims=True)
    return points.astype(np.float32)


def test_vector_index_switches_to_ivf_above_the_threshold_and_agrees_with_brute_force():
    vectors = _clustered(3000)
    index = VectorIndex(32, ann_threshold=2000)
    groups = ["odd" if i % 2 else "even" for i in range(3000)]
    index.update(add_keys=np.arange(1500), add_vectors=vectors[:1500], add_groups=groups[:1500])
    assert (len(index), index.uses_ann) == (1500, False)
    index.update(add_keys=np.arange(1500, 3000), add_vectors=vectors[1500:], add_groups=groups[1500:])
    assert (len(index), index.uses_ann, index.nlist, index.nprobe) == (3000, True, 75, 16)

    # A stored vector finds itself first with score 1.
    for key in (0, 1234, 2999):
        top = index.search(vectors[key], 5)
        assert top[0].key == key
        assert top[0].score == pytest.approx(1.0, abs=1e-5)
        assert [h.key for h in top] == [h.key for h in index.search(vectors[key], 5, exact=True)]
    # The group filter only returns members of the group.
    odd = index.search(vectors[10], 5, group="odd")
    assert all(h.key % 2 == 1 for h in odd) and len(odd) == 5
    assert index.search(vectors[10], 5, group="none") == []

    # Removed keys are never returned; re-added keys take their new vector.
    index.update(remove=[1234])
    assert 1234 not in {h.key for h in index.search(vectors[1234], 5)}
    index.update(add_keys=[7], add_vectors=vectors[1234:1235], add_groups=["odd"])
    assert index.search(vectors[1234], 1)[0].key == 7
    assert len(index) == 2999

    # Shrinking below the threshold drops the IVF and goes back to exact search.
    index.update(remove=np.arange(2000, 3000))
    assert (len(index), index.uses_ann) == (1999, False)
    assert index.search(vectors[5], 1)[0].key == 5


# --- admin and bench -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_add_and_edit_go_through_the_actions(admin_client, embed_calls):
    response = admin_client.post(
        "/admin/knowledge/article/add/",
        {"slug": "warranty", "title": "Warranty", "category": "products", "body": WARRANTY},
    )
    assert response.status_code == 302
    article = Article.objects.get(slug="warranty")
    assert (article.version, Chunk.objects.filter(article=article).count()) == (1, 1)
    assert embed_calls == [[embedding_text("Warranty", WARRANTY)]]

    edited = WARRANTY + " Batteries are covered for one year."
    response = admin_client.post(
        f"/admin/knowledge/article/{article.pk}/change/",
        {"title": "Warranty", "category": "products", "body": edited},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.version, article.body) == (2, edited)
    assert list(Chunk.objects.filter(article=article).values_list("text", flat=True)) == [edited]
    assert len(embed_calls) == 2
    assert search("are batteries covered", k=1)[0].chunk_text == edited

    response = admin_client.post(f"/admin/knowledge/article/{article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert (Article.objects.count(), Chunk.objects.count()) == (0, 0)


def test_retrieval_bench_runs_and_writes_its_rows(tmp_path):
    out = tmp_path / "retrieval.json"
    result = subprocess.run(
        [
            sys.executable,
            "bench/retrieval.py",
            "--quick",
            "--skip-db",
            "--real-chunks",
            "0",
            "--json",
            str(out),
        ],
        cwd=settings.BASE_DIR,
        env={**os.environ, "PYTHONPATH": str(settings.BASE_DIR)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    rows = json.loads(out.read_text())["index"]
    assert [(row["chunks"], row["path"]) for row in rows] == [
        (1000, "exact (numpy)"),
        (3000, "IVF nlist=75 nprobe=16"),
    ]
    assert "## Index vs brute force (no database)" in result.stdout
