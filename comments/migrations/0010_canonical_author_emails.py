"""Stored emails take their canonical spelling (issue 12, finding 12).

Export and erasure of one person's data match the canonical spelling of the email asked for;
a row stored as "ann\\u200b@example.com" or with fullwidth letters would never be found. The
current function is used on purpose: stored emails must be what it computes. An address whose
canonical form no longer fits the column (an IDNA domain can grow) is left as it was.
"""

from django.db import migrations


def canonicalise(apps, schema_editor):
    from moderation.identity import canonical_email

    Comment = apps.get_model("comments", "Comment")
    limit = Comment._meta.get_field("author_email").max_length
    batch = []
    rows = Comment.objects.exclude(author_email="").only("pk", "author_email")
    for comment in rows.iterator(chunk_size=2000):
        canonical = canonical_email(comment.author_email)
        if canonical != comment.author_email and len(canonical) <= limit:
            comment.author_email = canonical
            batch.append(comment)
        if len(batch) == 2000:
            Comment.objects.bulk_update(batch, ["author_email"])
            batch = []
    Comment.objects.bulk_update(batch, ["author_email"])


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0009_used_email_link"),
    ]

    operations = [migrations.RunPython(canonicalise, migrations.RunPython.noop)]
