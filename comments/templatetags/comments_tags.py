"""`{% comments_section thread %}`: a thread's comments and Leave a Reply form, server-rendered."""

from __future__ import annotations

from typing import Any

from django import template
from django.http import HttpRequest

from comments import authorship
from comments.forms import CommentForm
from comments.models import MAX_DEPTH, Comment, Thread
from comments.picks import MAX_PICKS
from comments.tree import build_tree

register = template.Library()


@register.inclusion_tag("comments/section.html", takes_context=True)
def comments_section(context: template.Context, thread: Thread | str) -> dict[str, Any]:
    if not isinstance(thread, Thread):
        thread = Thread.objects.get(key=thread)
    request: HttpRequest = context["request"]
    own_ids = authorship.own_comment_ids(request)
    comments = list(
        Comment.objects.filter(thread=thread).visible_to_author(own_ids).in_reading_order()
    )
    form = context.get("comment_form")
    if not isinstance(form, CommentForm) or form.thread_obj.pk != thread.pk:
        form = CommentForm(thread=thread, initial={"parent": _reply_to_id(request, comments)})
    replying_to = _replying_to(form, comments)
    return {
        "request": request,
        "thread": thread,
        "tree": build_tree(comments),
        "picks": [c for c in comments if c.featured and c.is_published][:MAX_PICKS],
        "published_count": sum(1 for comment in comments if comment.is_published),
        "form": form,
        "form_error": context.get("comment_form_error", ""),
        "replying_to": replying_to,
        "max_depth": MAX_DEPTH,
        "closed": not thread.accepts_comments,
        "csrf_token": context.get("csrf_token"),
    }


def _reply_to_id(request: HttpRequest, comments: list[Comment]) -> int | None:
    """The `?replytocom=ID` of a Reply link, when it names a comment one may reply to here."""
    raw = request.GET.get("replytocom", "")
    if not raw.isdigit():
        return None
    wanted = int(raw)
    for comment in comments:
        if comment.pk == wanted and comment.is_published and comment.depth < MAX_DEPTH:
            return wanted
    return None


def _replying_to(form: CommentForm, comments: list[Comment]) -> Comment | None:
    raw = form["parent"].value()
    if raw in (None, ""):
        return None
    try:
        wanted = int(raw)
    except (TypeError, ValueError):
        return None
    return next((comment for comment in comments if comment.pk == wanted), None)
