from django.contrib import admin
from django.urls import include, path

from console.api import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("chat/", include("console.chat.urls")),
    path("console/", include("console.operator.urls")),
]
