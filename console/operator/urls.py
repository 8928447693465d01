"""The operator console's pages, mounted at /console/ (console/urls.py)."""

from django.urls import path

from console.operator import alert_views, dashboard_views, price_views, replay_views, trace_views, views

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
    path("dashboard/", dashboard_views.dashboard, name="dashboard"),
    path("runs/", trace_views.runs, name="runs"),
    path("runs/<uuid:run_id>/", trace_views.run, name="run"),
    path("runs/<uuid:run_id>/live/", trace_views.run_live, name="run_live"),
    path("runs/<uuid:run_id>/spans/<str:key>/", trace_views.run_span, name="run_span"),
    path("runs/<uuid:run_id>/replay/", replay_views.run_replay, name="run_replay"),
    path("prices/", price_views.prices, name="prices"),
    path("prices/add/", price_views.price_add, name="price_add"),
    path("prices/<int:price_id>/edit/", price_views.price_edit, name="price_edit"),
    path("prices/<int:price_id>/delete/", price_views.price_delete, name="price_delete"),
    path("prices/reprice/", price_views.reprice, name="reprice"),
    path("alerts/", alert_views.alert_list, name="alerts"),
    path("alerts/badge/", alert_views.alerts_badge, name="alerts_badge"),
    path("alerts/<int:alert_id>/", alert_views.alert_detail, name="alert"),
    path("alerts/<int:alert_id>/toast/", alert_views.alert_toast, name="alert_toast"),
    path("alerts/<int:alert_id>/acknowledge/", alert_views.acknowledge, name="alert_acknowledge"),
    path("alerts/rules/<int:rule_id>/", alert_views.rule_edit, name="alert_rule"),
]
