"""Report text to sentences: the spans citations quote, hard-wrapped lines joined."""

from __future__ import annotations

import functools
import itertools
import re
import string
import unicodedata

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "inc", "co", "corp", "vs", "etc", "fig", "adm", "capt", "sgt", "maj", "cmdr", "approx",
    "e.g", "i.e", "al", "ca", "ste", "mt",
}
# (a footnote's mark may follow the stop: "...pilots.[1] A second base")
# (a note's mark may follow the stop: "[3]", "¹", or a bare number glued to a word's stop in
# a PDF's text, "south of Seoul.1 Osan Air Base")
_NOTE_MARK = r"(?:\[\d{1,3}\]|(?<=[A-Za-z][.])\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
# (a Markdown emphasis may open the next: "in 2014. **Camp Phoenix**, on ...")
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*" + _NOTE_MARK
                       + r"*\s+(?=(?:\*{1,2}|_{1,2})?[\"“‘(\[]?[A-Z0-9\u00C0-\u024F])")


_PARAGRAPH_END = re.compile(r"[.!?:;][\"”’)\]]*\s*$")
# (a section's mark of a letter and a number too: "B1. Sardinia" over "Capo Teulada range")
_LIST_START = re.compile(r"^\s*(?:[-*•#>]|[A-Z]?\d+[.)])\s")
# A form's field, its value set off by a column of spaces ("EPA ID:           MA257"): a line
# of its own in a hard-wrapped text, as a list's item is
_FORM_FIELD = re.compile(r"^[ \t]*[A-Z][\w()/&'’ ,.-]{0,30}:(?: {2,}|\t)\S")
#: A record's heading: its label and number, a gap, the site's name ("RESOURCE 4-01   Nike
#: Missile Site NY-56", "Entry 12   Tallow Air Base"; a note in brackets after the name is
#: none of it: "Stewart Air Force Base (context)"). The label is a record's word, not a
#: figure's or a date's ("Figure 3   ...", "May 2015   ...").
RECORD_NAME = re.compile(r"[ \t]*(?i:resource|entry|record|item|site|property|object|no\.)"
                         r"[ \t]+[A-Z]{0,3}-?\d[\w.-]*[ \t]{2,}"
                         r"(?P<name>\S[^\n]*?)(?:[ \t]*\([^()\n]*\))?[ \t]*")
#: A form's or a data exchange's field that names a site, and the name ("Name/Location:
#: Votkinsk Machine Building Plant, Udmurt Republic", "Facility name: ...", "SITE NAME:
#: TALLOW AIR BASE / CAMP KESK"; its place may follow a comma)
NAME_FIELD = re.compile(r"[ \t]*(?i:(?:(?:site|facility|installation|base|plant)[ \t]+)?"
                        r"name(?:/location)?|site|facility|installation)[ \t]*:[ \t]+"
                        r"(?P<name>[^(,;\n]*[^(,;\s])")
# ... and any field right after one ("Federal facility: Yes" under "NPL STATUS:     Final")
#: A sanctions list's label of other names, in small letters or capitals ("a.k.a.:")
AKA = r"(?i:a\.k\.a\.)"
_NEXT_FIELD = re.compile(r"^[ \t]*(?:[A-Z]|" + AKA + r")[\w()/&'’ ,.-]{0,30}:[ \t]+\S")
# A list item's line that a hard wrap broke: a comma or a hyphen at its end ("3. KAKRAPAR.
# The Kakrapar Atomic Power Station (KAPS), Tapi district, Gujarat,").
_WRAPS_ON = re.compile(r"[,-]\s*$")
#: A row's dot leader between a name and its value ("Kesk Air Base ........ 34.81° N,
#: 138.30° E", a contents' "Annex B ..... 12"): the line is a row of its own
_DOT_LEADER = re.compile(r"\S[ \t]*(?:\.{4,}|…{2,})[ \t]*\S")
# A row of a plain-text table: cells between pipes, or columns set apart by wide gaps.
_TABLE_ROW = re.compile(r"\|.*\||\S {3,}\S.*\S {3,}\S")


def looks_wrapped(text: str) -> bool:
    """Whether a text is hard-wrapped: lines broken mid-sentence ("...base in\nthe hills")."""
    lines = [line.strip() for line in text.split("\n")]
    # (a text in capitals, as an old cable, has no small letter to go on: any letter does)
    goes_on = str.isalpha if in_capitals(text) else str.islower
    pairs = soft = 0
    for this, nxt in zip(lines, lines[1:], strict=False):
        if this and nxt:
            pairs += 1
            # the line ends in a word character, a comma or a hyphen, the next one starts
            # with a small letter
            last = this[-1]
            if nxt[0].isascii() and goes_on(nxt[0]) and (last.isalnum() or last in "_,-"):
                soft += 1
    return soft >= 2 and soft >= 0.2 * pairs


def line_in_capitals(line: str) -> bool:
    """Whether a line or a sentence is written in capitals, nine in ten of its Latin letters
    and at least twenty of them (a broadcast warning quoted in a digest: "APPROACHES TO
    KESK NAVAL BASE CLOSED TO ALL TRAFFIC")."""
    return _mostly_capitals(line, 20)


def _mostly_capitals(text: str, least: int) -> bool:
    """Whether nine in ten of a text's Latin letters are capitals, and at least ``least``
    of them (counted with ``str.count``, a letter at a time over the whole text)."""
    small = sum(map(text.count, string.ascii_lowercase))
    letters = small + sum(map(text.count, string.ascii_uppercase))
    return letters >= least and small <= 0.1 * letters


@functools.lru_cache(maxsize=4)
def in_capitals(text: str) -> bool:
    """Whether a text is written in capitals (a telegram, a teleprinter's copy): nine in
    ten of its Latin letters, and at least 200 of them. (The letters are counted with
    ``str.count``, a letter at a time over the whole text, and the answer kept for the
    next caller: counting character by character took 8 ms of a 20 kB report.) An
    editor's or a transcriber's notes in square brackets are not counted: "[OCR text of a
    declassified cable ...]" over the cable, "[[sic, accents lost ...]]" inside it."""
    if "[" in text:
        text = _BRACKETED_NOTE.sub(" ", text)
    return _mostly_capitals(text, 200)


