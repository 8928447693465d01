"""The semantic cache (agents/guards/cache.py): the two tiers, scopes, expiry, invalidation, what is never
cached, and hits recorded, first on the module and then through the real executor with the demo desk
and the offline model."""

import dataclasses
import gc
import threading
from datetime import timedelta
from types import SimpleNamespace

import pytest
from asgiref.sync import async_to_sync
from django.db import connections
from django.utils import timezone

from agents import actions, embeddings
from agents.checkpoints import forget_prompts
from agents.definitions import AgentDefinition, register_agent, unregister_agent
from agents.guards import cache
from agents.guards.config import CacheSettings, GuardSettings
from agents.models import AgentPrompt, ApprovalRequest, CachedAnswer, Conversation, Message, Run
from demo_shop.help_articles import HELP_ARTICLES
from tests.agents_for_tests import KeywordRouter
from tests.runtime_helpers import staff_user, start_turn
from tracing.models import LLMCall

pytestmark = pytest.mark.django_db

SETTINGS = CacheSettings(intents=("help",))
SCOPE = cache.Scope(
    agent="support", intent="help", language="en", prompt_version="help:v1", kb_version="3:3:6:3"
)


@pytest.fixture(autouse=True)
def _fresh_indexes():
    # The in-process indexes and the versions seen are per process; a test must not inherit another's.
    cache.forget_indexes()
    yield
    cache.forget_indexes()


def stored(question: str, answer: str, scope: cache.Scope = SCOPE, settings: CacheSettings = SETTINGS):
    entry = cache.store(settings, scope, question, answer)
    assert entry is not None
    return entry


# --- the two tiers ------------------------------------------------------------------------------


def test_the_same_question_is_served_by_the_exact_tier_without_an_embedding(monkeypatch):
    entry = stored("How do I return an item?", "Open a return from your orders page.")

    def no_model(text):
        raise AssertionError(f"the exact tier embedded {text!r}")

    monkeypatch.setattr(embeddings, "embed_one", no_model)
    hit = cache.lookup(SETTINGS, SCOPE, "  hi, how do I return an ITEM  please ")

    assert (hit.entry_id, hit.tier, hit.similarity, hit.answer) == (
        entry.pk,
        "exact",
        1.0,
        "Open a return from your orders page.",
    )


def test_a_paraphrase_is_served_by_the_semantic_tier():
    entry = stored("How do I return an item?", "Open a return from your orders page.")

    hit = cache.lookup(SETTINGS, SCOPE, "How can I return an item?")

    expected = float(
        embeddings.embed_one("How do I return an item?") @ embeddings.embed_one("How can I return an item?")
    )
    assert (hit.entry_id, hit.tier, hit.answer) == (
        entry.pk,
        "semantic",
        "Open a return from your orders page.",
    )
    assert hit.similarity == pytest.approx(expected, abs=1e-5)
    assert hit.similarity >= SETTINGS.threshold


def test_questions_with_another_meaning_are_not_served_each_others_answers():
    stored("How do I return an item?", "Open a return from your orders page.")

    assert cache.lookup(SETTINGS, SCOPE, "How do I return a gift I received?") is None
    assert cache.lookup(SETTINGS, SCOPE, "What is your return address?") is None

    stored("How do I return a gift I received?", "Gifts are returned with the gift receipt.")
    stored("What is your return address?", "Returns go to 1 Return Street.")
    answers = {
        question: cache.lookup(SETTINGS, SCOPE, question).answer
        for question in (
            "how do I return an item",
            "How do I return a gift I received",
            "what is your return address",
        )
    }
    assert answers == {
        "how do I return an item": "Open a return from your orders page.",
        "How do I return a gift I received": "Gifts are returned with the gift receipt.",
        "what is your return address": "Returns go to 1 Return Street.",
    }


@pytest.mark.parametrize(
    "change",
    [
        {"language": "es"},
        {"intent": "orders"},
        {"prompt_version": "help:v2"},
        {"kb_version": "4:4:10:4"},
        {"agent": "t-desk"},
    ],
    ids=lambda change: next(iter(change)),
)
def test_an_answer_is_only_served_in_its_own_scope(change):
    stored("How long does shipping take?", "Three to five business days.")
    other = dataclasses.replace(SCOPE, **change)

    assert cache.lookup(SETTINGS, other, "How long does shipping take?") is None
    assert cache.lookup(SETTINGS, other, "How long does shipping usually take?") is None
    assert (
        cache.lookup(SETTINGS, SCOPE, "How long does shipping take?").answer == "Three to five business days."
    )
    assert other.key != SCOPE.key


