"""The operator console's pages, mounted at /console/ (console/urls.py)."""

from django.urls import path

from console.operator import views

app_name = "console"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("login/", views.login, name="login"),
    path("logout/", views.logout, name="logout"),
    path("waiting/", views.waiting_badge, name="waiting"),
    path("escalations/<int:escalation_id>/", views.escalation, name="escalation"),
    path("escalations/<int:escalation_id>/header/", views.escalation_header, name="escalation_header"),
    path("escalations/<int:escalation_id>/transcript/", views.escalation_transcript, name="transcript"),
    path("escalations/<int:escalation_id>/claim/", views.claim, name="claim"),
    path("escalations/<int:escalation_id>/reply/", views.reply, name="reply"),
    path("escalations/<int:escalation_id>/note/", views.note, name="note"),
    path("escalations/<int:escalation_id>/hand-back/", views.hand_back, name="hand_back"),
    path("escalations/<int:escalation_id>/resolve/", views.resolve, name="resolve"),
    path("approvals/<uuid:approval_id>/", views.approval, name="approval"),
    path("approvals/<uuid:approval_id>/decision/", views.approval_decision, name="decision"),
    path("approvals/<uuid:approval_id>/approve/", views.approve, name="approve"),
    path("approvals/<uuid:approval_id>/reject/", views.reject, name="reject"),
    path("approvals/<uuid:approval_id>/edit/", views.edit_and_approve, name="edit"),
    path("audit/", views.audit, name="audit"),
]