#: A note in square brackets (single or double), over lines or not
_BRACKETED_NOTE = re.compile(r"\[\[.*?\]\]|\[[^\[\]]*\]", re.S)


def _blocks(text: str, wrapped: bool) -> list[tuple[int, int]]:
    """Spans of text that sentences cannot cross: lines, or paragraphs if ``wrapped``."""
    lines = text.split("\n")
    starts = itertools.accumulate((len(line) + 1 for line in lines), initial=0)
    spans = [(a, a + len(line)) for a, line in zip(starts, lines, strict=False)]
    if not wrapped:
        return [span for span, line in zip(spans, lines, strict=True) if line.strip()]
    blocks: list[tuple[int, int]] = []
    start = None
    form = False
    full = _full_width(lines)
    ruled = _ruled_rows(lines) if "--" in text else set()
    capitals = in_capitals(text)
    for i, (a, b) in enumerate(spans):
        line = text[a:b]
        if not line.strip():
            form = False  # (a form's fields end at a blank line)
            if start is not None:
                blocks.append((start, spans[i - 1][1]))
                start = None
            continue
        if start is None:
            start = a
        # (a form's fields: one set off by a column of spaces, and those right after it)
        form = bool(_FORM_FIELD.match(line) or form and _NEXT_FIELD.match(line))
        nxt = text[spans[i + 1][0]:spans[i + 1][1]] if i + 1 < len(spans) else ""
        after = text[spans[i + 2][0]:spans[i + 2][1]] if i + 2 < len(spans) else ""
        if (_PARAGRAPH_END.search(line) or not nxt.strip() or _LIST_START.match(nxt)
                or _FORM_FIELD.match(nxt)
                or form and _NEXT_FIELD.match(nxt)
                # (a record's fields, one after another: "Location: Mountain View" over
                # "Reference point: 37.4161, -122.0491")
                or _NEXT_FIELD.match(nxt) and (_NEXT_FIELD.match(line)
                                               or _NEXT_FIELD.match(after))
                or (_LIST_START.match(line) and not _WRAPS_ON.search(line)
                    and len(line.rstrip()) < full)
                # (a record's or a section's rule, "=====": a line of its own)
                or RULE_LINE.fullmatch(line.rstrip()) or RULE_LINE.fullmatch(nxt.rstrip())
                or _looks_like_row(line) or i in ruled
                or _looks_like_row(nxt) or i + 1 in ruled  # a table's row stands alone
                or "." in line and _DOT_LEADER.search(line)
                or "." in nxt and _DOT_LEADER.search(nxt)
                # (a heading in capitals over the prose of a text in small letters: "---
                # TENNESSEE ---" over "CAMP FORREST" over "In Tullahoma, Camp Forrest was")
                or not capitals and (_heading_at(lines, i, full)
                                     or _heading_at(lines, i + 1, full))):
            blocks.append((start, b))
            start = None
    if start is not None:
        blocks.append((start, spans[-1][1]))
    return blocks


def _heading_at(lines: list[str], i: int, full: int) -> bool:
    """Whether line ``i`` is a heading in capitals between lines that do not run on into
    it: after a blank line, a full stop, a rule or another such heading, and before a blank
    line or a line opening with a capital ("--- TENNESSEE ---" over "CAMP FORREST" over "In
    Tullahoma, ..."; not "... at the Natanz plant near" over "KASHAN, IRAN")."""
    if i >= len(lines) or not _caps_heading(lines[i], full):
        return False
    before = lines[i - 1].rstrip() if i > 0 else ""
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return (not before.strip() or _PARAGRAPH_END.search(before) is not None
            or RULE_LINE.fullmatch(before) is not None or _caps_heading(before, full)) \
        and (not after or after[0].isupper() or after[0] in "-=#*")


def _caps_heading(line: str, full: int) -> bool:
    """Whether a line is a heading in capitals, short of a full line and no wrap's end
    ("CAMP FORREST", "--- TENNESSEE ---"; not "NATO HQ in")."""
    words = _CAPS_WORD.findall(line)
    return bool(words) and len(line.rstrip()) < full \
        and not _WRAPS_ON.search(line.strip(" \t-=*#_~")) \
        and sum(map(len, words)) >= 4 and not any(c.islower() for c in line)


_CAPS_WORD = re.compile(r"[A-Z]{2,}")


def _ruled_rows(lines: list[str]) -> set[int]:
    """The lines of tables aligned with spaces under a rule of dashes, down to a blank line:
    rows, even one a long cell pushes out of line, its gap only two spaces ("Lawrence
    Livermore National Laboratory  Livermore, California          design")."""
    out: set[int] = set()
    inside = False
    for i, line in enumerate(lines):
        if not line.strip():
            inside = False
        elif inside:
            out.add(i)
        elif _DASH_RULE.fullmatch(line):
            inside = True
    return out


def _full_width(lines: list[str]) -> int:
    """The length from which a line of a hard-wrapped text is a full one, broken by the
    wrap rather than ended by its writer: nine tenths of the lines' usual width (the 80th
    percentile of their lengths). A list item's line that long goes on on the next line
    ("1. Kalinin Nuclear Power Plant (Kalinin NPP), in the Tver Region about\n4 km ...")."""
    sizes = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(sizes) < 5:
        return 10 ** 6  # too few lines to tell a width
    return max(40, int(0.9 * sizes[int(0.8 * (len(sizes) - 1))]))


