"""Moderation state as rows: rules, the gate policy, model versions and privacy requests."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Rule(models.Model):
    """A key matched against every submission, WordPress-style, with look-alike letters undone.

    The pattern's form decides what it is matched against: an address or CIDR network matches
    the client address; anything with "@" matches the email; anything else (a word, a phrase,
    a domain) matches the content, name, email and website.
    """

    class Kind(models.TextChoices):
        DISALLOWED = "disallowed", _("Disallowed: send to spam")
        MODERATION = "moderation", _("Moderation: hold for review")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    pattern = models.CharField(_("pattern"), max_length=200)
    note = models.CharField(_("note"), max_length=200, blank=True)
    enabled = models.BooleanField(_("enabled"), default=True)
    created = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("rule")
        verbose_name_plural = _("rules")
        ordering = ["kind", "pattern"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "pattern"], name="rule_unique_kind_pattern")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.pattern}"


class GatePolicy(models.Model):
    """Site-wide switches a moderator flips in the admin (one row)."""

    hold_all = models.BooleanField(
        _("hold every comment"),
        default=False,
        help_text=_("Every new comment waits for a moderator, whatever the checks say."),
    )
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("gate policy")
        verbose_name_plural = _("gate policy")

    def __str__(self) -> str:
        return str(_("Gate policy"))

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def current(cls) -> GatePolicy:
        policy, _created = cls.objects.get_or_create(pk=1)
        return policy


class SpamModel(models.Model):
    """One trained classifier version: its skops bytes, thresholds and measured figures.

    Two kinds live here, each with its own versions and its own one active row: the spam
    classifier and the abuse classifier (moderation.classifier.abuse_model). For an abuse model
    the "spam threshold" is the score that, with a disallowed key, sends a comment to the trash.
    """

    class Kind(models.TextChoices):
        SPAM = "spam", _("Spam")
        ABUSE = "abuse", _("Abuse")

    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.SPAM, editable=False
    )
    created = models.DateTimeField(_("created"), default=timezone.now)
    active = models.BooleanField(_("active"), default=False)
    blob = models.BinaryField(_("model (skops)"), editable=False)
    sha256 = models.CharField(max_length=64, editable=False)
    features_version = models.PositiveIntegerField(editable=False)
    regularisation = models.FloatField(_("C"), editable=False)
    hold_threshold = models.FloatField(_("hold threshold"))
    spam_threshold = models.FloatField(_("spam threshold"))
    decision_threshold = models.FloatField(_("best-F1 threshold"))

    class Regime(models.TextChoices):
        STARTER = "starter", _("Starter corpus (too few of this site's labels yet)")
        SITE = "site", _("Calibrated on this site's moderated comments")

    # Where the thresholds came from; on the starter regime a spam verdict also needs a second
    # signal (moderation.classifier.slot).
    regime = models.CharField(
        _("thresholds from"), max_length=10, choices=Regime.choices, default=Regime.STARTER
    )
    metrics = models.JSONField(_("held-out metrics"), default=dict)
    training = models.JSONField(_("training set"), default=dict)
    train_seconds = models.FloatField(_("training time (s)"), default=0)
    # Cross-validated scores of the moderators' comments it was trained on, by
    # moderation.classifier.shadow.sample_key: the shadow check scores those with these, not
    # with the model itself, which has seen them (that would flatter it).
    held_out = models.JSONField(default=dict, editable=False)
    # In shadow until then: an inactive version that scores every new comment beside the active
    # one without deciding anything (moderation.classifier.shadow); one per kind at a time.
    shadow_until = models.DateTimeField(_("in shadow until"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("spam model")
        verbose_name_plural = _("spam models")
        ordering = ["-created", "-pk"]
        # Putting a version live decides what every comment meets: its own permission, apart
        # from changing a version's row (which training does).
        permissions = [("activate_model", "Can make a model version active")]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "active"],
                condition=models.Q(active=True),
                name="classifier_one_active_per_kind",
            )
        ]

    def __str__(self) -> str:
        kind = "" if self.kind == self.Kind.SPAM else f"{self.kind} "
        return f"{kind}v{self.pk}" + (" (active)" if self.active else "")


class PrivacyRequest(models.Model):
    """An audit row for each export or erasure of one person's data.

    The person is named by a keyed digest of their email, so the audit log itself does not
    keep the address it was asked to forget.
    """

    class Kind(models.TextChoices):
        EXPORT = "export", _("Export")
        ERASE = "erase", _("Erase (anonymise)")
        DELETE = "delete", _("Erase (delete comments)")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    email_digest = models.CharField(_("email (keyed digest)"), max_length=64)
    comments = models.PositiveIntegerField(_("comments"))
    actor = models.CharField(_("done by"), max_length=150)
    created = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("personal-data request")
        verbose_name_plural = _("personal-data requests")
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.kind} of {self.comments} comments"


class Ban(models.Model):
    """A commenter, a signed-in user or a network that may not comment, for good or until a
    date (a suspension). The commenter is named by a keyed digest of their email, never the
    email itself."""

    class Kind(models.TextChoices):
        COMMENTER = "commenter", _("Commenter (email)")
        USER = "user", _("Signed-in user")
        NETWORK = "network", _("Network")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    # A keyed digest of the email, a user id, or a network ("203.0.113.0/24", "2001:db8::/64").
    value = models.CharField(_("who"), max_length=64)
    until = models.DateTimeField(_("until"), null=True, blank=True, help_text=_("Empty: for good."))
    reason = models.CharField(
        _("reason shown to them"),
        max_length=200,
        blank=True,
        help_text=_("Shown to the banned person when they try to comment."),
    )
    note = models.CharField(_("note for moderators"), max_length=500, blank=True)
    created = models.DateTimeField(_("created"), default=timezone.now)
    created_by = models.CharField(_("by"), max_length=150, blank=True)
    # Comments moved away by "ban and remove their comments": {comment id: status before}.
    removed = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        verbose_name = _("ban")
        verbose_name_plural = _("bans")
        indexes = [models.Index(fields=["kind", "value"], name="ban_kind_value_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.value[:12]} until {self.until or 'for good'}"

    @property
    def is_active(self) -> bool:
        return self.until is None or self.until > timezone.now()
