"""API shapes. Validation of a new comment is the HTML form's, so both speak the same rules."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import Any

from django.urls import reverse
from rest_framework import serializers

from comments.forms import FOLLOW_UP_CHOICES, CommentForm
from comments.models import THREAD_SETTINGS, Comment, Report, Thread


class PublicCommentSerializer(serializers.ModelSerializer[Comment]):
    """A published comment as anyone may see it: no email, no address, no hash of the email."""

    avatar = serializers.SerializerMethodField()
    # A plain string in the schema: an empty website would match both branches of the
    # oneOf(empty, uri) that a blank URLField produces, which no validator accepts.
    author_url = serializers.CharField(
        source="public_url", read_only=True, help_text="http(s) address, or empty"
    )

    class Meta:
        model = Comment
        fields = [
            "id",
            "parent",
            "author_name",
            "author_url",
            "avatar",
            "content",
            "created",
            "featured",
        ]

    def get_avatar(self, comment: Comment) -> str:
        return reverse("comments:avatar", kwargs={"key": comment.avatar_key})


_DATETIME = serializers.DateTimeField()


def public_comment_data(comment: Comment) -> dict[str, Any]:
    """PublicCommentSerializer's output, built directly (a test keeps the two equal).

    Every new comment and every uncached thread read goes through this: the serializer builds
    and deep-copies its fields for each use, which was a tenth of a whole POST under load
    (py-spy on benchmarks/load.py).
    """
    return {
        "id": comment.pk,
        "parent": comment.parent_id,
        "author_name": comment.author_name,
        "author_url": comment.public_url,
        "avatar": reverse("comments:avatar", kwargs={"key": comment.avatar_key}),
        "content": comment.content,
        "created": _DATETIME.to_representation(comment.created),
        "featured": comment.featured,
    }


def created_data(comment: Comment, status: str, edit_token: str, until: Any) -> dict[str, Any]:
    """CreatedSerializer's output, built directly like public_comment_data."""
    return {
        "id": comment.pk,
        "status": status,
        "edit_token": edit_token,
        "editable_until": _DATETIME.to_representation(until),
        "comment": public_comment_data(comment) if comment.is_published else None,
    }


def refuse_nul_bytes(data: Any) -> None:
    """Field errors for text holding a NUL byte, which no field may hold (PostgreSQL refuses
    it in any query, so it must not reach one)."""
    if not isinstance(data, Mapping):
        return
    bad = {
        str(name): ["Null characters are not allowed."]
        for name, value in data.items()
        if isinstance(value, str) and "\x00" in value
    }
    if bad:
        raise serializers.ValidationError(bad)


def _limit(name: str) -> int:
    """A CommentForm field's maximum length: the schema states the form's own limits."""
    limit = getattr(CommentForm.base_fields[name], "max_length", None)
    assert isinstance(limit, int)
    return limit


class CommentCreateSerializer(serializers.Serializer[Any]):
    """A new comment. The fields below describe it for the schema, with CommentForm's limits;
    the checking is the form's alone (lengths, email, http(s) website, parent), done once, so
    the API and the page give the same messages in the reader's language."""

    thread = serializers.CharField(max_length=_limit("thread"))
    # DRF's metaclass takes declared fields off the class, so this does not shadow Field.parent.
    parent = serializers.IntegerField(  # type: ignore[assignment]
        required=False, allow_null=True, min_value=1
    )
    author_name = serializers.CharField(max_length=_limit("author_name"), allow_blank=True)
    author_email = serializers.CharField(max_length=_limit("author_email"), allow_blank=True)
    author_url = serializers.CharField(
        max_length=_limit("author_url"), required=False, allow_blank=True
    )
    content = serializers.CharField(
        max_length=_limit("content"), allow_blank=True, trim_whitespace=False
    )
    form_token = serializers.CharField(required=False, allow_blank=True, max_length=500)
    nudge_token = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=500,
        help_text="The nudge_token of a 200 answer with nudge true: the same text sent again "
        "with it is posted for a moderator to review.",
    )
    subject = serializers.CharField(
        required=False, allow_blank=True, max_length=500, help_text="Leave empty (a bot trap)."
    )
    follow_up = serializers.ChoiceField(
        choices=[value for value, _label in FOLLOW_UP_CHOICES if value],
        required=False,
        allow_blank=True,
        help_text=(
            'Email me about follow-up comments: "" (no, the default), "replies" (replies to '
            'this comment) or "thread" (every new published comment in the thread). Nothing is '
            "sent before the address confirms by the link in a first email, sent once the "
            "comment is published."
        ),
    )

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        if not isinstance(data, Mapping):
            raise serializers.ValidationError(
                {"non_field_errors": ["Send the comment as a JSON object."]}
            )
        refuse_nul_bytes(data)
        values: dict[str, Any] = {}
        wrong_type: dict[str, list[str]] = {}
        # The declared names, not `self.fields`: that deep-copies every field on each request
        # (2% of a POST's CPU) and nothing here uses the copies.
        for name in self._declared_fields:
            value = data.get(name)
            if value is None:
                continue
            if name == "parent" and isinstance(value, int) and not isinstance(value, bool):
                values[name] = str(value)
            elif isinstance(value, str):
                values[name] = value
            else:
                wrong_type[name] = ["Not a valid string." if name != "parent" else "Not a number."]
        if wrong_type:
            raise serializers.ValidationError(wrong_type)
        # get(), not first(): no ORDER BY to compile for a unique key (3% of a POST's CPU).
        try:
            thread: Thread | None = Thread.objects.get(key=values.get("thread", ""))
        except Thread.DoesNotExist:
            thread = None
        if thread is None:
            message = "There is no discussion with this key." if values.get("thread") else None
            raise serializers.ValidationError({"thread": [message or "This field is required."]})
        form = CommentForm(values, thread=thread)
        if not form.is_valid():
            raise serializers.ValidationError(
                {field: [str(e) for e in errors] for field, errors in form.errors.items()}
            )
        return {**form.cleaned_data, "thread_obj": thread}


