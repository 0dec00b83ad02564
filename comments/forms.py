"""The Leave a Reply form: field rules and their messages, shared by every HTML entry point."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from comments.fields import AuthorEmailField, AuthorNameField
from comments.models import MAX_DEPTH, Comment, FollowUp, Thread
from comments.web_addresses import http_url_validator
from moderation import tokens

CONTENT_MIN_LENGTH = 2
CONTENT_MAX_LENGTH = 5000
NAME_MAX_LENGTH = 80
EMAIL_MAX_LENGTH = 254
URL_MAX_LENGTH = 200
# The `follow_up` values every entry point speaks: none, replies to my comment, the thread.
FOLLOW_UP_CHOICES = [
    ("", _("No")),
    (FollowUp.Scope.REPLIES.value, _("Replies to my comment")),
    (FollowUp.Scope.THREAD.value, _("All new comments in this discussion")),
]


class WebsiteField(forms.URLField):
    """http and https only: a javascript: or data: link must never reach a page."""

    default_validators = [
        http_url_validator(_("Enter a web address that starts with http:// or https://."))
    ]


class CommentForm(forms.Form):
    content = forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 8, "cols": 45, "maxlength": CONTENT_MAX_LENGTH}),
        min_length=CONTENT_MIN_LENGTH,
        max_length=CONTENT_MAX_LENGTH,
        error_messages={
            "required": _("Please type your comment."),
            "min_length": _(
                "Your comment is too short: write at least %(limit_value)d characters."
            ),
            "max_length": _(
                "Your comment is too long: at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    # One line, no bidi controls; only invisible characters is no name (comments.fields).
    author_name = AuthorNameField(
        label=_("Name"),
        max_length=NAME_MAX_LENGTH,
        widget=forms.TextInput(attrs={"autocomplete": "name", "size": 30}),
        error_messages={
            "required": _("Please enter your name."),
            "max_length": _("Your name is too long: at most %(limit_value)d characters."),
        },
    )
    # Stored canonical: lower case, no invisible characters, an IDNA domain (comments.fields).
    author_email = AuthorEmailField(
        label=_("Email"),
        max_length=EMAIL_MAX_LENGTH,
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "size": 30, "aria-describedby": "email-notes"}
        ),
        error_messages={
            "required": _("Please enter your email address. It will not be published."),
            "invalid": _("Please enter a valid email address, like name@example.com."),
            "max_length": _("Your email address is too long: at most %(limit_value)d characters."),
        },
    )
    author_url = WebsiteField(
        label=_("Website"),
        required=False,
        max_length=URL_MAX_LENGTH,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url", "size": 30}),
        error_messages={
            "invalid": _("Enter a web address that starts with http:// or https://."),
            "max_length": _("The web address is too long: at most %(limit_value)d characters."),
        },
    )
    remember = forms.BooleanField(
        label=_("Save my name, email, and website in this browser for the next time I comment."),
        required=False,
    )
    # Double opt-in: nothing is emailed before the address confirms (comments.follow_ups).
    follow_up = forms.ChoiceField(
        label=_("Notify me of follow-up comments by email"),
        choices=FOLLOW_UP_CHOICES,
        required=False,
        help_text=_("We first email you a link to confirm. Every email has a link to stop them."),
        error_messages={"invalid_choice": _("Choose one of the options offered.")},
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    thread = forms.CharField(widget=forms.HiddenInput, max_length=200)
    # Signed note of when the form was shown (moderation.tokens); judged by the gate.
    form_token = forms.CharField(required=False, widget=forms.HiddenInput)
    # Given with the nudge (moderation.nudges): sent back with the same text, it is posted for
    # a moderator to review instead of asked about again.
    nudge_token = forms.CharField(required=False, widget=forms.HiddenInput, max_length=500)
    # The honeypot: hidden from people by CSS, filled in by bots that fill every field.
    subject = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        strip=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args: Any, thread: Thread, **kwargs: Any) -> None:
        self.thread_obj = thread
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("thread", thread.key)
        # A bound form shows what was sent, never its initial values: sign a token only to show.
        bound = bool(args) or kwargs.get("data") is not None
        if not bound and "form_token" not in kwargs["initial"]:
            kwargs["initial"]["form_token"] = tokens.issue(thread.key)
        super().__init__(*args, **kwargs)

    def clean_thread(self) -> str:
        key: str = self.cleaned_data["thread"]
        if key != self.thread_obj.key:
            raise forms.ValidationError(_("This form belongs to another discussion."))
        return key

    def clean_parent(self) -> Comment | None:
        parent_id = self.cleaned_data.get("parent")
        if parent_id is None:
            return None
        parent = (
            Comment.objects.published()
            .filter(pk=parent_id, thread=self.thread_obj)
            .select_related("thread")
            .first()
        )
        if parent is None:
            raise forms.ValidationError(
                _("The comment you are replying to does not exist in this discussion.")
            )
        if parent.depth >= MAX_DEPTH:
            raise forms.ValidationError(
                _("Replies can be nested at most %(depth)d levels deep.") % {"depth": MAX_DEPTH}
            )
        return parent
