"""What every peer comment system offers the load benchmark, and the plumbing they share.

A peer runs from its own virtualenv under `benchmarks/.peers/<name>/`, so its pinned versions
(its own Django, say) never mix with this project's. The load benchmark drives each peer the same
way: install, prepare a fresh database, start gunicorn, load it with wrk, count what was stored.
"""

from __future__ import annotations

import abc
import os
import subprocess
import sys
from pathlib import Path

from benchmarks import served

ROOT = Path(__file__).resolve().parents[2]
PEERS_HOME = ROOT / "benchmarks" / ".peers"


class Peer(abc.ABC):
    """One peer comment system, served by gunicorn with sync workers on the loopback."""

    name: str
    # What a successful comment POST answers (a redirect for a form, 201 for a JSON API).
    post_success_status: int
    # Exact versions of everything in the peer's virtualenv, dependencies included.
    requirements: tuple[str, ...]

    def __init__(self, workdir: Path) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.venv = PEERS_HOME / self.name
        # The GET path (with query) of the reading thread as JSON; set by prepare().
        self.read_path = ""

    # -- installation -------------------------------------------------------------------------

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def gunicorn(self) -> Path:
        return self.venv / "bin" / "gunicorn"

    def _stamp_text(self) -> str:
        """What the stamp file holds: the interpreter's version and the pinned requirements."""
        version = ".".join(str(part) for part in sys.version_info[:3])
        return "\n".join([f"python {version}", *self.requirements]) + "\n"

    def install(self) -> None:
        """Create the peer's virtualenv and install the pinned versions, unless already done.

        The venv is built with the interpreter running the benchmark, so the peers and this
        project run on the same Python. pip's output goes to `pip.log` in the venv.
        """
        stamp = self.venv / ".installed"
        if stamp.is_file() and stamp.read_text() == self._stamp_text() and self.python.exists():
            print(f"{self.name}: pinned versions already installed in {self.venv}", file=sys.stderr)
            return
        stamp.unlink(missing_ok=True)
        PEERS_HOME.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(self.venv)], check=True)
        requirements = self.venv / "requirements.txt"
        requirements.write_text("\n".join(self.requirements) + "\n")
        log = self.venv / "pip.log"
        with log.open("wb") as out:
            result = subprocess.run(
                [str(self.python), "-m", "pip", "install", "--quiet", "-r", str(requirements)],
                stdout=out,
                stderr=subprocess.STDOUT,
                check=False,
            )
        if result.returncode != 0:
            raise RuntimeError(f"{self.name}: pip install failed, see {log}")
        stamp.write_text(self._stamp_text())
        print(
            f"{self.name}: installed {len(self.requirements)} pinned packages in {self.venv}",
            file=sys.stderr,
        )

    # -- running --------------------------------------------------------------------------------

    def run_python(self, *args: str) -> str:
        """Run the peer's interpreter (its packages) in the workdir; returns its stdout."""
        result = subprocess.run(
            [str(self.python), *args],
            cwd=self.workdir,
            env=self.server_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{self.name}: {' '.join(args)} failed:\n{result.stderr}")
        return result.stdout

    def server_env(self) -> dict[str, str]:
        """Environment of the peer's processes: ours minus anything that would leak into it."""
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"VIRTUAL_ENV", "PYTHONPATH", "DJANGO_SETTINGS_MODULE", "PYTHONHOME"}
        }
        env["PYTHONPATH"] = str(self.workdir)
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        return env

    @abc.abstractmethod
    def wsgi_app(self, port: int) -> str:
        """The WSGI application gunicorn loads (and any per-port configuration to write first)."""

    def start(self, workers: int, port: int) -> subprocess.Popen[bytes]:
        """gunicorn with `workers` sync workers on 127.0.0.1:port; returns once it answers HTTP.

        `--preload` as in Isso's deployment docs and this project's own gunicorn.conf.py: the app
        is imported once, then the workers are forked.
        """
        app = self.wsgi_app(port)
        log = (self.workdir / f"{self.name}-gunicorn.log").open("ab")
        process = subprocess.Popen(
            [
                str(self.gunicorn),
                "--preload",
                "--worker-class",
                "sync",
                "--workers",
                str(workers),
                "--bind",
                f"127.0.0.1:{port}",
                app,
            ],
            cwd=self.workdir,
            env=self.server_env(),
            stdout=log,
            stderr=log,
        )
        log.close()  # the child holds its own descriptor
        served.wait_until_answering(port, "/", process)
        return process

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        served.stop(process)

    # -- the benchmark's view -------------------------------------------------------------------

    @abc.abstractmethod
    def prepare(self, thread_size: int = 1000) -> None:
        """A fresh database: an empty thread to post to, one of `thread_size` comments to read."""

    @abc.abstractmethod
    def post_lua(self) -> str:
        """Lua defining `request()`: a valid comment POST with a unique text on every call.

        Relies on `unique()` from the benchmark's common Lua and on `comment_text(load_sequence())`
        (benchmarks/load_texts.py) for the text, the same every system posts; defines nothing but
        `request` and locals, so it never clashes with the common `setup`/`init`/`response`/`done`.
        """

    @abc.abstractmethod
    def count_posted(self) -> int:
        """Comments stored in the posting thread (read from the database directly).

        wrk stops with up to one request per connection in flight; the server still stores those
        comments. Count (and reset) once the server is idle, or the count runs ahead of wrk's.
        """

    @abc.abstractmethod
    def reset_posted(self) -> None:
        """Delete the posting thread's comments, leaving it ready to be posted to again."""

    def cleanup(self) -> None:  # noqa: B027 (an optional hook: most peers need none)
        """Release what prepare() made outside the workdir (a server database); optional."""
