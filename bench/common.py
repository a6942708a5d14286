"""What bench/run.py and bench/lighthouse.py share: a throwaway database, the app served by gunicorn
with the production settings on a free loopback port, and a logged-in benchmark user.

Python standard library only (plus subprocess calls to manage.py, gunicorn, psql tools and redis-cli),
and careerguide/env.py for the BENCH_* variables, which imports nothing else either.
"""

from __future__ import annotations

import contextlib
import gzip
import html
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Run as `python bench/run.py`, only bench/ is on sys.path; the project root brings careerguide.env.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from careerguide.env import ConfigError, env_bool  # noqa: E402
from careerguide.env import env_int as _env_int  # noqa: E402

BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
PYTHON = sys.executable  # the Makefile runs us with the project's venv
HOST = "127.0.0.1"  # loopback only, always

PG_ROOT_URL = "postgres://postgres@127.0.0.1:5432"
PG_DATABASE = "careerguide_bench"
REDIS_URL = "redis://127.0.0.1:6379/3"

BENCH_USERNAME = "bench"
# Skills the benchmark user rates before the measured runs, so the dashboard has something to show.
SEED_PROGRESS_SKILLS = 6


class BenchError(Exception):
    """A set-up step failed; the message says which and what to do."""


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def finish_report(name: str, head: list[str], tables: list[tuple[list[str], bool]], *, misses_fail: bool) -> int:
    """The end of every benchmark: its tables (lines, all met) under the head, then the overall verdict,
    printed and written to bench/results/<name>. Returns the exit status: 1 when a table missed and
    misses fail the run (BENCH_ENFORCE), else 0."""
    all_ok = all(ok for _, ok in tables)
    out = list(head)
    for lines, _ in tables:
        out += [*lines, ""]
    out.append(f"Overall: {'PASS' if all_ok else 'FAIL' if misses_fail else 'targets missed (not enforced)'}")
    report = "\n".join(out) + "\n"
    print(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / name).write_text(report)
    log(f"written to {(RESULTS / name).relative_to(ROOT)}")
    return 0 if all_ok or not misses_fail else 1


def env_int(name: str, default: int, *, minimum: int, maximum: int) -> int:
    """careerguide.env's parser, with a bad value reported as a BenchError like every set-up failure."""
    try:
        return _env_int(name, default, minimum=minimum, maximum=maximum)
    except ConfigError as exc:
        raise BenchError(str(exc)) from None


def env_flag(name: str, default: bool) -> bool:
    try:
        return env_bool(name, default)
    except ConfigError as exc:
        raise BenchError(str(exc)) from None


