from __future__ import annotations

from django.urls import path

from comments.feeds import SiteCommentsFeed, ThreadCommentsFeed
from comments.views import avatars, email_moderation, follow_ups, pages, posting, reporting

app_name = "comments"

urlpatterns = [
    path("", pages.article, name="home"),
    path("articles/<str:key>/", pages.article, name="article"),
    path("feeds/", SiteCommentsFeed(), name="feed"),
    path("feeds/<str:key>/", ThreadCommentsFeed(), name="thread-feed"),
    path("comments/post/", posting.post_comment, name="post"),
    path("avatars/<str:key>.svg", avatars.identicon, name="avatar"),
    path("comments/<int:pk>/", pages.comment_permalink, name="permalink"),
    path("comments/<int:pk>/report/", reporting.report_comment, name="report"),
    path(
        "moderation/email/<str:token>/",
        email_moderation.moderate_from_email,
        name="email-moderate",
    ),
    path("follow-ups/confirm/<str:token>/", follow_ups.confirm, name="follow-up-confirm"),
    path(
        "follow-ups/unsubscribe/<str:token>/",
        follow_ups.unsubscribe,
        name="follow-up-unsubscribe",
    ),
]
