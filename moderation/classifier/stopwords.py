"""Function words of English and Indonesian: the glue of a sentence, not what it is about.

An n-gram made only of these ("my", "if", "i like", "yang di") says how a text was written, not
what it does: a model trained on a synthetic corpus learns such n-grams as accidents of its
templates, and a moderator cannot act on "spam because of 'my', 'like'". The classifier drops
them from its features (an n-gram with one real word, such as "my channel", stays).

Kept short on purpose: words that spam leans on ("please", "call", "free", "check") are not here.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = _words(
    """
    a an the this that these those it its it's i i'm im me my mine myself we us our ours you
    your yours u ur he him his she her hers they them their theirs one someone something is am
    are was were be been being do does did done have has had having will would shall should can
    could may might must ll ve re d s t m and or but nor so yet if then than because as while
    when where what which who whom whose why how whether though although unless until since of
    in on at to for from by with about into onto over under up down out off through between
    among after before during without within against around near like also too not no yes just
    only very really even still already again ever never always sometimes here there now today
    all any some each every both either neither more most much many other another such same own
    lot lots oh ok okay yeah well
    """
)

INDONESIAN = _words(
    """
    yang dan di ke dari ini itu itu2 ya iya yah sih dong deh kok lah pun nya saya aku gue gua
    gw ane kamu anda lu lo elu dia ia kami kita mereka beliau adalah ialah merupakan ada akan
    sudah udah telah sedang lagi masih belum pernah bisa dapat harus boleh mau ingin juga jg
    pula saja aja cuma hanya sangat banget bgt sekali paling lebih kurang tidak nggak gak ga
    enggak tak bukan jangan untuk buat bagi pada oleh dengan dgn sama tentang atas bawah dalam
    luar antara tanpa karena krn sebab agar supaya biar kalau kalo jika bila apabila maka tapi
    tetapi namun atau serta lalu kemudian setelah sebelum sejak hingga sampai ketika saat waktu
    sambil apa siapa mana kenapa mengapa bagaimana gimana kapan berapa semua setiap tiap para
    sang si sini situ sana begitu begini gitu gini
    """
)

FUNCTION_WORDS = ENGLISH | INDONESIAN


def only_function_words(ngram: str) -> bool:
    """True for "my", "if", "i like", "yang di"; False for "my channel" or "slot"."""
    return all(word in FUNCTION_WORDS for word in ngram.split())
