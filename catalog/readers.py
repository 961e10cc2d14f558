"""Report readers: plain text, Markdown, HTML saved from a browser, and PDF -> text + metadata.

Every reader returns a :class:`Report`: the text that ingest searches, the metadata found in
the document, and the content hash of the file's bytes (``sha256:<hex>``), by which a report
already in the catalogue is recognised.

What the citation offsets index
-------------------------------
Character offsets of citations (``char_start``/``char_end``) count Unicode code points in
``Report.text``:

- plain text and Markdown: the file's bytes decoded as UTF-8 (a byte-order mark removed,
  line endings left as they are), header and markup included, so the offsets point into
  the file itself; a Markdown file's YAML front matter is blanked (each of its characters
  but line breaks becomes a space): it is metadata, read into ``Report.metadata``, and no
  citation may quote it, while the offsets after it stay those of the file;
- HTML: the visible text as extracted here (scripts, styles and the ``<head>`` dropped,
  one line per block element, entities decoded);
- PDF: the text layer as pypdf extracts it, pages joined by a blank line.

Text that is not UTF-8 is refused with a message naming the first bad byte, unless the
caller names the encoding (``encoding=`` / ``catalog ingest --encoding``): guessing an
8-bit code page would silently put wrong letters into quotes.

Control characters are normalised here, once, for every format (:func:`clean_text`): a
NUL, a form feed (``pdftotext`` puts one between pages) or an ANSI escape sequence never
reaches a quote, so every export is well-formed XML and PostgreSQL accepts every text.
Each is replaced one for one (a form feed, vertical tab or NEL by a line break, the
others by a space), so offsets still count the file's code points.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .errors import ValidationError
from .lazy import lazy_module

coordinates = lazy_module("catalog.coordinates")  # for an HTML page's map links

#: File suffixes read as reports when a directory is given.
REPORT_SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
}


#: Reports larger than this are refused before being read (a report is read whole, and its
#: text analysed in memory; the largest think-tank PDFs seen are a few tens of MB).
MAX_REPORT_BYTES = 64 * 2**20
#: A report's text may have at most this many characters (about 5,000 pages). Ingest holds
#: the text, its sentences and its findings in memory: measured, a dense 8 MB text report
#: peaks at 590 MB and a 60 MB one passed 2.8 GB.
MAX_REPORT_CHARS = 10_000_000
#: PDFs with more pages than this are refused before any text is extracted.
MAX_PDF_PAGES = 2000
#: Text extraction from one PDF stops, refused, after this many seconds.
MAX_PDF_SECONDS = 120.0


class ReportError(ValidationError):
    """A report cannot be read: empty, binary, not UTF-8, a PDF without text, ..."""


@dataclass
class Report:
    """A report's text and what the document says about itself.

    ``metadata`` may hold ``title``, ``authors`` (a list), ``publisher``, ``published``
    (``YYYY-MM-DD``) and ``url``; a key is absent where the document does not say.
    """

    path: Path | None
    format: str
    text: str
    content_hash: str
    metadata: dict = field(default_factory=dict)

    @property
    def size(self) -> int:
        """Size of the text in characters."""
        return len(self.text)


# ANSI/ECMA-48 escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other
# two-character ESC sequences, and their one-byte C1 forms (CSI U+009B, OSC U+009D).
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x1b][\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?")
# Control characters (C0 but tab, line feed and carriage return; DEL; C1), lone
# surrogates and the non-characters U+FFFE/U+FFFF: XML 1.0 cannot hold most of them,
# PostgreSQL no NUL, a terminal obeys them.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85"


def _control(m: re.Match) -> str:
    c = m.group()
    if c in _LINE_BREAKS:
        return "\n"
    return "\ufffd" if c > "\x9f" else " "


def clean_text(text: str) -> str:
    r"""``text`` with its control characters and ANSI escape sequences normalised, one
    character for one (offsets into it stay those of the original).

    Examples
    --------
    >>> clean_text("page 1\x0cpage 2\x00 \x1b[31mred\x1b[0m")
    'page 1\npage 2       red    '
    """
    if not _CONTROLS.search(text):
        return text
    text = _ESCAPES.sub(lambda m: " " * len(m.group()), text)
    return _CONTROLS.sub(_control, text)


def read_across_columns(text: str) -> str:
    r"""``text`` with each run of lines set in two columns of prose (a PDF page laid out
    in two columns, as ``pdftotext -layout`` gives it) read down the left column, then
    down the right, as a reader reads them. The run keeps its length (the gaps between
    the columns become trailing spaces), so offsets after it stay those of the original.

    Examples
    --------
    >>> page = ("The Tallow depot, about        north of Kesk. The Holt\n"
    ...         "25 km south of Kesk, blew       arsenal (49.41, 38.15)\n"
    ...         "up in 2004; later, too,         blew up in 2015, far\n"
    ...         "three arsenals burned,          from both of them, as\n"
    ...         "one of them 30 km               reports say.\n")
    >>> print(read_across_columns(page).rstrip())
    The Tallow depot, about
    25 km south of Kesk, blew
    up in 2004; later, too,
    three arsenals burned,
    one of them 30 km
    north of Kesk. The Holt
    arsenal (49.41, 38.15)
    blew up in 2015, far
    from both of them, as
    reports say.
    >>> len(read_across_columns(page)) == len(page)
    True
    """
    if "   " not in text:
        return text
    lines = text.split("\n")
    splits = [_column_split(line) for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and splits[j] is not None and \
                abs(splits[j] - splits[i]) <= 1:
            j += 1
        # (a run that a blank line or the text's end closes: a left column running on
        # below the run would be read out of its order, after the right one)
        bounded = j == len(lines) or not lines[j].strip()
        if j - i >= _COLUMN_LINES and bounded and _prose_columns(lines[i:j], splits[i:j]):
            cut = list(zip(lines[i:j], splits[i:j], strict=True))
            lefts = [line[:at].rstrip() for line, at in cut]
            rights = [line[at:] for line, at in cut]
            block = "\n".join(lefts + rights)
            size = sum(len(line) + 1 for line in lines[i:j]) - 1
            out.append(block + " " * (size - len(block)))
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


#: How many lines set in two columns make a run read column by column
_COLUMN_LINES = 4
#: The gap between two columns of a line: three spaces or more, one such gap in the line
_COLUMN_GAP = re.compile(r"[ ]{3,}")


def _column_split(line: str) -> int | None:
    """Where a line's right column starts, if the line is two columns of text with one
    gap between them; None otherwise."""
    gaps = list(_COLUMN_GAP.finditer(line.rstrip()))
    if len(gaps) != 1 or not line[:gaps[0].start()].strip():
        return None
    return gaps[0].end()


def _prose_columns(lines: list[str], splits: list[int]) -> bool:
    """Whether lines split at ``splits`` are two columns of prose, not a table's rows:
    each column's lines mostly fill it, and their words are mostly in small letters."""
    width = splits[0]
    full = sum(len(line[:at].rstrip()) >= 0.7 * width
               for line, at in zip(lines, splits, strict=True))
    words = " ".join(lines).split()
    small = sum(w[:1].islower() for w in words)
    return full >= 0.75 * len(lines) and small >= 0.6 * len(words)


