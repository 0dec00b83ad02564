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
    # Messages to people (each moderator's email, each chat room): this many an hour per
    # channel, the rest in one digest an hour after the first that waited.
    "notify_per_hour": 10,
    # The events a moderator is emailed about until they choose (comments.webhook_models.Event).
    "email_events": ["comment.held"],
    # Days a one-click Approve / Spam link in such an email stays valid.
    "email_link_days": 7,
    # Follow-up emails to readers (comments.follow_ups): days the confirmation link works,
    # confirmation emails one address may get a day (so that typing someone else's address
    # into many comments cannot flood their mailbox), and follow-up emails one address gets
    # an hour (the rest are skipped, not gathered in a digest).
    "follow_up_link_days": 7,
    "follow_up_confirmations_per_day": 3,
    "follow_up_per_hour": 10,
    # Top-level comments (each with its replies) on one page of the article page, and comments
    # on one page of the API's list (a thread may set its own).
    "comments_per_page": 50,
    # Top-level comments on the article page: "oldest" or "newest" first (a reader may switch).
    "comment_order": "oldest",
    # Reader reports: this many distinct readers send a published comment back to pending.
    "reports_to_hide": 3,
    # Reports per client network, in django-ratelimit's syntax (like posting).
    "report_rates": ["5/m", "30/h"],
    # Keeping data: spam and trash older than this are deleted by `purge_comments` (days).
    "purge_after_days": 30,
    # Keeping data: stored IP addresses older than this are erased by `purge_comments` (days).
    "anonymise_after_days": 30,
    # Days the logs of what was sent are kept: notices, webhook deliveries, finished tasks.
    "log_days": 30,
    # Background tasks: a task still "running" this long after it started lost its worker
    # (killed, out of memory, machine gone) and runs again; longer than any task may take.
    "task_stale_after_seconds": 900,
    # ... but not more than this many times: a task that kills its worker each time fails.
    "task_max_attempts": 3,
    # /readyz fails when more background tasks than this are due and waiting for a worker.
    "task_backlog_limit": 500,
    # The hour (site time zone) of the daily purge and anonymisation.
    "daily_tasks_hour": 3,
    # The public address of this site's admin, for the links in webhooks and chat messages
    # ("https://comments.example.org"). Empty: settings.SITE_URL, as moderators' emails use;
    # when that is empty too, links are relative (of little use in a chat message).
    "site_url": "",
    # Webhooks: seconds to wait for an endpoint to connect, then for each read of its answer.
    # Deliveries run outside the request, so this bounds a worker's wait, never a commenter's.
    "webhook_timeout_seconds": 5,
    # Webhooks may post to loopback, private, link-local and other non-public addresses. Off:
    # whoever can add an endpoint could otherwise make this server call the internal network
    # or a cloud metadata service (SSRF). Turn on for a receiver on the same machine or LAN.
    "webhooks_allow_private_addresses": False,
}
