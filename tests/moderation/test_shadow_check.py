"""The shadow check: a new spam model is scored on moderators' latest decisions beside the active
one, and a model that is worse there does not go live unless forced (issue 19)."""

from __future__ import annotations

import json
from dataclasses import replace
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from comments.models import Comment, Decision
from moderation import history
from moderation.classifier import datasets, shadow, store
from moderation.classifier.datasets import Labelled
from moderation.classifier.evaluate import SITE, Thresholds
from moderation.classifier.features import Sample
from moderation.classifier.shadow import Candidate
from moderation.classifier.train import train
from moderation.models import SpamModel
from tests.conftest import make_comment

pytestmark = pytest.mark.django_db

WHOLE_STARTER_CORPUS = datasets.starter_corpus

# Written for these tests: what readers of a local news site write, and what spammers do.
HAM = [
    "Terima kasih liputannya, jadwal bus yang baru memang membingungkan warga.",
    "Jalan di depan pasar sudah tiga bulan berlubang, kapan diperbaiki?",
    "Good to see the council finally answer questions about the flood barrier.",
    "Anak saya ikut lomba cerdas cermat itu, senang sekali beritanya dimuat.",
    "The photos of the harbour at dawn are lovely, thank you to the reporter.",
    "Harga cabai di pasar kami malah turun minggu ini, beda dengan di kota.",
]
SPAM = [
    "Slot gacor maxwin hari ini, depo 10rb via dana langsung wd, klik link di bio",
    "Situs judi online terpercaya, bonus new member 100%, daftar sekarang juga",
    "Cuan jutaan tiap hari dari rumah, chat admin wa 0812 3456 7890 sekarang",
    "Bandar togel resmi pasaran lengkap, diskon besar, link alternatif anti blokir",
]


def a_slice(flipped: bool = False) -> list[Labelled]:
    """300 real starter comments, half spam; `flipped` swaps every label (a model that learns
    them calls readers spam and spam fine)."""
    rows = WHOLE_STARTER_CORPUS()
    chosen = [r for r in rows if r.label == 1][:150] + [r for r in rows if r.label == 0][:150]
    return [replace(row, label=1 - row.label) for row in chosen] if flipped else chosen


def stored(rows: list[Labelled], activate: bool = False) -> SpamModel:
    return store.save(train(rows, folds=3, c_grid=(1.0,)), activate=activate)


@pytest.fixture
def decided(thread, django_user_model) -> list[Comment]:
    """Six comments a moderator approved and four they marked as spam."""
    moderator = django_user_model.objects.create_user("mira", password="pw-12345678")
    comments = []
    for text, status, action in [
        *[(t, Comment.Status.APPROVED, Decision.Action.HAM) for t in HAM],
        *[(t, Comment.Status.SPAM, Decision.Action.SPAM) for t in SPAM],
    ]:
        comment = make_comment(thread, content=text, status=status)
        Decision.objects.create(
            comment=comment,
            source=Decision.Source.HUMAN,
            action=action,
            reason="by a moderator",
            actor=moderator,
        )
        comments.append(comment)
    # A comment only the gate decided is no label.
    make_comment(thread, content="Komentar yang belum dilihat moderator.")
    return comments


@pytest.fixture(scope="module")
def good_classifier():
    return train(a_slice(), folds=3, c_grid=(1.0,)).classifier


def fixed(classifier, version: int, hold: float, spam: float) -> Candidate:
    """A real classifier under thresholds that make its calls known in advance."""
    return Candidate(version, classifier, Thresholds(hold, spam, 0.5, SITE))


def test_the_latest_decisions_are_the_moderators_approvals_and_spam(decided):
    found = history.current().recently_decided(100)
    assert [c.pk for c in found] == [c.pk for c in reversed(decided)]
    assert [c.is_spam for c in found] == [True] * 4 + [False] * 6
    assert len(history.current().recently_decided(3)) == 3