def _clean_metadata(meta: dict) -> dict:
    out = {}
    for k, v in meta.items():
        if isinstance(v, str):
            v = clean_text(v).strip()
        elif isinstance(v, list):
            v = [clean_text(a).strip() for a in v if isinstance(a, str)]
        out[k] = v
    return out


def content_hash(data: bytes) -> str:
    """The content hash of a report's bytes, as stored in ``sources.content_hash``."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def report_paths(paths) -> list[Path]:
    """Expand files and directories into the report files to read, in a stable order.

    Raises
    ------
    ReportError
        If a path does not exist, or a directory holds no report file.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*")
                           if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                raise ReportError(
                    f"no reports in directory {str(p)!r} (looked for "
                    f"{', '.join(sorted(REPORT_SUFFIXES))})")
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise ReportError(f"no such report: {str(p)!r}")
    return list(dict.fromkeys(out))


def read_report(path, encoding: str | None = None) -> Report:
    """Read one report file, choosing the reader from its suffix (and PDF magic bytes).

    Parameters
    ----------
    path
        A ``.txt``/``.md``/``.html``/``.pdf`` file (other suffixes are read as text).
    encoding
        The text encoding, if not UTF-8 (ignored for PDF).

    Raises
    ------
    ReportError
        For an empty file, a binary file, text that is not in the expected encoding, or a
        PDF without a text layer; the message names the file and says what to do.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_REPORT_BYTES:
            raise ReportError(
                f"report {str(p)!r} is {size / 2**20:.0f} MiB, over the "
                f"{MAX_REPORT_BYTES / 2**20:.0f} MiB a report may have; split it, or give "
                f"the text of a large PDF (pdftotext)")
        data = p.read_bytes()
    except OSError as e:
        raise ReportError(f"cannot read report {str(p)!r}: {e.strerror}") from None
    fmt = REPORT_SUFFIXES.get(p.suffix.lower(), "text")
    if data.startswith(b"%PDF-"):
        fmt = "pdf"
    return read_bytes(data, fmt, name=str(p), path=p, encoding=encoding)


def read_bytes(data: bytes, fmt: str, *, name: str = "<report>", path: Path | None = None,
               encoding: str | None = None) -> Report:
    """Read a report from bytes; ``fmt`` is ``text``, ``markdown``, ``html`` or ``pdf``."""
    if not data.strip():
        raise ReportError(f"report {name!r} is empty")
    digest = content_hash(data)
    if fmt == "pdf" and b"%PDF-" not in data[:1024] and _looks_like_html(data):
        # a link to a PDF often saves a web page instead (a login wall, an error page)
        raise ReportError(
            f"report {name!r} is named .pdf but looks like HTML (it starts "
            f"{data.lstrip()[:40].decode('utf-8', 'replace')!r}), not a PDF: save the PDF "
            f"itself, or rename the file to .html to read it as a web page")
    if fmt == "pdf":
        text, meta = _read_pdf(data, name)
        text = read_across_columns(clean_text(text))
    else:
        if fmt != "html" and b"\x00" in data[:8192]:
            raise ReportError(
                f"report {name!r} is a binary file, not text (it holds NUL bytes); "
                f"readable reports are {', '.join(sorted(REPORT_SUFFIXES))}")
        if fmt == "html":
            if b"\x00" in data[:8192]:
                raise ReportError(f"report {name!r} is a binary file, not HTML")
            declared = _html_charset(data)
            raw = _decode(data, name, encoding or declared)
            text, meta = _read_html(raw, name)
            text = clean_text(text)
        else:
            text = read_across_columns(clean_text(_decode(data, name, encoding)))
            meta = _markdown_metadata(text) if fmt == "markdown" else {}
            if not meta:
                meta = text_header_metadata(text)
            if fmt == "markdown":
                text = blank_front_matter(text)
    meta = _clean_metadata(meta)
    if not text.strip():
        raise ReportError(f"report {name!r} has no text to read")
    if len(text) > MAX_REPORT_CHARS:
        raise ReportError(f"report {name!r} has {len(text):,} characters of text, over the "
                          f"{MAX_REPORT_CHARS:,} a report may have; split it")
    return Report(path, fmt, text, digest, meta)


def _looks_like_html(data: bytes) -> bool:
    """Whether bytes begin as an HTML page does (a doctype, ``<html>``, or ``<head>``)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head")) or (
        head.startswith((b"<?xml", b"<!--")) and b"<html" in head)