def test_an_answer_expires_after_its_ttl_and_is_then_deleted(monkeypatch):
    settings = CacheSettings(intents=("help",), ttl_seconds=60)
    entry = stored("How long does shipping take?", "Three to five business days.", settings=settings)
    assert entry.expires_at - entry.created_at == pytest.approx(
        timedelta(seconds=60), abs=timedelta(seconds=1)
    )
    assert (
        cache.lookup(settings, SCOPE, "How long does shipping usually take?").entry_id == entry.pk
    )  # loaded

    later = timezone.now() + timedelta(seconds=61)
    monkeypatch.setattr(cache, "timezone", SimpleNamespace(now=lambda: later))

    assert cache.lookup(settings, SCOPE, "How long does shipping take?") is None  # exact tier
    assert cache.lookup(settings, SCOPE, "How long does shipping usually take?") is None  # semantic tier
    assert cache.delete_expired(later) == 1
    assert not CachedAnswer.objects.filter(pk=entry.pk).exists()


def test_other_languages_get_the_exact_tier_only():
    spanish = dataclasses.replace(SCOPE, language="es")
    entry = stored("¿Cuánto tarda el envío?", "De tres a cinco días laborables.", scope=spanish)

    assert cache.lookup(SETTINGS, spanish, "cuánto tarda el envío").entry_id == entry.pk
    assert cache.lookup(SETTINGS, spanish, "Hola, ¿cuánto tarda el envío, por favor?").tier == "exact"
    # MiniLM reads Spanish by its surface tokens: shipping time and shipping cost score 0.84 apart.
    assert cache.lookup(SETTINGS, spanish, "¿Cuánto cuesta el envío?") is None
    assert cache.lookup(SETTINGS, spanish, "¿Cuánto tiempo tarda el envío?") is None


# --- the in-process index and the table -----------------------------------------------------------


def test_a_deleted_entry_is_never_served_from_the_index():
    stored("How long does shipping take?", "Three to five business days.")
    assert cache.lookup(SETTINGS, SCOPE, "How long does shipping usually take?").tier == "semantic"

    # Another process deletes it: this process's index still holds the vector until its next reconcile.
    CachedAnswer.objects.all().delete()

    assert cache.lookup(SETTINGS, SCOPE, "How long does shipping usually take?") is None


def test_the_reconcile_drops_rows_deleted_elsewhere_from_memory(monkeypatch):
    kept = stored("How long does shipping take?", "Three to five business days.")
    gone = stored("Which payment methods do you accept?", "Cards and PayPal.")
    cache.lookup(SETTINGS, SCOPE, "How long does shipping usually take?")
    index = cache._registry.loaded(SCOPE.agent, SCOPE.key)
    assert sorted(index.expires) == [kept.pk, gone.pk]

    CachedAnswer.objects.filter(pk=gone.pk).delete()  # another process
    monkeypatch.setattr(cache, "RECONCILE_SECONDS", 0.0)
    cache.lookup(SETTINGS, SCOPE, "How long does shipping usually take?")

    assert (sorted(index.expires), len(index.vectors)) == ([kept.pk], 1)


def test_an_entry_another_process_wrote_is_found_on_the_next_lookup():
    assert cache.lookup(SETTINGS, SCOPE, "How long does shipping usually take?") is None  # index now loaded
    vector = embeddings.embed_one("How long does shipping take?")
    row = CachedAnswer.objects.create(  # as another process's `store` writes it
        agent_name=SCOPE.agent,
        scope_key=SCOPE.key,
        intent="help",
        language="en",
        prompt_version=SCOPE.prompt_version,
        kb_version=SCOPE.kb_version,
        question="How long does shipping take?",
        question_hash=cache.question_hash("How long does shipping take?"),
        embedding=vector.astype("<f4").tobytes(),
        answer="Three to five business days.",
        expires_at=timezone.now() + timedelta(hours=1),
    )

    assert cache.lookup(SETTINGS, SCOPE, "How long does shipping usually take?").entry_id == row.pk


