"""Defaults of the comments app's tunables. Override any of them in settings.COMMENTS = {...}.

Read them through `comments.conf.comments_setting(name)`; the gate's own tunables are in
moderation.defaults (settings.COMMENT_GATE). An unknown key in either is refused at start-up.
"""

from __future__ import annotations

from typing import Any

DEFAULTS: dict[str, Any] = {
    # Minutes during which an API client may edit or delete its comment with its secret.
    "edit_minutes": 15,
    # Public thread reads the cache cannot answer, per client network (cached reads are free).
    "uncached_read_rates": ["120/m", "1200/h"],
    # Moderators' emails about held comments: this many an hour, the rest in one hourly digest.
    "notify_per_hour": 10,
    # Days a one-click Approve / Spam link in such an email stays valid.
    "email_link_days": 7,
    # Comments on one page of a thread's comment list (a thread may set its own).
    "comments_per_page": 50,
    # Reader reports: this many distinct readers send a published comment back to pending.
    "reports_to_hide": 3,
    # Reports per client network, in django-ratelimit's syntax (like posting).
    "report_rates": ["5/m", "30/h"],
    # Keeping data: spam and trash older than this are deleted by `purge_comments` (days).
    "purge_after_days": 30,
    # Keeping data: stored IP addresses older than this are erased by `purge_comments` (days).
    "anonymise_after_days": 30,
}
