"""The article page with its comment section."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.loader import select_template
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control

from comments import authorship, comment_pages
from comments.forms import CommentForm
from comments.models import Comment, Thread

DEMO_THREAD_KEY = "demo-article"


def article(request: HttpRequest, key: str = DEMO_THREAD_KEY) -> HttpResponse:
    thread = Thread.objects.get_by_key_or_404(key)
    return render_thread_page(request, thread)


def comment_permalink(request: HttpRequest, pk: int) -> HttpResponse:
    """A comment's lasting address (Comment.get_absolute_url): the page of its thread that holds
    it, at the comment.

    The page moves as comments arrive (newest first, or a thread that grew past a page), so
    links in emails, feeds and editors' picks name the comment, not the page. A comment that is
    not published answers 404 (to its author too: their page shows it, held, from their
    cookie)."""
    comment = (
        Comment.objects.select_related("thread")
        .filter(pk=pk, status=Comment.Status.APPROVED)
        .first()
    )
    if comment is None:
        raise Http404("No such comment")
    return HttpResponseRedirect(page_address(comment))


def page_address(comment: Comment, base: str = "", **extra: str | int) -> str:
    """Where a comment is read: `base` (by default the thread's page) with the query of the page
    that holds the comment, at the comment. An article on another site (an absolute address) is
    linked at the comment only: its embed finds it."""
    base = base or comment.thread.get_absolute_url()
    if base.startswith(("http://", "https://")) and not extra:
        return f"{base}#{comment.anchor}"
    order = comment_pages.default_order()
    number = comment_pages.page_of(comment, order, {comment.pk}) or 1
    query = comment_pages.query(number, order, **extra)
    joined = f"{base}&{query[1:]}" if "?" in base else f"{base}{query}"
    return f"{joined}#{comment.anchor}"


def own_page(thread: Thread) -> str:
    return reverse("comments:article", kwargs={"key": thread.key})


def article_templates(thread: Thread) -> list[str]:
    """The templates to try for a thread's page: the site's own (`articles/KEY.html`, then
    `articles/default.html`), then the comments app's plain page, so a site that installed the
    app without article templates still gets a page (a form with errors comes back on it).

    Keys are validated as slugs, but a row written before that (or by an import) may hold
    "../admin/login": such a key never becomes part of a template name.
    """
    fallbacks = ["articles/default.html", "comments/thread_page.html"]
    if thread.has_slug_key:
        return [f"articles/{thread.key}.html", *fallbacks]
    return fallbacks


def render_thread_page(
    request: HttpRequest,
    thread: Thread,
    *,
    form: CommentForm | None = None,
    form_error: str = "",
    form_notice: str = "",
    status: int = 200,
) -> HttpResponse:
    """The page of a thread: its own article template if the site has one, else a plain page.

    The posting view uses this too, so a form with errors comes back on the article itself with
    the typed text kept.
    """
    template = select_template(article_templates(thread))
    context = {
        "thread": thread,
        "comment_form": form,
        "comment_form_error": form_error,
        "comment_form_notice": form_notice,
    }
    response = HttpResponse(template.render(context, request), status=status)
    if form is not None:
        # The form comes back with what its author typed, email included: for them alone,
        # so no cache may keep it or hand it to anyone else.
        add_never_cache_headers(response)
    elif authorship.own_comment_ids(request):
        # The author's cookie shows them their own held comments, which nobody else may see:
        # a shared cache must not keep this copy. Pages without the cookie are left as they were.
        patch_cache_control(response, private=True)
    return response
