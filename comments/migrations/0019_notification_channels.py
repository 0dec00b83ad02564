"""Channel-neutral notices (issue 15): HeldNotice (one row per held comment, emailed to every
moderator) becomes Notice (one row per event and channel), and moderators choose their events.

Each old row becomes one notice per moderator who has an email today, so what was emailed is
not emailed again and what waited for the digest still waits for it.
"""

import comments.notice_models
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def held_notices_to_notices(apps, schema_editor):
    HeldNotice = apps.get_model("comments", "HeldNotice")
    Notice = apps.get_model("comments", "Notice")
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    may_moderate = (
        models.Q(is_superuser=True)
        | models.Q(user_permissions__codename="can_moderate")
        | models.Q(groups__permissions__codename="can_moderate")
    )
    moderator_ids = list(
        User.objects.filter(may_moderate, is_active=True)
        .exclude(email="")
        .distinct()
        .values_list("pk", flat=True)
    )
    rows = [
        Notice(
            channel=f"email:{user_id}",
            event_type="comment.held",
            event_id=f"held{old.comment_id}",
            comment_id=old.comment_id,
            event={"id": f"held{old.comment_id}", "type": "comment.held"},
            created=old.created,
            sent=old.emailed,
            in_digest=old.in_digest,
        )
        for old in HeldNotice.objects.iterator()
        for user_id in moderator_ids
    ]
    Notice.objects.bulk_create(rows, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0018_thread_page_size_help"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="webhookdelivery",
            name="event_type",
            field=models.CharField(
                choices=[
                    ("comment.held", "A comment is held for moderation"),
                    ("comment.spam_caught", "A comment is caught as spam"),
                    ("comment.reported", "Readers report a comment"),
                    ("campaign.found", "A spam campaign is found"),
                    ("model.activated", "A new spam model is activated"),
                    ("test", "Test event"),
                    ("digest", "Digest of events"),
                ],
                max_length=40,
                verbose_name="event",
            ),
        ),
        migrations.CreateModel(
            name="Notice",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("channel", models.CharField(max_length=40, verbose_name="channel")),
                (
                    "event_type",
                    models.CharField(
                        choices=[
                            ("comment.held", "A comment is held for moderation"),
                            ("comment.spam_caught", "A comment is caught as spam"),
                            ("comment.reported", "Readers report a comment"),
                            ("campaign.found", "A spam campaign is found"),
                            ("model.activated", "A new spam model is activated"),
                            ("test", "Test event"),
                            ("digest", "Digest of events"),
                        ],
                        max_length=40,
                        verbose_name="event",
                    ),
                ),
                ("event_id", models.CharField(max_length=32, verbose_name="event id")),
                ("event", models.JSONField(default=dict, verbose_name="event data")),
                (
                    "created",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="created"),
                ),
                (
                    "sent",
                    models.DateTimeField(blank=True, null=True, verbose_name="sent on its own"),
                ),
                (
                    "in_digest",
                    models.DateTimeField(blank=True, null=True, verbose_name="told in a digest"),
                ),
                (
                    "comment",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notices",
                        to="comments.comment",
                    ),
                ),
            ],
            options={
                "verbose_name": "notice",
                "verbose_name_plural": "notices",
            },
        ),
        migrations.CreateModel(
            name="NotificationPreference",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "email_events",
                    models.JSONField(
                        blank=True,
                        default=comments.notice_models.default_email_events,
                        verbose_name="email me about",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="comment_notifications",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="moderator",
                    ),
                ),
            ],
            options={
                "verbose_name": "notification preference",
                "verbose_name_plural": "notification preferences",
            },
        ),
        migrations.RunPython(held_notices_to_notices, migrations.RunPython.noop),
        migrations.DeleteModel(
            name="HeldNotice",
        ),
        migrations.AddIndex(
            model_name="notice",
            index=models.Index(fields=["channel", "sent"], name="notice_channel_sent_idx"),
        ),
        migrations.AddIndex(
            model_name="notice",
            index=models.Index(
                condition=models.Q(("in_digest__isnull", True), ("sent__isnull", True)),
                fields=["created"],
                name="notice_waiting_idx",
            ),
        ),
        migrations.AddConstraint(
            model_name="notice",
            constraint=models.UniqueConstraint(
                fields=("channel", "event_id"), name="notice_once_per_channel"
            ),
        ),
    ]
