"""The operator console's pages and forms (console/operator): who sees what, who may do what, and
what a refused person leaves behind (nothing).

Escalations and approvals come from real runs of the scripted test agents (t-looping escalates,
t-console-refund parks a refund with an amount). Every action is tried by three people: someone whose
role allows it, a staff member whose role does not, and an anonymous visitor (a customer of the chat
is not a staff user: to the console they are anonymous)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from agents.definitions import AgentDefinition, register_agent
from agents.models import ApprovalRequest, Conversation, Escalation, Message
from agents.providers.scripted import register_script
from agents.tools.base import Permission, tool
from console.operator import presenters
from reviews.actions import do_claim_escalation, do_hand_back
from reviews.models import CannedReply, InternalNote
from tests import agents_for_tests
from tests.agents_for_tests import RefundArgs, log_execution, sequence
from tests.runtime_helpers import staff_user, start_turn
from tracing.models import AuditEntry

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


# A refund tool that states its amount, so two-person approval and edits of the amount can be tested.
@tool(
    args=RefundArgs,
    description="Refund an order (console tests). Irreversible.",
    permission=Permission.IRREVERSIBLE,
    describe_action=lambda args, ctx: f"Refund ${args['amount']} on order {args['order_id']}",
    approval_amount=lambda args, ctx: Decimal(str(args["amount"])),
)
def console_refund(args: RefundArgs, ctx) -> dict:
    log_execution("console_refund", args.model_dump(mode="json"), ctx)
    return {"summary": f"Refunded ${args.amount} on order {args.order_id}.", "refund_id": "R-1"}


register_script(
    "console-refund",
    sequence([("console_refund", {"order_id": 1234, "amount": "40.00"})], final="Outcome: {last}"),
)
register_agent(
    AgentDefinition(
        name="t-console-refund",
        description="parks a refund with an amount for the console tests",
        system_prompt="You are the t-console-refund test agent.",
        tools=[console_refund],
        model_chain=["scripted:console-refund"],
    )
)


@pytest.fixture(autouse=True)
def _clear_calls():
    agents_for_tests.CALLS.clear()


@pytest.fixture
def people():
    """One person per role, a second support agent and a second manager, and someone without a role."""
    nobody = get_user_model().objects.create_user("nora", password="x-test-password-1", first_name="Nora")
    return {
        "support": staff_user("sam", "support"),
        "support2": staff_user("tom", "support"),
        "manager": staff_user("maria", "manager"),
        "manager2": staff_user("lee", "manager"),
        "qa": staff_user("quinn", "qa"),
        "admin": staff_user("ada", "admin"),
        "nobody": nobody,
    }


def client_for(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def escalate(customer_ref: str = "alice") -> Escalation:
    intake, _ = start_turn("t-looping", "Where is my order 7?", customer_ref=customer_ref)
    return Escalation.objects.get(run_id=intake.run.pk)


def park_refund(customer_ref: str = "alice") -> ApprovalRequest:
    intake, _ = start_turn("t-console-refund", "Refund my order 1234 please", customer_ref=customer_ref)
    return ApprovalRequest.objects.get(run_id=intake.run.pk)


def escalation_url(name: str, escalation: Escalation) -> str:
    return reverse(f"console:{name}", args=[escalation.pk])


def approval_url(name: str, approval: ApprovalRequest) -> str:
    return reverse(f"console:{name}", args=[approval.pk])


def audit_actions(target_type: str, target_id) -> list[str]:
    return list(
        AuditEntry.objects.filter(target_type=target_type, target_id=str(target_id))
        .order_by("id")
        .values_list("action", flat=True)
    )


def login_redirect(path: str) -> str:
    return f"{reverse('console:login')}?next={path}"


# --- signing in -----------------------------------------------------------------------------------


def test_login_page_signs_a_staff_member_in_and_lands_on_the_inbox(people):
    client = Client(enforce_csrf_checks=True)
    page = client.get(reverse("console:login"))
    assert page.status_code == 200
    token = page.cookies["csrftoken"].value
    response = client.post(
        reverse("console:login"),
        {"username": "sam", "password": "x-test-password-1", "csrfmiddlewaretoken": token},
        REMOTE_ADDR="10.0.0.1",
    )
    assert (response.status_code, response["Location"]) == (302, "/console/")
    assert client.get("/console/").status_code == 200


def test_a_wrong_password_is_told_on_the_login_page(people):
    response = Client().post(
        reverse("console:login"), {"username": "sam", "password": "wrong"}, REMOTE_ADDR="10.0.0.2"
    )
    assert response.status_code == 200
    assert b'data-testid="login-error"' in response.content
    assert "_auth_user_id" not in response.wsgi_request.session


def test_five_wrong_passwords_lock_the_username_out_with_the_lockout_page(people):
    client = Client()
    for _ in range(4):
        response = client.post(
            reverse("console:login"), {"username": "sam", "password": "wrong"}, REMOTE_ADDR="10.0.0.3"
        )
        assert response.status_code == 200
    fifth = client.post(
        reverse("console:login"), {"username": "sam", "password": "wrong"}, REMOTE_ADDR="10.0.0.3"
    )
    assert fifth.status_code == 429
    # The login form failed (rendered), then django-axes answered with the lockout page instead.
    assert "console/locked_out.html" in [t.name for t in fifth.templates]
    assert b'data-testid="locked-out"' in fifth.content
    # Even the right password is refused now, from that address.
    right = client.post(
        reverse("console:login"), {"username": "sam", "password": "x-test-password-1"}, REMOTE_ADDR="10.0.0.3"
    )
    assert right.status_code == 429
    assert b'data-testid="locked-out"' in right.content
    assert "_auth_user_id" not in client.session


def test_logout_is_a_post_and_ends_the_session(people):
    client = client_for(people["support"])
    assert client.get(reverse("console:logout")).status_code == 405
    response = client.post(reverse("console:logout"))
    assert (response.status_code, response["Location"]) == (302, reverse("console:login"))
    assert client.get("/console/").status_code == 302


@pytest.mark.parametrize("page", ["inbox", "escalation", "approval", "audit"])
def test_anonymous_visitors_are_sent_to_the_login_page(people, page):
    urls = {
        "inbox": lambda: reverse("console:inbox"),
        "escalation": lambda: escalation_url("escalation", escalate()),
        "approval": lambda: approval_url("approval", park_refund()),
        "audit": lambda: reverse("console:audit"),
    }
    url = urls[page]()
    response = Client().get(url)
    assert (response.status_code, response["Location"]) == (302, login_redirect(url))


def test_an_htmx_request_after_the_session_ended_sends_the_whole_tab_to_the_login(people):
    response = Client().get(reverse("console:inbox"), headers={**HTMX, "HX-Target": "inbox-list"})
    assert response.status_code == 200
    assert response["HX-Redirect"] == login_redirect("/console/")


def test_a_signed_in_user_without_a_role_gets_the_403_page(people):
    escalation = escalate()
    client = client_for(people["nobody"])
    for url in (reverse("console:inbox"), escalation_url("escalation", escalation), reverse("console:audit")):
        response = client.get(url)
        assert response.status_code == 403
        assert [t.name for t in response.templates][0] == "console/forbidden.html"
    assert client.post(escalation_url("claim", escalation)).status_code == 403
    assert Escalation.objects.get(pk=escalation.pk).status == "open"


# --- pages for each role --------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["support", "manager", "qa", "admin"])
def test_every_console_role_sees_the_inbox_with_the_escalation_and_the_approval(people, role):
    escalation = escalate()
    approval = park_refund(customer_ref="bob")
    response = client_for(people[role]).get(reverse("console:inbox"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('data-testid="inbox-row"') == 2
    assert escalation.ticket in html
    assert "Refund $40.00 on order 1234" in html
    assert "Bot looping" in html
    # The tab title counts what waits: one open escalation and one pending approval.
    assert "<title>(2) Inbox · Handrail</title>" in html
    assert ('data-testid="claim-button"' in html) == (role in ("support", "manager", "admin"))
    assert ("read only for your role" in html) == (role in ("support", "qa"))
    assert approval_url("approval", approval) in html


@pytest.mark.parametrize("role", ["support", "manager", "qa", "admin"])
def test_every_console_role_reads_the_conversation_with_what_the_bot_did(people, role):
    escalation = escalate()
    response = client_for(people[role]).get(escalation_url("escalation", escalation))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-testid="transcript"' in html
    assert "Where is my order 7?" in html
    # Reasoning folded (the loop is one block, ×3), attempts as a table, steps as steps: no JSON.
    assert html.count('data-testid="run-step"') == 5
    assert "×3" in html
    assert '<code class="tool-name">fetch_order</code>' in html
    assert "Order 7 is shipped." in html
    assert "{&quot;" not in html and '{"order_id"' not in html
    can_write = role != "qa"
    assert ('data-testid="reply-box"' in html) == can_write
    assert ('data-testid="composer-readonly"' in html) == (not can_write)
    assert ('data-testid="claim-button"' in html) == can_write


@pytest.mark.parametrize("role", ["support", "manager", "qa", "admin"])
def test_the_approval_page_shows_the_request_and_forms_only_to_deciders(people, role):
    approval = park_refund()
    response = client_for(people[role]).get(approval_url("approval", approval))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Refund $40.00 on order 1234" in html
    assert 'data-testid="approval-amount">$40.00<' in html
    assert html.count('data-testid="argument-row"') == 2
    assert 'data-testid="approval-expiry"' in html
    decides = role in ("manager", "admin")
    assert ('data-testid="approve-button"' in html) == decides
    assert ('data-testid="edit-field-amount"' in html) == decides
    assert ('data-testid="decision-readonly"' in html) == (not decides)
    assert (f'name="seen_arguments_hash" value="{approval.approved_arguments_hash}"' in html) == decides


@pytest.mark.parametrize(
    ("role", "status"), [("support", 403), ("qa", 403), ("manager", 200), ("admin", 200)]
)
def test_the_audit_log_is_for_managers_and_admins(people, role, status):
    escalation = escalate()
    do_claim_escalation(escalation, people["support"])
    response = client_for(people[role]).get(reverse("console:audit"))
    assert response.status_code == status
    if status == 200:
        html = response.content.decode()
        assert html.count('data-testid="audit-row"') == 1
        assert f'<a href="{escalation_url("escalation", escalation)}">{escalation.ticket}</a>' in html
        assert '<span class="change-old">open</span>' in html
        assert '<span class="change-new">claimed</span>' in html


def test_unknown_escalation_and_approval_are_404(people):
    client = client_for(people["support"])
    assert client.get("/console/escalations/999999/").status_code == 404
    assert client.get("/console/approvals/00000000-0000-0000-0000-000000000000/").status_code == 404


def test_get_only_and_post_only_views_refuse_the_other_method(people):
    escalation = escalate()
    client = client_for(people["support"])
    assert client.post(reverse("console:inbox")).status_code == 405
    assert client.get(escalation_url("claim", escalation)).status_code == 405
    assert Escalation.objects.get(pk=escalation.pk).status == "open"


# --- the inbox: filters and a fixed number of queries ---------------------------------------------


def test_inbox_filters_by_status_reason_assignee_and_search(people):
    mine = escalate("alice")
    other = escalate("bob")
    do_claim_escalation(mine, people["support"])
    client = client_for(people["support"])

    def tickets(**params) -> list[str]:
        html = client.get(reverse("console:inbox"), params).content.decode()
        return [t.ticket for t in (mine, other) if f">{t.ticket}<" in html]

    assert tickets() == [mine.ticket, other.ticket]
    assert tickets(status="open") == [other.ticket]
    assert tickets(status="claimed") == [mine.ticket]
    assert tickets(assigned="mine") == [mine.ticket]
    assert tickets(assigned="unassigned") == [other.ticket]
    assert tickets(reason="sensitive_topic") == []
    assert tickets(reason="looping") == [mine.ticket, other.ticket]
    assert tickets(q="bob") == [other.ticket]
    assert tickets(q=mine.ticket) == [mine.ticket]
    assert tickets(status="nonsense") == [mine.ticket, other.ticket]  # a stale bookmark shows everything


def test_the_inbox_partial_answers_htmx_with_the_list_only(people):
    escalate()
    response = client_for(people["support"]).get(
        reverse("console:inbox"), {"kind": "escalations"}, headers={**HTMX, "HX-Target": "inbox-list"}
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<section class="inbox-section"')
    assert "<html" not in html
    assert 'data-testid="approvals-section"' not in html


def test_a_customer_writing_to_a_claimed_conversation_shows_as_waiting(people):
    escalation = escalate()
    do_claim_escalation(escalation, people["support"])
    Message.objects.create(conversation=escalation.conversation, role="customer", text="Hello? Anyone there?")
    html = client_for(people["support"]).get(reverse("console:inbox")).content.decode()
    assert "Customer waiting" in html
    assert "“Hello? Anyone there?”" in html


def _inbox_queries(client, django_assert_num_queries, expected: int) -> None:
    with django_assert_num_queries(expected):
        response = client.get(reverse("console:inbox"))
    assert response.status_code == 200


def test_the_inbox_costs_the_same_queries_for_two_rows_and_for_eight(people, django_assert_num_queries):
    client = client_for(people["support"])
    escalate("alice")
    park_refund("bob")
    # session, user, roles, escalations, approvals, open count, pending count
    _inbox_queries(client, django_assert_num_queries, 7)
    for ref in ("carla", "dan", "erin"):
        escalation = escalate(ref)
        park_refund(ref)
    do_claim_escalation(escalation, people["support2"])
    _inbox_queries(client, django_assert_num_queries, 7)


def test_the_conversation_page_costs_the_same_queries_for_any_length(people, django_assert_num_queries):
    escalation = escalate()
    client = client_for(people["support"])
    url = escalation_url("escalation", escalation)
    with django_assert_num_queries(13) as first:
        client.get(url)
    for i in range(10):
        Message.objects.create(conversation=escalation.conversation, role="customer", text=f"message {i}")
        InternalNote.objects.create(escalation=escalation, author_name="Tom", text=f"note {i}")
    with django_assert_num_queries(len(first.captured_queries)):
        client.get(url)


# --- claim: one winner, the other told who --------------------------------------------------------


@pytest.mark.parametrize("who", ["support", "qa", "anonymous"])
def test_claim_by_three_people(people, who):
    escalation = escalate()
    client = client_for(people.get(who))
    response = client.post(escalation_url("claim", escalation), headers=HTMX)
    escalation.refresh_from_db()
    holder = Conversation.objects.values_list("holder", flat=True).get(pk=escalation.conversation_id)
    if who == "support":
        assert response.status_code == 200
        assert (escalation.status, escalation.assignee, holder) == ("claimed", people["support"], "human")
        assert audit_actions("escalation", escalation.pk) == ["claim"]
        assert 'data-testid="reply-send"' in response.content.decode()  # the composer, out of band
        return
    if who == "qa":
        assert response.status_code == 403
        assert b"taking over conversations needs the support or manager role" in response.content
    else:
        assert response.status_code == 200 and response["HX-Redirect"].startswith(reverse("console:login"))
    assert (escalation.status, escalation.assignee, holder) == ("open", None, "human_queue")
    assert audit_actions("escalation", escalation.pk) == []


def test_the_second_claimant_is_told_inline_who_has_the_conversation(people):
    escalation = escalate()
    client_for(people["manager"]).post(escalation_url("claim", escalation), headers=HTMX)
    response = client_for(people["support"]).post(escalation_url("claim", escalation), headers=HTMX)
    assert response.status_code == 409
    html = response.content.decode()
    conflict = '<div class="conv-alert alert alert--error" role="alert" data-testid="conflict">'
    assert f"{conflict}Maria has already claimed this conversation</div>" in html
    assert 'with <strong data-testid="assignee">Maria</strong>' in html
    assert Escalation.objects.get(pk=escalation.pk).assignee == people["manager"]


def test_claiming_from_the_inbox_opens_the_conversation_or_says_who_was_first(people):
    escalation = escalate()
    first = client_for(people["support2"]).post(
        escalation_url("claim", escalation), {"from": "inbox"}, headers=HTMX
    )
    assert (first.status_code, first["HX-Redirect"]) == (200, escalation_url("escalation", escalation))
    second = client_for(people["support"]).post(
        escalation_url("claim", escalation), {"from": "inbox"}, headers=HTMX
    )
    assert (second.status_code, second["HX-Retarget"]) == (409, "#flash")
    assert "Tom has already claimed this conversation" in second.content.decode()


def test_without_htmx_a_conflict_comes_back_as_a_message_on_the_page(people):
    escalation = escalate()
    do_claim_escalation(escalation, people["manager"])
    client = client_for(people["support"])
    response = client.post(escalation_url("claim", escalation), follow=True)
    assert response.redirect_chain == [(escalation_url("escalation", escalation), 302)]
    assert "Maria has already claimed this conversation" in response.content.decode()


def test_a_post_without_the_csrf_token_is_refused(people):
    escalation = escalate()
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["support"])
    assert client.post(escalation_url("claim", escalation)).status_code == 403
    assert Escalation.objects.get(pk=escalation.pk).status == "open"


# --- reply, note, hand back, resolve --------------------------------------------------------------


@pytest.fixture
def claimed(people) -> Escalation:
    escalation = escalate()
    do_claim_escalation(escalation, people["support"])
    return escalation


@pytest.mark.parametrize("who", ["support", "support2", "qa", "anonymous"])
def test_reply_by_three_people_and_a_colleague_who_does_not_hold_it(people, claimed, who):
    response = client_for(people.get(who)).post(
        escalation_url("reply", claimed), {"text": "Hi Alice, I'm on it."}, headers=HTMX
    )
    replies = list(
        Message.objects.filter(conversation=claimed.conversation, role="human_agent").values_list(
            "text", "author_name"
        )
    )
    if who == "support":
        assert response.status_code == 200
        assert replies == [("Hi Alice, I'm on it.", "Sam")]
        html = response.content.decode()
        assert html.lstrip().startswith('<ol class="messages">')
        assert '<span class="msg-author">Sam</span>' in html
        return
    assert replies == []
    if who == "anonymous":
        assert response["HX-Redirect"].startswith(reverse("console:login"))
        return
    assert response.status_code == 403
    if who == "support2":  # refused by the action: next to the composer
        assert response["HX-Retarget"] == "#composer-error"
        assert "Sam has this conversation; only they can reply" in response.content.decode()
    else:  # refused at the door: in the page's message area
        assert response["HX-Retarget"] == "#flash"
        assert "taking over conversations needs the support or manager role" in response.content.decode()


def test_a_reply_before_claiming_is_refused_with_a_reason(people):
    escalation = escalate()
    response = client_for(people["support"]).post(
        escalation_url("reply", escalation), {"text": "Hello"}, headers=HTMX
    )
    assert response.status_code == 409
    assert "claim this conversation before you reply" in response.content.decode()
    assert not Message.objects.filter(conversation=escalation.conversation, role="human_agent").exists()


def test_an_empty_reply_is_refused_and_nothing_is_stored(people, claimed):
    response = client_for(people["support"]).post(
        escalation_url("reply", claimed), {"text": "   "}, headers=HTMX
    )
    assert response.status_code == 422
    assert not Message.objects.filter(conversation=claimed.conversation, role="human_agent").exists()


@pytest.mark.parametrize("who", ["support2", "qa", "anonymous"])
def test_note_by_three_people(people, claimed, who):
    response = client_for(people.get(who)).post(
        escalation_url("note", claimed), {"text": "Refunded $20 last week already."}, headers=HTMX
    )
    notes = list(InternalNote.objects.filter(escalation=claimed).values_list("author_name", "text"))
    if who == "support2":  # a colleague may leave a note on someone else's conversation
        assert response.status_code == 200
        assert notes == [("Tom", "Refunded $20 last week already.")]
        html = response.content.decode()
        assert 'data-testid="transcript-note"' in html
        # Never sent to the customer: no message was written.
        assert not Message.objects.filter(
            conversation=claimed.conversation, text__contains="Refunded $20"
        ).exists()
        return
    assert notes == []
    if who == "qa":
        assert response.status_code == 403


@pytest.mark.parametrize("who", ["support", "support2", "qa", "anonymous"])
def test_hand_back_by_three_people_and_a_colleague(people, claimed, who):
    response = client_for(people.get(who)).post(
        escalation_url("hand_back", claimed), {"note": "Refund approved; tell them 5-7 days."}, headers=HTMX
    )
    claimed.refresh_from_db()
    conversation = Conversation.objects.get(pk=claimed.conversation_id)
    if who == "support":
        assert response.status_code == 200
        assert (claimed.status, conversation.holder) == ("handed_back", "bot")
        assert conversation.handback_note == "Refund approved; tell them 5-7 days."
        assert conversation.handback_reason == "looping"
        html = response.content.decode()
        assert (
            "Sam handed the conversation back to the bot — note for the bot: "
            "“Refund approved; tell them 5-7 days.”" in html
        )
        assert "The bot has this conversation again." in html
        return
    assert (claimed.status, conversation.holder, conversation.handback_note) == ("claimed", "human", "")
    assert audit_actions("escalation", claimed.pk) == ["claim"]
    if who in ("support2", "qa"):
        assert response.status_code == 403


@pytest.mark.parametrize("who", ["support", "qa", "anonymous"])
def test_resolve_by_three_people(people, claimed, who):
    response = client_for(people.get(who)).post(
        escalation_url("resolve", claimed), {"note": "Sorted."}, headers=HTMX
    )
    claimed.refresh_from_db()
    if who == "support":
        assert response.status_code == 200
        assert claimed.status == "resolved"
        assert audit_actions("escalation", claimed.pk) == ["claim", "resolve"]
        return
    assert claimed.status == "claimed"
    assert audit_actions("escalation", claimed.pk) == ["claim"]


def test_after_a_hand_back_the_page_says_the_bot_has_it(people, claimed):
    do_hand_back(claimed, people["support"], "all good")
    html = client_for(people["support"]).get(escalation_url("escalation", claimed)).content.decode()
    assert 'data-testid="escalation-status">Handed back<' in html
    assert "The bot has this conversation again." in html
    assert 'data-testid="claim-button"' not in html


def test_canned_replies_come_with_the_composer(people, claimed):
    CannedReply.objects.create(shortcut="refund-time", title="Refund timing", text="Refunds take 5-7 days.")
    html = client_for(people["support"]).get(escalation_url("escalation", claimed)).content.decode()
    canned = '[{"shortcut": "refund-time", "title": "Refund timing", "text": "Refunds take 5-7 days."}]'
    assert f'<script id="canned-replies" type="application/json">{canned}</script>' in html
    assert 'data-canned-insert="refund-time"' in html


# --- approvals ------------------------------------------------------------------------------------


def _decision_post(approval: ApprovalRequest, **fields) -> dict:
    return {"seen_arguments_hash": approval.approved_arguments_hash, **fields}


@pytest.mark.parametrize("who", ["manager", "support", "anonymous"])
def test_approve_by_three_people(people, who, django_capture_on_commit_callbacks):
    approval = park_refund()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(people.get(who)).post(
            approval_url("approve", approval), _decision_post(approval), headers=HTMX
        )
    approval.refresh_from_db()
    if who == "manager":
        assert response.status_code == 200
        assert (approval.status, approval.decided_by) == ("executed", "maria")
        assert agents_for_tests.CALLS == [("console_refund", {"order_id": 1234, "amount": "40.00"})]
        # Answered before the execution (queued after the commit); the panel then shows the outcome.
        assert 'data-testid="decision-notice">Approved. It runs in a moment.<' in response.content.decode()
        panel = client_for(people["manager"]).get(approval_url("decision", approval)).content.decode()
        assert "Approved by <strong>maria</strong>" in panel
        assert '<p class="result-headline">Refunded $40.00 on order 1234.</p>' in panel
        assert 'data-testid="approve-button"' not in panel
        return
    assert (approval.status, approval.decided_by) == ("pending", "")
    assert agents_for_tests.CALLS == []
    assert audit_actions("approval", approval.pk) == []
    if who == "support":
        assert response.status_code == 403
        assert b"deciding approvals needs the manager role" in response.content


@pytest.mark.parametrize("who", ["manager", "qa", "anonymous"])
def test_reject_by_three_people(people, who, django_capture_on_commit_callbacks):
    approval = park_refund()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(people.get(who)).post(
            approval_url("reject", approval),
            _decision_post(approval, reason="Past the return window."),
            headers=HTMX,
        )
    approval.refresh_from_db()
    if who == "manager":
        assert response.status_code == 200
        assert (approval.status, approval.decision_reason) == ("rejected", "Past the return window.")
        assert "Rejected by <strong>maria</strong>: “Past the return window.”" in response.content.decode()
    else:
        assert (approval.status, approval.decision_reason) == ("pending", "")
        assert audit_actions("approval", approval.pk) == []
    assert agents_for_tests.CALLS == []


def test_a_rejection_without_a_reason_is_refused_in_place(people):
    approval = park_refund()
    response = client_for(people["manager"]).post(
        approval_url("reject", approval), _decision_post(approval), headers=HTMX
    )
    assert response.status_code == 422
    assert "a rejection needs a reason" in response.content.decode()
    assert ApprovalRequest.objects.get(pk=approval.pk).status == "pending"


def _edit_post(approval: ApprovalRequest, amount: str, reason: str = "Only the kettle.") -> dict:
    return _decision_post(approval, **{"arg-order_id": "1234", "arg-amount": amount, "reason": reason})


@pytest.mark.parametrize("who", ["manager", "support", "anonymous"])
def test_edit_and_approve_by_three_people(people, who, django_capture_on_commit_callbacks):
    approval = park_refund()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(people.get(who)).post(
            approval_url("edit", approval), _edit_post(approval, "30.00"), headers=HTMX
        )
    approval.refresh_from_db()
    if who == "manager":
        assert response.status_code == 200
        assert approval.arguments == {"order_id": 1234, "amount": "40.00"}  # what the agent asked, kept
        assert approval.approved_arguments == {"order_id": 1234, "amount": "30.00"}
        assert (approval.status, approval.edit_reason, approval.edited_by) == (
            "executed",
            "Only the kettle.",
            "maria",
        )
        assert agents_for_tests.CALLS == [("console_refund", {"order_id": 1234, "amount": "30.00"})]
        html = response.content.decode()
        # Side by side: asked 40.00, runs 30.00.
        assert '<td class="arg-value" data-testid="argument-asked">40.00</td>' in html
        assert '<td class="arg-value arg-value--run" data-testid="argument-to-run">30.00</td>' in html
        return
    assert (approval.status, approval.approved_arguments) == (
        "pending",
        {"order_id": 1234, "amount": "40.00"},
    )
    assert agents_for_tests.CALLS == []
    assert audit_actions("approval", approval.pk) == []


def test_an_edit_is_validated_by_the_form_then_by_the_tool(people):
    approval = park_refund()
    client = client_for(people["manager"])
    response = client.post(approval_url("edit", approval), _edit_post(approval, "lots"), headers=HTMX)
    assert response.status_code == 422
    assert '<span class="field-error">Enter a number.</span>' in response.content.decode()
    response = client.post(approval_url("edit", approval), _edit_post(approval, "-5"), headers=HTMX)
    assert response.status_code == 422
    assert "the edited arguments are not valid for console_refund" in response.content.decode()
    response = client.post(
        approval_url("edit", approval), _edit_post(approval, "30.00", reason=""), headers=HTMX
    )
    assert response.status_code == 422
    assert "say why you changed the arguments" in response.content.decode()
    approval.refresh_from_db()
    assert (approval.status, approval.approved_arguments) == (
        "pending",
        {"order_id": 1234, "amount": "40.00"},
    )


def test_a_stale_page_cannot_approve_arguments_someone_else_changed(
    people, settings, django_capture_on_commit_callbacks
):
    settings.HANDRAIL_TWO_PERSON_APPROVAL_ABOVE = 10  # 40.00 needs two managers
    approval = park_refund()
    assert approval.required_approvals == 2
    seen_by_lee = approval.approved_arguments_hash
    maria = client_for(people["manager"])
    response = maria.post(approval_url("edit", approval), _edit_post(approval, "30.00"), headers=HTMX)
    assert response.status_code == 200
    assert "A second manager must approve" in response.content.decode()
    approval.refresh_from_db()
    assert (approval.status, approval.first_approved_by) == ("pending", "maria")

    lee = client_for(people["manager2"])
    stale = lee.post(approval_url("approve", approval), {"seen_arguments_hash": seen_by_lee}, headers=HTMX)
    assert stale.status_code == 409
    assert "this approval changed while you were looking at it" in stale.content.decode()
    approval.refresh_from_db()
    assert (approval.status, approval.decided_by) == ("pending", "")
    assert agents_for_tests.CALLS == []

    page = lee.get(approval_url("approval", approval)).content.decode()
    assert 'data-testid="approval-progress">' in page and "1 of 2 done by maria" in page
    with django_capture_on_commit_callbacks(execute=True):
        fresh = lee.post(approval_url("approve", approval), _decision_post(approval), headers=HTMX)
    assert fresh.status_code == 200
    approval.refresh_from_db()
    assert (approval.status, approval.decided_by) == ("executed", "lee")
    assert agents_for_tests.CALLS == [("console_refund", {"order_id": 1234, "amount": "30.00"})]


def test_the_first_approver_cannot_be_the_second(people, settings):
    settings.HANDRAIL_TWO_PERSON_APPROVAL_ABOVE = 10
    approval = park_refund()
    maria = client_for(people["manager"])
    assert (
        maria.post(approval_url("approve", approval), _decision_post(approval), headers=HTMX).status_code
        == 200
    )
    page = maria.get(approval_url("approval", approval)).content.decode()
    assert 'data-testid="approve-button"' not in page
    assert "You gave the first approval." in page
    again = maria.post(approval_url("approve", approval), _decision_post(approval), headers=HTMX)
    assert again.status_code == 409
    assert "a second manager must approve amounts this large" in again.content.decode()


def test_deciding_twice_is_refused_with_who_decided(people, django_capture_on_commit_callbacks):
    approval = park_refund()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(people["manager"]).post(
            approval_url("approve", approval), _decision_post(approval), headers=HTMX
        )
    late = client_for(people["admin"]).post(
        approval_url("reject", approval), _decision_post(approval, reason="no"), headers=HTMX
    )
    assert late.status_code == 409
    assert "this approval was already executed by maria" in late.content.decode()
    assert agents_for_tests.CALLS == [("console_refund", {"order_id": 1234, "amount": "40.00"})]


def test_without_htmx_a_decision_redirects_back_with_its_message(people):
    approval = park_refund()
    response = client_for(people["manager"]).post(
        approval_url("reject", approval), _decision_post(approval, reason="Duplicate request."), follow=True
    )
    assert response.redirect_chain == [(approval_url("approval", approval), 302)]
    assert "Rejected. The agent tells the customer why." in response.content.decode()


# --- presenters: what people read -----------------------------------------------------------------


def test_values_read_as_text_not_json():
    assert presenters.value_text(None) == "—"
    assert presenters.value_text(True) == "Yes"
    assert presenters.value_text(["a", 2]) == "a, 2"
    assert presenters.value_text([{"a": 1}, {"b": 2}]) == "2 items"
    assert presenters.value_text({"carrier": "DHL", "eta": None}) == "carrier: DHL, eta: —"
    assert presenters.value_text("x" * 200, limit=10) == "xxxxxxxxx…"


def test_a_tool_result_reads_as_its_summary_and_a_few_fields():
    assert presenters.result_lines({"summary": "Order 7 is shipped.", "status": "shipped"}) == (
        "Order 7 is shipped.",
        [("status", "shipped")],
    )
    assert presenters.result_lines(
        {"code": "not_found", "retryable": False, "message": "no order 9"}, is_error=True
    ) == ("no order 9", [("code", "not_found")])


def test_a_loop_in_the_reasoning_is_folded_into_one_block():
    lines = presenters.reasoning_lines(
        "Routed as orders -> execute\n" + "Model: Checking.\nModel asked for: fetch_order\n" * 3
    )
    assert [(line.label, line.text, line.repeats, line.repeated) for line in lines] == [
        ("", "Routed as orders → execute", 1, False),
        ("Model", "Checking.", 3, True),
        ("Model asked for", "fetch_order", 1, True),
    ]


def test_audit_changes_show_before_and_after_of_what_changed():
    before = {"status": "pending", "arguments": {"order_id": 1, "amount": "40.00"}, "first_approved_by": ""}
    after = {
        "status": "approved",
        "arguments": {"order_id": 1, "amount": "30.00"},
        "first_approved_by": "",
        "reason": "kettle",
    }
    assert presenters.audit_changes(before, after) == [
        ("status", "pending", "approved"),
        ("arguments.amount", "40.00", "30.00"),
        ("reason", "", "kettle"),
    ]


def test_viewing_text():
    assert presenters.viewing_text([]) == ""
    assert presenters.viewing_text(["Sam"]) == "Sam is viewing"
    assert presenters.viewing_text(["Sam", "Maria"]) == "Sam and Maria are viewing"
    assert presenters.viewing_text(["A", "B", "C", "D"]) == "A, B and 2 others are viewing"


def test_the_audit_log_names_approvals_and_shows_edits_as_before_and_after(
    people, django_capture_on_commit_callbacks
):
    approval = park_refund()
    escalation = escalate()
    do_claim_escalation(escalation, people["support"])
    client_for(people["support"]).post(escalation_url("reply", escalation), {"text": "On it."}, headers=HTMX)
    with django_capture_on_commit_callbacks(execute=True):
        client_for(people["manager"]).post(approval_url("edit", approval), _edit_post(approval, "30.00"))
    html = client_for(people["manager"]).get(reverse("console:audit")).content.decode()
    assert f'<a href="{approval_url("approval", approval)}">console_refund $30.00</a>' in html
    assert '<span class="action-pill action--edit_and_approve">Edited and approved</span>' in html
    arrow = '<span class="change-arrow" aria-label="changed to">→</span>'
    assert (
        '<li><span class="change-key">arguments.amount</span> <span class="change-old">40.00</span> '
        f'{arrow} <span class="change-new">30.00</span></li>'
    ) in html
    assert '<span class="change-key">text</span> <span class="change-new">On it.</span>' in html
    assert "message_id" not in html


@pytest.mark.parametrize(
    ("title", "key", "label"),
    [
        ("Order Id", "order_id", "Order ID"),
        (None, "new_email", "New email"),
        ("Idempotent", "x", "Idempotent"),
    ],
)
def test_argument_labels_read_as_a_person_writes_them(title, key, label):
    from console.operator.presenters import argument_label

    assert argument_label(title, key) == label


def test_the_audit_log_links_alerts_rules_prices_and_runs_to_their_pages(people):
    from tracing.models import AuditEntry

    run_id = "0f8fad5b-d9cb-469f-a165-70867728950e"
    for target_type, target_id in (
        ("alert", "7"),
        ("alert_rule", "3"),
        ("model_price", "gpt-4o"),
        ("run", run_id),
        ("alert", "not-a-number"),  # an odd id is shown, never a broken link
    ):
        AuditEntry.objects.create(
            actor_name="ada", action="edit", target_type=target_type, target_id=target_id
        )
    html = client_for(people["admin"]).get(reverse("console:audit")).content.decode()
    assert f'<a href="{reverse("console:alert", args=[7])}">alert 7</a>' in html
    assert f'<a href="{reverse("console:alert_rule", args=[3])}">alert rule 3</a>' in html
    assert f'<a href="{reverse("console:prices")}">price gpt-4o</a>' in html
    assert f'<a href="{reverse("console:run", args=[run_id])}">run 0f8fad5b</a>' in html
    assert "alert not-a-number" in html
