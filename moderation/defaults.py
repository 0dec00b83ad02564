"""Defaults of every gate tunable. Override any of them in settings.COMMENT_GATE = {...}.

Read them through `moderation.conf.gate_setting(name)`, never from this module directly, so an
override in settings (or in a test) always wins.
"""

from __future__ import annotations

from typing import Any

DEFAULTS: dict[str, Any] = {
    # Closed thread: a thread older than this many days takes no new comments (None: never).
    "close_after_days": None,
    # Form token: a form shown longer ago than this is held (seconds; 24 h).
    "form_token_max_age": 24 * 3600,
    # Form token: a form sent sooner than this after it was shown is held (seconds).
    "form_min_seconds": 3,
    # Rate limits per client network (IPv4 /32, IPv6 /64), in django-ratelimit's syntax.
    "ip_rates": ["5/m", "30/h"],
    # Rate limits per author email (keyed by an HMAC of the normalised email, never the email).
    "email_rates": ["3/m", "20/h"],
    # Flood interval: seconds between two comments from one address or one email (WordPress: 15).
    "flood_interval": 15,
    # Prefix lengths that make one "client network" for the per-address limits.
    "ipv4_prefix": 32,
    "ipv6_prefix": 64,
    # Duplicate: same thread, content, and email or address within this many seconds (24 h).
    "duplicate_window": 24 * 3600,
    # Campaigns (moderation.campaigns): near-duplicate comments, on any threads, from this many
    # commenters or this many networks (IPv4 /24, IPv6 /64) within `campaign_window_hours`.
    "campaign_window_hours": 48,
    "campaign_min_commenters": 3,
    # Jaccard similarity of two comments' word pairs at or over which they are near-duplicates.
    "campaign_similarity": 0.5,
    # Comments of fewer words never form a campaign: many readers write the same short stock
    # phrase. In the shared YouTube data, 94% of the ham written three times or more is under 5
    # words, and 93% of the repeated spam is 5 words or more.
    "campaign_min_words": 5,
    # MinHash bands x rows: each band is one stored key per comment, and one index probe per
    # lookup. A new value changes every key (see moderation.campaigns).
    "campaign_bands": 12,
    "campaign_rows": 3,
    # Links: a comment with this many links or more is held (WordPress's comment_max_links).
    "hold_links": 2,
    # The trust ladder (each can be set per article too). Hold a commenter's comments until
    # this many of theirs were approved (0: hold nobody for being new). Approval is proven by the
    # signed author cookie or a signed-in user, never by an email anyone can type.
    "hold_first_comments": 0,
    # Approved comments (proven as above) after which link and moderation-key holds are waived
    # (None: never waived). The author cookie remembers 50 comments: a higher value is reachable
    # only by signed-in users.
    "trusted_after": 1,
    # Hold everything from a commenter (their email's mailbox, or their user) whose comments of
    # the last `rejection_rate_days` were rejected (spam, trashed) more often than this
    # fraction, once at least `rejection_rate_min_comments` were decided. None: off. Anyone can
    # type anyone's email, so this only ever holds: the worst it does to a stranger's address
    # is send their comments to a moderator.
    "hold_rejection_rate": 0.5,
    "rejection_rate_min_comments": 3,
    "rejection_rate_days": 90,
    # The spam classifier: off lets the other checks decide alone (no "classifier unavailable"
    # hold when no model is trained).
    "classifier": True,
    # Seconds between two looks at which model version is active (so a new one is picked up).
    "model_refresh_seconds": 30,
    # Moderated comments (approved or spam by a person) a site needs before training calibrates
    # the thresholds on them instead of the starter corpus (the model's "regime").
    "calibrate_after_labels": 200,
    # The shadow check (moderation.classifier.shadow): a new model is scored against this many
    # of the latest comments moderators decided before it may go live, and refused (unless
    # forced) when it publishes more of their spam or holds more of their readers' comments,
    # by more than `shadow_margin` (a share of those comments' spam, or of their ham).
    "shadow_comments": 2000,
    "shadow_margin": 0.01,
    # Scheduled retraining (moderation.tasks.queue_retraining_when_due, checked every minute by
    # the task worker): a new spam model is trained once this many comments have been labelled
    # by moderators since the last one (None: never by itself). It is shadow-checked; "auto"
    # activates it when it is not worse, "ask" leaves it for a person to activate.
    "retrain_after_labels": 100,
    "retrain_activation": "ask",
    # Classifier thresholds (spam probability). None: use the values stored with the model.
    "spam_threshold": None,
    "hold_threshold": None,
    # The abuse classifier (moderation.classifier.abuse_slot): off, or no abuse model trained,
    # and no comment is scored for abuse. Its thresholds (abuse probability): None uses the
    # model's. At the hold threshold the form first nudges the author (`abuse_nudge`).
    "abuse_classifier": True,
    "abuse_hold_threshold": None,
    "abuse_trash_threshold": None,
    "abuse_nudge": True,
    # Rule edits reach every process within this many seconds even if the cache is unreachable.
    "rules_cache_seconds": 30,
}
