"""POST /rows/ validates and inserts one row; GET /rows/?thread=N lists a thread's rows as JSON."""

from __future__ import annotations

import json

from django import forms
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from benchmarks.ceiling.models import Row


class RowForm(forms.ModelForm):
    class Meta:
        model = Row
        fields = ["thread", "name", "email", "content"]


@csrf_exempt
def rows(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = RowForm(json.loads(request.body))
        if not form.is_valid():
            return JsonResponse(form.errors, status=400)
        return JsonResponse({"id": form.save().pk}, status=201)
    thread = request.GET.get("thread", "")
    if not thread.isdigit():
        return JsonResponse({"thread": "a number is required"}, status=400)
    rows = Row.objects.filter(thread=int(thread)).order_by("id")
    listed = list(rows.values("id", "name", "content", "created"))
    return JsonResponse(listed, safe=False)


urlpatterns = [path("rows/", rows)]
