from __future__ import annotations

import pytest

from moderation.classifier.features import META_NAMES, Sample, domain_token, prepare
from moderation.classifier.normalise import fold, match_forms


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑", "slot gacor"),
        ("𝑺𝒍𝒐𝒕", "slot"),
        ("Ｓｌｏｔ", "slot"),
        ("s̶l̶o̶t̶", "slot"),
        ("s̲l̲o̲t̲", "slot"),
        ("🅂🄻🄾🅃", "slot"),
        ("🆂🅻🅾🆃", "slot"),
        ("ⓢⓛⓞⓣ", "slot"),
        ("s\u200bl\u200do\u2060t", "slot"),
        ("ѕlоt", "slot"),
        ("ꜱʟᴏᴛ", "slot"),
        ("  Dua   spasi\n", "dua spasi"),
    ],
)
def test_fold_undoes_every_disguise(raw, folded):
    assert fold(raw) == folded


def test_match_forms_also_undo_digit_swaps_and_spacing():
    assert match_forms("j4ckp0t") == ("j4ckp0t", "jackpot")
    assert match_forms("s l o t") == ("s l o t", "slot")
    assert match_forms("gacor77 depo 10k") == ("gacor77 depo 10k",)


def test_links_become_domain_tokens():
    text = prepare(Sample("Daftar di https://Gacor77-Login.xyz/daftar?ref=1 sekarang")).text
    assert text == "daftar di tokurl dom_gacor77_login_xyz sekarang"
    assert domain_token("www.bps.go.id/id") == "dom_bps_go_id"


@pytest.mark.parametrize(
    "phone", ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "+1 (555) 123-4567"]
)
def test_phone_numbers_become_one_token(phone):
    assert prepare(Sample(f"hubungi {phone} ya")).text == "hubungi tokphone ya"


@pytest.mark.parametrize("count", ["857.482.940 views", "1,000,000 readers", "skor 2-1", "2024"])
def test_counts_and_scores_are_not_phone_numbers(count):
    assert "tokphone" not in prepare(Sample(count)).text


def test_whatsapp_links_emails_and_handles_become_tokens():
    text = prepare(Sample("chat wa.me/6281234567890 atau mail a.b@example.com @mentor_id")).text
    assert text == "chat tokwame atau mail tokemail tokhandle"


def test_disguise_leaves_markers():
    assert prepare(Sample("main di 𝐆𝐀𝐂𝐎𝐑𝟕𝟕 aja")).text == "main di gacor77 tokstyled aja"
    assert "tokhidden" in prepare(Sample("s\u200blot hari ini")).text
    assert prepare(Sample("G A R U D A hoki")).text == "garuda hoki tokspaced"
    assert "é" not in prepare(Sample("Café")).text and "tok" not in prepare(Sample("Café")).text


def test_the_website_is_a_token_too():
    text = prepare(Sample("mantap", url="https://www.cheap-pills.shop/x")).text
    assert text == "mantap tokwebsite dom_cheap_pills_shop"


def test_shape_numbers_are_named_and_bounded():
    meta = prepare(Sample("𝐆𝐀𝐂𝐎𝐑 wa.me/628123 ❤❤ 100%!!! https://a.xyz", "maxwin88.vip")).meta
    assert len(meta) == len(META_NAMES)
    assert all(0.0 <= value <= 1.0 for value in meta)
    named = dict(zip(META_NAMES, meta, strict=True))
    assert named["styled letters"] > 0
    assert named["WhatsApp link"] == 1.0
    assert named["name looks like a link"] == 1.0
    assert named["emoji"] > 0
