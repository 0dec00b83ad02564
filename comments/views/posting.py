"""Posting a comment from the HTML form, without JavaScript."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from comments import authorship, requests
from comments.forms import CommentForm
from comments.models import Comment, Thread
from comments.rejections import nudge_message, rejection
from comments.services import submit_comment
from comments.submissions import build_submission
from comments.views.errors import error_page
from comments.views.pages import own_page, page_address, render_thread_page
from moderation import nudges


@sensitive_post_parameters("author_email")
@require_POST
def post_comment(request: HttpRequest) -> HttpResponse:
    if requests.has_invalid_utf8(request):
        return error_page(
            request,
            400,
            _("The comment could not be read"),
            _("The form was sent with characters that are not valid UTF-8. Nothing was saved."),
        )
    thread = Thread.objects.get_by_key_or_404(request.POST.get("thread", ""))
    form = CommentForm(request.POST, thread=thread)
    if not form.is_valid():
        return render_thread_page(request, thread, form=form, status=400)

    result = submit_comment(build_submission(request, thread, form.cleaned_data))
    verdict = result.verdict
    if verdict.nudge:
        return _nudged(request, thread, form)
    if result.comment is None:
        refused = rejection(verdict)
        response = render_thread_page(
            request, thread, form=form, form_error=refused.message, status=refused.status
        )
        if refused.retry_after:
            response["Retry-After"] = str(refused.retry_after)
        return response

    response = HttpResponseRedirect(_redirect_target(request, result.comment))
    authorship.remember_author(request, response, result.comment.pk)
    return response


def _nudged(request: HttpRequest, thread: Thread, form: CommentForm) -> HttpResponse:
    """The form again with the text kept, the nudge at its top, and the token that posts this
    same text for review (moderation.nudges). Nothing was stored."""
    data = request.POST.copy()
    data["nudge_token"] = nudges.issue(thread.key, form.cleaned_data["content"])
    again = CommentForm(data, thread=thread)
    again.is_valid()
    return render_thread_page(request, thread, form=again, form_notice=nudge_message())


def _redirect_target(request: HttpRequest, comment: Comment) -> str:
    """The page that holds the new comment, told to show its author the confirmation."""
    base = comment.thread.get_absolute_url()
    if not url_has_allowed_host_and_scheme(
        base, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        # A thread whose article lives on another site: land on our own copy of the thread.
        base = own_page(comment.thread)
    return page_address(comment, base, posted=comment.pk)
