"""The project as an app, only so that its own system checks are registered at start."""

from __future__ import annotations

from django.apps import AppConfig


class ProjectConfig(AppConfig):
    name = "config"
    label = "project"
    verbose_name = "Project"

    def ready(self) -> None:
        from config import checks  # noqa: F401  (registers the checks)
