"""Readers' follow-up email subscriptions and the log of what they were sent (issue 16)."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('comments', '0019_notification_channels'),
    ]

    operations = [
        migrations.CreateModel(
            name='FollowUp',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('email', models.EmailField(max_length=254, verbose_name='email')),
                ('email_digest', models.CharField(editable=False, max_length=64)),
                ('scope', models.CharField(choices=[('replies', 'Replies to my comment'), ('thread', 'All new comments in this discussion')], max_length=10, verbose_name='notify about')),
                ('language', models.CharField(blank=True, max_length=10, verbose_name='language')),
                ('created', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created')),
                ('confirmation_sent', models.DateTimeField(blank=True, null=True, verbose_name='confirmation sent')),
                ('confirmed', models.DateTimeField(blank=True, null=True, verbose_name='confirmed')),
                ('unsubscribed', models.DateTimeField(blank=True, null=True, verbose_name='unsubscribed')),
                ('comment', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='follow_up', to='comments.comment', verbose_name='comment')),
                ('thread', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='follow_ups', to='comments.thread', verbose_name='thread')),
            ],
            options={
                'verbose_name': 'follow-up subscription',
                'verbose_name_plural': 'follow-up subscriptions',
            },
        ),
        migrations.CreateModel(
            name='FollowUpEmail',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sent', models.DateTimeField(default=django.utils.timezone.now)),
                ('comment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='comments.comment')),
                ('subscription', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='emails', to='comments.followup')),
            ],
            options={
                'verbose_name': 'follow-up email',
                'verbose_name_plural': 'follow-up emails',
            },
        ),
        migrations.AddIndex(
            model_name='followup',
            index=models.Index(fields=['thread', 'scope'], name='followup_thread_scope_idx'),
        ),
        migrations.AddIndex(
            model_name='followup',
            index=models.Index(fields=['email_digest'], name='followup_digest_idx'),
        ),
        migrations.AddIndex(
            model_name='followupemail',
            index=models.Index(fields=['sent'], name='followup_email_sent_idx'),
        ),
        migrations.AddConstraint(
            model_name='followupemail',
            constraint=models.UniqueConstraint(fields=('subscription', 'comment'), name='followup_email_once'),
        ),
    ]
