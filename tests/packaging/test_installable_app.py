"""comments and moderation install as a wheel into any Django site (issue 13).

The test builds the wheel from this checkout, installs it (and nothing of this repository
else) into a fresh virtualenv whose other packages are the test run's own, writes a minimal host
project with its own settings and urls (no `config/`, no `site/`), migrates, renders a page with
`{% comments_section %}` and posts a comment through the form it rendered.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOST_SCRIPT = Path(__file__).with_name("host_project.py")


def run(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), capture_output=True, text=True, timeout=300, check=False, **kwargs
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtualenv with the wheel installed; returns its python."""
    work = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools writes build/ and an egg-info beside the sources, which would
    # leave a second `comments` package in the checkout for mypy and ruff to trip over.
    source = work / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "build", "*.egg-info")
    for part in ("comments", "moderation"):
        shutil.copytree(ROOT / part, source / part, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    wheel_dir = str(work / "dist")
    built = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        ".",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        wheel_dir,
        cwd=source,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((work / "dist").glob("*.whl"))
    venv = work / "venv"
    made = run(sys.executable, "-m", "venv", "--without-pip", str(venv))
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    # The dependencies (Django, DRF, scikit-learn...) are the test run's: installing them again
    # from PyPI would test the network, not the package.
    site = run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    Path(site.stdout.strip(), "test-run-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    install = run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--no-deps",
        "-q",
        str(wheel),
    )
    assert install.returncode == 0, install.stderr[-3000:]
    return python


def test_the_wheel_carries_templates_static_files_migrations_and_the_corpus(installed):
    listed = run(
        str(installed),
        "-c",
        "import comments, moderation, pathlib;"
        "c = pathlib.Path(comments.__file__).parent; m = pathlib.Path(moderation.__file__).parent;"
        "print(all(p.exists() for p in ["
        "c / 'templates/comments/section.html', c / 'static/comments/embed.js',"
        "c / 'locale/id/LC_MESSAGES/django.mo', c / 'migrations/0001_initial.py',"
        "m / 'corpus/starter.csv', m / 'migrations/0001_initial.py',"
        "m / 'templates/admin/moderation/spammodel/change_list.html',"
        "m / 'static/moderation/admin_desk.css']))",
        cwd=installed.parent,
    )
    assert listed.stdout.strip() == "True", listed.stderr[-2000:]


def test_a_host_project_renders_the_section_and_takes_a_comment(installed, tmp_path):
    shutil.copy(HOST_SCRIPT, tmp_path / "host.py")
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "PYTHONPATH")}
    done = run(str(installed), str(tmp_path / "host.py"), cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr[-4000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    venv = str(installed.parent.parent)
    assert seen["comments_from"].startswith(venv) and seen["moderation_from"].startswith(venv)
    assert seen["page_status"] == 200 and seen["has_form"]
    assert seen["action"] == "/comments/comments/post/#respond"
    assert seen["post_status"] == 302
    assert seen["post_location"].startswith("/news/harbour/?cpage=1&posted=")
    assert seen["stored"] == ["approved"]
    assert seen["shown_after"]
    assert seen["bad_post_status"] == 400 and seen["bad_post_keeps_page"]
    assert seen["api_status"] == 200 and seen["api_count"] == 1
