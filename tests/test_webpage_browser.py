"""`export --format html` in a real browser: headless Chromium follows every quote to its line, axe-core
checks accessibility, the network log stays empty, and the keyboard alone gets around.

Chromium comes from Debian (`apt-get install chromium`), axe-core from npm (`cd .ci && npm ci`).
Without them these tests skip locally with the reason; under CI (`CI=true`) they fail instead.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from builders import SOURCE_NAME, SOURCE_TEXT, DatasetFactory, citation, minimal_record
from chromium import AXE, Chromium, find_chromium
from trafford_timeline.output.exports import report_grid
from trafford_timeline.output.webpage import Region, RegionLike, page_html
from trafford_timeline.record.model import Citation, Record
from trafford_timeline.record.store import load_record, read_source

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    binary = find_chromium()
    missing = [] if binary else ["Chromium (Debian: apt-get install chromium)"]
    missing += [] if AXE.is_file() else [f"axe-core at {AXE.relative_to(ROOT)} (cd .ci && npm ci)"]
    if missing or binary is None:
        reason = "the browser tests need " + " and ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI must run them, so .ci/run installs both")
        pytest.skip(reason)
    chromium = Chromium(binary, tmp_path_factory.mktemp("chromium-profile"))
    offline = {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1}
    chromium.page("Network.emulateNetworkConditions", offline)
    yield chromium
    chromium.close()


def write_page(
    root: Path, out: Path, regions: Mapping[str, Sequence[RegionLike]] | None = None
) -> tuple[Record, str]:
    record = load_record(root)
    texts = {s.file: read_source(root, s.file)[1] for s in record.sources}
    out.write_text(page_html(record, record.events, texts, regions), encoding="utf-8")
    return record, out.as_uri()


@pytest.fixture(scope="module")
def shipped_page(tmp_path_factory: pytest.TempPathFactory, shipped: Path) -> tuple[Record, str]:
    return write_page(shipped, tmp_path_factory.mktemp("page") / "trafford.html")


def open_page(browser: Chromium, url: str) -> list[str]:
    """Load `url` and return every URL the tab requested while loading it."""
    before = len(browser.events)
    browser.open(url)
    return [
        e["params"]["request"]["url"]
        for e in browser.events[before:]
        if e.get("method") == "Network.requestWillBeSent"
    ]


FOLLOW_EVERY_QUOTE = """(() => [...document.querySelectorAll('a[href^="#src-"]')].map(link => {
  link.click();
  const target = document.querySelector(':target');
  const box = target ? target.getBoundingClientRect() : null;
  const item = link.closest('li');
  const quoted = item ? item.querySelector('blockquote') : null;
  const part = selector => {
    const found = target ? target.querySelector(selector) : null;
    return found ? found.textContent : null;
  };
  return {
    href: link.getAttribute('href'), text: link.textContent, hash: location.hash,
    target: target ? target.id : null, line: part('.ln'), lineText: part('.tx'),
    marks: target ? [...target.querySelectorAll('mark')].map(m => m.textContent) : [],
    quote: quoted ? quoted.textContent.trim().replace(/^“/, '').replace(/”$/, '') : null,
    inView: box ? box.top > -1 && box.top < innerHeight : false,
    section: target ? target.closest('section.source-text').querySelector('h3').textContent : null,
  };
}))()"""


def shown_citations(record: Record) -> list[Citation]:
    found = [c for e in record.events for c in e.citations]
    found += [c for s in record.sources for c in s.date_citations]
    found += [c for k in record.conflicts for side in k.sides for c in side.citations]
    found += [c for row in report_grid(record).rows for cell in row.cells.values() for c in cell.citations]
    return found


def test_every_quote_opens_its_source_at_its_line_with_the_words_marked(
    browser: Chromium, shipped_page: tuple[Record, str]
) -> None:
    record, url = shipped_page
    open_page(browser, url)
    followed: list[dict[str, Any]] = browser.evaluate(FOLLOW_EVERY_QUOTE)
    lines = [f for f in followed if "-L" in f["href"]]
    assert len(lines) >= len(shown_citations(record))
    for link in followed:
        assert link["hash"] == link["href"], f"{link['text']}: following it did not move to its target"
        assert link["target"] == link["href"][1:], f"{link['href']} has no target"
        assert link["inView"], f"{link['href']}: the target is not on screen after following it"
    for link in lines:
        assert link["line"] == link["href"].rsplit("-L", 1)[1]
        if link["quote"] is not None:
            assert link["quote"] in link["lineText"], f"{link['text']}: the line does not hold the quote"
            assert link["quote"] in " ".join(link["marks"]), f"{link['text']}: the quote is not highlighted"
    for cited in shown_citations(record):
        reached = [
            link for link in lines if cited.source in link["section"] and link["line"] == str(cited.line)
        ]
        assert reached, f"no link reaches {cited.source}:{cited.line}"
        assert cited.quote in reached[0]["lineText"]


def axe_violations(browser: Chromium) -> list[dict[str, Any]]:
    if not browser.evaluate("typeof axe !== 'undefined'"):
        browser.evaluate(AXE.read_text(encoding="utf-8"))
    found: list[dict[str, Any]] = browser.evaluate(
        "axe.run(document).then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, "
        "nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))"
    )
    return found


def hostile_dataset(make_dataset: DatasetFactory) -> Path:
    """A source with reader comments below the article and a title that tries to run a script."""
    script = '<script>document.documentElement.dataset.ran = "yes"</script>'
    text = SOURCE_TEXT + f"Comment from a reader: {script} and more\nAdvert: buy now\n"
    record = minimal_record()
    record["sources"][0] |= {"sha256": hashlib.sha256(text.encode()).hexdigest(), "title": script}
    record["events"][0] |= {"title": script + '<img src=x onerror="document.title=1">'}
    record["events"][0]["citations"].append(citation(6, f"reader: {script} and"))
    return make_dataset(record, {SOURCE_NAME: text})


REGIONS = {SOURCE_NAME: [Region(kind="comments", first_line=6, last_line=6),
                         Region(kind="advert", first_line=7, last_line=7)]}  # fmt: skip


def test_axe_core_finds_no_serious_or_critical_violation(
    browser: Chromium, shipped_page: tuple[Record, str], make_dataset: DatasetFactory, tmp_path: Path
) -> None:
    _, regions_url = write_page(hostile_dataset(make_dataset), tmp_path / "regions.html", REGIONS)
    for url in (shipped_page[1], regions_url):
        open_page(browser, url)
        violations = axe_violations(browser)
        serious = [v for v in violations if v["impact"] in SERIOUS]
        assert not serious, f"{url}: {serious}"
        print(f"axe-core {url.rsplit('/', 1)[1]}: {len(violations)} violations: {violations}")


def test_axe_core_would_catch_a_violation(browser: Chromium, tmp_path: Path) -> None:
    """The check can fail: grey on white below AA contrast and an unlabelled image are caught."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html><body><p style="color:#bbb">faint</p><img src="data:,"></body></html>'
    )
    open_page(browser, page.as_uri())
    found = {v["id"] for v in axe_violations(browser) if v["impact"] in SERIOUS}
    assert {"color-contrast", "image-alt"} <= found