def split_sentences(text: str, wrapped: bool | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``, trimmed of surrounding white space.

    A line break ends a sentence (headlines, list items and paragraphs stand alone),
    except in hard-wrapped text (PDF text layers, or ``wrapped=None`` and
    :func:`looks_wrapped`), where only a line ending in ``.``/``!``/``?``/``:``, a blank
    line or a list item does. Inside a line a sentence ends at ``.``, ``!`` or ``?``
    followed by a capital, except after abbreviations such as ``Mr.`` or ``U.S.``.

    Examples
    --------
    >>> t = "Mr. Kim met U.S. envoys. They left."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Mr. Kim met U.S. envoys.', 'They left.']
    """
    if wrapped is None:
        wrapped = looks_wrapped(text)
    spans: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:
        part = text[a:b]
        left = part.lstrip()  # str.strip drops what str.isspace calls white space
        if left:
            spans.append((a + len(part) - len(left), b - len(left) + len(left.rstrip())))

    # One scan of the whole text finds the same boundaries as a scan of each block: a
    # boundary ends inside its block, or it reaches over the line break at the block's end
    # (white space, then the next line's capital) and is not one.
    boundaries = _BOUNDARY.finditer(text)
    m = next(boundaries, None)
    for base, block_end in _blocks(text, wrapped):
        while m is not None and m.start() < base:
            m = next(boundaries, None)
        start = base
        while m is not None and m.end() <= block_end:
            word = _word_before(text, m.start() + 1).lstrip("\"“‘([*_")  # ("**F.E. Warren")
            bare = word.rstrip(".").lower()
            if not (bare in _ABBREVIATIONS or _INITIALS.fullmatch(word)
                    and not _HEMISPHERE_END.search(text, max(0, m.start() - 16), m.start() + 1)
                    or _inside_brackets(text, start, m.start(), m.end())
                    or text[m.end()] in "*_" and _list_number(text, m.start(), word)
                    or _ordinal_after_article(text, m.start(), word)):
                end = m.end()
                while end > m.start() and text[end - 1].isspace():
                    end -= 1
                add(start, end)
                start = m.end()
            m = next(boundaries, None)
        add(start, block_end)
    return spans



def _list_number(text: str, stop: int, word: str) -> bool:
    """Whether the word ending at a stop is a numbered list's mark opening its line ("1."
    before "**Gaven Reef**"), no sentence's end."""
    return word[:-1].isdigit() and not text[text.rfind("\n", 0, stop) + 1:
                                            stop + 1 - len(word)].strip()


def _ordinal_after_article(text: str, stop: int, word: str) -> bool:
    """Whether the word ending at a stop is a number written as an ordinal, with its dot,
    after an article: "the 7. Ana Jet Üs Komutanlığı", "the 4. Panzerdivision" (a Turkish or
    a German unit's number), no sentence's end."""
    return 1 < len(word) <= 3 and word[:-1].isdigit() and \
        _ARTICLE_END.search(text, max(0, stop - len(word) - 5), stop + 1 - len(word)) is not None \
        and (_UNIT_WORD_NEXT.match(text, stop + 1) is not None
             or _TWO_CAPITALISED_NEXT.match(text, stop + 1) is not None)


_ARTICLE_END = re.compile(r"\b(?i:the|der|die|das|des|dem|den)[ \t]+\Z")
#: ... the words of a unit or a base after the ordinal ("Ana Jet Üs", "Kolordu",
#: "Panzerdivision"), not a next sentence's ("the 12. About 20 km north ...")
_UNIT_WORD_NEXT = re.compile(r"\s*(?:Ana[ \t]+Jet|Hava|Deniz|Kara|Ordu|Kolordu|Tugay|Filo|"
                             r"Üs|Tümen|Alay|Panzer|Armee|Division|Flottille|Geschwader|"
                             r"Brigade|Korps|Kommando|Luftwaffen|Jäger|Gebirgs|Flieger|"
                             # (Poland's and Czechia's: "the 8. Baza Lotnictwa Transportowego")
                             r"Baza|Brygada|Dywizja|Pułk|Skrzydło|Flotylla|[Zz]ákladna|Brigáda)"
                             r"(?![\w'’-])")
#: ... or a unit's name of two capitalised words ("the 2. Taktik Hava Kuvveti Komutanlığı",
#: "the 21. Centralny Poligon Lotniczy"; not "the 12. Karachi hosts")
_TWO_CAPITALISED_NEXT = re.compile(r"\s*(?!(?:The|A|An|About|Some|In|At|On|It|This|That|These|"
                                   r"Those|He|She|They|We|But|And|Or|Of|For|From|To|By)\b)"
                                   r"[A-ZÀ-ÖØ-ÞÇŞİ][\w'’-]*[ \t]+[A-ZÀ-ÖØ-ÞÇŞİ]")


def _inside_brackets(text: str, start: int, stop: int, after: int) -> bool:
    """Whether a stop at ``stop`` is inside brackets opened since ``start`` and closed on
    the same line soon after ("Diyarbakır Air Base (8th Main Jet Base, "8. Ana Jet Üs")":
    a Turkish ordinal's dot, not a sentence's end)."""
    opened = text.rfind("(", start, stop)
    if opened < 0 or text.find(")", opened, stop) >= 0:
        return False
    close = text.find(")", after, after + 80)
    return close >= 0 and "\n" not in text[after:close]


def _word_before(body: str, end: int) -> str:
    """The run of non-space that ends at ``end`` (``body[end - 1]`` is not a space): the
    last word of ``body[:end].split()``, found without copying what comes before it."""
    lo = max(0, end - 64)
    tail = body[lo:end].rsplit(None, 1)[-1]  # the split white space is str.isspace's
    if len(tail) < end - lo or lo == 0:
        return tail
    start = lo  # a run longer than the window
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    return body[start:end]


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")  # "U.S.", "e.g."
#: ... but a coordinate's hemisphere letter ends a sentence: "... at 11.34 N, 162.33 E. The
#: tests ..." (not "John E. Smith")
_HEMISPHERE_END = re.compile(r"\d[\d.,]*[°º′'″\"]*[ \t]?[NSEW]\.\Z")
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_table_row(sentence: str) -> bool:
    """Whether a sentence is a row of a plain-text table (what it says is about that row's
    site alone)."""
    return _looks_like_row(sentence) and "\n" not in sentence.strip()


def is_csv_row(sentence: str) -> bool:
    """Whether a sentence is a row of comma-separated values (a data export's line: five
    commas or more, most with no space after them, on one line).

    >>> is_csv_row("3,Lanud Tallow,,TNI AU,active,3.9087,108.3880,,Kesk airport,2025")
    True
    >>> is_csv_row("Tallow, Kesk, Holt, Brisk, Orvale and Norbo are towns.")
    False
    """
    n = sentence.count(",")
    return n >= 5 and "\n" not in sentence.strip() and sentence.count(", ") * 2 < n


