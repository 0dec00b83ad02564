"""Day one, starter model only: what ordinary news readers write is published, not held.

The two comments from the trial that found the starter model sending readers to spam, and one
of each kind of comment real readers write (LABEL_RULES.md), through the HTML form and the API.
"""

from __future__ import annotations

import pytest

from comments.models import Comment
from tests.conftest import shown_form_token
from tests.moderation.conftest import post_comment

TRIAL = [
    "I like this. My dad also uses X every day.",
    "I would like to know which phone models the app supports. My father uses an old Android 8 "
    "phone.",
]
READERS = [
    # first-person experience, in both languages
    "My mother waited four hours at the clinic last week, so this story rings true.",
    "Ibu saya juga antre dari subuh di puskesmas, ceritanya persis begini.",
    # a question to the author
    "Does the new fee apply to students too, or only to workers?",
    # a reply to another reader, disagreeing
    "@rudi kurang setuju, data tahun lalu justru menunjukkan harga turun.",
    # a link to a source
    "The full court decision is here: https://www.reuters.com/legal/ read it before judging.",
    # gambling and loans as news topics
    "Judi online bikin tetangga saya kehilangan rumah, pemerintah harus tegas.",
    # code-mixed, slang
    "Literally parah sih ini, masa harga beras naik terus wkwk",
    # numbers and money
    "Rent here went from $1,200 to $1,650 in two years, salaries did not move.",
    # a public figure, with emoji
    "Elon lagi Elon lagi 🙄 tiap hari beritanya dia mulu",
    # a name in another script, one emphasised word
    "Thanks for the translation, Сергей, it helps a lot.",
    "Ini 𝐩𝐞𝐧𝐭𝐢𝐧𝐠 banget buat warga yang tinggal di bantaran sungai.",
]


@pytest.mark.parametrize("content", TRIAL + READERS)
def test_the_form_publishes_what_readers_write(client, thread, active_model, content):
    response = post_comment(client, thread, content=content, author_name="Ayu Lestari")
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert comment.status == Comment.Status.APPROVED, list(
        comment.decisions.values_list("reason", flat=True)
    )


@pytest.mark.parametrize("content", TRIAL)
def test_the_api_publishes_the_trial_comments(client, thread, active_model, content):
    response = client.post(
        "/api/v1/comments/",
        {
            "thread": thread.key,
            "author_name": "Sam Taylor",
            "author_email": "sam.reader@example.com",
            "content": content,
            "form_token": shown_form_token(thread),
        },
        content_type="application/json",
        REMOTE_ADDR="203.0.113.77",
    )
    assert response.status_code == 201
    assert response.json()["status"] == "approved"