def test_the_report_counts_what_would_change(decided, good_classifier):
    labels = history.current().recently_decided(100)
    approves_all = fixed(good_classifier, 1, hold=1.01, spam=1.01)
    holds_all = fixed(good_classifier, 2, hold=0.0, spam=1.01)
    spams_all = fixed(good_classifier, 3, hold=0.0, spam=0.0)

    report = shadow.compare(holds_all, approves_all, labels)
    assert report.comments == 10 and report.against == 1
    assert report.changes == {
        "published_to_held": 10,
        "held_to_published": 0,
        "to_spam": 0,
        "out_of_spam": 0,
    }
    assert report.old is not None
    assert (report.old.flagged_spam, report.old.flagged_ham, report.old.recall) == (0, 0, 0.0)
    new = report.new
    assert (new.spam, new.ham, new.flagged_spam, new.flagged_ham) == (4, 6, 4, 6)
    assert (new.precision, new.recall, new.false_positive_rate) == (0.4, 1.0, 1.0)
    assert report.worse and "6 more of the moderators' 6 approved comments" in report.why
    assert len(report.biggest) == 10
    assert {c.text for c in report.biggest} == set(HAM + SPAM)

    back = shadow.compare(approves_all, holds_all, labels)
    assert back.changes["held_to_published"] == 10
    assert back.worse and "let through 4 more of their 4 spam comments" in back.why

    into_spam = shadow.compare(spams_all, holds_all, labels)
    assert into_spam.changes == {
        "published_to_held": 0,
        "held_to_published": 0,
        "to_spam": 10,
        "out_of_spam": 0,
    }
    assert into_spam.new.spammed_ham == 6 and into_spam.worse

    same = shadow.compare(holds_all, replace(holds_all, version=4), labels)
    assert sum(same.changes.values()) == 0 and same.biggest == []
    assert not same.worse and same.why == "not worse on the moderators' labels"


def test_a_first_model_has_nothing_to_be_worse_than(decided, good_classifier):
    report = shadow.compare(fixed(good_classifier, 1, 0.5, 0.9), None, [])
    assert not report.worse and report.against is None and report.why.startswith("no active")


