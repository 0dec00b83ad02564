"""Ordinary, varied comments for the POST load, generated inside wrk's Lua from one number.

A load of a few fixed sentences plus a number is a spam campaign, not a comment section: every
POST is a near-duplicate of hundreds before it, so the gate holds it and the storage files it in
one campaign, and the benchmark measures that path instead of an ordinary day (the campaign path
has a row of its own in benchmarks/load.py).

A comment here is seven fragments (opener, subject, what happened, where, since when, an aside,
a closing line), in English or Indonesian, each slot chosen from 13. Which fragment each slot
takes is a codeword of a Reed-Solomon code over GF(13) of length 7 and dimension 4: any two of
its 13^4 codewords differ in at least 4 of the 7 slots, so two load comments share at most three
fragments and their word pairs (what near-duplicate detection compares) stay well below the
campaign threshold. That makes 2 x 13^4 = 57,122 comments; a run posts each at most once.

The fragments were written for this benchmark. Every system under load posts the same texts.
"""

from __future__ import annotations

from benchmarks.peers.samples import lua_string_list

FIELD = 13  # a prime: the slots' choices are the elements of GF(13)
DIMENSION = 4

ENGLISH = (
    (
        "Good piece.",
        "Thanks for this.",
        "Long-time reader here.",
        "Honest question:",
        "Hmm.",
        "I live nearby, so:",
        "Small correction:",
        "Glad someone wrote about it.",
        "From a regular commuter:",
        "Fair enough, but",
        "My two cents:",
        "Interesting.",
        "Speaking as a parent,",
    ),
    (
        "the new bus timetable",
        "our water bill",
        "the night market",
        "the school canteen",
        "the flood barrier",
        "the queue at the clinic",
        "parking near the station",
        "the price of rice",
        "the village internet",
        "the footbridge repair",
        "the recycling pick-up",
        "street lighting",
        "the public pool",
    ),
    (
        "has been getting worse",
        "changed again without notice",
        "is better than the article says",
        "was all we talked about at the meeting",
        "costs twice what it did",
        "still has not been fixed",
        "improved a lot",
        "is a real mess",
        "keeps being postponed",
        "surprised everyone",
        "seems fine to me",
        "was never explained to residents",
        "depends on who you ask",
    ),
    (
        "in Cirebon",
        "on our street",
        "near the harbour",
        "in the north district",
        "at my daughter's school",
        "around the old mosque",
        "behind the market",
        "in Bandung",
        "along the river road",
        "in our housing block",
        "at the bus terminal",
        "in the lower village",
        "by the rice fields",
    ),
    (
        "since March.",
        "this week.",
        "for two years now.",
        "after the election.",
        "every rainy season.",
        "since the new mayor came in.",
        "last weekend.",
        "all summer.",
        "since this morning.",
        "lately.",
        "before the holidays.",
        "on most weekdays.",
        "ever since the roadworks.",
    ),
    (
        "My mother noticed it first.",
        "The shopkeepers say the same.",
        "It was on the local radio too.",
        "Our head of ward promised a survey.",
        "Nobody came to check.",
        "The sign out front is still wrong.",
        "I took pictures of it.",
        "Even the drivers complain.",
        "Kids walk past it every day.",
        "Last year it was no better.",
        "The contractor left months ago.",
        "A petition is going around.",
        "It made the evening news once.",
    ),
    (
        "Would love a follow-up.",
        "Who is responsible for this?",
        "Please ask the council about it.",
        "Anyone else seeing the same?",
        "Keep reporting on this.",
        "The photos say it all.",
        "We wrote to the ward office twice.",
        "Let's see what happens next month.",
        "Curious what others think.",
        "My neighbours agree.",
        "No answer from the hotline yet.",
        "That is all.",
        "Thanks to the reporter.",
    ),
)

