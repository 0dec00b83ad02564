"""Decision and HeldNotice move from moderation to comments (issue 13: one direction between
the apps). Only Django's picture of them moves; the tables keep their names and rows
(db_table), so nothing is copied and nothing is lost. moderation/0009 forgets them first."""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('comments', '0011_thread_key_slug_and_http_url'),
        ('moderation', '0009_move_decision_and_held_notice'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.SeparateDatabaseAndState(state_operations=[
        migrations.CreateModel(
            name='Decision',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('source', models.CharField(choices=[('gate', 'Gate'), ('human', 'Moderator'), ('author', 'Author')], max_length=10, verbose_name='source')),
                ('check_name', models.CharField(blank=True, max_length=40, verbose_name='check')),
                ('action', models.CharField(choices=[('approve', 'Approve'), ('hold', 'Hold'), ('spam', 'Spam'), ('reject', 'Reject'), ('ham', 'Not spam'), ('trash', 'Trash')], max_length=10, verbose_name='action')),
                ('reason', models.CharField(max_length=500, verbose_name='reason')),
                ('created', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created')),
                ('actor', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL)),
                ('comment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='decisions', to='comments.comment')),
            ],
            options={
                'verbose_name': 'decision',
                'verbose_name_plural': 'decisions',
                'db_table': 'moderation_decision',
                'ordering': ['created', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='HeldNotice',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created', models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                ('emailed', models.DateTimeField(blank=True, db_index=True, null=True)),
                ('in_digest', models.DateTimeField(blank=True, db_index=True, null=True)),
                ('comment', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='held_notice', to='comments.comment')),
            ],
            options={
                'verbose_name': 'held-comment notice',
                'verbose_name_plural': 'held-comment notices',
                'db_table': 'moderation_heldnotice',
            },
        ),
    ])]
