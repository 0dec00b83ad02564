"""Shared set-up of the benchmarks: Django on a throw-away SQLite file, the shared data's path."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"


def django_setup() -> None:
    sys.path.insert(0, str(ROOT))
    workdir = tempfile.mkdtemp(prefix="bench-")
    os.environ.update(
        DEBUG="true", DATABASE_URL=f"sqlite:///{workdir}/bench.sqlite3", LOG_LEVEL="ERROR"
    )
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()


def require_shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        sys.exit(f"{SHARED_DATA} is absent: this benchmark measures on the shared data sets")
    return SHARED_DATA
