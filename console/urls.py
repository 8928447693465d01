from django.contrib import admin
from django.urls import include, path

from console.api import api
from console.metrics import metrics_view

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("chat/", include("console.chat.urls")),
    path("console/", include("console.operator.urls")),
    # Prometheus scrapes here: a bearer token (HANDRAIL_METRICS_TOKEN) or a signed-in member of staff.
    path("metrics", metrics_view, name="metrics"),
]
