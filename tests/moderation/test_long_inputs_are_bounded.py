"""The work of one review is bounded by the comment's length, whatever its characters.

NFKC makes some characters many (㎒ is "MHz", ﷺ eighteen letters): a 5,000-character comment
of them became 90,000 characters for every check, and one POST took 3.9 s (issue 12, finding
11). Folded text is now at most MAX_EXPANSION times the comment. The time itself is measured
by benchmarks/review_worst_case.py, not asserted here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from comments.models import Comment
from moderation.classifier.normalise import MAX_EXPANSION, fold, match_forms
from tests.conftest import comment_data

EXPANDERS = ["\u3392", "\ufdfa", "\ufdfb", "\u337b", "\u2026", "\u2153", "\u33ff", "\u01c4"]


@pytest.mark.parametrize("char", EXPANDERS)
def test_folding_5000_expanding_characters_stays_within_bounds(char):
    text = char * 5000
    assert len(fold(text)) <= MAX_EXPANSION * len(text)
    for form in match_forms(text):
        assert len(form) <= MAX_EXPANSION * len(text)


@given(st.text(max_size=300))
def test_no_text_folds_longer_than_the_bound(text):
    assert len(fold(text)) <= MAX_EXPANSION * len(text)


def test_ordinary_expansions_are_kept_whole():
    # Bounding the length must not cost the letters real text folds to.
    assert fold("Ｓｌｏｔ ｇａｃｏｒ") == "slot gacor"
    assert fold("ﬁnal ﬂight, 5 ㎞") == "final flight, 5 km"
    assert fold("ⓢⓛⓞⓣ") == "slot"


def test_a_comment_of_expanding_characters_is_stored_as_written(client, thread, tune_gate):
    tune_gate(ip_rates=[], email_rates=[], flood_interval=0)
    text = "\ufdfa" * 5000
    data = {**comment_data(thread, content=text), "parent": None}
    response = client.post("/api/v1/comments/", data, content_type="application/json")
    assert response.status_code == 201
    assert Comment.objects.get().content == text
