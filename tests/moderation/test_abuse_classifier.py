"""The abuse classifier (issue 17): trained on the written starter corpus, stored and activated
as its own kind of model, scoring in the gate (hold, trash with a disallowed key, never the
spam folder), and the nudge before posting on the form and the API."""

from __future__ import annotations

import json
import re
from io import StringIO

import numpy as np
from django.core.management import call_command

from comments.models import Comment, Decision, Thread
from moderation import gate, nudges
from moderation.classifier import abuse_train, registry, store
from moderation.classifier.abuse_model import AbuseClassifier, abuse_text
from moderation.classifier.model import untrusted_types
from moderation.models import Rule, SpamModel
from moderation.verdict import Action, CheckName
from tests.conftest import comment_data
from tests.moderation.conftest import READER_ADDRESS, make_submission, reasons_of

INSULT = "Dasar goblok lu, otak udang, mending diem aja bangsat!"
INSULT_EN = "You are a pathetic idiot, shut the fuck up you stupid bitch"
ORDINARY = "Terima kasih liputannya, semoga jalan di desa kami juga segera diperbaiki."
CRITICISM = "Saya sangat tidak setuju dengan kebijakan gubernur ini, anggarannya tidak masuk akal."


def test_the_starter_corpus_has_both_languages_every_kind_and_hard_negatives():
    rows = abuse_train.starter_corpus()
    kinds = {(row.label, row.category) for row in rows}
    assert {(1, kind) for kind in ("insult", "profanity", "group", "threat", "harassment")} <= kinds
    assert {(0, "ordinary"), (0, "hard")} <= kinds
    texts = [re.sub(r"\s+", " ", row.text.strip().lower()) for row in rows]
    assert len(set(texts)) == len(texts)


def test_disguised_spellings_read_as_the_word():
    assert abuse_text("goblokkkkk") == abuse_text("goblok")
    assert abuse_text("a$$hole") == abuse_text("asshole")
    assert abuse_text("f*ck") == abuse_text("f**ck")
    assert abuse_text("ｂａｎｇｓａｔ") == abuse_text("b a n g s a t") == "bangsat"


def test_scores_separate_abuse_from_ordinary_and_critical_comments(abuse_model):
    classifier = abuse_model.classifier
    abusive = classifier.scores([INSULT, INSULT_EN])
    fine = classifier.scores([ORDINARY, CRITICISM])
    assert abusive.min() > abuse_model.thresholds.hold > fine.max()


def test_one_comment_scores_as_the_batch_does_and_survives_storage(abuse_model):
    classifier = abuse_model.classifier
    texts = [INSULT, INSULT_EN, ORDINARY, CRITICISM, "b4ngs4t lu", ""]
    batch = classifier.scores(texts)
    one = [classifier.score_one(text) for text in texts]
    assert np.allclose(batch, one)
    blob = classifier.to_bytes()
    assert untrusted_types(blob) == []
    loaded = AbuseClassifier.from_bytes(blob)
    assert np.allclose(loaded.scores(texts), batch)
    assert loaded.categories == classifier.categories


def test_the_explanation_names_a_kind_and_the_words(abuse_model):
    score, kinds, words = abuse_model.classifier.explain(INSULT)
    assert score > 0.5
    assert kinds and kinds[0] in {"insult", "profanity", "group target", "threat", "harassment"}
    assert words and all(word.startswith("'") for word in words)


def test_an_abuse_model_is_its_own_kind_beside_the_spam_model(db, abuse_model, active_model):
    row = store.save(abuse_model, activate=True)
    assert row.kind == SpamModel.Kind.ABUSE
    active = SpamModel.objects.filter(active=True)
    assert sorted(active.values_list("kind", flat=True)) == ["abuse", "spam"]
    second = store.save(abuse_model, activate=True)
    assert list(active.filter(kind="abuse").values_list("pk", flat=True)) == [second.pk]
    registry.forget()
    assert registry.abuse.active().version == second.pk
    assert registry.active().version == active_model.pk


def test_the_gate_holds_abuse_with_a_reason_and_passes_ordinary_comments(
    active_abuse, thread, tune_gate
):
    tune_gate(flood_interval=0)
    held = gate.review(make_submission(thread, content=INSULT))
    assert held.action == Action.HOLD and held.nudge
    reason = next(r for r in held.reasons if r.check == CheckName.ABUSE)
    assert re.match(r"held: abuse score \d+%, hold at \d+%: ", reason.text), reason.text
    assert held.abuse_score is not None and held.abuse_score >= active_abuse.hold_threshold
    for text in (ORDINARY, CRITICISM):
        passed = gate.review(make_submission(thread, content=text))
        assert passed.action == Action.APPROVE, passed.reasons
        assert not passed.nudge


