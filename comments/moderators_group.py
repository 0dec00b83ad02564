"""The "Moderators" group: may see and moderate comments and change a thread's settings, not
see their authors' email or address.

Migrations 0004 and 0014 made it on existing sites. After every `migrate` (and after a database
flush, which the test suite does between its transactional tests) it is made again when it is
missing, as Django remakes its permissions; a group that exists is left as its owner set it.
"""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.apps import apps as installed_apps
from django.db import DEFAULT_DB_ALIAS

NAME = "Moderators"
PERMISSIONS = ["can_moderate", "view_comment", "change_comment", "view_thread", "change_thread"]


def ensure(
    sender: AppConfig, apps: Any = installed_apps, using: str = DEFAULT_DB_ALIAS, **_: Any
) -> None:
    """A post_migrate receiver for the comments app, run after Django made its permissions."""
    Group = apps.get_model("auth", "Group")
    if Group.objects.using(using).filter(name=NAME).exists():
        return
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.using(using).create(name=NAME)
    group.permissions.add(
        *Permission.objects.using(using).filter(
            content_type__app_label="comments", codename__in=PERMISSIONS
        )
    )
