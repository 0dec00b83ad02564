from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from comments.views import health

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("comments.api.urls")),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", health.metrics_view, name="metrics"),
    path("", include("comments.urls")),
]

handler400 = "comments.views.errors.bad_request"
handler403 = "comments.views.errors.permission_denied"
handler404 = "comments.views.errors.page_not_found"
handler500 = "comments.views.errors.server_error"
