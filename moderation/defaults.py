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
    # Links: a comment with this many links or more is held (WordPress's comment_max_links).
    "hold_links": 2,
    # The spam classifier: off lets the other checks decide alone (no "classifier unavailable"
    # hold when no model is trained).
    "classifier": True,
    # Seconds between two looks at which model version is active (so a new one is picked up).
    "model_refresh_seconds": 30,
    # Moderated comments (approved or spam by a person) a site needs before training calibrates
    # the thresholds on them instead of the starter corpus (the model's "regime").
    "calibrate_after_labels": 200,
    # Classifier thresholds (spam probability). None: use the values stored with the model.
    "spam_threshold": None,
    "hold_threshold": None,
    # Rule edits reach every process within this many seconds even if the cache is unreachable.
    "rules_cache_seconds": 30,
}
