"""Lighthouse audit: `make lighthouse` or `python bench/lighthouse.py`.

Serves the app like bench/run.py (gunicorn, production settings, collected static files, a throwaway
SQLite database with the guide loaded and a benchmark user with some progress), then runs Lighthouse 12.8.2
(pinned in bench/package-lock.json, installed with `npm ci`) with Debian's Chromium on:

  /                  the guide, anonymous
  /skills/<slug>/    a skill page, anonymous
  /faq/              the FAQ, anonymous
  /progress/         the dashboard, logged in (the session cookie goes in --extra-headers)

Lighthouse's default is kept: mobile emulation with simulated throttling. Prints the four category scores
per page, the guide's first-load transfer size (total-byte-weight) and CLS, and every audit scoring below 1
in a category below 100. Fails (exit 1) when any score on any page is below 95 (LIGHTHOUSE_MIN_SCORE).

Environment: CHROME_PATH (/usr/bin/chromium), LIGHTHOUSE_MIN_SCORE (95), LIGHTHOUSE_NPM_CI (auto: runs
`npm ci` when bench/node_modules does not match package-lock.json; 1 always, 0 never).
Reports: bench/results/lighthouse/<page>.json and bench/results/lighthouse.md.
"""

from __future__ import annotations

import datetime
import json
import os
import secrets
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    BENCH,
    BENCH_USERNAME,
    RESULTS,
    ROOT,
    BenchError,
    app_env,
    app_prepare,
    database_prepare,
    env_int,
    free_port,
    log,
    login,
    require_tool,
    seed_progress,
    serve,
    skill_slugs,
)

LIGHTHOUSE_VERSION = "12.8.2"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)


@dataclass
class Page:
    name: str
    path: str
    logged_in: bool = False


@dataclass
class Audit:
    page: Page
    report: dict

    def score(self, category: str) -> int:
        return round((self.report["categories"][category]["score"] or 0) * 100)

    def failing(self, category: str) -> list[tuple[str, str, str]]:
        """(id, title, score or display value) of the category's audits that score below 1."""
        audits = self.report["audits"]
        rows = []
        for ref in self.report["categories"][category]["auditRefs"]:
            audit = audits[ref["id"]]
            score = audit.get("score")
            if score is None or score >= 1 or audit.get("scoreDisplayMode") in ("notApplicable", "manual"):
                continue
            if audit.get("scoreDisplayMode") == "informative":
                continue
            shown = f"{score:.2f}" + (f" ({audit['displayValue']})" if audit.get("displayValue") else "")
            rows.append((ref["id"], audit["title"], shown))
        return rows

    def numeric(self, audit_id: str) -> float | None:
        return self.report["audits"].get(audit_id, {}).get("numericValue")


# --- Lighthouse itself -----------------------------------------------------------------------


def npm_ci() -> Path:
    """bench/node_modules exactly as package-lock.json says (npm ci); never downloads a browser."""
    require_tool("npm", "apt-get install -y nodejs npm (Node 20)")
    binary = BENCH / "node_modules" / ".bin" / "lighthouse"
    installed = BENCH / "node_modules" / ".package-lock.json"
    lock = BENCH / "package-lock.json"
    mode = os.environ.get("LIGHTHOUSE_NPM_CI", "auto").strip().lower() or "auto"
    if mode not in ("auto", "0", "1"):
        raise BenchError(f"LIGHTHOUSE_NPM_CI={mode!r}: use auto, 1 or 0")
    current = binary.exists() and installed.exists() and installed.stat().st_mtime >= lock.stat().st_mtime
    if mode == "1" or (mode == "auto" and not current):
        log("npm ci in bench/ (lighthouse pinned in package-lock.json)")
        done = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"], cwd=BENCH, capture_output=True, text=True, timeout=600
        )
        if done.returncode != 0:
            raise BenchError(f"npm ci failed in bench/:\n{done.stderr.strip()[-2000:]}")
    if not binary.exists():
        raise BenchError("bench/node_modules has no lighthouse; run with LIGHTHOUSE_NPM_CI=1")
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=60).stdout.strip()
    if version != LIGHTHOUSE_VERSION:
        raise BenchError(f"bench/node_modules has lighthouse {version!r}, not {LIGHTHOUSE_VERSION}; run npm ci")
    return binary


def lighthouse(binary: Path, chrome: str, url: str, output: Path, cookie: str | None) -> dict:
    """`npx lighthouse URL ...` (the same binary npx runs from bench/node_modules)."""
    command = [
        str(binary),
        url,
        f"--chrome-flags={CHROME_FLAGS}",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--quiet",
    ]
    if cookie:
        command.append(f"--extra-headers={json.dumps({'Cookie': cookie})}")
    for attempt in range(2):
        done = subprocess.run(
            command, cwd=BENCH, env=dict(os.environ, CHROME_PATH=chrome), capture_output=True, text=True, timeout=300
        )
        # Chromium under load now and then fails to record the trace (NO_NAVSTART, NO_FCP):
        # Lighthouse itself says to run it again, so once more before giving up.
        if done.returncode == 0 or "Please run Lighthouse again" not in done.stderr or attempt:
            break
    if done.returncode != 0 or not output.exists():
        raise BenchError(f"lighthouse failed on {url} ({done.returncode}):\n{done.stderr.strip()[-3000:]}")
    report = json.loads(output.read_text())
    if report.get("runtimeError"):
        raise BenchError(f"lighthouse could not load {url}: {report['runtimeError']}")
    return report


