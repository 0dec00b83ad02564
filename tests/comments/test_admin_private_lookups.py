"""A moderator without view_author_private learns nothing private through the changelist.

The review recovered an email and an address with `?author_email__startswith=...`, reading the
result count as an oracle (issue 12, finding 2). Each private field is tried as a filter, as a
lookup through a relation, as a search and as an ordering: a moderator without the permission
gets the same page for a right guess as for a wrong one (or a refusal), never a filtered list.
"""

from __future__ import annotations

import pytest
from django.test import Client

from comments.models import Comment
from tests.conftest import make_comment

EMAIL = "pembaca.rahasia@example.id"
ADDRESS = "203.0.113.45"
AGENT = "Mozilla/5.0 (RahasiaOS)"
CHANGELIST = "/admin/comments/comment/"

# (lookup, a value that matches the comment, a value that does not)
GUESSES = [
    ("author_email__startswith", "pembaca.r", "zzz"),
    ("author_email__exact", EMAIL, "orang.lain@example.id"),
    ("author_email__iregex", "^pem", "^zzz"),
    ("author_email", EMAIL, "orang.lain@example.id"),
    ("ip_address", ADDRESS, "198.51.100.1"),
    ("ip_address__startswith", "203.0.113", "198.51"),
    ("user_agent__contains", "Rahasia", "Lainnya"),
    ("parent__author_email__startswith", "pembaca.r", "zzz"),
    ("replies__author_email__startswith", "pembaca.r", "zzz"),
    ("edit_secret_hash__startswith", "", "zzzz"),
    ("user__email__startswith", "mod", "zzz"),
]


@pytest.fixture
def secret_comment(thread, django_user_model):
    owner = django_user_model.objects.create_user("mod-owner", email="mod.owner@example.id")
    parent = make_comment(
        thread,
        author_email=EMAIL,
        ip_address=ADDRESS,
        user_agent=AGENT,
        user=owner,
        edit_secret_hash="ab" * 32,
        status=Comment.Status.PENDING,
    )
    make_comment(thread, parent=parent, author_email=EMAIL, status=Comment.Status.PENDING)
    make_comment(thread, author_email="tetangga@example.id", content="Orang lain.")
    return parent


def shown_ids(response) -> list[int]:
    return [obj.pk for obj in response.context["cl"].result_list]


def page(client: Client, **params: str):
    return client.get(CHANGELIST, {"status__exact": "pending", **params})


@pytest.mark.parametrize(("lookup", "right", "wrong"), GUESSES)
def test_it_refuses_a_private_field_as_a_filter(moderator, secret_comment, lookup, right, wrong):
    for guess in (right, wrong):
        response = page(moderator, **{lookup: guess})
        assert response.status_code == 400, (lookup, guess, response.status_code)


def test_the_private_permission_may_filter_by_email_and_address(privileged, secret_comment):
    by_email = page(privileged, author_email__startswith="pembaca.r")
    assert by_email.status_code == 200
    assert secret_comment.pk in shown_ids(by_email)
    assert page(privileged, author_email__startswith="zzz").context["cl"].result_count == 0
    by_address = page(privileged, ip_address=ADDRESS)
    assert by_address.status_code == 200
    assert secret_comment.pk in shown_ids(by_address)


def test_even_the_private_permission_cannot_probe_the_edit_secret(privileged, secret_comment):
    assert page(privileged, edit_secret_hash__startswith="ab").status_code == 400


@pytest.mark.parametrize("guess", [EMAIL, "pembaca.rahasia", "example.id", ADDRESS, "Rahasia"])
def test_a_search_does_not_read_private_fields(moderator, secret_comment, guess):
    response = page(moderator, q=guess)
    assert response.status_code == 200
    assert response.context["cl"].result_count == 0


def test_the_private_permission_searches_by_email(privileged, secret_comment):
    response = page(privileged, q="pembaca.rahasia")
    assert secret_comment.pk in shown_ids(response)


def test_no_ordering_reads_a_private_field(moderator, secret_comment):
    # `o` names columns of the list by position; none of them is private, and a number past
    # the columns is ignored, not resolved to a model field.
    for position in range(0, 30):
        response = page(moderator, o=str(position))
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            ordering = response.context["cl"].get_ordering(
                response.wsgi_request, response.context["cl"].root_queryset
            )
            flat = " ".join(str(part) for part in ordering)
            for private in ("author_email", "ip_address", "user_agent", "edit_secret"):
                assert private not in flat
