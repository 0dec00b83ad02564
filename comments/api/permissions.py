from __future__ import annotations

from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request


class CanModerate(BasePermission):
    """Signed in, with the comments.can_moderate permission."""

    message = "You need the permission to moderate comments."

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm("comments.can_moderate"))
