"""The article page with its comment section."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.loader import select_template
from django.utils.cache import add_never_cache_headers, patch_cache_control

from comments import authorship
from comments.forms import CommentForm
from comments.models import Thread

DEMO_THREAD_KEY = "demo-article"


def article(request: HttpRequest, key: str = DEMO_THREAD_KEY) -> HttpResponse:
    thread = Thread.objects.get_by_key_or_404(key)
    return render_thread_page(request, thread)


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
    status: int = 200,
) -> HttpResponse:
    """The page of a thread: its own article template if the site has one, else a plain page.

    The posting view uses this too, so a form with errors comes back on the article itself with
    the typed text kept.
    """
    template = select_template(article_templates(thread))
    context = {"thread": thread, "comment_form": form, "comment_form_error": form_error}
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
