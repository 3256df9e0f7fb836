"""`make docs` writes the API reference as one self-contained page (site/api/index.html): it shows the
API and loads nothing from the internet.

Chromium opens it with no network (every host name resolves to nothing but loopback), and a probe
script in a test copy of the page records every resource the page asks for and every request its
content policy blocks before it is made. A resource from beyond this machine that was not blocked
fails the test.

One browser run tours the page as a reader does: a harness page holds it in a frame, follows its
routes one after the other (as its menu's links do), and copies out the page and what the probe saw
at each. The page's Redoc bundle is loaded once instead of once per route (the browser's CPU went
from about 12 to 7 seconds).
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

from support import reference
from support.browser import LOCAL, chromium, probed
from support.document import load, operations
from support.servers import REPORTS


# The routes in the order the tour follows them; the screenshot shows the last.
def _route(tag: str) -> str:
    return "#/" + tag.lower().replace(" ", "-")


# The page's top, then each tag of the document (the routes of the site's API page).
ROUTES = ("", *dict.fromkeys(_route(tag["name"]) for tag in load()["tags"]))
# Five seconds (of the browser's virtual time) for the page to load and render, then each route in
# turn: at each, what the probe has seen so far goes into the page, and the page is copied out.
TOUR = """<!DOCTYPE html><html><body style="margin: 0">
<iframe id="page" src="probed.html" style="width: 1280px; height: 2400px; border: 0"></iframe>
<script>
  const routes = ROUTES, frame = document.getElementById("page");
  function visit(i) {
    const page = frame.contentDocument;
    const probe = page.getElementById("probe") || page.body.appendChild(page.createElement("pre"));
    probe.id = "probe";
    probe.textContent = JSON.stringify(frame.contentWindow.__seen);
    const copy = document.body.appendChild(document.createElement("pre"));
    copy.dataset.route = routes[i];
    copy.textContent = page.documentElement.outerHTML;
    if (i + 1 < routes.length) {
      frame.contentWindow.location.hash = routes[i + 1];
      setTimeout(() => visit(i + 1), 1500);
    }
  }
  frame.addEventListener("load", () => setTimeout(() => visit(0), 5000));
</script></body></html>"""
# One worker runs this module and test_site: they share one `make docs` (the site fixture).
pytestmark = pytest.mark.xdist_group("docs")


@pytest.fixture(scope="module")
def page(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the reference page with the probe in it, beside the copy of the document it renders."""
    folder = tmp_path_factory.mktemp("reference")
    shutil.copy(site / "api" / "index.html", folder / "probed.html")
    probed(folder / "probed.html")
    return folder / "probed.html"


def visible(dom: str) -> str:
    """The rendered page, without the document state that Redoc embeds in its scripts."""
    return re.sub(r"<(script|style)\b.*?</\1>", "", dom, flags=re.S)


@pytest.fixture(scope="module")
def pages(page: Path) -> dict[str, str]:
    """The page as shown at each route, each with the probe's record up to then."""
    REPORTS.mkdir(exist_ok=True)
    tour = page.with_name("tour.html")
    tour.write_text(TOUR.replace("ROUTES", json.dumps(ROUTES)))
    # Virtual time for the load, each route's 1.5 s and some to spare.
    budget = 5000 + 1500 * len(ROUTES) + 2000
    dom = chromium(f"--screenshot={REPORTS / 'docs.png'}", "--dump-dom", tour.as_uri(), budget_ms=budget)
    copies = re.findall(r'<pre data-route="([^"]*)">(.*?)</pre>', dom, re.S)
    assert [route for route, _copy in copies] == list(ROUTES), "the tour did not reach every route"
    return {route: html.unescape(copy) for route, copy in copies}


@pytest.mark.parametrize(
    ("tag", "summary"), [(op["tags"][0], op["summary"]) for _path, _method, op in operations()], ids=str
)
def test_the_page_shows_every_operation(pages: dict[str, str], tag: str, summary: str) -> None:
    assert summary in visible(pages[_route(tag)])


@pytest.mark.parametrize("event", load()["webhooks"].items(), ids=lambda item: item[0])
def test_the_page_shows_every_webhook_event(pages: dict[str, str], event: tuple[str, dict]) -> None:
    assert event[1]["post"]["summary"] in visible(pages["#/webhooks"])


@pytest.mark.parametrize("header", reference.CREDENTIAL_HEADERS)
def test_the_page_shows_the_credential_headers(pages: dict[str, str], header: str) -> None:
    assert header in visible(pages[""])


@pytest.mark.parametrize("table", [reference.ECW_VISIT_TYPES, reference.WEBPT_VISIT_TYPES], ids=["eCW", "WebPT"])
def test_the_page_shows_the_visit_type_tables(pages: dict[str, str], table: dict[str, str]) -> None:
    shown = visible(pages["#/visit-types"])
    for code, definition in table.items():
        assert f"<td><code>{code}</code></td><td>{definition.replace('&', '&amp;')}</td>" in shown


@pytest.mark.parametrize("route", ROUTES)
def test_the_page_loads_nothing_from_beyond_this_machine(pages: dict[str, str], route: str) -> None:
    probe = re.search(r'<pre id="probe">(.*?)</pre>', pages[route], re.S)
    assert probe, "the probe script did not report"
    seen = json.loads(probe.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    # The Redoc bundle asks for its footer logo on a CDN; the page's policy blocks it before any
    # request is made, which the browser reports as a policy violation for that same URL.
    blocked = {entry["blocked"] for entry in seen if "blocked" in entry}
    requested = {entry["loaded"] for entry in seen if "loaded" in entry and not LOCAL.match(entry["loaded"])}
    assert requested - blocked == set()


def test_the_page_forbids_every_load_from_elsewhere(page: Path) -> None:
    html = page.read_text()
    assert "Content-Security-Policy" in html
    assert "default-src 'none'" in html


def test_a_screenshot_is_saved(pages: dict[str, str]) -> None:
    assert (REPORTS / "docs.png").read_bytes().startswith(b"\x89PNG")
