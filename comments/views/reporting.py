"""Reporting a comment from the page, without JavaScript: a small form page and its answer."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from comments import reporting
from comments.models import Comment, Report
from comments.views.errors import error_page
from moderation.addresses import client_address


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=gettext_lazy("Why should the moderators look at this comment?"),
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Please choose a reason.")},
    )
    note = forms.CharField(
        label=gettext_lazy("A note for the moderators (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 45, "maxlength": 500}),
    )


@never_cache
def report_comment(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(
        Comment.objects.select_related("thread"), pk=pk, status=Comment.Status.APPROVED
    )
    form = ReportForm(request.POST or None)
    if request.method != "POST" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        return render(
            request, "comments/report.html", {"comment": comment, "form": form}, status=status
        )
    user_id = request.user.pk if request.user.is_authenticated else None
    exceeded = reporting.receive(
        comment,
        user_id,
        client_address(request),
        form.cleaned_data["reason"],
        form.cleaned_data["note"],
    )
    if exceeded is not None:
        response = error_page(
            request,
            429,
            _("Too many reports"),
            _("Please wait %(seconds)d seconds before reporting again.")
            % {"seconds": exceeded.retry_after},
        )
        response["Retry-After"] = str(exceeded.retry_after)
        return response
    return render(request, "comments/report.html", {"comment": comment, "received": True})
