from __future__ import annotations

from django.db import models


class Row(models.Model):
    """A comment with nothing around it."""

    thread = models.PositiveIntegerField(db_index=True)
    name = models.CharField(max_length=80)
    email = models.EmailField()
    content = models.TextField()
    created = models.DateTimeField(auto_now_add=True)
    # Declared: the ceiling is not among the project's apps, which is all mypy's plugin knows.
    objects: models.Manager[Row] = models.Manager()

    class Meta:
        app_label = "ceiling"

    def __str__(self) -> str:
        return self.name
