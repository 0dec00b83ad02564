from __future__ import annotations

from comments.models import Comment
from tests.conftest import make_comment


def test_it_shows_the_demo_article_with_the_form_in_indonesian_by_default(client, thread):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="id">' in html
    assert thread.title in html
    assert "Tinggalkan Balasan" in html
    assert "Alamat email Anda tidak akan dipublikasikan." in html
    assert 'name="content"' in html and 'name="author_name"' in html
    assert 'name="author_email"' in html and 'name="author_url"' in html
    assert 'name="remember"' in html
    assert "csrfmiddlewaretoken" in html


def test_it_shows_english_when_the_browser_asks_for_it(client, thread):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").content.decode()
    assert '<html lang="en">' in html
    assert "Leave a Reply" in html
    assert "Your email address will not be published." in html
    assert "Required fields are marked" in html
    for label in ("Comment", "Name", "Email", "Website"):
        assert f'>{label} <span class="required"' in html or f">{label}</label>" in html
    assert "Save my name, email, and website in this browser for the next time I comment." in html
    assert "Post Comment" in html


def test_it_marks_exactly_the_three_required_fields(client, thread):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert html.count('<span class="required" aria-hidden="true">*</span></label>') == 3
    assert ">Website</label>" in html


def test_it_lists_published_comments_threaded_and_oldest_first(client, thread):
    first = make_comment(thread, content="Komentar pertama di sini.")
    second = make_comment(thread, content="Komentar kedua menyusul.")
    reply = make_comment(thread, parent=first, content="Balasan untuk yang pertama.")
    html = client.get("/").content.decode()
    assert (
        html.index("Komentar pertama") < html.index("Balasan untuk") < html.index("Komentar kedua")
    )
    assert f'id="comment-{reply.pk}" class="comment depth-2' in html
    first_block = html[
        html.index(f'id="comment-{first.pk}"') : html.index(f'id="comment-{second.pk}"')
    ]
    assert '<ol class="children">' in first_block
    assert "3 komentar" in html


def test_it_counts_only_published_comments(client, thread):
    make_comment(thread)
    make_comment(thread, status=Comment.Status.PENDING)
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "1 comment<" in html


def test_it_hides_pending_spam_and_trash_from_the_public(client, thread):
    for status in (Comment.Status.PENDING, Comment.Status.SPAM, Comment.Status.TRASH):
        make_comment(thread, status=status, content=f"tersembunyi {status} teks")
    html = client.get("/").content.decode()
    assert "tersembunyi" not in html


def test_it_escapes_everything_a_commenter_typed(client, thread):
    make_comment(
        thread,
        author_name='<img src=x onerror="alert(1)">',
        content="<script>alert('x')</script> & <b>bold</b>",
        author_url='https://example.com/?a=1&b="2"',
    )
    html = client.get("/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "<img src=x" not in html
    assert 'href="https://example.com/?a=1&amp;b=&quot;2&quot;"' in html


def test_it_keeps_line_breaks_of_a_comment(client, thread):
    make_comment(thread, content="baris satu\nbaris dua")
    assert "baris satu<br>baris dua" in client.get("/").content.decode()


def test_it_links_the_author_website_as_nofollow_ugc(client, thread):
    make_comment(thread, author_url="https://sari.example/blog")
    html = client.get("/").content.decode()
    assert '<a href="https://sari.example/blog" rel="nofollow ugc noopener" class="url">' in html


def test_it_uses_local_identicons_only(client, thread):
    comment = make_comment(thread)
    html = client.get("/").content.decode()
    assert f'src="/avatars/{comment.avatar_key}.svg"' in html
    assert "gravatar" not in html.lower()


def test_a_reply_link_prefills_the_parent(client, thread):
    comment = make_comment(thread, author_name="Budi")
    html = client.get(f"/?replytocom={comment.pk}").content.decode()
    assert f'name="parent" value="{comment.pk}"' in html
    assert "Membalas <bdi>Budi</bdi>" in html
    assert 'id="cancel-comment-reply-link"' in html


def test_a_reply_link_to_an_unknown_comment_is_ignored(client, thread):
    html = client.get("/?replytocom=999999").content.decode()
    assert '<input type="hidden" name="parent" id="id_parent">' in html
    assert (
        "Membalas <bdi>" not in html
        and "replying-to" not in html.split("comment-reply-title", 1)[1][:200]
    )


def test_comments_nested_five_deep_have_no_reply_link(client, thread):
    parent = None
    chain = []
    for level in range(1, 6):
        parent = make_comment(thread, parent=parent, content=f"level {level} comment")
        chain.append(parent)
    html = client.get("/").content.decode()
    for comment in chain[:4]:
        assert f"&amp;replytocom={comment.pk}#respond" in html
    assert f"&amp;replytocom={chain[4].pk}#respond" not in html


def test_a_closed_thread_shows_no_form(client, thread):
    thread.is_open = False
    thread.save()
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Comments are closed." in html
    assert 'id="commentform"' not in html


def test_an_unknown_thread_is_a_clear_404(client, db):
    response = client.get("/articles/no-such-thing/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "There is no page or discussion at this address." in response.content.decode()
