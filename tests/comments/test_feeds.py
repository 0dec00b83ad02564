"""Atom feeds of published comments: /feeds/KEY/ for one article, /feeds/ for the whole site."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from comments.feeds import FEED_ITEMS
from comments.models import Comment, Thread
from tests.conftest import make_comment

ATOM = "{http://www.w3.org/2005/Atom}"
EMAIL = "rahasia.pembaca.feed@example.org"


@pytest.fixture
def other(db: None) -> Thread:
    return Thread.objects.create(key="berita-lain", title="Berita lain", url="/berita/lain")


def parsed(response) -> ET.Element:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/atom+xml")
    # Our own server's answer in a test, not untrusted input.
    return ET.fromstring(response.content)  # noqa: S314


def entries(response) -> list[ET.Element]:
    return parsed(response).findall(f"{ATOM}entry")


def text(entry: ET.Element, tag: str) -> str:
    found = entry.find(f"{ATOM}{tag}")
    assert found is not None, tag
    return found.text or ""


def test_it_lists_only_published_comments_newest_first(client, thread):
    now = timezone.now()
    make_comment(thread, content="Yang lama.", created=now - timedelta(hours=2))
    make_comment(thread, content="Yang baru.", created=now - timedelta(hours=1))
    make_comment(thread, content="Masih ditahan.", status=Comment.Status.PENDING)
    make_comment(thread, content="judi online gacor", status=Comment.Status.SPAM)
    make_comment(thread, content="Sudah dibuang.", status=Comment.Status.TRASH)

    shown = [text(e, "summary") for e in entries(client.get(f"/feeds/{thread.key}/"))]
    assert shown == ["<p>Yang baru.</p>", "<p>Yang lama.</p>"]


def test_an_entry_has_the_name_the_permalink_and_the_time(client, thread):
    comment = make_comment(thread, author_name="Rina Wulandari")
    (entry,) = entries(client.get(f"/feeds/{thread.key}/"))
    assert text(entry, "title") == "Rina Wulandari"
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Rina Wulandari"
    link = entry.find(f"{ATOM}link")
    assert link is not None
    assert link.get("href") == f"http://testserver{comment.get_absolute_url()}"
    assert text(entry, "id") == link.get("href")
    assert text(entry, "updated").startswith(f"{comment.created:%Y-%m-%d}")


def test_no_email_nor_address_is_in_any_feed(client, thread):
    make_comment(
        thread,
        author_email=EMAIL,
        author_url="https://rina.example/blog",
        ip_address="198.51.100.23",
        user_agent="Mozilla/5.0 FeedLeakCheck",
    )
    for path in (f"/feeds/{thread.key}/", "/feeds/"):
        body = client.get(path).content.decode()
        assert "rahasia.pembaca.feed" not in body
        assert "198.51.100.23" not in body
        assert "FeedLeakCheck" not in body
        assert "<email>" not in body


def test_markup_in_a_comment_arrives_as_the_typed_characters(client, thread):
    make_comment(
        thread,
        author_name="<b>Nama</b>",
        content='<script>alert("feed")</script> & <img src=x onerror=alert(1)>\n\nParagraf dua.',
    )
    response = client.get(f"/feeds/{thread.key}/")
    (entry,) = entries(response)
    summary = entry.find(f"{ATOM}summary")
    assert summary is not None and summary.get("type") == "html"
    # The reader's feed reader reads this as HTML: escaped once more, it shows the characters.
    assert summary.text == (
        "<p>&lt;script&gt;alert(&quot;feed&quot;)&lt;/script&gt; &amp; "
        "&lt;img src=x onerror=alert(1)&gt;</p>\n\n<p>Paragraf dua.</p>"
    )
    assert text(entry, "title") == "<b>Nama</b>"  # a text element: the writer escapes it
    assert b"<script" not in response.content and b"<b>" not in response.content


def test_it_holds_at_most_the_newest_fifty(client, thread):
    start = timezone.now() - timedelta(days=1)
    for n in range(FEED_ITEMS + 5):
        make_comment(thread, content=f"Komentar nomor {n}.", created=start + timedelta(minutes=n))
    shown = entries(client.get(f"/feeds/{thread.key}/"))
    assert len(shown) == FEED_ITEMS
    assert text(shown[0], "summary") == f"<p>Komentar nomor {FEED_ITEMS + 4}.</p>"


def test_a_thread_feed_holds_only_that_threads_comments(client, thread, other):
    make_comment(thread, content="Di artikel demo.")
    make_comment(other, content="Di berita lain.")
    shown = [text(e, "summary") for e in entries(client.get(f"/feeds/{other.key}/"))]
    assert shown == ["<p>Di berita lain.</p>"]


def test_the_site_feed_holds_every_threads_published_comments(client, thread, other):
    make_comment(thread, content="Di artikel demo.", author_name="Budi")
    make_comment(other, content="Di berita lain.", author_name="Sari")
    make_comment(other, content="Ditahan.", status=Comment.Status.PENDING)
    response = client.get("/feeds/", HTTP_ACCEPT_LANGUAGE="en")
    titles = sorted(text(e, "title") for e in entries(response))
    assert titles == [f"Budi on “{thread.title}”", "Sari on “Berita lain”"]
    root = parsed(response)
    assert root.findtext(f"{ATOM}title") == "Latest comments"


def test_feed_titles_are_translated(client, thread):
    english = parsed(client.get(f"/feeds/{thread.key}/", HTTP_ACCEPT_LANGUAGE="en"))
    indonesian = parsed(client.get(f"/feeds/{thread.key}/", HTTP_ACCEPT_LANGUAGE="id"))
    assert english.findtext(f"{ATOM}title") == f"Comments on “{thread.title}”"
    assert indonesian.findtext(f"{ATOM}title") == f"Komentar pada “{thread.title}”"
    site = parsed(client.get("/feeds/", HTTP_ACCEPT_LANGUAGE="id"))
    assert site.findtext(f"{ATOM}title") == "Komentar terbaru"


def test_an_unknown_thread_has_no_feed(client, db):
    assert client.get("/feeds/tidak-ada/").status_code == 404


def test_a_closed_thread_keeps_its_feed(client, thread):
    make_comment(thread, content="Ditulis sebelum ditutup.")
    Thread.objects.filter(pk=thread.pk).update(is_open=False)
    shown = [text(e, "summary") for e in entries(client.get(f"/feeds/{thread.key}/"))]
    assert shown == ["<p>Ditulis sebelum ditutup.</p>"]


def test_a_feed_may_be_kept_by_caches_for_a_while(client, thread):
    response = client.get(f"/feeds/{thread.key}/")
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]
