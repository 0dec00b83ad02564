"""Spam model versions over the API: a version's shadow check, and activating it (issue 19).

The same steps as the admin's shadow page and `manage.py shadow_check` / `train_spam_model
--activate`: a version that is worse on the moderators' latest decisions is refused with 409
unless the request says `force`.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from comments.api.serializers import ErrorSerializer
from comments.api.views import FIELD_ERRORS
from moderation.classifier import registry, shadow, store
from moderation.models import SpamModel

ERRORS = {403: ErrorSerializer, 404: ErrorSerializer}


class _HasPermission(BasePermission):
    codename = ""

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and user.has_perm(self.codename))


class CanViewModels(_HasPermission):
    message = "You need the permission to view model versions."
    codename = "moderation.view_spammodel"


class CanActivateModels(_HasPermission):
    message = "You need the permission to make a model version active."
    codename = "moderation.activate_model"


class FiguresSerializer(serializers.Serializer[Any]):
    spam = serializers.IntegerField(help_text="comments moderators marked as spam")
    ham = serializers.IntegerField(help_text="comments moderators approved")
    flagged_spam = serializers.IntegerField(help_text="of the spam, held or sent to spam")
    flagged_ham = serializers.IntegerField(help_text="of the approved, held or sent to spam")
    spammed_ham = serializers.IntegerField(help_text="of the approved, sent to spam")
    precision = serializers.FloatField(allow_null=True)
    recall = serializers.FloatField(allow_null=True)
    false_positive_rate = serializers.FloatField(allow_null=True)


class ChangeSerializer(serializers.Serializer[Any]):
    pk = serializers.IntegerField(help_text="the comment")
    text = serializers.CharField(help_text="its first 300 characters")
    is_spam = serializers.BooleanField(help_text="the moderator's label")
    old_action = serializers.ChoiceField(choices=shadow.CALLS)
    old_score = serializers.FloatField()
    new_action = serializers.ChoiceField(choices=shadow.CALLS)
    new_score = serializers.FloatField()
    reasons = serializers.ListField(child=serializers.CharField())


class ChangesSerializer(serializers.Serializer[Any]):
    published_to_held = serializers.IntegerField()
    held_to_published = serializers.IntegerField()
    to_spam = serializers.IntegerField()
    out_of_spam = serializers.IntegerField()


class LiveSerializer(serializers.Serializer[Any]):
    comments = serializers.IntegerField(help_text="new comments it scored in shadow")
    changes = ChangesSerializer()
    old = FiguresSerializer(help_text="the active model, on those moderators decided since")
    new = FiguresSerializer(help_text="this version, on the same comments")


class ShadowReportSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField()
    against = serializers.IntegerField(allow_null=True, help_text="the active version")
    comments = serializers.IntegerField(help_text="decided comments it was checked on")
    changes = ChangesSerializer()
    old = FiguresSerializer(allow_null=True)
    new = FiguresSerializer()
    biggest = ChangeSerializer(many=True)
    worse = serializers.BooleanField()
    why = serializers.CharField()
    live = LiveSerializer(allow_null=True, help_text="while it ran in shadow, if it did")
    shadow_until = serializers.DateTimeField(allow_null=True)


class ShadowPeriodSerializer(serializers.Serializer[Any]):
    days = serializers.FloatField(
        min_value=0.01, max_value=365, help_text="how long it scores new comments in shadow"
    )


class ShadowStartedSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField()
    shadow_until = serializers.DateTimeField()


class ActivateSerializer(serializers.Serializer[Any]):
    force = serializers.BooleanField(
        default=False, help_text="activate even when the shadow check finds it worse"
    )


class ActivatedSerializer(serializers.Serializer[Any]):
    active = serializers.BooleanField()
    report = ShadowReportSerializer()


class RefusedSerializer(ErrorSerializer):
    report = ShadowReportSerializer()


def _no_such_model(pk: int) -> Response:
    return Response({"detail": f"There is no model v{pk}.", "code": "not_found"}, status=404)


def _report(pk: int) -> shadow.Report | Response:
    if not SpamModel.objects.filter(pk=pk).exists():
        return _no_such_model(pk)
    try:
        return shadow.check(pk)
    except shadow.ShadowError as error:
        return Response({"detail": str(error), "code": "not_checkable"}, status=404)


class ShadowCheckView(APIView):
    """What this spam model version would change on the moderators' latest decisions (GET);
    run it in shadow on new comments for a number of days (POST, the activate permission)."""

    def get_permissions(self) -> list[BasePermission]:
        wanted = CanActivateModels if self.request.method == "POST" else CanViewModels
        return [wanted()]

    @extend_schema(
        operation_id="moderation_model_shadow", responses={200: ShadowReportSerializer, **ERRORS}
    )
    def get(self, request: Request, pk: int) -> Response:
        report = _report(pk)
        if isinstance(report, Response):
            return report
        return Response(report.as_dict())

    @extend_schema(
        operation_id="moderation_model_shadow_start",
        request=ShadowPeriodSerializer,
        responses={200: ShadowStartedSerializer, 400: FIELD_ERRORS, **ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        asked = ShadowPeriodSerializer(data=request.data if isinstance(request.data, dict) else {})
        asked.is_valid(raise_exception=True)
        row = SpamModel.objects.filter(pk=pk).defer("blob").first()
        if row is None:
            return Response(
                {"detail": f"There is no model v{pk}.", "code": "not_found"}, status=404
            )
        try:
            until = shadow.start_shadow(row, asked.validated_data["days"])
        except shadow.ShadowError as error:
            return Response({"detail": str(error), "code": "not_shadowable"}, status=404)
        return Response({"version": row.pk, "shadow_until": until})


class ActivateModelView(APIView):
    """Make this spam model version active, after its shadow check."""

    permission_classes = [CanActivateModels]

    @extend_schema(
        operation_id="moderation_model_activate",
        request=ActivateSerializer,
        responses={200: ActivatedSerializer, 400: FIELD_ERRORS, 409: RefusedSerializer, **ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        asked = ActivateSerializer(data=request.data if isinstance(request.data, dict) else {})
        asked.is_valid(raise_exception=True)
        report = _report(pk)
        if isinstance(report, Response):
            return report
        if report.worse and not asked.validated_data["force"]:
            return Response(
                {"detail": f"Not activated: {report.why}.", "code": "worse_model",
                 "report": report.as_dict()},
                status=409,
            )  # fmt: skip
        store.make_active(SpamModel.objects.defer("blob").get(pk=pk))
        registry.forget()
        return Response({"active": True, "report": report.as_dict()})
