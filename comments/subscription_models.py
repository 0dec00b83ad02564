"""Readers who asked to be emailed about follow-up comments, and the log of what they were sent.

Imported at the end of comments.models, so Django finds the models there; the workflow (double
opt-in, who is told, the throttle, unsubscribing) is comments.follow_ups.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from comments.models import Comment, Thread


class FollowUp(models.Model):
    """One reader's "notify me of follow-up comments by email", asked with one of their comments.

    It is pending until the reader opens the signed link of the confirmation email and presses
    the button (`confirmed`); only then is anything else sent. The email is personal data:
    export and erasure include it (comments.personal_data), and the daily purge deletes rows
    whose confirmation link expired or that were unsubscribed (comments.retention).
    """

    class Scope(models.TextChoices):
        REPLIES = "replies", _("Replies to my comment")
        THREAD = "thread", _("All new comments in this discussion")

    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, related_name="follow_ups", verbose_name=_("thread")
    )
    # The comment it was asked with: its publication sends the confirmation, and with the
    # replies scope its replies are what the reader hears about. It goes with the comment.
    comment = models.OneToOneField(
        Comment, on_delete=models.CASCADE, related_name="follow_up", verbose_name=_("comment")
    )
    email = models.EmailField(_("email"), max_length=254)
    # moderation.identity.commenter_digest of the email: one person's rows across spellings,
    # for the author check, the throttles and erasure.
    email_digest = models.CharField(max_length=64, editable=False)
    scope = models.CharField(_("notify about"), max_length=10, choices=Scope.choices)
    # The language of the request that asked: every email to this reader is written in it.
    language = models.CharField(_("language"), max_length=10, blank=True)
    created = models.DateTimeField(_("created"), default=timezone.now)
    confirmation_sent = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    confirmed = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    class Meta:
        verbose_name = _("follow-up subscription")
        verbose_name_plural = _("follow-up subscriptions")
        indexes = [
            # Who hears about a new comment: a thread's subscriptions, by scope.
            models.Index(fields=["thread", "scope"], name="followup_thread_scope_idx"),
            # One person's subscriptions: throttles, erasure, export.
            models.Index(fields=["email_digest"], name="followup_digest_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.scope} of comment {self.comment_id}"

    @property
    def is_active(self) -> bool:
        return self.confirmed is not None and self.unsubscribed is None


class FollowUpEmail(models.Model):
    """One follow-up email: this subscription was told about this comment.

    A task that runs twice finds the row and sends nothing again; the hourly throttle counts a
    person's rows of the last hour. Pruned with the other logs after `log_days`.
    """

    subscription = models.ForeignKey(FollowUp, on_delete=models.CASCADE, related_name="emails")
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="+")
    sent = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("follow-up email")
        verbose_name_plural = _("follow-up emails")
        constraints = [
            models.UniqueConstraint(fields=["subscription", "comment"], name="followup_email_once")
        ]
        indexes = [models.Index(fields=["sent"], name="followup_email_sent_idx")]

    def __str__(self) -> str:
        return f"comment {self.comment_id} to subscription {self.subscription_id}"
