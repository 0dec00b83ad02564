from __future__ import annotations

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from comments.api import campaign_views, commenter_views, model_views, views
from comments.api.count_views import ThreadCountsView

app_name = "api"

urlpatterns = [
    path("comments/", views.CommentListCreateView.as_view(), name="comments"),
    path("comments/token/", views.FormTokenView.as_view(), name="form-token"),
    path("comments/<int:pk>/", views.CommentDetailView.as_view(), name="comment"),
    path("comments/<int:pk>/report/", views.CommentReportView.as_view(), name="comment-report"),
    path("threads/counts/", ThreadCountsView.as_view(), name="thread-counts"),
    path("moderation/comments/", views.ModerationQueueView.as_view(), name="moderation-queue"),
    path(
        "moderation/comments/<int:pk>/<str:action>/",
        views.ModerationActionView.as_view(),
        name="moderation-action",
    ),
    path("moderation/campaigns/", campaign_views.CampaignListView.as_view(), name="campaigns"),
    path(
        "moderation/campaigns/<int:pk>/<str:action>/",
        campaign_views.CampaignReviewView.as_view(),
        name="campaign-review",
    ),
    path("moderation/bans/", views.BanListCreateView.as_view(), name="bans"),
    path("moderation/bans/<int:pk>/", views.BanDetailView.as_view(), name="ban"),
    path(
        "moderation/authors/<str:digest>/",
        commenter_views.CommenterView.as_view(),
        name="commenter",
    ),
    path(
        "moderation/authors/<str:digest>/notes/",
        commenter_views.CommenterNotesView.as_view(),
        name="commenter-notes",
    ),
    path("moderation/threads/", views.ThreadCreateView.as_view(), name="thread-create"),
    path(
        "moderation/threads/<str:key>/", views.ThreadSettingsView.as_view(), name="thread-settings"
    ),
    path(
        "moderation/threads/<str:key>/<str:action>/",
        views.ThreadOpenCloseView.as_view(),
        name="thread-open-close",
    ),
    path(
        "moderation/models/<int:pk>/shadow/",
        model_views.ShadowCheckView.as_view(),
        name="model-shadow",
    ),
    path(
        "moderation/models/<int:pk>/activate/",
        model_views.ActivateModelView.as_view(),
        name="model-activate",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
]