def _decode(data: bytes, name: str, encoding: str | None) -> str:
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise ReportError(f"unknown text encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise ReportError(
                f"report {name!r} is not {encoding} text: byte 0x{data[e.start]:02x} at "
                f"offset {e.start}") from None
        return text.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReportError(
            f"report {name!r} is not UTF-8 text (byte 0x{data[e.start]:02x} at offset "
            f"{e.start}); give its encoding with --encoding (e.g. --encoding cp1252) or "
            f"convert it first (iconv -f cp1252 -t utf-8)") from None


# -- plain text header ----------------------------------------------------------------------

_DATE_FORMATS = ("%Y-%m-%d", "%b %d, %Y", "%B %d, %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y",
                 "%B %d %Y", "%b %d %Y")


def parse_loose_date(text: str) -> str | None:
    """``Dec 8, 2018``, ``8 December 2018``, ``2018-12-08T10:00Z``... as ``YYYY-MM-DD``.

    Returns None when the text is not a date in one of these forms (never a guess).
    """
    t = text.strip().strip("—–-").strip()
    m = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$", t)
    if m:
        try:
            return dt.date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    t = re.sub(r"\s+", " ", t)
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(t, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def text_header_metadata(text: str) -> dict:
    """Metadata from a text header: a title line, then ``- by AUTHOR``, ``- in PUBLISHER``,
    ``- — Dec 8, 2018`` lines (the form of the reports in ``shared/reports``).

    The title is taken only when at least one such line follows it.

    Examples
    --------
    >>> text_header_metadata("Big News\\n- by A. Writer\\n- in The Paper\\n- — Dec 8, 2018\\n")
    {'title': 'Big News', 'authors': ['A. Writer'], 'publisher': 'The Paper', 'published': '2018-12-08'}
    """  # noqa: E501
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if len(lines) < 2:
        return {}
    meta: dict = {}
    for line in lines[1:8]:
        s = line.strip()
        if not s.startswith("- "):
            break
        body = s[2:].strip()
        if body.lower().startswith("by "):
            authors = re.split(r"\s*(?:,|;|\band\b)\s*", body[3:].strip())
            meta["authors"] = [a for a in authors if a]
        elif body.lower().startswith("in "):
            meta["publisher"] = body[3:].strip()
        elif body.lower().startswith(("url ", "http://", "https://")):
            meta["url"] = body.split()[-1]
        elif (date := parse_loose_date(body)) is not None:
            meta["published"] = date
        else:
            break
    if meta:
        meta = {"title": lines[0].strip(), **meta}
    return meta


#: YAML front matter: a first line ``---``, the fields, and a closing ``---`` line.
_FRONT_MATTER = re.compile(r"^\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", re.S)


def blank_front_matter(text: str) -> str:
    """``text`` with its YAML front matter (if any) turned into spaces, line breaks kept:
    the same length, so offsets after it still index the file.

    Examples
    --------
    >>> blank_front_matter("---\\ntitle: T\\n---\\nBody.")
    '   \\n        \\n   \\nBody.'
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return text
    return re.sub(r"[^\r\n]", " ", text[:m.end()]) + text[m.end():]


def _markdown_metadata(text: str) -> dict:
    """Metadata from YAML-like front matter (``title:``, ``author:``...) or a first heading."""
    meta: dict = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).splitlines():
            if ":" not in line:
                continue
            k, v = line.split(":", 1)
            k, v = k.strip().lower(), v.strip().strip("'\"")
            if not v:
                continue
            if k == "title":
                meta["title"] = v
            elif k in ("author", "authors", "by"):
                meta["authors"] = [a.strip() for a in re.split(r"[;,]", v.strip("[]"))
                                   if a.strip()]
            elif k in ("publisher", "site", "source"):
                meta["publisher"] = v
            elif k in ("date", "published") and (d := parse_loose_date(v)):
                meta["published"] = d
            elif k == "url":
                meta["url"] = v
        body = text[m.end():]
    else:
        body = text
    if "title" not in meta:
        h = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.M)
        if h:
            meta["title"] = h.group(1)
    if not m:
        header = text_header_metadata(re.sub(r"^#\s+", "", body.lstrip()))
        meta = {**header, **meta}
    return meta


# -- HTML -----------------------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object",
              "canvas", "button", "select", "form", "nav"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "table", "section", "article", "header", "footer", "blockquote", "figcaption",
               "figure", "pre", "dd", "dt", "main", "aside", "hr", "title"}
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
#: A table's cells: each row one line, its cells between bars ("| Tallow Air Base | Kesk |"),
#: as a text table is written, so that a row is a sentence and a column of sites is read
_CELL_TAGS = {"td", "th"}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed",
              "source", "track", "wbr", "param"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta: dict = {}
        self.in_title = False
        self.title: list[str] = []
        self.map_link: str | None = None  # the href of the <a> being read, if a map's
        self.cells = 0  # how deep in table cells the text being read is
        self.pre = 0  # ... and in <pre> blocks, whose line breaks are the text's
        self.rows = 0  # ... and in table rows

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("canonical", a["href"].strip())
        elif tag == "a":
            # a link to a map that holds its point ("satellite view") is kept after its
            # text, as a Markdown autolink: the report publishes that point
            href = a.get("href", "").strip()
            self.map_link = href if href and coordinates.is_map_link(href) else None
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS:
                self.skip += 1
            return
        if tag == "tr":
            self.rows += 1
        if tag == "pre":
            self.pre += 1
        if tag in _CELL_TAGS:
            if not self.cells and not self.skip:
                # a row's first cell opens its line with a bar, the others follow the last
                last = "".join(self.parts[-3:]).rstrip(" \t")
                self.parts.append("| " if last.endswith("\n") or not last else " ")
            self.cells += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" " if self.cells else "\n")
            if tag in _HEADING_TAGS and not self.cells and not self.skip:
                # a heading as Markdown writes it ("## Garching"): where a section begins,
                # whose text is no longer about the site the section before named
                self.parts.append("#" * int(tag[1]) + " ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "a" and self.map_link is not None:
            if not self.skip:
                self.parts.append(f" <{self.map_link}>")
            self.map_link = None
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "tr":
            self.rows = max(0, self.rows - 1)
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _CELL_TAGS:
            self.cells = max(0, self.cells - 1)
            if not self.cells and not self.skip:
                self.parts.append(" |")
        elif tag in _BLOCK_TAGS:
            self.parts.append(" " if self.cells else "\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if not self.skip:
            # (inside a cell, its text on the row's line; between a row's cells, no line
            # break of the page's layout)
            if self.cells:
                self.parts.append(" ".join(data.split()))
            elif not (self.rows and not data.strip()):
                # a line break in a page's source is a space: its blocks make the lines
                # ("<h2>Estonia</h2><p>Ämari Air Base ..." is a heading, then a paragraph)
                self.parts.append(data if self.pre else data.replace("\n", " "))


def _html_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii") if m else None


#: The longest HTML tag a report may hold (attributes included): Python's HTMLParser keeps
#: every attribute of a tag as a tuple, and one tag of 64 MB with 3.5 million attributes
#: took 2.95 GB (issue 15). No page written for people has a tag of even 100 KB.
MAX_HTML_TAG_CHARS = 1 << 20
_LONG_TAG = re.compile(rf"<[A-Za-z!/?][^<>]{{{MAX_HTML_TAG_CHARS}}}")


def _read_html(raw: str, name: str = "report") -> tuple[str, dict]:
    long_tag = _LONG_TAG.search(raw)
    if long_tag is not None:
        end = raw.find(">", long_tag.start())
        size = (end if end >= 0 else len(raw)) - long_tag.start() + 1
        raise ReportError(
            f"report {name!r} has an HTML tag of {size:,} characters at offset "
            f"{long_tag.start():,}, over the {MAX_HTML_TAG_CHARS:,} a tag may have "
            "(readers.MAX_HTML_TAG_CHARS): not a page written for people")
    parser = _TextExtractor()
    parser.feed(raw)
    parser.close()
    # Collapse runs of spaces inside lines and blank lines between blocks: a sentence
    # must read as written, not as the page's source indentation.
    joined = "".join(parser.parts).replace("\r", "")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in joined.split("\n")]
    text = "\n".join(line for line in lines if line.strip("#"))
    m = parser.meta
    meta: dict = {}
    title = (m.get("og:title") or m.get("twitter:title") or m.get("citation_title")
             or re.sub(r"\s+", " ", html.unescape("".join(parser.title))).strip())
    publisher = m.get("og:site_name") or m.get("publisher") or m.get("citation_publisher")
    url = m.get("og:url") or m.get("canonical")
    if url and not re.match(r"^https?://\S+$", url):
        url = None
    if title:
        title, site_name = strip_site_name(title, publisher, url)
        publisher = publisher or site_name
        meta["title"] = title
    author = m.get("author") or m.get("article:author") or m.get("citation_author")
    if author and not author.startswith("http"):
        meta["authors"] = [a.strip() for a in re.split(r";|,|\band\b", author) if a.strip()]
    if publisher:
        meta["publisher"] = publisher
    for key in ("article:published_time", "datepublished", "date", "dc.date",
                "citation_publication_date", "pubdate"):
        if m.get(key) and (d := parse_loose_date(m[key].replace("/", "-"))):
            meta["published"] = d
            break
    if url:
        meta["url"] = url
    return text, meta


_TITLE_SEPARATOR = r"\s+(?:\||-|–|—|·|::|»)\s+"


def _name_key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.casefold())


def strip_site_name(title: str, publisher: str | None = None, url: str | None = None
                    ) -> tuple[str, str | None]:
    """A page title without the site's name that pages add to it (``Story | Site``,
    ``Story - Site``, ``Story — Site``, or ``Site | Story``), and that name.

    The name is taken off only when it is the publisher's (``og:site_name``) or the site's
    host name (``38 North`` for ``38north.org``): a title's own second half ("Sohae - Part
    2") stays.

    Examples
    --------
    >>> strip_site_name("A Second Site | Example Daily", "Example Daily")
    ('A Second Site', 'Example Daily')
    >>> strip_site_name("Sinpo Revisited - 38 North", url="https://www.38north.org/x")
    ('Sinpo Revisited', '38 North')
    >>> strip_site_name("Sohae - Part 2")
    ('Sohae - Part 2', None)
    """
    keys = set()
    if publisher and _name_key(publisher):
        keys.add(_name_key(publisher))
    host = re.match(r"^https?://(?:www\d*\.)?([^/:?#]+)", url or "")
    if host:
        labels = host.group(1).lower().split(".")
        keys.update(_name_key(x) for x in labels[:-1] if _name_key(x))
    if not keys:
        return title, None
    suffix = re.match(rf"^(.*\S){_TITLE_SEPARATOR}(.+)$", title)
    if suffix and _name_key(suffix.group(2)) in keys:
        return suffix.group(1).strip(), suffix.group(2).strip()
    prefix = re.match(rf"^(.+?){_TITLE_SEPARATOR}(.*\S)$", title)
    if prefix and _name_key(prefix.group(1)) in keys:
        return prefix.group(2).strip(), prefix.group(1).strip()
    return title, None


# -- PDF ------------------------------------------------------------------------------------

def _read_pdf(data: bytes, name: str) -> tuple[str, dict]:
    import io
    import logging
    import time

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the user's
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise ReportError(f"report {name!r} is an encrypted PDF") from None
        n_pages = len(reader.pages)
        if n_pages > MAX_PDF_PAGES:
            raise ReportError(f"report {name!r} is a PDF of {n_pages} pages, over the "
                              f"{MAX_PDF_PAGES} a report may have")
        started = time.monotonic()
        pages = []
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            if time.monotonic() - started > MAX_PDF_SECONDS:
                raise ReportError(f"report {name!r}: reading its text took over "
                                  f"{MAX_PDF_SECONDS:.0f} s (page {len(pages)} of "
                                  f"{n_pages}); refused")
        info = reader.metadata or {}
    except PdfReadError as e:
        raise ReportError(f"report {name!r} is not a readable PDF: {e}") from None
    except ReportError:
        raise
    except Exception as e:  # pypdf raises many kinds on damaged files
        raise ReportError(f"report {name!r} is not a readable PDF: {e}") from None
    text = "\n\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise ReportError(
            f"report {name!r} is a PDF with no text layer ({len(pages)} page(s) of images?); "
            f"run OCR first, e.g. `ocrmypdf in.pdf out.pdf`")
    meta: dict = {}
    title = (info.get("/Title") or "").strip() if info else ""
    if title:
        meta["title"] = str(title)
    author = (info.get("/Author") or "").strip() if info else ""
    if author:
        meta["authors"] = [a.strip() for a in re.split(r";|,|\band\b", str(author))
                           if a.strip()]
    # A PDF's /CreationDate is not its publication date: "print to PDF" stamps the day the
    # analyst saved it. Never record it as ``published``; a header in the text may say.
    if not title:
        meta.update({k: v for k, v in text_header_metadata(text).items() if k not in meta})
    return text, meta

