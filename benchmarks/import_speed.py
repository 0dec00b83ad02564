"""How long importing 100,000 WordPress comments takes, and how much memory it needs.

Run: .venv/bin/python benchmarks/import_speed.py [--comments 100000] [--per-post 100] [--json PATH]
Writes a WXR file of its own (posts with threaded comments in all four statuses), imports it
into a fresh SQLite database with `import_wordpress`, then imports it again (nothing changes).
Prints one line; peak memory is this process's max RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks._setup import RESULTS, django_setup

WORDS = (  # noqa: SIM905
    "harga ikan naik pasar desa jalan hujan sekolah warga listrik air bersih kabar "
    "berita bagus setuju semoga cepat selesai terima kasih informasi"
).split()
STATUSES = ["1"] * 8 + ["0", "spam", "trash"]


def write_wxr(path: Path, comments: int, per_post: int) -> None:
    rng = random.Random(5)
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
        )
        made = 0
        post = 0
        while made < comments:
            post += 1
            out.write(
                f"<item><title>Berita {post}</title><link>https://kabar.example/{post}</link>"
                f"<wp:post_id>{post}</wp:post_id><wp:post_name>berita-{post}</wp:post_name>"
                "<wp:post_type>post</wp:post_type><wp:comment_status>open</wp:comment_status>\n"
            )
            first = made + 1
            for _ in range(min(per_post, comments - made)):
                made += 1
                parent = rng.randint(first, made - 1) if made > first and rng.random() < 0.4 else 0
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40)))
                out.write(
                    f"<wp:comment><wp:comment_id>{made}</wp:comment_id>"
                    f"<wp:comment_author>{escape(f'Pembaca {made % 5000}')}</wp:comment_author>"
                    f"<wp:comment_author_email>r{made % 5000}@example.id</wp:comment_author_email>"
                    f"<wp:comment_author_IP>10.{made % 250}.{made // 250 % 250}.1"
                    "</wp:comment_author_IP>"
                    f"<wp:comment_date_gmt>2024-01-01 10:00:00</wp:comment_date_gmt>"
                    f"<wp:comment_content><![CDATA[{text} #{made}]]></wp:comment_content>"
                    f"<wp:comment_approved>{rng.choice(STATUSES)}</wp:comment_approved>"
                    f"<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>\n"
                )
            out.write("</item>\n")
        out.write("</channel></rss>\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--per-post", type=int, default=100)
    parser.add_argument("--json", default=str(RESULTS / "import_speed.json"))
    args = parser.parse_args()
    django_setup()
    from django.core.management import call_command

    from comments.models import Comment

    call_command("migrate", verbosity=0)
    wxr = Path(tempfile.mkdtemp(prefix="wxr-")) / "export.xml"
    write_wxr(wxr, args.comments, args.per_post)
    started = time.monotonic()
    call_command("import_wordpress", str(wxr), stdout=StringIO(), verbosity=0)
    seconds = time.monotonic() - started
    stored = Comment.objects.count()
    again = time.monotonic()
    call_command("import_wordpress", str(wxr), stdout=StringIO(), verbosity=0)
    rerun = time.monotonic() - again
    result = {
        "benchmark": "import_speed",
        "comments": args.comments,
        "stored": stored,
        "file_mb": round(wxr.stat().st_size / 1e6, 1),
        "import_seconds": round(seconds, 1),
        "rerun_seconds": round(rerun, 1),
        "stored_after_rerun": Comment.objects.count(),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "database": "SQLite file",
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"import_speed: {stored:,} comments from a {result['file_mb']} MB WXR in "
        f"{result['import_seconds']} s (re-run {result['rerun_seconds']} s, "
        f"{result['stored_after_rerun']:,} stored), peak RSS {result['peak_rss_mb']} MB"
    )


if __name__ == "__main__":
    main()
