"""A comment's text on the page: paragraphs, line breaks and http(s) links; nothing else."""

from __future__ import annotations

import re

import pytest

from comments.comment_text import as_html


def test_blank_lines_make_paragraphs_and_single_breaks_stay():
    assert as_html("Satu\nbaris dua\n\n\nParagraf baru") == (
        "<p>Satu<br>baris dua</p><p>Paragraf baru</p>"
    )


def test_an_address_becomes_a_nofollow_ugc_link():
    html = as_html("Sumbernya di https://berita.example/ekonomi/2026?hal=2 ya")
    assert html == (
        'Sumbernya di <a href="https://berita.example/ekonomi/2026?hal=2" '
        'rel="nofollow ugc noopener">https://berita.example/ekonomi/2026?hal=2</a> ya'
    ).join(["<p>", "</p>"])


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Lihat http://a.example/x.", "http://a.example/x"),
        ("(lihat https://a.example/wiki/Kota_(Jawa))", "https://a.example/wiki/Kota_(Jawa)"),
        ("(lihat https://a.example/x)", "https://a.example/x"),
        ("Ini: https://a.example/x, dan itu", "https://a.example/x"),
    ],
)
def test_sentence_punctuation_stays_outside_the_link(text, linked):
    assert f'href="{linked}"' in as_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<a href="https://x.example">klik</a>',
        "javascript:alert(1)",
        'https://x.example/"onmouseover=alert(1)',
        "www.tanpa-skema.example dan surat@contoh.example",
    ],
)
def test_nothing_else_becomes_markup(text):
    html = as_html(text)
    tags = re.findall(r"<[^>]*>", html)
    assert set(tags) <= {"<p>", "</p>", "<br>", "</a>"} | {
        tag
        for tag in tags
        if re.fullmatch(r'<a href="https?://[^"<>]*" rel="nofollow ugc noopener">', tag)
    }


def test_a_long_address_is_shortened_in_its_text_only():
    address = "https://berita.example/" + "a" * 100
    html = as_html(address)
    assert f'href="{address}"' in html and "…</a>" in html


def test_the_page_uses_it(client, thread):
    from tests.conftest import make_comment

    make_comment(thread, content="Baca https://berita.example/a\n\nLalu <b>ini</b>")
    html = client.get("/").content.decode()
    assert 'rel="nofollow ugc noopener">https://berita.example/a</a></p><p>Lalu &lt;b&gt;' in html
