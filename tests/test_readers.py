"""Report readers: text header, Markdown, HTML, PDF, and clear errors for bad input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.errors import ValidationError
from catalog.model import parse_date
from catalog.readers import (
    ReportError,
    content_hash,
    parse_loose_date,
    read_bytes,
    read_report,
    report_paths,
    text_header_metadata,
)
from tests.conftest import FIRST_RUN_REPORT

DATA = __import__("pathlib").Path(__file__).parent / "data" / "reports"


def test_text_header_and_hash():
    r = read_report(FIRST_RUN_REPORT)
    data = FIRST_RUN_REPORT.read_bytes()
    assert r.format == "text"
    assert r.text == data.decode("utf-8")  # offsets index the file as written
    assert r.metadata == {"title": "Two Mountain Missile Bases Stay Busy",
                          "authors": ["Test Writer"], "publisher": "Example Wire",
                          "published": "2024-01-05"}
    assert r.content_hash == "sha256:" + __import__("hashlib").sha256(data).hexdigest()


def test_text_without_header_has_no_metadata():
    assert text_header_metadata("Just a sentence.\nAnother one.") == {}


@pytest.mark.parametrize("text,expected", [
    ("Dec 8, 2018", "2018-12-08"), ("— Dec 8, 2018", "2018-12-08"),
    ("8 December 2018", "2018-12-08"), ("2019-01-21T09:00:00Z", "2019-01-21"),
    ("December 8 2018", "2018-12-08"), ("last Tuesday", None), ("2018-13-45", None),
])
def test_parse_loose_date(text, expected):
    assert parse_loose_date(text) == expected


def test_markdown_front_matter():
    r = read_report(DATA / "r04-several.md")
    assert r.format == "markdown"
    assert r.metadata == {"title": "Busy Weeks at Three Sites", "authors": ["Test Writer"],
                          "publisher": "Example Monitor", "published": "2021-06-02"}
    raw = (DATA / "r04-several.md").read_text(encoding="utf-8")
    end = raw.index("\n---\n") + len("\n---\n")
    # the front matter is metadata, never text to cite: blanked, the offsets after it kept
    assert len(r.text) == len(raw) and r.text[end:] == raw[end:]
    assert not r.text[:end].strip() and r.text[:end].count("\n") == raw[:end].count("\n")


def test_markdown_without_front_matter_is_read_as_written(tmp_path):
    p = tmp_path / "n.md"
    p.write_text("# Note\n\nA line.\n---\nMore.\n", encoding="utf-8")
    assert read_report(p).text == "# Note\n\nA line.\n---\nMore.\n"


def test_html_strips_scripts_styles_and_nav_and_reads_meta():
    r = read_report(DATA / "r06-known-as.html")
    assert "Fake-ri" not in r.text and "Another-ri" not in r.text and "color" not in r.text
    assert "known as Sino-ri" in r.text
    assert "Washington & Seoul" in r.text  # entities decoded
    assert r.metadata == {
        "title": "A Second Site Comes Into View", "authors": ["Test Writer"],
        "publisher": "Example Daily", "published": "2019-01-21",
        "url": "https://example.org/2019/01/21/second-site"}


def test_html_keeps_a_map_links_address_after_its_text(tmp_path):
    p = tmp_path / "p.html"
    p.write_text('<p>The yard (<a href="https://www.google.com/maps/@40.0297,128.1917,900m'
                 '/data=!3m1!1e3&amp;x=1">satellite view</a>) grew. <a href="https://example.org'
                 '/@40.0297,128.1917,17z">More</a>.</p>', encoding="utf-8")
    assert read_report(p).text == (
        "The yard (satellite view <https://www.google.com/maps/@40.0297,128.1917,900m"
        "/data=!3m1!1e3&x=1>) grew. More.")


def test_an_html_tables_rows_are_lines_of_cells_between_bars(tmp_path):
    # each row one line (a cell's own line breaks and the page's layout between cells
    # made spaces), as a text table is written: a row is a sentence, a column of sites read
    p = tmp_path / "t.html"
    p.write_text("<p>Bases:</p>\n<table>\n <tr>\n  <th>Base</th>\n  <th>Where</th>\n </tr>\n"
                 " <tr>\n  <td>Tallow Air Base<br>(old)</td>\n  <td>Kesk,\n Orvale</td>\n </tr>\n"
                 "</table>\n<p>After.</p>", encoding="utf-8")
    lines = [x for x in read_report(p).text.splitlines() if x.strip()]
    assert lines == ["Bases:", "| Base | Where |", "| Tallow Air Base (old) | Kesk, Orvale |",
                     "After."]


def test_an_html_pages_lines_are_its_blocks_not_its_source_lines(tmp_path):
    # a line break in the page's source is a space: a heading is a line of its own, never
    # the first words of the paragraph under it; a <pre> keeps its lines
    p = tmp_path / "b.html"
    p.write_text("<h2>Kesk</h2>\n<p><strong>Tallow Air Base</strong>, about 5 km west\n"
                 "of Orvale, was closed.</p>\n<pre>a\nb</pre>", encoding="utf-8")
    assert read_report(p).text.splitlines() == [
        "## Kesk", "Tallow Air Base, about 5 km west of Orvale, was closed.", "a", "b"]


def test_no_citation_quotes_the_front_matter_even_on_rescan(shipped, tmp_path):
    """Issue 12: `ingest --rescan` of a Markdown report cited its YAML front matter."""
    from catalog import Site
    from catalog.ingest import ingest

    p = tmp_path / "n.md"
    p.write_text("---\ntitle: Trucks at the Sakkanmol missile operating base\n"
                 "author: Test Writer\npublisher: Example Monitor\ndate: 2021-06-02\n---\n\n"
                 "Trucks were seen at the Sakkanmol missile operating base in May,\n"
                 "according to imagery reviewed by analysts who follow the\n"
                 "programme closely and who spoke on background.\n", encoding="utf-8")
    sid = ingest(shipped, [p]).reports[0].source_id
    shipped.add_site(Site("kp-example-monitor", "Example Monitor", "other"))
    ingest(shipped, [p], rescan=True)
    text = p.read_text(encoding="utf-8")
    cites = shipped.citations(source_id=sid)
    assert [c.site_id for c in cites] == ["kp-sakkanmol"]
    for c in cites:
        assert "title:" not in c.quote and c.char_start > text.index("\n---\n")
        assert text[c.char_start:c.char_end] == c.quote
    assert shipped.get_source(sid).title == "Trucks at the Sakkanmol missile operating base"


def _page(title, site_name=None, url=None):
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    meta += f'<link rel="canonical" href="{url}">' if url else ""
    return (f"<html><head><title>{title}</title>{meta}</head><body><p>Work at the Sinpo "
            "shipyard.</p></body></html>").encode()


@pytest.mark.parametrize("title, site_name, url, expected_title, publisher", [
    ("Sinpo Busy | Example Daily", "Example Daily", None, "Sinpo Busy", "Example Daily"),
    ("Sinpo Busy - Example Daily", "Example Daily", None, "Sinpo Busy", "Example Daily"),
    ("Sinpo Busy — Example Daily", "Example Daily", None, "Sinpo Busy", "Example Daily"),
    ("Example Daily | Sinpo Busy", "Example Daily", None, "Sinpo Busy", "Example Daily"),
    ("Sinpo - Part 2 | Example Daily", "Example Daily", None, "Sinpo - Part 2",
     "Example Daily"),
    # no og:site_name: the suffix is the site's name when the host says so
    ("Sinpo Busy | 38 North", None, "https://www.38north.org/2020/sinpo", "Sinpo Busy",
     "38 North"),
    # a title's own second half stays, and nothing becomes a publisher by guess
    ("Sohae - Part 2", None, None, "Sohae - Part 2", None),
    ("Sohae - Part 2", None, "https://example.org/sohae", "Sohae - Part 2", None),
    ("Sohae | Other Paper", "Example Daily", None, "Sohae | Other Paper", "Example Daily"),
])
def test_html_title_loses_the_site_name_suffix(title, site_name, url, expected_title,
                                               publisher):
    meta = read_bytes(_page(title, site_name, url), "html").metadata
    assert meta["title"] == expected_title
    assert meta.get("publisher") == publisher


def test_an_html_page_named_pdf_says_it_looks_like_html(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_bytes(b"\n<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>")
    with pytest.raises(ReportError, match=r"report '.*report.pdf' is named .pdf but looks "
                                          r"like HTML \(it starts '<!DOCTYPE html>"):
        read_report(p)
    p.write_bytes(b"not a pdf at all")
    with pytest.raises(ReportError, match="is not a readable PDF"):
        read_report(p)


def _pdf(tmp_path, text=None, **meta):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if meta.get("title"):
        pdf.set_title(meta["title"])
    if meta.get("author"):
        pdf.set_author(meta["author"])
    if text:
        pdf.set_font("helvetica", size=11)
        pdf.multi_cell(0, 6, text)
    else:
        pdf.rect(20, 20, 100, 60, style="F")  # an image-like page: no text layer
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    return path


def test_pdf_text_and_metadata(tmp_path):
    path = _pdf(tmp_path, "Work continued at the Sinpo shipyard in May.",
                title="Shipyard Watch", author="Test Writer")
    r = read_report(path)
    assert r.format == "pdf"
    assert "Sinpo shipyard" in r.text
    assert r.metadata["title"] == "Shipyard Watch"
    assert r.metadata["authors"] == ["Test Writer"]
    assert r.content_hash == content_hash(path.read_bytes())
    # fpdf2 stamps today's /CreationDate: it is not the report's publication date
    assert "published" not in r.metadata


def test_pdf_without_text_layer_is_refused(tmp_path):
    path = _pdf(tmp_path)
    with pytest.raises(ReportError, match="no text layer"):
        read_report(path)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n")
    with pytest.raises(ReportError, match="is empty"):
        read_report(p)


def test_binary_file(tmp_path):
    p = tmp_path / "blob.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ReportError, match="binary"):
        read_report(p)


def test_non_utf8_text_is_refused_unless_encoding_given(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\u00e9 near the Sinpo shipyard.".encode("cp1252"))
    with pytest.raises(ReportError, match=r"not UTF-8 text \(byte 0xe9 at offset 3\)"):
        read_report(p)
    assert read_report(p, encoding="cp1252").text.startswith("Café")
    assert issubclass(ReportError, ValidationError)


def test_bom_is_dropped(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffHello there.".encode())
    assert read_report(p).text == "Hello there."


def test_directory_without_reports(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    with pytest.raises(ReportError, match="no reports in directory"):
        report_paths([tmp_path])


def test_directory_expands_sorted():
    paths = report_paths([DATA])
    assert [p.name for p in paths][:2] == ["r01-variants.txt", "r02-metonyms.txt"]
    assert all(p.suffix != ".json" for p in paths)


_HOSTILE_PIECES = st.sampled_from([
    b"%PDF-1.4\n", b"<html>", b"<script>", b"</p>", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf",
    b"\xe9", b"Sakkanmol base. ", b"- \xe2\x80\x94 2018-13-45\n", b"---\ntitle: x\n---\n",
    b"<meta charset=\"bogus-42\">", b"<meta charset=\"utf-16\">", b"\r\n", b"trailer",
    b"/Type /Pages /Count 999999999", b"obj << >> endobj", b"startxref\n0\n%%EOF"])


@settings(max_examples=150, deadline=None)
@given(data=st.one_of(st.binary(max_size=300),
                      st.lists(_HOSTILE_PIECES, max_size=20).map(b"".join)),
       fmt=st.sampled_from(["text", "markdown", "html", "pdf"]))
def test_readers_on_arbitrary_bytes_raise_only_report_errors(data, fmt):
    try:
        report = read_bytes(data, fmt)
    except ValidationError:  # ReportError is one
        return
    assert report.text.strip()
    assert report.content_hash == content_hash(data)
    if "published" in report.metadata:
        assert parse_date(report.metadata["published"]) == report.metadata["published"]


@given(st.text(max_size=30))
def test_parse_loose_date_gives_a_real_date_or_none(text):
    out = parse_loose_date(text)
    assert out is None or parse_date(out) == out


def test_an_html_pages_headings_are_read_as_markdown_headings(tmp_path):
    # where a section begins is kept: the ingest reads a section as about its own sites
    p = tmp_path / "page.html"
    p.write_text("<html><body><h1>Reactors</h1><p>Text.</p><h3> Garching </h3><p>More.</p>"
                 "<h2></h2><table><tr><td><h4>Cell</h4></td></tr></table></body></html>",
                 encoding="utf-8")
    assert read_report(p).text == "# Reactors\nText.\n### Garching\nMore.\n| Cell |"


def test_a_page_in_two_columns_is_read_down_each_column_and_a_table_is_left_alone(tmp_path):
    from catalog.readers import read_report

    page = ("1. Cases\n"
            "The Tallow depot, about        north of Kesk. The Holt\n"
            "25 km south of Kesk, blew       arsenal (49.41, 38.15)\n"
            "up in 2004; later, too,         blew up in 2015, far\n"
            "three arsenals burned,          from both of them, as\n"
            "one of them 30 km               reports say.\n\n"
            "Site              Country    Year\n"
            "Tallow depot      Ukraine    2004\n"
            "Holt arsenal      Ukraine    2015\n"
            "Kesk depot        Albania    2008\n"
            "Orvale arsenal    Russia     2011\n")
    p = tmp_path / "r.txt"
    p.write_text(page, encoding="utf-8")
    text = read_report(p).text
    assert len(text) == len(page)
    assert "one of them 30 km\nnorth of Kesk. The Holt\narsenal (49.41, 38.15)\n" in text
    assert text.endswith(page[page.index("Site "):])  # the table as it was


def test_a_run_in_two_columns_that_a_column_runs_on_past_is_left_as_it_is():
    # the left column goes on below the run: read across, the run would join "30 km" to
    # the right column's "north of Kesk", a place the text never gives
    from catalog.readers import read_across_columns

    page = ("The Tallow depot, about        north of Kesk. The Holt\n"
            "25 km south of Kesk, blew       arsenal (49.41, 38.15)\n"
            "up in 2004; later, too,         blew up in 2015, far\n"
            "three arsenals burned,          from both of them, as\n"
            "one of them 30 km               reports say.\n"
            "away from the depot.\n")
    assert read_across_columns(page) == page