# --- the run ---------------------------------------------------------------------------------


def run(minimum: int) -> tuple[list[Audit], str]:
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not Path(chrome).exists():
        raise BenchError(f"No Chromium at {chrome}: apt-get install -y chromium (or set CHROME_PATH)")
    binary = npm_ci()
    out_dir = RESULTS / "lighthouse"
    out_dir.mkdir(parents=True, exist_ok=True)
    db = database_prepare("sqlite", "lighthouse")
    try:
        port = free_port()
        env = app_env(db, port)
        password = secrets.token_urlsafe(24)
        app_prepare(env, password)
        with serve(env, port, RESULTS / "gunicorn-lighthouse.log") as server:
            slugs = skill_slugs(server.base)
            session = login(server.base, BENCH_USERNAME, password)
            seed_progress(server.base, session, slugs)
            pages = [
                Page("guide", "/"),
                Page("skill", f"/skills/{slugs[0]}/"),
                Page("faq", "/faq/"),
                Page("dashboard", "/progress/", logged_in=True),
            ]
            audits = []
            for page in pages:
                log(f"lighthouse {page.path}{' (logged in)' if page.logged_in else ''}")
                report = lighthouse(
                    binary,
                    chrome,
                    server.base + page.path,
                    out_dir / f"{page.name}.json",
                    session.cookie if page.logged_in else None,
                )
                audits.append(Audit(page, report))
            return audits, audits[0].report.get("environment", {}).get("hostUserAgent", "")
    finally:
        db.drop()


def summarise(audits: list[Audit], minimum: int, user_agent: str) -> tuple[str, bool]:
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# Lighthouse results ({when})",
        "",
        f"- Lighthouse {LIGHTHOUSE_VERSION}, default mobile emulation with simulated throttling, "
        f"Chromium `{user_agent.split('Chrome/')[-1].split(' ')[0] if 'Chrome/' in user_agent else '?'}`",
        "- App: gunicorn, production settings (plain HTTP on loopback, `SECURE_SSL_REDIRECT=false`), "
        "hashed static files, SQLite with the guide loaded",
        f"- Bar: every score on every page >= {minimum}",
        "",
        "| page | performance | accessibility | best practices | SEO | result |",
        "|---|---:|---:|---:|---:|---|",
    ]
    all_ok = True
    for audit in audits:
        scores = {category: audit.score(category) for category in CATEGORIES}
        low = [category for category, score in scores.items() if score < minimum]
        ok = not low
        all_ok = all_ok and ok
        label = audit.page.path + (" (logged in)" if audit.page.logged_in else "")
        lines.append(
            f"| {label} | {scores['performance']} | {scores['accessibility']} | {scores['best-practices']} "
            f"| {scores['seo']} | {'PASS' if ok else 'FAIL (' + ', '.join(low) + ')'} |"
        )
    guide = audits[0]
    weight = guide.numeric("total-byte-weight")
    cls = guide.numeric("cumulative-layout-shift")
    lines += [""]
    if weight is not None:
        lines.append(f"- Guide `/`, first load: {weight / 1024:.1f} KiB transferred (total-byte-weight)")
    if cls is not None:
        lines.append(f"- Guide `/`: cumulative layout shift {cls:.3f}")
    for audit in audits:
        lcp, tbt = audit.numeric("largest-contentful-paint"), audit.numeric("total-blocking-time")
        fcp = audit.numeric("first-contentful-paint")
        if lcp is not None:
            lines.append(
                f"- `{audit.page.path}`: FCP {fcp / 1000:.2f} s, LCP {lcp / 1000:.2f} s, TBT {tbt:.0f} ms, "
                f"CLS {audit.numeric('cumulative-layout-shift'):.3f}, "
                f"{(audit.numeric('total-byte-weight') or 0) / 1024:.1f} KiB"
            )
    lines += ["", "## Audits below 1 in categories below 100", ""]
    any_failing = False
    for audit in audits:
        for category in CATEGORIES:
            if audit.score(category) >= 100:
                continue
            for audit_id, title, shown in audit.failing(category):
                any_failing = True
                lines.append(f"- `{audit.page.path}` {category}: `{audit_id}` {title}: {shown}")
    if not any_failing:
        lines.append("- none")
    lines += ["", f"Overall: {'PASS' if all_ok else 'FAIL'}"]
    return "\n".join(lines) + "\n", all_ok


def main() -> int:
    try:
        minimum = env_int("LIGHTHOUSE_MIN_SCORE", 95, minimum=0, maximum=100)
        audits, user_agent = run(minimum)
    except BenchError as exc:
        print(f"lighthouse: {exc}", file=sys.stderr)
        return 2
    report, ok = summarise(audits, minimum, user_agent)
    print(report)
    (RESULTS / "lighthouse.md").write_text(report)
    log(f"written to {(RESULTS / 'lighthouse.md').relative_to(ROOT)} and bench/results/lighthouse/*.json")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
