"""Pages of comments, and the one canonical spelling of a public thread page.

A thread page is cached and served to every reader (comments.read_cache), so nothing a client
can vary may get into it or multiply it: its links are built from the route and the canonical
parameters, never from the Host header or the client's own spelling, and `01`, ` 1` and `1` are
one cached copy, as are every page size at or over the maximum. The order (`oldest` or `newest`;
without one, the article page's, `COMMENTS["comment_order"]`) is part of the name too, and any
other value is refused before the cache is asked.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.urls import reverse
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response

from comments.comment_pages import ORDERS, default_order


class CommentPage(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    # A whole thread of 1,000 in one request, as other comment systems' APIs give it: the
    # rendered page is cached until the thread changes (comments.read_cache).
    max_page_size = 1000


def order_of(request: Request) -> str:
    """The `order` the client asked for, canonical, or a 400 naming the choices."""
    raw = request.query_params.get("order", "").strip() or default_order()
    if raw not in ORDERS:
        raise ValidationError({"order": [f"One of {', '.join(ORDERS)}."]})
    return raw


class ThreadPage(CommentPage):
    """The public read of one thread: links relative to this server's root, canonical query."""

    def __init__(
        self, thread_key: str = "", page_size: int = CommentPage.page_size, order: str = ""
    ) -> None:
        self.thread_key = thread_key
        self.order = order or default_order()
        # The thread's own comments per page (Thread.per_page), unless the client asks.
        self.page_size = page_size
        # The thread's editors' picks, on every page (a client need not read them all).
        self.featured: list[dict[str, Any]] = []

    def get_paginated_response(self, data: Any) -> Response:
        response = super().get_paginated_response(data)
        response.data["featured"] = self.featured
        response.data["order"] = self.order
        return response

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        paged = super().get_paginated_response_schema(schema)
        paged["properties"]["featured"] = {**schema, "description": "The editors' picks"}
        paged["properties"]["order"] = {
            "type": "string",
            "enum": list(ORDERS),
            "description": "The order of `results`: the one asked for, else the article page's",
        }
        return paged

    def cache_part(self, request: Request) -> str:
        """The name of this page among the thread's cached pages."""
        raw = request.query_params.get(self.page_query_param, "").strip() or "1"
        number = str(int(raw)) if raw.isdigit() else raw
        return f"api:{self.order}:{number}:{self.get_page_size(request)}"

    def get_next_link(self) -> str | None:
        if self.page is None or not self.page.has_next():
            return None
        return self._link(self.page.next_page_number())

    def get_previous_link(self) -> str | None:
        if self.page is None or not self.page.has_previous():
            return None
        return self._link(self.page.previous_page_number())

    def _link(self, number: int) -> str:
        params: dict[str, str | int] = {"thread": self.thread_key}
        if self.order != default_order():
            params["order"] = self.order
        if number != 1:
            params[self.page_query_param] = number
        size = self.get_page_size(self.request) if self.request is not None else None
        if size is not None and size != self.page_size:
            params["page_size"] = size
        return f"{reverse('api:comments')}?{urlencode(sorted(params.items()))}"
