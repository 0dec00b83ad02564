"""Arrange a thread's visible comments into nested replies for display."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from comments.models import Comment


@dataclass
class Node:
    comment: Comment
    children: list[Node] = field(default_factory=list)


def build_tree(comments: Iterable[Comment]) -> list[Node]:
    """Nest comments under their parents, keeping the given (reading) order at every level.

    A reply whose parent is not visible (held, spam, trashed) is shown at the top level rather than
    hidden with it: its own status already says it may be shown.
    """
    nodes = [Node(comment) for comment in comments]
    by_id = {node.comment.pk: node for node in nodes}
    roots: list[Node] = []
    for node in nodes:
        parent = by_id.get(node.comment.parent_id) if node.comment.parent_id else None
        if parent is None:
            roots.append(node)
        else:
            parent.children.append(node)
    return roots
