"""The Moderators group is there after every migrate, even after a flush emptied the database,
and a group its owner changed is left as it is."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from comments import moderators_group


def codenames(group: Group) -> set[str]:
    return set(group.permissions.values_list("codename", flat=True))


@pytest.mark.django_db(transaction=True)
def test_a_flushed_database_gets_the_group_back_with_its_permissions() -> None:
    Group.objects.filter(name="Moderators").delete()
    call_command("flush", interactive=False, verbosity=0)
    group = Group.objects.get(name="Moderators")
    assert codenames(group) == set(moderators_group.PERMISSIONS)


@pytest.mark.django_db(transaction=True)
def test_migrate_leaves_a_group_its_owner_changed() -> None:
    group = Group.objects.get(name="Moderators")
    group.permissions.remove(*group.permissions.filter(codename="change_thread"))
    call_command("migrate", verbosity=0)
    assert "change_thread" not in codenames(Group.objects.get(name="Moderators"))