def test_the_page_makes_no_network_request(browser: Chromium, shipped_page: tuple[Record, str]) -> None:
    requested = open_page(browser, shipped_page[1])
    assert requested == [shipped_page[1]], "only the page itself is loaded"
    assert browser.evaluate("document.querySelectorAll('#timeline li').length") > 10, "it works offline"


def test_the_request_log_would_see_a_request(browser: Chromium, tmp_path: Path) -> None:
    page = tmp_path / "fetches.html"
    page.write_text('<!DOCTYPE html><html><body><img alt="x" src="http://127.0.0.1:9/x.png"></body></html>')
    requested = open_page(browser, page.as_uri())
    assert "http://127.0.0.1:9/x.png" in requested


def test_a_script_in_the_data_is_shown_and_never_runs(
    browser: Chromium, make_dataset: DatasetFactory, tmp_path: Path
) -> None:
    _, url = write_page(hostile_dataset(make_dataset), tmp_path / "hostile.html", REGIONS)
    open_page(browser, url)
    assert browser.evaluate("document.documentElement.dataset.ran === undefined")
    assert browser.evaluate("document.scripts.length + document.images.length") == 0
    assert browser.evaluate("document.title").startswith("Trafford")
    headings = browser.evaluate("[...document.querySelectorAll('h3')].map(h => h.textContent)")
    assert any(h.startswith("<script>document.documentElement") for h in headings)
    labels = browser.evaluate("[...document.querySelectorAll('.region-label')].map(p => p.innerText)")
    assert labels == [
        "Reader comments: not part of the article (line 6)",
        "Advertisement: not part of the article (line 7)",
    ]


def test_the_keyboard_alone_gets_around_and_focus_is_visible(
    browser: Chromium, shipped_page: tuple[Record, str]
) -> None:
    open_page(browser, shipped_page[1])
    browser.press("Tab", 9)
    focused = browser.evaluate(
        "(() => { const e = document.activeElement, s = getComputedStyle(e), b = e.getBoundingClientRect();"
        " return {cls: e.className, text: e.textContent, outline: s.outlineStyle, width: s.outlineWidth,"
        " onScreen: b.left >= 0 && b.top >= 0 && b.width > 0}; })()"
    )
    assert focused["cls"] == "skip", "the first Tab reaches the skip link"
    assert focused["onScreen"], "the focused skip link is shown"
    assert focused["outline"] != "none"
    assert float(focused["width"].removesuffix("px")) >= 2
    browser.press("Enter", 13, "\r")
    assert browser.evaluate("location.hash") == "#main"
    browser.press("Tab", 9)
    assert browser.evaluate("document.activeElement.closest('main') !== null"), "Tab continues in the content"
    first_quote = browser.evaluate(
        "(() => { const a = document.querySelector('.cites a'); a.focus(); return a.getAttribute('href') })()"
    )
    browser.press("Enter", 13, "\r")
    assert browser.evaluate("location.hash") == first_quote, "Enter follows a quote's link"


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def save(path: Path, data: bytes) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def test_screenshots_for_the_readme(browser: Chromium, shipped_page: tuple[Record, str]) -> None:
    """The top of the page, and a quote followed to its source (docs/webpage.png, webpage-source.png)."""
    record, url = shipped_page
    open_page(browser, url)
    top = browser.screenshot()
    assert png_size(top) == (1100, 800)
    save(DOCS / "webpage.png", top)
    cited = record.events[-1].citations[0]
    href = browser.evaluate(
        f"(() => {{ const a = [...document.querySelectorAll('.cites a')].find(a => a.textContent.endsWith("
        f"{f'{cited.source} line {cited.line}'!r})); a.click(); return a.getAttribute('href'); }})()"
    )
    assert browser.evaluate("document.querySelector(':target mark') !== null"), (
        f"{href} shows the quote marked"
    )
    save(DOCS / "webpage-source.png", browser.screenshot())
