"""Pages of an article's comment list: which comments one page shows, and which page holds a
comment (for its permalink).

A page holds `Thread.per_page` top-level comments with all their replies, as WordPress's "break
comments into pages" does, so a conversation is never cut in two. Top-level comments come oldest
or newest first (`COMMENTS["comment_order"]`, or the reader's `?corder=`); replies always read
oldest first under their parent. A reply whose parent is not shown (held, spam, trashed) counts
as top-level, as comments.tree shows it.

A page number is clamped into the pages there are: `?cpage=0`, `?cpage=x` and `?cpage=999` are
the first and the last page, so a reader's spelling never multiplies cached copies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from comments.conf import comments_setting
from comments.models import Comment, Thread
from comments.tree import Node, build_tree

OLDEST, NEWEST = "oldest", "newest"
ORDERS = (OLDEST, NEWEST)
PAGE_PARAMETER, ORDER_PARAMETER = "cpage", "corder"


def default_order() -> str:
    order = str(comments_setting("comment_order"))
    return order if order in ORDERS else OLDEST


def order_from(query: Mapping[str, str]) -> str:
    wanted = query.get(ORDER_PARAMETER, "")
    return wanted if wanted in ORDERS else default_order()


def number_from(query: Mapping[str, str]) -> int | None:
    """The page asked for, or None for "the page a reader lands on" (the first)."""
    raw = query.get(PAGE_PARAMETER, "").strip()
    return int(raw) if raw.isdigit() and len(raw) <= 6 else None


@dataclass(frozen=True)
class ListPage:
    number: int
    pages: int
    order: str
    tree: list[Node]

    @property
    def previous(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self) -> int | None:
        return self.number + 1 if self.number < self.pages else None


def _roots(rows: list[tuple[int, int | None]]) -> dict[int, int]:
    """Each comment's top-level comment among the visible ones (rows in reading order)."""
    parent_of = dict(rows)
    root_of: dict[int, int] = {}
    for pk, _parent in rows:
        chain: list[int] = []
        current = pk
        # Up the visible parents; a parent that is not visible makes its child top-level. The
        # length guard stops on a loop of parents an import could have written.
        while (
            current not in root_of
            and parent_of.get(current) in parent_of
            and len(chain) <= len(rows)
        ):
            chain.append(current)
            current = parent_of[current]  # type: ignore[assignment]
        root = root_of.get(current, current)
        for member in (*chain, current):
            root_of[member] = root
    return root_of


def _visible(thread: Thread, own_ids: set[int]) -> list[tuple[int, int | None]]:
    visible = Comment.objects.filter(thread=thread).visible_to_author(own_ids)
    return list(visible.in_reading_order().values_list("pk", "parent_id"))


def _top_level(
    root_of: dict[int, int], rows: list[tuple[int, int | None]], order: str
) -> list[int]:
    roots = [pk for pk, _parent in rows if root_of[pk] == pk]
    return roots[::-1] if order == NEWEST else roots


def page_count(roots: int, per_page: int) -> int:
    return max(1, -(-roots // per_page))


def list_page(thread: Thread, number: int | None, order: str, own_ids: set[int]) -> ListPage:
    """The page `number` of the thread's list (clamped), its comments nested for display."""
    rows = _visible(thread, own_ids)
    root_of = _roots(rows)
    roots = _top_level(root_of, rows, order)
    per_page = thread.per_page
    pages = page_count(len(roots), per_page)
    number = min(max(number or 1, 1), pages)
    shown = set(roots[(number - 1) * per_page : number * per_page])
    members = [pk for pk, _parent in rows if root_of[pk] in shown]
    comments = list(Comment.objects.filter(pk__in=members).in_reading_order())
    tree = build_tree(comments)
    if order == NEWEST:
        tree.reverse()
    return ListPage(number, pages, order, tree)


def page_of(comment: Comment, order: str, own_ids: set[int] | None = None) -> int | None:
    """The page holding `comment` in that order, or None when the reader cannot see it."""
    rows = _visible(comment.thread, own_ids or set())
    root_of = _roots(rows)
    if comment.pk not in root_of:
        return None
    roots = _top_level(root_of, rows, order)
    return roots.index(root_of[comment.pk]) // comment.thread.per_page + 1


def query(number: int, order: str, **extra: str | int) -> str:
    """The canonical query of a page: `?cpage=N`, the order only when it is not the site's."""
    parts = [f"{PAGE_PARAMETER}={number}"]
    if order != default_order():
        parts.append(f"{ORDER_PARAMETER}={order}")
    parts += [f"{key}={value}" for key, value in extra.items()]
    return "?" + "&".join(parts)
