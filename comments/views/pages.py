"""The article page with its comment section."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.loader import select_template
from django.utils.cache import add_never_cache_headers

from comments.forms import CommentForm
from comments.models import Thread

DEMO_THREAD_KEY = "demo-article"


def article(request: HttpRequest, key: str = DEMO_THREAD_KEY) -> HttpResponse:
    thread = Thread.objects.get_by_key_or_404(key)
    return render_thread_page(request, thread)


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
    template = select_template([f"articles/{thread.key}.html", "articles/default.html"])
    context = {"thread": thread, "comment_form": form, "comment_form_error": form_error}
    response = HttpResponse(template.render(context, request), status=status)
    if form is not None:
        # The form comes back with what its author typed, email included: for them alone,
        # so no cache may keep it or hand it to anyone else.
        add_never_cache_headers(response)
    return response
