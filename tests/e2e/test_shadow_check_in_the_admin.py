"""A model keeper opens a new spam model's shadow check in the admin, reads what it would change
and activates it (issue 19)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from playwright.sync_api import Browser, expect

from comments.models import Decision
from moderation.classifier import store
from moderation.classifier.datasets import starter_corpus
from moderation.classifier.train import train
from moderation.models import SpamModel
from tests.conftest import make_comment
from tests.e2e.accessibility import assert_accessible
from tests.e2e.conftest import logged_in_as

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def a_model() -> SpamModel:
    rows = starter_corpus()
    chosen = [r for r in rows if r.label == 1][:150] + [r for r in rows if r.label == 0][:150]
    return store.save(train(chosen, folds=3, c_grid=(1.0,)))


def test_a_keeper_reads_the_shadow_check_and_activates(
    browser: Browser, live_server, thread, django_user_model
):
    for text, status, action in [
        ("Terima kasih, liputan banjir di kampung kami jelas sekali.", "approved", "ham"),
        ("Slot gacor maxwin hari ini, depo 10rb via dana, link di bio", "spam", "spam"),
    ]:
        comment = make_comment(thread, content=text, status=status)
        Decision.objects.create(comment=comment, source="human", action=action, reason="test")
    live = a_model()
    store.make_active(live)
    candidate = a_model()
    keeper = django_user_model.objects.create_user("erin", password="pw-12345678", is_staff=True)
    keeper.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_spammodel", "activate_model"])
    )
    context, page = logged_in_as(browser, live_server, "erin")

    page.goto(live_server.url + "/admin/moderation/spammodel/")
    page.locator(f'a[href="/admin/moderation/spammodel/{candidate.pk}/shadow/"]').click()
    expect(
        page.get_by_text(f"Spam model v{candidate.pk} and the active v{live.pk}")
    ).to_be_visible()
    expect(page.get_by_text("Not worse on the moderators' labels.")).to_be_visible()
    expect(page.get_by_role("heading", name="Against the moderators' decisions")).to_be_visible()
    assert_accessible(page, "#content-main")
    page.get_by_role("button", name="Activate").click()
    expect(page.get_by_text(f"v{candidate.pk} is active")).to_be_visible()
    assert SpamModel.objects.get(active=True).pk == candidate.pk
    # The article reads as before: the approved comment is there, the spam is not.
    article = page.context.new_page()
    article.goto(f"{live_server.url}/articles/{thread.key}/")
    expect(article.get_by_text("liputan banjir di kampung kami")).to_be_visible()
    expect(article.get_by_text("Slot gacor")).to_have_count(0)
    context.close()
