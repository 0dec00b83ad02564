"""A reader reports a comment from the page, without JavaScript (issue 14)."""

from __future__ import annotations

import re

import pytest

from comments.models import Comment, Report
from tests.conftest import make_comment


@pytest.fixture(autouse=True)
def generous_report_rates(tune_comments) -> None:
    tune_comments(report_rates=["100/m"])


def test_every_published_comment_has_a_report_link(client, thread):
    shown = make_comment(thread, content="Komentar yang terbit.")
    make_comment(thread, status=Comment.Status.PENDING, content="Komentar yang ditahan.")
    html = client.get("/").content.decode()
    links = re.findall(r'class="comment-report-link"[^>]*href="([^"]+)"', html)
    assert links == [f"/comments/{shown.pk}/report/"]


def test_the_form_page_sends_a_report_with_csrf(csrf_client, thread):
    comment = make_comment(thread, content="Isi komentar yang dilaporkan.")
    page = csrf_client.get(f"/comments/{comment.pk}/report/", HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    assert page.status_code == 200 and "Isi komentar yang dilaporkan." in html
    assert "no-cache" in page["Cache-Control"] or "no-store" in page["Cache-Control"]
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found is not None
    token = found.group(1)
    done = csrf_client.post(
        f"/comments/{comment.pk}/report/",
        {"reason": "personal_info", "note": "Ada nomor telepon.", "csrfmiddlewaretoken": token},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert done.status_code == 200
    assert "Thank you. The moderators will look at it." in done.content.decode()
    assert Report.objects.get().reason == "personal_info"


def test_without_csrf_nothing_is_stored(csrf_client, thread):
    comment = make_comment(thread)
    response = csrf_client.post(f"/comments/{comment.pk}/report/", {"reason": "spam"})
    assert response.status_code == 403
    assert not Report.objects.exists()


def test_no_reason_comes_back_with_an_error_in_indonesian(client, thread):
    comment = make_comment(thread)
    response = client.post(
        f"/comments/{comment.pk}/report/", {"note": "x"}, HTTP_ACCEPT_LANGUAGE="id"
    )
    assert response.status_code == 400
    assert "Pilih salah satu alasan." in response.content.decode()
    assert not Report.objects.exists()


def test_a_held_comment_has_no_report_page(client, thread):
    held = make_comment(thread, status=Comment.Status.PENDING)
    assert client.get(f"/comments/{held.pk}/report/").status_code == 404
