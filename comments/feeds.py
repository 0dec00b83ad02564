"""Atom feeds of published comments: one article's, and the whole site's.

What a feed holds is what the article page shows to any reader: the author's name, the text and
the time of published comments. Never an email, an address or a held comment. The text is a
commenter's, so it goes out escaped: Atom's summary is HTML to the reader's feed reader, and
markup typed into a comment must arrive there as the characters that were typed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, SyndicationFeed
from django.utils.html import linebreaks
from django.utils.translation import gettext as _

from comments.models import Comment, Thread

# Entries in one feed: the newest published comments.
FEED_ITEMS = 50
# Seconds a feed reader or a shared cache may keep a feed before asking again.
FEED_MAX_AGE = 300


def latest_published() -> QuerySet[Comment]:
    return Comment.objects.published().select_related("thread").order_by("-created", "-pk")


class CommentFeed(Feed[Comment, Any]):
    """The entries every comment feed shares: name, escaped text, permalink, dates."""

    feed_type = Atom1Feed

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().__call__(request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=FEED_MAX_AGE)
        return response

    def get_feed(self, obj: Any, request: HttpRequest) -> SyndicationFeed:
        feed = super().get_feed(obj, request)
        # The feed's id is its own address: the default (the article's address) would give the
        # site's feed and the front page article's feed one id.
        feed.feed["id"] = feed.feed["feed_url"]
        return feed

    def item_title(self, item: Comment) -> str:
        # Atom titles are plain text: no escaping here, the XML writer does it.
        return item.author_name

    def item_description(self, item: Comment) -> str:
        return linebreaks(item.content, autoescape=True)

    def item_link(self, item: Comment) -> str:
        return item.get_absolute_url()

    def item_author_name(self, item: Comment) -> str:
        return item.author_name

    def item_pubdate(self, item: Comment) -> datetime:
        return item.created

    def item_updateddate(self, item: Comment) -> datetime:
        # Authors' edits keep no time of their own; the comment's time is the best there is.
        return item.created


class ThreadCommentsFeed(CommentFeed):
    """The latest published comments of one article. A closed thread keeps its feed: its
    comments are still on the page."""

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Thread:
        return Thread.objects.get_by_key_or_404(kwargs.get("key"))

    def title(self, obj: Thread) -> str:
        return _("Comments on “%(article)s”") % {"article": obj.title or obj.key}

    def subtitle(self, obj: Thread) -> str:
        return _("The latest published comments on this article.")

    def link(self, obj: Thread) -> str:
        return obj.get_absolute_url()

    def items(self, obj: Thread) -> QuerySet[Comment]:
        return latest_published().filter(thread=obj)[:FEED_ITEMS]


class SiteCommentsFeed(CommentFeed):
    """The latest published comments of every article."""

    def title(self) -> str:
        return _("Latest comments")

    def subtitle(self) -> str:
        return _("The latest published comments on every article.")

    def link(self) -> str:
        return reverse("comments:home")

    def item_title(self, item: Comment) -> str:
        thread = item.thread
        return _("%(name)s on “%(article)s”") % {
            "name": item.author_name,
            "article": thread.title or thread.key,
        }

    def items(self) -> QuerySet[Comment]:
        return latest_published()[:FEED_ITEMS]
