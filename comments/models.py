"""The comment domain: a discussion thread under an article and the comments in it."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from comments.avatars import AVATAR_KEY_LENGTH, new_avatar_key
from comments.conf import comments_setting
from comments.web_addresses import has_http_scheme, http_url_validator, is_http_url
from moderation.campaigns import Review
from moderation.checks.thread import is_past_closing_age
from moderation.identity import commenter_digest

# WordPress's default: replies nest at most five levels deep.
MAX_DEPTH = 5


# A thread key names the article's template (articles/<key>.html) and sits in URLs, so it is a
# slug: a key such as "../admin/login" would otherwise pick a template outside articles/.
_SLUG = r"[-a-zA-Z0-9_]+"
THREAD_KEY_RE = re.compile(_SLUG)
validate_thread_key = RegexValidator(
    rf"^{_SLUG}\Z",
    _("A thread key may only hold letters, digits, hyphens and underscores (like “my-article”)."),
    code="invalid_key",
)
# A path on this site ("/", "/news/a"); not "//host" or "/\\host", which browsers read as hosts.
_LOCAL_PATH_RE = re.compile(r"/(?![/\\])\S*")
_http_url = http_url_validator(
    _("Enter an http:// or https:// address, or a path on this site starting with /.")
)


def validate_thread_url(value: str) -> None:
    """An article's address is an http(s) URL or a path here; never javascript:, data: and the
    like, which would run in a reader's browser when they follow the link."""
    if _LOCAL_PATH_RE.fullmatch(value):
        return
    _http_url(value)


def is_safe_thread_url(value: str) -> bool:
    return bool(_LOCAL_PATH_RE.fullmatch(value)) or is_http_url(value)


class ThreadQuerySet(models.QuerySet["Thread"]):
    def get_by_key_or_404(self, key: object) -> Thread:
        """The thread with this key; anything that cannot be a key (a NUL byte, which
        PostgreSQL refuses outright, or an over-long string) is simply not found."""
        if not isinstance(key, str) or not key or "\x00" in key or len(key) > 200:
            raise Http404("no such thread")
        thread = self.filter(key=key).first()
        if thread is None:
            raise Http404("no such thread")
        return thread


# A thread's own settings, edited together in the admin and the moderation API.
THREAD_SETTINGS = [
    "premoderate",
    "close_after_days",
    "comments_per_page",
    "hold_first_comments",
    "trusted_after",
    "hold_rejection_percent",
]


class Thread(models.Model):
    """The comment section of one article, named by a stable key (for example a post slug)."""

    key = models.CharField(
        _("key"),
        max_length=200,
        unique=True,
        validators=[validate_thread_key],
        help_text=_("Letters, digits, hyphens and underscores, for example the post's slug."),
    )
    title = models.CharField(_("title"), max_length=300)
    url = models.CharField(
        _("URL"),
        max_length=500,
        blank=True,
        validators=[validate_thread_url],
        help_text=_("Where the article is published: an http(s) address or a path on this site."),
    )
    is_open = models.BooleanField(_("open for comments"), default=True)
    created = models.DateTimeField(_("created"), default=timezone.now)

    # Per-article settings. Empty means "as the whole site" (settings.COMMENT_GATE and
    # settings.COMMENTS); each is read through `gate_overrides` or `per_page`.
    premoderate = models.BooleanField(
        _("hold every comment"),
        default=False,
        help_text=_("Every new comment on this article waits for a moderator."),
    )
    close_after_days = models.PositiveIntegerField(
        _("close after days"),
        null=True,
        blank=True,
        help_text=_("Take no new comments this many days after the article. Empty: as the site."),
    )
    comments_per_page = models.PositiveSmallIntegerField(
        _("comments per page"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(200)],
        help_text=_("Comments on one page of this article's comment list. Empty: as the site."),
    )
    hold_first_comments = models.PositiveSmallIntegerField(
        _("hold first comments"),
        null=True,
        blank=True,
        help_text=_(
            "Hold a commenter's comments until this many of theirs were approved. "
            "Empty: as the site."
        ),
    )
    trusted_after = models.PositiveSmallIntegerField(
        _("trusted after"),
        null=True,
        blank=True,
        help_text=_(
            "Approved comments after which a commenter's links are no longer held. "
            "Empty: as the site."
        ),
    )
    hold_rejection_percent = models.PositiveSmallIntegerField(
        _("hold above rejection rate (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "Hold everything from a commenter whose comments of the last 90 days were rejected "
            "more often than this. Empty: as the site."
        ),
    )

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-created"]

    def __str__(self) -> str:
        return self.title or self.key

    def get_absolute_url(self) -> str:
        return self.public_url or reverse("comments:article", kwargs={"key": self.key})

    @property
    def accepts_comments(self) -> bool:
        """Open, and not past the gate's closing age (the same rule the gate applies)."""
        return self.is_open and not is_past_closing_age(self.created, self.close_after_days)

    @property
    def gate_overrides(self) -> dict[str, Any]:
        """This article's gate settings that differ from the site's (see ThreadFacts)."""
        rate = self.hold_rejection_percent
        overrides: dict[str, Any] = {
            "close_after_days": self.close_after_days,
            "hold_first_comments": self.hold_first_comments,
            "trusted_after": self.trusted_after,
            "hold_rejection_rate": None if rate is None else rate / 100,
        }
        return {name: value for name, value in overrides.items() if value is not None}

    @property
    def per_page(self) -> int:
        """How many comments one page of this thread's comment list holds."""
        return self.comments_per_page or int(comments_setting("comments_per_page"))

    @property
    def public_url(self) -> str:
        """The article's address when it is safe as a link; a row saved before URLs were
        validated (or by an import) may hold javascript: or worse, never made into a link."""
        url = self.url.strip()
        return url if is_safe_thread_url(url) else ""

    @property
    def has_slug_key(self) -> bool:
        """Whether the key may name a template; rows older than the validator may not."""
        return THREAD_KEY_RE.fullmatch(self.key) is not None


