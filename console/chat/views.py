"""The chat pages. Thin: each view checks who is asking and calls one action; the page itself talks
to the runtime over the socket (console.chat.consumers)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET, require_POST

from agents.errors import InputError
from console.chat import actions
from console.chat.identity import (
    forget_sign_in,
    identity_from_session,
    remember_conversation,
    remember_sign_in,
)


def _sign_in_page(request: HttpRequest, *, error: str = "", status: int = 200) -> HttpResponse:
    context = {"customers": actions.demo_customers(), "error": error, "identity": None}
    return render(request, "chat/sign_in.html", context, status=status)


@require_GET
@xframe_options_sameorigin
def chat_home(request: HttpRequest) -> HttpResponse:
    identity = identity_from_session(request.session)
    if identity is None:
        return _sign_in_page(request)
    conversation = actions.latest_chat_conversation(identity)
    if conversation is None:
        return render(request, "chat/sign_in.html", {"identity": identity})
    return redirect("chat:conversation", conversation_id=conversation.pk)


@require_POST
def sign_in(request: HttpRequest) -> HttpResponse:
    try:
        customer_ref, name = actions.check_customer_choice(request.POST.get("customer"))
    except InputError as exc:
        return _sign_in_page(request, error=exc.message, status=422)
    # A new session key at sign-in: a key planted before it (session fixation) signs nobody in.
    request.session.cycle_key()
    remember_sign_in(request.session, customer_ref, name)
    identity = identity_from_session(request.session)
    assert identity is not None
    conversation = actions.latest_chat_conversation(identity) or actions.do_start_chat(identity)
    remember_conversation(request.session, conversation.pk)
    return redirect("chat:conversation", conversation_id=conversation.pk)


@require_POST
def new_chat(request: HttpRequest) -> HttpResponse:
    identity = identity_from_session(request.session)
    if identity is None:
        return redirect("chat:home")
    conversation = actions.do_start_chat(identity)
    remember_conversation(request.session, conversation.pk)
    return redirect("chat:conversation", conversation_id=conversation.pk)


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    forget_sign_in(request.session)
    return redirect("chat:home")


@require_GET
@xframe_options_sameorigin
def conversation_page(request: HttpRequest, conversation_id: uuid.UUID) -> HttpResponse:
    identity = identity_from_session(request.session)
    if identity is None:
        return redirect("chat:home")
    try:
        conversation = actions.access_chat_conversation(conversation_id, identity)
    except InputError:
        return render(request, "chat/not_found.html", {"identity": identity}, status=404)
    config = {
        "conversationId": str(conversation.pk),
        "socketPath": f"/ws/chat/{conversation.pk}/",
        "homeUrl": reverse("chat:home"),
        "customerName": identity.first_name,
        "maxChars": settings.HANDRAIL_MAX_MESSAGE_CHARS,
        **actions.chat_history(conversation),
    }
    context = {
        "identity": identity,
        "config": config,
        "suggestions": actions.suggested_questions(identity),
    }
    return render(request, "chat/chat.html", context)