def test_the_same_question_is_stored_once_per_scope():
    first = stored("How long does shipping take?", "Three to five business days.")

    assert cache.store(SETTINGS, SCOPE, "how long does shipping take", "Another answer.") is None
    assert list(CachedAnswer.objects.values_list("pk", flat=True)) == [first.pk]


def test_hits_are_counted():
    entry = stored("How long does shipping take?", "Three to five business days.")

    cache.record_hit(entry.pk)
    cache.record_hit(entry.pk)

    entry.refresh_from_db()
    assert entry.hits == 2
    assert entry.last_hit_at is not None


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_hits_all_count(on_postgres):
    if not on_postgres:
        pytest.skip("needs PostgreSQL (DATABASE_URL): SQLite serialises writers")
    entry = stored("How long does shipping take?", "Three to five business days.")
    barrier = threading.Barrier(8)

    def hit_five_times() -> None:
        try:
            barrier.wait(timeout=30)
            for _ in range(5):
                cache.record_hit(entry.pk)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=hit_five_times) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    entry.refresh_from_db()
    assert entry.hits == 40


def test_invalidate_deletes_the_entries_of_older_versions():
    AgentPrompt.objects.create(agent_name="help", version=1, text="v1")
    AgentPrompt.objects.create(agent_name="help", version=2, text="v2", is_active=True)
    current_kb = cache.kb_version()
    old_prompt = stored("Q one?", "A1", scope=dataclasses.replace(SCOPE, kb_version=current_kb))
    new_prompt = stored(
        "Q two?", "A2", scope=dataclasses.replace(SCOPE, prompt_version="help:v2", kb_version=current_kb)
    )
    old_kb = stored(
        "Q three?", "A3", scope=dataclasses.replace(SCOPE, prompt_version="help:v2", kb_version="old")
    )
    other_desk = stored(
        "Q four?",
        "A4",
        scope=dataclasses.replace(SCOPE, agent="t-desk", prompt_version="help:v2", kb_version=current_kb),
    )

    assert cache.invalidate(prompt="help") == 1
    assert cache.invalidate(kb=True) == 1
    assert set(CachedAnswer.objects.values_list("pk", flat=True)) == {new_prompt.pk, other_desk.pk}
    assert cache.invalidate(agent="t-desk") == 1
    assert not CachedAnswer.objects.filter(pk__in=[old_prompt.pk, old_kb.pk, other_desk.pk]).exists()


# --- what is never cached -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "state", "reason"),
    [
        ("How long does shipping take?", {}, ""),
        ("How long does shipping take?", {"history_turns": 2}, ""),
        ("How long does shipping take?", {"pinned": ["order number: 1234"]}, "pinned_facts"),
        ("How long does shipping take?", {"handback_note": "Told her about the delay."}, "handback_note"),
        ("How long does shipping take?", {"user_facts": ["country: Canada"]}, "user_memory"),
        ("How long does shipping take to [EMAIL_1a2b3c]?", {}, "personal_data"),
        ("Can you send the label to jane@example.com?", {}, "identifier"),
        ("How long does shipping take for order 1234?", {}, "identifier"),
        ("Is shipping free over $50?", {}, "identifier"),
        ("and what about that one?", {"history_turns": 2}, "follow_up"),
        ("Does it come with a warranty?", {"history_turns": 2}, "follow_up"),
        ("Does it come with a warranty?", {}, ""),
        ("for Canada?", {"history_turns": 2}, "follow_up"),
        ("¿Y eso cuánto cuesta?", {"history_turns": 2}, "follow_up"),
        ("Und wie lange dauert das davon?", {"history_turns": 2}, "follow_up"),
        ("x" * 600, {}, "long_message"),
        ("  ?! ", {}, "empty"),
    ],
)
def test_what_makes_a_turn_uncacheable(question, state, reason):
    assert cache.uncacheable_reason(question, **state) == reason


# --- through the executor: the demo desk and the offline model --------------------------------------


