"""`{% comments_section thread %}`: a thread's comments and Leave a Reply form, server-rendered.

The list of comments is the same for every reader of a page, so it is rendered once per
(thread version, page, order, language) and kept in the read cache (comments.read_cache): a
thread that did not change costs one cache round trip, however many comments it has. Around it,
per request: the form with its CSRF token and errors. A reader who has comments of their own
waiting for moderation, or who has just posted, gets a list rendered for them alone, with
those comments in it and nothing of it cached.
"""

from __future__ import annotations

from typing import Any

from django import forms, template
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.formats import number_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from comments import authorship, blank_form, comment_pages, comment_text, read_cache
from comments.forms import CONTENT_MAX_LENGTH, CommentForm
from comments.models import MAX_DEPTH, Comment, Thread
from comments.picks import MAX_PICKS
from moderation import tokens

register = template.Library()

POSTED_PARAMETER = "posted"


@register.inclusion_tag("comments/section.html", takes_context=True)
def comments_section(context: template.Context, thread: Thread | str) -> dict[str, Any]:
    if not isinstance(thread, Thread):
        thread = Thread.objects.get(key=thread)
    request: HttpRequest = context["request"]
    own_ids = authorship.own_comment_ids(request)
    closed = not thread.accepts_comments
    form_error: str = context.get("comment_form_error") or ""
    form_notice: str = context.get("comment_form_notice") or ""
    csrf_token = context.get("csrf_token")
    form = context.get("comment_form")
    if not isinstance(form, CommentForm) or form.thread_obj.pk != thread.pk:
        form = None
    reply_to = None if form else _reply_to_id(request, thread)
    if form is None and reply_to is None and not form_error and csrf_token is not None:
        # The form most readers get: this process's copy (comments.blank_form).
        form_html = "" if closed else _blank_form_html(thread, str(csrf_token))
        replying_to = None
    else:
        form = form or CommentForm(thread=thread, initial={"parent": reply_to})
        form_html = "" if closed else _render_form(form, form_error, csrf_token, form_notice)
        replying_to = _replying_to(form, thread, own_ids)
    return {
        "request": request,
        "thread": thread,
        "comment_list": comment_list(request, thread, own_ids),
        "form_html": form_html,
        "form_error": form_error,
        # A closed thread keeps the text of a comment sent as it closed, for its author to copy.
        "unsent_text": _unsent_text(form),
        "replying_to": replying_to,
        "closed": closed,
        "content_max": CONTENT_MAX_LENGTH,
    }


def _unsent_text(form: CommentForm | None) -> str | None:
    if form is None or not form.is_bound:
        return None
    return str(form["content"].value() or "")


# The fields whose errors the summary at the top of the form lists, in the form's order.
SUMMARY_FIELDS = ("content", "author_name", "author_email", "author_url", "follow_up")


def _blank_form_html(thread: Thread, csrf_token: str) -> SafeString:
    return blank_form.blank_form(
        thread.key,
        lambda: _render_form(
            CommentForm(thread=thread, initial={"form_token": blank_form.FORM_TOKEN_PLACEHOLDER}),
            "",
            blank_form.CSRF_PLACEHOLDER,
        ),
        csrf_token,
        tokens.issue(thread.key),
    )


def _render_form(
    form: CommentForm, form_error: str, csrf_token: Any, form_notice: str = ""
) -> SafeString:
    return render_to_string(
        "comments/form.html",
        {
            "form": form,
            "form_error": form_error,
            "form_notice": form_notice,
            "summary_fields": [form[name] for name in SUMMARY_FIELDS if name in form.fields],
            "csrf_token": csrf_token,
            "content_limit": number_format(CONTENT_MAX_LENGTH, force_grouping=True),
        },
    )


