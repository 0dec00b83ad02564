"""Property tests: normalisation and the gate accept any input and always answer properly."""

from __future__ import annotations

import ipaddress

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation import gate
from moderation.classifier.features import META_NAMES, Sample, prepare
from moderation.classifier.normalise import INVISIBLE, fold, match_forms
from moderation.submission import Submission
from moderation.verdict import Action, Verdict
from tests.conftest import shown_form_token

ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=400)
ADDRESSES = st.one_of(
    st.none(),
    st.ip_addresses(v=4).map(str),
    st.ip_addresses(v=6).map(str),
)


@given(ANY_TEXT)
@settings(max_examples=500)
def test_fold_never_fails_and_leaves_no_disguise(text):
    folded = fold(text)
    assert isinstance(folded, str)
    assert not INVISIBLE.search(folded)
    assert folded == folded.strip()
    assert "  " not in folded
    assert all(form for form in match_forms(text)) or not folded


@given(ANY_TEXT, ANY_TEXT, ANY_TEXT)
@settings(max_examples=300)
def test_the_classifier_features_never_fail(text, name, url):
    prepared = prepare(Sample(text, name, url))
    assert isinstance(prepared.text, str)
    assert len(prepared.meta) == len(META_NAMES)
    assert all(0.0 <= value <= 1.0 for value in prepared.meta)


@given(
    content=ANY_TEXT.filter(lambda t: t.strip()),
    name=st.text(max_size=80),
    email=st.emails(),
    url=st.one_of(
        st.just(""), st.from_regex(r"https?://[a-z]{1,20}\.[a-z]{2,5}/[a-z0-9]*", fullmatch=True)
    ),
    address=ADDRESSES,
    token=st.one_of(st.just(""), st.text(max_size=80), st.just("fresh")),
    honeypot=st.one_of(st.just(""), st.text(max_size=20)),
    staff=st.booleans(),
)
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_gate_always_answers_with_a_valid_verdict(
    thread, content, name, email, url, address, token, honeypot, staff
):
    submission = Submission(
        thread=thread,
        content=content,
        author_name=name,
        author_email=email,
        author_url=url,
        ip_address=address,
        form_token=shown_form_token(thread) if token == "fresh" else token,
        honeypot=honeypot,
        is_staff=staff,
    )
    verdict = gate.review(submission)
    assert isinstance(verdict, Verdict)
    assert verdict.action in set(Action)
    assert verdict.reasons and all(reason.text for reason in verdict.reasons)
    if verdict.action == Action.REJECT:
        assert verdict.code is not None
    if address is not None:
        ipaddress.ip_address(address)