@pytest.fixture
def help_centre():
    """Two help articles in the knowledge base (embedding all of them takes half a minute)."""
    from agents.knowledge.actions import do_upsert_article

    for article in HELP_ARTICLES:
        if article.slug in ("shipping-times-and-costs", "payment-methods"):
            do_upsert_article(
                slug=article.slug, title=article.title, body=article.body, category=article.category
            )
    yield
    # Tools ran in worker threads with their own database connections: close them before the flush.
    gc.collect()


def say(conversation: Conversation, text: str):
    intake = actions.do_post_customer_message(conversation, text)
    outcome = async_to_sync(actions.execute_claimed_run)(intake)
    return Run.objects.get(pk=intake.run.pk), outcome


def ask(text: str, agent: str = "support"):
    """A new conversation's first message (an anonymous customer: no user memory)."""
    intake, outcome = start_turn(agent, text, customer_ref="")
    return Run.objects.get(pk=intake.run.pk), outcome


def kinds(run: Run) -> list[str]:
    return list(run.steps.order_by("index").values_list("kind", flat=True))


@pytest.mark.django_db(transaction=True)
def test_the_desk_answers_a_repeated_help_question_from_the_cache(help_centre):
    first, answered = ask("How long does shipping take?")
    entry = CachedAnswer.objects.get()

    assert (first.status, first.executor_name) == ("completed", "help")
    assert "cache" not in kinds(first)
    assert (entry.agent_name, entry.intent, entry.language, entry.prompt_version, entry.kb_version) == (
        "support",
        "help",
        "en",
        "help:v1",
        cache.kb_version(),
    )
    assert (entry.question, entry.answer, entry.hits) == ("How long does shipping take?", answered.reply, 0)

    again, served = ask("how long does shipping take")

    assert (served.status, served.reply) == ("completed", answered.reply)
    assert kinds(again)[-1] == "cache"
    assert again.steps.get(kind="cache").payload == {
        "entry_id": entry.pk,
        "similarity": 1.0,
        "tier": "exact",
        "intent": "help",
    }
    assert (again.status, again.final_text) == ("completed", answered.reply)
    assert Message.objects.get(run=again, role="assistant").text == answered.reply
    assert not LLMCall.objects.filter(run=again).exists()
    entry.refresh_from_db()
    assert entry.hits == 1
    assert entry.last_hit_at is not None

    reworded, served = ask("How long does shipping usually take?")

    cache_step = reworded.steps.get(kind="cache").payload
    assert (cache_step["entry_id"], cache_step["tier"]) == (entry.pk, "semantic")
    assert cache_step["similarity"] >= CacheSettings().threshold
    assert served.reply == answered.reply
    entry.refresh_from_db()
    assert entry.hits == 2
    assert CachedAnswer.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_help_question_with_another_meaning_goes_to_the_model(help_centre):
    ask("How long does shipping take?")

    run, _ = ask("How much does shipping cost?")

    assert run.steps.get(kind="route").payload["intent"] == "help"
    assert "cache" not in kinds(run)
    assert LLMCall.objects.filter(run=run).exists()
    assert sorted(CachedAnswer.objects.values_list("question", "hits")) == [
        ("How long does shipping take?", 0),
        ("How much does shipping cost?", 0),
    ]


@pytest.mark.django_db(transaction=True)
def test_personalised_intents_are_never_cached(help_centre):
    for text in (
        "Where is my order?",
        "Where is my order?",
        "What is your return policy?",
        "What is your return policy?",
    ):
        run, _ = ask(text)
        assert run.steps.get(kind="route").payload["intent"] in ("orders", "returns")
        assert "cache" not in kinds(run)

    assert not CachedAnswer.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_conversation_with_a_pinned_order_number_is_not_answered_from_the_cache(help_centre):
    ask("How long does shipping take?")
    conversation = Conversation.objects.create(agent_name="support", customer_ref="")
    say(conversation, "My order 1234 has not arrived")

    run, _ = say(conversation, "How long does shipping take?")

    assert run.steps.get(kind="route").payload["intent"] == "help"
    assert "cache" not in kinds(run)
    assert LLMCall.objects.filter(run=run).exists()
    assert list(CachedAnswer.objects.values_list("question", "hits")) == [("How long does shipping take?", 0)]