def test_a_disallowed_key_on_sure_abuse_is_trash_not_spam(active_abuse, thread, tune_gate):
    Rule.objects.create(kind=Rule.Kind.DISALLOWED, pattern="goblok")
    tune_gate(abuse_trash_threshold=0.5, flood_interval=0, ip_rates=[], email_rates=[])
    verdict = gate.review(make_submission(thread, content=INSULT))
    assert verdict.action == Action.TRASH
    assert any(r.text.startswith("trash: abuse score") for r in verdict.reasons)
    # The same key in a comment the model finds harmless stays the site's spam rule.
    spam = gate.review(make_submission(thread, content="Promo goblok murah hari ini di toko"))
    assert spam.action in (Action.SPAM, Action.TRASH)
    tune_gate(abuse_trash_threshold=0.9999)
    assert gate.review(make_submission(thread, content=INSULT)).action == Action.SPAM


def test_an_abusive_comment_the_spam_model_calls_spam_is_held(
    active_abuse, active_model, thread, tune_gate
):
    tune_gate(spam_threshold=0.0001, hold_threshold=0.0001, flood_interval=0)
    verdict = gate.review(make_submission(thread, content=INSULT, author_url="https://x.example"))
    assert verdict.action == Action.HOLD
    assert any("abusive, so held rather than spam" in r.text for r in verdict.reasons)


def nudge_token_in(html: str) -> str:
    found = re.search(r'name="nudge_token" value="([^"]+)"', html)
    assert found is not None, "no nudge token in the form"
    return found.group(1)


