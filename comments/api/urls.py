from __future__ import annotations

from django.urls import path

from comments.api import views

app_name = "api"

urlpatterns = [
    path("comments/token/", views.FormTokenView.as_view(), name="form-token"),
]