class CommentQuerySet(models.QuerySet["Comment"]):
    def published(self) -> CommentQuerySet:
        return self.filter(status=Comment.Status.APPROVED)

    def visible_to_author(self, own_ids: set[int]) -> CommentQuerySet:
        """Published comments plus the held and spam ones this author proved they wrote.

        An author whose comment the filter took for spam sees it "awaiting moderation", as a
        held one: a reader is never left wondering where their comment went, and a spammer
        learns nothing about the verdict.
        """
        visible = models.Q(status=Comment.Status.APPROVED)
        if own_ids:
            visible |= models.Q(
                status__in=[Comment.Status.PENDING, Comment.Status.SPAM], pk__in=own_ids
            )
        return self.filter(visible)

    def in_reading_order(self) -> CommentQuerySet:
        return self.order_by("created", "pk")


class Comment(models.Model):
    """One submission; its status says whether it is published, held, spam or trashed."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        SPAM = "spam", _("Spam")
        TRASH = "trash", _("Trash")

    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, related_name="comments", verbose_name=_("thread")
    )
    # SET_NULL: purging an old trashed parent must not take its published replies with it.
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("in reply to"),
    )
    depth = models.PositiveSmallIntegerField(_("depth"), default=1)
    author_name = models.CharField(_("name"), max_length=80)
    author_email = models.EmailField(_("email"), max_length=254)
    author_url = models.URLField(_("website"), max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("user"),
    )
    # Who wrote it, for moderators: moderation.identity.commenter_digest of the email (the same
    # mailbox gives the same digest), kept by save(). The commenter page, the rejection rate and
    # bans find a commenter's comments by it.
    author_digest = models.CharField(max_length=64, blank=True, editable=False)
    content = models.TextField(_("comment"))
    # An editor's pick: shown first, in the "Editors' picks" block.
    featured = models.BooleanField(_("editor's pick"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created = models.DateTimeField(_("created"), default=timezone.now)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=500, blank=True)
    # Filled by the gate: the classifier's spam probability (None until a classifier runs).
    score = models.FloatField(_("spam score"), null=True, blank=True)
    # The normalised content's digest, for finding duplicates (moderation.fingerprints).
    content_key = models.CharField(max_length=64, blank=True, editable=False)
    # SHA-256 of the secret an API client got at creation to edit or delete within the window.
    edit_secret_hash = models.CharField(max_length=64, blank=True, editable=False)
    # Random, never derived from the email: see comments.avatars.
    avatar_key = models.CharField(
        max_length=AVATAR_KEY_LENGTH, default=new_avatar_key, editable=False
    )
    # Where an imported comment came from ("wordpress", "disqus", "export") and its id there:
    # running an import again finds it and changes nothing.
    import_source = models.CharField(max_length=20, blank=True, editable=False)
    import_id = models.CharField(max_length=100, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["-created"]
        permissions = [
            ("can_moderate", _("Can moderate comments (approve, spam, not spam, trash)")),
            ("view_author_private", _("Can see commenters' email and IP address")),
        ]
        indexes = [
            # The public read: one thread's published comments, oldest first.
            models.Index(fields=["thread", "status", "created"], name="comment_thread_status_idx"),
            # The moderation queue: pending (or spam) comments, newest first.
            models.Index(fields=["status", "-created"], name="comment_status_created_idx"),
            # The duplicate check: the same content (then the same thread). Content first: see
            # moderation.checks.duplicates.find_earlier for why the thread cannot lead.
            models.Index(fields=["content_key", "thread"], name="comment_content_thread_idx"),
            # One commenter's comments, newest first: the commenter page and the trust ladder.
            models.Index(fields=["author_digest", "-created"], name="comment_author_created_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["import_source", "import_id"],
                condition=~models.Q(import_id=""),
                name="comment_unique_import",
            )
        ]

    def __str__(self) -> str:
        return f"{self.author_name}: {self.content[:50]}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.author_digest = author_digest_of(self.author_email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "author_email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "author_digest"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        """Its permalink, which finds the page of the thread holding it."""
        return reverse("comments:permalink", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def awaits_moderation(self) -> bool:
        """What its author is told: held and spam both read "awaiting moderation"."""
        return self.status in (self.Status.PENDING, self.Status.SPAM)

    @property
    def public_url(self) -> str:
        """The website, when it is an http(s) address; anything else (javascript:, data:, an
        imported oddity) is never made into a link."""
        url = self.author_url.strip()
        return url if has_http_scheme(url) else ""

    @property
    def anchor(self) -> str:
        return f"comment-{self.pk}"


def author_digest_of(email: str) -> str:
    """The commenter digest stored with a comment; none for an erased (empty) email."""
    return commenter_digest(email) if email else ""


class Decision(models.Model):
    """Why a comment has its status: one row per gate reason, and one per moderator action."""

    class Source(models.TextChoices):
        GATE = "gate", _("Gate")
        HUMAN = "human", _("Moderator")
        AUTHOR = "author", _("Author")
        READERS = "readers", _("Readers' reports")

    class Action(models.TextChoices):
        """The gate's actions (moderation.verdict.Action) and a moderator's (ham, trash)."""

        APPROVE = "approve", _("Approve")
        HOLD = "hold", _("Hold")
        SPAM = "spam", _("Spam")
        REJECT = "reject", _("Reject")
        HAM = "ham", _("Not spam")
        TRASH = "trash", _("Trash")
        # A moderator's trash that says why: abusive (a label for the abuse model).
        ABUSIVE = "abusive", _("Abusive")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="decisions")
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    # The gate check that produced it ("links", "honeypot", ...), or the moderator's action.
    check_name = models.CharField(_("check"), max_length=40, blank=True)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    reason = models.CharField(_("reason"), max_length=500)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        # Once a moderation model; the table kept its name when it moved (comments/0012).
        db_table = "moderation_decision"
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["created", "pk"]

    def __str__(self) -> str:
        return f"{self.action}: {self.reason}"


class Report(models.Model):
    """A reader's report of a published comment. Who reported is kept only as a keyed digest
    (of their user id or client network), enough to count each reporter once and no more."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam")
        ABUSE = "abuse", _("Abusive or hateful")
        OFF_TOPIC = "off_topic", _("Off topic")
        PERSONAL_INFO = "personal_info", _("Shares personal information")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)
    reporter = models.CharField(_("reporter (keyed digest)"), max_length=64, editable=False)
    created = models.DateTimeField(_("created"), default=timezone.now)
    # Set when a moderator kept the comment after this report (approved it, or dismissed the
    # reports): it still counts, but it no longer hides the comment by itself.
    cleared = models.DateTimeField(_("cleared"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(fields=["comment", "reporter"], name="report_once_per_reporter")
        ]

    def __str__(self) -> str:
        return f"{self.reason} report of comment {self.comment_id}"


class CommenterNote(models.Model):
    """A moderator's note about a commenter (named by their commenter digest), for moderators
    only: never in a public page or response."""

    commenter = models.CharField(_("commenter (keyed digest)"), max_length=64, db_index=True)
    text = models.CharField(_("note"), max_length=1000)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    created = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("note about a commenter")
        verbose_name_plural = _("notes about commenters")
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"note on {self.commenter[:12]}: {self.text[:40]}"


class UsedEmailLink(models.Model):
    """A one-click moderation link from an email that was used: each link works once.

    Named by the random nonce signed into the link (comments.notifications), shared by the
    Approve and Spam links of one email about one comment.
    """

    nonce = models.CharField(max_length=32, unique=True)
    used = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("used email moderation link")
        verbose_name_plural = _("used email moderation links")

    def __str__(self) -> str:
        return f"link {self.nonce} used {self.used:%Y-%m-%d %H:%M}"


class Campaign(models.Model):
    """Near-duplicate comments, on any threads, from several commenters or networks within the
    window (moderation.campaigns); moderators mark it spam or "not a campaign".

    The counts are kept as members join, so the gate reads one row; deleting a member's comment
    leaves them until the next review recounts (comments.campaigns).
    """

    class Status(models.TextChoices):
        UNREVIEWED = Review.UNREVIEWED.value, _("Not reviewed")
        SPAM = Review.SPAM.value, _("Marked spam")
        NOT_CAMPAIGN = Review.NOT_CAMPAIGN.value, _("Not a campaign")

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.UNREVIEWED
    )
    size = models.PositiveIntegerField(_("comments"), default=0)
    commenters = models.PositiveIntegerField(_("commenters"), default=0)
    networks = models.PositiveIntegerField(_("networks"), default=0)
    threads = models.PositiveIntegerField(_("threads"), default=0)
    first_seen = models.DateTimeField(_("first seen"))
    last_seen = models.DateTimeField(_("last seen"))
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        ordering = ["-last_seen", "-pk"]

    def __str__(self) -> str:
        return f"campaign #{self.pk} ({self.size} comments, {self.get_status_display()})"


