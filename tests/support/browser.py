"""Debian's Chromium, headless and with no network (every host name resolves to nothing but
loopback). What a page asks for is seen two ways: a probe script that a test puts into a page records
the resources it loads and every request its content policy blocks before it is made; and Chromium's
own network log records every request a page started, whether or not it got anywhere (a page opened
from file:// loads its own files without the network, so anything in that log went for a host).
Also `make docs`, built once per test session for the tests that open what it writes."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import tempfile
import warnings
from pathlib import Path

from support.document import ROOT

CHROMIUM = "/usr/bin/chromium"
PROBE = """<script>
  window.__seen = [];
  document.addEventListener("securitypolicyviolation", (e) => __seen.push({blocked: e.blockedURI}));
  new PerformanceObserver((list) => list.getEntries().forEach((e) => __seen.push({loaded: e.name})))
    .observe({type: "resource", buffered: true});
</script>"""
# What a page may load: itself, its files, and nothing beyond this machine.
LOCAL = re.compile(r"^(file:|data:|blob:|about:|https?://(127\.0\.0\.1|localhost)[:/])")


def build_docs(site: Path) -> Path:
    """`make docs` into `site`: the documentation site, with the API reference in its api/."""
    subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "docs", f"SITE={site}"], check=True,
                   capture_output=True)  # fmt: skip
    return site


def probed(page: Path) -> None:
    """Puts the probe first in the page's head, before anything it loads."""
    page.write_text(page.read_text().replace("<head>", "<head>" + PROBE, 1))


def page_requests(netlog: Path) -> set[str]:
    """The URLs of the network requests pages started (their initiator is a page, opened from a file or
    served here), not the browser's own (update checks and the like, whose initiator is no origin)."""
    events = json.loads(netlog.read_text())["events"]
    return {
        str(event["params"]["url"])
        for event in events
        if "url" in event.get("params", {}) and LOCAL.match(str(event["params"].get("initiator", "")))
    }


def chromium(*args: str, budget_ms: int = 15000) -> str:
    """Chromium's output for `args`, run with `budget_ms` of virtual time.

    Now and then headless Chromium never ends a run: the virtual time budget never runs out, or a
    screenshot waits for a frame the idle page never draws (a Chromium bug others report too; once
    in about ten full runs of the suite here, never in 15 runs of the tour alone with the CPUs busy).
    Such a run is killed after four times its virtual time in real time, and at least two minutes (a
    loaded 2-core machine takes about 1.2 times it), and run once more."""
    limit = max(120.0, 4 * budget_ms / 1000)
    for attempt in (1, 2):
        # A profile of its own each time: a browser killed mid-run leaves its profile locked. A tour
        # reads pages in its frame: both are files, which Chromium keeps apart unless told otherwise.
        # Its output goes to files: its crash handlers, in sessions of their own, would hold pipes.
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
            command = [
                CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                "--allow-file-access-from-files", "--window-size=1280,2400", f"--virtual-time-budget={budget_ms}",
                *args,
            ]  # fmt: skip
            out, err = Path(profile) / "stdout", Path(profile) / "stderr"
            with out.open("w") as stdout, err.open("w") as stderr:
                browser = subprocess.Popen(command, stdout=stdout, stderr=stderr, start_new_session=True)
            try:
                browser.wait(timeout=limit)
            except subprocess.TimeoutExpired:
                warnings.warn(f"Chromium did not end within {limit:.0f} s (attempt {attempt} of 2)", stacklevel=2)
                continue
            finally:  # a run cut short (the timeout, Ctrl-C, SIGTERM) leaves no browser behind
                if browser.poll() is None:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(browser.pid, signal.SIGKILL)
                    browser.wait()
            assert browser.returncode == 0, err.read_text()[-3000:]
            return out.read_text()
    raise AssertionError(f"Chromium did not end within {limit:.0f} s, twice")