def _looks_like_row(line: str) -> bool:
    return ("|" in line or "   " in line) and _TABLE_ROW.search(line) is not None


_BULLET = re.compile(r"\s*[-*•]\s")
_COMMA_SMALL = re.compile(r",[ \t]+(?!(?:a|an|the|and|or|of|in|on|at|to|for|by)\b)[a-z]{3,}\b")


#: The marks opening a Markdown heading's line ("## " of "## Garching, Řež and Grenoble");
#: an HTML page's headings are read so
MARKDOWN_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+(?=\S)")


def section_start(text: str, pos: int) -> int:
    """Where the line of the last Markdown heading before ``pos`` starts, else 0.

    >>> section_start("# A\\nx\\n## B #2\\ny", 14)
    6
    """
    i = pos
    while (i := text.rfind("#", 0, i)) >= 0:
        i = text.rfind("\n", 0, i) + 1
        if MARKDOWN_HEADING.match(text, i):
            return i
    return 0


_NOTE_MARK_END = re.compile(_NOTE_MARK + r"+[ \t]*\Z")


def _without_end_marks(sentence: str) -> str:
    """``sentence`` without the notes' marks it ends with ("... since 1995.[8]"), looked for
    in its last characters only (searching the whole sentence tried every position)."""
    if not sentence or not (sentence[-1].isdigit() or sentence[-1] in "]¹²³⁴⁵⁶⁷⁸⁹⁰ \t"):
        return sentence
    m = _NOTE_MARK_END.search(sentence, max(0, len(sentence) - 64))
    if m is not None and m.start() == max(0, len(sentence) - 64) and m.start() > 0:
        m = _NOTE_MARK_END.search(sentence)  # (marks longer than the tail: all of them)
    return sentence if m is None else sentence[:m.start()]


_FIELD_LABEL = re.compile(r"[ \t]*[A-Z][A-Z0-9 /&()-]{2,40}:[ \t]+(?=[^\n]*[a-z])")