class CampaignMember(models.Model):
    """A comment in a campaign, with who wrote it from where, to count them apart."""

    comment = models.OneToOneField(
        Comment, on_delete=models.CASCADE, primary_key=True, related_name="campaign_membership"
    )
    # Indexed by the composite indexes below, which all lead with it.
    campaign = models.ForeignKey(
        Campaign, on_delete=models.CASCADE, related_name="members", db_index=False
    )
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    commenter = models.CharField(max_length=64, blank=True)  # the comment's author_digest
    network = models.CharField(max_length=50, blank=True)  # moderation.campaigns.network_of

    class Meta:
        verbose_name = _("campaign member")
        verbose_name_plural = _("campaign members")
        indexes = [
            models.Index(fields=["campaign", "commenter"], name="campaign_member_commenter_idx"),
            models.Index(fields=["campaign", "network"], name="campaign_member_network_idx"),
            models.Index(fields=["campaign", "thread"], name="campaign_member_thread_idx"),
        ]

    def __str__(self) -> str:
        return f"comment {self.comment_id} in campaign {self.campaign_id}"


class BandKey(models.Model):
    """One band key of a stored comment's MinHash signature (moderation.campaigns), with the
    comment's time: the gate finds near-duplicates of the window by an index probe per key."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="+")
    key = models.BigIntegerField()
    created = models.DateTimeField()

    class Meta:
        verbose_name = _("near-duplicate band key")
        verbose_name_plural = _("near-duplicate band keys")
        indexes = [
            # The lookup: each key, then the window. Its cost is the rows of that key in the
            # window, however many comments are stored.
            models.Index(fields=["key", "created"], name="bandkey_key_created_idx"),
        ]

    def __str__(self) -> str:
        return f"key {self.key} of comment {self.comment_id}"


class ShadowScore(models.Model):
    """The score a spam model version in shadow gave a new comment, deciding nothing: what the
    shadow check's live part compares with the score the active model gave it (`score`)."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="+")
    version = models.PositiveIntegerField()
    score = models.FloatField()

    class Meta:
        verbose_name = _("shadow score")
        verbose_name_plural = _("shadow scores")
        indexes = [models.Index(fields=["version", "comment"], name="shadowscore_version_idx")]

    def __str__(self) -> str:
        return f"v{self.version} scored comment {self.comment_id} {self.score:.3f}"


from comments.webhook_models import WebhookDelivery, WebhookEndpoint  # noqa: E402, F401, I001
from comments.notice_models import Notice, NotificationPreference  # noqa: E402, F401
from comments.subscription_models import FollowUp, FollowUpEmail  # noqa: E402, F401