def test_the_form_nudges_first_and_the_same_text_again_goes_to_the_queue(
    active_abuse, thread, client
):
    # The flood interval is on (15 s): the nudged post stored nothing, so it does not count.
    data = comment_data(thread, content=INSULT)
    first = client.post(
        "/comments/post/", data, REMOTE_ADDR=READER_ADDRESS, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert first.status_code == 200
    html = first.content.decode()
    assert "Your comment may break our community guidelines." in html
    assert 'id="error-summary"' in html
    assert "otak udang" in html  # the text is kept in the form
    assert not Comment.objects.exists()

    again = client.post(
        "/comments/post/",
        {**data, "nudge_token": nudge_token_in(html)},
        REMOTE_ADDR=READER_ADDRESS,
    )
    assert again.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert any(reason.startswith("held: abuse score") for reason in reasons_of(comment))


def test_an_edited_text_is_reviewed_afresh(active_abuse, thread, client):
    data = comment_data(thread, content=INSULT)
    html = client.post("/comments/post/", data, REMOTE_ADDR=READER_ADDRESS).content.decode()
    token = nudge_token_in(html)
    edited = {**data, "content": ORDINARY, "nudge_token": token}
    assert client.post("/comments/post/", edited, REMOTE_ADDR=READER_ADDRESS).status_code == 302
    assert Comment.objects.get().status == Comment.Status.APPROVED
    # An old token does not carry a different abusive text through.
    other = {
        **data,
        "content": INSULT + " lagi",
        "nudge_token": token,
        "author_email": "someone.else@example.id",
    }
    response = client.post("/comments/post/", other, REMOTE_ADDR="203.0.113.99")
    assert response.status_code == 200
    assert Comment.objects.count() == 1


def test_the_nudge_is_in_the_readers_language(active_abuse, thread, client):
    response = client.post(
        "/comments/post/",
        comment_data(thread, content=INSULT),
        REMOTE_ADDR=READER_ADDRESS,
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert "Komentar Anda mungkin melanggar pedoman komunitas kami." in response.content.decode()


def test_the_api_answers_the_nudge_with_200_and_stores_on_the_second_post(
    active_abuse, thread, client
):
    body = comment_data(thread, content=INSULT_EN)
    first = client.post(
        "/api/v1/comments/", body, content_type="application/json", REMOTE_ADDR=READER_ADDRESS
    )
    assert first.status_code == 200
    answer = first.json()
    assert answer["nudge"] is True and answer["detail"] and answer["nudge_token"]
    assert not Comment.objects.exists()
    second = client.post(
        "/api/v1/comments/",
        {**body, "nudge_token": answer["nudge_token"]},
        content_type="application/json",
        REMOTE_ADDR=READER_ADDRESS,
    )
    assert second.status_code == 201
    assert second.json()["status"] == "pending"
    assert Comment.objects.get().status == Comment.Status.PENDING


def test_a_nudge_token_is_bound_to_thread_and_text():
    token = nudges.issue("a", "teks")
    assert nudges.accepted(token, "a", "teks")
    assert nudges.accepted(token, "a", "  teks\n")
    assert not nudges.accepted(token, "b", "teks")
    assert not nudges.accepted(token, "a", "teks lain")
    assert not nudges.accepted(token + "x", "a", "teks")
    assert not nudges.accepted("", "a", "teks")


def test_an_edit_is_held_for_abuse_without_a_nudge(active_abuse, thread):
    comment = Comment.objects.create(
        thread=thread, author_name="A", author_email="a@example.id", content=ORDINARY
    )
    verdict = gate.review(make_submission(thread, content=INSULT, editing_id=comment.pk))
    assert verdict.action == Action.HOLD and not verdict.nudge


def test_a_moderators_abusive_label_trains_the_next_model(db, thread, django_user_model):
    from comments.services import ModerationAction, moderate

    moderator = django_user_model.objects.create_user("bob", password="pw-123456789")
    comment = Comment.objects.create(
        thread=thread, author_name="A", author_email="a@example.id", content=INSULT
    )
    moderate(comment, ModerationAction.ABUSIVE, moderator)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.TRASH
    assert Decision.objects.filter(comment=comment, action="abusive").exists()
    labels = abuse_train.moderated_comments()
    assert [(row.text, row.label) for row in labels] == [(INSULT, 1)]


def test_train_abuse_model_stores_an_active_version(db, tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "text,label\n" + "".join(f'"{INSULT} {n}",1\n"{ORDINARY} {n}",0\n' for n in range(6))
    )
    out = StringIO()
    call_command(
        "train_abuse_model",
        "--no-starter",
        "--data",
        str(extra),
        "--folds",
        "2",
        "--c",
        "1",
        "--activate",
        stdout=out,
    )
    assert "Stored abuse model v" in out.getvalue()
    row = SpamModel.objects.get(kind="abuse")
    assert row.active and row.training["comments"] == 12
    json.loads(out.getvalue().strip().splitlines()[-1])


def test_spam_eval_measures_the_abuse_model(db, tmp_path):
    rows = "".join(f'"{INSULT} {n}",1\n"{ORDINARY} {n}",0\n' for n in range(10))
    train_file, test_file = tmp_path / "train.csv", tmp_path / "test.csv"
    train_file.write_text("text,label\n" + rows)
    test_file.write_text("text,label\n" + rows)
    out = StringIO()
    call_command(
        "spam_eval",
        "--model",
        "abuse",
        "--train",
        str(train_file),
        "--test",
        str(test_file),
        "--folds",
        "2",
        stdout=out,
    )
    result = json.loads(out.getvalue().strip().splitlines()[-1])
    assert result["n"] == 20 and result["roc_auc"] == 1.0
    assert not Thread.objects.exists()


def test_the_dashboard_counts_abuse_holds_and_shows_the_abuse_model(
    active_abuse, thread, client, moderator
):
    data = comment_data(thread, content=INSULT)
    html = client.post("/comments/post/", data, REMOTE_ADDR=READER_ADDRESS).content.decode()
    data["nudge_token"] = nudge_token_in(html)
    assert client.post("/comments/post/", data, REMOTE_ADDR=READER_ADDRESS).status_code == 302
    page = moderator.get("/admin/comments/comment/dashboard/").content.decode()
    assert re.search(r"Held for abuse by the gate</th><td>1</td>", page)
    assert f"abuse v{active_abuse.pk} (active)" in page
    assert "Hold (after the nudge) at abuse score" in page


def test_the_authors_name_and_website_never_change_what_the_abuse_model_reads():
    # The gate passes them so that the spam model's preparation is reused, not re-done.
    for text in (INSULT, INSULT_EN, ORDINARY, "tokname anjing tokwebsite bangsat", "b a n g s a t"):
        assert abuse_text(text, "Budi tokname goblok", "https://goblok.example") == abuse_text(text)
