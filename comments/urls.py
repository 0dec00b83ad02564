from __future__ import annotations

from django.urls import path

from comments.views import avatars, email_moderation, pages, posting, reporting

app_name = "comments"

urlpatterns = [
    path("", pages.article, name="home"),
    path("articles/<str:key>/", pages.article, name="article"),
    path("comments/post/", posting.post_comment, name="post"),
    path("avatars/<str:key>.svg", avatars.identicon, name="avatar"),
    path("comments/<int:pk>/report/", reporting.report_comment, name="report"),
    path(
        "moderation/email/<str:token>/",
        email_moderation.moderate_from_email,
        name="email-moderate",
    ),
]