INDONESIAN = (
    (
        "Tulisan yang bagus.",
        "Terima kasih liputannya.",
        "Saya pembaca lama.",
        "Mau tanya:",
        "Hmm.",
        "Saya tinggal dekat situ, jadi:",
        "Sedikit koreksi:",
        "Akhirnya ada yang menulis ini.",
        "Dari penumpang tiap hari:",
        "Boleh juga, tapi",
        "Pendapat saya:",
        "Menarik.",
        "Sebagai orang tua,",
    ),
    (
        "jadwal bus yang baru",
        "tagihan air kami",
        "pasar malam",
        "kantin sekolah",
        "tanggul banjir",
        "antrean di puskesmas",
        "parkir dekat stasiun",
        "harga beras",
        "internet desa",
        "perbaikan jembatan",
        "pengangkutan sampah",
        "lampu jalan",
        "kolam renang umum",
    ),
    (
        "makin parah",
        "berubah lagi tanpa pemberitahuan",
        "lebih baik dari yang ditulis",
        "jadi bahan obrolan di rapat warga",
        "naik dua kali lipat",
        "belum juga diperbaiki",
        "sudah jauh membaik",
        "berantakan sekali",
        "terus ditunda",
        "bikin semua orang kaget",
        "menurut saya biasa saja",
        "tidak pernah dijelaskan ke warga",
        "tergantung siapa yang ditanya",
    ),
    (
        "di Cirebon",
        "di jalan kami",
        "dekat pelabuhan",
        "di kecamatan utara",
        "di sekolah anak saya",
        "sekitar masjid lama",
        "di belakang pasar",
        "di Bandung",
        "sepanjang jalan sungai",
        "di kompleks kami",
        "di terminal bus",
        "di desa bawah",
        "dekat sawah",
    ),
    (
        "sejak Maret.",
        "minggu ini.",
        "sudah dua tahun.",
        "setelah pemilu.",
        "setiap musim hujan.",
        "sejak wali kota baru.",
        "akhir pekan lalu.",
        "sepanjang kemarau.",
        "sejak tadi pagi.",
        "belakangan ini.",
        "menjelang libur.",
        "hampir setiap hari kerja.",
        "sejak ada galian jalan.",
    ),
    (
        "Ibu saya yang pertama sadar.",
        "Para pedagang bilang hal yang sama.",
        "Radio lokal juga membahasnya.",
        "Pak RW janji mau mendata.",
        "Belum ada petugas yang datang.",
        "Papan pengumumannya masih salah.",
        "Saya sempat memotretnya.",
        "Sopir angkot pun mengeluh.",
        "Anak-anak lewat situ tiap hari.",
        "Tahun lalu juga tidak lebih baik.",
        "Kontraktornya sudah pergi berbulan-bulan.",
        "Ada petisi yang beredar.",
        "Pernah masuk berita sore juga.",
    ),
    (
        "Tolong diliput lanjutannya.",
        "Siapa yang bertanggung jawab?",
        "Coba tanyakan ke dewan kota.",
        "Ada yang mengalami hal sama?",
        "Terus kawal beritanya.",
        "Fotonya sudah menjelaskan semua.",
        "Kami sudah dua kali lapor ke kelurahan.",
        "Kita lihat bulan depan.",
        "Bagaimana pendapat yang lain?",
        "Tetangga saya setuju.",
        "Belum ada jawaban dari layanan pengaduan.",
        "Sekian.",
        "Terima kasih untuk wartawannya.",
    ),
)

# Spreads consecutive sequence numbers over the comments; a prime, so no common factor with
# their number (2 x 13^4).
SCRAMBLE = 1_000_003


def combinations() -> int:
    for slots in (ENGLISH, INDONESIAN):
        assert all(len(slot) == FIELD for slot in slots), "every slot needs FIELD fragments"
    return 2 * FIELD**DIMENSION


def comment_text(sequence: int) -> str:
    """The comment for this sequence number: the text the Lua below builds."""
    k = sequence % combinations() * SCRAMBLE % combinations()
    slots = ENGLISH if k % 2 == 0 else INDONESIAN
    k //= 2
    message = []
    for _ in range(DIMENSION):
        message.append(k % FIELD)
        k //= FIELD
    # The codeword: the message's polynomial evaluated at 0, 1, ..., 6.
    choices = [sum(m * x**j for j, m in enumerate(message)) % FIELD for x in range(len(slots))]
    parts = [slot[choice] for slot, choice in zip(slots, choices, strict=True)]
    if parts[0].endswith("."):
        parts[1] = parts[1][0].upper() + parts[1][1:]
    return " ".join(parts)


def lua() -> str:
    """`comment_text(sequence)` in Lua (wrk's LuaJIT: every product stays below 2^53, exact)."""
    english = ", ".join(lua_string_list(slot) for slot in ENGLISH)
    indonesian = ", ".join(lua_string_list(slot) for slot in INDONESIAN)
    return f"""
local load_slots = {{ {{{english}}}, {{{indonesian}}} }}
function comment_text(sequence)
  local k = sequence % {combinations()} * {SCRAMBLE} % {combinations()}
  local slots = load_slots[k % 2 + 1]
  k = math.floor(k / 2)
  local message = {{}}
  for j = 1, {DIMENSION} do
    message[j] = k % {FIELD}
    k = math.floor(k / {FIELD})
  end
  local parts = {{}}
  for x = 0, #slots - 1 do
    local choice, power = 0, 1
    for j = 1, {DIMENSION} do
      choice = (choice + message[j] * power) % {FIELD}
      power = power * x % {FIELD}
    end
    parts[x + 1] = slots[x + 1][choice + 1]
  end
  if parts[1]:sub(-1) == "." then
    parts[2] = parts[2]:sub(1, 1):upper() .. parts[2]:sub(2)
  end
  return table.concat(parts, " ")
end

-- This request's sequence number: distinct for every request of a run (wrk thread `id`, its
-- `counter`), and of the run before it (the parity of `run`), so warm-up and measured runs
-- never post the same text.
function load_sequence()
  return ((counter * 2 + id - 1) * 2) + run % 2
end
"""
