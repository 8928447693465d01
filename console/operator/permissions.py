"""Who may open a console page: signed in (else the login page) with a staff role (else a 403 page).

This is the door. What a person may *do* behind it is checked again by each action
(`roles.require` inside reviews.actions and agents.actions), so a view that forgot a check still
cannot claim, reply or approve for someone without the role.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect, reswap, retarget

from agents import roles


def console_view(capability: roles.Capability = roles.Capability.VIEW_CONSOLE) -> Callable:
    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            if not user.is_authenticated:
                if getattr(request, "htmx", False):
                    # A partial asked for after the session ended: send the whole tab to the login.
                    return HttpResponseClientRedirect(_login_url(request))
                # After signing in, a GET comes back to its page; a POST (a form of a page whose session
                # ended) to the inbox, not to its action URL.
                return redirect_to_login(
                    request.get_full_path() if request.method == "GET" else reverse("console:inbox")
                )
            if not roles.can(user, capability):
                return forbidden(request, roles.DENIED_MESSAGES[capability])
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def _login_url(request: HttpRequest) -> str:
    return redirect_to_login(request.headers.get("HX-Current-URL") or request.get_full_path()).url


def forbidden(request: HttpRequest, message: str) -> HttpResponse:
    if getattr(request, "htmx", False):
        # Into the page's message area, whatever part the request meant to replace.
        response = render(request, "console/_alert.html", {"message": message, "tone": "error"}, status=403)
        return reswap(retarget(response, "#flash"), "innerHTML")
    return render(request, "console/forbidden.html", {"message": message}, status=403)