class CommentEditSerializer(serializers.Serializer[Any]):
    """New text for a comment; checked by the form's content field (the view does), once."""

    content = serializers.CharField(
        max_length=_limit("content"), allow_blank=True, trim_whitespace=False
    )

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        content = data.get("content") if isinstance(data, Mapping) else None
        if not isinstance(content, str):
            raise serializers.ValidationError({"content": ["Send the new text as a string."]})
        return {"content": content}


class ReportSerializer(serializers.Serializer[Any]):
    """A reader's report of a published comment."""

    reason = serializers.ChoiceField(choices=Report.Reason.choices)
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")


class BanSerializer(serializers.Serializer[Any]):
    """A ban: by `email` (kept only as its keyed digest), `user` (id) or `network`, exactly one."""

    id = serializers.IntegerField(read_only=True)
    kind = serializers.CharField(read_only=True)
    value = serializers.CharField(read_only=True, help_text="digest, user id or network")
    email = serializers.EmailField(write_only=True, required=False)
    user = serializers.IntegerField(write_only=True, required=False, min_value=1)
    network = serializers.CharField(write_only=True, required=False, max_length=64)
    until = serializers.DateTimeField(required=False, allow_null=True)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")
    note = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")
    created = serializers.DateTimeField(read_only=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        given = [name for name in ("email", "user", "network") if attrs.get(name) is not None]
        if len(given) != 1:
            raise serializers.ValidationError(
                {"non_field_errors": ["Give exactly one of email, user or network."]}
            )
        if "network" in given:
            try:
                network = ipaddress.ip_network(attrs["network"], strict=False)
            except ValueError:
                raise serializers.ValidationError(
                    {"network": ["An address or network, like 203.0.113.0/24."]}
                ) from None
            attrs["network"] = str(network)
        return attrs


class CreatedSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(
        choices=["approved", "pending"],
        help_text="pending: held for a moderator (also what a comment judged spam is told).",
    )
    edit_token = serializers.CharField(
        help_text="Secret for PATCH/DELETE of this comment within the edit window."
    )
    editable_until = serializers.DateTimeField()
    comment = PublicCommentSerializer(allow_null=True, help_text="Set when published.")


class NudgeSerializer(serializers.Serializer[Any]):
    nudge = serializers.BooleanField(
        help_text="Always true: nothing was stored. The comment may break the community "
        "guidelines; the reader edits it, or sends the same text again with nudge_token."
    )
    detail = serializers.CharField(help_text="What to tell the reader, in their language.")
    nudge_token = serializers.CharField(
        help_text="Send back with the same text to post it for a moderator to review."
    )


class ErrorSerializer(serializers.Serializer[Any]):
    detail = serializers.CharField()
    code = serializers.CharField()


class FormTokenSerializer(serializers.Serializer[Any]):
    thread = serializers.CharField()
    form_token = serializers.CharField()
    expires_in = serializers.IntegerField()
    min_seconds = serializers.IntegerField()


class ModerationCommentSerializer(serializers.ModelSerializer[Comment]):
    """A comment as a moderator sees it; email and address only with view_author_private."""

    thread: serializers.SlugRelatedField[Thread] = serializers.SlugRelatedField(
        slug_field="key", read_only=True
    )
    author_url = serializers.CharField(read_only=True, help_text="http(s) address, or empty")
    reasons = serializers.SerializerMethodField()
    author_email = serializers.SerializerMethodField()
    ip_address = serializers.SerializerMethodField()

    class Meta:
        model = Comment
        fields = [
            "id",
            "thread",
            "parent",
            "author_name",
            "author_url",
            "author_email",
            "ip_address",
            "author_digest",
            "content",
            "status",
            "featured",
            "score",
            "created",
            "reasons",
        ]

    def get_reasons(self, comment: Comment) -> list[str]:
        return [decision.reason for decision in comment.decisions.all()]

    def _private(self) -> bool:
        request = self.context.get("request")
        return bool(request and request.user.has_perm("comments.view_author_private"))

    def get_author_email(self, comment: Comment) -> str | None:
        return comment.author_email if self._private() else None

    def get_ip_address(self, comment: Comment) -> str | None:
        return comment.ip_address if self._private() else None


class ThreadSerializer(serializers.ModelSerializer[Thread]):
    """A thread; its key (a slug) and URL (http(s) or a local path) are checked by the model's
    validators, which a ModelSerializer applies, so the API and the admin refuse the same."""

    class Meta:
        model = Thread
        fields = ["key", "title", "url", "is_open", "created", *THREAD_SETTINGS]
        read_only_fields = ["is_open", "created"]

    def to_internal_value(self, data: Any) -> Any:
        # The key's uniqueness check queries the database, and PostgreSQL refuses a NUL byte
        # outright (a 500): such a value is refused before any validator runs.
        refuse_nul_bytes(data)
        return super().to_internal_value(data)


class ThreadSettingsSerializer(ThreadSerializer):
    """A thread's title, address and own settings; its key names it and stays."""

    class Meta(ThreadSerializer.Meta):
        read_only_fields = ["key", "is_open", "created"]