@pytest.mark.django_db(transaction=True)
def test_a_question_carrying_personal_data_is_never_cached(help_centre):
    for _ in range(2):
        run, _ = ask("Which payment methods do you accept? Reply to jane.doe@example.com")
        assert "cache" not in kinds(run)

    assert not CachedAnswer.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_an_article_change_invalidates_the_cached_answers(help_centre):
    from agents.knowledge.actions import do_upsert_article

    ask("Which payment methods do you accept?")
    old = CachedAnswer.objects.get()
    article = next(a for a in HELP_ARTICLES if a.slug == "payment-methods")
    do_upsert_article(
        slug=article.slug,
        title=article.title,
        body=article.body + "\n\nWe no longer accept cheques.",
        category=article.category,
    )

    run, _ = ask("Which payment methods do you accept?")

    assert "cache" not in kinds(run)
    assert LLMCall.objects.filter(run=run).exists()
    new = CachedAnswer.objects.get()  # the old entry was deleted when the new version was seen
    assert new.pk != old.pk
    assert (new.kb_version, old.kb_version != new.kb_version) == (cache.kb_version(), True)


@pytest.mark.django_db(transaction=True)
def test_a_new_prompt_version_invalidates_the_cached_answers(help_centre):
    ask("Which payment methods do you accept?")
    old = CachedAnswer.objects.get()
    v1 = AgentPrompt.objects.get(agent_name="help", is_active=True)
    AgentPrompt.objects.filter(pk=v1.pk).update(is_active=False)
    AgentPrompt.objects.create(agent_name="help", version=2, text=v1.text + "\nBe brief.", is_active=True)
    forget_prompts()  # the process's 5-second cache of the active prompt

    run, _ = ask("Which payment methods do you accept?")

    assert "cache" not in kinds(run)
    new = CachedAnswer.objects.get()
    assert (old.prompt_version, new.prompt_version) == ("help:v1", "help:v2")


@pytest.mark.django_db(transaction=True)
def test_a_turn_the_cache_cannot_serve_costs_it_nothing(help_centre, monkeypatch):
    """No version query, no lookup, no embedding for an intent that is not listed, or a desk without
    cacheable intents."""
    touched = []
    for name in ("kb_version", "lookup", "store", "uncacheable_reason"):
        monkeypatch.setattr(cache, name, lambda *args, name=name, **kwargs: touched.append(name))

    orders, _ = ask("Where is my order?")
    elsewhere, _ = ask("where is my parcel", agent="t-desk")

    assert (orders.status, elsewhere.status) == ("completed", "completed")
    assert touched == []


# --- answers that did something are never cached (a test desk whose cache lists every intent) ------


@pytest.fixture
def caching_test_desk():
    """The runtime tests' keyword desk (orders -> reads, refunds -> an irreversible refund), with its
    cache open to both intents: what keeps the refund's answer out is the answer, not the intent."""
    desk = register_agent(
        AgentDefinition(
            name="t-cache-desk",
            description="a desk caching every intent",
            system_prompt="You route.",
            router=KeywordRouter(),
            guard=GuardSettings(enabled=False, cache=CacheSettings(intents=("orders", "refunds"))),
        )
    )
    yield desk
    unregister_agent("t-cache-desk")


def test_an_answer_that_needed_an_approval_is_not_cached(caching_test_desk):
    _, parked = ask("please refund it", agent="t-cache-desk")
    assert parked.status == "awaiting_approval"
    approval = ApprovalRequest.objects.get(pk=parked.approval_id)
    actions.do_decide_approval(approval, actor=staff_user(), approve=True)
    actions.do_carry_out_decision(approval.pk)
    assert Run.objects.get(pk=approval.run_id).status == "completed"

    _, again = ask("please refund it", agent="t-cache-desk")

    assert again.status == "awaiting_approval"
    assert not CachedAnswer.objects.exists()


def test_an_answer_from_read_tools_is_cached_for_a_listed_intent(caching_test_desk):
    first, answered = ask("where is my parcel", agent="t-cache-desk")
    assert [s for s in kinds(first) if s == "tool"] == ["tool", "tool"]

    again, served = ask("Where is my parcel?", agent="t-cache-desk")

    assert kinds(again) == ["route", "cache"]
    assert served.reply == answered.reply
    assert CachedAnswer.objects.get().hits == 1
