from __future__ import annotations

import pytest

from moderation.classifier.features import (
    META_NAMES,
    SIGNAL_DISGUISE,
    SIGNAL_PHONE,
    Sample,
    domain_token,
    prepare,
)
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
        ("⒮⒧⒪⒯ ⒢⒜⒞⒪⒭", "slot gacor"),
        ("ɹoɔɐƃ ʇols hari ini", "slot gacor hari ini"),
        ("bоnus", "bonus"),
        ("ѕрам", "spam"),
    ],
)
def test_fold_undoes_every_disguise(raw, folded):
    assert fold(raw) == folded


@pytest.mark.parametrize(
    "text",
    ["Спасибо за статью", "Сергей", "ευχαριστώ", "ขอบคุณครับ", "धन्यवाद राहुल", "王芳", "مرحبا"],
)
def test_text_in_another_script_is_left_as_written(text):
    assert fold(text) == text.casefold()


@pytest.mark.parametrize(
    ("raw", "unmasked"),
    [
        ("🇸 🇱 🇴 🇹 gacor", "slot gacor"),
        ("s/l/o/t", "slot"),
        ("s~l~o~t", "slot"),
        ("s+l+o+t", "slot"),
        ("s,l,o,t", "slot"),
        ("s'l'o't", "slot"),
        ("s:l:o:t", "slot"),
        ("s^l^o^t", "slot"),
        ("s=l=o=t", "slot"),
        ("【s】【l】【o】【t】", "【slot】"),
    ],
)
def test_spelt_out_letters_are_joined_whatever_separates_them(raw, unmasked):
    assert match_forms(raw)[-1] == unmasked


@pytest.mark.parametrize("text", ["🇮🇩 🇲🇾 bangga", "🇮🇩🇧🇷", "skor 1, 2, 3", "jam 1:20:30"])
def test_flags_lists_and_times_are_not_spelt_out_letters(text):
    assert match_forms(text) == (fold(text),)


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


def test_disguise_leaves_markers_and_is_a_signal():
    styled = prepare(Sample("main di 𝐆𝐀𝐂𝐎𝐑𝟕𝟕 aja"))
    assert styled.text == "main di gacor77 aja tokstyled"
    assert styled.chars == "main di gacor77 aja"
    assert SIGNAL_DISGUISE in styled.signals
    assert "tokhidden" in prepare(Sample("s\u200blot hari ini")).text
    assert prepare(Sample("G A R U D A hoki")).text == "garuda hoki tokspaced"
    assert "tokmixed" in prepare(Sample("bоnus 𝐙𝓔𝗡𝗢 hari ini")).text
    assert "é" not in prepare(Sample("Café")).text and "tok" not in prepare(Sample("Café")).text


@pytest.mark.parametrize(
    "text",
    [
        "Artikel ini 𝐩𝐞𝐧𝐭𝐢𝐧𝐠 buat warga",
        "Спасибо за статью",
        "Thanks, Сергей, good piece",
        "ขอบคุณครับ สำหรับบทความ",
        "धन्यवाद, very useful",
        "王芳 says ２０２４年 was hard",
        "CO₂ up 3 m² per 10 km²",
        "family 👨\u200d👩\u200d👧 trip",
    ],
)
def test_another_script_or_one_emphasised_word_is_not_disguise(text):
    prepared = prepare(Sample(text))
    assert SIGNAL_DISGUISE not in prepared.signals
    assert not {"tokstyled", "tokmixed", "tokhidden"} & set(prepared.text.split())


def test_the_name_is_read_with_the_text():
    prepared = prepare(Sample("mantap artikelnya", name="SLOT GACOR 88"))
    assert prepared.text == "mantap artikelnya tokname slot gacor 88"
    assert SIGNAL_PHONE in prepare(Sample("mantap", name="Pinjol WA 0812-3456-7890")).signals


def test_the_website_is_a_token_too():
    text = prepare(Sample("mantap", url="https://www.cheap-pills.shop/x")).text
    assert text == "mantap tokwebsite dom_cheap_pills_shop"
    assert (
        prepare(Sample("mantap", url="https://cheap-pills.shop")).chars == "mantap cheap pills shop"
    )


def test_shape_numbers_are_named_and_bounded():
    meta = prepare(Sample("𝐆𝐀𝐂𝐎𝐑𝟕𝟕 wa.me/628123 ❤❤ 100%!!! https://a.xyz", "maxwin88.vip")).meta
    assert len(meta) == len(META_NAMES)
    assert all(0.0 <= value <= 1.0 for value in meta)
    named = dict(zip(META_NAMES, meta, strict=True))
    assert named["styled letters"] > 0
    assert named["WhatsApp link"] == 1.0
    assert named["name looks like a link"] == 1.0
    assert named["emoji"] > 0


def test_letters_whose_lower_case_is_two_characters_are_read():
    # "İ".lower() is "i" plus a combining dot: two characters.
    assert prepare(Sample("İstanbul'da İYİ haber")).text.startswith("istanbul")
