"""Reviews: the human side of the runtime's escalations and approvals (internal notes, canned
replies); QA and evals come later. Escalations and approval requests themselves live in `agents`,
because the runtime creates them while it parks or hands a run over."""

from django.conf import settings
from django.db import models


class InternalNote(models.Model):
    """A note staff leave on an escalated conversation. The customer never sees it; the bot does not
    read it either (a hand-back note is the one way to tell the bot something)."""

    escalation = models.ForeignKey("agents.Escalation", on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_name = models.CharField(max_length=150)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"note by {self.author_name}"


class CannedReply(models.Model):
    """A prepared answer a support agent inserts and edits before sending. `shortcut` is what they
    type after a slash in the reply box ("/refund-time")."""

    shortcut = models.SlugField(max_length=40, unique=True)
    title = models.CharField(max_length=120)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return f"/{self.shortcut}"