def is_headline(sentence: str) -> bool:
    """A title-case line without closing punctuation (a headline or a heading); not a
    table's row, whose cells are names (nor a data export's row of comma-separated values,
    whose capitalised cells are a base's and its airport's names:
    "7,Lanud Tallow,Tallow Air Base,TNI AU,active,3.3,117.5,,Kesk International Airport").

    >>> is_headline("Tallow Air Base Opens Its Gates")
    True
    >>> is_headline("7,Lanud Tallow,Tallow Air Base,TNI AU,active,,,,Kesk International Airport")
    False
    >>> is_headline("INSTALLATION AND LOCATION: Tallow Field Air National Guard Base")
    False
    >>> is_headline("6. SPAIN: TALLOW BASE TO HOST TANKERS")
    True
    >>> is_headline("The navy's own KESK NAVAL BASE, at Holt on the")
    False
    """
    if "|" in sentence and _looks_like_row(sentence) or is_csv_row(sentence) or \
            _FIELD_LABEL.match(sentence) or _FORM_FIELD.match(sentence):
        return False  # (nor a form's field: "INSTALLATION AND LOCATION: Tallow Air Base",
        # "SITE NAME:        TALLOW AIR BASE")
    if _without_end_marks(sentence).rstrip("\"”’)] ").endswith(
            (".", "!", "?", ":", ";", ",")):
        return False  # (a note's mark after the stop: "... since 1995.[8]", "... 1995.⁸")
    if _BULLET.match(sentence) or _COMMA_SMALL.search(sentence):
        # "- Anápolis Air Force Base (Base Aérea de Anápolis)": a list's name; a wrapped
        # line of prose, a comma before a small word ("Air Force Station X, approx 9 km")
        return False
    if _ENDS_MID_PHRASE.search(sentence):
        return False  # a hard-wrapped line of prose: "The navy's own EVANGELOS FLORAKIS
        # NAVAL BASE, at Mari on the"
    words = [w for w in _HEADLINE_WORD.findall(sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


#: A line's last word in small letters that a phrase goes on after
_ENDS_MID_PHRASE = re.compile(r"\b(?:the|a|an|of|on|at|in|to|and|or|by|from|with|for)[ \t]*\Z")




# A line of a table drawn in characters: "| 2  | Dukovany Nuclear Power      | ... |".
_GRID_LINE = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*\r?$", re.M)


def wrapped_cells(text: str) -> list[tuple[str, list[int], list[tuple[int, int]]]]:
    """The cells of a drawn table's rows that wrap over several lines, each made one line
    ("Dukovany Nuclear Power" over "Station (EDU)"): a row's next lines have an empty
    first cell and their bars where its first line has them. Each cell as its text, the
    offset in ``text`` of each of its characters (and of its end), and the spans of its
    parts in ``text``.

    Examples
    --------
    >>> t = "| 1 | Tallow Nuclear | 5 km N  |\\n|   | Power Station  | of Kesk |\\n"
    >>> [c for c, _, _ in wrapped_cells(t)]
    ['Tallow Nuclear Power Station', '5 km N of Kesk']
    """
    if "|" not in text:
        return _aligned_wrapped_cells(text)
    out: list[tuple[str, list[int], list[tuple[int, int]]]] = []
    row: list[int] = []  # the starts of the row's lines
    bars: list[int] = []  # where the row's first line has its bars
    end = -2  # where the last line read ends

    def flush() -> None:
        if len(row) < 2:
            return
        for k in range(len(bars) - 1):
            parts = []
            for start in row:
                a, b = start + bars[k] + 1, start + bars[k + 1]
                cell = text[a:b]
                if cell.strip():
                    a += len(cell) - len(cell.lstrip())
                    parts.append((a, a + len(cell.strip())))
            if len(parts) < 2:
                continue
            out.append(_joined_cell(text, parts))

    for m in _GRID_LINE.finditer(text):
        line = m.group()
        where = _bars(line)
        goes_on = bool(row) and where == bars and text[end:m.start()] == "\n" and \
            not line[where[0] + 1:where[1]].strip() if len(where) > 1 else False
        if goes_on:
            row.append(m.start())
        else:
            flush()
            row, bars = [m.start()], where
        end = m.end()
    flush()
    return out + _aligned_wrapped_cells(text)


def _aligned_wrapped_cells(text: str) -> list[tuple[str, list[int], list[tuple[int, int]]]]:
    """:func:`wrapped_cells` of a table aligned with spaces under a rule of dashes: a
    row's next line that has words in its first column only goes on with that cell
    ("Kofi Annan International Peacekeeping     Ghana    5" over "  Training Centre, on
    the eastern side of Accra").

    >>> t = ("Site                  Host   N\\n--------------------  -----  --\\n"
    ...      "Tallow Peacekeeping   Kesk   5\\n  Training Centre\\n")
    >>> [c for c, _, _ in _aligned_wrapped_cells(t)]
    ['Tallow Peacekeeping Training Centre']
    """
    if "--" not in text:
        return []
    out: list[tuple[str, list[int], list[tuple[int, int]]]] = []
    lines = text.splitlines(keepends=True)
    starts = list(itertools.accumulate((len(x) for x in lines), initial=0))
    i = 1
    while i < len(lines):
        rule = lines[i].rstrip("\r\n")
        i += 1
        if not _DASH_RULE.fullmatch(rule):
            continue
        edges = [m.start() for m in _DASHES.finditer(rule)]
        rows: list[list[int]] = []  # each row's lines, by their index
        while i < len(lines) and lines[i].strip():
            body = lines[i].rstrip("\r\n")
            if rows and not body[edges[1]:].strip() and body[:edges[1]].strip():
                rows[-1].append(i)  # (words in the first column only)
            else:
                rows.append([i])
            i += 1
        for row in rows:
            if len(row) < 2:
                continue
            parts = []
            for k in row:
                cell = lines[k][:edges[1]].rstrip("\r\n")
                a = starts[k] + len(cell) - len(cell.lstrip())
                parts.append((a, starts[k] + len(cell.rstrip())))
            out.append(_joined_cell(text, parts))
    return out


def _joined_cell(text: str, parts: list[tuple[int, int]]
                 ) -> tuple[str, list[int], list[tuple[int, int]]]:
    """A cell wrapped over several lines made one line from its ``parts`` (spans in
    ``text``), a space between them but after a hyphen that breaks a word ("Nuclear
    Power" + "Station"; "Kern-" + "kraftwerk"), with the offset in ``text`` of each of
    its characters (and of its end), and the parts."""
    chars: list[str] = []
    offsets: list[int] = []
    for a, b in parts:
        if chars and not (chars[-1] == "-" and text[a].islower()):
            chars.append(" ")
            offsets.append(offsets[-1] + 1)
        chars.extend(text[a:b])
        offsets.extend(range(a, b))
    offsets.append(parts[-1][1])
    return "".join(chars), offsets, parts


# A table's column that names its sites: headed "Site", "Base", "Facility", "Airfield",
# "Installation" ("Base (other names)" too), with the kind of facility each names.
_SITE_HEADERS = {"site": "other", "sites": "other", "base": "other", "bases": "other",
                 "facility": "other", "facilities": "other", "installation": "other",
                 "site name": "other", "facility name": "other", "base name": "other",
                 "airfield": "airbase", "airfields": "airbase", "air base": "airbase",
                 "air bases": "airbase", "airbase": "airbase",
                 # (a defence paper's table of airports, each with its point or its use)
                 "airport": "airbase", "airports": "airbase", "aerodrome": "airbase",
                 "aerodromes": "airbase", "plant": "production",
                 "plants": "production", "factory": "production", "factories": "production",
                 "yard": "naval base", "yards": "naval base", "shipyard": "naval base",
                 "shipyards": "naval base",
                 # a register of the arms industry's works: "ENTERPRISE (as registered)"
                 "enterprise": "enterprise", "enterprises": "enterprise",
                 # ... and of other kinds, each cell its site's own name ("CENTRE (as
                 # registered)" over "Campo de Mayo (garrison)"): see names'
                 # site_column_findings
                 **dict.fromkeys(("centre", "centres", "center", "centers", "station",
                                  "stations", "depot", "depots", "garrison", "garrisons",
                                  "camp", "camps", "installations", "establishment",
                                  "establishments"), "own")}
# ... that says where each row's site is (the kind: none)
_PLACE_HEADERS = dict.fromkeys(("location", "locations", "where", "place", "town",
                                "nearest town", "city", "locality", "near"), "")
# ... that gives each row's province
_REGION_HEADERS = dict.fromkeys(("state", "province", "region", "oblast", "governorate",
                                 "prefecture", "department", "county"), "")
#: A header that holds a date: "Status at 31 December 2025", "Capacity (2024)"
_DATED_HEADER = re.compile(r"[A-Za-z][A-Za-z /,&.-]*?[ \t]\(?(?:\d{1,2}[ \t])?(?:[A-Za-z]+[ \t])?"
                           r"(?:1[89]|20)\d\d\)?")
_HEADER_CELL = re.compile(r"(?P<word>[A-Za-z][A-Za-z /,&.-]*?)(?:[ \t]*\([^()]*\))?")
# The name a cell opens with: capitalised words (and the small words of names in French,
# Spanish, Arabic: "Camp de Gaulle"), up to a bracket, a comma, a slash or the cell's end
_CELL_NAME = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:[ \t]+(?:(?:de|du|des|del|la|le|el|al|of|d['’])[ \t]+){0,2}"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*)*")


#: Words that open a cell without naming anything: "None", "Unknown", "Total"
_STARTS = frozenset({"None", "Unknown", "Unnamed", "Total", "Other", "Others", "Various",
                     "Several", "All", "See", "Not", "No", "Yes", "N/A", "TBD"})
RULE_LINE = re.compile(r"[ \t]*[-+=|:]{3,}[-+=|: \t]*")


def site_column_cells(text: str) -> list[tuple[str, int, str]]:
    """The names a drawn or barred table gives in its column of sites (see
    ``_SITE_HEADERS``), one per row, as ``(name, offset in text, kind)``: a table of bases
    names each row's base there even when the name is a bare place ("| 7 | Entebbe |
    Entebbe, Uganda |"). A row wrapped over several lines (its next lines' first cell
    empty) gives the name its first line's cell opens with.

    Examples
    --------
    >>> t = "| # | Site     | Where |\\n| 1 | Tallowby | Kesk  |\\n"
    >>> site_column_cells(t)
    [('Tallowby', 31, 'other')]
    >>> site_column_cells("Airfield         Where\\n---------------  -----\\n"
    ...                   "Tallowby airport  Kesk\\n")
    [('Tallowby airport', 46, 'airbase')]
    """
    return [(named[0], at + named[1], kind) for cell, at, kind in _column_cells(text, _SITE_HEADERS)
            if (named := _cell_site(cell, kind)) is not None]


def place_column_cells(text: str) -> list[tuple[str, int]]:
    """The cells of a table's column that says where each row's site is (headed
    "Location", "Where", "Place", "Town"...: ``_PLACE_HEADERS``), each as its words and their
    offset in ``text``.

    >>> place_column_cells("| Site | Location |\\n| Tallow Air Base | Kesk, Orvale |\\n")
    [('Kesk, Orvale', 40)]
    """
    out = []
    for cell, at, _ in _column_cells(text, _PLACE_HEADERS):
        words = cell.strip()
        if words and words not in _STARTS:
            out.append((words, at + len(cell) - len(cell.lstrip())))
    return out


def site_cell_places(text: str) -> list[tuple[str, int]]:
    """The places a table's column of sites writes after a comma in a row's cell (a
    site and its town: "FAMAE, Talagante"), each as its words and their offset in ``text``.

    >>> site_cell_places("Site              Owner\\n----------------  -----\\n"
    ...                  "FAMAE, Talagante  state\\n")
    [('Talagante', 55)]
    """
    out = []
    for cell, at, kind in _column_cells(text, _SITE_HEADERS):
        if (named := _cell_site(cell, kind)) is not None and \
                (m := _PLACE_AFTER_COMMA.fullmatch(cell, named[1] + len(named[0]))):
            out.append((m.group(1), at + m.start(1)))
    return out


#: A cell's place after the site's name: ", Talagante", ", Río Tercero"
_PLACE_AFTER_COMMA = re.compile(r",[ \t]*([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*"
                                r"(?:[ \t]+(?:(?:de|del|la|el)[ \t]+)?"
                                r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,2})[ \t]*")


def region_column_cells(text: str) -> list[tuple[str, int]]:
    """The cells of a table's column that gives each row's province (headed "State",
    "Province", "Region"...: ``_REGION_HEADERS``), as :func:`place_column_cells` gives them.

    >>> region_column_cells("NAME        STATE  LOCATION\\n----------  -----  --------\\n"
    ...                     "Tallow AFB  ME     5 km W of Kesk\\n")
    [('ME', 68)]
    """
    return [(cell.strip(), at + len(cell) - len(cell.lstrip()))
            for cell, at, _ in _column_cells(text, _REGION_HEADERS) if cell.strip()]


def _column_cells(text: str, headers: dict[str, str]) -> list[tuple[str, int, str]]:
    """Each row's cell of a drawn, barred or aligned table's column whose header is one of
    ``headers`` (a word: the kind it gives), as ``(cell, offset in text, kind)``."""
    if "|" not in text:
        return _aligned_cells(text, headers) + (_tabbed_cells(text, headers) if "\t" in text
                                                else [])
    out: list[tuple[str, int, str]] = []
    column = None  # (bars of the header line, index of the column, kind)
    pos = 0
    lines = text.splitlines(keepends=True)
    for n, line in enumerate(lines):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        if RULE_LINE.fullmatch(body):
            continue  # "+----+----+": a drawn table's rule
        if "|" not in body:
            column = None  # the table ended
            continue
        bars = _bars(body)
        cells = _cells(body, bars)
        # (over a rule, "|---|---|", a header may hold a date: "| Site | Status 2026 |")
        header = _header(cells, headers, ruled=n + 1 < len(lines) and RULE_LINE.fullmatch(
            lines[n + 1].rstrip("\r\n")) is not None)
        if header is not None:
            column = (bars, *header)
            continue
        if column is None or len(bars) != len(column[0]):
            continue  # (a Markdown table's or an HTML page's rows need not line up)
        k, kind = column[1], column[2]
        if not cells[0][0].strip():
            continue  # a wrapped row's next line
        cell, at = cells[k]
        out.append((cell, start + at, kind))
    return out + _aligned_cells(text, headers)


def _bars(line: str, bar: str = "|") -> list[int]:
    """Where a line's bars ("|", or another separator) stand."""
    out, at = [], line.find(bar)
    while at >= 0:
        out.append(at)
        at = line.find(bar, at + 1)
    return out


def _tabbed_cells(text: str, headers: dict[str, str]) -> list[tuple[str, int, str]]:
    """:func:`_column_cells` of a table whose cells tabs part (a spreadsheet's export:
    "event_id<TAB>date<TAB>facility_name<TAB>..."): each row with as many tabs as its header
    line gives its cell of the column; the table ends at a line with fewer or more."""
    out: list[tuple[str, int, str]] = []
    column = None  # (number of tabs, index of the column, kind)
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        tabs = _bars(body, "\t")
        if column is not None and len(tabs) == column[0]:
            cell, at = _cells(body, tabs)[column[1]]
            out.append((cell, start + at, column[2]))
            continue
        column = None
        if len(tabs) >= 2 and (header := _header(_cells(body, tabs), headers)) is not None:
            column = (len(tabs), *header)
    return out


def _cell_site(cell: str, kind: str) -> tuple[str, int] | None:
    """The site a table's cell of sites names, and its offset in the cell: the name all
    the cell opens with (not "Unnamed coastal pad": the facility words read it; not
    "Sinpo / Mayang-do": a town and the base off it, or two names, no telling), or in a
    column of airfields an airport by its name ("Hostomel airport")."""
    m = _CELL_NAME.match(cell, len(cell) - len(cell.lstrip()))
    if m is None or m.group() in _STARTS:
        return None
    rest = cell[m.end():]
    if not rest.strip() or rest.lstrip()[0] in "(,;[":
        return m.group().rstrip(".-"), m.start()
    if kind in ("airbase", "other") and (a := _AIRPORT_AFTER.match(rest)) is not None:
        return cell[m.start():m.end() + a.end()], m.start()
    if kind in ("production", "enterprise") and (a := _WORKS_AFTER.match(rest)) is not None:
        return cell[m.start():m.end() + a.end()], m.start()  # ("Krušik plant")
    return None


_WORKS_AFTER = re.compile(r"[ \t]+(?:(?:mechanical|arms|munitions|ammunition|aircraft)[ \t]+)?"
                          r"(?:plant|factory|works)(?=[ \t]*(?:$|[(,;\[]))")
_AIRPORT_AFTER = re.compile(r"[ \t]+(?i:airport|airfield|aerodrome)(?=[ \t]*(?:$|[(,;\[]))")
#: A plain-text table's rule under its header: runs of dashes, one a column
_DASH_RULE = re.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*")
_DASHES = re.compile(r"-{2,}")


def _aligned_cells(text: str, headers: dict[str, str]) -> list[tuple[str, int, str]]:
    """:func:`_column_cells` of a table aligned with spaces, its header over a rule of
    dashes ("Airfield      Oblast" over "--------  ------"): each column runs from its
    dashes' start to the next one's, and the table ends at a blank line."""
    out: list[tuple[str, int, str]] = []
    lines = text.splitlines(keepends=True)
    starts = list(itertools.accumulate((len(x) for x in lines), initial=0))
    out += _unruled_cells(lines, starts, headers)
    if "--" not in text:
        return out
    i = 1
    while i < len(lines):
        rule = lines[i].rstrip("\r\n")
        if not _DASH_RULE.fullmatch(rule):
            i += 1
            continue
        head = lines[i - 1].rstrip("\r\n")
        # (a header's word that starts a little left of its dashes starts the column: the
        # rows line up with their header)
        edges = [_word_start(head, m.start()) for m in _DASHES.finditer(rule)]
        spans = list(zip(edges, edges[1:] + [None], strict=True))
        header = _header([(head[a:b], a) for a, b in spans], headers, ruled=True)
        i += 1
        if header is None:
            continue
        k, kind = header
        a, b = spans[k]
        while i < len(lines) and lines[i].strip():
            body = lines[i].rstrip("\r\n")
            # the cell starts at its column (a row's number may stand before it: "NB-07")
            if body[a - 1:a].strip() == "" and body[a:a + 1].strip():
                out.append((_early_next_cell_cut(body[a:b], b), starts[i] + a, kind))
            elif len(cells := list(_GAPPED_CELL.finditer(body))) == len(spans):
                # a row a long cell pushes out of line, its cells still parted by gaps of
                # two spaces or more ("Lawrence Livermore National Laboratory  Livermore")
                out.append((cells[k].group(), starts[i] + cells[k].start(), kind))
            i += 1
    return out


#: A gap between two cells of a row
_CELL_GAP = re.compile(r"[ \t]{2,}")


def _early_next_cell_cut(cell: str, edge: int | None) -> str:
    """A cell of an aligned row without the start of the next one, which a row out of line
    by a letter or two begins before the column's edge ("Ural Works of Civil Aviation" then
    "R" of "Rostec"): cut at a gap of two spaces a word ends the cell after; a gap inside
    the cell ("Kesk  Machine-Building  Plant") stays."""
    if edge is None:
        return cell
    gaps = [m for m in _CELL_GAP.finditer(cell) if m.end() >= len(cell) - 2]
    return cell[:gaps[-1].start()] if gaps and cell[gaps[-1].end():].strip() else cell
#: A row's cell in a table aligned with spaces: words parted by single spaces
_GAPPED_CELL = re.compile(r"\S+(?: \S+)*")
#: A rule across a whole table, one run of dashes (no column's own)
_WHOLE_RULE = re.compile(r"[ \t]*[-=_]{10,}[ \t]*")


def _unruled_cells(lines: list[str], starts: list[int], headers: dict[str, str]
                   ) -> list[tuple[str, int, str]]:
    """:func:`_aligned_cells` of a table aligned with spaces with no column's rule under
    its header (a PDF's table as ``pdftotext -layout`` gives it: "Yard    Country    Grade",
    or a rule across the whole table): each column starts where its header's word does,
    and a row is the table's while its cells start there."""
    out: list[tuple[str, int, str]] = []
    i = 0
    while i < len(lines) - 2:
        head = lines[i].rstrip("\r\n")
        if "  " not in head.strip() or (
                nxt := lines[i + 1].rstrip("\r\n")) and _DASH_RULE.fullmatch(nxt):
            i += 1
            continue  # (a header over its columns' dashes: _aligned_cells reads it)
        cells = [(m.group(), m.start()) for m in _GAPPED_CELL.finditer(head)]
        if len(cells) < 2 or any(b - (a + len(c)) < 2 for (c, a), (_, b) in
                                 zip(cells, [(x, y) for x, y in cells[1:]], strict=False)):
            i += 1
            continue
        header = _header(cells, headers)
        if header is None:
            i += 1
            continue
        k, kind = header
        edges = [a for _, a in cells]
        a, b = edges[k], (edges[k + 1] if k + 1 < len(edges) else None)
        j = i + 1
        if j < len(lines) and _WHOLE_RULE.fullmatch(lines[j].rstrip("\r\n")):
            j += 1
        rows = []
        while j < len(lines) and lines[j].strip():
            body = lines[j].rstrip("\r\n")
            lined = sum(1 for e in edges if body[e:e + 1].strip() and not body[e - 1:e].strip())
            if rows and not body[:edges[1]].strip() and lined >= 1 and \
                    _goes_on_under(body, lines[j - 1].rstrip("\r\n"), edges):
                j += 1
                continue  # a wrapped row's next line, under its cells ("Higashine City,"
                # over "Yamagata Prefecture"): the row goes on
            if lined < 2 or not (body[a:a + 1].strip() and not body[a - 1:a].strip()):
                break
            if b is None or not body[b - 2:b].strip() or len(body) <= b:
                rows.append((body[a:b], starts[j] + a, kind))
            # (else a long cell runs on into the next column, unparted: "Fábrica Presidente
            # Vargas Brazil": no telling where the name ends, so none is read)
            j += 1
        if len(rows) >= 2:
            out += rows
        i = max(j, i + 1)
    return out


def _goes_on_under(body: str, above: str, edges: list[int]) -> bool:
    """Whether a line of an aligned table goes on the row above it: each of its cells
    starts at a column and stands under a cell that line fills ("Rebuilding of officer"
    over "candidate school"; not a row with its first cell left blank, "as above", that
    fills a column the row above left empty)."""
    cells = list(_GAPPED_CELL.finditer(body))
    if not any(_WRAPS_ON.search(c.group()) for c in _GAPPED_CELL.finditer(above)) and \
            not all(c.group()[:1].islower() for c in cells):
        return False  # (a cell above ends on a comma or a dash, or the line's words go on in
        # small letters; else a row grouped under the one above: "Iran  Kesk  near Qom" over
        # "      Tallowby  near Kashan")
    bounds = list(zip(edges, edges[1:] + [None], strict=True))
    for m in cells:
        k = next((k for k in range(len(bounds) - 1, -1, -1) if bounds[k][0] <= m.start()),
                 None)
        if k is None or not above[bounds[k][0]:bounds[k][1]].strip():
            return False
    return True


def _word_start(line: str, at: int, reach: int = 2) -> int:
    """Where the word of ``line`` that holds ``at`` starts, if it starts at most ``reach``
    characters before it; ``at`` otherwise."""
    k = at
    while k > 0 and at - k < reach and line[k - 1:k].strip() and line[k:k + 1].strip():
        k -= 1
    return k if not line[k - 1:k].strip() else at


def _cells(line: str, bars: list[int]) -> list[tuple[str, int]]:
    """A table line's cells between its bars (and before the first, after the last, when
    the line does not open or close with one), each with its offset in the line."""
    edges = ([-1] if bars[0] > 0 and line[:bars[0]].strip() else []) + bars + (
        [len(line)] if line[bars[-1] + 1:].strip() else [])
    return [(line[a + 1:b], a + 1) for a, b in zip(edges, edges[1:], strict=False)]


def _header(cells: list[tuple[str, int]], headers: dict[str, str],
            ruled: bool = False) -> tuple[int, str] | None:
    """The index and kind of a header line's column headed by one of ``headers``, if it
    has one (and its other cells are headers too: short words, no digits; a data export's
    "last_verified" too; over a rule of dashes, ``ruled``, a header may hold a date:
    "Status at 31 December 2025"). A column of names is one of sites in a register of
    works or bases: a column of places and one of what each makes or is beside it ("id |
    name | owner | products | Location")."""
    found = None
    words = []
    for cell, _ in cells:
        m = _HEADER_CELL.fullmatch(cell.strip().replace("_", " "))
        if cell.strip() and (m is None and not re.fullmatch(r"[#№]|No\.?", cell.strip())) \
                and not (ruled and _DATED_HEADER.fullmatch(cell.strip())):
            return None  # a row of data, not of headers
        words.append(m.group("word").lower() if m is not None else "")
    for i, word in enumerate(words):
        if word in headers and found is None and (
                word not in _AIRPORT_HEADERS or _TRAFFIC_HEADERS.isdisjoint(words)):
            # (a column of airports names sites, not in a table of passengers and airlines)
            found = (i, headers[word])
    if found is None and headers is _SITE_HEADERS and "name" in words and \
            not _PLACE_HEADERS.keys().isdisjoint(words) and \
            not _REGISTER_HEADERS.isdisjoint(words):
        found = (words.index("name"), "production" if not _MAKES_HEADERS.isdisjoint(words)
                 else "other")
    return found


#: Headers of a column of airports ...
_AIRPORT_HEADERS = frozenset({"airport", "airports", "aerodrome", "aerodromes"})
#: ... and those of a table of civil air traffic
_TRAFFIC_HEADERS = frozenset({"passengers", "passenger", "airline", "airlines", "carrier",
                              "carriers", "flights", "weekly flights", "destinations",
                              "traffic", "movements", "cargo", "rank", "seats"})
#: ... of which those of works: what each makes
_MAKES_HEADERS = frozenset({"products", "product", "output"})
#: A register's headers that say its rows are works or bases: what each makes, holds or is
_REGISTER_HEADERS = frozenset({"products", "product", "output", "capacity", "aircraft",
                               "units", "unit", "role", "facility type", "kind", "operator"})


#: A notebook's code of its item before the name, in a heading: "C-01", "P-01:" (its number
#: with a leading zero, a capital after it; not an airfield's code, "T-4 Tiyas Air Base",
#: "K-55 Osan Air Base")
ITEM_CODE = re.compile(r"[A-Z]{1,3}-0\d{1,3}[.:)]?[ \t]+(?=[A-Z])")


def stripped_span(line: str) -> tuple[int, int]:
    """Where a line's words start and end, without spaces and the marks of a heading (an
    analyst's or an editor's mark after it too: "### Nyala airport ✅", "Kurdamir air base
    (AIRB) †").

    >>> line = "### Nyala airport ✅"
    >>> line[slice(*stripped_span(line))]
    'Nyala airport'
    >>> line = "### C-01 Ream Naval Base"
    >>> line[slice(*stripped_span(line))]
    'Ream Naval Base'
    """
    start = len(line) - len(line.lstrip(" \t#=*_"))
    if (code := ITEM_CODE.match(line, start)) is not None:
        start = code.end()  # an analyst's code of the item: "### C-01 Ream Naval Base"
    end = len(line.rstrip(" \t#=*_"))
    while end > start and (unicodedata.category(line[end - 1])[0] in "SC"
                           or line[end - 1] in " \t†‡\ufe0f"):
        end -= 1  # (a symbol, a variation selector, a space before it)
    return start, end
