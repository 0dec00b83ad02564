"""One spelling of an email: what is stored, matched for personal data, and limited."""

from __future__ import annotations

import pytest

from moderation.identity import canonical_email, keyed_email_digest


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("ann@example.com", "ann@example.com"),
        ("  Ann@Example.COM ", "ann@example.com"),
        ("ann\u200b@example.com", "ann@example.com"),
        ("a\u200cn\u200dn\u2060@exa\ufeffmple.com", "ann@example.com"),
        ("ann@exam\u00adple.com", "ann@example.com"),
        ("ann@ｅｘａｍｐｌｅ.com", "ann@example.com"),
        ("ａｎｎ＠ＥＸＡＭＰＬＥ．ｃｏｍ", "ann@example.com"),
        ("ann@bücher.de", "ann@xn--bcher-kva.de"),
        ("ann+promo@example.com", "ann+promo@example.com"),
        ("a.n.n@gmail.com", "a.n.n@gmail.com"),
    ],
)
def test_it_gives_one_spelling(raw, canonical):
    assert canonical_email(raw) == canonical


def test_it_keeps_a_domain_idna_cannot_encode():
    assert canonical_email("ann@exa..mple.com") == "ann@exa..mple.com"
    assert canonical_email("ann@" + "x" * 70 + ".com") == "ann@" + "x" * 70 + ".com"


def test_it_keys_digests_by_the_canonical_spelling():
    assert keyed_email_digest("ann\u200b@ｅｘａｍｐｌｅ.com", "privacy") == keyed_email_digest(
        "ann@example.com", "privacy"
    )
