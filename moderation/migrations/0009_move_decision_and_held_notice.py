"""Decision and HeldNotice now belong to the comments app (comments/0012), which keeps their
tables: here they leave Django's picture of moderation only; no table is dropped."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('moderation', '0008_decision_action_choices'),
    ]

    operations = [migrations.SeparateDatabaseAndState(state_operations=[
        migrations.RemoveField(
            model_name='heldnotice',
            name='comment',
        ),
        migrations.DeleteModel(
            name='Decision',
        ),
        migrations.DeleteModel(
            name='HeldNotice',
        ),
    ])]
