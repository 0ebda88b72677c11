"""Reading a document a user brings (text, HTML or PDF) into the text that citations will quote.

A text file is kept byte for byte, so a quote checked against it is checked against the original.
HTML and PDF are turned into lines of text once, when the source is added, and that text is what the
record stores and cites; the original's hash and the extractor's name and version say how it was made.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path

from trafford_timeline.errors import DataError
from trafford_timeline.record.model import Region, RegionKind

MEDIA_TEXT = "text/plain"
MEDIA_HTML = "text/html"
MEDIA_PDF = "application/pdf"


@dataclass(frozen=True)
class Extracted:
    """A document as text, with what the document itself says about its title, author and date."""

    data: bytes
    """The bytes to store as `sources/NAME.txt`: UTF-8 text."""
    media_type: str
    extractor: str
    original_sha256: str
    regions: tuple[Region, ...] = ()
    title: str | None = None
    author: str | None = None
    published: date | None = None
    """A date the file's metadata gives (HTML meta tags); the text is read for one too."""
    created: date | None = None
    """When a PDF was made, which comes before it was published."""

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


def media_type_of(path: Path, data: bytes) -> str:
    """PDF by its signature, HTML by its suffix or its opening tag, anything else is text."""
    if data.lstrip()[:5] == b"%PDF-":
        return MEDIA_PDF
    head = data.lstrip()[:200].lower()
    if path.suffix.lower() in {".html", ".htm", ".xhtml"} or head.startswith((b"<!doctype html", b"<html")):
        return MEDIA_HTML
    return MEDIA_TEXT


def extract(path: Path) -> Extracted:
    """The document at `path` as text; a DataError says why a file cannot be used, and nothing is kept."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError(str(path), "no such file") from None
    except IsADirectoryError:
        raise DataError(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise DataError(str(path), f"cannot be read ({exc.strerror})") from None
    digest = hashlib.sha256(data).hexdigest()
    media = media_type_of(path, data)
    if media == MEDIA_PDF:
        return _from_pdf(path, data, digest)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(str(path), f"is not UTF-8 text (byte {exc.start}); save it as UTF-8 first") from None
    if not text.strip():
        raise DataError(str(path), "is empty: there is no text to cite")
    if media == MEDIA_HTML:
        return _from_html(text, digest)
    return Extracted(data=data, media_type=MEDIA_TEXT, extractor="none (stored byte for byte)",
                     original_sha256=digest)  # fmt: skip


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:  # pragma: no cover - the package is a dependency
        return "unknown"


_GAP = re.compile(r"[ \t]{2,}")
_GAP_BEFORE_MARK = re.compile(r"(?<=\S)[ \t]{2,}(?=[,.;:!?)’'])")


def _tidy_page(page: str) -> list[str]:
    """A page's layout text without the margin, trailing blanks, or the gaps justification leaves.

    Gaps of two or more spaces stay as exactly two: they are what separates a table's columns.
    """
    lines = [line.rstrip() for line in page.replace("\f", "").splitlines()]
    indents = [len(line) - len(line.lstrip(" ")) for line in lines if line.strip()]
    margin = min(indents, default=0)
    tidy = []
    for line in lines:
        line = _GAP_BEFORE_MARK.sub("", line[margin:])
        tidy.append(_GAP.sub("  ", line))
    while tidy and not tidy[-1]:
        tidy.pop()
    return tidy


def _from_pdf(path: Path, data: bytes, digest: str) -> Extracted:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    name = str(path)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DataError(name, "is an encrypted PDF; save an unencrypted copy and add that")
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
        info = reader.metadata
        created = info.creation_date if info is not None else None
        meta_title = info.title if info is not None else None
    except DataError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise DataError(name, f"is a damaged PDF that cannot be read ({type(exc).__name__})") from None
    lines: list[str] = []
    for page in pages:
        lines += _tidy_page(page)
    text = "\n".join(lines).strip("\n") + "\n"
    if len(re.findall(r"[A-Za-z]{2,}", text)) < 10:
        raise DataError(name, "has no text layer (a scanned PDF?): run it through OCR first, then add it")
    return Extracted(
        data=text.encode("utf-8"),
        media_type=MEDIA_PDF,
        extractor=f"pypdf {_version('pypdf')} (layout mode)",
        original_sha256=digest,
        title=meta_title if meta_title and "draft" not in meta_title.lower() else None,
        created=created.date() if created is not None else None,
    )


_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_REGION_TAGS: dict[str, RegionKind] = {
    "nav": "navigation", "aside": "sidebar", "footer": "footer", "figcaption": "caption",
}  # fmt: skip
_REGION_WORDS: tuple[tuple[str, RegionKind], ...] = (
    ("comment", "comments"), ("advert", "advert"), ("sponsor", "advert"), ("promo", "advert"),
    ("subscri", "subscription"), ("newsletter", "subscription"), ("paywall", "subscription"),
    ("sidebar", "sidebar"), ("related", "sidebar"), ("most-read", "sidebar"), ("caption", "caption"),
    ("breadcrumb", "navigation"), ("menu", "navigation"), ("nav", "navigation"), ("cookie", "advert"),
)  # fmt: skip
"""Words in an element's class or id that mark what it holds, as page templates name them."""


