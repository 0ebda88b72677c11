"""`export --format html` without a browser: the page read back as a tree, its links, marks and escaping.

The page is parsed with the standard library's HTML parser, so these run everywhere; what only a
browser can tell (following links, axe-core, the network) is in test_webpage_browser.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from builders import (
    SOURCE_NAME,
    SOURCE_TEXT,
    DatasetFactory,
    Trafford,
    citation,
    conflict,
    event,
    minimal_record,
    rating,
)
from trafford_timeline.output.webpage import Region, RegionLike, page_html
from trafford_timeline.record.model import Citation, Record
from trafford_timeline.record.store import load_record, read_source, shipped_data_dir

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "data", "poster", "cite", "background"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def walk(self) -> list[Node]:
        found = [self]
        for child in self.children:
            if isinstance(child, Node):
                found += child.walk()
        return found

    def find(self, tag: str, **attrs: str) -> list[Node]:
        return [n for n in self.walk() if n.tag == tag and all(n.attrs.get(k) == v for k, v in attrs.items())]

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def ancestors(self) -> list[Node]:
        found, node = [], self.parent
        while node is not None:
            found.append(node)
            node = node.parent
        return found


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.at = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_endtag(self, tag: str) -> None:
        assert self.at.tag == tag, f"</{tag}> closes <{self.at.tag}>: the page is not well nested"
        assert self.at.parent is not None
        self.at = self.at.parent

    def handle_data(self, data: str) -> None:
        self.at.children.append(data)


def parse(page: str) -> Node:
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.at is builder.root, f"<{builder.at.tag}> is never closed"
    return builder.root


def texts_of(root: Path, record: Record) -> dict[str, str]:
    return {s.file: read_source(root, s.file)[1] for s in record.sources}


def build(root: Path, regions: Mapping[str, Sequence[RegionLike]] | None = None) -> tuple[Record, Node, str]:
    record = load_record(root)
    page = page_html(record, record.events, texts_of(root, record), regions)
    return record, parse(page), page


def line_of(tree: Node, href: str) -> Node:
    assert href.startswith("#")
    targets = [n for n in tree.walk() if n.attrs.get("id") == href[1:]]
    assert len(targets) == 1, f"{href} has {len(targets)} targets"
    return targets[0]


def test_every_citation_links_to_its_line_where_the_quote_is_marked(shipped: Path) -> None:
    record, tree, _ = build(shipped)
    links = [a for a in tree.find("a") if a.attrs.get("href", "").startswith("#src-")]
    hrefs = {a.attrs["href"] for a in links}
    shown: list[tuple[str, Citation]] = [(e.id, c) for e in record.events for c in e.citations]
    shown += [(s.file, c) for s in record.sources for c in s.date_citations]
    shown += [(k.id, c) for k in record.conflicts for side in k.sides for c in side.citations]
    assert len(shown) > 50
    for where, cited in shown:
        matching = [a for a in links if a.text.endswith(f"{cited.source} line {cited.line}")]
        assert matching, f"no link for {where}"
        target = line_of(tree, matching[0].attrs["href"])
        assert target.tag == "li"
        number, text = (c for c in target.children if isinstance(c, Node))
        assert number.text == str(cited.line)
        assert cited.quote in text.text, f"{where}: the target line does not hold the quote"
        marked = " ".join(m.text for m in text.find("mark"))
        assert cited.quote in marked, f"{where}: the quote is not highlighted"
        section = next(a for a in target.ancestors() if a.tag == "section")
        assert cited.source in section.text[:400], "the line is in its own source's text"
    for href in hrefs:
        line_of(tree, href)


def test_every_in_page_link_has_a_target_and_nothing_points_elsewhere(shipped: Path) -> None:
    _, tree, page = build(shipped)
    ids = [n.attrs["id"] for n in tree.walk() if "id" in n.attrs]
    assert len(ids) == len(set(ids)), "ids are unique"
    for node in tree.walk():
        for name, value in node.attrs.items():
            if name in URL_ATTRIBUTES:
                assert value.startswith("#"), f"<{node.tag} {name}={value!r}> leaves the page"
                assert value[1:] in ids, f"<{node.tag} {name}={value!r}> has no target"
    assert not tree.find("script")
    assert not tree.find("link")
    assert not tree.find("img")
    assert not tree.find("iframe")
    assert "url(" not in page
    assert "@import" not in page
    policy = tree.find("meta", **{"http-equiv": "Content-Security-Policy"})
    assert "default-src 'none'" in policy[0].attrs["content"], "nothing may load even if a tag slips in"


def test_data_text_is_shown_as_text_never_markup(make_dataset: DatasetFactory) -> None:
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'
    text = SOURCE_TEXT + f"Line six says {hostile} in the text.\n"
    record = minimal_record()
    record["sources"][0]["sha256"] = hashlib.sha256(text.encode()).hexdigest()
    record["sources"][0]["title"] = hostile
    record["events"][0] |= {"title": hostile, "summary": hostile}
    record["events"][0]["citations"].append(citation(6, f"says {hostile} in"))
    _, tree, page = build(make_dataset(record, {SOURCE_NAME: text}))
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert not [n for n in tree.walk() if any(name.startswith("on") for name in n.attrs)]
    titles = [h for h in tree.find("h3") if h.text == hostile]
    assert titles, "the title is shown as written"
    marked = [m.text for m in tree.find("mark")]
    assert f"says {hostile} in" in marked


def test_dates_keep_their_precision_and_planned_events_are_marked(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"] += [
        event("in-2015", "2015", kind="inspection"),
        event("march-week", "2019-03-04/2019-03-08", kind="inspection"),
        event("open-end", "2019-05/..", approximate=True),
    ]
    _, tree, _ = build(make_dataset(record))
    times = {t.attrs["datetime"]: t.text for t in tree.find("time")}
    assert times["2015"] == "2015"
    assert times["2020-08"] == "Aug 2020"
    assert times["2019-03-04"] == "4 Mar 2019"
    assert times["2019-03-08"] == "8 Mar 2019"
    items = {li.find("h3")[0].text: li for li in tree.find("ol", **{"class": "timeline"})[0].children
             if isinstance(li, Node)}  # fmt: skip
    assert "Planned" in items["Event deadline-2020"].text
    assert "as of 23 May 2019" in items["Event deadline-2020"].text
    assert "Planned" not in items["Event report-2019"].text
    assert "from May 2019" in " ".join(items["Event open-end"].text.split())
    assert "approximate" in items["Event open-end"].text


def test_ratings_conflicts_and_sources_are_on_the_page(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["facts"] += [
        rating(2015, "children_in_care", "good"),
        rating(2019, "children_in_care", "inadequate"),
    ]
    record["conflicts"] = [conflict("morale")]
    _, tree, _ = build(make_dataset(record))
    table = tree.find("table")[0]
    assert "2015 (SIF)" in table.text
    assert "2019 (ILACS)" in table.text
    row = next(r for r in table.find("tr") if "Children in care" in r.text)
    assert "good" in row.text
    assert "inadequate" in row.text
    assert "worse -2" in row.text
    assert "ILACS judges care leavers within this area" in row.text, "the framework note is shown"
    [link, _] = row.find("a")
    assert link.text == "001:3", "a grade links to the line that states it, named as the terminal does"
    assert "said the services are inadequate" in line_of(tree, link.attrs["href"]).text
    disagreements = line_of(tree, "#conflicts")
    assert "Whether morale is good" in disagreements.text
    assert "Good in many teams." in disagreements.text
    assert "Services are inadequate." in disagreements.text
    assert "the evidence supports this side" in disagreements.find("ol")[0].children[0].text  # type: ignore[union-attr]
    assert "The first side is quoted more closely." in disagreements.text
    sources = line_of(tree, "#sources")
    assert "Council rated inadequate" in sources.text
    assert "Test data." in sources.text
    assert "stated in the text" in sources.text


def test_regions_not_the_documents_own_are_labelled_and_still_linkable(make_dataset: DatasetFactory) -> None:
    root = make_dataset()
    regions = {SOURCE_NAME: [Region(kind="comments", first_line=4, last_line=5)]}
    _, tree, _ = build(root, regions)
    [region] = [n for n in tree.walk() if "region" in n.classes()]
    assert "Reader comments: not part of the article (lines 4–5)" in region.text
    numbers = [li.attrs["id"].rsplit("L", 1)[1] for li in region.find("li")]
    assert numbers == ["4", "5"]
    assert line_of(tree, "#src-001_report-L3") not in region.walk()
    _, plain, _ = build(root)
    assert not [n for n in plain.walk() if "region" in n.classes()], "no region is guessed"


def test_export_html_writes_the_page_by_suffix_and_keeps_the_filters(
    trafford: Trafford, make_dataset: DatasetFactory, tmp_path: Path
) -> None:
    root = make_dataset()
    out = tmp_path / "page.html"
    result = trafford("--data", str(root), "export", "-o", str(out), "--status", "planned")
    assert result.exit_code == 0, result.stderr
    tree = parse(out.read_text(encoding="utf-8"))
    titles = [h.text for h in line_of(tree, "#timeline").find("h3")]
    assert titles == ["Event deadline-2020"]
    again = trafford("--data", str(root), "export", "--format", "html", "-o", str(out))
    assert again.exit_code != 0, "an existing file is not replaced"
    assert "--force" in again.stderr


def test_a_missing_source_file_is_a_clear_error(trafford: Trafford, make_dataset: DatasetFactory) -> None:
    root = make_dataset()
    (root / "sources" / SOURCE_NAME).unlink()
    result = trafford("--data", str(root), "export", "--format", "html")
    assert result.exit_code != 0
    assert SOURCE_NAME in result.stderr
    assert "Traceback" not in result.stderr


def test_quotes_on_one_line_are_marked_once_even_where_they_overlap(make_dataset: DatasetFactory) -> None:
    record = minimal_record()
    record["events"][0]["citations"] += [citation(3, "report published on 8 May said the")]
    _, tree, _ = build(make_dataset(record))
    line = line_of(tree, "#src-001_report-L3")
    assert [m.text for m in line.find("mark")] == ["An Ofsted report published on 8 May said the"]
    assert line.text.endswith("An Ofsted report published on 8 May said the services are inadequate.")


def test_ci_installs_the_browser_and_axe_core_before_the_tests() -> None:
    root = Path(__file__).resolve().parents[1]
    steps = (root / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    tests = next(i for i, step in enumerate(steps) if "pytest" in step)
    before = "\n".join(steps[:tests])
    assert "apt-get install" in before
    assert "chromium" in before
    assert "npm ci" in before
    assert "export CI=true" in before, "so a missing browser fails the run rather than skipping"
    assert (root / ".ci" / "package-lock.json").is_file(), "axe-core's version is pinned"


def test_the_shipped_page_greys_the_regions_the_record_marks() -> None:
    """With no regions passed, the page shows the record's own: reader comments and sidebars greyed."""
    root = shipped_data_dir()
    record, tree, _ = build(root)
    labelled = [n.text for n in tree.walk() if "region" in n.classes()]
    marked = [(s.file, r) for s in record.sources for r in s.regions]
    assert marked, "the shipped sources mark their reader comments and sidebars"
    assert len(labelled) == len(marked)
    assert any("Reader comments" in text for text in labelled)
