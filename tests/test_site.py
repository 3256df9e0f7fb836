"""`make docs` builds a documentation site that works from file:// with no network: Chromium opens every
page, its search finds a term, every internal link leads to a page and anchor that exist, and no
page asks for anything from beyond this machine.

One browser run tours the site as a reader does: a harness page holds each page in turn in a frame,
copies out the page as rendered, and last opens the search with a query, as `?q=` does. Chromium's
network log of the run shows every request a page started (support/browser.py).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from support.browser import LOCAL, chromium, page_requests
from support.document import ROOT

# One worker runs this module and test_docs: they share one `make docs` (the site fixture).
pytestmark = pytest.mark.xdist_group("docs")

NAV = re.findall(r"^  - [^:]+: (\S+\.md)$", (ROOT / "mkdocs.yml").read_text(), re.M)
PAGES = [name.removesuffix(".md") + ".html" for name in NAV]
# A term that only the testing page's controls table holds, and where search must lead for it.
SEARCHED, FOUND_ON = "advance_clock", "testing.html"
SEARCH = f"index.html?q={SEARCHED}"
# The harness: each page in the frame for a second of the browser's virtual time (the search, whose
# index loads in a worker, three), then what it shows is copied out.
TOUR = """<!DOCTYPE html><html><body style="margin: 0">
<iframe id="page" style="width: 1280px; height: 1600px; border: 0"></iframe>
<script>
  const pages = PAGES, frame = document.getElementById("page");
  let i = 0;
  frame.addEventListener("load", () => setTimeout(() => {
    const copy = document.body.appendChild(document.createElement("pre"));
    copy.dataset.page = pages[i];
    copy.textContent = frame.contentDocument.documentElement.outerHTML;
    if (++i < pages.length) frame.src = pages[i];
  }, pages[i] === "SEARCH" ? 3000 : 1000));
  frame.src = pages[0];
</script></body></html>"""


class Anchors(HTMLParser):
    """The links and the element ids of a page as rendered."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))


@dataclass
class Tour:
    shown: dict[str, str]  # each page (and the search) as Chromium rendered it
    requested: set[str]  # every network request a page started


@pytest.fixture(scope="module")
def tour(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Tour:
    folder = tmp_path_factory.mktemp("tour")
    harness = site / "tour.html"
    harness.write_text(TOUR.replace("PAGES", json.dumps([*PAGES, SEARCH])).replace("SEARCH", SEARCH))
    try:
        dom = chromium("--dump-dom", f"--log-net-log={folder / 'net.json'}", harness.as_uri(),
                       budget_ms=(len(PAGES) + 5) * 1000)  # fmt: skip
    finally:
        harness.unlink()
    copies = re.findall(r'<pre data-page="([^"]*)">(.*?)</pre>', dom, re.S)
    assert [page for page, _shown in copies] == [*PAGES, SEARCH], "the tour did not reach every page"
    return Tour({page: html.unescape(shown) for page, shown in copies}, page_requests(folder / "net.json"))


def test_every_page_of_the_docs_is_in_the_site(site: Path) -> None:
    written = {page.name for page in (ROOT / "docs").glob("*.md")}
    assert written == set(NAV)
    assert all((site / page).is_file() for page in PAGES)
    assert (site / "api" / "index.html").is_file()


@pytest.mark.parametrize("page", PAGES)
def test_the_page_renders(tour: Tour, page: str) -> None:
    shown = tour.shown[page]
    source = (ROOT / "docs" / page.replace(".html", ".md")).read_text()
    title = re.search(r"^# (.+)$", source, re.M)
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", shown, re.S)
    assert heading, "no heading rendered"
    if title:  # the changelog's comes from CHANGELOG.md
        text = html.unescape(re.sub(r'<a class="headerlink".*?</a>|<[^>]+>', "", heading.group(1))).strip()
        assert text == title.group(1).replace("`", "")
    assert 'class="md-content"' in shown


def test_the_cli_reference_is_generated_from_the_commands(tour: Tour) -> None:
    shown = tour.shown["cli.html"]
    for command in ("cobalt appointments list", "cobalt sandbox", "cobalt contract", "cobalt webhooks register"):
        assert command in shown
    assert "--booking-delay" in shown
    # Each option as `--help` shows it, defaults included (a table of them showed click's UNSET marker).
    assert "default: 127.0.0.1" in shown and "Sentinel" not in shown


def test_the_changelog_and_the_benchmarks_are_included(tour: Tour) -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    newest = re.search(r"^## (\S+)", changelog, re.M)
    assert newest and newest.group(1) in tour.shown["changelog.html"]
    table = (ROOT / "docs" / "snippets" / "benchmarks.md").read_text()
    first_row = table.splitlines()[4].split(" | ")[0].removeprefix("| ")
    assert html.escape(first_row, quote=False) in tour.shown["benchmarks.html"]


def test_search_finds_a_term_offline(tour: Tour) -> None:
    shown = tour.shown[SEARCH]
    found = re.findall(r'href="([^"]*)" class="md-search-result__link', shown)
    assert found, "the search showed no result"
    assert urlsplit(found[0]).path.endswith("/" + FOUND_ON)


def test_no_page_asks_for_anything_beyond_this_machine(tour: Tour) -> None:
    assert {url for url in tour.requested if not LOCAL.match(url)} == set()


def test_the_network_log_sees_what_a_page_asks_for(tmp_path: Path) -> None:
    """The check above can fail: a page that loads a script from a CDN shows in the log."""
    page = tmp_path / "page.html"
    page.write_text('<html><head><script src="https://cdn.example/shim.js"></script></head><body>x</body></html>')
    chromium("--dump-dom", f"--log-net-log={tmp_path / 'net.json'}", page.as_uri(), budget_ms=1000)
    assert page_requests(tmp_path / "net.json") == {"https://cdn.example/shim.js"}


@pytest.mark.parametrize("page", PAGES)
def test_every_internal_link_resolves(site: Path, tour: Tour, page: str) -> None:
    anchors = {}
    for name, shown in tour.shown.items():
        parsed = Anchors()
        parsed.feed(shown)
        anchors[name] = parsed
    base = f"file:///{page}"
    internal = [link for link in anchors[page].links if not urlsplit(link).scheme or link.startswith("file:")]
    assert internal, "a page of the site links to none of the others"
    for link in internal:
        target = urlsplit(urljoin(base, link))
        name = target.path.lstrip("/")
        assert (site / name).is_file(), f"{page}: {link} leads nowhere"
        if target.fragment and name in anchors:
            assert target.fragment in anchors[name].ids, f"{page}: {link}: no such anchor"
