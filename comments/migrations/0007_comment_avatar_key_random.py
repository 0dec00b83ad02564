"""Each comment gets its own random avatar key (issue 12, finding 4).

AddField computes a callable default once for all existing rows, so the rows are then given a
key each. Old comments are not grouped by email: that grouping is what linked people across
threads and confirmed typed emails.
"""

import secrets

from django.db import migrations, models

import comments.avatars


def give_each_comment_its_own_key(apps, schema_editor):
    Comment = apps.get_model("comments", "Comment")
    batch = []
    for comment in Comment.objects.only("pk").iterator(chunk_size=2000):
        comment.avatar_key = secrets.token_hex(16)
        batch.append(comment)
        if len(batch) == 2000:
            Comment.objects.bulk_update(batch, ["avatar_key"])
            batch = []
    Comment.objects.bulk_update(batch, ["avatar_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0006_duplicate_check_index_content_first"),
    ]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="avatar_key",
            field=models.CharField(
                default=comments.avatars.new_avatar_key, editable=False, max_length=32
            ),
        ),
        migrations.RunPython(give_each_comment_its_own_key, migrations.RunPython.noop),
    ]
