"""API shapes. Validation of a new comment is the HTML form's, so both speak the same rules."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from rest_framework import serializers

from comments.forms import CommentForm
from comments.models import Comment, Thread


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
        fields = ["id", "parent", "author_name", "author_url", "avatar", "content", "created"]

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


class CommentCreateSerializer(serializers.Serializer[Any]):
    """A new comment; the checks are CommentForm's (lengths, email, http(s) website, parent)."""

    thread = serializers.CharField(max_length=200)
    # DRF's metaclass takes declared fields off the class, so this does not shadow Field.parent.
    parent = serializers.IntegerField(  # type: ignore[assignment]
        required=False, allow_null=True, min_value=1
    )
    author_name = serializers.CharField(max_length=200, allow_blank=True)
    author_email = serializers.CharField(max_length=400, allow_blank=True)
    author_url = serializers.CharField(max_length=400, required=False, allow_blank=True)
    content = serializers.CharField(max_length=20_000, allow_blank=True, trim_whitespace=False)
    form_token = serializers.CharField(required=False, allow_blank=True, max_length=500)
    subject = serializers.CharField(
        required=False, allow_blank=True, max_length=500, help_text="Leave empty (a bot trap)."
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        thread = Thread.objects.filter(key=attrs["thread"]).first()
        if thread is None:
            raise serializers.ValidationError({"thread": ["There is no discussion with this key."]})
        form = CommentForm({**attrs, "parent": attrs.get("parent") or ""}, thread=thread)
        if not form.is_valid():
            raise serializers.ValidationError(
                {field: [str(e) for e in errors] for field, errors in form.errors.items()}
            )
        return {**form.cleaned_data, "thread_obj": thread}


class CommentEditSerializer(serializers.Serializer[Any]):
    content = serializers.CharField(max_length=20_000, allow_blank=True, trim_whitespace=False)


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
            "content",
            "status",
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
        fields = ["key", "title", "url", "is_open", "created"]
        read_only_fields = ["is_open", "created"]
