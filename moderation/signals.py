"""What the moderation app tells others without knowing them (it never imports comments)."""

from __future__ import annotations

from django.dispatch import Signal

# Sent after the commit that made a spam model the active one; argument: `version` (str).
model_activated = Signal()