def test_the_command_prints_the_report_with_json_last(decided):
    stored(a_slice(), activate=True)
    candidate = stored(a_slice(flipped=True))
    out = StringIO()
    call_command("shadow_check", stdout=out)
    lines = out.getvalue().strip().splitlines()
    assert lines[0].startswith(f"Shadow check of spam model v{candidate.pk} against active v")
    data = json.loads(lines[-1])
    assert data["version"] == candidate.pk and data["comments"] == 10
    assert data["worse"] is True
    assert data["new"]["flagged_ham"] > data["old"]["flagged_ham"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--version", "999"], "there is no model v999"),
        ([], "no inactive spam model to check"),
        (["--limit", "0"], "--limit must be at least 1"),
    ],
)
def test_the_command_explains_what_it_cannot_check(db, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("shadow_check", *args, stdout=StringIO())


def test_activating_a_worse_model_is_refused_unless_forced(decided, monkeypatch):
    good = stored(a_slice(), activate=True)
    monkeypatch.setattr(datasets, "starter_corpus", lambda: a_slice(flipped=True))
    args = ["train_spam_model", "--activate", "--folds", "3", "--c", "1"]
    err = StringIO()
    call_command(*args, stdout=StringIO(), stderr=err, verbosity=0)
    refused = SpamModel.objects.latest("pk")
    assert not refused.active
    assert SpamModel.objects.get(active=True) == good
    assert "Not activated: worse" in err.getvalue()

    call_command(*args, "--force", stdout=StringIO(), stderr=StringIO(), verbosity=0)
    forced = SpamModel.objects.latest("pk")
    assert forced.active and forced != refused


def test_a_better_model_goes_live_without_force(decided, monkeypatch):
    stored(a_slice(flipped=True), activate=True)
    monkeypatch.setattr(datasets, "starter_corpus", a_slice)
    out = StringIO()
    call_command(
        "train_spam_model", "--activate", "--folds", "3", "--c", "1", stdout=out, verbosity=0
    )
    assert SpamModel.objects.latest("pk").active, out.getvalue()
    assert "Not worse on the moderators' labels." in out.getvalue()


def staff_with(django_user_model, name: str, *codenames: str):
    from django.contrib.auth.models import Permission

    from tests.conftest import logged_in

    user = django_user_model.objects.create_user(name, password="pw-12345678", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return logged_in(user)


def shadow_url(row: SpamModel) -> str:
    return f"/admin/moderation/spammodel/{row.pk}/shadow/"


def test_the_admin_shows_the_report_and_activates_only_with_the_permission(
    decided, django_user_model
):
    good = stored(a_slice(), activate=True)
    bad = stored(a_slice(flipped=True))
    watcher = staff_with(django_user_model, "wati", "view_spammodel", "change_spammodel")
    page = watcher.get(shadow_url(bad), HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    html = page.content.decode()
    assert f"Spam model v{bad.pk} and the active v{good.pk}" in html
    assert "Worse: it would hold or spam" in html
    assert HAM[0][:40] in html  # the biggest changes, with their texts
    assert 'name="anyway"' not in html and ">Activate<" not in html
    assert watcher.post(shadow_url(bad)).status_code == 403

    keeper = staff_with(django_user_model, "erin", "view_spammodel", "activate_model")
    assert ">Activate<" in keeper.get(shadow_url(bad)).content.decode()
    refused = keeper.post(shadow_url(bad), follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert "Not activated: worse" in refused.content.decode()
    assert SpamModel.objects.get(active=True) == good
    keeper.post(shadow_url(bad), {"anyway": "yes"})
    assert SpamModel.objects.get(active=True) == bad


def test_the_admin_action_sends_a_spam_version_to_its_shadow_check(decided, django_user_model):
    stored(a_slice(), activate=True)
    candidate = stored(a_slice())
    keeper = staff_with(django_user_model, "erin", "view_spammodel", "activate_model")
    answer = keeper.post(
        "/admin/moderation/spammodel/",
        {"action": "activate", "_selected_action": [candidate.pk]},
    )
    assert answer.status_code == 302 and answer["Location"] == shadow_url(candidate)
    assert not SpamModel.objects.get(pk=candidate.pk).active
    keeper.post(shadow_url(candidate))  # not worse: activated without "anyway"
    assert SpamModel.objects.get(pk=candidate.pk).active


def test_the_admin_action_needs_the_permission(decided, django_user_model):
    candidate = stored(a_slice())
    editor = staff_with(django_user_model, "budi", "view_spammodel", "change_spammodel")
    changelist = editor.get("/admin/moderation/spammodel/").content.decode()
    assert 'value="activate"' not in changelist
    assert shadow_url(candidate) in changelist


def test_an_unknown_version_is_a_404(db, django_user_model):
    keeper = staff_with(django_user_model, "erin", "view_spammodel", "activate_model")
    assert keeper.get("/admin/moderation/spammodel/999/shadow/").status_code == 404


def test_the_api_reports_and_activates_with_the_permissions(decided, django_user_model):
    good = stored(a_slice(), activate=True)
    bad = stored(a_slice(flipped=True))
    base = f"/api/v1/moderation/models/{bad.pk}"
    nobody = staff_with(django_user_model, "budi")
    assert nobody.get(f"{base}/shadow/").status_code == 403
    viewer = staff_with(django_user_model, "wati", "view_spammodel")
    report = viewer.get(f"{base}/shadow/").json()
    assert (report["version"], report["against"], report["worse"]) == (bad.pk, good.pk, True)
    assert report["new"]["flagged_ham"] > report["old"]["flagged_ham"]
    assert viewer.post(f"{base}/activate/", {}, content_type="application/json").status_code == 403

    keeper = staff_with(django_user_model, "erin", "activate_model")
    refused = keeper.post(f"{base}/activate/", {}, content_type="application/json")
    assert refused.status_code == 409
    assert refused.json()["code"] == "worse_model" and refused.json()["report"]["worse"]
    assert SpamModel.objects.get(active=True) == good
    wrong = keeper.post(f"{base}/activate/", {"force": "maybe"}, content_type="application/json")
    assert wrong.status_code == 400
    forced = keeper.post(f"{base}/activate/", {"force": True}, content_type="application/json")
    assert forced.status_code == 200 and forced.json()["active"] is True
    assert SpamModel.objects.get(active=True) == bad
    missing = keeper.post("/api/v1/moderation/models/999/activate/", {}, "application/json")
    assert missing.status_code == 404


def test_comments_a_new_model_trained_on_are_scored_with_its_held_out_scores(
    decided, good_classifier
):
    first = history.current().recently_decided(100)[0]
    sample = Sample(first.content, first.author_name, first.author_url)
    plain = fixed(good_classifier, 1, hold=0.5, spam=1.01)
    [(_, action)] = plain.calls([sample], [False])
    # The same model, remembering a held-out score on the other side of the hold threshold.
    other = 0.99 if action == "approve" else 0.01
    remembered = replace(plain, version=2, held_out={shadow.sample_key(sample): other})
    report = shadow.compare(remembered, plain, history.current().recently_decided(100))
    assert [c.pk for c in report.biggest] == [first.pk]
    assert report.biggest[0].new_score == other


def test_a_training_keeps_held_out_scores_of_the_moderators_comments_only():
    moderated = Labelled(Sample("Komentar yang dinilai moderator."), 0, datasets.MODERATED)
    rows = [*a_slice(), moderated]
    trained = train(rows, folds=3, c_grid=(1.0,))
    scores = shadow.held_out_scores(rows, trained.oof_scores)
    assert scores == {shadow.sample_key(moderated.sample): round(float(trained.oof_scores[-1]), 6)}


def test_a_version_in_shadow_scores_new_comments_and_decides_nothing(thread, tune_gate):
    from datetime import timedelta

    from django.utils import timezone

    from comments.models import ShadowScore
    from comments.services import submit_comment
    from moderation.classifier import registry
    from tests.moderation.conftest import make_submission

    tune_gate(classifier=True)
    live = stored(a_slice(), activate=True)
    candidate = stored(a_slice(flipped=True))
    text = "Jadwal bus baru berlaku Senin, semoga halte di pasar ikut diperbaiki."
    second = "Kapan jembatan di kampung kami mulai dikerjakan, sudah lama rusak."
    before = submit_comment(make_submission(thread, content=text, ip_address="192.0.2.1"))
    assert before.verdict.shadow is None and not ShadowScore.objects.exists()

    until = shadow.start_shadow(candidate, 7)
    assert until > timezone.now() + timedelta(days=6)
    after = submit_comment(
        make_submission(
            thread, content=second, ip_address="192.0.2.2",
            author_email="budi.pembaca@example.id",
        )
    )  # fmt: skip
    assert after.comment is not None, after.verdict.reasons
    assert after.verdict.score is not None, after.verdict.reasons
    # The live model decided; the shadow only scored.
    assert after.verdict.score == pytest.approx(
        registry.active().classifier.score_one(Sample(second, "Dewi"))
    )
    scored = ShadowScore.objects.get()
    assert (scored.comment_id, scored.version) == (after.comment.pk, candidate.pk)
    assert after.verdict.shadow == (candidate.pk, pytest.approx(scored.score))

    # A moderator marks it as spam: the live part of the report counts it.
    Decision.objects.create(
        comment=after.comment, source=Decision.Source.HUMAN, action="spam", reason="mod"
    )
    Comment.objects.filter(pk=after.comment.pk).update(status=Comment.Status.SPAM)
    report = shadow.check(candidate.pk)
    assert report.against == live.pk and report.live is not None
    assert report.live.comments == 1
    assert (report.live.new.spam, report.live.new.ham) == (1, 0)
    assert report.shadow_until is not None

    # Its shadow ended: nothing more is scored.
    SpamModel.objects.filter(pk=candidate.pk).update(shadow_until=timezone.now())
    registry.forget()
    submit_comment(
        make_submission(
            thread, content="Satu komentar lagi soal halte.", ip_address="192.0.2.3",
            author_email="wati.pembaca@example.id",
        )
    )  # fmt: skip
    assert ShadowScore.objects.count() == 1


def test_the_command_starts_a_shadow_period(decided):
    stored(a_slice(), activate=True)
    candidate = stored(a_slice())
    out = StringIO()
    call_command("shadow_check", "--version", str(candidate.pk), "--shadow-days", "3", stdout=out)
    candidate.refresh_from_db()
    assert candidate.shadow_until is not None
    assert json.loads(out.getvalue().strip().splitlines()[-1])["shadow_until"]
    with pytest.raises(CommandError, match="--shadow-days must be more than 0"):
        call_command("shadow_check", "--shadow-days", "0", stdout=StringIO())
    active = SpamModel.objects.get(active=True)
    with pytest.raises(CommandError, match="not an inactive spam model"):
        call_command(
            "shadow_check", "--version", str(active.pk), "--shadow-days", "1", stdout=StringIO()
        )


def test_the_admin_runs_a_version_in_shadow(decided, django_user_model):
    stored(a_slice(), activate=True)
    candidate = stored(a_slice())
    keeper = staff_with(django_user_model, "erin", "view_spammodel", "activate_model")
    page = keeper.get(shadow_url(candidate), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Run in shadow for 7 days" in page
    done = keeper.post(shadow_url(candidate), {"shadow": "start"}, follow=True,
                       HTTP_ACCEPT_LANGUAGE="en")  # fmt: skip
    assert "scores every new comment in shadow until" in done.content.decode()
    assert "In shadow until" in done.content.decode()
    candidate.refresh_from_db()
    assert candidate.shadow_until is not None and not candidate.active


def test_the_api_starts_a_shadow_period_with_the_activate_permission(db, django_user_model):
    stored(a_slice(), activate=True)
    candidate = stored(a_slice())
    url = f"/api/v1/moderation/models/{candidate.pk}/shadow/"
    viewer = staff_with(django_user_model, "wati", "view_spammodel")
    assert viewer.post(url, {"days": 7}, content_type="application/json").status_code == 403
    keeper = staff_with(django_user_model, "erin", "view_spammodel", "activate_model")
    assert keeper.post(url, {"days": 0}, content_type="application/json").status_code == 400
    started = keeper.post(url, {"days": 7}, content_type="application/json")
    assert started.status_code == 200 and started.json()["version"] == candidate.pk
    candidate.refresh_from_db()
    assert candidate.shadow_until is not None
    active = SpamModel.objects.get(active=True)
    refused = keeper.post(
        f"/api/v1/moderation/models/{active.pk}/shadow/", {"days": 1}, "application/json"
    )
    assert refused.status_code == 404 and "not an inactive spam model" in refused.json()["detail"]