class _PageReader(HTMLParser):
    """Collects the page's lines, each with the kind of region it sits in (None for the body)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, RegionKind | None]] = []
        self._words: list[str] = []
        self._stack: list[tuple[str, RegionKind | None, bool]] = []
        self.title: str | None = None
        self.author: str | None = None
        self.published: str | None = None
        self._in_title = False
        self._title_parts: list[str] = []

    def _region(self) -> RegionKind | None:
        for _, kind, _ in reversed(self._stack):
            if kind is not None:
                return kind
        return None

    def _skipping(self) -> bool:
        return any(skip for _, _, skip in self._stack)

    def _flush(self) -> None:
        line = " ".join(" ".join(self._words).split())
        if line:
            self.lines.append((line, self._region()))
        self._words = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "meta":
            self._meta(values)
            return
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in {"br", "hr", "img", "input", "link", "meta", "wbr", "source"}:
            return
        marks = f"{values.get('class', '')} {values.get('id', '')} {values.get('role', '')}".lower()
        kind = _REGION_TAGS.get(tag)
        if kind is None:
            kind = next((k for word, k in _REGION_WORDS if word in marks), None)
        if tag == "time" and self.published is None and values.get("datetime"):
            self.published = values["datetime"]
        self._stack.append((tag, kind, tag in _SKIPPED_TAGS))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            self.title = " ".join("".join(self._title_parts).split()) or None
        if tag in _BLOCK_TAGS:
            self._flush()
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if not self._skipping():
            self._words.append(data)

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("name") or values.get("property") or "").lower()
        content = values.get("content", "").strip()
        if not content:
            return
        if key in {"author", "article:author", "byl"} and self.author is None:
            self.author = content.removeprefix("By ").removeprefix("by ")
        elif key in {"article:published_time", "date", "dc.date", "pubdate"} and self.published is None:
            self.published = content
        elif key in {"og:title", "twitter:title"} and self.title is None:
            self.title = content


def _from_html(text: str, digest: str) -> Extracted:
    reader = _PageReader()
    reader.feed(text)
    reader.close()
    reader._flush()
    if not reader.lines:
        raise DataError("HTML", "has no text outside scripts and styles")
    body = "\n".join(line for line, _ in reader.lines) + "\n"
    regions: list[Region] = []
    for number, (_, kind) in enumerate(reader.lines, 1):
        if kind is None:
            continue
        last = regions[-1] if regions else None
        if last is not None and last.kind == kind and last.last_line == number - 1:
            regions[-1] = Region(kind=kind, first_line=last.first_line, last_line=number)
        else:
            regions.append(Region(kind=kind, first_line=number, last_line=number))
    published = None
    if reader.published:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", reader.published)
        if match:
            try:
                published = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                published = None
    return Extracted(
        data=body.encode("utf-8"),
        media_type=MEDIA_HTML,
        extractor="html.parser (Python standard library)",
        original_sha256=digest,
        regions=tuple(regions),
        title=reader.title,
        author=reader.author,
        published=published,
    )
