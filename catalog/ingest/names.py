"""Facility words and the place names beside them: the phrase grammar of new sites.

A *finding* is a capitalised place name next to facility words ("the Sinpo shipyard", "a
missile base near Yeongjeo-dong", "a second site, known as X"); countries, capitals,
venues, organisations and demonyms are never findings.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..airfields import airfield_by_icao
from ..coordinates import find_coordinates
from ..countries import (
    MORE_COUNTRY_WORDS,
    US_STATE_WORDS,
    WORLD_COUNTRY_WORDS,
    countries,
    geonames_capitals,
    iso2_to_iso3,
    iso3_to_iso2,
)
from ..gazetteer import MARKS, match_key
from .scan import SentenceSpans, lowered, one_of, whole_token
from .sentences import site_column_cells, wrapped_cells

#: A Norwegian, Danish or Finnish air station's word after its name, as a translation keeps
#: it ("Kjevik flystasjon", "Ørland hovedflystasjon", "Rovaniemen lentotukikohta")
NATIVE_STATION_WORDS = ("hovedflystasjon", "flystasjon", "flyvestation", "lentotukikohta",
                        "lentoasema")
NATIVE_STATION_ALTERNATIVES = "|".join(NATIVE_STATION_WORDS)
#: Turkey's words for a base, a radar, a yard or barracks after its name, with the kind each
#: names ("İncirlik Hava Üssü", "Kürecik Radar Üssü", "Aksaz Deniz Üs Komutanlığı", "Gölcük
#: Tersanesi", "Selimiye Kışlası"): read by .descriptions.air_stations_named_first_in
TURKISH_AFTER_WORDS = {
    **dict.fromkeys(("Hava Üssü", "Hava Üs Komutanlığı", "Hava Meydanı"), "airbase"),
    **dict.fromkeys(("Deniz Üssü", "Deniz Üs Komutanlığı", "Tersanesi", "Tersane Komutanlığı"),
                    "naval base"),
    **dict.fromkeys(("Radar Üssü", "Kışlası", "Garnizonu"), "other"),
}

#: Words that make a phrase name a facility ("base", "reactor").
_HEADS = (
    "bases", "base", "sites", "site", "facilities", "facility", "stations", "station",
    "shipyards", "shipyard", "reactors", "reactor", "tunnels", "tunnel", "complexes", "complex",
    "airbases", "airbase", "airfields", "airfield", "airstrips", "airstrip",
    "aerodromes", "aerodrome",  # "Casement Aerodrome, also called Baldonnel Aerodrome"
    "silos", "silo", "pads", "pad", "shelters", "garrison", "laboratories",
    "laboratory", "depots", "depot", "cosmodrome", "spaceport", "arsenal", "arsenals",
    "armoury", "armouries", "armory", "armories", "dockyard",
    # "Rose Barracks", "the Lucius D. Clay Kaserne"
    "barracks", "kaserne",
    "proving", "installation", "installations",
    # a nuclear power plant's initials: "the Balakovo NPP", "the Kola AES" (атомная
    # электростанция)
    "npp", "npps", "nps", "aes",
    # an air force base's initials after its name: "Travis AFB", a Royal Thai Air Force
    # Base's ("Udorn RTAFB")
    "afb", "afbs", "rtafb",
    # ... and a navy's or the marines' air station's or outlying field's ("Pensacola NAS",
    # "Coupeville NOLF", "Fentress NALF", "Bogue Field MCALF"), an air guard base's
    "nas", "nolf", "nalf", "olf", "mcalf", "angb",
    # ... and a forward operating base's ("Leego FOB", "the Afgooye FOB")
    "fob", "fobs",
    # a government's or a command's shelter: "the Kelvedon Hatch Secret Nuclear Bunker",
    # "the Ligatne bunker"
    "bunker", "bunkers",
)
#: Heads of a place of guns: "the Templebreedy battery", "Nothe Fort", "the Verne Citadel"
#: (see _guns_battery)
_GUN_HEAD_WORDS = ("battery", "fort", "citadel", "fortress")
#: Heads that name a facility only after a facility modifier: "Nuclear Research Center",
#: "Launch Area", "test range", but not "Stimson Center" or "Kim Il Sung Square".
_WEAK_HEADS = (
    "center", "centre", "centers", "centres", "institute", "range", "ranges", "ground",
    "grounds", "mine", "mines", "works", "yard", "yards", "area", "zone", "establishment",
    # a uranium "mill", a "refinery" of uranium concentrate (of the atom only: see _OWN_WORKS)
    "mill", "mills", "refinery",
    # ... and its mills' tailings ("the Mailuu-Suu tailings", of the atom only too)
    "tailings",
    # "Burnham Military Camp" (not a "refugee camp", a "training camp" of a club)
    "camp", "camps",
    "building", "buildings", "hall", "halls", "port", "ports", "field", "fields",
    # a missile's or a battery's emplacement ("the Fürstenberg missile position"; not
    # "the Masyaf military positions" a strike hit, nor troops')
    "position",
    "heliport", "airport", "airports",
    # a fleet's anchorage ("the Ulithi anchorage", of ships and fleets only: see
    # _works_named_after)
    "anchorage",
    # a fuel terminal of the forces' ("the Akasaki Fuel Terminal"; not a container or an
    # oil terminal: their words define no kind of ours)
    "terminal", "terminals",
    # civil words too: a "machine factory" or a "power plant" is no facility of ours
    "plants", "plant", "factories", "factory",
    # a Soviet "kombinat": the "Siberian Chemical Combine", a "mining combine"
    "combine", "combines", "combinat", "kombinat",
    # a coast's or a fortress's guns: "the Templebreedy battery ... carried the heaviest
    # guns" (see _GUNS); a fort's, a citadel's ("Nothe Fort", "the Verne Citadel")
    *_GUN_HEAD_WORDS,
    # a design bureau of missiles or rockets: the "Makeyev Rocket Design Bureau"
    "bureau",
    # a "spent nuclear fuel repository" (not a "data repository")
    "repository", "repositories",
    # "Camp Tallow, a small outpost in eastern Syria": a facility's word after its name
    "outpost", "outposts",
    # a frontier's: "the Torkham border post", "Azerbaijan's Lachin checkpoint" (not a
    # "Telegram post")
    "post", "posts", "checkpoint", "checkpoints",
    # an armed service's school: "the Pakistan Military Academy", "the Naval Academy" (not
    # "the Chinese Academy of Sciences": no military word before it)
    "academy", "academies",
    # ... and its schools ("the Alma-Ata Higher Combined-Arms Command School", "the Caspian
    # Higher Naval School", "the Vazgen Sargsyan Military University"; not a "research
    # school": see _SCHOOL_DEFINING)
    "school", "schools", "college", "colleges", "university",
    # a British garrison's barracks: "Tuker Lines" (see _works_named_after)
    "lines",
    # South Asia's garrisons, after their town ("the Wana cantonment", "Kharian Cantonment";
    # see _works_named_after)
    "cantonment",
)
#: Words that say what kind of facility: "nuclear", "missile", "Enrichment".
_MODIFIERS = (
    "nuclear", "atomic", "missile", "missiles", "ballistic", "rocket", "satellite", "submarine",
    "naval", "navy", "air", "uranium", "enrichment", "reprocessing", "underground", "launch",
    "concentrate",  # "the Pyongsan uranium concentrate plant"
    "diffusion", "gaseous",  # "the Paducah Gaseous Diffusion Plant"
    "launching", "test", "testing", "operating", "storage", "production", "assembly", "engine",
    "research", "military", "weapons", "weapon", "radar", "drive-through", "support",
    "nuclear-test", "fuel", "conversion", "heavy", "light", "water", "heavy-water", "light-water",
    "scientific", "space", "centrifuge", "pilot", "experimental", "power", "isotope",
    "radiochemical", "chemical", "plutonium", "tritium", "fabrication", "warhead",
    "solid-fuel", "liquid-fuel", "icbm", "slbm", "irbm", "sam", "munitions", "ammunition",
    "ship", "shipbuilding", "repair", "yellowcake", "mining", "milling", "mill", "technology",
    "development", "training", "proving", "air-defense", "air-defence", "defense", "defence",
    "firing", "gunnery", "bombing",
    "sub",  # "the Yozadake sub base" (a Japanese 分屯基地), "the sub base at Kings Bay"
    "cruise", "strategic", "bomber", "fighter", "army", "rocket-engine", "propellant",
    # a solid rocket's motor: "the Promontory rocket-motor plant"
    "rocket-motor", "rocket-motors",
    # a missile's warning: "the Main Missile Attack Warning Centre", an "early-warning radar"
    "attack", "warning", "early-warning",
    "helicopter",  # "the Taftanaz helicopter base"
    "seaplane", "flying-boat",  # "the Dublon seaplane base", "the Lake Boga flying-boat base"
    "explosives", "gas", "centrifuges", "uranium-conversion", "reactor", "electronics",
    "aerospace", "spent", "waste", "deuterium", "medical", "isotopes", "reprocessing",
    # "the Tammiku radioactive waste storage facility", "a disposal facility"
    "radioactive", "disposal",
    # uranium's compounds and the works that make them: "the Córdoba uranium dioxide plant",
    # "the Port Pirie uranium treatment plant", a "Mining and Metallurgical Combinat"
    "dioxide", "treatment", "metallurgical",
    "silo", "silos", "electrochemical", "processing",
    # the Angarsk "Electrolysis Chemical Combine" enriches uranium
    "electrolysis",
    # a gun's or a rifle's makers: "the Gun Carriage Factory", "a small-arms plant" (not
    # "Rifles", a regiment's name: "the Garhwal Rifles Regimental Centre")
    "gun", "guns", "artillery", "rifle", "small-arms", "cartridge", "cartridges",
    # an army's school of its officers: "the army's officer academy", "a cadet college"
    "officer", "officers", "cadet", "cadets",
    # waste by its class: "the Low Level Waste Repository"; "the Mupyong-ni arms plant"
    "low", "high", "intermediate", "level", "low-level", "high-level", "intermediate-level",
    "arms",
    # spies' ears: "the Teufelsberg listening station"; spent fuel's "the Ahaus interim store"
    "listening", "intercept", "signals", "sigint", "eavesdropping", "interim",
    # satellites' and missiles' followers: "the Kaena Point Satellite Tracking Station"
    "tracking",
    # a service's radio links: "the Naval Communication Station San Miguel", "the Australian
    # Defence Satellite Communications Station" (no place's word)
    "communication", "communications", "telecommunications",
    # an airfield by its older or smaller words: "an advanced landing ground"; an air
    # force's or a navy's smaller fields ("Gila Bend Air Force Auxiliary Field", "Outlying
    # Field Tallow")
    "landing", "auxiliary", "outlying",
    # chemical and biological weapons and old munitions: "the Kambarka destruction
    # facility", "a biological research centre", "the Tooele demilitarization plant", "the
    # Kesk ordnance factory"
    "destruction", "biological", "demilitarization", "demilitarisation", "ordnance",
    # "its Poelkapelle munitions dismantling site"
    "dismantling",
    # an arms industry's works: "the Kazan aircraft plant", "Smolensk Aviation Plant"
    "aircraft", "aviation",
    # (not alone: "the weapons design centre", "a missile design bureau")
    "design", "weapons-design",
    # spent fuel's last steps: "the Clink encapsulation plant", "a geological repository"
    "encapsulation", "vitrification", "geological",
    # a war's drones: "the Alabuga drone plant", "a drone factory"
    "drone", "drones", "uav", "uavs",
    # a ministry of defence's own: "the MOD Hebrides Range", "MoD Boscombe Down"
    "mod",
    # a command's: "the Titov Main Test and Space Systems Control Centre", "the Mount Meron
    # air control base"
    "control", "systems",
    # a reactor by its purpose or stage: "the LABGENE prototype reactor", "the RA-10
    # multipurpose reactor"
    "prototype", "multipurpose", "multi-purpose",
    # troops' bases by their use: "the Madama forward operating base", "a logistics outpost"
    "forward", "logistics",
    # "the Kelvedon Hatch Secret Nuclear Bunker"
    "secret",
    # pathogens' laboratories: "a virology centre of the ministry", "the bacteriological
    # institute"
    "virology", "bacteriological", "microbiological", "microbiology", "biodefense",
    "biodefence",
    # a command's shelter: "the Sharapovo command post", "the Vlasikha command centre"
    "command",
    # an army's armour's makers and repairers: "the Tallow tank plant", "Kyiv Armoured
    # Plant" (a heading "Tank plants" names none; "a water tank factory" makes no weapon:
    # see _LIQUID_WORDS)
    "tank", "tanks", "armoured", "armored",
    # a coast's guns and missiles: "the Kaemori coastal artillery base"
    "coastal",
)
_MODIFIER_SET = frozenset(_MODIFIERS)
#: The words that say what kind of facility (see ``_MODIFIERS``), for other readers.
MODIFIERS = _MODIFIERS
#: Modifiers that make a civil word ("plant", "factory", "center") a facility of ours: a
#: "missile factory", not a "power plant" or a "machine factory".
_DEFINING = frozenset({
    "nuclear", "atomic", "missile", "missiles", "ballistic", "rocket", "satellite", "submarine",
    "naval", "navy", "uranium", "enrichment", "reprocessing", "launch", "launching", "test",
    "testing", "military", "weapons", "weapon", "radar", "nuclear-test", "fuel", "conversion",
    "heavy-water", "centrifuge", "centrifuges", "plutonium", "tritium", "warhead", "solid-fuel",
    "diffusion",
    "liquid-fuel", "icbm", "slbm", "irbm", "sam", "munitions", "ammunition", "explosives",
    "propellant", "rocket-engine", "rocket-motor", "rocket-motors", "early-warning",
    # an air force's ranges: "the Crow Valley Gunnery Range", "a bombing range"
    "gunnery", "bombing",
    "aerospace", "isotope", "isotopes", "radiochemical",
    "chemical", "space", "air-defense", "air-defence", "cruise", "strategic", "bomber",
    "fighter", "army", "research", "scientific", "experimental", "pilot", "proving",
    "yellowcake", "deuterium", "water", "engine", "uranium-conversion", "reactor",
    "silo", "silos", "air", "underground", "aircraft", "aviation", "landing",
    # a Soviet "electrochemical combine" or "plant" enriches uranium (Novouralsk, Zelenogorsk)
    "electrochemical", "electrolysis", "arms", "listening", "intercept", "signals", "sigint",
    "eavesdropping",
    # spent fuel's last steps: "the Clink encapsulation plant", "a vitrification plant"
    "encapsulation", "vitrification",
    "drone", "drones", "uav", "uavs", "mod",
    "virology", "bacteriological", "microbiological", "microbiology", "biodefense",
    "biodefence", "command",
    # a gun's or a rifle's makers: "the Gun Carriage Factory", "a small-arms plant" (not
    # "Rifles", a regiment's name: "the Garhwal Rifles Regimental Centre")
    "gun", "guns", "artillery", "rifle", "small-arms", "cartridge", "cartridges",
    # an army's school of its officers: "the army's officer academy", "a cadet college"
    "officer", "officers", "cadet", "cadets",
    # an army's armour's works ("the Tallow tank plant", "Kyiv Armoured Plant"; not a
    # liquid's tanks: see _LIQUID_WORDS)
    "tank", "tanks", "armoured", "armored",
})
#: Modifiers that make a "yard" a shipyard, in a sentence of ships: "the Zvyozdochka repair
#: yard, ... when a stranger mentions boats" (not "a car repair yard").
_YARD_MODIFIERS = frozenset({"repair", "ship", "shipbuilding"})
_SHIPS = re.compile(r"\b(?:submarines?|ships?|boats?|warships?|vessels?|naval|navy|fleet|"
                    r"hulls?|frigates?|destroyers?|carriers?|icebreakers?|shipyards?)\b", re.I)
_HEAD_SET = frozenset(_HEADS)
_WEAK_HEAD_SET = frozenset(_WEAK_HEADS)
#: Capitalised words that may stand inside a facility's name but do not make it a place:
#: "Sinpo South Shipyard", "New Launch Pad", "Unit 2".
_QUALIFIERS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "new", "old", "main", "no", "no.", "unit", "block", "line", "mwe", "mwt",
    "mw", "gw", "kw", "first", "second", "third", "royal", "imperial",
})
#: Words naming an administrative area: "North Hamgyong Province base" is a place, not a site.
ADMIN_WORDS = frozenset({
    "province", "provinces", "county", "counties", "district", "districts", "prefecture",
    "governorate", "oblast", "krai", "region", "state", "do", "gun", "si", "ostan",
    "municipality", "city",
})
_MOD = r"(?:" + one_of(_MODIFIERS) + r")\s+"
#: Facility words: a head ("missile base"), or a weak head after a modifier ("test range").
# (a word's first letter is checked first: most words start none of these phrases)
_FIRST_LETTERS = "".join(sorted({w[0] for w in _MODIFIERS + _HEADS + _WEAK_HEADS + ("test",)}))
FACILITY_PHRASE = re.compile(
    rf"\b(?=[{_FIRST_LETTERS}])(?:(?:{_MOD}){{0,3}}(?:" + one_of(_HEADS)
    + rf")\b|(?:{_MOD}){{1,3}}(?:" + one_of(_WEAK_HEADS)
    + rf")\b|(?:{_MOD}){{0,3}}test(?:ing)?[ \t]+stands?\b)", re.I)
# Between the words of a name: spaces, and at most one line break (hard-wrapped text).
_GAP_BEFORE = re.compile(r"[ \t]*\r?\n?[ \t]*$")
_GAP_AFTER = re.compile(r"[ \t]*\r?\n?[ \t]*")
#: Words read as a facility's in some names only ("the Kozelsk missile division", "the
#: Kudankulam Nuclear Power Project", "the Ahaus interim store", "the Mayak Production
#: Association", a missile force's "Yuxi brigade"): sentences holding one are read for
#: facility words too
_SOMETIMES_HEADS = ("division", "divisions", "project", "store", "association", "brigade",
                    # a rocket engine's test stand (a head only after "test": see _kinds)
                    "stand", "stands")
_HEAD_WORD = re.compile(r"\b(?:" + one_of(_HEADS + _WEAK_HEADS + _SOMETIMES_HEADS)
                        + r")\b", re.I)
_NAMING_WORDS = ("known", "called", "dubbed", "named")
_KNOWN_AS = re.compile(r"\b(?:known\s+as|called|dubbed|named)\s+(?:the\s+)?", re.I)
# A name word: starts with a capital (Ŭiju too), may carry hyphenated parts and MR marks.
_NAME_WORD = re.compile(r"[^\W\d_][\w'’ʼ]*(?:-[\w'’ʼ]+)*")
# A word of a facility's name, as the chunker reads it: letters, digits, hyphens, MR marks,
# a full stop of an abbreviation ("No."), a possessive.
# (a word's letters with their marks: "तेजपुर", whose vowel signs ``\\w`` does not match)
_TOKEN = re.compile(rf"[\w'’ʼ{MARKS}]+(?:[-.][\w'’ʼ{MARKS}]+|&[A-Z]+|(?<=[a-z])–(?=[A-Z][a-z])"
                    rf"[\w'’ʼ{MARKS}]+)*\.?")
# ("Texas A&M"; "Dzaoudzi–Pamandzi airfield", two towns' names joined by an en dash)
_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")")
# The gap between two words of one name: spaces and at most one line break; on one line,
# at most two spaces (a table's or an infobox's columns are further apart, see the
# ingester's _COLUMN_GAP: "Type           Ballistic missile submarine base" is a key and
# its value).
# (and Markdown's bold closing on a name before its facility words: "**Parchim** airfield")
#: A gap of four spaces or more between two words of a line: a column's edge (justified
#: text spreads its words by two or three)
_COLUMN_GAP = re.compile(r"\S[ ]{4,}(?=\S)")
#: ... and a gap of two or three, a narrower column's edge in such a row
_CELL_GAP = re.compile(r"\S[ ]{2,3}(?=\S)")
#: ... and one space, between two words of a cell
_ONE_SPACE = re.compile(r"\S (?=\S)")
_NAME_GAP = re.compile(r"(?:\*\*)?[ \u00a0]{0,2}(?:[ \t\u00a0]*\r?\n[ \t\u00a0]*)?")

#: Words that never start or make up a site name on their own.
STOPWORDS = {
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "one", "two", "three", "another", "other", "additional", "new", "old", "such", "several",
    "many", "some", "both", "each", "every", "either", "neither", "whichever", "key",
    "main", "large", "largest", "suspected",
    # a site the writer cannot name: "Unnamed coastal pad", "an unidentified missile base"
    "unnamed", "unidentified", "unknown",
    # a sentence's first word, no name: "Yes, a navy test site", "Closest RAAF base to the
    # strait", "Shut reactors should be defuelled"
    "yes", "closest", "nearest", "biggest", "smallest", "newest", "oldest", "only", "shut",
    "secret", "nuclear", "missile", "military", "underground", "satellite", "rocket", "federal",
    "launch", "test", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "central", "first", "second", "third", "last", "next", "previous", "former",
    "president", "mr", "mrs", "ms", "dr", "general", "leader", "chairman", "minister",
    "senator", "officials", "official", "analysts", "images", "imagery", "in",
    "at", "on", "of", "and", "or", "but", "if", "while", "when", "where", "after", "before",
    "since", "during", "near", "however", "meanwhile", "also", "still", "yet", "then",
    "now", "today", "yesterday", "there", "here", "it", "they", "we", "he", "she", "i",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "ballistic", "known", "called", "what", "which",
    "who", "whose", "why", "how", "all", "any", "no", "not", "more", "most", "less",
    "unlike", "like", "unit", "units", "earlier", "later", "recent", "same", "nearby",
    # adverbs of time: "Formerly Used Defense Sites", a programme's class of sites
    "formerly", "previously", "currently", "recently", "once", "used",
    # a firm's ending, no place after a facility's words: "Kesk Ordnance Depot Ltd"
    "ltd", "limited", "plc", "inc", "llc", "gmbh",
    # prepositions that start a heading ("From missile range to polar spaceport")
    "from", "to", "into", "for", "with", "by", "over", "under", "between", "about",
    "across", "through", "inside", "within", "without", "beyond", "toward", "towards",
    "against", "behind", "around", "outside", "beneath", "above", "below",
    # a recommendation's or an itinerary's verb opening a sentence ("Close Kesk Air Force
    # Base.", "Realign Fort Tallow.", "Visit the Kesk battery"): verbs no facility's name
    # holds (not "transfer": the "Kesk Fuel Transfer Station")
    "close", "realign", "relocate", "retain", "visit", "consider", "deactivate",
    "disestablish", "inactivate",
    # ... a question's or a timeline's verb ("(1) Has Port Kembla been ruled out?", "1922 --
    # Becomes Fort Bragg"; not "Will" of "Will Rogers", nor "Can" of "Can Tho")
    "has", "have", "had", "is", "are", "was", "were", "does", "did", "should", "would",
    "could", "becomes", "became",
}
#: Words that mark a venue, an organisation or a person's affiliation, not a facility.
NON_FACILITY_WORDS = {
    "hotel", "resort", "island", "palace", "hall", "house", "institute", "university",
    "center", "centre", "ministry", "agency", "council", "department", "party", "army",
    "command", "forces", "force", "navy", "times", "news", "post", "office", "studies",
    "group", "foundation", "association", "academy", "committee", "organization",
    "organisation", "club", "summit", "embassy", "parliament", "congress", "assembly",
    "government", "administration", "media", "press", "school", "college", "library",
    "museum", "stadium", "airport", "park", "square", "street", "road", "avenue",
    "report",  # a document's title: "Annual Report 2025" over "Research reactors and ..."
    # a wire story's box of facts: "FACTBOX - Iran's military sites on the Caspian coast"
    "factbox", "infobox", "sidebar",
}
#: Words that make a facility's name a civil one: "Kaesong Industrial Complex", "World
#: Heritage Site", "Sports Complex", "Construction Site", "Fertilizer Factory".
#: Words that make an industrial complex an arms maker's: the "Yarmouk Military Industrial
#: Complex", a "Defence Industrial Complex".
_ARMS_INDUSTRY = frozenset({"military", "defence", "defense", "munitions", "ordnance", "arms"})
CIVIL_WORDS = {
    "industrial", "apartment", "apartments", "residential", "sports", "sport", "office",
    "leisure", "tourist", "tourism", "shopping", "entertainment", "housing", "heritage",
    "archaeological", "archeological", "burial", "construction", "fertilizer", "fertiliser",
    "textile", "cement", "steel", "vinylon", "fishing", "fisheries", "agricultural", "farm",
    "food", "rice", "hospital", "memorial", "amusement", "ski", "golf", "website",
    "web", "bus", "railway", "train", "subway", "metro", "ferry", "cruise-ship", "hydropower",
    "hydroelectric", "thermal", "coal", "cotton", "shoe", "clothing", "garment", "cosmetics",
    "tobacco", "brewery", "dairy", "poultry", "livestock", "water-treatment", "sewage",
    "refugee", "refugees", "detention", "prison", "labor", "labour", "internment",
    "displaced", "idp", "summer", "holiday", "boot", "police",
    # a publication's or a show's site on the web: "the Example Podcast site"
    "podcast", "podcasts", "blog", "newsletter",
    # light industry ("the Kanggye Grape Wine Factory"), and finance's words ("the Regulated
    # Asset Base model")
    "wine", "grape", "beer", "sugar", "silk", "furniture", "paper", "regulated", "asset",
    # ... and a fund's ("paid for by the European Peace Facility"), a clean-up list's
    # ("SUPERFUND SITE PROFILE": the listing's word, no name of the base listed)
    "peace", "superfund",
    # a garrison's family services ("At Rose Barracks, in Vilseck, the new child development
    # center is taking registrations")
    "child", "childcare", "daycare", "fitness", "recreation", "commissary",
}
def _civil_words(words) -> set[str]:
    """The :data:`CIVIL_WORDS` of a chunk's ``(word, kind)`` pairs that say what its
    facility is: each followed by none but civil or facility words ("the Kanggye Grape
    Wine Factory", "Kaesong Industrial Complex"); not a word of a place's name before its
    head ("Sugar Grove Station")."""
    out: set[str] = set()
    describes = True  # the words from here to the head are civil or facility words
    for i in range(len(words) - 1, -1, -1):
        w, k = words[i]
        bare = _bare(w.group())
        if bare == "treatment" and i and _bare(words[i - 1][0].group()) in (
                "water", "wastewater"):
            bare = "water-treatment"  # "the Tallow water treatment plant" (not uranium's)
        if bare in CIVIL_WORDS:
            if describes:
                out.add(bare)
        elif k not in ("head", "modifier"):
            describes = False
    return out


#: Demonyms and national adjectives ("the North Korean base" names no place).
DEMONYMS = {
    "korean", "koreans", "american", "americans", "chinese", "japanese", "russian",
    "iranian", "pakistani", "syrian", "israeli", "soviet", "british", "french", "german",
    "indian", "us", "u.s", "un", "u.n", "western", "asian", "european", "allied", "dprk",
    "rok", "kpa",
    # seas and regions, and words of a state's name: "Arctic staging bases", "weapons
    # plants in the Middle East", "Islamic Republic facilities" name no place of a site
    "arctic", "antarctic", "baltic", "pacific", "atlantic", "mediterranean", "caspian",
    "caribbean",
    "middle", "islamic", "republic", "persian", "arab", "arabian", "nato", "gulf",
    "federation", "union", "kingdom",  # "in the Russian Federation", "the Soviet Union"
    # a region's people, who have no country of their own words: "the Flemish base"
    # ("the Siberian Chemical Combine" is a name: "siberian" is not here)
    "flemish", "walloon", "kurdish", "basque", "catalan", "scandinavian", "nordic",
    "balkan", "saudi", "emirati",
    # a continent's or a desert's: "France's Saharan test sites", "the African bases"
    "african", "saharan", "sahelian",
    # peoples whose adjective is no country's word with a demonym's ending: "Russia's other
    # Kyrgyz facilities", "the Kazakh bases" (not "Thai": "Royal Thai Air Force Base Korat")
    "kyrgyz", "kazakh", "uzbek", "tajik", "turkmen", "lao", "somali", "filipino",
    "congolese", "nigerien", "azeri", "icelandic", "welsh", "greek", "cypriot", "slovak",
    "argentine", "philippine", "timorese", "malagasy", "guinean", "luxembourgish",
}
#: Countries, capitals and other places that stand for governments, and summit venues.
NON_SITE_NAMES = {
    "north korea", "south korea", "korea", "dprk", "rok", "united states", "usa", "us",
    "u.s", "america", "china", "japan", "russia", "iran", "syria", "pakistan", "india",
    "israel", "singapore", "vietnam", "united kingdom", "uk", "britain", "france", "germany",
    "taiwan", "mongolia", "europe", "asia", "washington", "pyongyang", "seoul", "beijing",
    "tokyo", "moscow", "tehran", "hanoi", "london", "paris", "panmunjom", "sentosa",
    "capella", "white house", "kremlin", "pentagon", "blue house", "un", "u.n",
    "security council", "united nations", "korean peninsula", "peninsula", "yellow sea",
    "east sea", "sea of japan", "pacific", "guam", "hawaii",
    "south-east asia", "southeast asia", "south east asia", "caribbean",
    # continents and their great parts: "air bases across North Africa", "the Africa base"
    "africa", "north africa", "east africa", "west africa", "southern africa", "sahel",
    "sahara", "latin america", "south america", "north america", "central america",
    "central asia", "oceania", "antarctica", "arctic", "balkans", "middle east",
}
NON_SITE_KEYS = {match_key(n) for n in NON_SITE_NAMES}


@functools.cache
def _COUNTRY_AND_CAPITAL_KEYS() -> frozenset[str]:  # noqa: N802 (a constant, made when asked)
    """The match keys of every country's names and every capital's."""
    return frozenset({match_key(n) for c in countries().values() for n in c.names}
                     | {match_key(c) for c in geonames_capitals().values()})


#: The endings of a people's adjective ("Lithuanian", "Polish", "Portuguese", "Dutch"):
#: with a country's words, a demonym; a capital ("Tehran", "Helsinki") ends otherwise.
_DEMONYM_END = re.compile(r"(?:ian|ean|ish|ese|ch|ss)s?$")


#: A nation's word as the first part of a compound: "Anglo-American", "Sino-Russian"
_NATIONS_FIRST = frozenset({"anglo", "franco", "sino", "russo", "italo", "greco", "austro",
                            "hispano", "luso", "turco", "nippo", "soviet"})


@functools.lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """Whether a word is a people's or a nation's adjective ("Lithuanian", "Finnish",
    "Iraqi", "Flemish"), which names no place of a site: "the Lithuanian base"."""
    bare = _bare(word).split("-")[0]
    if bare in DEMONYMS:
        return True
    parts = _bare(word).split("-")
    if len(parts) > 1 and all(p in DEMONYMS or p in NON_SITE_KEYS or p in _NATIONS_FIRST
                              or is_demonym(p) for p in parts):
        return True  # "UK-US", "US-Japanese", "Anglo-American": nations' words, no place
    if len(bare) < 4 or not bare.isalpha():
        return False
    if _DEMONYM_END.search(bare):
        return country_of_word(bare) is not None
    if bare.endswith("an") and country_of_word(bare) is not None:
        # "Guatemalan", "Honduran", "Kenyan" (not "Sudan", "Iran", "Tehran": a country's or
        # a capital's own name)
        return match_key(bare) not in _COUNTRY_AND_CAPITAL_KEYS()
    # "Iraqi", "Yemeni", "Omani": the country's name and an "i" (not "Helsinki", "Tbilisi")
    return bare.endswith("i") and country_of_word(bare[:-1]) is not None


def is_facility_word(word: str) -> bool:
    """Whether a word is one of a facility's words ("base", "reactor", "missile")."""
    bare = _bare(word)
    return bare in _HEAD_SET or bare in _WEAK_HEAD_SET or bare in _MODIFIER_SET


#: The words for a nuclear power plant, initials included ("the Balakovo NPP", "the Kola
#: AES"): two names of one place so ended name one plant.
POWER_PLANT_WORDS = frozenset({"npp", "nps", "aes", "nuclear power plant",
                               "nuclear power station", "atomic power station",
                               "atomic power plant", "nuclear plant"})
_POWER_PLANT_END = re.compile(
    r"(?i:\b(?:" + "|".join(sorted(POWER_PLANT_WORDS, key=len, reverse=True)) + r"))\Z")


def names_a_power_plant(name: str) -> bool:
    """Whether a name ends in the words for a nuclear power plant ("Kola NPP").

    >>> names_a_power_plant("Balakovo NPP"), names_a_power_plant("Arak reactor")
    (True, False)
    """
    return _POWER_PLANT_END.search(" ".join(name.split())) is not None


#: What a satellite station does that is no launch: "the Defence Satellite Communications
#: Station", "a satellite ground station"
_SATELLITE_LINKS = frozenset({"communication", "communications", "telecommunications",
                              "ground", "tracking", "receiving", "relay"})


@functools.lru_cache(maxsize=16384)
def facility_type_of(phrase: str) -> str:
    """The catalogue's facility type for a facility phrase ("nuclear test site" -> test site)."""
    p = phrase.lower()
    words = set(re.findall(r"[a-z]+", p))
    if words & {"test", "testing"} or "nuclear-test" in p:
        return "test site"
    if words & {"launch", "launching", "pad", "pads", "cosmodrome", "spaceport"} or (
            "satellite" in words and "station" in words and not words & _SATELLITE_LINKS):
        return "launch site"  # (a station that talks to satellites launches none)
    if ("missile" in words and words & {"base", "bases", "garrison", "division",
                                        "divisions"}) or \
            words & {"silo", "silos", "brigade"}:  # (a brigade is a head only of a missile
        # force's garrison: see _chunks)
        return "missile base"  # a silo holds a missile
    if words & {"repository", "repositories", "store", "stores"} or "storage" in words and \
            words & {"weapons", "weapon", "warhead", "warheads", "munitions", "ammunition"}:
        return "storage"  # of spent fuel or waste, nuclear as it may be; of warheads ("a
        # nuclear weapons storage site at Kulikovo")
    if words & {"bunker", "bunkers"} or "command" in words and words & {
            "post", "posts", "centre", "center", "centres", "centers"}:
        return "command"  # a government's shelter ("Secret Nuclear Bunker"), no reactor
    if words & {"submarine", "submarines"} and words & {"base", "bases"}:
        return "naval base"  # "the Rybachiy nuclear submarine base": of boats, nuclear or not
    if words & {"reactor", "reactors", "nuclear", "enrichment", "uranium", "reprocessing",
                "npp", "npps", "nps", "aes",
                "centrifuge", "centrifuges", "plutonium", "radiochemical", "atomic", "tritium",
                "yellowcake", "isotope", "isotopes", "encapsulation", "vitrification",
                "diffusion"} or \
            {"heavy", "water"} <= words \
            or "heavy-water" in words:
        return "nuclear"
    works = words & {"factory", "factories", "plant", "plants", "works"}
    if words & {"airbase", "airfield", "airfields", "airstrip", "airstrips", "airport",
                "afb", "afbs", "rtafb", "aerodrome", "aerodromes", "nas", "nolf", "nalf",
                "olf", "mcalf", "angb", *NATIVE_STATION_WORDS,
                "airports", "landing", "seaplane", "flying"} or \
            words & {"aviation"} and not works or \
            words & {"auxiliary", "outlying"} and words & {"field", "fields"} or \
            words & {"bomber", "bombers", "fighter", "fighters", "helicopter",
                     "helicopters"} and words & {"base", "bases"} or \
            re.search(r"\b(?:air|flying)[\s-]*(?:force[\s-]+|national[\s-]+guard[\s-]+|"
                      r"reserve[\s-]+|guard[\s-]+)?(?:bases?|fields?|strips?|stations?)\b", p):
        # ("Pease Air National Guard Base", "March Air Reserve Base", "Army Flying Station
        # Middle Wallop")
        return "airbase"  # a naval air base too: an airfield (an aviation plant: works)
    if words & {"shipyard", "shipyards", "naval", "submarine"} or "port" in words and \
            not p.startswith("port ") or (
            words & {"yard", "yards"} and words & _YARD_MODIFIERS):
        return "naval base"
    if words & {"factory", "factories", "plant", "plants", "production", "assembly",
                "engine"} or "industrial" in words and words & _ARMS_INDUSTRY:
        return "production"
    if words & {"storage", "depot", "depots", "arsenal", "arsenals", "armoury", "armouries",
                "armory", "armories"}:
        return "storage"  # of munitions: an "ammunition depot", the "Mpila armoury"
    if "missile" in words:
        return "missile base"
    return "other"


def _words_before(sentence: str, end: int) -> list[re.Match]:
    """Capitalized name words ending right before ``end`` (nearest last), at most three."""
    out: list[re.Match] = []
    pos = end
    while len(out) < 3:
        gap = _GAP_BEFORE.search(sentence, 0, pos)
        if gap is None or gap.start() == gap.end():
            break
        # Step back over the word's characters, then check it is one name word.
        i = gap.start()
        while i > 0 and (sentence[i - 1].isalnum() or sentence[i - 1] in "'’ʼ-_"):
            i -= 1
        m = _NAME_WORD.fullmatch(sentence, i, gap.start()) if i < gap.start() else None
        if m is None or not m.group()[0].isupper():
            break
        word = m.group()
        if word[-2:] in ("'s", "’s") or word.lower() in STOPWORDS:
            break
        out.append(m)
        pos = m.start()
    out.reverse()
    return out


def _words_after(sentence: str, start: int) -> list[re.Match]:
    """Capitalized name words starting at ``start`` (after spaces), at most three."""
    out: list[re.Match] = []
    pos = start
    while len(out) < 3:
        m = _NAME_WORD.match(sentence, pos)
        if m is not None and out and m.group() in NAME_PARTICLES:
            # "Port des Galets", "Gioia del Colle": a small word inside a name
            sp = _GAP_AFTER.match(sentence[m.end():])
            nxt = _NAME_WORD.match(sentence, m.end() + sp.end()) if sp and sp.group() else None
            if nxt is None or not nxt.group()[0].isupper() or nxt.group().lower() in STOPWORDS:
                break
            out.append(m)
            m = nxt
        elif m is None or not m.group()[0].isupper() or m.group().lower() in STOPWORDS:
            break
        out.append(m)
        word = m.group()
        if word[-2:] in ("'s", "’s"):
            break
        sp = _GAP_AFTER.match(sentence[m.end():])
        if sp is None or not sp.group():
            break
        pos = m.end() + sp.end()
    return out


# (a Korean place's suffix keeps its hyphen: "Yeongjeo-\ndong" is "Yeongjeo-dong")
_SOFT_BREAK = re.compile(r"(?<=\w)-[ \t]*\r?\n[ \t]*(?=[a-z])"
                         r"(?!(?:dong|ri|ni|li|gun|kun|do|si|up)\b)")
_HARD_BREAK = re.compile(r"-[ \t]*\r?\n[ \t]*")
# (not a compass word's: "south-\nsouth-west" is read by .locations as written)
_SOFT_BROKEN_WORD = re.compile(r"(?<!north)(?<!south)(?<![^\w]east)(?<![^\w]west)"
                               + _SOFT_BREAK.pattern + r"[\w'’]+")


_WIKI_QUOTES = re.compile(r"'{2,}")
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]*\|)?([^\[\]|\n]+)\]\]")


def mended_in_place(text: str) -> str:
    r"""``text`` with each word a hyphen broke over a line's end made whole, and the break's
    characters as spaces after it, so that the offsets of the other words hold
    ("multipurpose re-\nactor at" of a PDF's text); a wiki's marks of bold and italic (two
    apostrophes or more) are spaces.

    >>> mended_in_place("the re-\n  actor at X; near Yeongjeo-\ndong, south-\nsouth-west")
    'the reactor     at X; near Yeongjeo-\ndong, south-\nsouth-west'
    >>> mended_in_place("* '''Tallow Air Base''', south of Kesk")
    '*    Tallow Air Base   , south of Kesk'
    >>> mended_in_place("7 km west of [[León, Spain|León]] and [[Kesk]]")
    '7 km west of               León   and   Kesk  '
    """
    if "''" in text:  # a wiki's marks of bold and italic ("'''Getafe Air Base''',")
        text = _WIKI_QUOTES.sub(lambda m: " " * len(m.group()), text)
    if "[[" in text:  # a wiki's links, their words as shown ("west of [[León, Spain|León]]")
        text = _WIKI_LINK.sub(lambda m: " " * (m.start(1) - m.start()) + m.group(1)
                              + " " * (m.end() - m.end(1)), text)
    if "-" not in text or "\n" not in text:
        return text
    return _SOFT_BROKEN_WORD.sub(lambda m: m.group().rsplit(None, 1)[-1].ljust(len(m.group())),
                                 text)


def one_line(text: str) -> str:
    r"""Words as one line: white space made single spaces, a word hyphenated across a line
    break made whole ("Khu-\nshab" -> "Khushab").

    Examples
    --------
    >>> one_line("the Pak-\nistan  Institute")
    'the Pakistan Institute'
    >>> one_line("near Yeongjeo-\ndong")
    'near Yeongjeo-dong'
    """
    if "\n" in text:
        text = _HARD_BREAK.sub("-", _SOFT_BREAK.sub("", text))
    return " ".join(text.split())


@dataclass
class Finding:
    """A possible new site in one sentence: a facility's name, or a place name next to
    facility words.

    ``place``/``start``/``end`` are the place name as written and its offsets (the part a
    gazetteer may know: "Sinpo" in "Sinpo South Shipyard"); ``full``/``full_start`` the
    whole name as written when the report gives one ("Sinpo South Shipyard"), else None.
    ``parent`` is the place or site a component stands at ("the 5 MWe reactor at
    Yongbyon": "Yongbyon"), with the component's own words in ``phrase``.
    """

    place: str
    phrase: str
    facility_type: str
    start: int
    end: int
    sentence: tuple[int, int]
    full: str | None = None
    full_start: int | None = None
    parent: str | None = None
    parent_start: int | None = None
    aliases: list[tuple[str, int]] = field(default_factory=list)
    stop: int | None = None  # where the finding's words end (the facility words included)
    #: The sentence says what the name is ("Kapustin Yar, Russia's missile test range"):
    #: the name alone is the facility's, not only a place's.
    described: bool = False
    #: A unit or reactor the report names by a designation ("TAPS-1"): ``full`` is its
    #: name, ``parent`` the facility it is a part of (see :func:`unit_designations`).
    unit: bool = False
    #: The name puts its facility words first ("RAF Ramat David", "Naval Station Rota"):
    #: with a name of the other order at the same place ("Ramat David Airbase") it is
    #: the same facility's other name (see :func:`one_site_per_place`).
    named_first: bool = False
    #: The sentence ties the facility words to the name only as a place's ("Dimona's
    #: reactor"): a person's or a firm's possessive is written alike ("Kim's missile
    #: base"), so the name makes a site only where a town bears it (see the ingester).
    place_only: bool = False
    #: The facility words stand before "at X" or "in X" ("the air base at Dire Dawa"): a
    #: base or an airport there is the town's own, even a provincial capital's.
    at_place: bool = False
    #: The place stands outside the facility's own name ("the Low Level Waste Repository
    #: near Drigg", "the 3 July Naval Base at Gargoub"): where it is, no other name of it.
    apart: bool = False

    @property
    def name(self) -> str:
        """The place name with white space (a wrapped line) made single spaces."""
        return one_line(self.place)

    @property
    def site_name(self) -> str:
        """The name the candidate site gets: the report's own full name when it gives one
        ("Sinpo South Shipyard"), else the place and the facility words ("Sinpo shipyard")."""
        if self.unit and self.full:
            return one_line(self.full)
        if self.parent is not None:
            return f"{one_line(self.parent)} {one_line(self.phrase)}"
        if self.full:
            return one_line(self.full)
        return f"{self.name} " + " ".join(  # (a model keeps its capitals: "Voronezh-VP")
            w if _MODEL.fullmatch(w) else w.lower() for w in one_line(self.phrase).split())

    @property
    def span_start(self) -> int:
        """Where the finding's words start in the text: its full name's start, if any."""
        return self.start if self.full_start is None else self.full_start

    @property
    def span_end(self) -> int:
        """Where the finding's words end in the text (a place set apart after them, "MBDA
        Deutschland, at Schrobenhausen", is the statement of where it is, no part of them)."""
        if self.apart and self.stop is not None and self.stop <= self.start:
            return self.stop
        return self.end if self.stop is None else max(self.stop, self.end)


@functools.lru_cache(maxsize=65536)
def _bare(token: str) -> str:
    t = token.lower().rstrip(".")
    return t[:-2] if t.endswith(("'s", "’s")) else t


def _kind(token: str, prev: list[str] | str | None) -> str:
    """What a word is inside a facility's name: head, modifier, designator, qualifier,
    admin, proper (a place name's word) or other. ``prev`` are the words before it (a
    civil word such as "plant" is a head only after a facility word among the last three:
    "Uranium Concentrate Plant")."""
    before = [prev] if isinstance(prev, str) else list(prev or [])
    if _bare(token) in _WEAK_HEAD_SET and any(_bare(p) in _MODIFIER_SET for p in before[-3:]):
        return "head"
    return _kind_alone(token)


#: A compass word or a stop word joined to a small word: "Southern-hemisphere air bases",
#: "Northern-tier bases", "Post-war sites" describe, not name ("Musudan-ri" is a name).
_GENERIC_COMPOUND = re.compile(
    r"(?i:north|south|east|west|northern|southern|eastern|western|central|upper|lower|"
    r"post|pre|non|mid|cold|front|far|near|high|low|long|short|deep|forward)-[a-z]{3,}")


#: Words of launching: "the complex at X" in a sentence with one is a launch complex, and
#: "Site 110" of no named cosmodrome a launch site (:mod:`.ingester`)
LAUNCHING = re.compile(r"\b(?:launch(?:es|ed|ing)?|pads?|satellites?|ICBMs?|rockets?|Proton|"
                       r"Soyuz|Energia|Zenit|Buran|Dnepr|Angara|cosmodrome)\b", re.I)
#: An Arabic article as a word of a name: "Borg El Arab"
_ARTICLES = frozenset({"El", "Al", "el", "al"})
#: An Arabic article joined to a name by a hyphen, in small letters: "ez-Zor", "al-Asad".
_ARTICLE_JOINED = re.compile(r"(?:al|el|ez|es|ed|ad|ar|as|ash|at|az|an|ud|ul|um)-[A-Z][a-z]\w*")


#: Two small words joined by a hyphen, saying what kind of facility: "carrier-aviation".
_LOWER_COMPOUND = re.compile(r"[a-z]{3,}-[a-z]{3,}")


#: Words after a name that make it a place's, not a model's ("Tada-U Air Base")
_FIELD_AFTER_MODEL = frozenset({"air", "airbase", "airfield", "airport", "airstrip"})
#: A model's name: a word and a suffix in capitals ("Voronezh-DM", "Voronezh-VP"), not a
#: number ("Engels-2", "Severomorsk-3": bases named after their towns)
_MODEL = re.compile(r"[A-Z][a-z]{3,}-[A-Z]{1,3}")
#: A row's number opening a line of a table, a cell of its own: "NB-10  Værnes Air Station"
ROW_NUMBER_CELL = re.compile(r"[ \t]*([A-Z]{1,3}-?\d{1,4})(?:[ ]{2,}|[ ]*\t)")
#: A row's number in a table of records, zero-padded ("GB-011", "ID-0042", "NB-07")
_ROW_ID = re.compile(r"[A-Z]{1,3}-0\d{1,3}|[A-Z]{4,5}\d{4}")  # (a project's number: "JWSE0071")


#: A number in words, capitalised at a sentence's start: "Twenty-three uranium mines ..."
#: (see :func:`_kinds`)
_NUMBER_WORD = re.compile(
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundreds|dozens")


@functools.lru_cache(maxsize=65536)
def _kind_alone(token: str) -> str:
    """:func:`_kind` of a word with no word before it (cached: words recur)."""
    bare = _bare(token)
    if bare in _HEAD_SET:
        return "head"
    if bare in _MODIFIER_SET:
        return "modifier"
    if _MODEL.fullmatch(token.rstrip(".,;:")):
        return "modifier"  # "the Voronezh-DM station at Armavir": a radar's model, no place
    if _ROW_ID.fullmatch(token):
        return "other"  # "GB-011 Al Minhad Air Base": a table row's number, no name's word
    if token[0].isupper() and any(ch.isalpha() for ch in token[1:]) and bare not in (
            "mwe", "mwt", "mw", "gw", "kw") and bare not in _QUALIFIERS \
            and not _GENERIC_COMPOUND.fullmatch(token) \
            and bare not in STOPWORDS and not is_demonym(bare) \
            and bare not in NON_FACILITY_WORDS and bare not in ADMIN_WORDS:
        return "proper"  # "Engels-2", "IR-40", "Sinpo"
    if _ARTICLE_JOINED.fullmatch(token):
        return "proper"  # "Deir ez-Zor", "Ain al-Asad": an Arabic article joined to a name
    if any(ch.isdigit() for ch in token) or bare in _QUALIFIERS:
        return "designator" if any(ch.isdigit() for ch in token) or bare in (
            "mwe", "mwt", "mw", "gw", "kw", "no", "unit", "block", "line") else "qualifier"
    if bare in ADMIN_WORDS and token[0].isupper():
        return "admin"
    return "other"


#: The first word of a service's name before "Force" in a facility's name: "Minot Air Force
#: Base", "Vandenberg Space Force Base", "Hindon Air Force Station" (an owner otherwise:
#: "the Air Force's depot", "a Royal Air Force station").
_SERVICE_FIRST = frozenset({"Air", "Space", "Rocket"})


#: A missile force's words, in a sentence or paragraph whose "X brigade" is its garrison's.
MISSILE_FORCES = re.compile(r"\b(?:missiles?|ICBMs?|PLARF|Rocket\s+Force|DF-\d+)\b")
#: ... a missile force by its name, not its missiles ("Rocket Force garrisons", not "Russian
#: missiles struck a garrison")
_MISSILE_FORCE_NAME = re.compile(r"\b(?:PLARF|Rocket\s+Forces?|Strategic\s+Missile\s+Forces|"
                                 r"ICBMs?|DF-\d+)\b")
#: What :func:`report_works` gives a report whose title or lead is on a missile force: its
#: brigades named after towns are garrisons in any paragraph (a table's rows too).
MISSILE_BRIGADES = "missile brigades"
_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)?")
#: A missile force's brigade by its three-digit number alone ("the 611 Brigade").
_BRIGADE_NUMBER = re.compile(r"[1-9]\d{2}")
#: A missile division is named after the town its silos or launchers stand around ("the
#: Kozelsk missile division"): the division's word is a facility's there, in small letters
#: after these (not "the 35th Missile Division", a unit's title).
_DIVISION_ARMS = frozenset({"missile", "rocket", "icbm"})
_DIVISION_WORDS = ("division", "divisions")


_ROMAN = frozenset({"I", "II", "III", "IV"})
#: Words a roman number follows that make a kind, not a name ("Class I nuclear facilities").
_NUMBERED_KINDS = frozenset({"Class", "Category", "Type", "Phase", "Stage", "Block", "Group",
                             "Level", "Tier", "War", "Part", "Annex", "Chapter", "Title",
                             "Article", "Section", "Schedule", "Mark", "Mk", "Generation",
                             "Gen", "Safeguards"})


#: The words of an armed service: "Marine Corps", "Coast Guard", "Air Force".
_ARMED_SERVICE_WORDS = frozenset({"marine", "marines", "corps", "army", "navy", "naval",
                                  "air", "force", "forces", "coast", "guard", "space",
                                  "national", "royal", "special", "operations", "border",
                                  # ... and a Spanish-speaking country's: "the base of the
                                  # Defensa Antiaérea y Fuerza Aérea Revolucionaria"
                                  "fuerza", "fuerzas", "aérea", "aerea", "defensa",
                                  "antiaérea", "antiaerea", "armada", "ejército", "ejercito",
                                  "revolucionaria", "revolucionarias", "bolivariana", "y"})


def _names_a_camp(words: list[str], i: int) -> bool:
    """Whether word ``i`` opens a camp's name ("Camp Humphreys"), no facility word of the
    words before it ("Osan Air Base and Camp Humphreys")."""
    return words[i] == "Camp" and i + 1 < len(words) and words[i + 1][:1].isupper()


@functools.lru_cache(maxsize=65536)
def _read_in_context(word: str) -> bool:
    """Whether :func:`_kinds` may change a word's kind for the words around it: a middle
    initial, "Camp", a name's word in small letters, a letter or a roman number, a compound
    of small words (what each of its rules needs of the word itself; cached)."""
    kind = _kind_alone(word)
    return len(word) == 2 and word[1] == "." and word[0].isupper() or word == "Camp" or \
        word[0].islower() and kind == "proper" or len(word) == 1 and "A" <= word <= "H" or \
        word in _ROMAN or kind == "other" and _LOWER_COMPOUND.fullmatch(word) is not None


_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*")


#: A frontier's posts: "the Torkham border post", "an observation post", "the Lachin
#: checkpoint" (the heads as written, a sentence's full stop too)
_FRONTIER_WORDS = frozenset({"border", "frontier", "observation"})
_FRONTIER_HEADS = frozenset({"post", "posts", "checkpoint", "checkpoints", "post.", "posts.",
                             "checkpoint.", "checkpoints."})
#: Nouns after "post" or "cantonment" that make it another thing's word: a "post office",
#: a "cantonment board"
_NOUNS_AFTER_POST = frozenset({"office", "offices", "exchange", "exchanges", "board", "boards",
                               "railway", "station", "commander", "commanders", "road", "area",
                               "box", "master", "war", "card", "cards", "holder", "holders",
                               "graduate", "production", "hospital", "market", "court"})


def _noun_after(words: list[str], i: int) -> bool:
    """Whether word ``i`` ("post", "cantonment") has a noun after it that makes it another
    thing's ("the Mosul post office", "the Rawalpindi cantonment board")."""
    return i + 1 < len(words) and not words[i].endswith((".", ",", ";", ":")) and \
        _bare(words[i + 1]) in _NOUNS_AFTER_POST


#: An initial of a person's name: "D." of "Lucius D. Clay"
_INITIAL = re.compile(r"[A-Z]\.")


#: Landscape words that open a place's name with "of" ("Glen of Imaal", "Isle of Grain")
_LANDSCAPE_OF = frozenset({"Glen", "Isle", "Vale", "Bay", "Isles", "Mull", "Kyle"})


#: What a range named after its place is for ("the Tallow artillery range")
_RANGE_USES = frozenset({"artillery", "gunnery", "tank", "bombing"})


def _kinds(words: list[str]) -> list[str]:
    """:func:`_kind` of each word of a sentence given the words before it: each word's
    kind alone (cached), then the weak heads that follow a facility word made heads."""
    kinds = list(map(_kind_alone, words))
    if kinds and kinds[0] == "proper" and _NUMBER_WORD.fullmatch(_bare(words[0])) and \
            words[1:2] and not words[1][:1].isupper():
        kinds[0] = "other"  # "Twenty-three uranium mines lie ...": a number, no name (but
        # "Five Hills Training Area")
    if not _FRONTIER_HEADS.isdisjoint(words):  # "the Torkham border post": a frontier's
        # (the words say a post's kind only before it: "along the border" is no facility's)
        for i, w in enumerate(words[:-1]):
            if _bare(w) in _FRONTIER_WORDS and _bare(words[i + 1]) in _FRONTIER_HEADS and \
                    not _noun_after(words, i + 1):
                kinds[i:i + 2] = ["modifier", "head"]
    for i in range(1, len(words)) if any(_bare(w) == "camp" for w in words) else ():
        # "the Cu Chi base camp", "Siachen Base Camp": a camp of troops by its kind
        if _bare(words[i]) == "camp" and _bare(words[i - 1]) == "base" and \
                kinds[i - 1] == "head":
            kinds[i] = "head"
        elif _bare(words[i]) == "camp" and words[i - 1].lower() == "super" and i > 1 and \
                kinds[i - 2] == "proper" and words[i - 1][0].islower() == words[i][0].islower():
            kinds[i - 1:i + 1] = ["modifier", "head"]  # "Bama super camp": the Nigerian
            # army's fortified garrison of a town, by its kind
    for i in range(len(words) - 1) if "Establishment" in words else ():
        if words[i] == "State" and words[i + 1].rstrip(".,;:") == "Establishment" and i and \
                kinds[i - 1] == "proper":
            kinds[i:i + 2] = ["modifier", "head"]  # "the Al Muthanna State Establishment"
    for i in range(len(words) - 1) if "reactor" in words or "Reactor" in words else ():
        w = words[i]
        if kinds[i] == "modifier" and _bare(words[i + 1]) in ("reactor", "reactors") and \
                _MODEL.fullmatch(w):
            kinds[i] = "proper"  # a reactor's own name, no model's: "the Apsara-U reactor"
    for i in range(1, len(words) - 1) if "University" in words else ():
        if words[i] == "University" and kinds[i - 1] == "proper" and \
                kinds[i + 1] in ("modifier", "head") and "eactor" in words[i + 1] + \
                (words[i + 2] if i + 2 < len(words) else ""):
            kinds[i] = "modifier"  # "the Kyoto University Research Reactor": a campus's
    for i in range(1, len(words)) if not _ARTICLES.isdisjoint(words) else ():
        if words[i - 1] in _ARTICLES and kinds[i] == "other" and words[i][:1].isupper() and \
                is_demonym(words[i]):
            kinds[i] = "proper"  # "Borg El Arab Air Base": a town's word, no people's
    for i in range(len(words) - 1) if "An" in words else ():
        if words[i] == "An" and kinds[i + 1] == "proper" and an_opens_a_name(words[i + 1]):
            kinds[i] = "proper"  # "An Thoi Naval Base": a Vietnamese name's word
    if "high" in words or "High" in words:  # "the X high explosives test site"
        for i, w in enumerate(words[:-1]):
            if w in ("high", "High") and _bare(words[i + 1]) in ("explosive", "explosives"):
                kinds[i] = "modifier"
    # (a word _read_in_context turns down meets no rule below: it keeps its kind)
    for i in itertools.compress(range(len(words)), map(_read_in_context, words)):
        w = words[i]
        if _INITIAL.fullmatch(w) and 0 < i < len(words) - 1 and \
                kinds[i - 1] == "proper" and kinds[i + 1] == "proper":
            kinds[i] = "proper"  # a middle initial: "the Lucius D. Clay Kaserne"
            continue
        if _INITIAL.fullmatch(w) and (i == 0 or not _INITIAL.fullmatch(words[i - 1])):
            j = i
            while j < len(words) and _INITIAL.fullmatch(words[j]):
                j += 1
            if j - i >= 2 and j + 1 < len(words) and kinds[j] == "proper" and \
                    kinds[j + 1] in ("head", "modifier") and \
                    "".join(w[0] for w in words[i:j]) not in ("US", "UK", "UN", "EU"):
                kinds[i:j] = ["proper"] * (j - i)  # a person's initials: "at F. E. Warren
                # AFB" (two at least: "at A. Kesk Air Base" may be a list's item)
                continue
        if _names_a_camp(words, i):
            kinds[i] = "other"  # "Camp Humphreys" puts its word first (descriptions' _CAMP)
            continue
        if w[0].islower() and kinds[i] == "proper" and (i == 0 or kinds[i - 1] != "proper") \
                and not _ARTICLE_JOINED.fullmatch(w.rstrip(".,;:")):
            kinds[i] = "other"  # "Deir ez-Zor" opens no name, "al-Tanf" (an article) may
        elif (len(w) == 1 and "A" <= w <= "H" or w in _ROMAN
              and words[i - 1] not in _NUMBERED_KINDS) and i and \
                kinds[i - 1] == "proper" and i + 1 < len(words) and \
                kinds[i + 1] in ("head", "modifier"):
            # "Dungeness B power station": a station's letter; "King Abdullah I Air Base":
            # a king's number
            kinds[i] = "designator"
        elif kinds[i] == "other" and i and kinds[i - 1] == "proper" and \
                i + 1 < len(words) and kinds[i + 1] == "modifier" and _LOWER_COMPOUND.fullmatch(w):
            kinds[i] = "modifier"  # "the X carrier-aviation training complex"
    if "store" in words or "Store" in words:  # "the Ahaus interim store", "a spent fuel
        # store" (not a shop)
        for i in [i for i, w in enumerate(words) if w in ("store", "Store")]:
            if i and _bare(words[i - 1]) in ("interim", "waste", "fuel", "cask"):
                kinds[i] = "head"
    if "Project" in words or "project" in words:  # India's "Kudankulam Nuclear Power
        # Project", "Tarapur Atomic Power Project" (not a "Nuclear Accountability Project")
        for i in [i for i, w in enumerate(words) if w in ("Project", "project")]:
            if i > 1 and _bare(words[i - 1]) == "power" and \
                    _bare(words[i - 2]) in ("nuclear", "atomic") or \
                    i > 1 and _bare(words[i - 1]) == "uranium" and kinds[i - 2] == "proper":
                kinds[i] = "head"  # (and a mine in the making: "the Dornod uranium project")
    if "To" in words:  # "Iwo To Air Base": Japanese for an island, in its name (no "to")
        for i in [i for i, w in enumerate(words) if w == "To"]:
            if 0 < i < len(words) - 1 and kinds[i - 1] == "proper" and \
                    kinds[i + 1] in ("head", "modifier") and words[i + 1][0].isupper():
                kinds[i] = "proper"
    if "Studies" in words:  # "the La Reina Nuclear Studies Centre": the atom's (not a
        # think tank's "Air Power Studies Centre")
        for i in [i for i, w in enumerate(words) if w == "Studies"]:
            if i and _bare(words[i - 1]) in ("nuclear", "atomic"):
                kinds[i] = "modifier"
    if "Key" in words:  # "the Key Lake mill", "Naval Air Station Key West": a name's first
        # word (a "key" base is an important one)
        for i in [i for i, w in enumerate(words) if w == "Key"]:
            if 0 < i < len(words) - 1 and kinds[i + 1] == "proper" and \
                    words[i + 1][:1].isupper():
                kinds[i] = "proper"
    if "range" in words:  # "the Glen of Imaal artillery range": a place's gunners' range
        for i in [i for i, w in enumerate(words) if w == "range"]:
            if i > 1 and words[i - 1] in _RANGE_USES and kinds[i - 2] == "proper":
                kinds[i - 1:i + 1] = ["modifier", "head"]
    if "of" in words:  # "the Glen of Imaal artillery range", "the Isle of Grain power
        # station": a landscape's name with "of" in it is the place
        for i in [i for i, w in enumerate(words) if w == "of"]:
            if 0 < i < len(words) - 2 and words[i - 1] in _LANDSCAPE_OF and \
                    kinds[i - 1] == "proper" and kinds[i + 1] == "proper" and \
                    words[i + 1][:1].isupper() and kinds[i + 2] in ("head", "modifier"):
                kinds[i] = "proper"
    if "ground" in words or "Ground" in words:  # "the Biak ground station": a satellite
        # station's word (not a "proving ground")
        for i in [i for i, w in enumerate(words[:-1]) if w in ("ground", "Ground")]:
            if _bare(words[i + 1]) in ("station", "stations"):
                kinds[i] = "modifier"
    for i in [i for i, w in enumerate(words) if w in ("tank", "tanks") and i]:
        if words[i - 1].lower() in _LIQUID_WORDS:
            kinds[i] = "other"  # "the Vardolo water tank factory": a liquid's tanks, no
            # weapon's works
    if "Island" in words:  # "the Sredny Island airfield": the island's name is the place
        for i in [i for i, w in enumerate(words) if w == "Island"]:
            if 0 < i < len(words) - 1 and kinds[i - 1] == "proper" and \
                    kinds[i + 1] in ("head", "modifier"):
                kinds[i] = "proper"
    for i in [i for i, w in enumerate(words[:-1]) if w[:1].isdigit() and _COUNT.fullmatch(w)]:
        # "some 120 silos near Yumen", "300 missile silos": a count, no part of a name
        j = i + 1
        while j < len(words) - 1 and kinds[j] == "modifier" and words[j].islower():
            j += 1
        if kinds[j] == "head" and words[j].islower() and _plural(words[j]):
            kinds[i] = "other"
    if "National" in words:  # "Los Alamos National Laboratory", "the Nevada National
        # Security Site": a state's facility at a place, the place no "Los Alamos National"
        for i in [i for i, w in enumerate(words) if w == "National"]:
            j = i + 1 + (i + 2 < len(words) and words[i + 1] == "Security")
            if 0 < i and j < len(words) and kinds[i - 1] == "proper" and \
                    kinds[j] in ("head", "modifier") and \
                    not words[i - 1].endswith(("'s", "’s")):  # (Kazakhstan's own)
                kinds[i:j] = ["modifier"] * (j - i)
    if "Plant" in words or "Factory" in words:  # "Plant 404", "Air Force Plant 42",
        # "Factory 27": a works named by its number
        for i in [i for i, w in enumerate(words[:-1]) if w in ("Plant", "Factory")]:
            if words[i + 1].isdigit() and len(words[i + 1]) <= 4:
                kinds[i] = "head"
    if "Association" in words or "Association." in words:  # "the Voronezh Aircraft
        # Production Association", "the
        # Mayak Production Association": a Soviet works by its name (not a "Trade
        # Association")
        for i in [i for i, w in enumerate(words) if _bare(w) == "association"]:
            if i > 1 and words[i - 1] == "Production" and kinds[i - 2] in ("modifier",
                                                                           "proper"):
                # (of arms or the atom only: see findings_with_facility_words)
                kinds[i - 1:i + 1] = ["modifier", "head"]
    if "Force" in words:  # "Minot Air Force Base": the service's words are the name's
        for i in [i for i, w in enumerate(words) if w == "Force"]:
            if 0 < i < len(words) - 1 and words[i - 1] in _SERVICE_FIRST and (
                    kinds[i + 1] == "head" or kinds[i + 1] == "modifier" and i + 2 < len(words)
                    and words[i + 2][:1].isupper()
                    and _bare(words[i + 2]) in _HEAD_SET | _WEAK_HEAD_SET) and \
                    words[i + 1][0].isupper() and (i < 2 or words[i - 2] != "Royal"):
                kinds[i] = "modifier"  # (and "Gila Bend Air Force Auxiliary Field")
    if "force" in words:  # "the air force station at Agra": a kind of base, in small letters
        for i in [i for i, w in enumerate(words) if w == "force"]:
            if 0 < i < len(words) - 1 and words[i - 1] == "air" and \
                    kinds[i + 1] == "head" and _bare(words[i + 1]) in ("station", "base"):
                kinds[i - 1:i + 1] = ["modifier", "modifier"]
    if "deep" in words:  # "the Jiamusi deep space station": a space tracking station
        for i in [i for i, w in enumerate(words) if w == "deep"]:
            if i + 2 < len(words) and words[i + 1] == "space" and kinds[i + 2] == "head":
                kinds[i:i + 2] = ["modifier", "modifier"]
    if "division" in words or "divisions" in words:  # "the Kozelsk missile division"
        for i, w in enumerate(words):
            if w in ("division", "divisions") and i > 0 and words[i - 1] in _DIVISION_ARMS:
                kinds[i] = "head"
    for i in itertools.compress(range(len(words)), map(_is_weak_head, words)):
        if _names_a_camp(words, i) or (_bare(words[i]) in _TROOPS_HEADS
                                        and _noun_after(words, i)):
            continue  # ("the Ramstein Air Base post office": no post)
        if any(_bare(p) in _MODIFIER_SET for p in words[max(0, i - 3):i]) or (
                (_bare(words[i]) in _OWN_WORKS or words[i] == "range"
                 or _bare(words[i]) in _GUN_HEADS)
                and i > 0
                and (kinds[i - 1] == "proper" or i > 1 and kinds[i - 1] == "qualifier"
                     and words[i - 1][0].isupper() and kinds[i - 2] == "proper")):
            kinds[i] = "head"  # ("the Komaki South plant": a compass word in its name)
    for i in range(len(words) - 1) if "-" in "".join(words) else ():
        if kinds[i] == "modifier" and _MODEL.fullmatch(words[i].rstrip(".,;:")) and \
                _bare(words[i + 1]) in _FIELD_AFTER_MODEL and \
                not is_weapon_word(words[i].split("-")[0]) and (
                    _bare(words[i + 1]) != "air" or i + 2 < len(words)
                    and words[i + 2].rstrip(".,;:") in ("Base", "Station")):
            kinds[i] = "proper"  # "Tada-U Air Base": a town's name, no radar's model
            # ("the Voronezh-DM station")
    for i in range(len(words)) if any(w[:5].lower() == "stand" for w in words) else ():
        if _bare(words[i]) in ("stand", "stands"):
            # a rocket engine's: "the Sohae vertical engine test stand" (not "the Vardø radar
            # station stands on the hill": a verb)
            kinds[i] = "head" if i and _bare(words[i - 1]) in ("test", "testing") else "other"
    return kinds


#: Civil heads that are a facility's own name when written in capitals after a proper
#: name in a sentence about arms or the atom ("India enriches uranium at the Rare
#: Materials Plant"): a "power plant" is not, nor the "Hyundai Motor Plant".
_NAMED_WORKS = frozenset({"plant", "plants", "factory", "factories", "works"})
#: Words of arms or the atom: a sentence or paragraph about weapons or nuclear matters.
ARMS_OR_ATOMS = re.compile(
    r"\b(?:nuclear|atomic|uranium|plutonium|fissile|enrich\w*|reactors?|centrifuges?|weapons?|"
    r"military|missiles?|ordnance|munitions?|ammunition|explosives?|warheads?|rockets?|"
    r"chemical\s+agents?|nerve\s+agents?|(?-i:[IMS]RBMs?|ICBMs?|SLBMs?|[AGS]LCMs?))\b", re.I)
#: Words of an arms industry, beside those of arms: a works in capitals in a paragraph on a
#: defence industry or drones is its own ("| Kazan Gunpowder Plant | Tatarstan |" in a table
#: of strikes on the drone industry)
DEFENCE_INDUSTRY = re.compile(
    r"\b(?:drones?|UAVs?|gunpowder|defen[cs]e[- ]industr\w*|military[- ]industrial|"
    r"arms[- ](?:industry|makers?|manufacturers?))\b", re.I)
def arms_or_atoms(text: str) -> bool:
    """Whether a text speaks of arms, an arms industry or the atom (see
    :data:`ARMS_OR_ATOMS`, :data:`DEFENCE_INDUSTRY`)."""
    return ARMS_OR_ATOMS.search(text) is not None or DEFENCE_INDUSTRY.search(text) is not None


#: A works that makes arms, said in its sentence: "the Artem plant in Kyiv, which produces
#: cruise missiles", "the X factory makes drones" (a maker of arms is a facility of ours,
#: whoever owns it)
#: An aircraft's, a missile's or an armoured vehicle's designation: "KC-390", "Su-34",
#: "F-35A", "BMP-3" (not "SARS-CoV-2", "Euro-6", "Type-2", "N-95" masks: see _MAKES_ARMS)
_ARMS_DESIGNATION = (r"(?<![\w-])(?!(?:Euro|Type|Tier|Class|Covid|CoV|Mark|Level|Phase)-)"
                     r"(?:[A-Z]{1,4}|Su|Tu|Il|Mi|Ka|MiG|Yak|An)-\d{1,4}[A-Z]{0,3}")
_MAKES_ARMS = re.compile(
    r"\b(?:produc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|buil(?:d|ds|t|ding)|assembl(?:e|es|ed|ing)|"
    # (and assembly as a noun: "performs final assembly and check-out of F-35A fighters")
    r"assembly\s+(?:and\s+[\w-]+\s+)?of|roll(?:s|ed)?\s+out|"
    r"manufactur(?:e|es|ed|ing)|repair(?:s|ed|ing)?)\b[^.;:,]{0,40}?\b(?:missiles?|drones?|"
    r"UAVs|warheads?|shells|ammunition|munitions|explosives|gunpowder|rockets?|"
    r"(?:aircraft|aero|jet)[ \t]+engines|engines[ \t]+for[ \t]+(?:aircraft|drones|missiles)|"
    r"fighters?|bombers?|weapons|"
    # (tanks, not a store's: "makes fuel tanks and propane tanks")
    r"(?<!fuel[ \t\n])(?<!water[ \t\n])(?<!storage[ \t\n])(?<!oil[ \t\n])(?<!gas[ \t\n])"
    r"(?<!propane[ \t\n])(?<!septic[ \t\n])(?<!oxygen[ \t\n])(?<!LPG[ \t\n])(?<!fish[ \t\n])"
    r"(?<!ballast[ \t\n])(?<!pressure[ \t\n])(?<!chemical[ \t\n])(?<!diesel[ \t\n])"
    r"(?<!petrol[ \t\n])(?<!hydrogen[ \t\n])(?<!steel[ \t\n])(?<!plastic[ \t\n])tanks|"
    # (an army's vehicles and guns: "the Kurgan plant makes infantry fighting vehicles")
    r"armou?red[ \t]+(?:vehicles|personnel[ \t]+carriers)|infantry[ \t]+fighting[ \t]+"
    r"vehicles|self-propelled[ \t]+(?:guns|howitzers)|howitzers|artillery|"
    r"(?:attack|military|combat)[ \t]+helicopters|"
    # (a warplane by its name or designation: "final assembly of the Rafale", "rolled out
    # the twelfth KC-390")
    r"(?-i:Rafales?|Gripens?|Typhoons?|Eurofighters?|" + _ARMS_DESIGNATION + r"))"
    r"(?![\w-]|\s+(?:airliners?|jetliners?|passenger|cars?|trucks?|masks?|respirators?|"
    r"vaccines?|batter(?:y|ies)|standards?)\b)"
    # ... or said of the arms first: "missiles are assembled at the Votkinsk plant", "the
    # motors were cast at the X works"
    r"|\b(?i:missiles?|drones?|UAVs|warheads?|shells|ammunition|munitions|explosives|rockets?|"
    r"(?:rocket|missile)[ \t]+motors|weapons|devices|bombs|fighters|bombers|tanks|"
    r"helicopters|warplanes|military[ \t]+aircraft"
    # (an aircraft's or a missile's designation: "the KC-390 transport is assembled at")
    r"|(?-i:" + _ARMS_DESIGNATION + r")(?:[ \t]+[a-z]+)?)[ \t]+"
    r"(?:are|were|is|was|have[ \t]+been|had[ \t]+been)[ \t]+(?:\w+ly[ \t]+)?"
    r"(?:produced|made|built|assembled|manufactured|cast|filled|repaired)[ \t]+(?:at|in)\b"
    # ... or in a clause after the works: "the Motor Sich plant in Zaporozhye, where engines
    # for attack drones and helicopters are produced"
    # (the arms what the clause says is made, right before its verb: not "where uniforms
    # for troops firing missiles are made", "where engines hit by missiles were repaired")
    r"|\bwhere\b[^.;:]{0,50}?(?<!by[ \t])(?<!with[ \t])(?<!firing[ \t])\b(?:missiles?|"
    r"drones?|UAVs|warheads?|shells|ammunition|munitions|"
    # (not tanks nor helicopters alone: "where water tanks are made", a civil helicopter's)
    r"explosives|rockets?|bombs|fighters|bombers|battle[ \t]+tanks|(?:attack|military)[ \t]+"
    r"helicopters|warplanes|howitzers|"
    r"(?-i:" + _ARMS_DESIGNATION + r"))(?:[ \t]+and[ \t]+[\w-]+)?[ \t]+"
    r"(?:are|were|is|was|have[ \t]+been)"
    r"[ \t]+(?:\w+ly[ \t]+)?(?:produced|made|built|assembled|manufactured|filled|repaired)\b"
    # ... or the shells or bombs a filling plant fills: "the Plastmass plant fills artillery
    # shells and aerial bombs" (not "fills the gap left after shells destroyed the mill")
    r"|\bfill(?:s|ed|ing)?(?:\s+of)?\s+(?:(?:artillery|mortar|aerial|tank|naval|"
    r"large-calibre|large-caliber|\d{2,3}(?:[ \t-]?mm|-millimet(?:re|er))|the)\s+)*(?:shells|"
    r"bombs|mines|rounds|"
    r"munitions|warheads|grenades|explosives?)\b"
    # ... or made for a service, or called a factory of arms: "builds the Gripen E for the
    # Swedish Air Force", "the largest of the new European shell factories"
    # ... or sold: "record sales of mortar bombs"
    r"|\b(?:sales|exports?|output|deliveries)[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:missiles|"
    r"drones|shells|ammunition|munitions|explosives|rockets|(?:mortar|aerial)[ \t]+bombs)\b"
    r"|\b(?:build|builds|built|assembles|assembled|makes|made|produces|produced)\b"
    r"[^.;:]{0,60}?\bfor[ \t]+the[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}(?:Air[ \t]+Force|Navy|Army)\b"
    r"|\b(?i:shell|ammunition|munitions|missile|tank|drone|explosives)[ \t]+"
    r"(?:factories|factory|plants?|works)\b")
#: Arms a works is said to give: "the missiles ... come largely from the Roketsan Elmadağ
#: plant", "a backlog in 76 mm and 127 mm guns" (guns by their calibre)
_ARMS_NEAR = re.compile(r"\b(?:missiles?|munitions|ammunition|shells|warheads|rockets|drones|"
                        r"armou?red[ \t]+vehicles|howitzers|rifles|\d+[ \t]?mm[ \t]+(?:guns|shells|"
                        r"rounds|ammunition))\b[^.;]{0,40}?\b(?:come|comes|came|coming)[ \t]+"
                        r"(?:\w+[ \t]+)?from\b|\bbacklog[ \t]+(?:in|of|for)[ \t]+[^.;]{0,40}?"
                        r"\b(?:guns|shells|missiles|munitions|ammunition|rounds)\b", re.I)
#: Civil heads that follow a place's name in small letters, in a sentence about the atom
#: ("a fire at the Orvansk plant, which makes uranium fuel", "the Orvansk mine" of uranium
#: ore): the works named after the place. (Of arms, the works named so are too often a
#: company's: "the Hyundai plant ... makes missiles"; "mines" are weapons too.)
_ATOM_OWN_WORKS = _NAMED_WORKS | {"mine", "mill", "refinery", "repository", "tailings"}
#: Heads that follow a place's name in small letters in a sentence of troops: "the Angoor
#: Adda post" where troops reported fire, "the Kamboinsin camp" where special forces were
#: based, "the Lachin checkpoint"
_TROOPS_HEADS = frozenset({"post", "checkpoint", "camp", "cantonment", "outpost"})
#: ... the troops: their words for a post or a checkpoint, and where they are based, for a
#: camp (not a camp of refugees)
_TROOP_WORDS = re.compile(r"\b(?:troops|soldiers|guards|garrisons?|brigades?|battalions?|"
                          r"regiments?|border|frontier|army|militar\w*|fire|fired|"
                          r"crossings?|customs|convoys?|militants?|insurgents?|suicide|"
                          r"barracks|divisions?|corps)\b",
                          re.I)
#: ... and the troops of a camp named in capitals after its place ("Tidworth Camp ... home to
#: an armoured infantry brigade", "Kilworth Camp ... used for live firing by southern units")
_CAMP_WORDS = re.compile(_TROOP_WORDS.pattern[:-3] + r"|divisions?|firing|infantry|artillery|"
                         r"armou?red|units|exercises?|(?:defen[cs]e|armed)[ \t]+forces?)\b", re.I)
_BARRACKS = re.compile(r"\b[Bb]arracks\b")
#: An address's words before a place's name: "Street 3, Risalpur Cantonment"
_ADDRESS_BEFORE = re.compile(r"\b(?:Street|St\.|Road|Rd\.|Plot|Sector|House|Lane|Block|"
                             r"P\.?O\.?[ ]Box)\b")
#: ... where troops are based, right before a camp's name ("special forces were based at
#: the Kamboinsin camp"; not "troops were deployed in the Jenin camp", a refugees' camp)
#: Militants and their groups, whose camps a report names by their place ("the Syedna Bilal
#: camp ... a Jaish-e-Mohammed staging area")
MILITANTS = re.compile(r"\b(?:terrorists?|terror|militants?|jihadis?|jihadists?|insurgents?|"
                        r"guerrillas?|Jaish|Lashkar|Hizbul|Taliban|al-Qaeda|Qaeda|ISIS|ISIL|"
                        r"Daesh|al-Shabaab|Shabaab|Boko[ \t]Haram|Hezbollah|Hamas|Houthis?|"
                        r"PKK|mujahideen|Mujahideen)\b")
#: ... the camp's use by them: training, staging, launching
_MILITANTS_USE = re.compile(r"\b(?:train(?:s|ed|ing)?|staging|launch(?:ed|ing)?[ \t]+(?:pad|area)|"
                            r"indoctrinat\w*|recruits?)\b", re.I)
#: ... and a camp of people, not fighters, in its paragraph ("the Jenin camp", "al-Hol")
_PEOPLES_CAMP = re.compile(r"\b(?:refugees?|displaced|IDPs?|UNRWA|UNHCR|wives|children|families|"
                           r"detainees|held|residents|civilians|fled|protesters?|sit-in)\b",
                           re.I)


def _troops_camp(sentence: str, around: str | None) -> bool:
    """Whether a sentence names an "X camp" as troops': it speaks of troops or the army,
    and neither it nor its paragraph of refugees, families or civilians."""
    return _TROOP_WORDS.search(sentence) is not None and _NOT_TROOPS.search(sentence) is None \
        and _PEOPLES_CAMP.search(around or sentence) is None


def _militants_camp(sentence: str, around: str | None) -> bool:
    """Whether a sentence (or its paragraph) names an "X camp" as militants' own: it speaks
    of militants and of training or staging ("the Syedna Bilal camp ... a Jaish-e-Mohammed
    staging area"), and not of refugees, families or detainees ("Israeli forces fought
    Hamas militants in the Jabalia camp")."""
    text = sentence if around is None else around
    return (MILITANTS.search(sentence) is not None or MILITANTS.search(text) is not None) \
        and _MILITANTS_USE.search(text) is not None and _PEOPLES_CAMP.search(text) is None \
        and _NOT_TROOPS.search(sentence) is None


_BASED_AT_BEFORE = re.compile(r"\b(?:based|stationed|garrisoned|quartered)\s+(?:at|in)\s+"
                              r"(?:the\s+)?\Z", re.I)
_INTO_BEFORE = re.compile(r"\b(?:in|into|inside)\s+(?:the\s+)?\Z", re.I)
_NOT_TROOPS = re.compile(r"\b(?:refugees?|displaced|IDPs?|migrants?|asylum|Palestinians?|"
                         r"UNRWA|famil(?:y|ies)|civilians|detainees|Telegram|Facebook|"
                         r"Instagram|Twitter|Weibo|VK|blog|trading|news|press|wrote|said)\b",
                         re.I)
#: What follows a post named after its place: where it is, or a full stop ("the Angoor Adda
#: post, on the border", "the Demchok post on the Indus"; not "the Reuters post was wrong")
_POST_PLACED_AFTER = frozenset({"on", "near", "at", "in", "along", "opposite", "across",
                                "overlooking", "beside"})

_OWN_WORKS = _ATOM_OWN_WORKS | {"port", "yard", "airport", "lines", "anchorage"} | \
    _TROOPS_HEADS
#: Works that are the atom's in a text about it: a uranium mine, mill or refinery, a
#: repository of its waste ("the Konrad repository")
_ATOM_WORKS = frozenset({"mine", "mines", "mill", "mills", "refinery", "repository",
                         "tailings"})
#: Of those, the heads a name may write in capitals too ("the Langer Heinrich Mine"); the
#: others are read so by _titled_works.
_TITLED_OWN_WORKS = frozenset({"mine", "mill", "port", "airport", "camp", "cantonment", "lines"})
#: Words of guns and forts: a sentence or paragraph whose "X battery" is a battery of guns.
_GUNS = re.compile(r"\b(?:guns?|artillery|howitzers?|gun[ \t]emplacements?|searchlights?|"
                   r"coastal|coast[ \t]defen[cs]es?|forts?|fortress(?:es)?|fortifications?)\b",
                   re.I)
_GUN_HEADS = frozenset(_GUN_HEAD_WORDS)
#: Words of a fort's guns, not of forts: "Nothe Fort ... armed through both world wars; the
#: magazines and the ramparts"
_FORT_GUNS = re.compile(r"\b(?:guns?|artillery|howitzers?|gun[ \t]emplacements?|searchlights?|"
                        r"coast[ \t]defen[cs]es?|batter(?:y|ies)|magazines?|ramparts?|armed|"
                        r"garrison(?:ed)?)\b", re.I)
#: Words of the atom: a sentence or paragraph about nuclear matters.
ATOMS = re.compile(r"\b(?:nuclear|atomic|radioactive|uranium|plutonium|fissile|enrich\w*|reactors?|"
                   r"centrifuges?|yellowcake|thorium|tritium|(?:high|low|intermediate)-level"
                   r"[ \t]+waste|spent[ \t]+fuel)\b", re.I)


#: Facility words that say no kind of facility: "a site near X" in a sentence of no arms
#: or atoms may be a building plot, an airport's, a dig's.
_ANY_KIND = frozenset({"site", "sites", "facility", "facilities", "complex", "complexes",
                       "installation", "installations"})


def report_works(lead: str) -> frozenset[str]:
    """The civil heads a report's title and lead make a site's after a place's name in any
    of its paragraphs: of a report on the atom, a mine, a mill, a refinery, a repository
    ("the Key Lake mill"); of a report on ports and navies, a port ("Gwadar Port"); and
    :data:`ARMS_REPORT` for a title on arms or the atom (a works in capitals is its own).

    >>> sorted(report_works("Uranium supply: mines and mills"))
    ['arms', 'mill', 'mills', 'mine', 'mines', 'refinery', 'repository', 'tailings']
    >>> sorted(report_works("Ports and Outposts: the PLA Navy abroad")), report_works("Ports")
    (['port'], frozenset())
    >>> sorted(report_works("Runways on the roof of the world: China's dual-use airports"))
    ['airport']
    """
    out = set(_ATOM_WORKS) if ATOMS.search(lead) else set()
    if (_PORTS.search(lead, 0, _TITLE_CHARS) or _PORTS_TITLE_IN_CAPITALS.search(lead)) and \
            (_NAVIES.search(lead) or _MILITARY.search(lead)):
        out.add("port")  # a title on ports (not a port named in passing in the lead)
    lines = [x.strip() for x in lead.lstrip()[:_TITLE_CHARS].split("\n")[:2]]
    title = next((x for x in lines if x.startswith("#")), lines[0]).lstrip("# ")
    if not title.endswith((".", ":", ";")) and (m := _AIRPORTS.search(title)) and \
            _AIR_ARMS.search(title) and \
            not _CIVIL_AIRPORT.search(title, max(0, m.start() - 20), m.end()):
        out.add("airport")  # "China's dual-use airports facing India", "war reaches the
        # airports": a title on airports an air force uses or a war strikes (not "For the
        # civil airport, see ...")
    if _JOINT_USE.search(lead) and _AIRFIELDS_WORD.search(lead) and \
            _MILITARY_USER.search(lead):
        out.add("airport")  # "Tender title: ... at joint-use airports", "on behalf of the
        # joint users of the aerodromes listed below": a report on airports an air force
        # shares
    if MISSILE_FORCES.search(lead) and "brigade" in lead.lower() or \
            _MISSILE_FORCE_NAME.search(lead) and "garrison" in lead.lower():
        out.add(MISSILE_BRIGADES)  # "MAPPING THE PLA ROCKET FORCE'S BRIGADE NETWORK", "six
        # Rocket Force garrisons that grew"
    if _ARMS_TITLE.search(title) or ARMS_OR_ATOMS.search(title):
        out.add(ARMS_REPORT)  # "... ON THE REDUCTION AND LIMITATION OF STRATEGIC OFFENSIVE
        # ARMS": its "Votkinsk Machine Building Plant" is a works of arms in any paragraph
    if _TRAINING_GROUNDS.search(lead) and not _TROOPS.isdisjoint(
            _LOWER_WORD.findall(lead.lower())):
        out.add(TRAINING_GROUNDS)  # "The Ground Forces' training grounds": a report on an
        # army's grounds makes "the Tallow training ground" of any paragraph one of them
    return frozenset(out)


#: What :func:`report_works` gives a report whose title is on arms or the atom: a works
#: named in capitals is its own in any paragraph (see :data:`_NAMED_WORKS`).
ARMS_REPORT = "arms"
_ARMS_TITLE = re.compile(r"\b(?:(?:strategic|offensive|conventional|small|nuclear)\s+arms|"
                         r"arms\s+(?:control|limitation|reduction|race|trade|industry|exports?|"
                         r"makers?|manufacturers?))\b", re.I)
#: What :func:`report_works` gives a report on an army's training grounds.
TRAINING_GROUNDS = "training grounds"
_TRAINING_GROUNDS = re.compile(r"\btraining\s+(?:grounds|areas|ranges)\b", re.I)
_AIRPORTS = re.compile(r"\b[Aa]irports?\b")
_AIR_ARMS = re.compile(r"\b(?:dual-use|military|air[ \t]+forces?|PLAAF|airpower|air[ \t]+power|"
                       r"fighters?|bombers?|wars?)\b", re.I)
#: What a sentence says after an airport's name that makes it a military field too: "was
#: built as a navy airfield", "opened as an army air base", "a former Soviet air base"
_MILITARY_FIELD = (r"(?:[\w-]+[ \t]+){0,2}?(?:navy|naval|military|army|air[ \t]force|wartime|"
                   r"fighter|bomber|Soviet|Japanese|Allied|American|RAF)[ \t]+"
                   r"(?:air(?:field|strip|[ \t]base|[ \t]station)|base)\b")
#: ... said of the airport, not in another clause after it ("Newquay Airport lies 10 km
#: from St Mawgan, which was built as an RAF airfield"; "X Airport opened in 1990; Y, used
#: as a navy airfield ...")
_OTHER_CLAUSE = re.compile(r";|\b(?:which|that|where|while|whereas|whose|lies|lay|is|"
                           r"stands|sits|opened|closed)\b")
_BUILT_AS_AIRFIELD = re.compile(
    r"\b(?:(?:built|used|opened|served|began|operated|started|constructed|laid[ \t]out)"
    r"[ \t]+(?:\w+[ \t]+)?as[ \t]+(?:an?|the)[ \t]+|(?:an?|the)[ \t]+former[ \t]+)"
    + _MILITARY_FIELD, re.I)
#: What troops or strikes do to an airport that makes it a war's objective or target,
#: right before its name ("attack Paitilla Airport"; not "hit the base, which shares its
#: runways with X Airport")
_AIRPORT_TAKEN = re.compile(r"\b(?:attack(?:s|ed)?|raid(?:s|ed)?|seiz(?:e|es|ed)|"
                            r"captur(?:e|es|ed)|storm(?:s|ed)?|bomb(?:s|ed)|struck|"
                            r"strikes?[ \t]+on|shell(?:s|ed)|hit|hits)[ \t]+(?:the[ \t]+)?\Z",
                            re.I)
#: ... and who does it
_TROOPS_TAKE = re.compile(r"\b(?:troops|soldiers|paratroopers|commandos|SEALs|Rangers|"
                          r"Marines|(?:armed|special|government|rebel|enemy|coalition|"
                          r"allied|(?-i:[A-Z][\w-]+))[ \t]+forces|army|navy|air[ \t]+force)\b",
                          re.I)
#: Airports shared with the armed forces, in a report's lead ("joint-use airports",
#: "JOINT CIVIL-MILITARY USE", "the joint users of the aerodromes")
_JOINT_USE = re.compile(r"\b(?:dual|joint)[ \t-]+(?:civil[ \t-]+military[ \t]+)?(?:use|users?)\b",
                        re.I)
_MILITARY_USER = re.compile(r"\b(?:civil[ \t-]+military|military|air[ \t]+forces?|"
                            r"armed[ \t]+forces|defen[cs]e)\b", re.I)
_AIRFIELDS_WORD = re.compile(r"\b(?:airports|aerodromes|airfields)\b", re.I)
_CIVIL_AIRPORT = re.compile(r"\bcivil(?:ian)?[ \t]+airports?\b", re.I)


_PORTS = re.compile(r"\b[Pp]orts?\b")
#: What strikes a port in its sentence: a port so struck is a target of ours
_PORT_STRUCK = re.compile(r"\b(?:hit|struck|strikes?|air[ \t]*strikes?|raids?|attacked|"
                          r"bombed|bombing|shelled|shelling|targeted|blown[ \t]+up)\b", re.I)
#: A war's strike in a sentence or paragraph: drones, missiles, shells, bombs (not "hit a
#: record", "strikes over pay", "police raids", "a cyber attack")
WAR_STRIKE = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|air[ \t]*strikes?|"
                        r"air[ \t]+raids?|shell(?:ed|ing)|bomb(?:ed|ing|ardment)|artillery)\b",
                        re.I)
#: What a navy's yard works on: "the drydocks of the Tallow yard", "landing ships"
_WARSHIP_WORDS = (r"warships?|frigates?|destroyers?|corvettes?|submarines?|"
                  r"(?:landing|patrol)[ \t]+(?:ships?|boats?|craft|vessels?)|gunboats?|"
                  r"mine(?:sweep|hunt)ers?")
WARSHIPS = re.compile(r"\b(?:" + _WARSHIP_WORDS + r"|dry[ \t-]?docks?|naval|navy|fleet)\b", re.I)


def military_port(sentence: str, around: str | None) -> bool:
    """Whether a port a sentence names is one navies or armies use: warships in its
    paragraph ``around`` (not a fishing fleet), or troops and their gear in its own
    sentence ("the brigade's tanks were unloaded at the Port of Gdańsk", "Alexandroupolis
    port, which US forces use"; not "market forces")."""
    return _NAVAL_PORT.search(sentence) is not None or _PORT_TROOPS.search(sentence) is not None \
        or around is not None and _NAVAL_PORT.search(around) is not None


#: A navy's words (a fleet in capitals only: "the Black Sea Fleet", not "a fishing fleet")
_NAVAL_PORT = re.compile(r"\b(?i:" + _WARSHIP_WORDS + r"|naval|navy|navies)\b|\bFleet\b")
_PORT_TROOPS = re.compile(r"\b(?:troops|soldiers|military|army|armou?red|brigades?|"
                          r"reinforcements?|ammunition|munitions)\b|(?<!market )(?<!economic )"
                          r"(?<!natural )(?<!labour )(?<!labor )(?<!social )\bforces\b", re.I)
_TITLE_CHARS = 200
_MILITARY = re.compile(r"\bmilitary\b", re.I)
#: A title line in capitals on ports, below a typescript's headers ("PORTS AND ANCHORAGES OF
#: KOREA" under "COMMANDER NAVAL FORCES, FAR EAST")
_PORTS_TITLE_IN_CAPITALS = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z,'’&-]*[ \t]+)*PORTS\b"
                                      r"(?:[ \t]+[A-Z][A-Z,'’&()-]*)*[ \t]*$")
_NAVIES = re.compile(r"\b(?:navy|navies|naval|warships?|PLAN|fleet)\b", re.I)


#: A list's item's opening: a bullet or a number
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")


def _list_item(sentence: str, around: str | None) -> str | None:
    """The whole item of a list a sentence opens ("- **Energiya plant** in Yelets. JSC
    Energiya makes ..."), to its line's end, from the paragraph ``around`` it; None for a
    sentence that opens no item."""
    if around is None or not _ITEM_OPENING.match(sentence) or \
            (at := around.find(sentence)) < 0:
        return None
    end = around.find("\n", at + len(sentence))
    return around[at:end if end >= 0 else len(around)]


#: A port's words that say which of a town's it is, no name: "the Vieux Port", "Old Port"
_OLD_PORT_WORDS = frozenset({"vieux", "old", "new", "inner", "outer", "main", "fishing",
                             "commercial"})


def _facility_in_port(toks: list[str], first: int) -> bool:
    """Whether the words before a port's name put something in it, or another facility at
    it ("BNS Issa Khan lies ... in Chattogram port", "the fuel depot at Kesk port"): the
    port is where it stands, not a site of its own (but "unloaded at Shuwaikh port")."""
    if first < 1 or toks[first - 1] not in ("in", "at"):
        return False
    return toks[first - 1] == "in" or any(_bare(t) in _HEAD_SET or _bare(t) in _WEAK_HEAD_SET
                                          for t in toks[max(0, first - 5):first - 1])


def _works_named_after(sentence: str, toks: list[str], kinds: list[str], first: int,
                       last: int, around: str | None = None,
                       report_works: frozenset[str] = frozenset()) -> bool:
    """Whether a chunk is a place's name and a civil head in small letters, in a sentence
    (or the paragraph ``around`` it) about the atom ("the Orvansk plant", "the Orvansk
    mine" of uranium ore)."""
    head = toks[last]
    if not (head[:1].islower() or _bare(head) in _TITLED_OWN_WORKS) or \
            _bare(head) not in _OWN_WORKS or first == last or kinds[first] != "proper" or \
            any(kinds[k] != "proper" and not (kinds[k] == "qualifier" and toks[k][0].isupper())
                and not (k == last - 1 and _bare(toks[k]) in ("oil", "gas")
                         and _bare(head) == "refinery" and toks[k][:1].islower())
                for k in range(first + 1, last)):
        return False  # (a compass word in capitals inside: "the Komaki South plant"; oil's
        # before a refinery: "the Ryazan oil refinery")
    if _bare(head) in report_works:
        return True  # a report on the atom: its "Cigar Lake mine" (not any "X plant")
    if _bare(head) == "anchorage":
        # "the Ulithi anchorage, ... the principal advanced fleet base": a fleet's, where
        # its sentence or paragraph speaks of warships or a navy
        return WARSHIPS.search(sentence) is not None or (
            around is not None and WARSHIPS.search(around) is not None)
    if _bare(head) == "port" and _PORT_STRUCK.search(sentence) and \
            not _facility_in_port(toks, first):
        return True  # "the small Salif port was hit in the same raids" (but "a naval
        # facility in Latakia port, struck ...": the port is where the facility is)
    one_name = not any(t.endswith((".", ":")) for t in toks[first:last]) and \
        country_of_word(toks[first]) is None  # (not "**Lithuania.** Palanga Airport")
    if _bare(head) == "airport" and one_name and (at := sentence.find(toks[first])) >= 0 and \
            (built := _BUILT_AS_AIRFIELD.search(sentence, at)) is not None and \
            not _OTHER_CLAUSE.search(sentence, at, built.start()):
        return True  # "Kochi Ryoma Airport ... was built as a navy airfield in 1944", "X
        # Airport, a former Soviet air base": an airport the sentence makes a military field
    if _bare(head) == "airport" and one_name and (at := sentence.find(toks[first])) >= 0 and \
            _AIRPORT_TAKEN.search(sentence, max(0, at - 30), at) and (
            _TROOPS_TAKE.search(sentence) or WAR_STRIKE.search(sentence)):
        return True  # "Navy SEALs attack Paitilla Airport", "paratroopers seized Hostomel
        # Airport", "missiles struck the Vinnytsia airport": a war's objective or target
    if _bare(head) == "refinery" and head[:1].islower() and (
            WAR_STRIKE.search(sentence) or around is not None and WAR_STRIKE.search(around)):
        return True  # "the Syzran refinery" in a paragraph of drones and strikes: a target
        # of the war (not a refinery named in an oil market's report)
    if _bare(head) == "port" and not _facility_in_port(toks, first) and \
            military_port(sentence, around):
        # "Chongjin port" in a paragraph of warships and navies: a port a navy uses or
        # watches, "unloaded at Shuwaikh port" (but "the naval facility in Latakia port":
        # where it is; "any Sri Lankan port", a country's; "the Vieux Port", an old town's)
        owner = " ".join(toks[first:last])
        return country_of_word(owner) is None and not is_demonym(owner) and not (
            last == first + 1 and _bare(toks[first]) in _OLD_PORT_WORDS)
    if head[:1].isupper() and _bare(head) == "cantonment":
        # "Kharian Cantonment, about 30 km north-west of Gujrat", "V Corps at Malir
        # Cantonment": a garrison in capitals, its name South Asia's word for one (but "the
        # Ordnance Factories at Wah Cantonment": the town another facility stands in)
        if first > 1 and toks[first - 1] in ("in", "at") and any(
                _bare(t) in _HEAD_SET or _bare(t) in _WEAK_HEAD_SET for t in toks[:first - 1]):
            return False
        # (not "the Mhow Cantonment Board", nor a firm's address: "Plot 7-A, Street 3,
        # Risalpur Cantonment, Nowshera District")
        return not _noun_after(toks, last) and not _ADDRESS_BEFORE.search(
            " ".join(toks[max(0, first - 4):first]))
    if _bare(head) in _TROOPS_HEADS and _NOT_TROOPS.search(sentence):
        return False  # a refugees' camp, a Telegram post, a news agency's post
    if _bare(head) == "camp":
        # (where troops are based: see findings_with_facility_words; "Bulford Camp ...
        # houses the headquarters of 3rd Division", in capitals, of a sentence of troops)
        # (or of its paragraph, for a camp in capitals: "Finner Camp, near Bundoran - is it
        # safe?" in a call-in on the Defence Forces' barracks and camps)
        return head[:1].islower() or _CAMP_WORDS.search(sentence) is not None or (
            head[:1].isupper() and around is not None
            and _CAMP_WORDS.search(around) is not None and _BARRACKS.search(around) is not None)
    if _bare(head) == "lines":
        # "the Gurkha battalion lives at Tuker Lines": a British garrison's barracks in
        # capitals, of troops in its sentence (not "front lines", "supply lines")
        return head[:1].isupper() and _CAMP_WORDS.search(sentence) is not None
    if _bare(head) in _TROOPS_HEADS:
        # "the Angoor Adda post, on the border, ... troops reported fire", "the Razmak
        # cantonment, the old hill station, ... on security along the frontier"
        after = _bare(toks[last + 1]) if last + 1 < len(toks) else ""
        placed = head.endswith((",", ".", ";")) or after in _POST_PLACED_AFTER or \
            _bare(head) != "post"
        # (or struck in a war: "targeted the enemy's Hermon outpost with drones"; not "the
        # checkpoint used in the drone study")
        return placed and (_TROOP_WORDS.search(sentence) is not None
                           or WAR_STRIKE.search(sentence) is not None
                           and _PORT_STRUCK.search(sentence) is not None)
    if _bare(head) == "yard" and WARSHIPS.search(sentence) and not any(
            t.isupper() or t.lower().endswith(("-run", "-owned", "-operated"))
            for t in toks[first:last]):
        return True  # "the drydocks of the Tallow yard ... the landing ships": a shipyard
        # (not a firm's: "the ASMAR yard", "the Babcock-run yard")
    if _bare(head) in _NAMED_WORKS and (item := _list_item(sentence, around)) is not None \
            and (arms_or_atoms(item) or _MAKES_ARMS.search(item)):
        return True  # "- **Avangard plant** in Sterlitamak. A chemical plant ... that makes
        # components for explosives": a list's item on a works of arms
    if _bare(head) not in _ATOM_OWN_WORKS:
        return False  # "the Gwadar port" only in a report on ports and navies, or struck
    if ATOMS.search(sentence) or (_bare(head) in _NAMED_WORKS and (
            _MAKES_ARMS.search(sentence) or _ARMS_NEAR.search(sentence))):
        return True
    # of the paragraph alone, not a sentence's first word ("Infrastructure works at X")
    return around is not None and ATOMS.search(around) is not None and \
        not sentence.lstrip(" \t\n*-•").startswith(toks[first])


def _guns_battery(sentence: str, toks: list[str], kinds: list[str], first: int, last: int,
                  around: str | None = None) -> bool:
    """Whether a chunk is a place's name and "battery" (or "fort", "citadel", "fortress"),
    in a sentence or paragraph of guns and forts (:data:`_GUNS`; a fort's: of guns alone,
    :data:`_FORT_GUNS`): "the Templebreedy battery ... carried the heaviest guns", "Nothe
    Fort ... armed through both world wars" (not a shop's batteries; a missile's is a
    weapon's name, which opens no site's)."""
    if not (_bare(toks[last]) in _GUN_HEADS and first < last and kinds[first] == "proper"):
        return False
    # (a fort's or a citadel's own words say nothing of guns: "the Red Fort ...; the fort
    # is now a museum"; its guns, magazines or ramparts do)
    guns = _GUNS if _bare(toks[last]) == "battery" else _FORT_GUNS
    return guns.search(sentence) is not None or \
        around is not None and guns.search(around) is not None


# What missiles do at a test range: "its warhead struck a target at the Tallow range",
# "tests took place at the Tallow range", "launches from the Kesk range"
_AT_A_RANGE = re.compile(r"\b(?:targets?|warheads?|interceptors?|impact(?:ed|s)?|"
                         r"splash(?:ed)?[ \t]+down|tests?|tested|launch(?:es|ed)?|fired)\b",
                         re.I)


#: ... and what troops do at a firing range: "the Tallow range on the coast is used in the
#: same exercises", "live firing at the Kesk range"
_AT_A_FIRING_RANGE = re.compile(r"\b(?:exercises?|drills?|live[ \t-]fir\w*|firing|artillery|"
                                r"gunnery|shooting)\b", re.I)


def _range_named_after(sentence: str, toks: list[str], kinds: list[str], first: int,
                       last: int) -> bool:
    """Whether a chunk is a place's name and "range" in small letters in a sentence of
    a missile's target ("a warhead struck a target at the Tallow range") or of troops'
    firing or exercises: a test or firing range named after the place, not a range of
    hills."""
    return toks[last] == "range" and first < last and all(
        kinds[k] == "proper" for k in range(first, last)) and (
        _AT_A_RANGE.search(sentence) is not None
        or _AT_A_FIRING_RANGE.search(sentence) is not None)


#: An army's training ground by its own name: "the Grafenwöhr Training Area".
_TRAINING_HEADS = frozenset({"Area", "Areas", "Ground", "Grounds", "Range", "Ranges",
                             "Camp",  # ("the Jazeera Training Camp")
                             # ("the Alpena Combat Readiness Training Center": of arms only)
                             "Center", "Centre", "Centers", "Centres"})
#: Words that make a "Training Center" an army's: "Combat Readiness", "Armed Forces",
#: "Fort Custer" (not a software firm's or a fire brigade's)
_ARMS_TRAINING = frozenset({"combat", "readiness", "army", "armed", "forces", "military",
                            "marine", "marines", "joint", "division", "guard", "naval",
                            "warfare", "infantry", "armor", "armour", "maneuver",
                            "manoeuvre", "nato", "fort", "camp", "regiment", "brigade",
                            "tactics", "airborne", "ranger", "jungle", "mountain",
                            "arctic", "sof", "force", "defence", "defense", "peacekeeping"})


#: A numbered paragraph's number before its first word ("3.1", "12.")
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.?")


#: What a tank holds when it is no weapon ("a water tank factory", "fuel tanks")
_LIQUID_WORDS = frozenset({"water", "fuel", "oil", "gas", "storage", "septic", "propane",
                           "petrol", "diesel", "hydrogen", "oxygen", "lpg", "ballast"})


def _training_area(toks: list[str], kinds: list[str], first: int, last: int,
                   around: str | None = None,
                   report_works: frozenset[str] = frozenset()) -> bool:
    """Whether a chunk is a place's name and "Training Area" (or Ground, Range): an army's
    training ground ("the Grafenwöhr Training Area", "the Krivolak training area", "the
    Tofta firing range"), not "a training area". ``report_works`` holds
    :data:`TRAINING_GROUNDS` for a report on an army's grounds (:func:`report_works`)."""
    while first < last and _PARAGRAPH_NUMBER.fullmatch(toks[first]):
        first += 1  # "3.1 Bradshaw Field Training Area is ...": a numbered paragraph's
    if last - first < 2 or kinds[first] != "proper" or \
            _bare(toks[last]).capitalize() not in _TRAINING_HEADS:  # "area." ends a sentence
        return False
    if toks[last - 1] == "Training" and _bare(toks[last]) in ("center", "centre", "centers",
                                                              "centres"):
        # an army's training centre by its words ("Combat Readiness", "Armed Forces") or
        # in a sentence of troops
        # (and by a place's or a person's name: the "Infantry Training Centre" a garrison
        # hosts is a school, not a site of its own)
        return all(toks[k][:1].isupper() for k in range(first, last + 1)) and (
            any(_bare(toks[k]) in _ARMS_TRAINING for k in range(first, last))
            or not _TROOPS.isdisjoint(map(_bare, toks))) and any(
            kinds[k] == "proper" and _bare(toks[k]) not in _ARMS_TRAINING
            for k in range(first, last - 1))
    if toks[last - 1] == "Training":
        return all(toks[k][:1].isupper() or _landscape_of(toks, kinds, k)
                   for k in range(first, last + 1)) and (
            _bare(toks[last]) != "camp"  # a camp of troops, not a football club's
            or not (_TROOPS | {"recruits", "officers"}).isdisjoint(map(_bare, toks)))
    # in small letters, in a sentence of troops ("a live-fire drill at the Krivolak training
    # area"; not a football club's "Cobham training ground")
    # (or of its paragraph: "The Alabino training ground, some 45 km south-west of
    # Moscow, is best known ..." after mobilised reservists trained there)
    return toks[last - 1] in _DRILL_WORDS and toks[last][:1].islower() and \
        all(kinds[k] == "proper" and (toks[k][:1].isupper() or _landscape_of(toks, kinds, k))
            for k in range(first, last - 1)) \
        and (not _TROOPS.isdisjoint(map(_bare, toks)) or around is not None and
             not _TROOPS.isdisjoint(_LOWER_WORD.findall(around.lower()))
             or TRAINING_GROUNDS in report_works)


def _landscape_of(toks: list[str], kinds: list[str], k: int) -> bool:
    """Whether token ``k`` is the "of" of a landscape's name ("the Glen of Imaal"), which
    :func:`_kinds` made part of the name."""
    return toks[k] == "of" and kinds[k] == "proper"


#: What troops do at a training ground, in small letters after its place's name.
_DRILL_WORDS = frozenset({"training", "firing", "gunnery", "bombing", "artillery"})
#: Words of a sentence about troops.
_TROOPS = frozenset({"troops", "soldiers", "drill", "drills", "exercise", "exercises",
                     "live-fire", "live-firing", "firing", "army", "armies", "brigade", "brigades",
                     "battalion", "battalions", "regiment", "artillery", "tanks", "nato",
                     "military", "marines", "infantry", "armoured", "armored", "mock",
                     "airdrop", "airdrops", "paratroopers", "manoeuvres", "maneuvers",
                     "helicopters", "launcher", "launchers", "missile", "missiles", "rocket",
                     "rockets", "weapons", "forces", "reservists", "mobilised", "mobilized",
                     # missile defence: "two Aegis Ashore sites, at the Araya training area"
                     "aegis", "interceptor", "interceptors", "radar", "radars"})


_LOWER_WORD = re.compile(r"[a-z][a-z-]*")


def _titled_works(word: str) -> bool:
    return word[:1].isupper() and _bare(word) in _NAMED_WORKS


@functools.lru_cache(maxsize=65536)
def _is_weak_head(word: str) -> bool:
    return _bare(word) in _WEAK_HEAD_SET


def _title_modifier(word: str, kind: str) -> bool:
    """Whether a word is a capitalised facility modifier: the kind of word that "and" joins
    inside one name ("Missile and Space Launch Facility", "Test and Training Base"), where
    two place names joined by "and" ("Natanz and Fordow plants") are two sites."""
    return kind in ("modifier", "head") and word[:1].isupper()


def _plural(word: str) -> bool:
    """Whether a head word is plural ("sites", "bases"; not "complex", "works")."""
    bare = _bare(word)
    return bare.endswith("s") and not bare.endswith("ss") and bare != "works"


def _joined(sentence: str, a: re.Match, b: re.Match) -> bool:
    """Whether two consecutive words can belong to one name (only spaces, one line break)."""
    gap = sentence[a.end():b.start()]
    m = _NAME_GAP.fullmatch(gap)
    return m is not None and a.group()[-2:] not in ("'s", "’s")


#: A gap that ends a line, a cell or a clause: the word after it may open a sentence
_SENTENCE_GAP = re.compile(r"[\n.,:;|*#(\[]")


@functools.lru_cache(maxsize=4096)
def _joining_gap(gap: str) -> bool:
    """Whether the text between two words lets them belong to one name (see :func:`_joined`)."""
    return _NAME_GAP.fullmatch(gap) is not None


class _Word:
    """A word of a sentence as the chunker reads it: what the readers use of a ``re.Match``
    of ``_TOKEN``, made only for the words of a chunk."""

    __slots__ = ("_text", "_start")

    def __init__(self, text: str, start: int):
        self._text = text
        self._start = start

    def group(self) -> str:
        return self._text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)


#: A record's field line: a label of one to three words and a colon ("  Address: ...")
_FIELD_LINE = re.compile(r"[ \t]*[A-Z][\w/-]*(?:[ \t][\w/-]+){0,2}:[ \t]")


def _chunks(sentence: str, around: str | None = None,
            report_works: frozenset[str] = frozenset()
            ) -> list[tuple[int, int, list[tuple[_Word, str]]]]:
    """Facility name chunks: runs of words ending in a head word, as ``(first, last, words)``
    with each word's kind; leading words that cannot start a name are dropped.

    The sentence is cut into words and the gaps between them in one call; offsets are
    summed, and a word becomes an object only when it is part of a chunk.
    """
    parts = _TOKEN_SPLIT.split(sentence)  # gap, word, gap, word, ..., gap
    toks = parts[1::2]
    kinds = _kinds(toks)
    for i in range(len(toks) - 1) if "Camp" in toks else ():
        if toks[i] == "Camp" and kinds[i] == "other" and not _joining_gap(parts[2 * i + 2]):
            kinds[i] = "head"  # "Terendak Camp (Kem Terendak)": the word after a bracket
            # or a comma opens no camp's name ("Camp Humphreys")
    if "rigade" in sentence and (MISSILE_BRIGADES in report_works
                                  or MISSILE_FORCES.search(sentence) or around is not None
                                  and MISSILE_FORCES.search(around)):
        for i in range(1, len(toks)):
            # "the Yuxi brigade, whose garrison lies in Yuxi": a missile force's brigade is
            # named after the town of its garrison (not "the 152nd Guards Missile Brigade")
            if _bare(toks[i]) == "brigade" and toks[i][0] == "b" and \
                    kinds[i - 1] == "proper" and toks[i - 1][:1].isupper() and \
                    _joining_gap(parts[2 * i]) and not _ORDINAL_WORD.fullmatch(toks[i - 1]):
                kinds[i] = "head"
            elif _bare(toks[i]) == "brigade" and _BRIGADE_NUMBER.fullmatch(toks[i - 1]) and \
                    _joining_gap(parts[2 * i]):
                kinds[i - 1], kinds[i] = "proper", "head"  # "the 611 Brigade": a number,
                # no ordinal's ending (not "the 152nd Missile Brigade", a unit)
    if "head" not in kinds:
        return []
    for i in range(1, len(toks) - 1) if "Is" in sentence else ():
        if toks[i] in ("Island", "Isle") and kinds[i] == "other" and kinds[i - 1] == "proper" \
                and kinds[i + 1] in ("proper", "modifier") and toks[i + 1][:1].isupper() and \
                _joining_gap(parts[2 * i]) and _joining_gap(parts[2 * i + 2]):
            kinds[i] = "proper"  # "the Barter Island Long Range Radar Site": the island's
            # name opens the site's
    if len(toks) > 1 and (row := ROW_NUMBER_CELL.match(sentence)) and row.group(1) == toks[0]:
        kinds[0] = "other"  # "NB-10  Værnes Air Station": a table row's number, its own cell
    if len(toks) > 1 and _SECTION_NUMBER.fullmatch(toks[0]) and \
            not sentence[:len(sentence) - len(sentence.lstrip())].strip():
        kinds[0] = "other"  # "7.2 Works finished": a report's section number, no name
    for k in range(len(toks) - 2):  # "the Pacific Missile Range Facility": a sea's word
        # opening a name in Title Case (not "Pacific staging bases", "the Baltic Fleet base")
        if toks[k] in _SEA_WORDS and kinds[k] == "other":
            j = k + 1
            # (a region's word may come first: "the Pacific Northwest National Laboratory")
            while j < len(toks) and kinds[j] in ("modifier", "proper") and \
                    toks[j][:1].isupper() and (kinds[j] == "modifier" or j - k <= 2):
                j += 1
            if k < j < len(toks) and kinds[j] == "head" and toks[j][:1].isupper():
                kinds[k] = "proper"
    for k in range(1, len(toks) - 1):  # "the Sa Dec naval base": a town's second word, no
        # month's "Dec" (a date's is after a number: "3 Dec")
        if toks[k] in MONTH_SHORT_NAMES and kinds[k] == "other" and kinds[k - 1] == "proper" \
                and toks[k - 1][:1].isupper() and kinds[k + 1] in ("modifier", "head") and \
                _joining_gap(parts[2 * k]) and _joining_gap(parts[2 * k + 2]):
            kinds[k] = "proper"
    for k in range(1, len(toks) - 2):  # "Mar del Plata Naval Base": no month's "Mar"
        if toks[k] in NAME_PARTICLES and toks[k - 1] in MONTH_SHORT_NAMES and \
                kinds[k + 1] == "proper":
            kinds[k - 1] = "proper"
    for k in range(len(toks) - 2) if "Jan" in toks else ():  # "the Jan Mayen Loran-C
        # station": a name's first word, no month's (a date's "Jan" is after or before a
        # number: "3 Jan", "Jan 3")
        if toks[k] == "Jan" and kinds[k + 1] == "proper" and toks[k + 1][:1].isupper() and \
                _joining_gap(parts[2 * k + 2]) and not (k and toks[k - 1][:1].isdigit()):
            kinds[k] = "proper"
    for k in range(1, len(toks) - 1) if "In" in toks else ():  # "the In Ekker test site",
        # "In Salah Air Base": a Saharan town's "In" ("the well of") inside a sentence is no
        # preposition (a preposition would be written "in")
        if toks[k] == "In" and kinds[k + 1] == "proper" and toks[k + 1][:1].isupper() and \
                _joining_gap(parts[2 * k + 2]) and not _SENTENCE_GAP.search(parts[2 * k]):
            kinds[k] = "proper"
    offsets = list(itertools.accumulate(map(len, parts)))
    starts = offsets[0::2]  # where each word starts (the end of the gap before it)
    gaps = parts[2::2]  # the gap after each word

    # a record's field on a line of its own joins no name across its line's end: "Address:
    # Tuticorin, Tamil Nadu" over "Heavy Water Plant Hazira"
    fields = {k for k in range(len(gaps) - 1) if "\n" in gaps[k] and _FIELD_LINE.match(
        sentence, sentence.rfind("\n", 0, starts[k]) + 1)} \
        if ":" in sentence and "\n" in sentence else ()

    # a table's row aligned with spaces: two spaces part its cells too ("Service  Site
    # Location" over its rows is no "Service Site")
    # (or one column's edge and three more gaps of two or three spaces: "YST-15-0031
    # 2015-03-26  Amanat al-Asimah  al-Dulaimi Air Base (...), 13 km N of Sanaa   -")
    # (not justified prose, whose words are all spread: a row's cells hold words one space
    # apart)
    columns = "    " in sentence and (
        (edges := len(_COLUMN_GAP.findall(sentence))) >= 2
        or edges == 1 and 3 <= len(_CELL_GAP.findall(sentence))
        <= len(_ONE_SPACE.findall(sentence)))

    def joined(k: int) -> bool:  # words k and k + 1 may belong to one name
        # (not after an owner's possessive: "the Philippines' EDCA sites"; nor a word not in
        # capitals over a line opening in capitals: a heading's last word over an item's
        # name, "East coast, Lincolnshire" over "DONNA NOOK AIR WEAPONS RANGE")
        return _joining_gap(gaps[k]) and toks[k][-2:] not in ("'s", "’s", "s'", "s’") \
            and k not in fields and not (columns and "  " in gaps[k]) and not (
                "\n" in gaps[k] and not toks[k].isupper() and len(toks[k + 1]) > 1
                and toks[k + 1].isupper() and toks[k + 1].isalpha())

    def joins_words(k: int, head: str) -> bool:  # "Missile and Space", "Test and Training"
        # of a plural head, "and" lists kinds: "Nuclear and Space Sites" are two kinds
        # (and in small letters: "the X missile research and development facility")
        return toks[k] == "and" and k > 0 and not _plural(head) and joined(k - 1) and (
            _title_modifier(toks[k - 1], kinds[k - 1])
            and _title_modifier(toks[k + 1], kinds[k + 1])
            or kinds[k - 1] == kinds[k + 1] == "modifier" and toks[k - 1].islower()
            and toks[k + 1].islower() and head.islower())

    def in_place_name(k: int) -> bool:  # "Gioia del Colle Air Base", "Praia da Vitória",
        # "San Antonio de los Baños Air Base" (two particles)
        if toks[k] not in NAME_PARTICLES or not 0 < k < n - 1 or not (
                joined(k - 1) and joined(k)):
            return False
        return (kinds[k - 1] == "proper" or k > 1 and toks[k - 1] in NAME_PARTICLES
                and kinds[k - 2] == "proper" and joined(k - 2)) and (
            kinds[k + 1] == "proper" or k + 2 < n and toks[k + 1] in NAME_PARTICLES
            and kinds[k + 2] == "proper" and joined(k + 1))

    n = len(toks)
    out = []
    next_i = 0
    for i in [i for i, k in enumerate(kinds) if k == "head"]:
        if i < next_i:
            continue
        # extend the head over following heads and title-case modifiers ("Launch Site Complex")
        last = i
        while last + 1 < n and joined(last) and (
                kinds[last + 1] == "head" or (kinds[last + 1] == "modifier"
                                              and toks[last + 1][0].isupper()
                                              and last + 2 < n
                                              and kinds[last + 2] == "head")):
            last += 1
        first = i
        particles = []
        while first > 0 and i - first < 7 and joined(first - 1) \
                and (kinds[first - 1] in ("modifier", "designator", "qualifier", "proper",
                                          "head", "admin") or joins_words(first - 1, toks[last])
                     or in_place_name(first - 1)):
            if kinds[first - 1] in ("qualifier", "designator") and not (
                    toks[first - 1][0].isupper() or kinds[first - 1] == "designator"):
                break
            if kinds[first - 1] == "modifier" and toks[first - 1].islower() and \
                    first < i and kinds[first] == "proper" and toks[first][:1].isupper() and \
                    first > 1 and joined(first - 2) and toks[first - 2][:1].isupper():
                break  # "Navy SEALs attack Paitilla Airport": a word in small letters
                # between capitalised words is the sentence's verb or noun, not the name's
                # (a lone one before is dropped later: "the fuel Tallow Plant")
            first -= 1
            if kinds[first] not in ("modifier", "designator", "qualifier", "proper", "head",
                                    "admin") and toks[first] != "and":
                particles.append(first)
        if first >= 2 and toks[first] == "Great" and toks[first - 1] == "the" and \
                kinds[first - 2] == "proper" and joined(first - 2) and joined(first - 1):
            first -= 2  # "the Peter the Great Military Academy": a tsar's name
        # "Malmstrom\nMalmstrom Air Force Base": a heading on a line of its own that the
        # paragraph under it repeats is no part of the name ("Walla\nWalla Air Base",
        # wrapped after other words, is a name of two words)
        br = next((k for k in range(first, i) if "\n" in gaps[k]), None)
        if br is not None and "\n" in (gaps[first - 1] if first else parts[0] or "\n") \
                and toks[first:br + 1] == toks[br + 1:2 * br + 2 - first]:
            first = br + 1
        next_i = last + 1
        heads = [toks[k] for k in range(first, last + 1) if kinds[k] == "head"]
        if all(_bare(w) == "tailings" for w in heads) and _OTHER_ORES.search(sentence):
            continue  # "the Kumtor tailings hold only gold-mine waste": no uranium's
        school = all(_bare(w) in SCHOOL_HEADS for w in heads)
        if school and any(_bare(toks[k]) in _CIVIL_SCHOOL_WORDS for k in range(first, last)):
            continue  # "the Army Public Schools": the army's schools for children
        defining = _SCHOOL_DEFINING if school \
            else _DEFINING - _SCHOOL_WORDS if any(
                _bare(w) in ("institute", "institutes") for w in heads) else _DEFINING
        if all(_bare(w) in _WEAK_HEAD_SET for w in heads) and not any(
                _bare(toks[k]) in defining or (_bare(toks[k]) in _YARD_MODIFIERS
                                               and _bare(toks[last]) in ("yard", "yards")
                                               and _SHIPS.search(sentence))
                # "the Ship Building Centre ... builds the Arihant class" (boats said outside
                # its name)
                or _bare(toks[k]) in _YARD_MODIFIERS and toks[last] in ("Centre", "Center")
                and _SHIPS.search(sentence[:starts[first]] + " "
                                  + sentence[starts[last] + len(toks[last]):])
                # "the Low Level Waste Repository" (not a waste water plant)
                or _bare(toks[k]) in ("waste", "spent") and _bare(toks[last]) in (
                    "repository", "repositories")
                # "the Ghulam Khan border post" (not a "border area")
                or _bare(toks[k]) in _FRONTIER_WORDS and _bare(toks[last]) in _FRONTIER_HEADS
                # a Soviet works that mines and mills uranium: "the Kara-Balta Mining
                # Combine", "the Navoi Mining and Metallurgical Combinat" (of the atom only)
                or _bare(toks[k]) in ("mining", "metallurgical") and _bare(toks[last]) in (
                    "combine", "combinat", "kombinat") and ATOMS.search(sentence)
                # "Gila Bend Air Force Auxiliary Field", "Outlying Field Tallow" (not an
                # "auxiliary building")
                or _bare(toks[k]) in ("auxiliary", "outlying") and _bare(toks[last]) in (
                    "field", "fields")
                # Iraq's arms works: "the Al Muthanna State Establishment"
                or toks[k] == "State" and toks[last] == "Establishment"
                # an armed service's school: "the Nigerian Defence Academy" (not a
                # "Defense Bureau", an office)
                or toks[k] in ("Defence", "Defense") and toks[last] in ("Academy", "College")
                # "Bama super camp": the Nigerian army's fortified garrison of a town
                or _bare(toks[k]) == "super" and _bare(toks[last]) == "camp"
                for k in range(first, last + 1)
                if kinds[k] == "modifier") and not (
                _titled_works(toks[last]) and all(toks[k][0].isupper()
                                                  for k in range(first, last + 1))
                and (ARMS_OR_ATOMS.search(sentence) or DEFENCE_INDUSTRY.search(sentence)
                     or _MAKES_ARMS.search(sentence) or ARMS_REPORT in report_works
                     or around is not None and (ARMS_OR_ATOMS.search(around)
                                                or DEFENCE_INDUSTRY.search(around)
                                                or _MAKES_ARMS.search(around)))) \
                and not _works_named_after(
                    sentence, toks, kinds, first, last, around, report_works) \
                and not _training_area(
                    toks, kinds, first, last, around, report_works) and not _range_named_after(
                    sentence, toks, kinds, first, last) and not _guns_battery(
                    sentence, toks, kinds, first, last, around):
            continue  # a "power plant", a "machine factory": not a facility of ours
        tail = _science_tail(toks, last, joined)
        if tail is None:
            continue  # "... Research Institute for Strategic Studies": a think tank
        if tail == last and "proper" in kinds[first:last]:
            # (a school of no name of its own before its words is named by what follows
            # "of" alone: "the Army Engineering University of PLA", read below)
            tail = _school_tail(toks, gaps, first, last, joined)
        kinds_here = {k: "modifier" for k in range(last + 2, tail + 1)}
        kinds_here[last + 1] = "other"
        last = max(last, tail)
        end = starts[last] + len(toks[last])
        if sentence[end - 1] == "." and _bare(toks[last]) not in ("no",):
            end -= 1  # a full stop ends the sentence, not the name
        # lower-case qualifiers ("new", "main") and sentence-initial capitals of common words
        # do not start a name
        while first <= last and kinds[first] == "qualifier" and not toks[first][0].isupper():
            first += 1
        if first <= last:
            kinds_here.update((k, "proper") for k in particles)
            words = [(_Word(toks[k], starts[k]), kinds_here.get(k, kinds[k]))
                     for k in range(first, last + 1)]
            out.append((starts[first], end, words))
    return out


#: Modifiers that make an institute a school or a think tank, not a facility: the "Naval
#: Institute", a "Military Institute", the "Air Force Institute of Technology".
_SCHOOL_WORDS = frozenset({"naval", "navy", "military", "army", "air", "strategic",
                           "weapons", "weapon", "fighter", "bomber"})
#: Schools, colleges and universities are ours only when an armed service's words define
#: them ("Higher Naval School", "Army War College", "Combined-Arms Command School")
SCHOOL_HEADS = frozenset({"school", "schools", "college", "colleges", "university"})
#: Ores other than uranium, whose mills' tailings are no site of ours
_OTHER_ORES = re.compile(r"\b(?:gold|copper|coal|zinc|lead|nickel|iron|silver|bauxite|"
                         r"phosphate|tin|mercury|antimony)(?:-mine|-mining)?\b", re.I)
#: ... and a civil school's words, which none of ours has ("Army Public Schools")
_CIVIL_SCHOOL_WORDS = frozenset({"public", "primary", "secondary", "elementary", "high",
                                 "girls", "boys", "grammar", "children", "children's",
                                 "nursery", "model", "civil", "salvation", "architecture"})
_SCHOOL_DEFINING = frozenset({"military", "naval", "navy", "command", "artillery", "tank",
                              "cadet", "cadets", "officer", "officers", "war", "army",
                              "combined-arms", "marine"})

#: Heads a field of science may follow: "Institute of Experimental Physics".
_SCIENCE_HEADS = frozenset({"institute", "institutes", "centre", "center", "laboratory",
                            "laboratories"})
#: The words of a field of science or engineering in an institute's name ("of Technical
#: Physics", "for Nuclear Science and Technology"); any facility modifier too.
_SCIENCE_WORDS = frozenset({
    "physics", "technical", "applied", "theoretical", "chemistry", "science", "sciences",
    "technology", "technologies", "engineering", "energy", "materials", "mechanics",
    "metallurgy", "radiation", "radiology", "instrument", "instruments", "automation",
    "instrument-making", "machine-building", "ballistics", "rocketry", "aviation",
    "armaments", "physical", "electrophysics", "radiophysics", "hydrodynamics",
    "thermophysics", "optics",
}) | _MODIFIER_SET
#: Words of a think tank's or a school's field: "for Strategic Studies", "of Public Policy".
_STUDIES_WORDS = frozenset({"studies", "policy", "affairs", "strategy", "security",
                            "peace", "relations", "analysis", "analyses", "economics",
                            "management", "law", "governance", "diplomacy"})


#: An armed service's school's heads, whose name may go on with "of" and its arm in capitals
#: ("Military Academy of the General Staff", "Higher Military School of Air Defence")
_SERVICE_SCHOOL_HEADS = frozenset({"academy", "school", "institute", "university", "college"})


def _school_tail(toks: list[str], gaps: list[str], first: int, last: int, joined) -> int:
    """Where an armed service's school's name ends that goes on after its head word with
    "of" and words in capitals ("the Timoshenko Military Academy of Radiological, Chemical
    and Biological Defence, in Kostroma"; "Military University of the Ministry of
    Defence"): the index of its last word, ``last`` when nothing such follows."""
    if _bare(toks[last]) not in _SERVICE_SCHOOL_HEADS or last + 2 >= len(toks) or \
            toks[last + 1] != "of" or not (joined(last) and joined(last + 1)) or not any(
                _bare(toks[k]) in _SCHOOL_DEFINING for k in range(first, last)):
        return last
    k, end = last + 2, last
    while k < len(toks) and k - last <= 8:
        word = toks[k]
        if not joined(k - 1) and not (
                k - 1 > last + 1 and gaps[k - 1].strip() == "," and k + 1 < len(toks)
                and toks[k + 1] == "and"):  # "of Radiological, Chemical and Biological ..."
            break
        if word[:1].isupper() and word[:1].isascii() and not word.isupper():
            end, k = k, k + 1  # (not an owner's initials: "University of PLA")
        elif word in ("the", "and", "of") and k + 1 < len(toks) and toks[k + 1][:1].isupper() \
                and joined(k):
            k += 1
        else:
            break
    if end == last + 2 and country_of_word(toks[end]) is not None:
        return last  # "the Naval Academy of Pakistan": its country's, no part of a name
    return end


def _science_tail(toks: list[str], last: int, joined) -> int | None:
    """Where a facility's name ends that goes on, after an institute's or a centre's head
    word, with "of" or "for" and a field of science in capitals ("Research Institute of
    Experimental Physics"): the index of the field's last word, ``last`` when no field
    follows, None when the field is a think tank's ("for Strategic Studies")."""
    if _bare(toks[last]) not in _SCIENCE_HEADS or last + 2 >= len(toks) or \
            toks[last + 1] not in ("of", "for") or not (joined(last) and joined(last + 1)):
        return last
    k, end = last + 2, last
    while k < len(toks) and toks[k][:1].isupper() and joined(k - 1):
        bare = _bare(toks[k])
        if bare in _STUDIES_WORDS:
            return None
        if bare not in _SCIENCE_WORDS:
            return last  # "of North Korea": an owner or a place, not a field
        end = k
        if k + 2 < len(toks) and toks[k + 1] == "and" and joined(k) and \
                toks[k + 2][:1].isupper():
            k += 2  # "Science and Technology"
        else:
            k += 1
    return end


# "... is a nuclear installation in X": the facility words describe a site already named.
_PREDICATE = re.compile(r"\b(?:is|was|are|were|remains|became|becomes|as)\s+(?:an?|one\s+of\s+the|"
                        r"the\s+\w+\s+of\s+an?)\s+(?:[\w-]+\s+){0,2}$", re.I)
# ... "INS Jarawa is the naval base in Port Blair": what a name is
_NAMED_IS_THE = re.compile(r"(?<![\w'’-])(?P<subject>(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]*)"
                           r"\s+(?:is|was|remains)\s+(?:now\s+|still\s+)?the\s+(?:[\w-]+\s+){0,2}$")
_IS_THE = re.compile(r"\b(?:is|was|are|were|remains|became|becomes)\s+(?:also\s+|now\s+)?"
                     r"the\s+$", re.I)
# (not a "deep space station" on the ground)
_SPACE_STATION = re.compile(r"(?<!deep[ \t])(?<!deep-)\bspace\s+stations?\b", re.I)
#: Plural heads of posts that stand apart: one place's "bases", "shipyards" or "military
#: installations" are several facilities there ("the Jacksonville bases", "Sicily's
#: military installations"), not one site; the parts of one facility ("the Khushab
#: reactors", "silos", "pads", "facilities") are not among them.
_GROUP_HEADS = frozenset({"bases", "airbases", "airfields", "shipyards", "dockyards",
                          "installations", "stations", "depots", "garrisons"})
#: ... and plural works in small letters: "the aircraft factories at X" (but one body's
#: name: "the Pakistan Ordnance Factories at X")
_WORKS_GROUP_HEADS = frozenset({"factories", "plants"})
# A body's word after a civil or weak head in capitals ("Warfare Center Aircraft Division",
# "Test Center Office"): the name is an organisation's, not a facility's
_ORG_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w-]*){0,2}?[ \t]+(?:Division|Directorate|"
                        r"Detachment|Department|Office|Agency|Branch)\b")
# ... after any facility words, a publication's or a company's word ("Fast Reactor
# Newsletter", "Tallow Shipyard Company")
#: A publication's words, closing its title: "Fast Reactor Newsletter", "... Sites Digest"
PUBLICATION_WORDS = ("Newsletter", "Journal", "Review", "Magazine", "Bulletin", "Gazette",
                     "Digest", "Monitor", "Quarterly", "Guide", "Handbook", "Yearbook", "Atlas",
                     "Register", "Database", "Directory", "Tracker", "Index", "Almanac")
_BODY_AFTER = re.compile(r"[ \t]+(?:" + "|".join(PUBLICATION_WORDS) + r"|"
                         r"Company|Corporation|Authority|Society|Association|Council|"
                         r"Committee|Foundation|Trust|Holdings|Group|Operator|Operators|"
                         # a firm's ("Tallow Nuclear Power Plant Ltd")
                         r"Ltd\.?|Limited|Inc\.?|Incorporated|LLC|PLC|plc|GmbH|AG|JSC|PJSC|"
                         r"S\.A\.?|Co\.|"
                         # a territory's ("the Western Sovereign Base Area")
                         r"Areas?(?![ \t]*\d))(?![\w'’-])")
# ... but a shipbuilder named after its one yard is the yard ("Cochin Shipyard Limited")
#: A trade's words, which name no place before a works' word ("Engineering Works")
_TRADE_WORDS = frozenset({"engineering", "machine", "machinery", "mechanical", "electrical",
                          "metal", "metals", "steel", "tractor", "motor", "automotive",
                          "instrument", "optical", "building", "printing", "textile"})
#: A firm's words between its name and its works' place ("Samsung Heavy Industries Geoje
#: Shipyard")
_FIRM_WORDS = frozenset({"industries", "shipbuilding", "corporation", "holdings"})
#: ... the heads of its works
_FIRMS_WORKS = frozenset({"shipyard", "yard", "dockyard", "plant", "works", "factory"})
#: A firm's ending after a name ("... Centre Limited", "... Group PLC", "... JSC")
_FIRM_AFTER = re.compile(r"[ \t]+(?:Ltd\.?|Limited|LIMITED|PLC|plc|Inc\.?|LLC|JSC|PJSC|OJSC|"
                         r"GmbH|S\.A\.|S\.p\.A\.|B\.V\.|N\.V\.)(?![\w'’-])")
#: ... a joint-stock company's, after a works' word: a post-Soviet firm named after its one
#: works is the works ("KRASNOYE SORMOVO PLANT PJSC", "the Arzamas Machine-Building Plant
#: JSC"), where a "Power Plant Ltd" is the plant's operator
_JOINT_STOCK_AFTER = re.compile(r"[ \t]+(?:JSC|PJSC|OJSC|CJSC)(?![\w'’-])")
#: ... of one works (not "United Heavy Machinery Plants JSC", a holding of several)
_ONE_WORKS = frozenset({"plant", "factory", "works", "zavod"})
_YARD_FIRM_AFTER = re.compile(r"[ \t]+(?:Ltd\.?|Limited)(?![\w'’-])")
# ... in capitals, after a name in capitals: a register's or a digest's title ("EXAMPLE AIR
# BASE HERITAGE REGISTER", "... STRATEGIC SITES DIGEST")
_CAPS_BODY_AFTER = re.compile(r"(?:[ \t]+[A-Z]+)?[ \t]+(?:"
                              + "|".join(w.upper() for w in PUBLICATION_WORDS) + r")(?![\w'’-])")
# "a PMF depot", "an IRGC missile base", "the only JASDF fighter base": a capitalised word
# after an indefinite article or "only", before facility words in small letters, says
# whose or what kind of facility (across a line break too); a place's is "the Sinpo shipyard"
_A_KIND_BEFORE = re.compile(r"(?:^|(?<![\w'’-]))(?:[Aa]n?|only)(?:[ \t]+|[ \t]*\r?\n[ \t]*)\Z")
# a list of places before a plural head: "the Sinpo and Mayang-do bases" are two bases
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&)[ \t]*(?:\r?\n[ \t]*)?\Z")
# ... or after it: "the air bases at Nur Khan and Masroor" are two bases
_LIST_AFTER = re.compile(r"[ \t]*(?:,|and\b|or\b|&)\s*(?:(?:at|in|near|of)\s+)?(?:the\s+)?"
                         r"[^\W\d_]")
# "The reactor, formerly known as X": the facility words are another name of a site.
_DESCRIBED_BEFORE = re.compile(r"(?:^|\b[Tt]he|\b[Ii]ts|\b[Tt]his)\s*$")
# A place name followed by one of these words is a region or a feature, not a town.
_FEATURE_AFTER = re.compile(
    r"[ \t]+(?:desert|mountains?|range|river|valley|sea|coast|bay|gulf|lake|plateau|plain|"
    r"peninsula|island|islands|region|area|province|county|district|basin|hills|strait|"
    r"delta|estuary|fjord|lagoon|steppe|archipelago|canyon|forest|marshes|highlands|"
    r"foothills"
    # (or an owner's holdings: "the most complex site in the NDA estate")
    r"|estate|portfolio|inventory|programme|program|network)\b",
    re.I)
#: The last word of a place's name that makes it a river's, a region's or a landform's
#: ("near the Yalu River", "in the Vistula Delta"): no place a facility is named after
#: ("Souda Bay", "China Lake" and "Woody Island" are).
_FEATURE_LAST = frozenset({"river", "delta", "estuary", "valley", "desert", "mountains",
                           "plateau", "plain", "basin", "hills", "region", "steppe", "sea",
                           "ocean", "strait", "straits", "forest", "highlands", "foothills",
                           "lagoon"})


# "... of X at Y": X owns what stands at Y
_AT_PLACE = re.compile(r"[ \t]+at[ \t]+(?:the[ \t]+)?[A-Z]"
                       # (or set off: "the main production site of Roketsan, near Elmadağ")
                       r"|,\s+(?:near|outside|at)\s+[A-Z]")


#: A report's section number opening a line ("7.2", "4.5.1")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")
#: A state's word and a language's, which name no place a facility stands at
_STATE_WORDS = frozenset({"sultanate", "kingdom", "emirate", "emirates", "republic",
                          "principality", "federation", "arabic", "farsi", "english",
                          "hebrew", "urdu", "hindi", "pashto", "dari", "swahili"})


def _a_feature(sentence: str, after: list) -> bool:
    """Whether the place words ``after`` name a region or a landform (or an owner's
    holdings), by the word after them ("the Negev desert", "the NDA estate") or their own
    last word ("the Yalu River")."""
    return _FEATURE_AFTER.match(sentence, after[-1].end()) is not None or (
        len(after) > 1 and _bare(after[-1].group()) in _FEATURE_LAST)
# (each run of blanks matched by one [ \t]* only: three in a row backtracked cubically on a
# long run of blanks after facility words, 9 s for 800)
_BLANK = r"(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)"  # spaces, at most one line break
# "a reprocessing plant has been built at X", "the pad built at X", "an enrichment site
# is believed to operate at X", "the base, located near X": a participle saying where the
# facility words stand
# (each alternative opens on its own word: no run of blanks is read two ways)
_STANDS = (
    # ("a uranium enrichment plant using an aerodynamic process was built at X")
    r"(?:" + _BLANK + r"(?:using|with)[ \t]+[^,.;:()]{1,60}?(?=" + _BLANK + r"(?:was|were)"
    + _BLANK + r"(?:built|constructed)" + _BLANK + r"(?:at|in|near)\b))?"
    r"(?:[ \t]*,)?(?:" + _BLANK + r"(?:(?:has|have|had)" + _BLANK + r"been|(?:is|are|was|were)(?:"
    + _BLANK + r"being)?|being)(?=" + _BLANK + r"[a-z]))?" + _BLANK
    + r"(?:built|constructed|located|situated|sited|based|housed|dug|hidden|buried|"
    r"identified|spotted|discovered|found|seen|observed|detected|imaged|photographed|"
    r"(?:believed|thought|said|reported|understood)" + _BLANK + r"to" + _BLANK
    + r"(?:be(?:" + _BLANK + r"(?:located|situated|based))?|operate|lie|stand))"
    r"(?=" + _BLANK + r"(?:at|in|near)\b)")
_PREP_AFTER = re.compile(
    r"(?:[ \t]*\([A-Z][A-Z0-9-]{1,9}\))?"  # "the Uranium Conversion Facility (UCF) in Isfahan"
    # ... or its name in the country's own words, in square brackets ("the 102nd Military
    # Base [102-я военная база] in Gyumri")
    r"(?:[ \t]*\[[^\[\]\n]{1,60}\])?"
    r"(?:" + _STANDS + r")?"
    r"[ \t]*(?:,(?=[ \t]*(?:at|near)\b)[ \t]*)?"  # "a carrier base, at Guzhenkou"
    r"(?:(?:\r\n?|\n)[ \t]*)?"
    r"(?P<prep>at|in|near|outside|of|on\s+the\s+outskirts\s+of|"
    r"close\s+to|around|just\s+outside)\s+(?:the\s+)?(?:(?:village|town|city|county)\s+of\s+)?"
    r"(?:\*\*|__)?",  # (a place in bold: "The fighter base at **Pajuostis**")
    re.I)


_IN_THE_BEFORE = re.compile(r"(?<![\w-])the\s+\Z", re.I)
_REGIONS_LISTED = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?){0,8}\s+"
                             r"(?:regions|provinces|oblasts|governorates|states|districts|"
                             r"counties|prefectures|krais)\b")
# A name as a report writes a town's: one to three capitalised words.
_TOWN_NAME = (r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:(?:de|del|da|do|dos|das|di|la|los|las)[ \t]+)"
              r"{0,2}[A-Z][\w'’-]*){0,2})")  # ("the town of San Antonio de los Baños")
#: What a report says to tell a town or a region from the facility named after it: "the
#: town of Dimona", "the small town of Tarapur", "Shorkot, a market town", "Taiyuan, the
#: provincial capital", "the Negev desert". Each is read from the word that says it (found
#: first, in one pass: a pattern opening on a name would be tried at every character).
_TOWN_WORDS = ("town", "city", "village", "hamlet", "township", "settlement", "capital")
_FEATURE_WORDS = ("desert", "mountains", "valley", "plateau", "plain", "basin", "hills",
                  "region")  # in any case: "the Kursk Region"
_TOWN_WORD = re.compile(r"\b(?:(?P<town>" + "|".join(_TOWN_WORDS) + r")|(?P<feature>(?i:"
                        + "|".join(_FEATURE_WORDS) + r")))\b")
# "the town of X": from the word
_TOWN_OF = re.compile(r"[a-z]+[ \t]+of[ \t]+(?:the[ \t]+)?" + _TOWN_NAME)
# "X, a market town", "X, the provincial capital": up to the word (a window before it)
_NAME_A_TOWN = re.compile(r"(?<![\w'’-])" + _TOWN_NAME + r",[ \t]+(?:an?|the|its)[ \t]+"
                          r"(?:[a-z][\w-]*[ \t]+){0,3}?\Z")
_NAME_THE_CAPITAL = re.compile(r"(?<![\w'’-])" + _TOWN_NAME + r",[ \t]+(?:an?|the|its)[ \t]+"
                               r"(?:[a-z][\w-]*[ \t]+){0,3}?provincial[ \t]+\Z")
# "the Negev desert"
_NAME_FEATURE = re.compile(r"(?<![\w'’-])" + _TOWN_NAME + r"[ \t]+\Z")
_BEFORE_WORD = 300  # characters before the word a name and its article can take
#: Town words that may follow a town's name in small letters: "east of Korla town"
_NAME_TOWN_WORDS = frozenset({"town", "city", "village", "township"})

# A distance just before "the town of X": the facility is measured from the town it is
# named after, whose name the report then gives the facility too ("Natanz").
_MEASURED_FROM = re.compile(r"\d[ \t]*(?:km|kilomet(?:er|re)s?|miles?|mi)\b[^.;,\n]{0,40}$")


def _town_words(text: str) -> list[tuple[int, str | None, str | None]]:
    """Where :data:`_TOWN_WORD` matches: ``(offset, town word, feature word)``, found by
    ``str.find`` of each word (a fifth of the regular expression's time on a long text)."""
    low = lowered(text)
    if low is None:
        return [(m.start(), m.group("town"), m.group("feature"))
                for m in _TOWN_WORD.finditer(text)]
    out = []
    for words, town in ((_TOWN_WORDS, True), (_FEATURE_WORDS, False)):
        for word in words:
            a = low.find(word)
            while a >= 0:
                e = a + len(word)
                if whole_token(low, a, e) and (not town or text[a:e] == word):
                    out.append((a, word, None) if town else (a, None, text[a:e]))
                a = low.find(word, a + 1)
    return sorted(out)


def _capitalised_before(text: str, at: int) -> bool:
    """Whether blanks then a run of word characters opening on A-Z end at ``at``: where a
    name of :data:`_TOWN_NAME` can end (checked before a pattern is tried)."""
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == at:
        return False
    j = k
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_'’-"):
        j -= 1
    return j < k and "A" <= text[j] <= "Z"


def towns_in(text: str) -> frozenset[str]:
    """The match keys of the names a text itself calls a town, a city, a village or a region
    ("the town of Dimona", "Shorkot, a market town", "east of Korla town", "the Negev
    desert"): in that report the name alone is the place, not the facility named after it
    ("the Dimona reactor").

    Examples
    --------
    >>> sorted(towns_in("The plant lies outside the town of Ardakan. Shorkot, a market "
    ...                 "town, has an air base."))
    ['ardakan', 'shorkot']
    """
    out = set()
    for a, town, feature in _town_words(text):
        start = max(0, a - _BEFORE_WORD)
        if feature:
            # the word just before is a name's last, capitalised (most often "the valley")
            found = [_NAME_FEATURE.search(text, start, a)] if _capitalised_before(text, a) \
                else []
        else:
            found = [] if town == "settlement" or text.rfind(",", start, a) < 0 else [
                (_NAME_THE_CAPITAL if town == "capital" else _NAME_A_TOWN).search(text, start, a)]
            if town in _NAME_TOWN_WORDS and _capitalised_before(text, a):
                found.append(_NAME_FEATURE.search(text, start, a))  # "east of Korla town"
            m = _TOWN_OF.match(text, a)
            if m and not _MEASURED_FROM.search(text, max(0, a - 60), a):
                found.append(m)  # not "30 km north-west of the town of Natanz": named
                # after it, afar
        for m in found:
            if m is None:
                continue
            words = m.group("name").split()
            # "In Shorkot, a town": each tail of the words may be the name
            out.update(k for i in range(len(words)) if (k := match_key(" ".join(words[i:]))))
    return frozenset(out)


def own_name(phrase: str) -> bool:
    """Whether a component's words are a name of their own ("5 MWe reactor", "Pilot Fuel
    Enrichment Plant"), not words for any such part ("enrichment plant")."""
    words = phrase.split()
    return any(ch.isdigit() for ch in phrase) or (
        len(words) >= 2 and sum(w[0].isupper() for w in words) >= 2
        and match_key(phrase) not in _KIND_NAMES
        and not (phrase.endswith("s") and match_key(_singular(phrase)) in _KIND_NAMES))


#: The names of a kind of facility, in capitals no name of one: "the Advanced Landing Ground
#: at Walong", "the Air Base at Kesk" (but "the Pilot Fuel Enrichment Plant" is Natanz's)
_KIND_NAMES = frozenset(map(match_key, (
    "air base", "airbase", "air force base", "air station", "air force station", "naval base",
    "naval station", "naval air station", "military base", "army base", "military airfield",
    "airfield", "landing ground", "advanced landing ground", "forward operating base",
    "missile base", "launch site", "launch pad", "test site", "military camp")))


def starts_with_facility_word(name: str) -> bool:
    """Whether a name begins with a facility word ("Fuel Enrichment Plant"), so that in a
    text it may be the tail of a longer name ("Fordow Fuel Enrichment Plant")."""
    words = name.split()
    return bool(words) and (_bare(words[0]) in _MODIFIER_SET or _bare(words[0]) in _HEAD_SET
                            or any(ch.isdigit() for ch in words[0]))


def name_stem(name: str) -> str:
    """A facility's name without its facility words: "Shahid Ali Mohammadi Nuclear
    Facility" -> "Shahid Ali Mohammadi", "the Fordow Fuel Enrichment Plant" -> "Fordow".

    Examples
    --------
    >>> name_stem("Fordow Fuel Enrichment Plant")
    'Fordow'
    """
    words = name.split()
    while words and _bare(words[0]) in ("the", "a", "an"):
        words.pop(0)
    while words and (_bare(words[-1]) in _HEAD_SET or _bare(words[-1]) in _WEAK_HEAD_SET
                     or _bare(words[-1]) in _MODIFIER_SET or _bare(words[-1]) in _QUALIFIERS):
        words.pop()
    return " ".join(words)


#: A mountain's word in a stem, in the languages names keep: "Kosvinsky Kamen" (камень,
#: "stone", in the Urals a mountain) is the "Kosvinsky Mountain" complex.
_MOUNTAIN_WORDS = re.compile(r"(?i)(?<![\w-])(?:mount|mountain|mt\.?|kamen|gora)(?![\w-])")


def stem_key(stem: str) -> str:
    """The key a stem is known by: its match key, without a word for a mountain when a
    name of four letters or more is left ("Kosvinsky Kamen", "Kosvinsky Mountain")."""
    rest = " ".join(_MOUNTAIN_WORDS.sub(" ", stem).split())
    return match_key(rest if len(rest) >= 4 and rest != stem.strip() else stem)


# A military airfield's or naval base's own word in the languages reports quote
# ("Vliegbasis Volkel", "Fliegerhorst Büchel", "Base Aérea de Morón", "İncirlik Hava Üssü"):
# the name without it is the place's, as the English name has it ("Volkel Air Base").
_LOCAL_BASE_WORDS = re.compile(
    r"^(?:Fliegerhorst|Flugplatz|Heeresflugplatz|Militärflugplatz|Marinefliegerstützpunkt|"
    r"Fliegerbasis|Marinestützpunkt|Vliegbasis|Vliegveld|"
    r"Marinebasis|Flygbas|Flygflottilj|Flyplass|Flystasjon|Lentotukikohta|Lentoasema|"
    r"Lotnisko(?:[ \t]+wojskowe)?|Aviabaza|Letiště|Letisko|Lanud|Pangkalan[ \t]+Udara|"
    r"Vazduhoplovna[ \t]+baza|Flådestation|"
    r"Base(?:[ \t]+(?:a[ée]rienne|a[ée]rea|naval|navale|"
    r"a[ée]ronavale|militare))(?:[ \t]+\d{1,3})?|Baza[ \t]+(?:lotnicza|lotnictwa|morska|"
    r"aerian[ăa])|Aeroporto[ \t]+militare|Aer[oó]dromo(?:[ \t]+militar[e]?)?)"
    r"(?:[ \t]+(?:de|di|da|do|del|van|von|of))?[ \t]+(?=\S)"
    # (Turkey's base words, not its yards' and barracks')
    r"|[ \t]+(?:" + "|".join(w.replace(" ", r"[ \t]+") for w in TURKISH_AFTER_WORDS
                           if "Üs" in w or "Meydan" in w)
    + r"|Flygplats|Flugplatz|"
    + NATIVE_STATION_ALTERNATIVES + r")$",
    re.I)


def local_stem(name: str) -> str:
    """A name without the local-language word for a military airfield or naval base
    that opens (or, in Turkish, ends) it: the place the English name is of.

    Examples
    --------
    >>> local_stem("Vliegbasis Volkel"), local_stem("Base Aérea de Morón")
    ('Volkel', 'Morón')
    >>> local_stem("Volkel")
    'Volkel'
    """
    stem = _LOCAL_BASE_WORDS.sub("", name.strip(), count=1).strip()
    return stem or name


# The words that open a base's name before its place ("Air Force Station Pathankot", "PAF
# Base Rafiqui", "RAAF Base Curtin", "Naval Air Station Sigonella", "RAF Lakenheath"): the
# name after them is the place's, as another report's "Pathankot air base" has it
_BASE_FIRST = re.compile(
    r"^(?:(?:[A-Z]{2,6}|Air[ \t]+Force|Naval|Navy|Army)[ \t]+)?"
    r"(?:Air[ \t]+Force[ \t]+Station|(?:Naval[ \t]+)?Air[ \t]+Station|Naval[ \t]+Station|"
    r"Air[ \t]+Base|Airbase|Naval[ \t]+Base)[ \t]+(?=[A-Z][a-z])"
    r"|^(?:[A-Z]{2,6}|Joint)[ \t]+Base[ \t]+(?=[A-Z][a-z])"  # "PAF Base X" (not "Base Camp")
    r"|^(?:RAF|RNAS|RAAF|RCAF|RNZAF|SLAF|AF[ \t]+Stn)[ \t]+(?=[A-Z][a-z])")


def base_place(name: str) -> str | None:
    """The place a base's name puts after the words for a base ("Air Force Station
    Pathankot" -> "Pathankot"), or None when it does not open with them.

    Examples
    --------
    >>> base_place("Air Force Station Pathankot"), base_place("PAF Base Nur Khan")
    ('Pathankot', 'Nur Khan')
    >>> base_place("Pathankot Air Base") is None, base_place("Base Camp") is None
    (True, True)
    """
    m = _BASE_FIRST.match(name.strip())
    if m is None:
        return None
    rest = name.strip()[m.end():]
    words = rest.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or \
            any(_bare(w) in _HEAD_SET or _bare(w) in _WEAK_HEAD_SET or _bare(w) in UNIT_WORDS
                for w in words):
        return None  # "Air Base Wing", "Base Operations Center": no place
    return rest


def is_tail_name(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` without its first words, both a facility's own name
    with a place word of its own left: a report that has written "the Shimon Peres Negev
    Nuclear Research Center" means it by "the Negev Nuclear Research Center" (not "the
    Research Center", nor "Nuclear Research Center": no place word is left).

    Examples
    --------
    >>> is_tail_name("Negev Nuclear Research Center",
    ...              "Shimon Peres Negev Nuclear Research Center")
    True
    >>> is_tail_name("Nuclear Research Center", "Negev Nuclear Research Center")
    False

    A base named by its number is named by it alone too ("Air Base 201" of "Tallowian Air
    Base 201"):

    >>> is_tail_name("Air Base 201", "Tallowian Air Base 201")
    True

    ... and a camp or a fort by its own name after its service's words:

    >>> is_tail_name("Camp Tallow", "Marine Corps Base Camp Tallow")
    True
    """
    a, b = short.split(), long.split()
    if not 1 <= len(b) - len(a) <= 3 or [w.lower() for w in b[-len(a):]] != [
            w.lower() for w in a]:
        return False
    heads = _HEAD_SET | _WEAK_HEAD_SET
    if len(a) >= 3 and a[-1].isdigit() and _bare(a[-2]) in _NUMBERED_HEADS:
        return all(w[:1].isupper() for w in a[:-1] + b[:len(b) - len(a)])
    first = b[:len(b) - len(a)]
    if a[0] in ("Camp", "Fort") and len(a) >= 2 and a[1][:1].isupper() and \
            all(w[:1].isupper() for w in first) and _bare(first[-1]) in heads:
        return True  # a camp's own name after its service's words: "Camp Lejeune" of
        # "Marine Corps Base Camp Lejeune"
    stem = name_stem(short)
    return bool(stem) and not stem[0].islower() and _bare(a[-1]) in heads \
        and all(w[:1].isupper() for w in b[:len(b) - len(a)])


def findings_in(sentence: str) -> list[Finding]:
    """Possible new sites in one sentence (offsets within it).

    Three shapes are read:

    - a facility's name: place words, then facility words ("the Sinpo South Shipyard",
      "Yongbyon Nuclear Scientific Research Center", "the Sinpo shipyard");
    - facility words, then a place ("a missile base near Yeongjeo-dong"): the site is
      named after the place; with a name of its own ("the 5 MWe reactor at Yongbyon",
      "the Fuel Enrichment Plant at Natanz") it is a *component* of what stands there;
    - "a second site, known as Sino-ri".

    Names of administrative areas ("a North Hamgyong Province base") are not sites.
    Whether a name is already a site, or a country or province, is for the caller.

    Examples
    --------
    >>> [f.site_name for f in findings_in("Boats left the Sinpo South Shipyard.")]
    ['Sinpo South Shipyard']
    >>> f, = findings_in("Steam rose from the 5 MWe reactor at Yongbyon.")
    >>> (f.parent, f.phrase)
    ('Yongbyon', '5 MWe reactor')
    """
    if not _HEAD_WORD.search(sentence):
        return []  # no facility word at all: most sentences, cheaply
    return findings_with_facility_words(sentence)


def findings_of_wrapped_cells(text: str, sentences: list[tuple[int, int]],
                              findings: list[Finding],
                              find: Callable[[str, bool, bool], list[Finding]]
                              ) -> list[Finding]:
    """``findings`` of a text's sentences, but those of the table cells that wrap over
    several lines read again in each such cell made one line (see
    :func:`.sentences.wrapped_cells`: "Dukovany Nuclear Power" over "Station (EDU)" is one
    name). ``find(cell, facility, may_name)`` gives a cell's findings, offsets within it
    (see :func:`facility_sentences`); they are put back at the cell's
    characters in ``text``, in the sentence their name starts in."""
    cells = wrapped_cells(text)
    if not cells:
        return findings
    parts = sorted(p for _, _, ps in cells for p in ps)
    starts = [a for a, _ in parts]

    def in_cell(at: int | None) -> bool:
        i = bisect.bisect_right(starts, at) - 1 if at is not None else -1
        return i >= 0 and at < parts[i][1]
    out = [f for f in findings if not (in_cell(f.start) or in_cell(f.full_start))]
    firsts = [a for a, _ in sentences]
    for cell, offsets, _ in cells:
        found: list[Finding] = []  # none in a cell with no word of a facility's name
        for _, facility, may_name in facility_sentences(cell, [(0, len(cell))], lowered(cell)):
            found = find(cell, facility, may_name)
        for f in found:
            aliases = aliases_after(cell, f.span_end)
            i = bisect.bisect_right(firsts, offsets[f.start]) - 1
            if i < 0 or offsets[f.start] >= sentences[i][1]:
                continue
            f.aliases = [(t, offsets[o]) for t, o in aliases]
            f.start, f.end = offsets[f.start], offsets[f.end - 1] + 1
            if f.full_start is not None:
                f.full_start = offsets[f.full_start]
            if f.parent_start is not None:
                f.parent_start = offsets[f.parent_start]
            if f.stop is not None:
                f.stop = offsets[f.stop - 1] + 1
            f.sentence = sentences[i]
            out.append(f)
    return sorted(out, key=lambda f: f.start)


#: Words of the arms industry ("defence industry", "tank plant", "ammunition")
_ARMS_TRADE_WORDS = re.compile(r"(?i:\bdefen[cs]e[ \t-]+(?:industr|enterprise|complex)|\barms\b|"
                            r"\bammunition\b|\bmunitions\b|\bmissiles?\b|\bweapons\b|"
                            r"\bmilitary[ \t-]+industr)")


#: A text's words of armed forces (what makes its column of "Centre" or "Station" theirs)
_FORCES_TEXT = re.compile(r"\b(?:armed[ \t]+forces|military|army|navy|naval|air[ \t]+force|"
                          r"troops|garrisons?)\b", re.I)


def site_column_findings(text: str, sentences: list[tuple[int, int]],
                         findings: list[Finding]) -> list[Finding]:
    """The sites a table's column of sites names (see :func:`.sentences.site_column_cells`:
    "| 7 | Entebbe | Entebbe, Uganda |" under "| # | Site | Where |") where none of
    ``findings`` (of the whole text) covers the name: a bare place there is a base, as its
    header says. Not a country, nor a people's word ("Chinese PLA Support Base" is read by
    the facility words), nor a unit's name."""
    out: list[Finding] = []
    starts = [a for a, _ in sentences]
    cells = site_column_cells(text)
    named = {match_key(n) for f in findings for n in (f.site_name, f.full) if n} \
        if cells else set()
    arms = None  # whether the text speaks of arms (asked once, for a register's enterprises)
    military = None  # ... or of armed forces (for a column of centres or stations)
    for name, at, kind in cells:
        end = at + len(name)
        first = name.split()[0]
        if any(f.start < end and at < f.span_end for f in findings) or \
                first.lower() in STOPWORDS or is_demonym(first) or country_of_word(name) or \
                any(w.lower() in UNIT_WORDS for w in name.split()):
            continue  # ("Fighter Wing Skrydstrup": the unit, its base named beside it)
        i = bisect.bisect_right(starts, at) - 1
        if i < 0 or end > sentences[i][1]:
            continue
        # (a column of airfields may name an airport: "Hostomel airport", all its name)
        words = FACILITY_PHRASE.search(name) or re.search(r"(?i:airport|aerodrome)$", name)
        if kind == "enterprise":
            # a register's enterprises are works of ours in a text on arms (not a table of
            # banks and airlines)
            if arms is None:
                arms = bool(_MAKES_ARMS.search(text) or _ARMS_TRADE_WORDS.search(text))
            if not arms:
                continue
            kind = "production"
        phrase = "airfield" if kind == "airbase" else "works" if kind == "production" \
            else "base"
        # (a register of works names each by its maker's name: "Zastava Arms"; a site the
        # text names elsewhere is named so: "| Schacht Konrad | Germany |", no "base"; a
        # column of centres or stations gives each its own name: "Campo de Mayo")
        own = words is not None or kind in ("production", "own") or match_key(name) in named
        if kind == "own":
            # a column of centres or stations of the forces' or the atom's only (not a table
            # of weather stations, TV stations or summer camps)
            if military is None:
                military = bool(_FORCES_TEXT.search(text) or ARMS_OR_ATOMS.search(text))
            if not military:
                continue
            kind, phrase = "other", "site"
        if (airport := _CELL_AIRPORT.fullmatch(name)) is not None:
            # "Marib airport": Marib's, the place its name is read as ("Marib" the town)
            out.append(Finding(airport.group(1), "airport", "airbase", at,
                               at + len(airport.group(1)), sentences[i], full=name,
                               full_start=at, stop=end, described=True))
            continue
        out.append(Finding(name, phrase, kind, at, end, sentences[i],
                           full=name if own else None, full_start=at if own else None,
                           stop=end, described=True))
    return out


#: A table's cell that names an airport: its town's name, then "(International) Airport"
_CELL_AIRPORT = re.compile(r"(.+?)[ \t]+(?:International[ \t]+)?(?i:airport|aerodrome)")


#: An aircraft or engine maker's words (see .descriptions.company_works_in)
_AIRCRAFT_FIRMS = tuple(f"{a} {b}" for a in ("aircraft", "engine", "helicopter")
                        for b in ("industry", "industrial", "industries", "corporation",
                                  "company", "group", "factory", "works", "manufacturing"))


def facility_sentences(text: str, sentences: list[tuple[int, int]], low: str | None = None
                       ) -> Iterator[tuple[int, bool, bool]]:
    """The sentences that may name a new site, in order, as ``(index, facility,
    may_name)``: ``facility`` when the sentence has a facility word (what
    :func:`findings_in` and the described names of :mod:`.descriptions` need), else it
    has only "Fort" (of "Fort Meade") or "based" (of "F-35As are based at X");
    ``may_name`` False when it has none of the words of "known as X". The words are
    looked for once in the whole text (``low`` is :func:`.scan.lowered` of it; None looks
    sentence by sentence), each as a whole word, as ``_HEAD_WORD`` does."""
    if low is None:
        for i, (a, b) in enumerate(sentences):
            yield i, _HEAD_WORD.search(text[a:b]) is not None, True
        return
    spans = SentenceSpans(sentences)
    found: dict[str, set[int]] = {"facility": set(), "naming": set(), "fort": set()}
    for last, (size, kind) in _facility_scanner().iter(low):
        start = last - size + 1
        if whole_token(low, start, last + 1):
            i = spans.holding(start, last + 1)
            if i is not None:
                found[kind].add(i)
    for m in _SWEDISH_WING_AT.finditer(low):  # ("F 7 Såtenäs": .descriptions reads it)
        if (i := spans.holding(m.start(), m.end())) is not None:
            found["fort"].add(i)
    for m in _GLUED_BARRACKS_LOW.finditer(low):  # ("the Hindenburgkaserne": .descriptions)
        if (i := spans.holding(m.start(), m.end())) is not None:
            found["fort"].add(i)
    for m in INITIALS_AT_PLACE.finditer(text):  # ("JFC Brunssum, in Brunssum")
        if (i := spans.holding(m.start(), m.end())) is not None:
            found["fort"].add(i)
    facility, naming = found["facility"], found["naming"]
    for i in sorted(facility | found["fort"]):
        yield i, i in facility, i in facility and i in naming


#: A site named by initials and the place it is at, then that place again: "JFC Brunssum,
#: in Brunssum", "CRC Glons, in Glons", "APS-2 Dülmen, in Dülmen", "NATO School
#: Oberammergau, in Oberammergau" (a command's, a depot's or a school's initials: what
#: they stand for is no matter, the place said twice makes it a site's name; read by
#: :func:`.descriptions.initials_at_their_place_in`)
INITIALS_AT_PLACE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][A-Z0-9-]{1,9}(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2}?\s+"
    r"(?P<place>[A-ZÀ-ÖØ-ÞİŞ][\w'’-]+))[ \t]*,\s+(?:in|at|near)\s+(?P=place)(?![\w'’-])")
#: A barracks' word glued to its name ("Hindenburgkaserne", "Postkazerne"), lower-cased
_GLUED_BARRACKS_LOW = re.compile(r"[a-zäöüß-]ka[sz]erne\b")
#: Where a Swedish wing may be named by its number and town ("F 7 Såtenäs"), lower-cased
_SWEDISH_WING_AT = re.compile(r"(?<![\w.-])f ?(?:[1-9]|1\d|2[01])[ \t]+[a-zåäö]")


#: Words that open a facility's name with no facility word in it ("Fort Meade", "Naval
#: Support Activity Bahrain", "United States Fleet Activities Yokosuka", "Camp Lemonnier",
#: "RAF Lakenheath", "AWE Aldermaston"):
#: the sentences holding one are read by :func:`.descriptions.head_first_in` too.
_NAMED_FIRST = ("fort", "activity", "camp", "raf", "raaf", "rmaf", "rnzaf", "rcaf", "rnas", "nas",
                "activities", "naf", "mcas", "jb", "jbsa", "afb", "cfb", "hmnb", "rnad", "nsa",
                "nsf", "navsta", "nws", "nsb", "mcb", "usag", "awe", "cea", "afs", "angb",
                "arb", "jrb", "naws", "subase", "navbase", "cfs", "slaf", "stn", "fol", "rrh",
                "fob", "rafo", "cob", "cos", "cop", "lsa", "jss", "mob", "prt",
                # a British munitions depot ("Defence Munitions Glen Douglas"), a Russian
                # works ("NPO Energomash"), a British defence laboratory ("Dstl Porton Down")
                "munitions", "npo", "dstl", "mod", "rae", "rre", "awre",
                # Britain's signals intelligence agency at a station ("GCHQ Bude"), a
                # Canadian ammunition depot ("CFAD Bedford")
                "gchq", "cfad",
                # the Spanish- and Portuguese-speaking world's arms works ("Fábrica Militar
                # Río Tercero")
                "fábrica", "fabrica",
                # a navy's shore establishment named like a ship ("INS Rajali"), a French
                # air base by its number ("BA 113")
                "ins", "hms", "hmas", "hmcs", "hmnzs", "pns", "bns", "slns", "nns", "ba", "ban",
                # an air base's initials after its name ("Incirlik AB")
                "ab",
                # a Colombian air combat command by its number ("CACOM 1")
                "cacom",
                # an outpost named after its reef or island ("Fiery Cross Reef")
                "reef", "reefs", "island", "islands", "atoll", "shoal", "cay",
                # a radar named after its place ("the Korla radar": descriptions.radar_sites_in)
                "radar",
                # "Cooperative Security Location Comalapa", "Combat Outpost Keating"
                "location", "outpost",
                # ... and in Vietnam, "Firebase Ripcord", "Landing Zone X-Ray", "LZ Albany"
                "firebase", "zone", "lz",
                # a base named in its country's language ("Fliegerhorst Büchel",
                # "Aeroporto Militare di Amendola": descriptions.NATIVE_BASE_WORDS)
                "fliegerhorst", "flygbas", "vliegbasis", "flugplatz",
                "aeroporto", "aeródromo", "aerodromo", "baza", "marinebasis",
                # (and a French or Spanish airport in a translation: "the aérodrome de Kandi")
                "aérodrome", "aéroport", "aeropuerto",
                "marinestützpunkt", "stazione", "lanud", "lanal", "lantamal", "pangkalan",
                "heeresflugplatz", "lanudal", "satrad", "garnison", "posádka", "kasárna",
                "militärflugplatz", "marinefliegerstützpunkt", "marinefliegerhorst",
                "truppenübungsplatz",
                "waffenplatz", "schießplatz", "letiště", "letisko", "vazduhoplovna",
                "lotnisko", "flådestation", "uzina", "fuerte", "vojenský", "grupo",
                "caserma", "caserne", "kaserne", "cuartel", "quartel", "kamp", "atelier",
                "poudrerie",
                "quartier", "acuartelamiento", "estación", "arsenal", "polígono", "poligono",
                "campo", "arsenale",
                # ... and its schools ("Escuela Militar de Montaña", "Colegio Militar de la
                # Nación", "Academia Militar del Ejército Bolivariano")
                "escuela", "colegio", "academia",
                # ... and the Second World War's pens, headquarters and forts ("U-Boot-Bunker
                # Kilian", "Führerhauptquartier Adlerhorst", "Ouvrage Hackenberg")
                "u-boot-bunker", "führerhauptquartier", "kriegsmarinewerft", "ouvrage",
                "port wojenny", "bateria",
                # ... and its battalions' garrisons ("Batallón Pichincha"), its headquarters
                # ("Gran Cuartel General de Miraflores")
                "batallón", "batallon", "gran",
                # ... and a Spanish-speaking army's camps, detachments, zones, forts and
                # yards ("Campamento Columbia", "Zona Militar No. 21", "Astillero de Marina
                # No. 1"), an air force's maintenance field ("Área de Material Río Cuarto")
                "campamento", "destacamento", "zona", "fortaleza", "astillero", "área",
                # ... and Brazil's frontier platoons ("PEF Cucuí")
                "pelotão", "pef",
                # ... its army's ammunition depots and regional commands, Italy's military
                # works ("Polvorín de Fuencarral", "Comandancia General de Ceuta",
                # "Stabilimento Militare Propellenti", "Fabbrica d'Armi di Terni")
                "polvorín", "polvorin", "comandancia", "stabilimento", "fabbrica",
                # ... and German-speaking armies' depots, works, barracks and schools
                # ("Munitionslager Großmittel", "Sprengstoffwerk Allendorf")
                "munitionslager", "munitionsdepot", "sondermunitionslager", "giftgasdepot",
                "sprengstoffwerk", "munitionsfabrik", "pulverfabrik", "eidgenössische",
                "schiessplatz", "luftwaffenkaserne", "marineschule", "marinetechnikschule",
                "marineoperationsschule", "marineunteroffizierschule", "unteroffizierschule",
                "marinearsenal",
                # ... and a Russian or Ukrainian plant by its word ("Zavod Arsenal"), the
                # former Yugoslavia's barracks, forts and airfields ("vojarna Turanj",
                # "kasarna Bileća", "tvrđava Mamula", "aerodrom Ponikve")
                "zavod", "vojarna", "kasarna", "tvrđava", "aerodrom", "letjelište",
                # forts in their own languages ("Forte Airolo", "Festung Fürigen"), and
                # Scandinavian ranges and camps ("Halkavarre skytefelt", "Skjold leir")
                "forte", "fortezza", "festung", "festungsgebiet", "skytefelt", "øvingsfelt",
                "twierdza", "poste",
                "leir", "skjutfält", "övningsfält", "lejr", "øvelsesterræn", "skydeterræn",
                "festning", "fæstning", "fästning", "kastell", "varuskunta", "linnake",
                "lennubaas", "linnak", "harjutusväli", "radarijaam", "lennuväli", "fortas",
                "cietoksnis", "regemente", "esikunta", "garnisonen", "estação", "orlogsstasjon",
                "varv", "artilleriregemente", "amfibieregemente", "luftvärnsregemente",
                "ingenjörregemente", "trängregemente", "signalregemente",
                "garnizon",
                # ... and Switzerland's training grounds in French and Italian ("Place
                # d'armes de Bière", "Piazza d'armi d'Isone")
                "d'armes", "d’armes", "d'armi", "d’armi", "armes", "armi",
                "kystvaktbase", "marinebase", "poligon", "centralny", "kem", "pangkalan",
                "objekt", "obiekt", "zakłady", "fabryka",
                # the Second World War's batteries, bunkers and prisoners' camps ("Batterie
                # Todt", "Bunker Valentin", "Stalag Luft III")
                "batterie", "bunker", "stalag", "oflag", "dulag", "marlag",
                *NATIVE_STATION_WORDS,
                # ... Turkey's, after the name ("Gölcük Deniz Üssü", "Gölcük Tersanesi")
                *{w.split()[-1].lower() for w in TURKISH_AFTER_WORDS},
                # ... and an atomic or a launch centre ("Centro Atómico Ezeiza")
                "centro", "central", "centrale", "complejo", "complexo",
                # ... a German plant or store ("Kernkraftwerk Grohnde", "Zwischenlager
                # Gorleben")
                "kernkraftwerk", "atomkraftwerk", "zwischenlager",
                "brennelemente-zwischenlager", "endlager", "transportbehälterlager",
                "behälterlager", "schacht",
                # a Soviet army's compound by its number ("Military Compound 19")
                "compound")


#: Words of military aircraft based at or flying from a place ("F-35As are based at X"): the
#: sentences holding one are read by :func:`.descriptions.air_bases_flown_from` too.
_BASED_WORDS = ("based", "stationed", "fly", "flies", "flying", "flown", "operate",
                "operates", "operating",
                # a flying unit at a place ("the fighter regiment at X")
                "regiment", "regiments", "squadron", "squadrons", "wing", "wings",
                # military aircraft at or from a place ("F-16s at X", "fighters from Y")
                "fighters", "bombers", "jets", "interceptors", "tankers", "rafales",
                "mirages", "typhoons", "tornados", "gripens", "sukhois", "migs", "hornets",
                "eagles", "vipers", "falcons", "tucanos", "kfirs",
                # a list's item: "Engels, Saratov Oblast: home of the Tu-95 bombers"
                "home",
                # places that host aircraft ("Volkel and Kleine Brogel host F-16s":
                # descriptions.air_bases_hosting)
                "host", "hosts", "hosted", "houses", "housed",
                # a nuclear test's place ("nuclear tests at Tallow", "the test shafts at
                # Kesk": descriptions.nuclear_test_sites_in)
                "tests", "shafts", "bomb", "bombs",
                # missiles, warships or munitions kept or made at a place ("missiles are
                # deployed at X", "munitions stored at Y", "ammunition is made at Z":
                # descriptions.weapons_kept_at)
                "deployed", "garrisoned", "stored", "stockpiled", "homeported", "made",
                "produced", "manufactured", "assembled", "filled")


#: Arms makers whose works the industry's writing names by the maker and the town ("Nammo
#: Lapua", "MBDA Bolton"; see .descriptions.company_works_in; "Werk", a German works)
ARMS_MAKERS = ("Rheinmetall", "Nammo", "MBDA", "MBDA Italia", "BAE Systems", "Chemring",
               "Thales", "KNDS", "Eurenco", "Nitrochemie", "Diehl", "Hensoldt", "Roxel",
               "Patria", "Saab", "Kongsberg", "Raytheon", "Avio", "Explosia", "Mesko", "Forcit",
               "Bofors", "Nexter", "ArianeGroup", "Aubert & Duval", "Dynamit Nobel", "KMW",
               "Krauss-Maffei Wegmann", "Lockheed Martin", "General Dynamics", "Northrop Grumman",
               "Elbit", "Roketsan", "Aselsan", "Baykar", "Hanwha", "Poongsan", "Denel",
               "Colt Canada", "Simmel Difesa", "Leonardo", "Fincantieri", "Naval Group",
               "Rafael", "Nitro-Chem", "Navantia", "Fiocchi", "Beretta", "Pindad", "Armscor",
               "Werk")


@functools.lru_cache(maxsize=1)
def _facility_scanner():
    """An automaton over the facility words (``_HEAD_WORD``'s), the words of "known as
    X" (``_KNOWN_AS``'s first words) and "fort" (a name put first: "Fort Meade"; and the
    other words that readers of :mod:`.descriptions` need: "based", "MW")."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in _HEADS + _WEAK_HEADS + _SOMETIMES_HEADS:
        automaton.add_word(word, (len(word), "facility"))
    for word in _NAMING_WORDS:
        automaton.add_word(word, (len(word), "naming"))
    # (and a power: "OPAL, Lucas Heights, Australia — 20 MW" lists a research reactor; a
    # command's headquarters: "the Black Sea Fleet headquarters in Sevastopol")
    # (an army's command of a region: "the Northern Regional Military Command, in
    # Myitkyina"; a Thai air force wing's base: "Kong Bin 1 at Korat"; a Vietnamese
    # airfield: "Sân bay Kép")
    for word in _NAMED_FIRST + _BASED_WORDS + _AIRCRAFT_FIRMS + (
            "mw", "headquarters", "command", "kong bin", "sân bay", "markaz",
            *(m.lower() for m in ARMS_MAKERS)):
        if word not in _HEADS + _WEAK_HEADS:  # "camp" is both: a facility word first
            automaton.add_word(word, (len(word), "fort"))
    automaton.make_automaton()
    return automaton


#: An ordinal ("201st"), a pattern for other readers to build on
ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
#: An ordinal right before a name's first word ("the 7th Tactical Air Base", "the 91st Air
#: Force Base Zagreb-Pleso")
ORDINAL_BEFORE = re.compile(rf"(?<![\w.,]){ORDINAL}[ \t]+\Z")
# ... or before a people's word, which is no place ("the 102nd Russian Military Base")
# The word that makes capitalised words before it a body's name ("Royal Australian Air Force")
_SERVICE_AFTER = re.compile(r"(?:\s+and(?:\s+[A-Z][\w'’-]*){1,2})?"  # ("Mechanical and
                            # Chemical Industry")
                            r"\s+(?:Force|Forces|Navy|Army|Corps|Command|Guard|Ministry|"
                            r"Agency|Company|Corporation|Authority|University|Institute|"
                            r"Industry|Industries|Group|Holding|Holdings)\b")
# A people's word in capitals right before a name's facility words ("the Belarusian Nuclear")
_PEOPLE_NAMED = re.compile(r"(?<![\w'’.-])(?:[Tt]he[ \t]+)(?P<people>[A-Z][a-z]+)[ \t]+\Z")
_ORDINAL_NAMED = re.compile(rf"(?<![\w.,]){ORDINAL}[ \t]+(?P<people>[A-Z][a-z]+)[ \t]+\Z")


#: A place's other name in brackets, in capitals, in a list ("at Fiery Cross Reef (Yongshu
#: Jiao), Subi Reef and ..."; not an acronym: "the bases of the Chilean Air Force (FACh)")
_OTHER_NAME_AFTER = re.compile(r"[ \t]*\([A-Z][a-z'’-]{2,}(?:[ \t][A-Z][\w'’-]*){0,3}\)")


def _past_bracket(sentence: str, end: int) -> int:
    """Where a list goes on after a place's name ending at ``end``: past the other name
    in brackets that may follow it."""
    m = _OTHER_NAME_AFTER.match(sentence, end)
    return end if m is None else m.end()


def _places_listed_after(sentence: str, b: int) -> bool:
    """Whether a preposition after ``b`` opens a list of places closed by "and" ("at
    Kesk and Tallow", "at Nur Khan, Murid and Rafiqui")."""
    prep = _PREP_AFTER.match(sentence, b)
    after = _words_after(sentence, prep.end()) if prep else None
    return bool(after) and (_and_prep_after(sentence, after[-1].end()) is not None
                            or _CLOSED_LIST.match(sentence, after[-1].end()) is not None)


_IN_AFTER = re.compile(r"[ \t]+in[ \t]+")
#: A count before plural facility words: "two other sites", "several new bases"
_COUNT_BEFORE = re.compile(r"(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|several|"
                           r"a[ \t]+few|\d{1,3})(?:[ \t]+(?:other|more|further|new|smaller|"
                           r"larger|small|large))?[ \t]+)\Z")


#: The kinds of a works, whose name a people's word may open before the town it is in
_WORKS_TYPES = frozenset({"nuclear", "production", "storage"})


#: An era's name in capitals before facility words: "a Cold War airfield", "Second World War
#: bunkers" (no place's)
_ERA = re.compile(r"(?:(?:Cold|Korean|Vietnam|Gulf|Great|(?:First|Second)[ \t]+World|World)"
                  r"[ \t]+War(?:[ \t]+(?:I|II|One|Two|2))?)")


#: Adjectives of a kind of base, capitalised at a line's start before small facility words
#: ("Joint base defence drills"); in capitals they open a name ("Joint Base Andrews").
_GENERIC_FIRST = frozenset({"joint", "forward", "shared", "combined", "allied", "coalition"})


_ITEM_DASH = re.compile(r"[ \t]*(?:[—–:]|-[ \t])")


def _list_label(sentence: str, word: re.Match, end: int) -> bool:
    """Whether a designation that opens a sentence labels a list's item, its name followed
    by a dash: "B-6 Yarmouk Military Industrial Complex — south of Khartoum" (not the
    "Y-12 National Security Complex in Oak Ridge")."""
    return not sentence[:word.start()].strip(" \t*-•#") and \
        _ITEM_DASH.match(sentence, end) is not None


#: A garrison's own name, its word last in capitals: "Cherat Cantonment", "Wilberforce
#: Barracks", "Up Park Camp"
_GARRISON_LAST = re.compile(r"[ \t](?:Cantonment|Barracks|Camp|Garrison|Lines)\Z")


def findings_with_facility_words(sentence: str, may_name: bool = True,
                                 around: str | None = None,
                                 report_works: frozenset[str] = frozenset()
                                 ) -> list[Finding]:
    """:func:`findings_in` of a sentence known to hold a facility word (``_HEAD_WORD``);
    ``may_name`` False says it holds none of the words of "known as X" (see
    :func:`facility_sentences`), whose search is then skipped. ``around`` is the paragraph
    that holds the sentence, if known: a paragraph about uranium makes "the Gchine mine"
    of a sentence of no atom word (the sentence before a footnote's mark) a site;
    ``report_works`` are the civil heads the report's title and lead make a site's in any
    paragraph (:func:`report_works`: a report on uranium, its "Key Lake mill")."""
    out: list[Finding] = []
    chunks = _chunks(sentence, around, report_works)
    for a, b, words in chunks:
        if sentence.endswith(("'s", "’s"), a, b):
            b -= 2  # "the Testburg Air Base's runway": the base, not its possessive
        texts = [w.group() for w, _ in words]
        if any(k == "admin" for _, k in words):
            # "Lake City Army Ammunition Plant", "Quezon City": a town's name ends in "City"
            words = [(w, "proper" if k == "admin" and w.group() == "City" and i > 0
                      and words[i - 1][1] == "proper" else k)
                     for i, (w, k) in enumerate(words)]
        if any(k == "admin" for _, k in words):
            continue  # "X Province base": a location, read by ingest.locations
        if _SPACE_STATION.search(sentence[a:b]):
            continue  # the Tiangong space station is in orbit
        civil = _civil_words(words)
        if civil and not (civil == {"industrial"} and
                          _ARMS_INDUSTRY.intersection(map(_bare, texts))) and not (
                civil == {"thermal"} and _ATOM_DEFINING.intersection(map(_bare, texts))):
            # (but the "Thermal Oxide Reprocessing Plant" reprocesses spent fuel)
            continue  # the Kaesong Industrial Complex, a Heritage Site, a Power Station (the
            # "Yarmouk Military Industrial Complex" makes munitions)
        numbered = _numbered_base(sentence, b, texts)
        if numbered is not None:  # "Air Base 201", "Niger Air Base 201"
            out.append(numbered)
            continue
        # the place: the run of proper words (the first such run); a weapon's name is
        # none ("a Sarmat silo at Plesetsk": the silo is at Plesetsk)
        run = []
        # (but not before "air base": the "Burevestnik air base" is the place's)
        air_base = " ".join(texts[-2:]).lower() in _AIR_BASE_PHRASES or \
            texts[-1].lower() in _AIR_BASE_PHRASES
        # (nor in a name all in capitals: "the Vulcan Naval Reactor Test Establishment")
        titled = len(texts) >= 4 and all(t[:1].isupper() for t in texts) and \
            not _PREP_AFTER.match(sentence, b)
        for j, (w, k) in enumerate(words):
            if k == "proper" and not (is_weapon_word(w.group()) and not (
                    (air_base or titled) and w.group().isalpha())):
                if not run:  # "West Sea", "North Pyongan": a capitalised qualifier before;
                    # "Y-12 National Security Complex": a designation of letters and a number
                    # (a designation before a name in small-letter facility words labels
                    # a list's item: "B-3 El Obeid airbase - North Kordofan")
                    while j > 0 and (words[j - 1][1] == "qualifier" or _lettered(
                            words[j - 1][0].group()) and words[-1][0].group()[0].isupper()
                            and not _list_label(sentence, words[j - 1][0], b)) \
                            and words[j - 1][0].group()[0].isupper():
                        j -= 1
                        run.insert(0, words[j][0])
                run.append(w)
            elif run:
                break
        firm_start = None
        if run and _bare(texts[-1]) in _FIRMS_WORKS:
            # "the Samsung Heavy Industries Geoje Shipyard", "the Hanwha Corporation Okpo
            # Shipyard": a firm's name, then the place of its yard or works
            start = next(i for i, (w, _) in enumerate(words) if w is run[0])
            firm = [i for i in range(start, len(words) - 1)
                    if _bare(texts[i]) in _FIRM_WORDS]
            tail = words[firm[-1] + 1:-1] if firm else []
            if tail and all(k == "proper" for _, k in tail):
                firm_start, run = run[0].start(), [w for w, _ in tail]
        if not run and len(words) > 1 and _lettered(texts[0]) and "-" in texts[0] and \
                all(k in ("modifier", "head") for _, k in words[1:]) and \
                not _PREP_AFTER.match(sentence, b) and not _SHORT_AIRCRAFT.fullmatch(texts[0]):
            # "K-1 Air Base", "the T-4 air base": named by a designation ("the K-25 site in
            # Oak Ridge" is the Oak Ridge K-25 site)
            run = [words[0][0]]
        head_text = sentence[words[-1][0].start():words[-1][0].end()]
        if head_text in ("camp", "camps") and not (
                head_text == "camp" and len(words) > 1
                and all(k == "proper" for _, k in words[:-1])
                and (_BASED_AT_BEFORE.search(sentence, max(0, words[0][0].start() - 40),
                                             words[0][0].start()) is not None
                     # ... or a camp of militants: "The Sarjal camp near Shakargarh, where
                     # Jaish-e-Mohammed trained its fighters"
                     or _militants_camp(sentence, around)
                     # ... or of troops: "Further along the border, the Fotokol camp
                     # faces ..." (not "the Jenin camp" of refugees in its paragraph, nor
                     # one troops were sent into: "deployed in the Tallow camp")
                     or _INTO_BEFORE.search(sentence, max(0, words[0][0].start() - 20),
                                            words[0][0].start()) is None
                     and _troops_camp(sentence, around))) and not (
                len(words) > 2 and words[0][1] == "proper" and texts[-2] in ("military", "army")
                and all(k in ("proper", "modifier") for _, k in words[:-1])) and not (
                # "the Cu Chi base camp", "Siachen Base Camp", "Bama super camp": a camp of
                # troops by its kind
                len(words) > 2 and words[0][1] == "proper"
                and _bare(texts[-2]) in ("base", "super")):
            continue  # "Burnham Military Camp" names one; "the largest foreign military camp
            # in the Balkans" describes one named before (but "special forces were based at
            # the Kamboinsin camp" names it after its place, and "the Nkoantoma military
            # camp in Bata" is a military camp named so)
        ftype = facility_type_of(" ".join(texts))
        if _bare(head_text) == "association" and len(words) > 2 and \
                words[-3][1] != "modifier" and not (
                    arms_or_atoms(sentence) or _MAKES_ARMS.search(sentence)
                    or around and arms_or_atoms(around)
                    or _ATOM_WORKS <= report_works):  # (a report on the atom: its title)
            continue  # "the Korean Film Production Association": no works of ours (but "the
            # Voronezh Aircraft Production Association")
        if ftype == "other" and _bare(head_text) in _ATOM_WORKS and (
                _bare(head_text) in report_works or ATOMS.search(sentence)
                or (around and ATOMS.search(around))):
            ftype = "nuclear"  # "the Cigar Lake mine" in a paper on uranium supply
        if len(run) == 1 and _bare(run[0].group()) in _GENERIC_FIRST and head_text.islower():
            run = []  # "Joint base defence drills", "Forward bases": a kind, no place
        if len(run) == 1 and _bare(run[0].group()) == "advanced" and \
                [_bare(t) for t in texts[-2:]] in (["landing", "ground"], ["landing", "grounds"]):
            run = []  # "the Advanced Landing Ground at Walong": India's word for an airfield
        if run and _ERA.fullmatch(sentence, run[0].start(), run[-1].end()):
            # "a remote Cold War airfield", "the Cold War radar station near X": an era's
            # words, no place's nor the name's
            words = [(w, k) for w, k in words if w.start() >= run[-1].end()]
            texts, a, run = [w.group() for w, _ in words], words[0][0].start(), []
        elif run and (era := _ERA.search(sentence, run[0].start(), run[-1].end())) \
                and era.end() == run[-1].end():
            # "the Gjirokastër Cold War tunnel": the town's name, then the era's words
            run = [w for w in run if w.end() <= era.start()]
        yard_firm = _bare(texts[-1]) in ("shipyard", "dockyard") and \
            _YARD_FIRM_AFTER.match(sentence, b) is not None
        if run and not yard_firm and (
                _bare(texts[-1]) in _WEAK_HEAD_SET and _ORG_AFTER.match(sentence, b)
                or _BODY_AFTER.match(sentence, b) and not (
                    _bare(head_text) in _ONE_WORKS and _JOINT_STOCK_AFTER.match(sentence, b))
                or head_text.isupper() and _CAPS_BODY_AFTER.match(sentence, b)):
            continue  # "the Naval Air Warfare Center Aircraft Division": a body's name;
            # "the Fast Reactor Newsletter": a journal's
        if len(run) == 1 and _bare(run[0].group()) in _TRADE_WORDS:
            run = []  # "the Dockyard and Engineering Works", "the Instrument Plant in Sarov":
            # a trade's word, no place's name (a place after it may name the works)
        if run and _FIRM_AFTER.match(sentence, b) and not yard_firm and \
                _bare(head_text) not in _NAMED_WORKS:
            continue  # "EXAMPLE SNOWDONIA AEROSPACE CENTRE LIMITED", a party to a case: a
            # firm (but "KRASNOYE SORMOVO PLANT PJSC" is its works, as a sanctions list has it)
        if run and head_text.islower() and _A_KIND_BEFORE.search(
                sentence, max(0, run[0].start() - 12), run[0].start()):
            continue  # "an IRGC missile base", "the only JASDF fighter base": a kind
        if len(run) == 1 and head_text.islower() and (
                _bare(run[0].group()) in _WEAK_HEAD_SET or _bare(run[0].group()) in _HEAD_SET):
            continue  # "Port facility" opening a line: a facility word, no place's name
        if run and _bare(texts[-1]) in _GROUP_HEADS and not _LIST_BEFORE.search(
                sentence, max(0, run[0].start() - 12), run[0].start()) and \
                head_text not in ("Shipyards", "Dockyards"):
            continue  # "the Jacksonville bases": several facilities of one place (but the
            # "Skaramangas Shipyards" in capitals are one yard's, a company's, name)
        if run and head_text[0].isupper() and head_text.endswith("s") and \
                all(_bare(w.group()) in _ARMED_SERVICE_WORDS for w in run) and \
                _bare(head_text) in _HEAD_SET:
            continue  # "Marine Corps Installations Pacific", "Navy Installations Command": a
            # service's command, no place
        owner_end = None
        if run and head_text.islower() and (
                all(_bare(w.group()) in _ARMED_SERVICE_WORDS for w in run)
                or all(DESIGN_OR_FORCE.match(w.group()) and not _DESIGN_NAME.match(w.group())
                       for w in run)):
            if DESIGN_OR_FORCE.match(run[0].group()):
                owner_end = run[-1].end()  # (an acronym is no word of the name)
            run = []  # "the U.S. Marine Corps base": its owner, no place's name (but "the
            # Coast Guard station at Tallow" is named after Tallow); "the PLARF base at
            # Luoning": a force's (but "the BN-350 reactor at Aktau" is that reactor)
        elif len(run) == 1 and head_text in ("station", "stations") and _SYSTEM_ACRONYM.fullmatch(
                run[0].group()) and (prep := _PREP_AFTER.match(sentence, b)) is not None and \
                prep.group("prep").lower() in ("at", "in", "near") and \
                sentence[prep.end():prep.end() + 1].isupper():
            owner_end, run = run[-1].end(), []  # "the MUOS ground station at Niscemi": a
            # system's or an agency's letters, and the place the site is named after (a
            # reactor's capitals are its name: "the MARIA reactor at Swierk")
        if run:
            p0, p1 = run[0].start(), run[-1].end()
            lead = [w for w in run if _bare(w.group()) in _QUALIFIERS]
            core = run[len(lead):] if len(lead) < len(run) else run
            name = core[0].group() if core[0].group() in _SEA_WORDS and len(core) == 1 \
                else clean_name(sentence[core[0].start():p1])  # ("Pacific": see _chunks)
            if core[0].group() in _SEA_WORDS and len(core) > 1 and name is not None and \
                    sentence[core[1].start():p1] == name:
                name = sentence[core[0].start():p1]  # "Pacific Northwest", not "Northwest"
            if name is None:
                continue
            if not lead:
                p0 += max(sentence[p0:p1].find(name.split()[0]), 0)
            after = sentence[run[-1].end():b]
            proper = head_text[0].isupper() or any(
                k == "designator" for _, k in words) or after.strip()[:1].isupper()
            phrase = sentence[run[-1].end():b].strip().lstrip("*").lstrip()
            # "the Sinpo and Mayang-do submarine bases": one base at each place listed
            listed = _bare(texts[-1]) in _GROUP_HEADS and head_text.islower() and phrase
            if listed:
                phrase = _singular(phrase)
            ordinal = ORDINAL_BEFORE.search(sentence, 0, p0)
            if ordinal:  # "the 7th Tactical Air Base": its number is its name's, or
                p0 = ordinal.start()  # every numbered base would be one "Tactical Air Base"
            f = Finding(sentence[p0:p1], phrase or head_text, ftype, p0, p1, (0, 0), stop=b)
            if proper and phrase:
                first = p0 if firm_start is None else firm_start
                if head_text[0].isupper():
                    # "the Waste Isolation Pilot Plant", "the Chemical Material Institute":
                    # facility words in capitals before the place are the name's first words
                    i = next(i for i, (w, _) in enumerate(words) if w.start() == run[0].start())
                    while i > 0 and words[i - 1][1] == "modifier" and \
                            words[i - 1][0].group()[0].isupper():
                        i -= 1
                        first = words[i][0].start()
                f.full, f.full_start = sentence[first:b], first
            # (the firm's name is the works' other: "Cochin Shipyard Limited", "KRASNOYE
            # SORMOVO PLANT PJSC")
            firm = _YARD_FIRM_AFTER.match(sentence, b) if yard_firm else \
                _JOINT_STOCK_AFTER.match(sentence, b) if _bare(head_text) in _ONE_WORKS \
                else None
            if firm is not None:
                at = f.full_start if f.full_start is not None else p0
                f.aliases.append((sentence[at:firm.end()], at))
            if listed and not country_of_word(sentence[p0:p1]):
                # (not "Example Data Desk, Yemen airfields": a country's, none listed)
                out.extend(_listed_before(sentence, p0, phrase, ftype, b))
            out.append(f)
            continue
        # no place of its own: facility words followed by a place
        if _bare(texts[-1]) in _DIVISION_WORDS:
            continue  # "missile divisions of the RVSN": a force's, named by no place
        if texts[-1].endswith("s") and texts[-1].islower() and \
                _COUNT_BEFORE.search(sentence, max(0, a - 24), a) and \
                _IN_AFTER.match(sentence, b) and not _places_listed_after(sentence, b):
            continue  # "reactors at two other sites in Siberia": several, none named (but
            # "two new bases in Kesk and Tallow" name theirs, and "some 120 silos near
            # Kesk" are a field)
        ordinal = _ORDINAL_NAMED.search(sentence, max(0, a - 40), a)
        if ordinal is not None and all(t[:1].isupper() for t in texts) and \
                country_of_word(ordinal.group("people")) is not None:
            # "the 102nd Russian Military Base in Gyumri": a base named by its number (and
            # whose it is), not after the town it stands in; the whole name is the "place"
            # part, no word of it a place to put the site at
            full = sentence[ordinal.start():b]
            out.append(Finding(full, full, ftype, ordinal.start(), b, (0, 0), full=full,
                               full_start=ordinal.start(), stop=b))
            continue
        prep = _PREP_AFTER.match(sentence, b)
        if re.fullmatch(ORDINAL, texts[0]) and \
                [_bare(t) for t in texts[1:]] == ["military", "base"] and \
                (not prep or not sentence[prep.end():prep.end() + 1].isupper()):
            # "the 201st military base, our largest abroad": a base named by its number
            # alone (with a town after it, "the 102nd military base in Gyumri" is read below)
            out.append(Finding(sentence[a:b], sentence[a:b], ftype, a, b, (0, 0),
                               full=sentence[a:b], full_start=a, stop=b))
            continue
        people = _PEOPLE_NAMED.search(sentence, max(0, a - 30), a)
        if people is not None and all(t[:1].isupper() for t in texts) and \
                is_demonym(people.group("people")) and (
                    not prep or sentence[b:prep.start("prep")].strip().startswith(",")
                    or not sentence[prep.end():prep.end() + 1].isupper()):
            # "the Belarusian Nuclear Power Plant, near Astravets", "the American Centrifuge
            # Plant": a people's word opens a name in capitals, no town's (but "the Russian
            # Air Base at Hmeimim" is named after Hmeimim)
            p0 = people.start("people")
            out.append(Finding(sentence[p0:b], sentence[p0:b], ftype, p0, b, (0, 0),
                               full=sentence[p0:b], full_start=p0, stop=b))
            continue
        if people is not None and prep and prep.group("prep").lower() in ("at", "in") and \
                (ftype in _WORKS_TYPES or ftype == "other" and len(texts) >= 3) and \
                all(t[:1].isupper() for t in texts) and \
                is_demonym(people.group("people")) and \
                (after := _words_after(sentence, prep.end())) and \
                (f := _facility_at(sentence, after, sentence[people.start("people"):b],
                                   ftype)) is not None:
            # "the American Centrifuge Plant in Piketon", "the Norwegian Defence Research
            # Establishment (FFI) at Kjeller": a works or a laboratory by its name, in a town
            # (an air base is the town's: "the Russian Air Base at Hmeimim")
            p0 = people.start("people")
            f.full, f.full_start, f.parent, f.parent_start = sentence[p0:b], p0, f.place, f.start
            out.append(f)
            continue
        if not prep and _named_by_initials(sentence, a, b, words):
            # "the Mining and Chemical Combine (MCC)": the whole name is the "place" part,
            # no word of it a place to put the site at
            out.append(Finding(sentence[a:b], sentence[a:b], ftype, a, b, (0, 0),
                               full=sentence[a:b], full_start=a, stop=b))
            continue
        if (not prep or not sentence[prep.end():prep.end() + 1].isupper()) and \
                _titled_own_name(sentence, a, b, words):
            # "the Defense Waste Processing Facility, which vitrifies ...": facility words
            # in capitals, more than a kind's, are the facility's own name
            out.append(Finding(sentence[a:b], sentence[a:b], ftype, a, b, (0, 0),
                               full=sentence[a:b], full_start=a, stop=b))
            continue
        if not prep or _PREDICATE.search(sentence, 0, a) or (
                (named := _NAMED_IS_THE.search(sentence, 0, a)) is not None
                and named.group("subject").split()[0].lower() not in STOPWORDS):
            continue  # "X ... is an Israeli nuclear installation in the Negev": says what X
            # is; "INS Jarawa is the naval base in Port Blair" too
        if prep.group("prep").lower() == "of" and texts[-1] in ("site", "sites") and \
                _IS_THE.search(sentence, 0, a):
            continue  # "Pelindaba is the site of Necsa": what stands there, not a place
        if len(words) == 1 and _bare(texts[0]) in _ANY_KIND and \
                not ARMS_OR_ATOMS.search(sentence) and not (
                    texts[0] == "complex" and LAUNCHING.search(sentence)):
            continue  # "an alternative site near X" for an airport: a site of anything
        if texts == ["complex"] and ftype == "other" and LAUNCHING.search(sentence):
            ftype = "launch site"  # "the complex at Plesetsk ... for launching satellites"
        fields = texts[-1] == "fields" and len(texts) > 1  # "the silo fields at X and Y"
        group = _bare(texts[-1]) in _GROUP_HEADS or texts[-1] in _WORKS_GROUP_HEADS or fields
        if group:
            after = _words_after(sentence, prep.end())
            end = _past_bracket(sentence, after[-1].end()) if after else 0
            more = _LIST_AFTER.match(sentence, end) if after else None
            again = _and_prep_after(sentence, end) if after else None
            if after and again is None and not fields and (
                    more is None or not sentence[more.end() - 1].isupper()
                    or country_of_word(" ".join(
                        w.group() for w in _words_after(sentence, more.end() - 1)))):
                continue  # "the shipyards of Dalian" ("air bases at Sargodha, Pakistan"):
                # several facilities of one place
            # "air bases at Nur Khan, Murid and Rafiqui", "radar stations at Pionersky in the
            # Kaliningrad Region and at Mishelevka": one at each place (a list closed by
            # "and"), each named in the singular
            group = after and (again is not None
                               or _CLOSED_LIST.match(sentence, end) is not None)
        phrase = sentence[a:b] if owner_end is None else sentence[owner_end:b].strip()
        if group:
            phrase = _singular(phrase)
        if any(map(is_weapon_word, texts)):  # "Plesetsk silo", not "... sarmat ..."
            phrase = " ".join(w for i, w in enumerate(texts) if not is_weapon_word(w) and not (
                i and is_weapon_word(texts[i - 1]) and _MARK.fullmatch(w)))  # "Pershing II"
        own_name = any(k == "designator" for _, k in words) or (
            sentence[a].isupper() and sum(w.group()[0].isupper() and not is_weapon_word(
                w.group()) for w, _ in words) >= 2)  # not "the Aegis Ashore site near X"
        # "the 3 July Naval Base at Gargoub": named after a date, at its place
        dated = _DATE_BEFORE.search(sentence, max(0, a - 20), a) \
            if sentence[a].isupper() and own_name else None
        pos, how = prep.end(), prep.group("prep").lower()
        while True:  # the place, and those "and at Y" adds
            after = _words_after(sentence, pos)
            if not after or _a_feature(sentence, after):
                break  # "in the Negev desert", "near the Yalu River": a region, not a place
            if how == "in" and _IN_THE_BEFORE.search(sentence, max(0, pos - 5), pos):
                break  # "every airfield in the Levant", "bases in the Balkans": a region
            if how == "in" and _REGIONS_LISTED.match(sentence, after[-1].end()):
                break  # "airfields in Murmansk, Irkutsk and Amur regions": provinces
            if after[-1].group()[-2:] in ("'s", "’s"):
                break  # "the base of the People's Liberation Army": an owner, not a place
            if how == "of" and all(_bare(w.group()) in _ARMED_SERVICE_WORDS for w in after):
                break  # "the only main airfield of the Air Corps": a service's, no place
            if all(_bare(w.group()) in _STATE_WORDS for w in after):
                break  # "the aerodromes of the Sultanate", "the sites in Arabic": a state,
                # a language, no place
            if how == "of" and any(_bare(w.group()) in UNIT_WORDS for w in after) and (
                    any(any(ch.isdigit() for ch in w.group())
                        or _ORDINAL_WORD.fullmatch(w.group()) for w in after)
                    or re.match(r"[ \t]+\d", sentence[after[-1].end():])):
                break  # "the base of the Battalion 2000": a unit's by its number, no
                # place (but "the naval base of the Black Sea Fleet in Sevastopol")
            if how == "of" and (_AT_PLACE.match(sentence, after[-1].end())
                                or _SERVICE_AFTER.match(sentence, after[-1].end())):
                break  # "the shipyard of Navantia at Ferrol": an owner, then the place; "the
                # largest base of the Royal Australian Air Force": a service's name
            named = next((b2 for a2, b2, _ in chunks if a2 <= after[0].start() < b2), None)
            if named is None:
                f = _facility_at(sentence, after, phrase, ftype)
                if f is None:
                    break
                f.at_place = how in ("at", "in")
                if f.at_place and _GARRISON_LAST.search(f.place) and dated is None:
                    # "the hilltop base at Cherat Cantonment": the garrison by its name
                    f.full, f.full_start = f.place, f.start
                elif dated is not None:
                    f.full, f.full_start = sentence[dated.start():b], dated.start()
                    f.apart = True
                elif own_name and how in ("at", "in", "of"):
                    f.parent, f.parent_start = f.place, f.start
                    f.full, f.full_start = phrase, a
                elif own_name and how == "near" and len(texts) >= 3:
                    # "the Low Level Waste Repository near Drigg": its own name, a place
                    # it stands near (no part of it)
                    f.full, f.full_start, f.apart = phrase, a, True
                out.append(f)
            elif own_name and sentence[a].isupper() and how in ("at", "in") and \
                    (f := _facility_at(sentence, after, phrase, ftype)) is not None:
                # "the Experimental Light Water Reactor at the Yongbyon Nuclear Scientific
                # Research Center": a part by its own name, of the facility named after it
                f.parent, f.parent_start = f.place, f.start
                f.full, f.full_start = phrase, a
                out.append(f)
            # else "a pad at the Taiyuan Satellite Launch Center": a part of a named
            # facility (read as a finding of its own), not a site at the town
            end = _past_bracket(sentence, after[-1].end())
            more = _AND_PREP.match(sentence, end if named is None else named)
            if more is None and group and named is None:
                more = _and_prep_after(sentence, end)
            if more is None and group and named is None:
                item = _NEXT_LISTED.match(sentence, end)
                if item is None or country_of_word(
                        " ".join(w.group() for w in _words_after(sentence, item.end()))):
                    break  # "air bases at Sargodha, Pakistan": the country
                pos = item.end()
                continue
            if more is None:
                break
            pos, how = more.end(), more.group("prep").lower()
    if any(w in sentence for w in _BARE_WORKS) and _BARE_WORKS_AT.search(sentence) and \
            ATOMS.search(sentence):
        _add_works_at(sentence, chunks, out)
    if may_name:
        _add_named_findings(sentence, out)
    if '"' in sentence or "“" in sentence or "«" in sentence:
        _add_quoted_names(sentence, out)
    for f in out:
        _number_after_name(sentence, f)
        _icao_code_before_name(f)
    return [f for f in out if not _OWNER.search(f.name)
            and not ('"' in sentence or "“" in sentence) or not _in_a_title(sentence, f)]


def _icao_code_before_name(f: Finding) -> None:
    """An aeronautical publication's aerodrome entry opens with the field's ICAO code
    ("EBFS Florennes Air Base: ARP ..."): the code is another name of the base, no word of
    its name (a code the airfield list knows)."""
    m = _CODE_FIRST.match(f.place) if f.facility_type == "airbase" else None
    if m is None or airfield_by_icao(m.group(1)) is None:
        return
    cut = m.end()
    f.aliases.append((m.group(1), f.start))
    f.place, f.start = f.place[cut:], f.start + cut
    if f.full is not None and f.full_start is not None and f.full.startswith(m.group()):
        f.full, f.full_start = f.full[cut:], f.full_start + cut


_CODE_FIRST = re.compile(r"([A-Z]{4})[ \t]+(?=[A-Z][a-z])")


#: The heads a name's number may follow ("Lima Site 85", "Rocket Lab Launch Complex 1",
#: "Launch Pad 39A", "Nike Missile Site SF-88"); a number of up to three digits, a letter
#: after it or a code's capitals and a hyphen before it, no measure.
_NUMBERED_NAME_HEADS = ("Site", "Complex", "Pad", "Area")
# (its word "No." too: "Guanajay IRBM Site No. 1")
_NAME_NUMBER = re.compile(r"[ \t]+(?:No\.?[ \t]*)?(?:[A-Z]{1,3}-)?\d{1,3}[A-Z]?"
                          # (a sentence's full stop may end it: "... at Lima Site 85.")
                          r"(?![\w'’/-]|\.\w|[.,]\d|[ \t]*(?:km|kilomet|"
                          r"mi(?:les?)?\b|m\b|%|per\b|years?\b|days?\b|hours?\b|times\b))")


_NAME_ENDS_NUMBERED = re.compile(r"\b(?:" + "|".join(_NUMBERED_NAME_HEADS) + ")"
                                 + _NAME_NUMBER.pattern + r"\Z")


def numbered_name(f: Finding) -> bool:
    """Whether a finding's full name ends in its number after its facility word ("Nike
    Missile Site SF-88", "Lima Site 85"): its place's word names its other numbers too.

    >>> numbered_name(findings_in("Tallow Missile Site SF-88 reopened.")[0])
    True
    """
    return f.full is not None and _NAME_ENDS_NUMBERED.search(f.full) is not None


def _number_after_name(sentence: str, f: Finding) -> None:
    """Give a finding's full name the number written right after it ("Lima Site" of "Lima
    Site 85"): the number is part of the name."""
    if f.full is None or f.parent is not None or f.unit or f.full_start is None:
        return
    end = f.full_start + len(f.full)
    if sentence[f.full_start:end] != f.full or not f.full.endswith(_NUMBERED_NAME_HEADS) \
            or f.span_end > end:
        return
    m = _NAME_NUMBER.match(sentence, end)
    if m is not None:
        f.full = sentence[f.full_start:m.end()]
        f.stop = m.end()


# A quoted title of a work a report cites: 'Example Project, "New Tallow Missile Base,"
# 2008' (Title Case, and a comma or a stop closing it)
_QUOTED_TITLE = re.compile(r"[\"“](?P<title>[^\"“”\n]{3,150}?[,.])[\"”](?=[ \t]*(?:\d|[A-Z(]))")
_SMALL_TITLE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{3,}\b")


def _in_a_title(sentence: str, f: Finding) -> bool:
    """Whether a finding stands inside the quoted title of a work the sentence cites
    ('"Launch Sites in the Tallow Area," Imagery Report No. 33'): a title's words, no
    facility's name."""
    start = f.span_start
    for m in _QUOTED_TITLE.finditer(sentence):
        if m.start("title") <= start < m.end("title"):
            title = m.group("title")
            return len(title.split()) >= 3 and not _SMALL_TITLE_WORD.search(title)
    return False


# the number after a base's words ("Air Base 201"), not a distance or a count after them,
# nor a degree of the point in a table's next column ("Daegu Air Base      35°53.6′N")
_NUMBER_AFTER = re.compile(
    r"[ \t]{1,2}(?:No\.?[ \t]*)?\d{1,4}(?![\w'’/.°º′-]|[.,]\d|[ \t]*(?:km|kilomet|"
    r"mi(?:les?)?\b|m\b|%|per\b|years?\b|days?\b|hours?\b|aircraft\b|jets\b|troops\b|personnel\b))")
#: The heads of a base that its number names ("Air Base 201"; a numbered "Site 31" is a
#: part of another facility, see :func:`numbered_parts`).
_NUMBERED_HEADS = frozenset({"base", "airbase", "airfield", "station", "garrison", "plant",
                             "factory"})


def _numbered_base(sentence: str, b: int, texts: list[str]) -> Finding | None:
    """The finding of a base named by its number after its capitalised facility words
    ("Air Base 201", "Niger Air Base 201": the whole name is the "place" part, no word of it
    a place to put the site at), or None."""
    if _bare(texts[-1]) not in _NUMBERED_HEADS or not all(t[:1].isupper() for t in texts) \
            or len(texts) < 2 and not (texts in (["Plant"], ["Factory"])
                                       and ARMS_OR_ATOMS.search(sentence)):
        return None  # (but "Plant 404 near Jiuquan, which made China's first plutonium",
        # "the Shubra Company for Engineering Industries (Factory 27) ... ammunition")
    m = _NUMBER_AFTER.match(sentence, b)
    if m is None:
        return None
    a = b - len(" ".join(texts))
    if sentence[a:b] != " ".join(texts):
        return None  # a line break inside: keep to the plain name
    full = sentence[a:m.end()]
    return Finding(full, full, facility_type_of(" ".join(texts)), a, m.end(), (0, 0),
                   full=full, full_start=a, stop=m.end())


#: The brackets after a numbered base's name and the place it is at ("Air Base 120 at
#: Cazaux (BA 120 "Commandant Marzac")", "Air Base 116 "Tony Papin" at Luxeuil (Base
#: aérienne 116, BA 116)"): its names in the country's language, each with the number.
_BRACKETS_SOON = re.compile(r"[^().;]{0,80}?\((?P<inner>[^()]{2,120})\)")
_NUMBERED_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’]*[ \t]+){0,3}?(?:[A-Z]{2,5}|"
                            r"[A-Z][\w'’]*(?:[ \t]+[a-zà-ÿ][\w'’]*)?)[ \t]+(?:n\.?º[ \t]*)?"
                            r"(?P<number>\d{1,4})(?![\w'’])")


_NUMBER_END = re.compile(r"\b(?:Base|Airbase|Airfield|Station)[ \t]+(?P<number>\d{1,4})\Z")


def _same_number_after(sentence: str, end: int, number: str) -> list[tuple[str, int]]:
    """The names in the brackets soon after a numbered base's name that carry its number:
    its other names ("BA 120", "Base aérienne 116")."""
    m = _BRACKETS_SOON.match(sentence, end)
    if m is None:
        return []
    out = []
    for n in _NUMBERED_NAME.finditer(sentence, m.start("inner"), m.end("inner")):
        if n.group("number") == number:
            out.append((n.group(), n.start()))
    return out


# "the plant at X", "the mine near X": a civil word alone, then the place it stands at
_BARE_WORKS_AT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?P<head>plant|factory|works|mine)"
                            r"(?=[ \t]+(?:at|near|outside)[ \t]+[A-Z])")
# (the word each match holds: looked for first, faster than the search)
_BARE_WORKS = ("plant", "factory", "works", "mine")


def _add_works_at(sentence: str, chunks: list, out: list[Finding]) -> None:
    """Add to ``out`` the works a sentence about the atom names by a civil word alone and
    the place it stands at ("the plant at Orvansk enriches uranium"): what "the Orvansk
    plant" names (see :func:`_works_named_after`). Not "the plant at the Tallow Works",
    a part of a facility named, nor a place a finding holds already."""
    for m in _BARE_WORKS_AT.finditer(sentence):
        prep = _PREP_AFTER.match(sentence, m.end())
        if prep is None:
            continue
        after = _words_after(sentence, prep.end())
        if not after or _a_feature(sentence, after) or \
                after[-1].group()[-2:] in ("'s", "’s") or \
                any(a2 <= after[0].start() < b2 for a2, b2, _ in chunks) or \
                any(f.start <= after[0].start() < f.span_end for f in out):
            continue
        phrase = m.group("head")
        f = _facility_at(sentence, after, phrase, facility_type_of(phrase))
        if f is not None:
            out.append(f)


def one_site_per_place(findings: list[Finding]) -> list[Finding]:
    """A report's findings with each name put first ("RAF Ramat David", "NSA Bahrain")
    made another name of a full name of the other order at the same place and of the same
    kind ("Ramat David Airbase", "Naval Support Activity Bahrain"): the first of them in
    the report keeps the others as aliases. A facility named after its place only ("the
    Aldermaston uranium facility") is not folded: it may be a part of the one named. A
    finding whose other name is the acronym that opens such names ("the Kestrel Weapons
    Establishment (KWE)" of "KWE Tallowby") is their owner: dropped.

    Examples
    --------
    >>> a = Finding("Ramat David", "Airbase", "airbase", 0, 11, (0, 0),
    ...             full="Ramat David Airbase", full_start=0)
    >>> b = Finding("Ramat David", "RAF", "airbase", 40, 51, (30, 60),
    ...             full="RAF Ramat David", full_start=36, named_first=True)
    >>> [(f.site_name, f.aliases) for f in one_site_per_place([a, b])]
    [('Ramat David Airbase', [('RAF Ramat David', 36)])]
    """
    findings = _commands_folded(_short_names_folded(_aliases_folded(findings)))
    if not any(f.named_first for f in findings):
        return findings
    # "The Atomic Weapons Establishment (AWE) operates two sites ... AWE Aldermaston": the
    # body whose acronym opens its sites' names is their owner, not a site
    owners = {f.phrase for f in findings if f.named_first and f.phrase.isupper()}
    findings = [f for f in findings if f.named_first or not any(
        t in owners for t, _ in f.aliases)]
    kept: list[Finding] = []
    for f in findings:
        key = match_key(f.name)
        into = None
        if f.full and f.parent is None and not f.unit:
            into = next((g for g in kept if (g.full or _adjective_of(f, g))
                         and g.parent is None and not g.unit
                         and (f.named_first or g.named_first)
                         and (match_key(g.name) == key or _adjective_of(f, g))
                         and (f.named_first != g.named_first
                              and (f.facility_type == g.facility_type
                                   or "other" in (f.facility_type, g.facility_type))
                              or f.named_first and g.named_first
                              and spelled_out(f.phrase, g.phrase))), None)
        if into is None:
            kept.append(f)
            continue
        if f.named_first and into.named_first and len(f.phrase) > len(into.phrase):
            # an acronym and its spelled-out name ("NSF X" of "Naval Support Facility X"):
            # the site takes the spelled-out one, whichever was found first
            kept[kept.index(into)] = f
            f, into = into, f
        into.aliases.append((one_line(f.full), f.full_start))
        into.aliases.extend(f.aliases)
    return kept


def _adjective_of(f: Finding, g: Finding) -> bool:
    """Whether one of two findings, one named first, is named after the other's place by
    the German adjective of the town ("the Königsbrücker Heide" and "the Truppenübungsplatz
    Königsbrück")."""
    first, other = (f, g) if f.named_first else (g, f)
    return not other.named_first and " " not in first.name and \
        other.name.split()[0] == first.name + "er"


def _aliases_folded(findings: list[Finding]) -> list[Finding]:
    """``findings`` with each whose whole name is another's alias in brackets ("BA 120" of
    "Air Base 120 at Cazaux (BA 120)"), or whose place is ("4 Wing Cold Lake" of "CFB Cold
    Lake, also known as 4 Wing Cold Lake"), folded into that one: one base, not two."""
    named = {match_key(a): f for f in findings if f.full for a, _ in f.aliases}
    if not named:
        return findings
    kept, gone = [], set()
    for f in findings:
        into = named.get(match_key(f.site_name))
        if into is None and f.full is None:  # "4 Wing Cold Lake" and the base's words
            into = named.get(match_key(f.name))
            if into is not None and "other" not in (f.facility_type, into.facility_type) \
                    and f.facility_type != into.facility_type:
                into = None  # "Tabriz missile base" is not "2nd Tactical Air Base (Tabriz)"
        if into is not None and id(into) not in gone and into is not f and \
                f.parent is None and not f.unit and not (
                    f.start < into.start and any(match_key(a) == match_key(into.site_name)
                                                 for a, _ in f.aliases)):
            # (two names each the other's alias: the site keeps the first in the text)
            gone.add(id(f))
            into.aliases.extend(a for a in f.aliases if a not in into.aliases)
            continue
        kept.append(f)
    return kept


#: Civil words that, alone after a place's name, are no facility of ours ("the X plant"):
#: said of the one facility of ours at the place that ends in them, they are its name.
_BACK_HEADS = frozenset({"plant", "factory", "works"})


def _short_names_folded(findings: list[Finding]) -> list[Finding]:
    """Findings with each place's bare civil facility word ("the Barakah plant") made
    another name of the one finding at that place whose facility words end in it ("the
    Barakah nuclear power plant"). With two such ("the X reprocessing plant", "the X fuel
    plant") it may be either: kept. ("The X reactor" is a facility's name of its own.)

    Examples
    --------
    >>> a = Finding("Barakah", "nuclear power plant", "nuclear", 4, 11, (0, 0))
    >>> b = Finding("Barakah", "plant", "production", 90, 97, (80, 120))
    >>> [(f.site_name, f.aliases) for f in _short_names_folded([a, b])]
    [('Barakah nuclear power plant', [('Barakah plant', 90)])]
    """
    def bare(f: Finding) -> bool:
        return f.full is None and f.parent is None and not f.unit and not f.named_first \
            and f.phrase.strip().lower() in _BACK_HEADS

    shorts = [f for f in findings if bare(f)]
    if not shorts:
        return findings
    dropped = set()
    for f in shorts:
        key, word = match_key(f.name), f.phrase.strip().lower()
        into = {match_key(g.site_name): g for g in findings
                if g is not f and g.parent is None and not g.unit and not bare(g)
                and match_key(g.name) == key
                and one_line(g.site_name).lower().endswith(" " + word)
                and " " in g.phrase.strip()}
        if len(into) == 1:
            g = next(iter(into.values()))
            g.aliases.append((f.site_name, f.start))
            g.aliases.extend(f.aliases)
            dropped.add(id(f))
    return [f for f in findings if id(f) not in dropped]


def _commands_folded(findings: list[Finding]) -> list[Finding]:
    """Findings with a base's name ("the 14th Main Jet Base") made another name of the
    finding that names it by its command ("the 14th Main Jet Base Command (...) in X", see
    :func:`as_base_command`): one base.

    Examples
    --------
    >>> a = Finding("9th Main Jet", "Base", "other", 0, 12, (0, 0),
    ...             full="9th Main Jet Base Command", full_start=0)
    >>> b = Finding("9th Main Jet", "Base", "other", 90, 102, (80, 120),
    ...             full="9th Main Jet Base", full_start=90)
    >>> [(f.site_name, f.aliases) for f in _commands_folded([a, b])]
    [('9th Main Jet Base Command', [('9th Main Jet Base', 90)])]
    """
    commands = {match_key(one_line(f.full)[:-len(" Command")]): f for f in findings
                if f.full and f.parent is None and one_line(f.full).endswith(" Base Command")}
    if not commands:
        return findings
    kept = []
    for f in findings:
        into = commands.get(match_key(one_line(f.full))) if f.full and f.parent is None \
            and not f.unit else None
        if into is None:
            kept.append(f)
            continue
        into.aliases.append((one_line(f.full), f.full_start))
        into.aliases.extend(f.aliases)
    return kept


#: A service's word that an acronym of the words after it may leave out ("SUBASE").
_SERVICE_WORDS = frozenset({"naval", "navy", "air", "army", "marine", "royal"})


def spelled_out(a: str, b: str) -> bool:
    """Whether one of two names' leading words is an acronym of the other's ("NSA" and
    "Naval Support Activity", "NAF" and "Naval Air Facility", "NAVSTA" and "Naval Station"):
    each word's initial, or each word's first three letters or more (not "NAS" for "Naval
    Station", which takes "NA" and "S": a Naval Air Station is another facility).

    Examples
    --------
    >>> spelled_out("NAVSTA", "Naval Station"), spelled_out("NAS", "Naval Station")
    (True, False)
    >>> spelled_out("SUBASE", "Naval Submarine Base"), spelled_out("BA 113", "Base aérienne 113")
    (True, True)
    """
    # a number both end in is the same base's ("BA 113", "Base aérienne 113")
    numbers = [w for w in (a.split()[-1:] + b.split()[-1:]) if w.isdigit()]
    if numbers:
        if len(numbers) != 2 or numbers[0] != numbers[1]:
            return False
        a, b = a.rsplit(None, 1)[0], b.rsplit(None, 1)[0]
    short, long = (a, b) if a.isupper() and " " not in a else (b, a)
    if not short.isupper() or " " in short or " " not in long.strip():
        return False
    words = [w.lower() for w in long.split()]
    short = short.lower()
    if short == "".join(w[0] for w in words):
        return True

    def spells(i: int, j: int, least: int) -> bool:  # short[i:] by words[j:]
        if j == len(words):
            return i == len(short)
        return any(spells(i + k, j + 1, least) for k in range(least, len(words[j]) + 1)
                   if short[i:i + k] == words[j][:k])
    # three letters or more of each word; or two or more of each word after a service's
    # ("SUBASE": "Naval SUbmarine BASE")
    return spells(0, 0, 3) or (words[0] in _SERVICE_WORDS and len(words) > 2
                               and spells(0, 1, 2))


def _lettered(word: str) -> bool:
    """Whether a word is a designation of capitals and a number ("Y-12", "K-25", "S3")."""
    return word[:1].isupper() and any(ch.isdigit() for ch in word) and \
        word.upper() == word and _bare(word) not in ("mwe", "mwt", "mw", "gw", "kw")


#: "the Mining and Chemical Combine (MCC)": an acronym in brackets after a name of
#: facility words alone, made of their initials
_ACRONYM_AFTER = re.compile(r"[ \t]*\((?P<acronym>[A-Z]{2,8})\)")
# ("the" before a name, a wrapped line perhaps ending after it)
_THE_BEFORE = re.compile(r"\b[Tt]he(?:[ \t]+|[ \t]*\r?\n[ \t]*)\Z")


def _named_by_initials(sentence: str, a: int, b: int, words: list) -> bool:
    """Whether facility words alone, each capitalised, are a facility's own name that the
    article before them and the acronym after them confirm ("the Mining and Chemical
    Combine (MCC)"): not a kind written in capitals ("a Fuel Enrichment Plant", a list's
    heading "3. Fuel Enrichment Plant (FEP): The FEP, at X, ...", whose place follows)."""
    m = _ACRONYM_AFTER.match(sentence, b)
    if m is None or len(words) < 2 or not _THE_BEFORE.search(sentence, max(0, a - 5), a):
        return False
    capitals = [w.group() for w, _ in words if w.group() not in ("and", "of", "for")]
    if not all(w[:1].isupper() for w in capitals):
        return False
    return "".join(w[0] for w in capitals) == m.group("acronym")


#: Words of the atom's industry that make a "thermal" plant none of a power company's
_ATOM_DEFINING = frozenset({"reprocessing", "enrichment", "oxide", "uranium", "plutonium",
                            "reactor", "neutron"})
#: Facility words that say only a kind ("the Nuclear Power Plant", "the Naval Air Station"):
#: two words of others before the head make capitalised facility words a name of its own
KIND_ONLY_WORDS = frozenset({
    "nuclear", "atomic", "power", "air", "naval", "navy", "military", "missile", "missiles",
    "marine", "coast", "guard",
    "rocket", "army", "space", "research", "test", "testing", "storage", "fuel", "weapons",
    "launch", "uranium", "enrichment", "reactor", "production", "new", "main", "central",
    "submarine", "first", "second", "third", "north", "south", "east", "west"})


def _titled_own_name(sentence: str, a: int, b: int, words: list) -> bool:
    """Whether facility words alone, each capitalised after "the", are a facility's own
    name ("the Defense Waste Processing Facility"): two of them say more than a kind (or
    one of three or more words), and the sentence is no headline in capitals, whose every
    word is so written."""
    if len(words) < 3 or not _THE_BEFORE.search(sentence, max(0, a - 5), a):
        return False
    # ("and" between two of them: "the Launch and Landing Facility")
    texts = [w.group() for w, _ in words if w.group() != "and"]
    telling = sum(_bare(t) not in KIND_ONLY_WORDS for t in texts[:-1])
    if not all(t[:1].isupper() for t in texts) or telling < 1 or telling < 2 and len(texts) < 3:
        return False  # ("the Uranium Processing Facility"; not "the Processing Facility")
    if re.match(r"[ \t]*(?:\(|[A-Z])", sentence[b:]):
        return False  # (its initials after it: see _named_by_initials; a name goes on)
    return not _TITLE_CASE_LINE.fullmatch(sentence.strip())


# A sentence whose every long word is capitalised: a headline, a heading
_TITLE_CASE_LINE = re.compile(r"(?:[^\w]|\d|[A-Z][\w'’-]*|(?<!\w)[a-z]{1,4}\b)*")


# "the enrichment halls at X and at Y": the same facility words at a second place (the
# preposition said again: "at X and Y" may be one place's name)
_AND_PREP = re.compile(r"[ \t]*,?[ \t]+and[ \t]+(?:also[ \t]+)?(?P<prep>at|near|in)[ \t]+"
                       r"(?:the[ \t]+)?")


# ... after a place and where that place is: "at X in the Y Region and at Z"
_WHERE_THEN_AND_PREP = re.compile(r"[ \t]+(?:in|near)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
                                  r"(?:[ \t]+[A-Z][\w'’-]*){0,3}" + _AND_PREP.pattern)


def _and_prep_after(sentence: str, pos: int) -> re.Match | None:
    """The preposition said again after the place ending at ``pos`` ("and at", also after
    where that place is: "at Pionersky in the Kaliningrad Region and at Mishelevka"); the
    match ends where the next place begins."""
    return _AND_PREP.match(sentence, pos) or _WHERE_THEN_AND_PREP.match(sentence, pos)


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|" \
    r"November|December)"
# A date a facility is named after, right before its words: "3 July", "March 16"
_DATE_BEFORE = re.compile(rf"(?<![\w.])(?:\d{{1,2}}[ \t]+{_MONTHS}|{_MONTHS}[ \t]+\d{{1,2}})"
                          r"[ \t]+\Z")
# A list of places after the first, closed by "and" or "or": ", Murid and Rafiqui"
_LISTED_PLACE = r"(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
_CLOSED_LIST = re.compile(rf"(?:[ \t]*,[ \t]*{_LISTED_PLACE})*[ \t]*,?[ \t]+(?:and|or)[ \t]+"
                          rf"{_LISTED_PLACE}")
# ... and the start of its next place
_NEXT_LISTED = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)"
                          r"(?:the[ \t]+)?(?=[A-Z])")


def _listed_before(sentence: str, start: int, phrase: str, ftype: str, stop: int
                   ) -> list[Finding]:
    """The findings of facility words ``phrase`` at the places listed before the one at
    ``start`` ("the Sinpo and Mayang-do bases": Sinpo's), first place first."""
    out: list[Finding] = []
    while len(out) < 8 and (m := _LIST_BEFORE.search(sentence, max(0, start - 12), start)):
        # (a word right before a comma has no gap before it: one is put there)
        words = _words_before(sentence[:m.start()] + " ", m.start() + 1)
        name = clean_name(sentence[words[0].start():words[-1].end()]) if words else None
        if name is None or country_of_word(name):
            break
        start = words[0].start() + max(sentence.find(name, words[0].start()) - words[0].start(),
                                       0)
        out.append(Finding(name, phrase, ftype, start, start + len(name), (0, 0), stop=stop))
    return out[::-1]


def _singular(phrase: str) -> str:
    """Facility words with their plural head made singular ("air bases": "air base",
    "aircraft factories": "aircraft factory")."""
    head = phrase.rsplit(None, 1)[-1]
    one = head[:-3] + "y" if head.lower().endswith("ies") else head[:-1]
    return phrase[:len(phrase) - len(head)] + one


def _facility_at(sentence: str, after: list[re.Match], phrase: str, ftype: str
                 ) -> Finding | None:
    """The finding of facility words ``phrase`` at the place of the words ``after``."""
    place = sentence[after[0].start():after[-1].end()]
    name = clean_name(place)
    if name is None:
        return None
    shift = place.find(name.split()[0])
    p0 = after[0].start() + max(shift, 0)
    place = sentence[p0:after[-1].end()]
    f = Finding(place, phrase, ftype, p0, p0 + len(place), (0, 0))
    f.stop = p0 + len(place)
    return f


def _add_named_findings(sentence: str, out: list[Finding]) -> None:
    """Add to ``out`` (the findings of a sentence's facility names) those of "a second
    site, known as Sino-ri"."""
    facility_names = len(out)
    named = None  # the offsets of the other names the facility names are given
    for km in _KNOWN_AS.finditer(sentence):
        leads = list(FACILITY_PHRASE.finditer(sentence, max(0, km.start() - 80), km.start()))
        if not leads:
            continue
        lead = leads[-1]  # the facility words nearest before "known as"
        if _DESCRIBED_BEFORE.search(sentence[:lead.start()]):
            continue  # "The reactor, formerly known as X": another name of a site named before
        got = _name_at(sentence, km.end())
        if got is None:
            continue
        text, p0 = got
        if named is None:
            named = {off for f in out[:facility_names]
                     for _, off in aliases_after(sentence, f.span_end)}
        if p0 in named or any(f.start <= p0 < f.span_end for f in out):
            continue  # another name of a finding already made
        words = [(t, _kind(t.group(), None)) for t in _TOKEN.finditer(text)]
        if any(k == "head" for _, k in words) and text[0].isupper():
            # a full facility name: "known as the Radiochemical Laboratory"
            tail = [t for t, k in words if k in ("head", "modifier")]
            place_end = p0 + (tail[0].start() if tail and tail[0].start() else len(text))
            f = Finding(sentence[p0:place_end].strip() or text, text[place_end - p0:].strip()
                        or text, facility_type_of(text), p0, place_end, (0, 0),
                        full=text, full_start=p0, stop=p0 + len(text))
        else:
            name = clean_name(text)
            if name is None:
                continue
            # the sentence gives the facility this name: it is the facility's own, as
            # analysts write it ("the so-called New Labs"), not only a place's
            f = Finding(text, lead.group(), facility_type_of(lead.group()), p0, p0 + len(text),
                        (0, 0), described=True)
        out.append(f)


# 'the optical-electronic complex "Okno"': facility words, then a name in quotes
_QUOTED_AFTER = re.compile(r"[ \t]+[\"“«](?=[A-Z])")
_QUOTE_END = re.compile(r"[\"”»]")


def _add_quoted_names(sentence: str, out: list[Finding]) -> None:
    """Add to ``out`` the names a sentence puts in quotes right after facility words in
    small letters ('the optical-electronic complex "Okno" near X'): the facility's own."""
    if _QUOTED_AFTER.search(sentence) is None:
        return  # no quoted name anywhere (what each lead needs), so no search for leads
    for lead in FACILITY_PHRASE.finditer(sentence):
        m = _QUOTED_AFTER.match(sentence, lead.end())
        if m is None or not lead.group()[:1].islower():
            continue
        got = _name_at(sentence, m.end())
        if got is None or not _QUOTE_END.match(sentence, got[1] + len(got[0])):
            continue  # 'the base "where it all began"': no name
        text, p0 = got
        words = text.split()
        if len(words) > 3 or any(_bare(w) in STOPWORDS for w in words) or any(
                f.start <= p0 < f.span_end for f in out) or clean_name(text) is None:
            continue  # 'the base "Where It Began"': a title
        out.append(Finding(text, lead.group(), facility_type_of(lead.group()), p0,
                           p0 + len(text), (0, 0), described=True))


# "the Baltic Fleet's airfield", "the Army's depot": an owner, not the place it stands.
_OWNER = re.compile(
    r"\b(?:fleet|army|navy|air\s+force|forces?|corps|command|ministry|guards?|division|"
    r"regiment|brigade|agency|company|corporation|government|military|party|authority|"
    r"organi[sz]ation|institute|university)['’]s?$", re.I)


_ADV = (r"(?:also|otherwise|commonly|locally|previously|formerly|formally|informally|"
        r"sometimes|officially|unofficially|simply|widely|better|now|often|originally|since|"
        r"popularly|colloquially|generally|usually|variously|later|once|still|long)")
# The blanks between the words of "also known as": spaces, and at most one line break
# (hard-wrapped text: "widely known as the\nDimona reactor"). Each alternative opens on
# its own characters, so a run of blanks is read one way only.
_S = r"[ \t]*(?:\r?\n[ \t]*)?"
_S1 = r"(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)"
# What introduces another name of what was just named: ", also known as", ", formerly",
# ", officially", ", or" (comma-led only), "and now called".
# A time a name held until: "until 1992", "before the 1990s", "until its renaming"
_UNTIL = (r"(?:until|till|before|up" + _S1 + r"to)" + _S1 + r"(?:(?:the|its|his|her)" + _S1
          + r")?(?:\d{4}s?|renaming|[a-z]+" + _S1 + r"\d{4}|it" + _S1 + r"was" + _S1
          + r"renamed)")
_ALIAS_INTRO = re.compile(
    r"[ \t]*(?:,[ \t]*(?:\r?\n[ \t]*)?|" + _S1 + r"and" + _S1 + r"|;" + _S + r"|"
    # a dash ("Pituffik Space Base — called Thule Air Base until 2023 —")
    r"[ \t]*(?:[—–]|--?(?=[ \t]))" + _S + r")?"
    # a verb before it ("X, is better known as Y"; "X was formerly called Y")
    # ("X until it was renamed Y")
    r"(?:(?:(?:until|till|before|when)" + _S1 + r"(?:it|which)" + _S1 + r")?(?:is|was)"
    + _S1 + r")?"
    # ("the Secretary directed that X be renamed Y", "X will be renamed Y")
    r"(?:(?:(?:will|would|should|to|has|had)" + _S1 + r")?be(?:en)?" + _S1 + r"(?=renamed\b))?"
    r"(?:" + _ADV + _S1 + r")*"
    r"(?:(?:known|referred" + _S1 + r"to|called|named|spelled|spelt|written|designated|"
    r"renamed|dubbed)"
    r"(?:" + _S1 + _ADV + r")?"
    # "better known abroad as"
    r"(?:" + _S1 + r"(?:abroad|locally|internationally|overseas|elsewhere))?"
    # "known until 1992 as", "called before 2023"
    r"(?:" + _S1 + _UNTIL + r")?"
    # "known to its staff as", "known in the industry as", "which the Guard calls"
    # ("known to most Americans simply as")
    r"(?:" + _S1 + r"(?:to|in|among)" + _S1 + r"(?:its|the|local|many|some|most|their)" + _S1
    + r"[\w-]+(?:" + _S1 + r"[\w-]+)?(?:" + _S1 + _ADV + r")?)?"
    r"(?:" + _S1 + r"as)?|which" + _S1 + r"(?:the" + _S1 + r")?[\w'’-]+(?:" + _S1
    + r"[\w'’-]+){0,3}?" + _S1 + r"call(?:s|ed)?"
    # "X, what used to be called Y", "X, what most people call Y"
    r"|what" + _S1 + r"(?:[\w'’-]+" + _S1 + r"){0,3}?call(?:s|ed)?"
    # ("X, now officially the Y", "X, today the Y")
    r"|(?<=[,—–-][ \t\n])(?:formerly|formally|officially|or|(?:now|today)(?:" + _S1
    + r"officially)?)|"
    r"(?<=[,—–])(?:formerly|formally|officially|or|now|today)|aka|a\.k\.a\.)" + _S1
    + r"(?:the" + _S1 + r")?[\"“'‘]?[*_]{0,3}", re.I)
# "also known as Y or the Z": "or" with no comma, only after a name so introduced ("X or
# Y" alone may be two sites)
_OR_ALIAS = re.compile(_S1 + r"or" + _S1 + r"(?:the" + _S1 + r")?[\"“'‘]?[*_]{0,3}", re.I)
_AND_ALIAS = re.compile(_S1 + r"and" + _S1 + r"(?:the" + _S1 + r")?[\"“'‘]?[*_]{0,3}", re.I)
# "the 21st Test and Training Base of the People's Liberation Army and known to its staff
# as ...": an owner after a name, skipped to read the names that follow.
_OF_OWNER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,4}"
                       r"[A-Z][\w'’-]*")
# Facility words in small letters right after a name: "Lop Nur| nuclear test site".
_FACILITY_TAIL = re.compile(r"[ \t]+(?-i:" + FACILITY_PHRASE.pattern.replace(r"\b", "")
                            + r")\b")
_EMPHASIS_END = re.compile(r"[*_]{0,3}")
#: A former name in brackets: words in capitals ("Thule Air Base", not "KFOR headquarters";
#: nor, a people's first, "Soviet Air Force Base": see :func:`is_demonym`)
_FORMER_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:of|de|del|la|al|el|[A-Z][\w'’.-]*))*")
#: ... or initials in brackets after a firm's ending ("... JSC (AMZ)")
_INITIALS_ALIAS = re.compile(r"[A-Z][A-Z0-9]{1,7}")
#: A Nordic army's or air force's code of a unit, a letter or two, a space and its number
#: ("P 18", "I 13", "F 7")
_UNIT_CODE = re.compile(r"[A-Z]{1,2}[ \t]\d{1,2}")
#: An airfield's code's label in brackets: "(ICAO: FLND)", "(IATA code NLA)"
_CODE_LABEL = re.compile(r"(?:ICAO|IATA|FAA|LID)(?:[ \t]+(?:code|id))?[ \t]*[:=]?[ \t]*"
                         r"[A-Z0-9]{3,4}\b")


def _is_country_code(text: str, before: str) -> bool:
    """Whether brackets' ``text`` is a country's ISO code ("BG", "CZE", "UK") and not the
    initials of the name ``before`` them ("the Tehran Research Reactor (TRR)")."""
    if not (2 <= len(text) <= 3 and text.isascii() and text.isalpha() and text.isupper()):
        return False
    if not (iso2_to_iso3(text) if len(text) == 2 else text in countries()) and text != "UK":
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", before)).upper()
    return text not in initials
_PAREN_ALIAS = re.compile(r"[ \t]*(?:\((?P<alias>[^()]{2,120})\)|\[(?P<square>[^\[\]]{2,120})\])")
_AND = re.compile(r"\band\b")
_THE_FORMER = re.compile(r",[ \t]+the[ \t]+former[ \t]+(?=[A-Z])")
_ENDS_WITH_HEAD = re.compile(r"\b(?:" + one_of(_HEADS + _WEAK_HEADS) + r")[*_]{0,3}\Z", re.I)
# "PAF Base Mushaf, the Sargodha air base some 4 km south of Sargodha": the same base
# described by its town (not a list: "X, the Y air base and the Z airfield")
_APPOSITIVE_BASE = re.compile(
    r",[ \t]+the[ \t]+(?=[A-Z])(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+"
    r"(?:air[ \t]*base|airbase|airfield|air[ \t]+station|naval[ \t]+base|reactor|"
    r"(?:enrichment|nuclear|power)[ \t]+plant|shipyard|test[ \t]+site|missile[ \t]+base))\b"
    r"(?![ \t]+and\b|[ \t]*,[ \t]*(?:and[ \t]+)?the\b|[ \t]+(?:of|at|in|near)[ \t]+[A-Z])")
# "at Balikesir (": a place a facility stands at, and brackets after it
#: A name's country or state set off before brackets: "Fort Hood, Texas (..."
_REGION_BEFORE_PAREN = re.compile(r",[ \t]+(?P<region>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)"
                                  r"[ \t]*(?=\()")
_US_STATE = re.compile(US_STATE_WORDS, re.I)
_RENAMED_IN_BRACKETS = re.compile(r"[ \t]*\([^()\n]*\b(?:until|formerly|former|now|known|"
                                  r"called|renamed|previously)\b[^()\n]*\)")
#: "Fort Lee, Virginia, just east of Petersburg (Fort Gregg-Adams)": where a list item says
#: it is, then brackets opening with the name's own first word: its other name
_WHERE_BEFORE_PAREN = re.compile(
    # (each part a region's name, or where the item is from a place: "just east of
    # Petersburg", "outside Blackstone", "about 8 miles south-east of Leesville")
    r"(?:,[ \t]+(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?|(?:(?:just|about|some|roughly|"
    r"approximately)[ \t]+)?(?:[\d.,]+[ \t]*(?:km|kilometres|kilometers|miles?|mi)[ \t]+)?"
    r"(?:(?:north|south|east|west)[\w-]*[ \t]+of|outside|near|in|at|by|beside)[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?)){1,2}"
    r"[ \t]*(?=\((?P<head>[A-Z][\w'’-]*)[ \t]+[A-Z][\w'’.-]*"
    r"(?:[ \t]+[A-Z][\w'’.-]*)?(?:[ \t]*\)|[ \t]+(?:since|until|till|from|before|after)\b"
    r"|[ \t]+in[ \t]+\d{4}\b))")
#: ... or any words of the item's own before brackets that say a renaming: "Fort Orrin,
#: North Carolina, home of the 82nd Airborne Division (Fort Holt until 2023)"
_ANY_WHERE_BEFORE_PAREN = re.compile(
    r"(?:,[ \t]+(?![^,;()\n]*\b(?:and|or)\b)[^,;()\n]{2,60}?){1,2}[ \t]*"
    r"(?=\((?P<head>[A-Z][\w'’-]*)[ \t]+[A-Z])")
_AT_PLACE_PAREN = re.compile(r"[ \t]+(?:at|in)[ \t]+(?P<place>[^\W\d_][\w'’-]*(?:[ \t]+"
                             r"[^\W\d_][\w'’-]*){0,2}?)[ \t]*(?:\r?\n[ \t]*)?(?=\()")
_PAREN_PREFIX = re.compile(
    # (a translator's or an editor's note first: "[Tr.: known as Krasmash]")
    r"^(?:(?:Tr|Trans|TN|Ed|Transl)\.?[ \t]*:[ \t]*|translator['’]s[ \t]+note[ \t]*:[ \t]*)?"
    r"(?:" + _ADV + r"[ \t]+)*(?:(?:known|called|named|spelled|spelt|written|designated)"
    r"(?:[ \t]+as)?[ \t]+|or[ \t]+|aka[ \t]+|a\.k\.a\.[ \t]*|formerly[ \t]+|officially[ \t]+|"
    r"(?:the[ \t]+)?former[ \t]+(?=(?-i:[A-Z])))?"
    r"(?:(?:in[ \t]+)?(?:Korean|Persian|Farsi|Arabic|Chinese|Russian|Hebrew|Urdu|Hindi)"
    r"[ \t]*:[ \t]*)?"
    # (a romanization's initials: "(RR Seondeok; MR Sŏndŏk)", "(pinyin: Yanliang)")
    r"(?:(?-i:RR|MR|McR|WG)[ \t]+|(?:pinyin|Hepburn|Wade-Giles)[ \t]*:?[ \t]+)?"
    r"(?:the[ \t]+)?(?-i:[A-Z][\w-]*['’]s[ \t]+)?[*_]{0,3}", re.I)
# ... who calls it so in brackets: "(the PLA calls it Malan Base)"
_CALLS_IT_AFTER = re.compile(r"[ \t]+(?:calls?|names?|knows?|dubs?)[ \t]+it[ \t]+(?:as[ \t]+)?"
                             r"(?:simply[ \t]+)?(?:the[ \t]+)?")
# "Western diplomats call it simply the Arak heavy water reactor"; "It is also known as X".
_CALL_IT = (
    r"\b(?:(?:call(?:s|ed)?|know(?:s)?|knew|name(?:s|d)?|dub(?:s|bed)?|refer(?:s|red)?[ \t]+to)"
    r"[ \t]+(?:it|the[ \t]+(?:site|base|plant|facility|reactor|complex))[ \t]+"
    r"(?:simply[ \t]+)?(?:as[ \t]+)?)"
    r"(?:the[ \t]+)?[*_]{0,2}")
#: A sentence on "the site" (or "it") that gives its old name: "The site, about 65 miles
#: northwest of Las Vegas, is still best known by its old name, the Nevada Test Site" (not
#: "... lies in Orrinsk, a port town still best known by its old name, Port Holt")
_ITS_OLD_NAME = re.compile(
    r"\bknown[ \t]+by[ \t]+its[ \t]+(?:old|former|earlier|original|first|wartime|previous)"
    r"[ \t]+name[ \t]*,?[ \t]+(?:the[ \t]+)?")
#: ... said of a town the sentence names just before: "Gyumri, a city still best known by
#: its old name, Leninakan"
_TOWN_BEFORE_OLD_NAME = re.compile(r"\b(?:city|town|village|port|settlement|district|"
                                   r"capital)\b[^,;.]{0,30}\Z")
# A translator's or an editor's note opening a sentence: "[Translator's note: ", "(TN: "
_NOTE = r"(?:[\[(](?:TN|Tr\.?|Translator['’]s[ \t]+note|Note|Ed\.?)[ \t]*:[ \t]*)"
_IT_ALIAS = re.compile(
    # ("[Translator's note: the base is generally called X]": of the sentence before)
    _CALL_IT + r"|^\s*" + _NOTE + r"?(?:it|the[ \t]+\w+)(?:" + _S1 + r"(?:is|was)" + _S1
    # "The airport, also known as X, lies ..."
    + r"|[ \t]*,[ \t]*(?=(?:" + _ADV + _S1 + r")?(?:known|called)\b))(?:(?:" + _ADV
    + r"|long)" + _S1 + r"){0,2}"  # "The base was long known simply as X"
    r"(?:known|called|referred" + _S1 + r"to)" + _S1 + r"(?:simply" + _S1 + r")?(?:as"
    + _S1 + r")?(?:the" + _S1 + r")?"
    # "Formerly known as X, it is ...": the subject's name before
    # "[Translator's note: Also called the X; ...]": a note on what the sentence before named
    r"|^\s*(?:formerly|previously|originally|once|long|"
    + _NOTE + r"?also)"
    r"[ \t]+(?:known[ \t]+as|called|named)"
    r"[ \t]+(?:simply[ \t]+)?(?:the[ \t]+)?"
    # "Its name is the Arjan Singh Air Force Station since 2019"
    r"|^\s*its[ \t]+(?:(?:official|new|current|full)[ \t]+)?name[ \t]+(?:is|has[ \t]+been|"
    r"became)[ \t]+(?:the[ \t]+)?", re.I)
# "X lies in Y, although it is generally called Z": "it" in the middle of a sentence,
# the site it names before (so read only in sentences that name one)
_IT_ALIAS_AFTER = re.compile(
    r"[,;]" + _S1 + r"(?:(?:although|though|but|and|where|while)" + _S1 + r")?it"
    + _S1 + r"(?:is|was)" + _S1 + r"(?:" + _ADV + _S1 + r")*"
    r"(?:known|called|referred" + _S1 + r"to)" + _S1 + r"(?:as" + _S1 + r")?(?:the"
    + _S1 + r")?", re.I)
# "The base was built in the 1980s as Qadisiyah Airbase", "X ... opened in 1955 as Y",
# "used it as a hub, under the name Camp Y": the name the site bore when it was made (a
# facility's name: "built as a copy of ..." names none)
_BUILT_AS = re.compile(
    r"\b(?:was|were)" + _S1 + r"(?:(?:first|originally|initially)" + _S1 + r")?(?:built|opened|"
    r"established|founded|constructed|commissioned|set" + _S1 + r"up)\b[^.;:()\n\"“]{0,60}?"
    r"\bas" + _S1 + r"(?:the" + _S1 + r")?|\bunder" + _S1 + r"the" + _S1 + r"name" + _S1
    + r"(?:of" + _S1 + r")?"
    # "... and later became the Air Force's X base"
    # "X was built on the old Y airfield", "on the site of the former Y base"
    r"|\b(?:was|were)" + _S1 + r"(?:built|constructed)" + _S1 + r"on" + _S1 + r"(?:the" + _S1
    + r"site" + _S1 + r"of" + _S1 + r")?the" + _S1 + r"(?:old|former|disused)" + _S1
    + r"|\blater" + _S1 + r"became" + _S1 + r"(?:the" + _S1 + r")?(?:(?-i:[A-Z])[\w'’-]*"
    + _S1 + r"){0,4}?(?-i:[A-Z])[\w-]*['’]s" + _S1, re.I)
_BUILT_AS_NAME = re.compile(r"\b(?:Camp|Fort)\b|" + _HEAD_WORD.pattern, re.I)
#: The part of what :func:`aliases_of_it` looks for that may stand anywhere in a sentence
#: ("... call it simply X"); the rest opens one ("It is also known as X", "Other names:").
CALLS_IT = re.compile(_CALL_IT, re.I)
#: Infobox lines that list a subject's other names ("Other names: Fordo; Shahid Ali ...").
_INFOBOX_ALIASES = re.compile(
    # (a Markdown table's row too: "| Native name | Taşkızak Tersanesi |")
    r"^\s*(?:\|[ \t]*)?(?:other|alternative|alternate|former|native|official|local)[ \t]+"
    r"names?[ \t]*[:|][ \t]*"
    # (not a table's header row: "| Former name | Years |")
    r"(?![ \t]*(?:Years?(?:[ \t]+in[ \t]+use)?|In[ \t]+use|Dates?|Period|Notes?|Sources?|"
    r"Names?|From|Until|Since|Status|Renamed|Language|Script|Meaning)"
    r"[ \t]*(?:\||$))"
    r"(?P<names>.+?)\s*$"
    r"|^\s*(?:\|[ \t]*)?(?:also[ \t]+known[ \t]+as|variants?(?:[ \t]+names?)?)"
    r"[ \t]*[:|][ \t]*(?P<names2>.+?)\s*$",
    re.I | re.M)


def _and_in_name(sentence: str, before: re.Match, word: re.Match) -> bool:
    """Whether the "and" ``word`` joins two words of one name ("Test and Training Base"):
    capitalised facility modifiers on both sides (see :func:`_title_modifier`)."""
    after = _TOKEN.match(sentence, word.end() + len(_NAME_GAP.match(sentence, word.end())
                                                    .group()))
    return after is not None and _joined(sentence, before, word) and all(
        _title_modifier(w.group(), _kind_alone(w.group())) for w in (before, after))


_GENERIC_WORDS = _HEAD_SET | _WEAK_HEAD_SET | _MODIFIER_SET | frozenset(STOPWORDS)


#: Small words inside a name in the languages reports quote: "Base Aérea de Anápolis",
#: "Aeroporto di Ghedi", "Praia da Vitória", "Gongo la Mboto", "Mers el Kébir" (the name
#: goes on to the capital after them).
#: Seas' words, which open a name in Title Case ("Pacific Missile Range Facility")
_SEA_WORDS = frozenset({"Pacific", "Atlantic", "Arctic", "Baltic", "Caspian", "Caribbean",
                        "Mediterranean", "Antarctic"})
#: A month's short name that is a place's word before a particle ("Mar del Plata")
MONTH_SHORT_NAMES = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                          "Dec"})
NAME_PARTICLES = frozenset({"de", "di", "da", "do", "del", "dos", "das", "du", "des",
                             "la", "le", "les", "los", "las", "el", "al", "ul", "bin", "ibn",
                             "van", "von", "der", "den", "ter", "ten", "op", "aan",
                             "ob", "nad", "pod", "pri", "na", "sur", "upon", "am", "im",
                             "e", "y", "dei", "della", "delle", "degli", "dello"})
# ("Pagliano e Gori Air Base", "Cerklje ob Krki", "San Vito dei Normanni Air Station")


def _proper_next(sentence: str, word: re.Match) -> bool:
    """Whether a capitalised word follows ``word`` after one space."""
    m = re.compile(r"[ \t]([^\W\d_])").match(sentence, word.end())
    return m is not None and m.group(1).isupper()


#: The small word after "Base" in a base's name in its country's language ("Base aérienne
#: 113", "Base aérea de Morón", "Base navale de Toulon")
_BASE_IN_ITS_LANGUAGE = frozenset({"aérienne", "aerienne", "aérea", "aerea", "navale",
                                   "aeronavale", "aéronavale"})


#: A facility's place right after its words, then "also called" or "also known as"
_AT_PLACE_ALSO = re.compile(r"[ \t]*\n?[ \t]*(?:at|in|near)[ \t]*\n?[ \t]*(?P<place>[A-Z][\w'’-]*"
                            r"(?:[ \t]*\n?[ \t]*[A-Z][\w'’-]*){0,2}),[ \t]*\n?[ \t]*"
                            r"(?:also|sometimes|often|commonly|widely|locally)[ \t]*\n?[ \t]*"
                            r"(?:called|known[ \t]+as)\b")


def _name_at(sentence: str, pos: int) -> tuple[str, int] | None:
    """The name that starts at ``pos``: capitalised words (or a designation such as
    "IR-40"), and the facility words that may follow ("the Dimona reactor")."""
    toks = []
    for t in _TOKEN.finditer(sentence, pos):
        if toks and not _joined(sentence, toks[-1], t):
            break
        if not toks and t.start() != pos:
            return None
        word = t.group()
        bare = _bare(word)
        proper = word[0].isupper() or any(ch.isdigit() for ch in word) or \
            not word.isascii() and word[0].isalpha() and not word[0].islower() or \
            _ARTICLE_JOINED.fullmatch(word.rstrip(".,;:")) is not None  # "Ain al-Asad"
        facility = bare in _HEAD_SET or bare in _WEAK_HEAD_SET or bare in _MODIFIER_SET
        if not toks:
            if not proper or bare in STOPWORDS and not word[0].isupper():
                return None
        elif not (proper and bare not in ("and", "or", "the")) and not facility and not (
                word == "and" and _and_in_name(sentence, toks[-1], t)) and not (
                word in NAME_PARTICLES and _proper_next(sentence, t)) and not (
                bare in _BASE_IN_ITS_LANGUAGE and toks[-1].group() == "Base"):
            break  # (but "Base aérienne 113 Saint-Dizier-Robinson" goes on)
        toks.append(t)
        if len(toks) >= 8 or word.endswith(("'s", "’s")):
            break
    # a name ends at its last proper or facility word (not at "a", "of"...)
    while toks and (_bare(toks[-1].group()) in STOPWORDS or toks[-1].group()
                    in NAME_PARTICLES) and not toks[-1].group()[0].isupper():
        toks.pop()
    if not toks:
        return None
    end = toks[-1].end()
    if sentence[end - 1] == "." and _bare(toks[-1].group()) not in ("no",):
        end -= 1
    text = sentence[pos:end]
    if not text or re.fullmatch(r"[\d\s.,]+", text) or is_demonym(text) or \
            _QUANTITY.fullmatch(text):
        return None  # (nor is "100 MW" of "the Dhruva research reactor (100 MW)")
    if all(_bare(t.group()) in _GENERIC_WORDS for t in toks):
        return None  # "Base" of "(Base aérienne 125)": facility words alone name nothing
    if len(toks) > 1 and _bare(toks[-1].group()) in UNIT_WORDS and (
            _ORDINAL_WORD.fullmatch(toks[0].group()) or toks[0].group() in _ROMAN):
        return None  # "Sukna military station (33 Corps)": the unit it hosts, no name of it
    return text, pos


#: A quantity and its unit: a reactor's power, a length, a mass ("100 MW", "20 MWe").
_QUANTITY = re.compile(r"\d[\d.,]*[ \t]*(?:[kMG]W[et]?|MW\([et]\)|t|tU|tHM|tonnes|km|m|ft|MeV|"
                       r"GeV|%)")


#: The rest of a number's sign and its number after "N" ("N° 7", "Nº 42")
_NUMBER_SIGN_AFTER = re.compile(r"[°º][ \t]*\d+")
#: ... or its whole number after a name ("Aeródromo-Base n.º 3", "Base Aérea No. 5")
_SIGNED_NUMBER_AFTER = re.compile(r"[ \t]+(?:[Nn]\.?[º°o]|No\.|Nr\.?|Núm\.)[ \t]*\d{1,3}"
                                  r"(?![\w-])")
#: An armed service's name, or a unit's by its number: a base's owner or tenant in brackets
#: after it ("(Royal Danish Navy)", "(Grupo Aéreo N° 7)"), no other name of it
_SERVICE_IN_BRACKETS = re.compile(
    r"(?:(?:the|[A-Z][\w'’-]*)[ \t]+)*(?:Navy|Air[ \t]+Force|Army|Coast[ \t]+Guard|"
    r"Marine[ \t]+Corps|Marines|Air[ \t]+Wing|Defen[cs]e[ \t]+Forces?)"
    r"|(?:Grupo[ \t]+A[ée]reo|Ala[ \t]+de[ \t]+Combate|Grupo|Escuadr[oó]n|Escuadrilla|"
    r"Batall[oó]n|Regimiento)[ \t]+(?:N[°º.]?[ \t]*)?\d+")


def aliases_after(sentence: str, end: int) -> list[tuple[str, int]]:
    """Other names a sentence gives right after a name ending at ``end``: "X, also known
    as Y", "X (Y)", "X (also spelled Y; officially Z)", "X, formerly Y and known
    unofficially as Z", "X, or Y,". Each alias with its offset.

    Examples
    --------
    >>> s = "The Sohae Satellite Launching Station, also known as Tongchang-ri, grew."
    >>> aliases_after(s, s.index(","))
    [('Tongchang-ri', 53)]
    >>> s = "The Fordow plant (also spelled Fordo; officially the Shahid Ali Facility) grew."
    >>> [a for a, _ in aliases_after(s, 16)]
    ['Fordo', 'Shahid Ali Facility']
    >>> s = "the **Madras Atomic Power Station** (MAPS), India's first"
    >>> aliases_after(s, s.index("**", 6))
    [('MAPS', 37)]
    """
    out: list[tuple[str, int]] = []
    number = _NUMBER_END.search(sentence, max(0, end - 40), end)
    if number is not None:  # "Air Base 120 at Cazaux (BA 120)": its names with its number
        got = _same_number_after(sentence, end, number.group("number"))
        if got:
            return got
    # past the end of Markdown emphasis around the name ("**Madras Atomic Power
    # Station** (MAPS)")
    end += len(_EMPHASIS_END.match(sentence, end).group())
    if (firm := _FIRM_AFTER.match(sentence, end)) is not None:
        end = firm.end()  # past a firm's ending ("... PLANT JSC (a.k.a. AMZ)")
    # past the facility words after a known site's name ("Lop Nur| nuclear test site,
    # formally ..."): the other names that follow are the site's
    tail = _FACILITY_TAIL.match(sentence, end)
    if tail:
        end = tail.end()
    if (dated := _BEFORE_YEAR.match(sentence, end)) is not None:
        end = dated.end()  # "al-Bakr Air Base before 2003, now Balad Air Base"
    if (where := _REGION_BEFORE_PAREN.match(sentence, end)) is not None and (
            country_of_word(where.group("region")) is not None
            or _US_STATE.fullmatch(where.group("region"))) and \
            _RENAMED_IN_BRACKETS.match(sentence, where.end()):
        end = where.end()  # "Fort Hood, Texas (Fort Cavazos until now)": past its state
        # (but "Fort Bliss, Texas (El Paso)" says where it is)
    same_head = None
    if ((where := _WHERE_BEFORE_PAREN.match(sentence, end)) is not None
            or (where := _ANY_WHERE_BEFORE_PAREN.match(sentence, end)) is not None
            and _RENAMED_IN_BRACKETS.match(sentence, where.end())) and \
            where.group("head") not in ("The", "A", "An") and \
            re.search(r"(?<![\w'’-])" + re.escape(where.group("head")) + r"[ \t]",
                      sentence[max(0, end - 40):end]) and \
            where.group("head") not in sentence[where.start():where.end()]:
        end = where.end()  # "Fort Lee, Virginia, just east of Petersburg (Fort Gregg-Adams)"
        same_head = where.group("head")
    m = _PAREN_ALIAS.match(sentence, end)
    place = None
    if m is None and (at := _AT_PLACE_PAREN.match(sentence, end)) is not None and \
            at.group("place")[0].isupper():
        # "the 9th Main Jet Base at Balikesir (Balikesir Air Base)": the brackets after
        # the place it stands at, when what they hold bears the place's name
        place = at.group("place")
        m = _PAREN_ALIAS.match(sentence, at.end())
    group = "alias" if m is None or m.group("alias") is not None else "square"
    if m and group == "square" and not _ENDS_WITH_HEAD.search(sentence, max(0, end - 20), end):
        m = None  # "the test site of Shahrud [also Shahroud]": a translator's note on the
        # town; "Tamanhint Air Base [Tamenhint]" is the base's
    if m and _PLACE_IN_BRACKETS.search(m.group(group)):
        m = None  # "Camp Ishigaki (Ishigaki City, Okinawa Prefecture)": where it is
    if m and country_of_word(re.split(r"[;,]", m.group(group))[0]) is not None:
        m = None  # "Embalse (Argentina; NA-SA)": its country, then who runs it
    if m and _is_country_code(m.group(group).strip(), sentence[max(0, end - 60):end]):
        m = None  # "Kozloduy NPP (BG)": a table's country code, no other name
    if m and _UNIT_CODE.fullmatch(m.group(group).strip()):
        m = None  # "Gotlands regemente (P 18)": the Swedish regiment's code, no place's name
    if m and _SERVICE_IN_BRACKETS.fullmatch(m.group(group).strip()):
        m = None  # "Flådestation Frederikshavn (Royal Danish Navy)": whose it is
    if m and m.group(group)[:1].isdigit() and find_coordinates(m.group(group)):
        m = None  # "Faya-Largeau (17.917 N, 19.111 E)": its point, no names
    if m:
        inner_start = m.start(group)
        for part in re.finditer(r"[^;,]+", m.group(group)):
            lead = len(part.group()) - len(part.group().lstrip())
            text = part.group().lstrip()
            if _CODE_LABEL.match(text):
                continue  # "(ICAO: FLND)": its airfield's code, no name
            k = _PAREN_PREFIX.match(text)
            off = inner_start + part.start() + lead + (k.end() if k else 0)
            while off < len(sentence) and sentence[off].isspace():
                off += 1
            got = _name_at(sentence, off)
            rest = text[k.end():].strip() if k else ""
            if got and k and "former" in k.group().lower() and "formerly" not in \
                    k.group().lower() and (not _FORMER_NAME.fullmatch(rest)
                                           or is_demonym(rest.split()[0])):
                got = None  # "(the former Soviet airbase)", "(former KFOR headquarters)":
                # what it was, no name (but "(the former Thule Air Base)")
            if got and firm and not (k and k.end() or _INITIALS_ALIAS.fullmatch(text.strip())):
                got = None  # "Zvezda Shipyard Ltd (Rosneft)": its owner, after the firm's
                # ending (but "PLANT JSC (a.k.a. AMZ)", "... JSC (AMZ)")
            if got and (num := _NUMBER_SIGN_AFTER.match(sentence, got[1] + len(got[0]))):
                # "(Grupo Aéreo N° 7)": the name with its number, not "Grupo Aéreo N",
                # which every group shares
                got = (got[0] + num.group(), got[1])
            if got and (says := _CALLS_IT_AFTER.match(sentence, got[1] + len(got[0]))):
                # "(the PLA calls it Malan Base, ...)": the name it is called, not the caller
                got = _name_at(sentence, says.end())
            if got and not re.search(r"\d\s*(?:km|mi|miles|m)\b", text) and (
                    k and k.end() or not re.search(r"\b\d{4}\b", text)
                    or same_head and got[0].startswith(same_head + " ")) and (
                    place is None or got[0] != place and re.search(
                        r"(?<![\w'’-])" + re.escape(place) + r"(?![\w'’-])", got[0])):
                # "(1951)", "(built 1951)": no name; "(known as Y until 2023)": one
                out.append(got)
        # "Ramat David Airbase (Hebrew: ...), also known as Wing 1": on past the brackets
        end = m.end() if place is None or out else end
    if (app := _APPOSITIVE_BASE.match(sentence, end)) is not None and \
            not _AND.search(sentence, app.end(), app.end() + 60):
        out.append((app.group("name"), app.start("name")))
        end = app.end()
    elif (former := _THE_FORMER.match(sentence, end)) is not None and \
            (got := _name_at(sentence, former.end())) is not None:
        if (num := _SIGNED_NUMBER_AFTER.match(sentence, got[1] + len(got[0]))) is not None:
            # "the Negage base, the former Aeródromo-Base n.º 3": the name with its number,
            # not "Aeródromo-Base", which every such base shares
            got = (got[0] + num.group(), got[1])
        out.append(got)  # "Lucius D. Clay Kaserne, the former Wiesbaden Army Airfield"
        end = got[1] + len(got[0])
    pos = end
    if (at := _AT_PLACE_ALSO.match(sentence, end)) is not None:
        pos = at.end("place")  # "the Globus radar station at Vardø, also called the Vardø
        # radar station": past its place to the name it is also called
    named = False  # the last alias came after words that name ("also known as")
    while True:
        m = _ALIAS_INTRO.match(sentence, pos)
        if (m is None or m.end() == pos) and named and \
                (o := _OR_ALIAS.match(sentence, pos) or _AND_ALIAS.match(sentence, pos)) \
                is not None:
            m = o  # "also known as Y or the Z", "also called Y and the Z": Z is a third name
        elif (m is None or m.end() == pos) and out:
            owner = _OF_OWNER.match(sentence, pos)
            m = _ALIAS_INTRO.match(sentence, owner.end()) if owner else None
            pos = owner.end() if owner else pos
        if m is None or m.end() == pos:
            break
        got = _name_at(sentence, m.end())
        if got is None or _NOW_END.search(m.group()) and (
                got[0].endswith(("'s", "’s")) or not _HEAD_WORD.search(got[0])):
            break  # "X, now Pakistan's largest base", "X, now Monday"
        if _cut_in_quotes(sentence, m, got):
            break  # 'called the "Hub of the Med"': no name, and "Hub" none either
        out.append(got)
        named = True
        pos = got[1] + len(got[0])
    return out


_NOW_END = re.compile(r"\bnow\W*\Z", re.I)
#: A town's or a province's name in brackets after a name: where it is, no other name.
_PLACE_IN_BRACKETS = re.compile(r"[A-Z][\w'’-]*[ \t]+(?:City|Town|Village|Prefecture|"
                                r"Province|County|Oblast|Governorate|Krai|Region|District|"
                                r"Raion)(?:[,;]|\Z)")
_OPEN_QUOTE = re.compile(r"[\"“'‘][*_]{0,3}\Z")
_CLOSE_QUOTE = re.compile(r"[*_]{0,3}[\"”'’]")


def _cut_in_quotes(sentence: str, intro: re.Match, got: tuple[str, int]) -> bool:
    """Whether a name the intro opened a quotation for ends before the quotation does:
    'commonly called the "Hub of the Med"' gives a nickname, and its first word alone
    ("Hub") is no name of the site (every later "hub" of a report would cite it)."""
    if not _OPEN_QUOTE.search(intro.group()):
        return False
    end = got[1] + len(got[0])
    return not got[0].endswith(("'", "’")) and _CLOSE_QUOTE.match(sentence, end) is None


# What says the name after it is a former one: "formerly Y", "previously called Y", "known
# until 1992 as Y", "renamed from Y", "the former Y, now X"
_FORMER_BEFORE = re.compile(
    r"\b(?:(?:formerly|previously|originally|once|earlier)(?:" + _S1 + r"(?:known|called|"
    r"named|designated)(?:" + _S1 + r"as)?)?|(?:known|called|named|designated)" + _S1
    + _UNTIL + r"(?:" + _S1 + r"as)?|renamed" + _S1 + r"from|(?<![\w-])the" + _S1
    + r"former)" + _S1 + r"(?:the" + _S1 + r")?[\"“'‘]?[*_]{0,3}", re.I)
# ... or the words after it: "called Y until 2023", "known as Y before its renaming", "the
# former Y, now X"
_FORMER_NAMING = re.compile(
    r"\b(?:known|called|named|designated)(?:" + _S1 + r"as)?" + _S1 + r"(?:the" + _S1
    + r")?[\"“'‘]?[*_]{0,3}", re.I)
_UNTIL_AFTER = re.compile(r"[*_\"”'’]{0,3}[ \t]*(?:\)[ \t]*)?,?" + _S1 + _UNTIL, re.I)
# "Y was renamed X", "Y, renamed X in 2023": the name before it is the former one
_RENAMED_AFTER = re.compile(
    r"[*_\"”'’]{0,3}[ \t]*(?:,[ \t]*(?:which[ \t]+)?)?(?:(?:was|were|has[ \t]+been|had[ \t]+been|"
    r"(?P<ordered>(?:to[ \t]+)?be))"
    + _S1 + r")?(?:later" + _S1 + r")?renamed\b(?!" + _S1 + r"from)", re.I)
#: An order that a renaming be made, before the name: "the Secretary directed that X be
#: renamed Y" (done; but "a bill proposing that X be renamed Y" is not, nor "X will be")
_ORDERED_BEFORE = re.compile(r"\b(?:directed|ordered|decreed|decided|instructed)"
                             r"(?:[ \t]+that)?[ \t]+[^.;:]{0,80}\Z")
#: Between a name and the site's name of today set after it: "Howard Air Force Base, now
#: Panamá Pacífico airport", "X (now the Y)"; it ends where that name starts.
NOW_NAMED_AFTER = re.compile(r"[*_\"”'’]{0,3}[ \t]*[,(\[][ \t]*now[ \t]+"
                             r"(?:(?:called|named|known[ \t]+as)[ \t]+)?(?:the[ \t]+)?(?=[A-Z])")


def former_names(sentence: str) -> list[tuple[str, int]]:
    """The names a sentence says a facility bore before, with their offsets: "formerly
    Y", "previously known as Y", "known until 1992 as Y", "called Y until 2023",
    "renamed from Y", "the former Y, now X" (see :func:`renamed_after` for "Y was renamed
    X"). Whose name it was is for the caller: the site keeps the other as its name.

    Examples
    --------
    >>> s = "Harwick Space Base (formerly Tolsby Air Base) is busy."
    >>> former_names(s)
    [('Tolsby Air Base', 29)]
    >>> [n for n, _ in former_names("Harwick Space Base — called Tolsby Air Base until 2023.")]
    ['Tolsby Air Base']
    >>> former_names("Harwick Space Base, also known as Tolsby, is busy.")
    []
    """
    out = []
    for m in _FORMER_BEFORE.finditer(sentence):
        got = _name_at(sentence, m.end())
        if got:
            out.append(got)
    for m in _FORMER_NAMING.finditer(sentence):
        got = _name_at(sentence, m.end())
        if got and _UNTIL_AFTER.match(sentence, got[1] + len(got[0])) and got not in out:
            out.append(got)
    for m in _BEFORE_YEAR.finditer(sentence) if "before" in sentence or "until" in sentence \
            else ():
        # "Joint Base Balad under the Americans, al-Bakr Air Base before 2003, now Balad Air
        # Base": a facility's name a list of its names dates
        lo = max(sentence.rfind(c, 0, m.start()) for c in ",;(—") + 1
        pos = lo + len(sentence[lo:m.start()]) - len(sentence[lo:m.start()].lstrip())
        got = _name_at(sentence, pos)
        if got and got[1] + len(got[0]) == m.start() and _HEAD_WORD.search(got[0]) and \
                got not in out:
            out.append(got)
    return sorted(out, key=lambda g: g[1])


_BEFORE_YEAR = re.compile(r"[ \t]+(?:until|before)[ \t]+(?:1[89]|20)\d\d\b")


def renamed_after(sentence: str, end: int) -> bool:
    """Whether the name ending at ``end`` is said to have been renamed ("Tolsby Air Base
    was renamed Harwick Space Base", "Tolsby Air Base, renamed ... in 2023", "Tolsby Air
    Base, now Harwick Space Base"): a former name."""
    if (m := _RENAMED_AFTER.match(sentence, end)) is not None:
        return not m.group("ordered") or \
            _ORDERED_BEFORE.search(sentence, max(0, end - 120), end) is not None
    return NOW_NAMED_AFTER.match(sentence, end) is not None


def aliases_of_it(sentence: str) -> list[tuple[str, int]]:
    """Names a sentence gives to a site it does not name: "Diplomats call it simply the
    Arak heavy water reactor", "It is also known as X", "The base was built in the 1980s as
    X", "... used it as a hub, under the name Camp X" (each with its offset, in order)."""
    out = []
    found = list(_IT_ALIAS.finditer(sentence)) + list(_IT_ALIAS_AFTER.finditer(sentence)) \
        + [m for m in _ITS_OLD_NAME.finditer(sentence)
           if not _TOWN_BEFORE_OLD_NAME.search(sentence, max(0, m.start() - 40), m.start())]
    for m in sorted(found, key=lambda m: m.start()):
        got = _name_at(sentence, m.end())
        if got:
            out.append(got)
            out.extend(aliases_after(sentence, got[1] + len(got[0])))
    for m in _BUILT_AS.finditer(sentence):
        got = _name_at(sentence, m.end())
        if got and _BUILT_AS_NAME.search(got[0]) and got not in out:
            out.append(got)
        elif (kind := _KIND_THEN_NAME.match(sentence, m.end())) is not None and (
                got := _name_at(sentence, kind.end())) and got not in out:
            out.append(got)  # "commissioned in the 1940s as the naval wireless station
            # HMNZS Irirangi": its kind in small letters, then its name
    return sorted(out, key=lambda g: g[1])


#: A kind in small letters ending in a facility's word, then a name: "the naval wireless
#: station| HMNZS Irirangi".
_KIND_THEN_NAME = re.compile(r"(?:[a-z][\w-]*[ \t]+){0,3}?(?:" + one_of(_HEADS)
                             + r")[ \t]+(?=[A-Z])")


_WHAT_CALLED = re.compile(
    r"\bwhat" + _S1 + r"(?:[\w'’-]+" + _S1 + r"){0,3}?call(?:s|ed)?" + _S1 + r"(?:the" + _S1
    + r")?[*_]{0,3}", re.I)


def names_called_what(sentence: str) -> list[tuple[str, int]]:
    """Names a sentence gives as what something is called, naming nothing before them
    ("The white domes of what most people call the Globus radar station house ..."),
    each with its offset. Whose name it is the caller decides: it may be the site the
    sentences before speak of, or something else (a mountain, a town).

    Examples
    --------
    >>> names_called_what("The domes of what most people call the **Orm radar station**.")
    [('Orm radar station', 41)]
    """
    out = []
    for m in _WHAT_CALLED.finditer(sentence):
        got = _name_at(sentence, m.end())
        if got:
            out.append(got)
    return out


def names_what_it_speaks_of(sentence: str) -> bool:
    """Whether a sentence may name a site without naming it first: :func:`aliases_of_it`
    and :func:`infobox_aliases` find nothing in one where this is False (it is their
    first test alone), but the other name of "X ..., although it is called Y", which
    follows a site the sentence names."""
    return (_IT_ALIAS.search(sentence) is not None
            or _INFOBOX_ALIASES.search(sentence) is not None)


def infobox_alias_lines(text: str, low: str | None = None) -> Iterator[tuple[int, int]]:
    """The spans of the lines of ``text`` that list other names ("Other names: ...",
    "Also known as: ..."; see :func:`infobox_aliases`), found by their words ("name",
    "known") in ``low``, the text as :func:`.scan.lowered` gives it, if known."""
    if low is None:
        low = lowered(text)
    if low is None:
        yield from (m.span() for m in _INFOBOX_ALIASES.finditer(text))
        return
    for word in ("name", "known"):
        at = low.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if (m := _INFOBOX_ALIASES.match(text, start, end)) is not None:
                yield m.span()
            at = low.find(word, end)


_ALIAS_NOTE = re.compile(r"\s*\((?:[a-z][^()]*|[^()]*\b(?:spelling|transliteration|name|"
                         r"abbreviation|acronym)s?\b[^()]*)\)\Z")


def infobox_aliases(line: str) -> list[tuple[str, int]]:
    """The names an infobox line lists ("Other names: Fordo; Shahid Ali Mohammadi
    Nuclear Facility"), with offsets in the line (in any line of an infobox read as one
    sentence, its lines unbroken by full stops)."""
    out = []
    for m in _INFOBOX_ALIASES.finditer(line) if ":" in line or "|" in line else ():
        group = "names" if m.group("names") is not None else "names2"
        out += _listed_aliases(m.group(group), m.start(group))
    return out


def _listed_aliases(names: str, start: int) -> list[tuple[str, int]]:
    """The names of an infobox's list of other names, with offsets (``start`` the list's)."""
    out = []
    for part in re.finditer(r"[^;,/|]+", names):
        # (a note in brackets after a name is no part of it: "Zaporozhye NPP (Russian
        # spelling)")
        text = _ALIAS_NOTE.sub("", part.group().strip())
        off = start + part.start() + (len(part.group()) - len(part.group().lstrip()))
        if text and not text.lower().startswith(("none", "n/a")) and \
                not is_weapon_word(text.split()[0]):  # ("Variants: MiG-29A; MiG-29UB")
            out.append((text, off))
    return out


#: Words that name a country or its people, by ISO alpha-2: what a report is about.
COUNTRY_WORDS = {
    "KP": r"north\s+korean?s?|dprk|pyongyang|democratic\s+people(?:'|’)?s\s+republic\s+of\s+korea",
    # "the Republic of Korea", not the end of "the Democratic People's Republic of Korea"
    "KR": r"south\s+korean?s?|seoul|republic\s+of\s+korea" + "".join(
        rf"(?<!{p}\srepublic\sof\skorea)" for p in ("people's", "people’s", "peoples")),
    # not "the South China Sea", "the Indian Ocean", "the Sea of Japan": seas
    "CN": r"china(?<!south\schina)(?<!east\schina)(?!\s+sea)|chinese|beijing|prc",
    "JP": r"japan(?:ese)?(?<!sea\sof\sjapan)|tokyo",
    "RU": r"russian?s?|moscow|kremlin",
    "IR": r"iran(?:ian)?s?|tehran",
    "SY": r"syrian?s?|damascus",
    "IQ": r"iraq(?:i)?s?|baghdad",
    "PK": r"pakistan(?:i)?s?|islamabad",
    "IN": r"india|indians?(?!\s+ocean)|new\s+delhi",
    "IL": r"israel(?:i)?s?|jerusalem|tel\s+aviv",
    "LY": r"libyan?s?|tripoli",
    "MM": r"myanmar|burm(?:a|ese)",
    "SA": r"saudi(?:\s+arabian?)?|riyadh",
    # "U.S" before its last dot: a word boundary after the dot would need a letter next
    # "US" in capitals ("the US has leased..."), not the pronoun
    "US": r"united\s+states|americans?|u\.s(?=\.)|us(?<=(?-i:US))|washington|" + US_STATE_WORDS,
    "UA": r"ukrain(?:e|ian)s?|kyiv|kiev",
    "BY": r"belarus(?:ian)?|minsk",
    "KZ": r"kazakh(?:stan)?|astana",
    "EG": r"egypt(?:ian)?s?|cairo",
    "TR": r"turk(?:ey|ish|iye)|ankara",
    "FR": r"france|french|paris",
    # (not "New England", six US states, nor New Britain, Papua New Guinea's island, nor
    # New South Wales)
    "GB": r"britain(?<!new\sbritain)|british|united\s+kingdom|uk|london|"
          r"england(?<!new\sengland)|scotland|scottish|wales(?<!new\ssouth\swales)|welsh|"
          r"northern\s+ireland",
    "ZA": r"south\s+africa(?:n)?",
    "DZ": r"algerian?|algiers",
    "TW": r"taiwan(?:ese)?|taipei",
    "VN": r"vietnam(?:ese)?|hanoi",
    "YE": r"yemen(?:i)?|houthis?|sanaa",
    "LB": r"leban(?:on|ese)|hezbollah|beirut",
    "AE": r"emirat(?:es|i)|abu\s+dhabi|uae",
}
COUNTRY_WORDS.update((cc, p) for words in (MORE_COUNTRY_WORDS, WORLD_COUNTRY_WORDS)
                     for cc, p in words.items() if cc not in COUNTRY_WORDS)
# "the Gulf of Finland", "the Bay of Bengal", "the Sea of Japan": waters named after a
# country are not the country
_NOT_WATER = "".join(rf"(?<!{w}\sof\s)(?<!{w}\sof\sthe\s)"
                     for w in ("gulf", "bay", "sea", "strait", "straits", "bight"))
_COUNTRY_RE = {cc: re.compile(r"\b" + _NOT_WATER
                              # (nor is Trinidad's "Port of Spain" Spain)
                              + (r"(?<!port\sof\s)" if cc == "ES" else "")
                              + r"(?:" + p + r")\b", re.I)
               for cc, p in COUNTRY_WORDS.items()}


def country_of_word(word: str) -> str | None:
    """ISO alpha-2 of a country named or its people ("Chinese" -> CN), else None."""
    m = _ANY_COUNTRY.fullmatch(word.strip())
    return m.lastgroup if m is not None else None


# Every country's words in one pattern, each in a group named by its code: the first that
# matches the whole word is the one (as a search country by country would find it).
_ANY_COUNTRY = re.compile("|".join(f"(?P<{cc}>{p})" for cc, p in COUNTRY_WORDS.items()), re.I)


def report_countries(text: str) -> set[str]:
    """ISO alpha-2 codes of the countries a text names (North Korea, Seoul...)."""
    return {cc for cc, rx in _COUNTRY_RE.items() if rx.search(text)}


def names_country(text: str, cc: str) -> bool:
    """Whether a text names country ``cc`` (ISO alpha-2) by any of its words."""
    rx = _COUNTRY_RE.get(cc)
    return rx is not None and rx.search(text) is not None


def countries_in_order(text: str) -> list[str]:
    """:func:`report_countries` of a short text, in the order it names them."""
    found = {cc: m.start() for cc, rx in _COUNTRY_RE.items() if (m := rx.search(text))}
    return sorted(found, key=found.get)


@functools.cache
def _locative(cc: str) -> re.Pattern:
    """A sentence putting something in country ``cc``: compiled when first needed (all
    206 at import took a quarter of a second of every process's start)."""
    p = COUNTRY_WORDS[cc]
    return re.compile(
        r"\b(?:in|inside|within|across|of)\s+(?:the\s+)?" + _NOT_WATER + r"(?:" + p + r")\b|\b(?:"
        + p + r")(?:'s|’s)\s" + _NOT_A_BODY + r"|\b(?:" + p + r")\s+(?:[\w-]+\s+){0,2}(?:"
        + one_of(_HEADS) + r")\b",
        re.I)


# After a country's possessive, its people or bodies, which act anywhere ("Ukraine's
# security service said", "Russia's military base in Tajikistan"), not a thing it holds
_NOT_A_BODY = (r"(?!(?:(?-i:[a-z][\w-]*)\s+)?(?:security|service|services|ministry|government|"
               r"officials?|"
               r"president|prime|foreign|leader|leaders|leadership|spokes\w+|intelligence|"
               r"agency|embassy|ambassador|envoy|statement|regulator|company|military|army|"
               r"armed|navy|forces|troops|drones?)\b)")


def located_countries(sentence: str) -> set[str]:
    """Countries a sentence puts something in ("in Iran", "North Korea's", "a North Korean
    missile base"), not those it merely names ("US and South Korean officials")."""
    return {cc for cc in _countries_worded(sentence) if _locative(cc).search(sentence)}


#: A country written after a name, in brackets or after a comma ("Pilcaniyeu Technological
#: Complex (Argentina; CNEA)", "Yongbyon, North Korea."); the words are checked by
#: :func:`country_of_word`.
_WORDS_OF_A_COUNTRY = r"(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}?)[ \t]*"
_COUNTRY_AFTER = re.compile(r"[ \t]*(?:\([ \t]*|,[ \t]+)" + _WORDS_OF_A_COUNTRY
                            + r"(?=[;,)]|\.(?:\s|$)|$)", re.M)
#: ... and one opening a bracket anywhere ("(Chile; CCHEN)", "(Brazil)")
_BRACKETED_COUNTRY = re.compile(r"\([ \t]*" + _WORDS_OF_A_COUNTRY + r"[;,)]")


def country_after(text: str, pos: int) -> str | None:
    """ISO alpha-2 of the country written right after the name ending at ``pos``, in
    brackets or after a comma ("... Complex (Argentina; CNEA)", "Yongbyon, North Korea,"),
    else None ("Natanz, Iran's enrichment site" names no country so)."""
    m = _COUNTRY_AFTER.match(text, pos)
    return country_of_word(m.group(1)) if m is not None else None


def bracketed_countries(text: str, start: int, end: int) -> set[str]:
    """ISO alpha-2 of the countries ``text[start:end]`` opens a bracket with ("La Reina
    Centre (Chile; CCHEN)")."""
    return {country_of_word(m.group(1))
            for m in _BRACKETED_COUNTRY.finditer(text, start, end)} - {None}


def _countries_worded(text: str) -> Iterable[str]:
    """The countries whose words may occur in ``text``: those with a word of the text
    beginning like one of theirs (:data:`_TRIGGERS`), or all of them where lower-casing
    is no stand-in for ``re.I`` (see :func:`.scan.lowered`)."""
    low = lowered(text)
    if low is None:
        return COUNTRY_WORDS
    words = set(_ASCII_WORD.findall(low))
    heads = {w[:n] for w in words for n in _TRIGGER_LENGTHS if len(w) >= n}
    return [cc for cc, first in _TRIGGERS.items() if not first.isdisjoint(heads)]


# The first word of each of a country's phrases: a country whose words a text lacks is
# not searched for (most texts name few of them).
def _literal_prefix(alternative: str) -> str:
    """The letters every match of a pattern's alternative begins with: ``russian?s?``
    -> ``russia``, ``iran(?:ian)?s?`` -> ``iran``, ``north\\s+korean?s?`` -> ``north``."""
    m = re.match(r"[a-z]*", alternative)
    prefix = m.group()
    if alternative[m.end():m.end() + 1] in ("?", "*"):
        prefix = prefix[:-1]  # the last letter is optional
    return prefix


def _alternatives(pattern: str) -> list[str]:
    """A pattern's top-level alternatives (a ``|`` inside a group does not split it)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


_TRIGGERS = {cc: {_literal_prefix(alt) for alt in _alternatives(p)}
             for cc, p in COUNTRY_WORDS.items()}
_TRIGGER_LENGTHS = sorted({len(t) for ts in _TRIGGERS.values() for t in ts})
_ASCII_WORD = re.compile(r"[a-z]+")


def country_counts(text: str, low: str | None = None) -> dict[str, int]:
    """How often a text names each country (ISO alpha-2): the first is what it is about.

    A country is looked for only in a text with a word that begins like one of its words
    (:data:`_TRIGGERS`). ``low`` is :func:`.scan.lowered` of ``text`` when the caller has
    it already; with it, one automaton pass does the work of a search per country.
    """
    made = list(_MADE_BY.finditer(text)) if "-" in text else []
    spoken = list(_LANGUAGE_USE.finditer(text)) if _LANGUAGE_GATE.search(text) else []
    made += spoken
    if made:
        # a maker's people ("Chinese-made missiles", "Soviet-built reactors") and a language
        # ("translated from Portuguese", "in Spanish") are not what the report is about:
        # blanked, the offsets kept (a language of one country counts once for it, if
        # nothing else names it: "names are left in Italian" in a judgment on Sardinia)
        chars = list(text)
        for m in made:
            chars[m.start():m.end()] = " " * (m.end() - m.start())
        text = "".join(chars)
        low = None
    if low is None:
        low = lowered(text)
    if low is None:  # rare characters: the plain way
        words = set(re.findall(r"[a-z]+", text.lower()))
        heads = {w[:n] for w in words for n in _TRIGGER_LENGTHS if len(w) >= n}
        counts = {cc: len(_COUNTRY_RE[cc].findall(text)) for cc, first in _TRIGGERS.items()
                  if first & heads}
    else:
        counts = _country_counts_scanned(text, low)
    if "  " in text or "\t" in text or "|" in text:
        for m in _TABLE_COUNTRY_CODE.finditer(text):  # a table's column of "DNK", "POL"
            if _RULE_BELOW.match(text, text.find("\n", m.end()) + 1 or len(text)):
                continue  # a column's heading over a rule ("NPL" over "------")
            if (cc := iso3_to_iso2(m.group(1))) is not None:
                counts[cc] = counts.get(cc, 0) + 1
    for m in spoken:
        language = _LANGUAGE_GATE.search(m.group()).group()
        cc = country_of_word(language) if language not in _WORLD_LANGUAGES else None
        if cc is not None and not counts.get(cc):
            counts[cc] = 1
    return {cc: n for cc, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n}


#: Languages, which "in" names as well as places ("in Thai, Tha Ruea Chuk Samet", "in
#: Russian, Osipovichi"): no place's (not every people's adjective: Alabama's Arab; nor
#: a language that names a town too: Azerbaijan's Kazakh, the Philippines' Malay)
LANGUAGE_WORDS = frozenset({
    "Thai", "Khmer", "Arabic", "Pashto", "Dari", "Farsi", "Persian", "Urdu", "Hindi",
    "Hebrew", "Cyrillic", "Latin", "Tagalog", "Swahili", "Amharic", "Hausa",
    "Kurdish", "Tamil", "Bengali", "Sinhala", "Mandarin", "Cantonese", "Tigrinya", "English",
    "French", "Spanish", "Portuguese", "Burmese", "Russian", "Ukrainian", "Belarusian",
    "Uzbek", "Turkish", "Greek", "Serbian", "Croatian", "Bosnian", "Albanian",
    "Macedonian", "Polish", "Romanian", "Hungarian", "Czech", "Slovak", "Bulgarian",
    "Japanese", "Korean", "Chinese", "Vietnamese", "Italian", "German", "Dutch", "Swedish",
    "Norwegian", "Danish", "Finnish", "Estonian", "Latvian", "Lithuanian", "Azerbaijani",
    "Armenian", "Indonesian"})
#: A language a text is written, translated or named in ("translated from Portuguese",
#: "in Spanish", "the Portuguese-language press", "Spanish for 'fort'"), which says nothing
#: of the country the report is about (Brazil's, Argentina's)
_LANGUAGES = r"(?:" + "|".join(sorted(LANGUAGE_WORDS, key=len, reverse=True)) + r")"
_LANGUAGE_GATE = re.compile(_LANGUAGES)
#: Languages of many countries, which say nothing of which ("the Portuguese text prevails"
#: in a Brazilian audit)
_WORLD_LANGUAGES = frozenset({"Portuguese", "Spanish", "French", "English", "Arabic",
                              "German", "Chinese", "Russian"})
_LANGUAGE_USE = re.compile(
    r"\b(?:translated|rendered|translation)\s+(?:from|into)\s+(?:the\s+)?" + _LANGUAGES
    + r"(?![\w-])"
    # "(in Portuguese)", "is called, in Spanish, the ...": a language the clause ends on
    + r"|\bin\s+" + _LANGUAGES + r"(?=\s*[,.;:)\]\"'’”]|\s+(?:by|as)\b)"
    + r"|\b" + _LANGUAGES + r"[- ](?:language|speaking|words?|names?|for|original|text|"
    r"translation|version|edition)\b")
#: A maker's or supplier's people: "Chinese-made", "Soviet-built", "Russian-supplied"
_MADE_BY = re.compile(r"\b[A-Z][a-z]+-(?:made|built|supplied|designed|produced|"
                      r"manufactured)\b")
#: An ISO alpha-3 code alone in a table's cell (columns two spaces, a tab or a bar apart)
_RULE_BELOW = re.compile(r"[ \t|:+]*-{3,}[ \t|:+-]*$", re.M)
_TABLE_COUNTRY_CODE = re.compile(
    r"(?:^|(?<=[ ][ ])|(?<=\t)|(?<=\|))[ \t]*([A-Z]{3})(?=[ ][ ]|\t|[ \t]*(?:\||$))", re.M)


def _country_counts_scanned(text: str, low: str) -> dict[str, int]:
    """:func:`country_counts` before sorting, from one automaton pass over ``low``: the
    triggers found at the start of a word say which countries are looked for, the first
    letters of their phrases where a match may start; each such place is tried with the
    country's expression in turn, as ``findall`` would (a match ends before the next is
    looked for)."""
    automaton, one_letter = _country_scanner()
    present: set[str] = set()
    starts: dict[str, list[int]] = {}
    for end, (size, triggers, prefixes) in automaton.iter(low):
        start = end - size + 1
        if triggers and (start == 0 or not "a" <= low[start - 1] <= "z"):
            present |= triggers
        for cc in prefixes:
            starts.setdefault(cc, []).append(start)
    for word, rx in one_letter.items():
        if word not in present and rx.search(low):
            present.add(word)
    counts = {}
    for cc, first in _TRIGGERS.items():
        if first.isdisjoint(present):
            continue
        rx, n, cursor = _COUNTRY_RE[cc], 0, 0
        for p in sorted(set(starts.get(cc, ()))):
            if p >= cursor and (m := rx.match(text, p)) is not None:
                n, cursor = n + 1, m.end()
        counts[cc] = n
    return counts


def _match_start(alternative: str) -> str:
    r"""The characters every match of one alternative of a country's pattern starts with
    (where a match may start): "north" of ``north\s+korean?s?``, "u.s." of ``u\.s\.``,
    "american" of ``americans?``."""
    out = []
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\" and alternative[i + 1:i + 2] in (".", "-", " "):
            lit, step = alternative[i + 1], 2
        elif "a" <= ch <= "z":
            lit, step = ch, 1
        else:
            break
        if alternative[i + step:i + step + 1] in ("?", "*", "{"):
            break  # an optional last letter
        out.append(lit)
        i += step
    return "".join(out)


@functools.lru_cache(maxsize=1)
def _country_scanner():
    """One automaton over the triggers (two letters or more) and the literal starts of
    every country's phrases; a regular expression for each one-letter trigger (every "u"
    of a text would be an automaton hit) that finds it at the start of a word."""
    import ahocorasick

    values: dict[str, tuple[set, set]] = {}
    for cc, pattern in COUNTRY_WORDS.items():
        for alt in _alternatives(pattern):
            prefix = _match_start(alt)
            if not prefix:
                raise AssertionError(f"{cc}: {alt!r} starts with no literal")
            values.setdefault(prefix, (set(), set()))[1].add(cc)
    one_letter = {}
    for words in _TRIGGERS.values():
        for word in words:
            if len(word) == 1:
                # the letter first, so that the engine skips to each one quickly
                one_letter[word] = re.compile(rf"{word}(?<![a-z]{word})")
            elif word:
                values.setdefault(word, (set(), set()))[0].add(word)
    automaton = ahocorasick.Automaton()
    for key, (triggers, prefixes) in values.items():
        automaton.add_word(key, (len(key), frozenset(triggers), tuple(sorted(prefixes))))
    automaton.make_automaton()
    return automaton, one_letter


def an_opens_a_name(word: str) -> bool:
    """Whether "An" before ``word`` is a name's word, not the article: the article stands
    before a vowel's sound only, and a word of a consonant (not "h", not an acronym's
    letters) has none ("An Thoi", "An Khe"; not "An Iranian base", "An RAF station").

    >>> an_opens_a_name("Thoi"), an_opens_a_name("Orvalian"), an_opens_a_name("RAF")
    (True, False, False)
    """
    return len(word) > 1 and word[0] in _CONSONANT_CAPITALS and word[1].islower()


#: Capitals of a consonant's sound in an English reading (not "H": "an historic site")
_CONSONANT_CAPITALS = frozenset("BCDFGJKLMNPQRSTVWXYZ")


def clean_name(name: str) -> str | None:
    """Strip leading stop words; None if nothing that can name a site is left."""
    words = name.split()
    # ("The Thai research reactor in Bangkok"; "Thai" is no demonym inside a name: "Takhli
    # Royal Thai Air Force Base")
    while words and (words[0].lower() in STOPWORDS or is_demonym(words[0])
                     or words[0] == "Thai") and not (
            words[0] in MONTH_SHORT_NAMES and words[1:2] and words[1] in NAME_PARTICLES) and not (
            words[0] in ("Key", "Jan", "In") and words[1:2]
            and words[1].lower() not in STOPWORDS and words[1][:1].isupper()) and not (
            words[0] == "An" and words[1:2] and an_opens_a_name(words[1])):
        words.pop(0)  # (but "Mar del Plata", "Key Lake", "Jan Mayen", "In Salah", "An Thoi")
    if not words:
        return None
    lowered = [w.lower().rstrip(".") for w in words]
    if len(words) > 1 and "Island" in words[1:]:
        # "Farsi Island" (naval base): an island's name is a place's; "Barter Island Long
        # Range Radar Site": an island's name opens the site's
        lowered = [w for i, w in enumerate(lowered) if not (i and words[i] == "Island")]
    if any(w in NON_FACILITY_WORDS or w in DEMONYMS and not (i and lowered[i - 1] in ("el", "al"))
           for i, w in enumerate(lowered)):  # (but "Borg El Arab" is a town's name)
        return None
    if all(w in STOPWORDS for w in lowered):
        return None
    if len(" ".join(words)) < 3:
        return None
    return " ".join(words)




#: Missiles and launchers whose names stand before facility words ("a Sarmat silo", "the
#: Iskander brigade's base"): a weapon's name, not a place's. (Names that are also places,
#: Musudan and Taepodong, are left out, and space rockets: the Soyuz launch complex at
#: Vostochny is a facility named after its rocket.)
WEAPON_NAMES = frozenset({
    "sarmat", "topol", "topol-m", "yars", "bulava", "avangard", "burevestnik", "poseidon",
    "kinzhal", "iskander", "kalibr", "zircon", "tsirkon", "oreshnik", "voevoda", "satan",
    "hwasong", "pukguksong", "nodong", "rodong", "haegum", "kn-23",
    "shahab", "sejjil", "fateh", "qiam", "emad", "ghadr", "khorramshahr", "kheibar",
    "zolfaghar", "dezful", "soumar", "hoveyzeh",
    "shaheen", "ghauri", "babur", "nasr", "ababeel", "ghaznavi", "abdali", "ra'ad",
    "agni", "prithvi", "brahmos", "nirbhay", "k-4", "k-5", "shaurya",
    "dongfeng", "df-41", "df-31", "df-26", "df-21", "df-17", "df-5", "julang", "jl-2",
    "jl-3", "long march", "minuteman", "trident", "sentinel", "tomahawk", "patriot",
    "thaad", "jericho", "arrow", "scud",
    # the Cold War's air defence missiles: "the only restored Nike site", "the BOMARC
    # sites" name no place (see .descriptions' _AIR_DEFENCE_SITE for a battery's code)
    "nike", "bomarc", "hercules", "ajax",
    # air and missile defence systems, aircraft and the bombs' vaults: "F-35A shelters",
    # "the Aegis sites", "WS3 vaults" name things kept at a base, not a base
    "aegis", "sm-3", "sm-6", "s-300", "s-400", "s-500", "ws3", "b61", "b61-12",
    "f-15", "f-15e", "f-16", "f-22", "f-35", "f-35a", "f-35b", "f-35c", "b-1", "b-1b", "b-2",
    "b-21", "b-52", "b-52h", "mq-9", "su-24", "su-25", "su-27", "su-30", "su-34", "su-35",
    "su-57", "mig-29", "mig-31", "tu-22m3", "tu-95", "tu-160", "j-20", "h-6",
    "ashore",  # "the Aegis Ashore site at Redzikowo" is at Redzikowo
    # fighters by name: "the base of the Rafale jets" (a launcher's name is its pad's:
    # "the Soyuz launch site")
    "rafale", "gripen", "eurofighter", "mirage", "tornado",
    # drones by name ("Akinci drones": Akıncı is also a Turkish base's, so not here)
    "bayraktar", "tb2", "anka", "shahed", "geran", "lancet", "mohajer", "kargu", "kizilelma",
    # the Cold War's missiles and bombers ("the old U.S. Polaris base at Holy Loch", "the
    # other Vulcan base", "the second British GLCM base"), and cruise missiles of today
    "polaris", "pershing", "glcm", "gryphon", "titan", "thor", "jupiter", "peacekeeper",
    "vulcan", "valiant", "nimrod", "harpoon", "hellfire", "scalp", "kh-101", "kh-55",
    # aircraft by name: "the Apache base", "the P-3 Orion base", "the MQ-4C Triton support
    # facilities", "the Global Hawk shelters", "a Hawk missile site"
    "apache", "orion", "triton", "reaper", "predator", "chinook", "globemaster", "hawk",
    "global",  # (of "Global Hawk": no place is called "Global")
    "osprey", "ospreys",  # "the GSDF Osprey base" at Saga
    # ... and older fighters by name: "the Phantom base" (the F-4's), "the main base of the
    # Gnats" of 1971
    "phantom", "phantoms", "gnat", "gnats", "starfighter", "starfighters",
})
#: An aircraft's or a missile's designator ("a MiG-21 base", "an F-4E base", "the Tu-22M3
#: regiment's airfield", "KC-135 tankers", "SS-18 silos"): a type kept at a site, not a
#: place. Single letters only where they are an aircraft's mission (fighter, bomber, cargo,
#: attack, patrol, electronic) with two digits or more, or carry a series letter ("H-6K"):
#: "Y-12 National Security Complex", "K-25 site", "X-10 reactor", the reactor "C-3" are
#: sites' own designations.
_AIRCRAFT = re.compile(
    r"(?:mig|su|tu|il|an|yak|mi|ka|be|kc|ec|ea|rc|mq|rq|ah|ch|uh|hh|mh|mv|cv|kj|jf|jh|"
    r"ss|sa|f/a)-\d{1,3}[a-z]{0,3}(?:-\d{1,3})?"
    r"|[fbacpej]-\d{2,3}[a-z]{0,3}|[a-z]-\d{1,3}[a-z]{1,2}")


#: An aircraft's designation of one digit ("the F-5 base", "a P-8 base"): a kind of base,
#: where "K-1 Air Base", "the T-4 air base" or "H-3" are bases' names.
_SHORT_AIRCRAFT = re.compile(r"[FPE]-\d[A-Z]{0,2}")


#: A weapon's mark after its name: "Pershing II", "Titan II", "Atlas F"
_MARK = re.compile(r"[IVX]{1,4}|\d{1,2}|[A-Z]")


def is_weapon_word(token: str) -> bool:
    """Whether a word names a weapon or an aircraft type: one of :data:`WEAPON_NAMES` or a
    designator ("MiG-21", "Su-34", "F-4E", "Tu-22M3", "Il-76", "An-124", "B-52H")."""
    bare = _bare(token)
    return bare in WEAPON_NAMES or _AIRCRAFT.fullmatch(bare) is not None


#: Words that open a command centre's name and are no place's: "the Joint Command Center"
_COMMAND_OWNERS = frozenset({"combined", "joint", "national", "strategic", "central", "main",
                             "regional", "unified", "theater", "theatre", "air", "naval", "army",
                             "space", "military", "alternate", "emergency"})
#: Words that make a centre a unit's headquarters: "the Combined Air Operations Center".
_HEADQUARTERS_WORDS = frozenset({"operations", "operational", "command", "control"})
#: What a space programme's control centre controls ("Satellite Control Center", "Space
#: Systems Control Centre"): a site of dishes and computers, not a unit's headquarters
_SPACE_CONTROL = frozenset({"satellite", "space", "systems", "mission", "flight", "spacecraft",
                            "aerospace"})
#: Military units: "the 10th Tanker Base Command", "the 39th Air Base Wing" are units.
UNIT_WORDS = frozenset({
    "command", "wing", "group", "squadron", "regiment", "division", "brigade", "battalion",
    "corps", "fleet", "flotilla", "army", "directorate",
})


#: Reactor designs and forces' acronyms: "VVER-440 power reactors", "the RAF station" name
#: a design or an owner, not a place.
_DESIGNS = (r"VVER|WWER|RBMK|CANDU|PWR|BWR|PHWR|AP1000|EPR|ACR|BN|HTR|Hualong|APR|OPR|APWR|"
            r"Magnox|AGR|ABWR|ESBWR|CAP|CPR|ACPR|HPR|VBER|KLT|RITM|ACP|SMART|NuScale|"
            # research reactors' designs: "whose TRIGA reactor", "a SLOWPOKE reactor"
            r"TRIGA|MNSR|SLOWPOKE|Argonaut")
DESIGN_OR_FORCE = re.compile(
    r"^(?:" + _DESIGNS + r"|RAF|RAAF|RCAF|RNZAF|RMAF|ROKAF|JASDF|JMSDF|JGSDF|USMC|USAF|PAF|"
    r"IAF|PLA|PLAN|"
    r"PLARF|IRGC|NATO|KPA|IDF|ISPR|USSR|CIA|DIA|NSA)(?:[-\s]?\d+)?$")
#: Capital letters alone (no number) before a station's word in small letters: a system's,
#: an agency's or an owner's initials ("the MUOS ground station at Niscemi").
_SYSTEM_ACRONYM = re.compile(r"[A-Z]{3,6}")
#: A reactor design, with or without its number (a unique reactor's name too: "BN-350").
_DESIGN_NAME = re.compile(r"^(?:" + _DESIGNS + r")\b")
#: A reactor design with its number ("the two-unit VVER-1200 station"): a kind of plant.
_DESIGN = re.compile(r"^(?:" + _DESIGNS + r")[-\s]?\d+$")


def named_after_its_town(f: Finding) -> bool:
    """Whether a finding is a formation named after the town it stands around ("the
    Kozelsk missile division"): the town's name alone is the town's, not the site's."""
    words = f.phrase.lower().split()
    return bool(words) and (words[-1] in _DIVISION_WORDS or words == ["brigade"]) and \
        f.full is None


#: Words that end an organisation's or a force's name: "Popular Mobilization Forces".
_OWNER_ENDS = (NON_FACILITY_WORDS | UNIT_WORDS | {"militia", "militias", "front", "movement",
                                                  "guard", "guards", "brigades", "units"}) \
    - {"center", "centre", "office", "park", "station"}
_CAPITALISED = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:and|of|for|the)[ \t]+)?[A-Z][\w'’-]*)*")


def _owners_initials(sentence: str, acronym: str) -> bool:
    """Whether ``acronym`` is the initials of a force or an organisation the sentence names
    ("Popular Mobilization Forces ... a PMF depot"): an owner, not a place."""
    for m in _CAPITALISED.finditer(sentence):
        words = [w for w in m.group().split() if w not in ("and", "of", "for", "the")]
        for i in range(len(words) - len(acronym) + 1):
            part = words[i:i + len(acronym)]
            if "".join(w[0] for w in part) == acronym and _bare(part[-1]) in _OWNER_ENDS:
                return True
    return False


# "the 3rd Main Jet Base Command in Konya", "the 1st Main Jet Base Command (1. Ana Jet Üs
# Komutanlığı)": a Turkish air base's official name, the command being the base, where the
# sentence says where it is or gives its own name in brackets
_COMMAND_PLACED = re.compile(r"\s+Command(?=\s*\(|\s+(?:in|at|near)\s+[A-Z])")
# ... not the unit a base is "home to" or was "the headquarters of" ("home to the 10th
# Tanker Base Command")
_HOME_TO = re.compile(r"\b(?:home|headquarters)\s+(?:to|of)\s+(?:the\s+)?\Z")


def as_base_command(f: Finding, sentence: str) -> Finding:
    """``f`` named with the "Command" after its "Base" when that names the base itself
    (see ``_COMMAND_PLACED``), else ``f`` (offsets within ``sentence``)."""
    m = _COMMAND_PLACED.match(sentence, f.span_end)
    if m is None or f.full is None or not f.full.endswith("Base") or f.full_start is None \
            or _HOME_TO.search(sentence, 0, f.full_start):
        return f
    return replace(f, full=f.full + " Command", stop=m.end())


_AIR_BASE_PHRASES = frozenset({"air base", "airbase", "airfield", "air field", "aerodrome"})


_WING_COMPLEX = re.compile(r"(?:Complex|Site|Facility)[ \t]+\d{3}-\d{1,2}\Z")


#: A court's words after a garrison's name ("Garrison Military Court")
_COURT_AFTER = re.compile(r"[ \t]+(?i:(?:military[ \t]+)?(?:court|tribunal|prosecutor))\b")
#: The words of a country's arms industry as a whole ("the Soviet Defence Complex")
_SECTOR_WORDS = frozenset({"defence", "defense", "military", "military-industrial",
                           "industrial", "defence-industrial", "defense-industrial",
                           "nuclear", "weapons", "armaments"})


def is_weapon_or_unit(f: Finding, sentence: str = "") -> bool:
    """Whether a finding (in ``sentence``) names a weapon ("Sarmat silo") or a unit ("the
    10th Tanker Base Command"), not a facility at a place."""
    if f.full is not None and f.full.endswith((" Base Command", " Military Command")):
        return False  # a base by its command's name (as_base_command); an army's command
        # of a region, at its headquarters ("the Northern Regional Military Command")
    if f.full is not None and _WING_COMPLEX.search(f.full):
        return False  # "Titan II ICBM Site 571-7": a missile wing's launch complex, its
        # missile's name before it
    if f.facility_type == "production" and f.full is not None and f.full.endswith(" Group"):
        return False  # "the Harbin Aircraft Industry Group": a maker's works, no unit
    words = f.site_name.lower().split()
    if len(words) >= 3 and words[-1] == "complex" and is_demonym(f.site_name.split()[0]) and \
            all(w in _SECTOR_WORDS for w in words[1:-1]):
        return True  # "the Encyclopedia of the Soviet Defence Complex": a country's industry
        # (its "military-industrial complex"), no site
    if words and words[-1] == "garrison" and _COURT_AFTER.match(sentence, f.span_end):
        return True  # "the Yekaterinburg Garrison Military Court": a court's name
    after = re.match(r"[ \t]+([\w-]+)", sentence[f.span_end:])
    if len(words) > 1 and words[-1] in ("center", "centre", "centers", "centres") and \
            not _HEADQUARTERS_WORDS.isdisjoint(words) and not (
                f.full is None and f.phrase.islower() and words[-2] == "command") and not (
                words[-2] == "command" and f.place[:1].isupper()
                and f.place.lower() not in _COMMAND_OWNERS) and not (
                len(words) > 2 and words[-2] == "control" and words[-3] in _SPACE_CONTROL
                and f.place[:1].isupper() and f.place.lower() not in _COMMAND_OWNERS):
        # (nor "the Hengshan Military Command Center", a place's; nor "the Xi'an Satellite
        # Control Center", a space agency's tracking centre)
        return True  # "the Combined Air Operations Center": a headquarters, a unit's (not
        # "the Vlasikha command centre", a command's shelter named after its place)
    if len(words) > 2 and words[-1] in _DIVISION_WORDS and words[-2] in _DIVISION_ARMS \
            and f.full is None and f.parent is None:
        return False  # "the Kozelsk missile division": its silos around the town
    if f.phrase == "brigade" and f.full is None and f.parent is None:
        return False  # "the Yuxi brigade" of a missile force: its garrison (see _chunks)
    if f.phrase.lower() == "brigade" and _BRIGADE_NUMBER.fullmatch(f.name) and \
            f.parent is None:
        return False  # ... and "the 611 Brigade" of one (only a missile force's is a head)
    if f.full is None and re.fullmatch(r"[A-Z]{2,6}", f.name) and (
            _owners_initials(sentence, f.name) or _plural(f.phrase.split()[-1])):
        return True  # "Popular Mobilization Forces ... a PMF depot": the force's; "the new
        # EDCA sites": an agreement's or a force's many
    # a missile's name before "air base" is the place's the missile is named after (the
    # "Burevestnik air base" on Iturup): no missile has an air base (an aircraft's
    # designation is a type flown from it: "the Tu-22M3 airfield")
    # (nor has a name all in capitals: "the Vulcan Naval Reactor Test Establishment")
    # (nor a camp named by a word put after "Camp": "Camp Patriot" is a camp in Kuwait)
    weapon = (" ".join(f.name.lower().split()) in WEAPON_NAMES or is_weapon_word(f.name)) \
        and not ((" ".join(f.phrase.lower().split()) in _AIR_BASE_PHRASES
                  or len(f.phrase.split()) >= 3 and f.phrase.istitle())
                 and f.name.replace(" ", "").isalpha()) \
        and not (f.named_first and f.phrase == "Camp")
    return (bool(words) and words[-1].rstrip(".,") in UNIT_WORDS) or bool(
        after and after.group(1).lower() in UNIT_WORDS) or weapon or (
            f.full is None and DESIGN_OR_FORCE.match(f.name) is not None) or (
            _DESIGN.match(f.name) is not None)


# A unit's designation: capitals (or one capitalised word), a hyphen and a number
# ("TAPS-1", "RAPP-7", "KANUPP-2", "C-3", "Bushehr-1"). Each piece is a run of one
# character class, so the pattern cannot backtrack.
_DESIGNATION = re.compile(r"(?<![\w'’-])(?P<letters>[A-Z]{1,8}|[A-Z][a-z]{2,14})-"
                          r"(?P<number>\d{1,2})(?![\w'’]|-\w)")
# between two designations of one list: "TAPS-1 and TAPS-2", "RAPP-7, RAPP-8"
_LIST_GAP = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*/[ \t]*)\Z")
# the words before a list that say it is of units or reactors: "units, known as",
# "research reactor, ", "reactors "; the text before the list is searched, anchored at
# its end ("\Z"), over a short window
_UNITS_BEFORE = re.compile(
    r"\b(?P<word>units?|reactors?)[ \t]*(?:,|:|\()?[ \t]*(?:(?:also[ \t]+)?(?:known[ \t]+as|"
    r"designated(?:[ \t]+as)?|named|called|dubbed)[ \t]+)?(?:the[ \t]+)?\Z", re.I)
# the words after a list that say so: "KAPS-3 and KAPS-4 reactors", "the RAPP-7 unit"
_UNITS_AFTER = re.compile(
    r"[ \t]+(?:(?:nuclear|power|research|reactor)[ \t]+)?(?P<word>units?|reactors?)\b", re.I)
# what makes "units" a power station's: a reactor, a rating, nuclear power words
_POWER_WORDS = re.compile(
    r"\b(?:reactors?|MWe?|megawatts?|gigawatts?|GWe?|\d+[ \t]*-?MWe?|power[ \t]+units?|"
    r"boiling[ -]water|heavy[ -]water|light[ -]water|pressuri[sz]ed|criticality|grid)\b",
    re.I)
#: the words of a designation that say only "unit" ("Unit-2", "Block-3"): the facility's
#: name goes before them
GENERIC_UNIT_WORDS = frozenset({"unit", "units", "reactor", "block", "phase", "stage",
                                "line", "no"})
_UNIT_WINDOW = 60  # characters before a list its unit words may take


def unit_designations(sentence: str) -> list[tuple[str, int]]:
    """The reactors or power units a sentence names by a designation, as ``(designation,
    offset)``: "two boiling-water units, known as TAPS-1 and TAPS-2", "its first research
    reactor, PARR-1", "the KAPS-3 and KAPS-4 reactors".

    A designation (capitals or a name, a hyphen, a number) is a unit's only when the
    sentence says so next to it: "unit(s)" or "reactor(s)" just before the list it
    belongs to (through "known as", a comma) or just after it; "unit(s)" only in a
    sentence about power (a reactor, a rating in MW, nuclear words), since a military
    "unit" is another thing. A reactor design ("VVER-440") or a weapon ("DF-41",
    "Hwasong-15") is none. Which site the unit is a part of is for the caller.

    Examples
    --------
    >>> unit_designations("The 700-MW units, RAPP-7 and RAPP-8, are being commissioned.")
    [('RAPP-7', 18), ('RAPP-8', 29)]
    >>> unit_designations("Two DF-41 units moved north.")
    []
    """
    if "-" not in sentence:
        return []
    found = list(_DESIGNATION.finditer(sentence))
    if not found:
        return []
    lists: list[list[re.Match]] = []
    for m in found:
        if lists and _LIST_GAP.match(sentence, lists[-1][-1].end(), m.start()):
            lists[-1].append(m)
        else:
            lists.append([m])
    out: list[tuple[str, int]] = []
    power = None
    for group in lists:
        first, last = group[0], group[-1]
        before = _UNITS_BEFORE.search(sentence, max(0, first.start() - _UNIT_WINDOW),
                                      first.start())
        after = _UNITS_AFTER.match(sentence, last.end())
        cue = before or after
        if cue is None:
            continue
        if cue.group("word").lower().startswith("unit"):
            if power is None:
                power = _POWER_WORDS.search(sentence) is not None
            if not power:
                continue  # "two DF-41 units": a military unit
        for m in group:
            text = m.group()
            if DESIGN_OR_FORCE.match(text) or _bare(text) in WEAPON_NAMES or \
                    _bare(m.group("letters")) in WEAPON_NAMES:
                continue
            out.append((text, m.start()))
    return out


# "Site 31", "Pad 2", "Launch Complex 39A", "Space Launch Complex 4E": a part of a launch or
# test site by its number (not "Site 2 km away", "Pad 3.5")
_PART = re.compile(
    r"(?<![\w'’-])(?:(?:Space[ \t]+)?Launch[ \t]+(?:Complex|Pad|Site|Area)|Site|Pad|Complex)"
    r"[ \t]+(?:No\.?[ \t]*)?\d{1,3}[A-Z]?(?:/\d{1,2})?"
    # ("Space Launch Complex 4 East": its side, not "Site 2 East of the river")
    r"(?:[ \t]+(?:East|West)(?![ \t]+of\b|[\w'’-]))?(?![\w'’/-]|[.,]\d|"
    r"[ \t]*(?:km|kilomet|mi(?:les?)?\b|m\b|%|per\b|years?\b|days?\b|hours?\b))")


def numbered_parts(sentence: str) -> list[tuple[str, int]]:
    """The parts of a launch or test site a sentence names by a number, as ``(name,
    offset)``: "Site 31", "Pad 2", "Launch Complex 39A". Which facility each is a part of
    is for the caller (a numbered part alone is no site: every cosmodrome has a "Site 1").

    Examples
    --------
    >>> numbered_parts("Soyuz crews fly from Site 31; Launch Complex 39A is 2 km away.")
    [('Site 31', 21), ('Launch Complex 39A', 30)]
    >>> numbered_parts("The site is 12 km away, the Site 2 km further.")
    []
    """
    return [(m.group(), m.start()) for m in _PART.finditer(sentence)]
