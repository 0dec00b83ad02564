"""Isso, its own WSGI app (`isso.run`) under gunicorn as its deployment docs show, on SQLite.

Isso keeps everything in one SQLite file (it supports no other database). Besides the database
path and the site's address, one setting differs from its shipped isso.cfg: the guard is off, so
that the benchmark measures Isso's work and not its limit (2 new comments a minute per /24
address, while every wrk connection comes from 127.0.0.1). Moderation stays off (its default),
so a comment is public at once.

Isso learns a new thread's title by fetching the page from the site over HTTP; here the threads
are created in the database beforehand (and posts carry a `title` as well), so no post ever
fetches anything.
"""

from __future__ import annotations

import json
import sqlite3
import string
from pathlib import Path

from benchmarks.peers.base import Peer
from benchmarks.peers.samples import lua_string, sample_comments

POSTING_URI = "/articles/posting-thread/"
READING_URI = "/articles/reading-thread/"

# Only what differs from Isso's own isso.cfg, which Isso loads first.
CONFIG = string.Template("""\
[general]
dbpath = $dbpath
# The site embedding the comments (CORS origin); Isso checks at start-up that it answers.
host = http://127.0.0.1:$port/
# Its default: one log line per new comment (to gunicorn's log), no mail.
notify = stdout

[moderation]
# Its default: comments are published at once.
enabled = false

[guard]
# Off for the benchmark: its rate limit (2 comments a minute per /24) would refuse nearly every
# post, since all of wrk's connections come from 127.0.0.1; the limit is not what we measure.
enabled = false

[admin]
enabled = false
""")

# Run with the peer's interpreter: `TOOL CONFIG SAMPLES.json` fills the database through Isso's
# own storage classes, so the schema and columns are exactly what the server expects.
TOOL = """\
import json
import sys
import time

from isso import config
from isso.db import SQLite3

conf = config.load(config.default_file(), sys.argv[1])
db = SQLite3(conf.get("general", "dbpath"), conf)
db.threads.new(sys.argv[3], "Posting thread")
db.threads.new(sys.argv[4], "Reading thread")
now = time.time()
for index, sample in enumerate(json.loads(open(sys.argv[2], encoding="utf-8").read())):
    db.comments.add(
        sys.argv[4],
        {
            "text": sample["text"],
            "author": sample["author"],
            "email": sample["email"],
            "website": None,
            "parent": None,
            "mode": 1,
            "remote_addr": "192.0.2.%d" % (index % 250),
            "created": now - sample["age"],
        },
    )
"""

LUA = string.Template("""\
-- Isso: its JSON API, one new comment per call.
local isso_headers = {["Content-Type"] = "application/json"}
function request()
  local tag = unique():gsub('[%c"\\\\]', "-")  -- safe inside a JSON string
  local body = '{"text": "' .. comment_text(load_sequence()) .. '"'
    .. ', "author": "Reader ' .. tag .. '"'
    .. ', "email": "reader.' .. tag .. '@example.org"'
    .. ', "website": null, "title": "Posting thread"}'
  return wrk.format("POST", $path, isso_headers, body)
end
""")


class IssoPeer(Peer):
    """Isso with its JSON API: `POST /new?uri=` to post, `GET /?uri=` to read a thread."""

    name = "isso"
    post_success_status = 201  # 202 would mean "held for moderation"
    requirements = (
        "isso==0.14.0",
        "gunicorn==27.0.1",
        "bleach==6.4.0",
        "cffi==2.1.1",
        "html5lib==1.1",
        "itsdangerous==2.2.0",
        "Jinja2==3.1.6",
        "MarkupSafe==3.0.4",
        "misaka==2.1.1",
        "mistune==3.4.0",
        "pycparser==3.12",
        "six==1.17.0",
        "webencodings==0.6.1",
        "Werkzeug==3.1.9",
    )

    @property
    def dbpath(self) -> Path:
        return self.workdir / "isso.sqlite3"

    @property
    def config_path(self) -> Path:
        return self.workdir / "isso.cfg"

    def _write_config(self, port: int) -> None:
        self.config_path.write_text(CONFIG.substitute(dbpath=self.dbpath, port=port))

    def prepare(self, thread_size: int = 1000) -> None:
        """A new SQLite file: both threads, and `thread_size` published comments on one."""
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.dbpath}{suffix}").unlink(missing_ok=True)
        self._write_config(port=8080)  # rewritten with the real port by start()
        samples = self.workdir / "samples.json"
        samples.write_text(
            json.dumps([sample.as_dict() for sample in sample_comments(thread_size)])
        )
        (self.workdir / "isso_tool.py").write_text(TOOL)
        self.run_python(
            "isso_tool.py", str(self.config_path), str(samples), POSTING_URI, READING_URI
        )
        self.read_path = f"/?uri={READING_URI.replace('/', '%2F')}"

    def wsgi_app(self, port: int) -> str:
        self._write_config(port)
        return "isso.run"

    def server_env(self) -> dict[str, str]:
        env = super().server_env()
        env["ISSO_SETTINGS"] = str(self.config_path)
        return env

    def post_lua(self) -> str:
        path = f"/new?uri={POSTING_URI.replace('/', '%2F')}"
        return LUA.substitute(path=lua_string(path))

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.dbpath, timeout=30)

    def count_posted(self) -> int:
        connection = self._connect()
        try:
            row = connection.execute(
                "SELECT count(*) FROM comments JOIN threads ON threads.id = comments.tid"
                " WHERE threads.uri = ?",
                (POSTING_URI,),
            ).fetchone()
        finally:
            connection.close()
        return int(row[0])

    def reset_posted(self) -> None:
        """Delete the posting thread's comments, then recreate the thread row.

        Isso's trigger `remove_stale_threads` deletes a thread as soon as it has no comments;
        without its row again, the next post would make Isso fetch the page for a title.
        """
        connection = self._connect()
        try:
            with connection:
                connection.execute(
                    "DELETE FROM comments WHERE tid IN (SELECT id FROM threads WHERE uri = ?)",
                    (POSTING_URI,),
                )
                connection.execute(
                    "INSERT OR IGNORE INTO threads (uri, title) VALUES (?, ?)",
                    (POSTING_URI, "Posting thread"),
                )
        finally:
            connection.close()
