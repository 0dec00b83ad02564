"""Content keys become the key of a comment's word sequence (issue 12, finding 13).

The duplicate check compares a new comment's key with stored ones; rows keyed the old way would
not match for the length of the duplicate window, so every row is keyed again. The current key
function is used on purpose: whatever it becomes, stored keys must be what it computes.
"""

from django.db import migrations


def key_again(apps, schema_editor):
    from moderation.fingerprints import content_key

    Comment = apps.get_model("comments", "Comment")
    batch = []
    for comment in Comment.objects.only("pk", "content").iterator(chunk_size=2000):
        comment.content_key = content_key(comment.content)
        batch.append(comment)
        if len(batch) == 2000:
            Comment.objects.bulk_update(batch, ["content_key"])
            batch = []
    Comment.objects.bulk_update(batch, ["content_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0007_comment_avatar_key_random"),
    ]

    operations = [migrations.RunPython(key_again, migrations.RunPython.noop)]