def comment_list(request: HttpRequest, thread: Thread, own_ids: set[int]) -> SafeString:
    order = comment_pages.order_from(request.GET)
    asked = comment_pages.number_from(request.GET)
    closed = not thread.accepts_comments
    posted = _just_posted(request, own_ids)
    waiting = bool(own_ids) and (
        Comment.objects.filter(thread=thread, pk__in=own_ids)
        .exclude(status=Comment.Status.APPROVED)
        .exists()
    )
    if posted or waiting:
        return _render_list(thread, asked, order, closed, own_ids, posted)
    # The page number is clamped inside the render; the key holds the asked number, bounded
    # to six digits by number_from, and a page past the last renders as the last.
    part = f"page:{get_language()}:{order}:{asked or 1}:{thread.per_page}:{int(closed)}"
    html = read_cache.cached_page(
        thread.pk,
        part,
        lambda: _render_list(thread, asked, order, closed, set(), None).encode(),
    )
    return mark_safe(html.decode())  # noqa: S308 (rendered by our own template, escaped there)


def _render_list(
    thread: Thread,
    asked: int | None,
    order: str,
    closed: bool,
    own_ids: set[int],
    posted: int | None,
) -> SafeString:
    page = comment_pages.list_page(thread, asked, order, own_ids)
    published = Comment.objects.filter(thread=thread, status=Comment.Status.APPROVED)
    picks = list(published.filter(featured=True).in_reading_order()[:MAX_PICKS])
    context = {
        "thread": thread,
        "page": page,
        "tree": page.tree,
        "picks": picks,
        "published_count": published.count(),
        "max_depth": MAX_DEPTH,
        "closed": closed,
        "posted": posted,
        "page_query": comment_pages.query(page.number, order),
        "orders": [
            (value, comment_pages.query(1, value), value == order) for value in comment_pages.ORDERS
        ],
        "previous_query": page.previous and comment_pages.query(page.previous, order),
        "next_query": page.next and comment_pages.query(page.next, order),
    }
    return render_to_string("comments/comment_list.html", context)


def _just_posted(request: HttpRequest, own_ids: set[int]) -> int | None:
    """The comment this reader was sent back to after posting it (`?posted=ID`), if theirs."""
    raw = request.GET.get(POSTED_PARAMETER, "")
    return int(raw) if raw.isdigit() and int(raw) in own_ids else None


def _reply_to_id(request: HttpRequest, thread: Thread) -> int | None:
    """The `?replytocom=ID` of a Reply link, when it names a comment one may reply to here."""
    raw = request.GET.get("replytocom", "")
    if not raw.isdigit() or len(raw) > 18:
        return None
    parent = Comment.objects.filter(
        pk=int(raw), thread=thread, status=Comment.Status.APPROVED, depth__lt=MAX_DEPTH
    ).first()
    return parent.pk if parent else None


def _replying_to(form: CommentForm, thread: Thread, own_ids: set[int]) -> Comment | None:
    raw = form["parent"].value()
    if raw in (None, ""):
        return None
    try:
        wanted = int(raw)
    except (TypeError, ValueError):
        return None
    visible = Comment.objects.filter(thread=thread).visible_to_author(own_ids)
    return visible.filter(pk=wanted).first()


@register.filter
def comment_html(text: str) -> SafeString:
    """A comment's text: paragraphs, line breaks and http(s) links (comments.comment_text)."""
    return comment_text.as_html(text)


@register.filter
def described(field: forms.BoundField, note: str = "") -> SafeString:
    """The field's widget tied to what describes it (aria-describedby): the note shown with it
    (field.html's `note`), then its error when it has one (with aria-invalid). Whatever already
    described it stays first (the email keeps its "not published" notice)."""
    parts = [field.field.widget.attrs.get("aria-describedby", "")]
    attrs: dict[str, str | bool] = {}
    if note:
        parts.append(f"{field.auto_id}_note")
    if field.errors:
        parts.append(f"{field.auto_id}_error")
        attrs["aria-invalid"] = "true"
    described_by = " ".join(part for part in parts if part)
    if described_by:
        attrs["aria-describedby"] = described_by
    return field.as_widget(attrs=attrs)