def require_tool(name: str, install_hint: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BenchError(f"`{name}` is not installed. Install it with: {install_hint}")
    return path


# --- the throwaway database -------------------------------------------------------------------


@dataclass
class Database:
    kind: str  # "sqlite" or "postgres"
    url: str
    redis_url: str | None
    label: str
    sqlite_path: Path | None = None
    pg_database: str = PG_DATABASE

    def drop(self) -> None:
        """Remove the throwaway database; a failure here is reported, never raised over the real error."""
        try:
            if self.kind == "postgres":
                pg("dropdb", "--if-exists", "--force", self.pg_database)
                redis_flush(self.redis_url)
            elif self.sqlite_path is not None:
                _sqlite_remove(self.sqlite_path)
        except (BenchError, OSError, subprocess.SubprocessError) as exc:
            log(f"could not drop the throwaway database: {exc}")


def pg(tool: str, *args: str) -> None:
    command = [tool, "--host", "127.0.0.1", "--port", "5432", "--username", "postgres", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise BenchError(f"{' '.join(command)} failed: {done.stderr.strip() or done.stdout.strip()}")


def redis_flush(url: str = REDIS_URL) -> None:
    # Database 3 belongs to the benchmark alone (5 to bench/scale.py); emptying it gives every run a cold cache.
    done = subprocess.run(["redis-cli", "-u", url, "FLUSHDB"], capture_output=True, text=True, timeout=30, check=False)
    if done.returncode != 0 or "OK" not in done.stdout:
        raise BenchError(f"redis-cli -u {url} FLUSHDB failed: {done.stderr.strip() or done.stdout.strip()}")


def _sqlite_remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def database_prepare(kind: str, name: str, *, pg_database: str = PG_DATABASE, redis_url: str = REDIS_URL) -> Database:
    """An empty database of this kind; the PostgreSQL one also gets an empty Redis database."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    if kind == "sqlite":
        path = RESULTS / f"{name}.sqlite3"
        _sqlite_remove(path)
        return Database("sqlite", f"sqlite:///{path}", None, "SQLite + local-memory cache", sqlite_path=path)
    if kind == "postgres":
        for tool in ("pg_isready", "createdb", "dropdb"):
            require_tool(tool, "apt-get install -y postgresql-client")
        require_tool("redis-cli", "apt-get install -y redis-tools")
        ready = subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432"], capture_output=True, timeout=30)
        if ready.returncode != 0:
            raise BenchError(
                "PostgreSQL does not answer on 127.0.0.1:5432; start it with "
                "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` "
                "or run only SQLite with BENCH_DATABASES=sqlite"
            )
        pg("dropdb", "--if-exists", "--force", pg_database)
        pg("createdb", pg_database)
        redis_flush(redis_url)
        return Database(
            "postgres", f"{PG_ROOT_URL}/{pg_database}", redis_url, "PostgreSQL 15 + Redis 7", pg_database=pg_database
        )
    raise BenchError(f"Unknown database {kind!r}: use sqlite or postgres")


# --- the app --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def app_env(db: Database, port: int) -> dict[str, str]:
    """The production settings, served over plain HTTP on loopback."""
    env = dict(os.environ)
    for name in ("DEBUG", "BEHIND_PROXY", "PROXY_COUNT", "CSRF_TRUSTED_ORIGINS", "EMAIL_HOST", "REDIS_URL"):
        env.pop(name, None)
    env.update(
        {
            "DJANGO_ENV": "production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "SITE_URL": f"http://{HOST}:{port}",
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_MANIFEST": "true",
            "DATABASE_URL": db.url,
            "PYTHONUNBUFFERED": "1",
        }
    )
    if db.redis_url:
        env["REDIS_URL"] = db.redis_url
    return env


def manage(env: dict[str, str], *args: str, timeout: int = 300) -> str:
    done = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"manage.py {' '.join(args)} failed:\n{done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


CREATE_USER = """
import os
from django.contrib.auth import get_user_model
get_user_model().objects.create_user(
    os.environ["BENCH_USERNAME"], "bench@example.com", os.environ["BENCH_PASSWORD"]
)
"""


def app_prepare(env: dict[str, str], password: str) -> None:
    """Migrate, load the guide, create the benchmark user and collect the static files."""
    log("migrating the throwaway database")
    manage(env, "migrate", "--noinput")
    log("loading the guide")
    manage(env, "load_guide")
    manage({**env, "BENCH_USERNAME": BENCH_USERNAME, "BENCH_PASSWORD": password}, "shell", "-c", CREATE_USER)
    log("collecting static files (hashed, compressed) into ./staticfiles")
    manage(env, "collectstatic", "--noinput")


def gunicorn_command(port: int) -> list[str]:
    """deploy/gunicorn.conf.py when it exists, with our loopback address; otherwise explicit options.

    Command-line options win over the config file. BENCH_WORKERS and BENCH_GUNICORN_THREADS override
    the worker and thread counts either way; BENCH_GUNICORN_ARGS adds any other options. The address
    is always ours: loopback, a free port.
    """
    command = [PYTHON, "-m", "gunicorn"]
    config = ROOT / "deploy" / "gunicorn.conf.py"
    if config.exists():
        command += ["--config", str(config)]
    else:
        command += ["--workers", "2", "--worker-class", "gthread", "--threads", "4"]
    if os.environ.get("BENCH_WORKERS", "").strip():
        command += ["--workers", str(env_int("BENCH_WORKERS", 2, minimum=1, maximum=16))]
    if os.environ.get("BENCH_GUNICORN_THREADS", "").strip():
        command += ["--threads", str(env_int("BENCH_GUNICORN_THREADS", 4, minimum=1, maximum=64))]
    command += shlex.split(os.environ.get("BENCH_GUNICORN_ARGS", ""))  # e.g. "--max-requests 0"
    return [*command, "--bind", f"{HOST}:{port}", "careerguide.wsgi"]


@dataclass
class Server:
    base: str
    process: subprocess.Popen
    log_path: Path
    command: list[str] = field(default_factory=list)


def server_cpu_seconds(server: Server) -> float | None:
    """CPU time (user + system) gunicorn has used so far: the master, its live workers, and the
    workers it has reaped (recycled after max_requests), which Linux adds to the master's own
    children's time. None where there is no /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    master = server.process.pid
    total = 0
    try:
        fields = _proc_stat(master)
        total += sum(int(value) for value in fields[11:15])  # utime, stime, cutime, cstime
        for child in child_stats(master).values():
            total += int(child[11]) + int(child[12])
    except OSError:
        return None
    return total / ticks


def child_stats(parent: int) -> dict[int, list[str]]:
    """The /proc stat fields (as _proc_stat gives them) of each live child of parent, by pid."""
    children = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(parent):
            try:
                stat = _proc_stat(int(entry.name))
            except OSError:
                continue  # gone meanwhile
            if int(stat[1]) == parent:  # ppid
                children[int(entry.name)] = stat
    return children


def _proc_stat(pid: int) -> list[str]:
    # The fields after "(comm)", which may itself hold spaces: state, ppid, ... utime is [11].
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2 :].split()


@contextlib.contextmanager
def serve(env: dict[str, str], port: int, log_path: Path):
    """Run gunicorn until the block ends, however it ends; its whole process group is stopped."""
    command = gunicorn_command(port)
    log(f"starting gunicorn: {' '.join(command[1:])}")
    with open(log_path, "w") as log_file:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = Server(f"http://{HOST}:{port}", process, log_path, command)
    try:
        _wait_healthy(server)
        yield server
    finally:
        _stop(process)


def _wait_healthy(server: Server, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise BenchError(f"gunicorn exited with status {server.process.returncode}; see {server.log_path}")
        try:
            with urllib.request.urlopen(f"{server.base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise BenchError(f"gunicorn did not answer /healthz within {timeout:.0f} s; see {server.log_path}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    log("stopping gunicorn")
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)  # the process group is gunicorn's own (start_new_session)
    try:
        process.wait(timeout=40)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


# --- HTTP with cookies, by hand: urllib's cookie jar will not send Secure (__Host-) cookies over HTTP


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


@dataclass
class Response:
    status: int
    headers: object
    body: str


def http(
    url: str, *, method: str = "GET", data: dict | None = None, headers: dict | None = None, timeout: float = 30
) -> Response:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return Response(response.status, response.headers, _text(response.headers, response.read()))
    except urllib.error.HTTPError as exc:  # non-2xx, and 3xx since we do not follow redirects
        return Response(exc.code, exc.headers, _text(exc.headers, exc.read()))


def _text(headers, body: bytes) -> str:
    if headers.get("Content-Encoding", "").strip().lower() == "gzip":
        body = gzip.decompress(body)
    return body.decode("utf-8", "replace")


def cookies_from(response: Response) -> dict[str, str]:
    jar = SimpleCookie()
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


def cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


@dataclass
class Session:
    cookies: dict[str, str]
    session_cookie: str
    csrf_cookie: str

    @property
    def cookie(self) -> str:
        return cookie_header(self.cookies)

    @property
    def csrf_token(self) -> str:
        return self.cookies[self.csrf_cookie]


_CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def login(base: str, username: str, password: str) -> Session:
    """Log in like a browser; the cookie names are read from the responses (__Host- in production)."""
    page = http(f"{base}/accounts/login/")
    if page.status != 200:
        raise BenchError(f"GET /accounts/login/ answered {page.status}")
    cookies = cookies_from(page)
    token = _CSRF_INPUT.search(page.body)
    if token is None:
        raise BenchError("The login page has no csrfmiddlewaretoken input")
    done = http(
        f"{base}/accounts/login/",
        method="POST",
        data={"csrfmiddlewaretoken": html.unescape(token.group(1)), "username": username, "password": password},
        headers={"Cookie": cookie_header(cookies), "Referer": f"{base}/accounts/login/"},
    )
    cookies.update(cookies_from(done))
    session_name = next((name for name in cookies if name.endswith("sessionid")), None)
    csrf_name = next((name for name in cookies if name.endswith("csrftoken")), None)
    if done.status != 302 or session_name is None or csrf_name is None:
        raise BenchError(f"Logging in as {username!r} failed (status {done.status}, cookies {sorted(cookies)})")
    # Keep only what a browser would send back: the session and the (rotated) CSRF cookie.
    return Session({session_name: cookies[session_name], csrf_name: cookies[csrf_name]}, session_name, csrf_name)


def progress_post(base: str, session: Session, slug: str, fields: dict) -> dict:
    """POST /progress/skills/<slug>/ as the page's script does (JSON answer)."""
    answer = http(
        f"{base}/progress/skills/{slug}/",
        method="POST",
        data=fields,
        headers={
            "Cookie": session.cookie,
            "X-CSRFToken": session.csrf_token,
            "Referer": f"{base}/skills/{slug}/",
            "Accept": "application/json",
        },
    )
    if answer.status != 200:
        raise BenchError(f"POST /progress/skills/{slug}/ answered {answer.status}: {answer.body[:300]}")
    payload = json.loads(answer.body)
    if not payload.get("ok"):
        raise BenchError(f"POST /progress/skills/{slug}/ was refused: {payload}")
    return payload


def skill_slugs(base: str) -> list[str]:
    page = http(f"{base}/skills/")
    if page.status != 200:
        raise BenchError(f"GET /skills/ answered {page.status}")
    slugs = list(dict.fromkeys(re.findall(r'href="/skills/([a-z0-9-]+)/"', page.body)))
    if not slugs:
        raise BenchError("GET /skills/ links to no skill page")
    return slugs


def stylesheet_url(base: str) -> str:
    page = http(f"{base}/")
    if page.status != 200:
        raise BenchError(f"GET / answered {page.status}")
    link = re.search(r'<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"', page.body) or re.search(
        r'<link[^>]*href="([^"]+\.css)"[^>]*rel="stylesheet"', page.body
    )
    if link is None:
        raise BenchError('The guide page has no <link rel="stylesheet">')
    return urllib.parse.urljoin(f"{base}/", html.unescape(link.group(1)))


def seed_progress(base: str, session: Session, slugs: list[str]) -> None:
    """Give the benchmark user some progress so the dashboard has rows, events and charts."""
    statuses = ("learning", "done", "learning")
    for index, slug in enumerate(slugs[:SEED_PROGRESS_SKILLS]):
        status = statuses[index % 3]
        # "done" means the career's target level or more (progress.services): the top level is always enough
        level = 4 if status == "done" else 1 + index % 4
        progress_post(base, session, slug, {"status": status, "level": str(level)})
