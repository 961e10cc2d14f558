"""Sites a sentence names only by saying what they are.

A facility's own name often has no facility word in it: "Kapustin Yar", "Parchin",
"Jamraya", "Nur Khan". The sentence then says what the name is, in one of three shapes:

- an apposition: "Kapustin Yar, Russia's main missile test range, ...", "at Jamraya, a
  military research centre near Damascus";
- a predicate: "Parchin is one of Iran's largest military sites";
- a list after plural facility words: "air bases, including Nur Khan near Rawalpindi and
  Sargodha in Punjab".

Each gives a :class:`~catalog.ingest.names.Finding` named after the name, with the facility
words as its phrase: "Kapustin Yar" and "missile test range". Whether the name is already
a known site, a country or a town is for the caller (:meth:`Ingester._is_new`), as for
every finding.
"""

from __future__ import annotations

import functools
import itertools
import re

from ..airfields import AVIATION_WORDS, airfield_by_icao, airfields_with_stem, military
from ..airfields import stem as airfield_stem
from ..coordinates import find_coordinates
from ..gazetteer import match_key
from ..power_plants import plant_named
from .names import (
    ADMIN_WORDS,
    ARMS_MAKERS,
    ATOMS,
    CIVIL_WORDS,
    DEMONYMS,
    FACILITY_PHRASE,
    INITIALS_AT_PLACE,
    MILITANTS,
    MISSILE_FORCES,
    MODIFIERS,
    MONTH_SHORT_NAMES,
    NAME_PARTICLES,
    NATIVE_STATION_ALTERNATIVES,
    NON_FACILITY_WORDS,
    NON_SITE_KEYS,
    ORDINAL,
    ORDINAL_BEFORE,
    PUBLICATION_WORDS,
    STOPWORDS,
    TURKISH_AFTER_WORDS,
    WAR_STRIKE,
    Finding,
    arms_or_atoms,
    clean_name,
    country_of_word,
    facility_type_of,
    is_demonym,
    is_facility_word,
    is_weapon_word,
    military_port,
    spelled_out,
)
from .scan import lowered, one_of

# Spaces, or one line break: a gap a hard-wrapped text may break its line at
_LIST_GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
# A name: one to four capitalised words ("Kapustin Yar", "Nur Khan", "Al-Watah"), and an
# acronym in brackets after it ("Pakistan Institute of ... (PINSTECH)" is not read here).
#: A capital letter, accented ones too ("Île Longue", "Ørland", "Šiauliai", "Żagań")
_CAP = "[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"
#: A name's number of its own ("Kori 1"), and the words of a research reactor, one a site
_OWN_NUMBER = re.compile(r"[ \t]\d{1,3}\Z")
_RESEARCH_REACTOR = re.compile(r"\b(?:research|training|teaching|TRIGA|test|pool|university|"
                               r"isotopes?|materials|experimental)\b", re.I)
#: A designation's digits glued to its letters ("K-25", "KANUPP-1", "D05"), not a number of
#: its own ("Tower 22")
_GLUED_DIGITS = re.compile(r"[^\W\d_]-?\d|\d-?[^\W\d_]")
_NAME = (rf"(?P<name>(?!At[ \t]){_CAP}[\w'’-]*(?:[ \t]+"
         r"(?:(?:de[ \t]+la|de|da|do|dos|das|del)[ \t]+)?"
         rf"(?!At[ \t]){_CAP}[\w'’-]*){{0,3}}"
         # (a number of its own after the words: "Tower 22, a small logistics outpost"; a
         # particle between them: "Campo de Provas Brigadeiro Velloso, a test range")
         r"(?:[ \t]+\d{1,3}(?![\w-]))?)"
         r"(?:[ \t]*\([^()\n]{1,40}\))?")  # (not "At": "At Tallow, the submarine base")
# Where a described name may begin: the sentence's start (after a list's bullet: "- Project
# Pegasus, a new enriched uranium facility"), or after a preposition or a comma.
# (or after a verb of a strike or a visit: "a drone struck Tallow, the main bomber base")
# (or a thread's numbered post: "10/ Khalino (Kursk-Vostochny), the airfield ...")
# (or its name in Markdown's bold: "**Xiapu** - the fast reactor project on ...")
_BEFORE = (r"(?:^(?:[ \t]*(?:[-*•]|\d{1,2}/)[ \t]+)?(?:The[ \t]+)?(?:\*\*|__)?|(?<=[,;:(])[ \t]*|"
           r"\b(?:[Aa]t|in|near|from|to|on|of|and|with|by|struck|hit|attacked|targeted|bombed|"
           r"shelled|raided|visited|toured|of[ \t]+course|commission(?:s|ed)|"
           r"(?:re)?open(?:s|ed)|upgrade[sd]|expand(?:s|ed)|was|is|"
           # (or any other word in small letters: "Jets left Tallow, the air base at Holt";
           # not an article's: "on the Black Sea, the Sinop Nuclear Power Plant")
           r"(?P<word>(?!(?:the|a|an|its|their|this|that|these|those|his|her|our)\b)"
           r"[a-z]{2,}))[ \t]+)")
# A sentence opening on a phrase of a preposition, up to the name (no comma between)
_INTRODUCTORY = re.compile(r"[ \t]*(?:Under|In|During|After|Before|Since|At|On|From|With|For|By|"
                           r"As|Through|Throughout|Until|Despite|Following|Like|Unlike)\b[^,;]*\Z")
# ... whose place is a preposition's ("In the far north of Yakutia, ...")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|at|near)[ \t]+\Z")
# ... not a force's or a unit's words before the facility's ("at Hmeimim, the Russian Air
# Force base", "on Saky, the Black Sea Fleet air base": what the place is)
_UNIT_WORDS = frozenset({"force", "forces", "fleet", "navy", "army", "aviation", "guard",
                         "guards", "corps", "marines", "command", "regiment", "brigade",
                         "division", "wing", "squadron", "group", "flotilla", "district"})
# What stands between the name and the facility words: an article or an owner, and a few
# adjectives ("Russia's main", "one of Iran's largest", "a sprawling").
# ("the nation's only", "the UK's main": an owner after "the", in small letters or capitals)
_DET = (r"(?:(?:one[ \t]+of[ \t]+)?(?:a|an|the|its|their|[A-Z][\w-]*['’]s?|"
        r"the[ \t]+[A-Za-z][\w-]*['’]s)[ \t]+)")
# (and aircraft or missiles by their designations: "the main Tu-95 and Tu-160 base"; an
# owner's name among the words, in capitals: "the PLA Air Force's main fighter base")
def _adjectives(owner: str) -> str:
    """Up to four words before the facility words, an ``owner``'s possessive among them."""
    return (r"(?:(?!(?:of|in|at|for|with|to|from|by|on|and|or|that|which|who|where|is|was|"
            r"are|were|has|had|near|outside)\b)(?:[A-Za-z][\w-]*|" + owner + r"['’]s)[ \t]+"
            r"|[A-Z][A-Za-z]{0,3}-\d[\w-]*,?[ \t]+and[ \t]+"
            # (a compound's first half: "the civil-military airport")
            r"|(?:civil|joint|dual)-(?=[a-z])){0,4}?")


_ADJ = _adjectives(r"[A-Z][\w-]*")
#: ... and an owner in small letters too, after a verb ("RAFO Salalah ... is the air force's
#: southern base"; not in an apposition: "in Omdurman, the air force's main base" says what
#: a base named before is)
_ADJ_OWNED = _adjectives(r"[A-Za-z][\w-]*")
_HEAD = r"(?P<head>(?i:" + FACILITY_PHRASE.pattern + r"))"

# "a major reprocessing and isotope production centre": a kind joined to the facility
# words by "and" (a word of facility words only: "a town and a base" is two things)
# ("a warhead assembly and disassembly facility": and a word of another kind after it)
_AND_KIND = (r"(?:(?i:" + one_of(MODIFIERS) + r")[ \t]+and[ \t]+(?:(?!(?i:" + one_of(MODIFIERS)
             + r")\b)[a-z][\w-]*[ \t]+(?=(?i:" + FACILITY_PHRASE.pattern + r")))?)?")
# What may open a sentence before its subject: a numbered paragraph's number ("6.1",
# "d."), a speaker's name in capitals in a transcript ("JORDAN PYLE:", "Q:")
# (or a translator's or an editor's note: "[Translator's note: X is ...", "Note: X is ...";
# or a rule of dashes or equals signs over the line: a digest's item under its heading)
_LEAD = (r"(?:[-=_~*]{3,}[ \t]*\r?\n[ \t]*)?"
         r"(?:(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[a-z]\.|\(?[a-z0-9]{1,3}\))[ \t]+)?"
         r"(?:[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}:[ \t]+)?"
         r"(?:[\[(]?(?:[A-Z][a-z]+['’]s[ \t]+)?(?:[Nn]ote|NB|N\.B\.|TN):[ \t]+)?")

# What sets the description off from the name: a comma, a dash or a bracket, and a
# relative clause's verb ("Sellafield — the reprocessing site in Cumbria —", "Sellafield
# (the reprocessing site)", "Sellafield, which is the country's main reprocessing site")
# (an other name in brackets may come first: "Severomorsk-1 (Safonovo), the fleet's airfield")
# (or a translator's bracket: "at Skardu [the air base about 10 km west of the town]")
_SET_OFF = (r"(?:\*\*|__)?(?:[ \t]*\([^()\n]{1,40}\))?"
            r"(?:,|[ \t]*[—–]|[ \t]+--?(?=[ \t])|[ \t]*[(\[])[ \t]*"
            r"(?:(?:which|that)[ \t]+(?:is|was|remains|has[ \t]+(?:long[ \t]+)?been)[ \t]+)?")
_APPOSITION = re.compile(_BEFORE + _NAME + _SET_OFF + _DET + _ADJ + _AND_KIND + _HEAD)
# An apposition's words all capitalised after the article: a facility's own name ("the
# Siberian Chemical Combine"), not words saying what the name before is
_TITLED_AFTER = re.compile(_SET_OFF + r"(?:the|The)[ \t]+(?:[A-Z][\w'’-]*[ \t]+)+[A-Z][\w'’-]*")
# A time between the verb and what the name is: "Severomorsk-3 ... was until 2022 the
# base of ...", "X is now the main base", "X was, from 1958, a SAC base"
_WHEN = (r"(?:(?:[ \t]+|[ \t]*,[ \t]*)(?:(?:until|since|from|in|by|after|before)[ \t]+"
         r"(?:the[ \t]+)?(?:(?:early|mid|late)[ \t-]+)?\d{4}s?|now|once|still|also|"
         r"formerly|today|then|briefly)(?:,(?=[ \t]))?)?")
_PREDICATE = re.compile(
    # (or a clause's: "..., and Tallow remains a landing ground for transports")
    r"(?:^[ \t]*" + _LEAD
    # (after a place that opens the sentence: "In Morbihan, Tallow, about 5 km west of
    # Kesk, is the base of the patrol aircraft")
    + r"(?:(?:In|At|On|Near)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2},[ \t]+)?"
    r"|[,;]" + _LIST_GAP + r"(?:and|but|while|whereas)" + _LIST_GAP
    + r"|;" + _LIST_GAP + r")(?:The[ \t]+)?" + _NAME
    # (its region after it: "Goose Bay in Labrador, about 7 km west of ..., was a SAC base")
    + r"(?:[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?(?=,))?"
    # "Kapustin Yar, about 90 km east of Volgograd, is ...", "..., the seat of X, is ..."
    # (a hard-wrapped clause may break its line once)
    + r"(?:(?:,(?:[^,;\n]|\n(?![ \t]*\n)){1,150}){1,2},)?"
    # (a hard-wrapped line may break before or after the verb)
    + _LIST_GAP + r"(?:is|was|are|were|remains|ha(?:s|ve)[ \t]+(?:long[ \t]+)?been|became)"
    + _WHEN
    # ("The Kirana Hills ... have long been reported as a storage area")
    + r"(?:[ \t]+(?:reported|described|identified|known|used)[ \t]+as)?" + _LIST_GAP
    + _DET + _ADJ_OWNED
    # ("is the southernmost of the bases in the east", "one of the largest of its depots")
    + r"(?:(?:[a-z]+(?:est|most)|first|last)[ \t]+of[ \t]+(?:the|its|their)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}?)?"
    + _AND_KIND + _HEAD)
# Cheap exact gates, searched first (few sentences hold either description): every match of
# _APPOSITION holds a set-off mark, then _DET's first word or a relative clause's; every match
# of _PREDICATE its verb ("has been" ends in "been"), a gap and _DET's first word.
_DET_FIRST = r"(?:(?:one|an?|the|its|their)[ \t]|[A-Z])"
_APPOSITION_GATE = re.compile(r"(?:[,—–(\[]|[ \t]--?)[ \t]*(?:(?:which|that)[ \t]|" + _DET_FIRST
                              + ")")
_PREDICATE_GATE = re.compile(r"(?:is|was|are|were|remains|been|became)" + _WHEN
                             + r"(?:[ \t]+(?:reported|"
                             r"described|identified|known|used)[ \t]+as)?" + _LIST_GAP
                             + _DET_FIRST)
_ITEM_GATE = re.compile(r"[—–]|[ \t]--?[ \t]")
#: A capitalised name right after a facility's capitalised words: "RAAF Base Learmonth"
_NAME_AFTER_HEAD = re.compile(r"[ \t]+[A-Z][a-z][\w'’-]*(?![\w'’-]|[ \t]*[:(])")
#: The labels an item may open with that name nothing: "Update: naval base struck"
_ITEM_LABELS = frozenset({
    "note", "notes", "nb", "update", "updates", "summary", "background", "context", "analysis",
    "assessment", "comment", "correction", "corrections", "source", "sources", "caption",
    "photo", "image", "imagery", "map", "key", "legend", "editor", "breaking", "exclusive",
    "status", "damage", "result", "results", "target", "targets", "type", "location", "role",
    "kind", "overview", "conclusion", "takeaway", "bottom", "why", "what", "where", "who",
    "when", "how", "claim", "claims", "verdict", "q", "a", "answer", "question", "warning",
    "disclaimer", "methodology", "method", "see", "also", "example", "examples"})
# "the nation's only warhead assembly plant, Pantex, ...", "Britain's reprocessing site,
# Sellafield.": the description first, then the name set off by commas (or ending the
# sentence)
_DESCRIBED_FIRST = re.compile(
    # ("The Emirati army's main garrison, Zayed Military City, ...": a people's word first)
    r"(?<![\w'’-])(?:(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:(?:[A-Z][\w-]*[ \t]+)?[A-Za-z][\w-]*['’]s"
    r"[ \t]+)?|"
    r"[A-Z][\w-]*['’]s[ \t]+)" + _ADJ + _AND_KIND + _HEAD + r",[ \t]+" + _NAME
    + r"(?=[ \t]*(?:[,;.)—–]|$))")
# "At the base, Adams, a pilot, said": a sentence opening on a place of the preposition's,
# whose comma ends it (what follows is the subject, not the facility's name)
_OPENING_PLACE = re.compile(
    r"(?:^|[,;:])[ \t]*(?i:at|in|near|outside|inside|around|behind|from|beyond|across|within|"
    r"over|under|on|by|beside|after|before|since|for|to|into|off|past|along)[ \t]+\Z")
# "Dimona's reactor", "Sellafield's reprocessing plant": a place's facility, named by the
# place's possessive (a person's too: "Kim's missile base"; see Finding.place_only)
# "Sukkur, Sialkot, Pasrur and Chunian, described by India as radar and air defence sites":
# a list of names the sentence then says are facilities (each of the plural's kind)
_NAMES_LISTED = (r"(?P<names>" + _NAME.replace("?P<name>", "") + r"(?:,?[ \t]+(?:and[ \t]+)?"
                 + _NAME.replace("?P<name>", "") + r"){0,8})")
# A facility's word, then a comma: an apposition follows ("the X plant, Orano's ...")
_FACILITY_SET_OFF = re.compile(r"\b([A-Za-z]+)[ \t]*,[ \t]*\Z")
_LIST_DESCRIBED = re.compile(
    r"(?:^(?:[ \t]*[-–*•][ \t]+)?|(?<=[:;])[ \t]*)" + _NAMES_LISTED
    + r",[ \t]+(?:described|identified|designated|listed|named|confirmed)"
    r"(?:[ \t]+by[ \t]+[^,.;]{1,40}?)?[ \t]+as[ \t]+(?:the[ \t]+)?"
    + _ADJ + _AND_KIND + _HEAD)
# "at Buturlinovka and at Baltimor", two air bases in Voronezh Oblast": names a count of
# plural facility words sums up, each one of them
_ONE_NAME = _NAME.replace("?P<name>", "")
_NAMES_COUNTED = re.compile(
    r"(?:^[ \t]*|(?:[:;(]|\b(?:at|in|from|on|struck|hit|and))[ \t]+)(?P<names>" + _ONE_NAME
    + r"(?:,?[ \t]+(?:and[ \t]+)?(?:at[ \t]+)?" + _ONE_NAME + r"){1,8})"
    r"[\"”’']?,[ \t]+(?:the[ \t]+)?(?:two|three|four|five|six|seven|eight|both)[ \t]+" + _ADJ
    + _AND_KIND + _HEAD)
_COUNTED_GATE = re.compile(r",[ \t]+(?:the[ \t]+)?(?:two|three|four|five|six|seven|eight|both)"
                           r"[ \t]")
_POSSESSIVE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})['’]s[ \t]+" + _ADJ
    + _AND_KIND + _HEAD)
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+\Z")
# A capitalised word right before the facility words: a proper name's
_OWN_NAME_BEFORE = re.compile(r"([A-Z][\w-]*)[ \t]+\Z")
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                            "western", "central", "new", "old", "main"})
# A list's or a thread's item opening on a name, then a dash and what it is, as notes are
# written, with no article: "5/ Kacha — helicopter and Be-12 base on the coast" (not a
# colon: "Categories: Nuclear power stations", "Factbox: air bases" are labels)
_ITEM_DESCRIBED = re.compile(
    r"^[ \t]*(?:(?:[-*•]|\d{1,2}[/.)])[ \t]+)?(?:\*\*|__)?" + _NAME
    + r"(?:\*\*|__)?(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*—|[ \t]+(?:–|--?)(?=[ \t]))[ \t]*"
    r"(?:" + _DET + r")?(?:[a-z][\w-]*[ \t]+and[ \t]+)?" + _ADJ + _AND_KIND + _HEAD)
#: Parts of the world, whose possessive names no facility ("Africa's only ... plant")
_REGIONS = frozenset({
    "africa", "europe", "asia", "america", "the americas", "latin america", "south america",
    "north america", "central asia", "east asia", "south asia", "the middle east",
    "middle east", "arctic", "the arctic", "antarctica", "oceania", "eurasia", "scandinavia",
    "balkans", "the balkans", "caucasus", "the caucasus", "world", "the world", "earth"})
#: A possessive followed by "only", "largest"...: one of a kind, said of a facility named
#: elsewhere in the sentence ("Koeberg, Africa's only nuclear power plant")
_ONE_OF_A_KIND = re.compile(r"['’]s[ \t]+(?:only|sole|first|second|third|last|largest|biggest|"
                            r"oldest|newest|main|principal|chief|most|leading|premier|"
                            r"remaining|[a-z]+est)\b")
# "air bases, including": the words that open a list, then the facility words before them
# (looked for only there: a search for facility words everywhere costs a regex per place)
_LIST_WORDS = re.compile(r",?[ \t]+(?:including|such[ \t]+as|like|notably|among[ \t]+them)[ \t]+")
# (a word each match holds: looked for first, faster than the search at every blank)
_LIST_OPENERS = ("including", "such", "like", "notably", "among")
#: ... and the country or region they stand in ("missile production sites in Iran, including")
_HEAD_BEFORE = re.compile(_HEAD + r"(?:[ \t]+(?:in|across|inside)[ \t]+(?:the[ \t]+)?"
                          r"(?:(?:continental|mainland|northern|southern|eastern|western|"
                          r"central)[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?$")
#: A list in brackets or after a colon, which must close where its names end
_LIST_OPEN = re.compile(r"[ \t]*\([ \t]*|:[ \t]+")
_LIST_CLOSE = {"(": re.compile(r"[ \t]*\)"), ":": re.compile(r"[ \t]*(?:[.;]|$)")}
#: ... or after a comma, when the plural facility words before it are counted: "the two
#: other air bases in the region, Comalapa in El Salvador and Soto Cano, near Comayagua"
_COUNTED_LIST = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth)[ \t]+"
                           r"(?:other[ \t]+)?(?:(?!the\b|of\b|and\b)[a-z][\w-]*[ \t]+){0,3}?"
                           + _HEAD
                           + r"(?:[ \t]+(?:in|of)[ \t]+the[ \t]+(?:region|area|country))?"
                           r",[ \t]+(?=[A-Z])")
#: ... whose names are no people's titles ("the two air bases, Colonel Smith and Major Jones")
_TITLES = frozenset({"colonel", "major", "general", "captain", "lieutenant", "admiral",
                     "commander", "sergeant", "brigadier", "commodore", "mr", "mrs", "ms",
                     "dr", "president", "minister", "governor", "mayor", "senator"})
#: ... which ends at its last name's end, its place's, or a stop
_COUNTED_CLOSE = re.compile(r"[ \t]*(?:[,.;]|$)")
#: "including at Parchin and at Khojir": the preposition of the list's places
_LIST_AT = re.compile(r"at[ \t]+(?=[A-Z])")
_LIST_NAME = re.compile(_NAME)
# Between the names of a list: their own places ("near Rawalpindi", "in Punjab"), commas, "and";
# a hard-wrapped text may break its line at any of these gaps ("such as Tallow⏎and Holt").
_LIST_PLACE = re.compile(r"[ \t]+(?:near|in|at|outside)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
_LIST_SEP = re.compile(rf"(?:,{_LIST_GAP}(?:and{_LIST_GAP})?|{_LIST_GAP}and{_LIST_GAP})")

# What may follow the facility words of a description: the end of the phrase (a stop, a
# comma, a bracket, a number), or a word that does not go on naming a thing of which the
# facility words are only an attribute ("Adams, the base commander", "Jones, the site
# manager", "Vell, the reactor builder": a person's, a firm's): a preposition, a relative,
# a conjunction, an adverb, a participle ("the site chosen", "the base built in 1951")
_AFTER_HEAD = re.compile(r"[ \t]*(?:$|(?!['’]s\b)[^\w \t]|\d)|"  # (not "the site's town")
                         # "Xiapu - the fast reactor project on ..." (not its project manager)
                         r"[ \t]+project(?![ \t]+(?:managers?|directors?|teams?|leaders?|"
                         r"officers?|engineers?)\b)|"
                         r"[ \t]+(?:[A-Z]|(?:in|on|at|near|outside|of|"
                         r"for|from|with|by|about|some|around|since|until|till|under|within|"
                         r"inside|to|"
                         r"into|off|beside|between|across|north|south|east|west|close|"
                         r"which|that|where|whose|when|who|and|or|but|not|nor|as|than|is|"
                         r"was|are|were|has|had|have|will|would|may|might|can|could|"
                         r"too|also|now|once|still|itself|then|there|here|just|only|ever|"
                         r"nearest|closest|furthest|farthest|outside|run|hit|set|shut|kept|"
                         # ("B2-Namous, a chemical test range further south")
                         r"further|farther|inland|offshore|nearby|upstream|downstream|along|"
                         r"behind|beyond|below|above|past|towards?|opposite|"
                         r"left|struck|dug|made|held|seen|built|sunk|lost|"
                         r"[a-z]+(?:ed|ing|en|ly))\b)")
#: Facility words that say no kind: "the second site, X" may be X's own name, or anything's.
_ANY_KIND = frozenset({"site", "sites", "facility", "facilities", "complex", "complexes",
                       "installation", "installations"})
#: Words that make "X, the ancient site" a place of the past or of civil life.
_CIVIL = frozenset(CIVIL_WORDS | {"ancient", "historic", "historical", "biblical", "holy",
                                  "sacred", "religious", "pilgrimage", "excavation"})
#: Words a described name never starts with: titles, months, days, generic subjects.
_NOT_NAMES = {
    "mr", "mrs", "ms", "dr", "president", "general", "gen", "minister", "prime", "secretary",
    "officials", "analysts", "satellite", "images", "imagery", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "earlier", "later", "however", "meanwhile", "but", "and", "or", "so", "yet",
    "there", "here", "one", "another", "some", "many", "most", "all", "both", "each",
    # units and ranks: "39th Air Base Wing", "the Base Commander"
    "wing", "command", "commander", "group", "squadron", "regiment", "division", "brigade",
    "battalion", "company", "headquarters", "hq", "road", "street",
    # what a programme or a budget head is about: "Modernisation of Airfield
    # Infrastructure", "Air Base Operations", "Naval Station Security"
    "infrastructure", "operations", "security", "services", "maintenance", "management",
    "development", "modernisation", "modernization", "upgrade", "upgrades", "works",
    "fund", "funds", "budget", "policy",
    # a publication's: "the Example Spaceport Guide", "Air Base Review"
    *(w.lower() for w in PUBLICATION_WORDS),
}
#: A kind's word in a base's language, which opens no name after the words put first:
#: '"Base Aérea Militar" is rendered as "Military Air Base"' names no base
_KIND_WORDS_AFTER = frozenset({"militar", "militare", "naval", "navale", "aérea", "aerea",
                               "aéreo", "aereo"})
#: An aerodrome's location indicator: ICAO's four letters, or a national one with digits
#: ("HL69", Al Jufra's)
LOCATION_INDICATOR = re.compile(r"[A-Z]{2}[A-Z0-9]{2}")
#: A reply's first word, no name when it is the whole of one: "Fair, the base was big." (a
#: thread, a transcript; not "Great Yarmouth")
_REPLY_WORDS = frozenset({"fair", "well", "right", "okay", "ok", "true", "thanks", "correct",
                          "fine", "great", "good", "sure", "yes", "agreed", "exactly",
                          "granted", "absolutely"})


def _head_then_name(sentence: str) -> bool:
    """Whether a facility word comes before a comma and a capital ("... assembly plant,
    Pantex"): what :data:`_DESCRIBED_FIRST` needs, told before its costlier search."""
    if _COMMA_CAPITAL.search(sentence) is None:
        return False  # (exact: each match of _WORD_COMMA_CAPITAL holds one; most sentences none)
    return any(is_facility_word(m.group(1)) for m in _WORD_COMMA_CAPITAL.finditer(sentence))


_WORD_COMMA_CAPITAL = re.compile(r"([\w-]+),[ \t]+[A-Z]")
# (a search of the word at every letter costs more than the comma's, found first)
_COMMA_CAPITAL = re.compile(r",[ \t]+[A-Z]")


# "fly from Muwaffaq Salti Air Base in Jordan or from Souda Bay in Crete": a name given
# beside a facility's full name, after the same preposition, is a facility of its kind
_SIBLING = re.compile(
    r"\b(?P<prep>at|from)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}?(?P<head>(?:(?:Air|Naval|Navy|"
    r"Army|Air[ \t]+Force|Space[ \t]+Force|Naval[ \t]+Air)[ \t]+)?(?:Base|Airbase|Air[ \t]+Base|"
    r"Station|Airfield|Shipyard|Depot|Garrison))(?:[ \t]+in[ \t]+[A-Z][\w'’-]*)?,?[ \t]+"
    r"(?:and|or)[ \t]+(?P=prep)[ \t]+" + _NAME + r"(?=[ \t]*(?:[,.;)]|in\b|$))")


def described_in(sentence: str) -> list[Finding]:
    """Sites ``sentence`` names by saying what they are (offsets within it).

    Examples
    --------
    >>> [(f.name, f.phrase) for f in described_in(
    ...     "Kapustin Yar, Russia's oldest missile test range, fired again.")]
    [('Kapustin Yar', 'missile test range')]
    >>> [f.name for f in described_in(
    ...     "Jets flew from air bases, including Nur Khan near Rawalpindi and Sargodha.")]
    ['Nur Khan', 'Sargodha']
    """
    out: list[Finding] = []
    for rx, gate in ((_APPOSITION, _APPOSITION_GATE), (_PREDICATE, _PREDICATE_GATE),
                     (_ITEM_DESCRIBED, _ITEM_GATE)):
        for m in rx.finditer(sentence) if gate.search(sentence) else ():
            if not _CIVIL.isdisjoint(re.findall(r"[a-z]+", sentence[m.end("name"):m.end()]
                                                .lower())):
                continue  # "Tel Megiddo, the ancient site ...": a dig, not a facility
            if not _AFTER_HEAD.match(sentence, m.end()):
                continue  # "Adams, the base commander": a person's, a firm's words
            if m.group("name").lower() in _REPLY_WORDS:
                continue  # "Fair, the base was big.": a reply's word, no name
            if LOCATION_INDICATOR.fullmatch(m.group("name")) and airfield_by_icao(m.group("name")):
                continue  # "FTTC — Abéché air base": an aerodrome entry's code, then its
                # name, not what the code is
            if rx is not _PREDICATE and _TITLED_AFTER.fullmatch(sentence, m.end("name"), m.end()):
                continue  # "in Novouralsk, the Siberian Chemical Combine in Seversk": a list
                # of facilities by their own names, not what the first place is
            if rx is not _PREDICATE and _NAME_AFTER_HEAD.match(sentence, m.end()) and \
                    sentence[m.start("head"):m.end()][:1].isupper():
                continue  # "YPLM — RAAF Base Learmonth": a base's own name, its kind first
                # (an aerodrome's code and its name), not what the code is
            if rx is not _PREDICATE and _INTRODUCTORY.match(sentence, 0, m.start("name")) and \
                    _PLACE_PREPOSITION_BEFORE.search(sentence, 0, m.start("name")) and \
                    (own := sentence[:m.start("head")].split()[-1:]) and own[0].isalpha() \
                    and own[0][:1].isupper() and not is_demonym(own[0]) \
                    and own[0].lower() not in _UNIT_WORDS \
                    and country_of_word(own[0]) is None:
                continue  # "In the far north of Yakutia, the Cherskiy airfield": a phrase
                # before the subject, then a facility by its own name, not what Yakutia is
            if "word" in m.re.groupindex and m.group("word") and (
                    _INTRODUCTORY.match(sentence, 0, m.start("name"))
                    # (but a verb's object: "For comparison we imaged Diego Garcia, the
                    # Anglo-American base")
                    and not m.group("word").endswith("ed")
                    or _GLUED_DIGITS.search(m.group("name"))):
                continue  # "Under its designation K-25, the airfield was used": a phrase
                # before the subject, not a name the facility words describe; "a plan for
                # KANUPP-1, the country's first power reactor": a unit, a part of a plant
            if _OWN_NUMBER.search(m.group("name")) and "reactor" in m.group("head").lower() \
                    and not _RESEARCH_REACTOR.search(sentence, m.end("name"), m.end()):
                continue  # "Kori 1 was the first commercial reactor", "Flamanville 3, the
                # first EPR reactor": a power plant's unit (but "FiR 1, a TRIGA reactor")
            if rx is _ITEM_DESCRIBED and (
                    any(g.start == m.start("name") for g in out)  # (said with an article)
                    or m.group("name").split()[0].lower() in _ITEM_LABELS
                    or m.group("name").split()[0].lower() in _NOT_NAMES
                    or any(c.isdigit() for c in m.group("name"))  # "D05 - Morón Air Base"
                    or sentence[m.end():m.end() + 1].isalpha()):
                continue  # "Update: naval base struck", "Targets: air bases": no name
            f = _finding(sentence, m.start("name"), m.group("name"), m.group("head"))
            if f is None:
                continue
            found = [f] + _named_before_and(sentence, m.start("name"), m.group("head"))
            if f.phrase == "base" and _DESIGNATION.search(sentence, m.end("name"),
                                                          m.start("head")):
                for g in found:  # "Olenya, the Tu-22M3 and Tu-95 base": an air base
                    g.phrase, g.facility_type = "air base", "airbase"
            out += found
    for m in _LIST_DESCRIBED.finditer(sentence) if " as " in sentence else ():
        if not m.group("head").lower().endswith("s"):
            continue  # one facility's words: "X and Y, described as a base" is one, or none
        for n in _LIST_NAME.finditer(sentence, m.start("names"), m.end("names")):
            f = _finding(sentence, n.start("name"), n.group("name"), m.group("head"))
            if f is not None and country_of_word(n.group("name")) is None:
                out.append(f)
    for m in _NAMES_COUNTED.finditer(sentence) if _COUNTED_GATE.search(sentence) else ():
        head = m.group("head").lower()
        if not head.endswith("s") or head.endswith("ss") or \
                not _AFTER_HEAD.match(sentence, m.end()):
            continue
        for n in _LIST_NAME.finditer(sentence, m.start("names"), m.end("names")):
            if n.group("name").split()[0].lower() in STOPWORDS or \
                    any(g.start == n.start("name") for g in out):
                continue  # ("at" before the next name; or read as an apposition)
            f = _finding(sentence, n.start("name"), n.group("name"), m.group("head"))
            if f is not None and country_of_word(n.group("name")) is None:
                out.append(f)
    for m in _DESCRIBED_FIRST.finditer(sentence) if _head_then_name(sentence) else ():
        words = set(re.findall(r"[a-z]+", m.group("head").lower()))
        if _OPENING_PLACE.search(sentence, 0, m.start()) or not _CIVIL.isdisjoint(words) \
                or words <= _ANY_KIND:
            continue  # "At the base, Adams, a pilot, said"; "The second site, X": no kind
        f = _finding(sentence, m.start("name"), m.group("name"), m.group("head"))
        if f is not None:
            out.append(f)
    for m in _POSSESSIVE.finditer(sentence) if "'s " in sentence or "’s " in sentence else ():
        head = m.group("head").split()[-1].lower()
        if head.endswith("s") and not head.endswith("ss") or \
                not _AFTER_HEAD.match(sentence, m.end()) or \
                not _CIVIL.isdisjoint(re.findall(r"[a-z]+", m.group("head").lower())):
            continue  # "Kim's missile bases", "Dimona's reactor staff"
        before = _WORD_BEFORE.search(sentence, 0, m.start())
        if before and (before.group(1)[0].isupper() and before.group(1).lower() not in
                       STOPWORDS or before.group(1).lower() in ("the", "a", "an")) or \
                country_of_word(m.group("name")) or m.group("name").lower() in _REGIONS or \
                _ONE_OF_A_KIND.match(sentence, m.end("name")):
            continue  # "President Tarrow's base"; "Russia's oldest missile test range";
            # "Africa's only nuclear power plant": what the thing is, not its name
        if (set_off := _FACILITY_SET_OFF.search(sentence, max(0, m.start() - 40), m.start())) \
                and is_facility_word(set_off.group(1)):
            continue  # "the Philippe Coste plant, Orano's conversion plant": what the plant
            # named before is, an owner's words
        own = _OWN_NAME_BEFORE.search(sentence, m.end("name"), m.start("head"))
        if own is not None and not (is_facility_word(own.group(1))
                                    or own.group(1).lower() in DEMONYMS
                                    or own.group(1).lower() in _COMPASS_WORDS):
            continue  # "Kaliningrad's Chkalovsk air base": the base's own name, its place's
            # possessive before it
        f = _finding(sentence, m.start("name"), m.group("name"), m.group("head"))
        if f is not None:
            f.place_only, f.stop = True, m.end()
            out.append(f)
    for m in _SIBLING.finditer(sentence) if " or " in sentence or " and " in sentence else ():
        f = _finding(sentence, m.start("name"), m.group("name"), m.group("head"))
        if f is not None and country_of_word(m.group("name")) is None:
            out.append(f)
    for m in _LIST_WORDS.finditer(sentence) if any(w in sentence for w in _LIST_OPENERS) else ():
        out += _listed_after(sentence, m)
    for m in _LIST_OPEN.finditer(sentence) if "(" in sentence or ":" in sentence else ():
        end = sentence.find(")", m.end()) if m.group().strip() == "(" else len(sentence)
        inside = sentence[m.end():end]
        if not inside[:1].isupper() or "," not in inside and " and " not in inside:
            continue  # (two names or more, each with a capital, or no list)
        listed = _listed_after(sentence, m)
        if len(listed) > 1 and _LIST_CLOSE[m.group().strip()].match(sentence, listed[-1].end):
            # "two air bases (Saky and Belbek)", "air bases: Ukrainka and Belaya." (one name
            # in brackets is the words' own: "aircraft shelters (HAS)")
            out += listed
    for m in _COUNTED_LIST.finditer(sentence) if ", " in sentence else ():
        listed = _listed_after(sentence, m, m.group("head"))
        if len(listed) < 2 or any(f.name.split()[0].lower().rstrip(".") in _TITLES
                                  for f in listed) or \
                not _COUNTED_CLOSE.match(sentence, _skip(_LIST_PLACE, sentence, listed[-1].end)):
            continue
        out += [f for f in listed if country_of_word(f.name) is None
                and not any(g.start == f.start for g in out)]
    return _sibling_designations(sentence, out) if out else out


def _listed_after(sentence: str, m: re.Match, head: str | None = None) -> list[Finding]:
    """The names listed after ``m`` (", including", "such as", a bracket or a colon) when
    plural facility words come right before it ("air bases in Pakistan, including Nur Khan
    and Sargodha"), or are ``head``, known."""
    if head is None:
        h = _HEAD_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
        head = h.group("head") if h is not None else None
    if head is None or not head.lower().endswith("s"):
        return []  # "a base including ...": not a list of sites
    out: list[Finding] = []
    pos = m.end()
    while (n := _LIST_NAME.match(sentence, _skip(_LIST_AT, sentence, pos))) is not None:
        f = _finding(sentence, n.start("name"), n.group("name"), head)
        if f is None:
            break
        out.append(f)
        pos = n.end()
        if (p := _LIST_PLACE.match(sentence, pos)) is not None:
            pos = p.end()
        if (sep := _LIST_SEP.match(sentence, pos)) is None:
            break
        pos = sep.end()
    return out


_THE_FIRST = re.compile(r",?[ \t]+the[ \t]")


def described_near(sentence: str, d: Finding, f: Finding) -> bool:
    """Whether ``f``, a facility named after the place its words stand near ("base near
    Olenegorsk"), is the facility ``d`` describes with those words ("Olenya, the Tu-95
    base near Olenegorsk"): one site, named by ``d``. (Not "at" or "in": "Project Mensa,
    a new facility at Burghfield" is a part of the Burghfield site.)"""
    if not d.described or f.described or f.full is not None or f.start <= d.end:
        return False
    between = sentence[d.end:f.start]
    # (and a base "at" or "in" a place: "PNS Siddiq, a naval air station at Turbat"; and
    # "the" facility there: "Zwilag, the interim storage facility at Würenlingen")
    at = "|at|in" if f.facility_type in ("airbase", "naval base") and \
        d.facility_type == f.facility_type or _THE_FIRST.match(between) else ""
    return len(between) < 120 and re.fullmatch(
        r",?[ \t]+(?:the|an?)[ \t]+[^,;.()]*?\b" + re.escape(f.phrase) + r"s?[ \t]+"
        r"(?:near|outside|close[ \t]+to" + at + r")[ \t]+(?:the[ \t]+(?:town|village|city)"
        r"[ \t]+of[ \t]+)?", between, re.I) is not None


def plural_siblings(sentence: str, f: Finding) -> list[Finding]:
    """The other facilities a place-named finding of plural facility words names before it
    ("the Tarsin and Holt air bases": Tarsin air base, and ``f``, Holt's, made singular);
    none when its words are singular or no list of names comes right before it."""
    phrase = f.phrase.lower()
    if f.full is not None or f.parent is not None or f.described or f.unit or \
            not phrase.endswith("s") or phrase.endswith(("ss", "us")):
        return []
    out = _named_before_and(sentence, f.start, f.phrase)
    if out:
        f.phrase = out[0].phrase  # (made singular)
        for g in out:
            g.facility_type, g.described = f.facility_type, False
    return out


def _named_before_and(sentence: str, start: int, head: str) -> list[Finding]:
    """The names listed before ``start`` and "and", when ``head``, the words that describe
    the name at ``start``, are plural ("Tarsin and Holt, the main air bases")."""
    h = head.lower()
    if not h.endswith("s") or h.endswith(("ss", "us")):
        return []
    m = _NAMES_AND.search(sentence, max(0, start - 120), start)
    if m is None:
        return []
    out = []
    for n in _LIST_NAME_ONE.finditer(sentence, m.start("names"), m.end("names")):
        start, name = n.start(), n.group()
        if (owner := _OWNER_FIRST.match(name)) is not None:
            start, name = start + owner.end(), name[owner.end():]  # "Orano's Malvési"
        f = _finding(sentence, start, name, head)
        if f is None:
            return []  # ("Officials and Tarsin, ..."): no list of names
        out.append(f)
    return out


#: An owner's possessive opening a listed name ("Orano's Malvési and Tricastin plants")
_OWNER_FIRST = re.compile(r"[A-Z][\w-]*['’]s[ \t]+(?=[A-Z])")
#: "15 Wing Moose Jaw", "4 Wing Cold Lake": a Canadian air base by its wing's number
_NUMBERED_WING = re.compile(r"(?<![\w.,-])(?P<full>\d{1,2}[ \t]Wing[ \t](?P<name>[A-Z][a-z]+"
                            r"(?:[ \t][A-Z][a-z]+)?))(?![\w'’-])")


def wing_bases_in(sentence: str) -> list[Finding]:
    """Air bases a sentence names by their wing's number and place, as Canada's are, or
    a list's item or table's row opens with ("Wing 41, Chiang Mai: ...", Thailand's).

    Examples
    --------
    >>> [f.site_name for f in wing_bases_in("Jets of 4 Wing Cold Lake and 3 Wing Bagotville.")]
    ['4 Wing Cold Lake', '3 Wing Bagotville']
    >>> wing_bases_in("The 4th Wing flew.")
    []
    >>> [f.site_name for f in wing_bases_in("- Wing 41, Tallow Mai: at Tallow Airport.")]
    ['Wing 41']
    """
    out = [Finding(m.group("name"), "air base", "airbase", m.start("name"), m.end("name"),
                   (0, 0), full=m.group("full"), full_start=m.start(), stop=m.end())
           for m in _NUMBERED_WING.finditer(sentence)] if " Wing " in sentence else []
    if "Wing " in sentence and (m := _WING_ITEM.match(sentence)) is not None and \
            _AIR_WORDS.search(sentence) and not _BASE_NAMED_NEXT.match(sentence, m.end()):
        # (not "Wing 23, Udon Thani: Udorn Royal Thai Air Force Base, ...": the base's
        # own name, which the facility words read, is the item's site)
        # "Wing 41, Chiang Mai: on the military side of Chiang Mai International Airport"
        # (a list's item or a table's row): the Royal Thai Air Force's way
        out.append(Finding(m.group("name"), "air base", "airbase", m.start("name"),
                           m.end("name"), (0, 0), full=m.group("full"),
                           full_start=m.start("full"), stop=m.end("full")))
    return out


# "Kleine Brogel AB", "Incirlik AB": an air base by its name and the initials of "Air
# Base", as U.S. writers abbreviate it (a Swedish firm's "AB" too: only among air words)
_AB_NAMED = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})"
                       r"[ \t]AB(?![\w'’-])")
_AB_CONTEXT = re.compile(r"\b(?:(?:air[ \t]?)?bases?|aircraft|jets?|fighters?|bombers?|bombs?|B61|"
                         r"squadrons?|wings?|USAF|air[ \t]+forces?|NATO|runways?|tankers?|"
                         r"airlift)\b", re.I)


def abbreviated_air_bases_in(sentence: str, paragraph: str | None = None) -> list[Finding]:
    """Air bases a sentence names with "AB" after their name ("Kleine Brogel AB"), where
    it or its paragraph speaks of aircraft or air bases.

    Examples
    --------
    >>> [f.site_name for f in abbreviated_air_bases_in("F-16 jets left Tallow AB at dawn.")]
    ['Tallow AB']
    >>> abbreviated_air_bases_in("Tallow AB reported a profit.")
    []
    """
    if " AB" not in sentence and "\tAB" not in sentence or not (
            _AB_CONTEXT.search(sentence) or paragraph and _AB_CONTEXT.search(paragraph)):
        return []
    out = []
    for m in _AB_NAMED.finditer(sentence):
        words = m.group("name").split()
        if _opens_no_name(words) or clean_name(m.group("name")) is None or \
                country_of_word(m.group("name")) is not None:
            continue
        out.append(Finding(m.group("name"), "air base", "airbase", m.start("name"),
                           m.end("name"), (0, 0), full=m.group(), full_start=m.start(),
                           stop=m.end()))
    return out


#: A US missile force's launch complex by its squadron's and its own number, the missile's
#: words before it ("Launch Complex 374-7", "Titan II ICBM Site 571-7", "Site 571-7")
#: ... and an air defence battery's site by its code ("Nike Missile Site SF-88", "Nike site
#: NY-56", "BOMARC Site 1"): the missile's name is no place's
_AIR_DEFENCE_SITE = re.compile(
    r"(?<![\w'’-])(?P<name>(?:Nike|BOMARC)(?:[ \t]+(?:Ajax|Hercules|Missile))*[ \t]+"
    r"(?:[Ss]ite|[Bb]attery|Launch[ \t]+Area)[ \t]+(?P<number>[A-Z]{1,2}-\d{1,3}[A-Z]?|\d{1,3}))"
    r"(?![\w'’-])")
_MISSILE_COMPLEX = re.compile(
    r"(?<![\w'’-])(?P<name>(?:(?:Titan(?:[ \t]+II)?|Atlas|Minuteman|ICBM|Missile)[ \t]+)*"
    r"(?:Launch[ \t]+)?(?:Complex|Site|Facility)[ \t]+(?P<number>\d{3}-\d{1,2}))(?![\w'’-])")


def missile_complexes_in(sentence: str) -> list[Finding]:
    """Launch complexes of a US missile wing a sentence names by their numbers, the
    squadron's and their own: "Launch Complex 374-7, near Damascus", "Titan II ICBM Site
    571-7" (a silo and its control centre: a site of its own, unlike a cosmodrome's "Site
    31", see :func:`.names.numbered_parts`).

    >>> [f.site_name for f in missile_complexes_in("Launch Complex 374-7, near Kesk, burned.")]
    ['Launch Complex 374-7']
    >>> [f.site_name for f in missile_complexes_in("Nike Missile Site SF-88 is restored.")]
    ['Nike Missile Site SF-88']
    >>> missile_complexes_in("Complex 12 of the cosmodrome, and route 374-7.")
    []
    """
    if "-" not in sentence and "Nike" not in sentence and "BOMARC" not in sentence:
        return []
    # (its number the "place" part, which no gazetteer place bears: its mentions by other
    # words, "Complex 571-7" and "Titan II Missile Site 571-7", are one site)
    return [Finding(m.group("number"), "complex", "missile base", m.start("number"),
                    m.end("number"), (0, 0), full=m.group("name"), full_start=m.start("name"),
                    stop=m.end("name"), described=True)
            for rx in (_MISSILE_COMPLEX, _AIR_DEFENCE_SITE) for m in rx.finditer(sentence)]


def coded_air_bases_in(sentence: str) -> list[Finding]:
    """Air bases a sentence names by a code of a letter or two and a number, with the
    facility words in capitals after it: "K1 Air Base" (Kirkuk's), "H-3 Airfield", "K-16
    Air Base" (a Korean War field). The code is the name; no gazetteer place bears it.

    >>> [f.site_name for f in coded_air_bases_in("Rockets hit K1 Air Base, near Holt.")]
    ['K1 Air Base']
    >>> coded_air_bases_in("The F-16 air base at Holt and an F-16 squadron.")
    []
    """
    if "Air" not in sentence:
        return []
    return [Finding(m.group("code"), m.group("head"), "airbase", m.start("code"),
                    m.end("code"), (0, 0), full=m.group("name"), full_start=m.start("name"),
                    stop=m.end("name"), described=True)
            for m in _CODED_AIR_BASE.finditer(sentence)
            # (named with its place so: "K-2 Air Base at Daegu", see .names; not an
            # aircraft's "F-16 Air Base" in a headline)
            if not _AT_PLACE_AFTER.match(sentence, m.end())
            and not is_weapon_word(m.group("code"))]


#: A letter's code and the facility words after it ("K1 Air Base", "H-3 Airfield")
_CODED_AIR_BASE = re.compile(r"(?<![\w'’-])(?P<name>(?P<code>[A-Z]{1,2}-?\d{1,2})[ \t]+"
                             r"(?P<head>Air[ \t]+Base|Airfield|Air[ \t]+Station))(?![\w'’-])")
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December)")
_AT_PLACE_AFTER = re.compile(r"[ \t]+(?:at|in|near)[ \t]+(?!" + _MONTHS + r"\b)[A-Z]")


def numbered_bases_in(sentence: str) -> list[Finding]:
    """Bases a sentence names by their number alone, with where they sit: "Base 64,
    headquartered in Lanzhou", "Base 61, at Huangshan", "Base 22 (22基地), a Rocket Force
    organisation whose main storage complex lies in ..." (the Rocket Force's bases, each a
    command over brigades): a command's site. Not "Air Base 201" (its own reader's).

    Examples
    --------
    >>> [f.site_name for f in numbered_bases_in(
    ...     "The fields fall under Base 64, headquartered in Tallow, and Base 61, at Holt.")]
    ['Base 64', 'Base 61']
    >>> [f.site_name for f in numbered_bases_in("Warheads are kept under Base 22 (22基地), a "
    ...     "Rocket Force organisation whose main storage complex lies in Tallow province.")]
    ['Base 22']
    >>> numbered_bases_in("Naval Base 7, at Holt, and Base 12 in the film.")
    []
    """
    if "Base " not in sentence:
        return []
    out = []
    for m in _NUMBERED_BASE.finditer(sentence):
        before = _WORD_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        if before is not None and before.group(1)[:1].isupper() and \
                not before.group(1).endswith(("'s", "’s")):
            continue  # "Air Base 201", "Naval Base 7" (not "the Rocket Force's Base 64")
        # (its number the "place" part: no gazetteer place is named "Base")
        out.append(Finding(m.group("n"), "base", "command", m.start("n"),
                           m.end("n"), (0, 0), full=m.group("name"),
                           full_start=m.start("name"), stop=m.end("name"), described=True))
    return out


#: An air base by its number in Polish, Czech, Slovak or Romanian words ("49 Baza Lotnicza",
#: "8. Baza Lotnictwa Transportowego", "22. základna letectva Náměšť", "Baza 86 Aeriană"),
#: and the place after it, if any
_NUMBERED_NATIVE_BASE = re.compile(
    r"(?<![\w.])(?P<full>(?:(?P<n>\d{1,3})\.?[ \t]+(?:Baza[ \t]+Lotnicza|Baza[ \t]+Lotnictwa"
    r"(?:[ \t]+[A-ZŁŚŻŹ][\w]+)?|[Zz]ákladn[aá][ \t]+letectva|[Zz]ákladňa[ \t]+letectva)"
    r"|Baza[ \t]+(?P<m>\d{1,3})[ \t]+Aerian[ăa]"
    # (Turkey's main jet bases by their number: "the 7. Ana Jet Üs Komutanlığı")
    r"|(?P<t>\d{1,2})\.[ \t]*(?:Ana[ \t]+Jet|Hava)[ \t]+Üs(?:sü|[ \t]+Komutanlığı)?)"
    # (a place, not its commander's title: "the 10. Ana Jet Üs Komutanlığı Commander")
    r"(?:[ \t]+(?!(?:Commander|Komutan\w*|Chief|Head|Headquarters)\b)"
    r"(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)?))?)(?![\w'’-])")


#: A Swedish wing by its number and its town ("F 7 Såtenäs", "F21 Kallax"): the wings were
#: F 1 to F 21, and a fighter's name after the number is a type's ("F 18 Hornet")
_SWEDISH_WING = re.compile(
    r"(?<![\w.-])(?P<full>F[ \t]?(?P<n>[1-9]|1\d|2[01])[ \t]+"
    r"(?P<place>[A-ZÅÄÖ][a-zåäöé]+))(?![\w'’-]|[ \t]+[A-Z0-9])")
_NOT_WING_TOWNS = frozenset({"Hornet", "Tiger", "Phantom", "Starfighter", "Eagle", "Falcon",
                             "Crusader", "Sabre", "Freedom", "Fury", "Corsair", "Mirage"})


_HOME_OF_BEFORE = re.compile(r"\bhome[ \t]+(?:of|to)[ \t]+(?:the[ \t]+)?\Z"
                             # ("planners describe it as Baza 57 Aeriană": its other name)
                             r"|\bit[ \t]+as[ \t]+\Z")


def numbered_native_bases_in(sentence: str) -> list[Finding]:
    """Air bases a sentence names by their number in their country's words
    (:data:`_NUMBERED_NATIVE_BASE`), the place after the words their town.

    >>> [f.site_name for f in numbered_native_bases_in(
    ...     "The 22. základna letectva Kesk and 49 Baza Lotnicza fly helicopters.")]
    ['22. základna letectva Kesk', '49 Baza Lotnicza']
    >>> [f.site_name for f in numbered_native_bases_in("Jets flew from the 7. Ana Jet Üs "
    ...                                                "Komutanlığı, north-west of Kesk.")]
    ['7. Ana Jet Üs Komutanlığı']
    >>> [f.site_name for f in numbered_native_bases_in("Wings: F 7 Kesk and F21 Tallow; "
    ...                                                "no F 18 Hornet, no F 16 Fighting Falcon.")]
    ['F 7 Kesk', 'F21 Tallow']
    """
    out = []
    if "F" in sentence:
        for m in _SWEDISH_WING.finditer(sentence):
            if m.group("place") not in _NOT_WING_TOWNS:
                out.append(Finding(m.group("place"), m.group("full")[:m.start("place")
                                                                      - m.start()].strip(),
                                   "airbase", m.start("place"), m.end("place"), (0, 0),
                                   full=m.group("full"), full_start=m.start(), stop=m.end(),
                                   described=True, named_first=True))
    if "aza" not in sentence and "ákladň" not in sentence and "ákladn" not in sentence \
            and "Üs" not in sentence:
        return out
    for m in _NUMBERED_NATIVE_BASE.finditer(sentence):
        if _BRACKET_AFTER_FACILITY.search(sentence, 0, m.start()) or \
                _HOME_OF_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # "Mihail Kogălniceanu Air Base (Baza 57 Aeriană)": its other name;
            # "Inowrocław Military Air Base, home of the 56 Baza Lotnicza": its unit
        if m.group("t") and sentence.rfind("(", 0, m.start()) > sentence.rfind(")", 0,
                                                                                m.start()):
            continue  # "Konya Air Base (3rd Main Jet Base, "3. Ana Jet Üs")": its other name
        full = m.group("full")
        if m.group("place"):  # (its town: "Náměšť")
            out.append(Finding(m.group("place"), full[:m.start("place") - m.start()].strip(),
                               "airbase", m.start("place"), m.end("place"), (0, 0),
                               full=full, full_start=m.start(), stop=m.end(),
                               described=True, named_first=True))
        else:  # (its number the "place" part, as a Rocket Force's "Base 64")
            n = "n" if m.group("n") else "m" if m.group("m") else "t"
            out.append(Finding(m.group(n), "air base", "airbase", m.start(n), m.end(n),
                               (0, 0), full=full, full_start=m.start(), stop=m.end(),
                               described=True))
    return out


#: A base named by its number and its kind alone ("the 999th Air Base", "the 201st Russian
#: military base", "the 604th air base"): Russia's and its neighbours' bases abroad and at
#: home go by their numbers
_NUMBERED_KIND_BASE = re.compile(
    r"(?<![\w'’-])(?P<full>(?P<n>[1-9]\d{0,3}(?:st|nd|rd|th))[ \t]+"
    r"(?:(?:Russian|Guards|Tactical|Fighter|Transport|Joint|Combined)[ \t]+)?"
    r"(?:[Aa]ir[ \t]+[Bb]ase|[Mm]ilitary[ \t]+[Bb]ase|[Nn]aval[ \t]+[Bb]ase|[Aa]irbase))"
    r"(?![\w'’-])")
#: ... placed in its sentence, right after it: "(авиабаза Кант), in the town of Kant", "sits
#: some 14 km north of", "in Gyumri", "near Dushanbe"
_PLACED_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:[—–-][^—–\n]{1,60}[—–][ \t]*)?,?[ \t]*"
    r"(?:(?:lies|sits|is|stands|was|is[ \t]+located|located|based)[ \t]+)?"
    r"(?:some[ \t]+|about[ \t]+)?"
    r"(?:in|at|near|outside|on[ \t]+the[ \t]+outskirts[ \t]+of|\d{1,4}[ \t]?(?:km|kilometres|"
    r"kilometers|miles)\b)")


#: What makes a base's ordinal a count or a unit's: "the Wing's 1st air base", "became the
#: 3rd air base in the Gulf to host", "home to the 71st Air Base"
_A_COUNT_BEFORE = re.compile(r"(?:['’]s|\b(?:a|its|their|became[ \t]+the|home[ \t]+(?:to|of)"
                             r"[ \t]+the))[ \t]+\Z")
_A_COUNT_AFTER = re.compile(r"[^.;:!?]{0,50}?\bto[ \t]+(?!the\b)[a-z]+\b")


def numbered_kind_bases_in(sentence: str) -> list[Finding]:
    """Bases a sentence names by their number and their kind alone, placed right after
    (:data:`_NUMBERED_KIND_BASE`): "the 999th Air Base (авиабаза Кант), in the town of Kant",
    "The 604th air base ... sits some 14 km north-north-east of Taldykorgan" (the number the
    "place" part: no gazetteer place is named "604th").

    >>> [f.site_name for f in numbered_kind_bases_in(
    ...     "The 999th Air Base, in the town of Tallow, is Russian.")]
    ['999th Air Base']
    >>> numbered_kind_bases_in("Pilots of the 999th Air Base flew.")
    []
    """
    if "th " not in sentence and "st " not in sentence and "nd " not in sentence and \
            "rd " not in sentence:
        return []
    out = []
    for m in _NUMBERED_KIND_BASE.finditer(sentence):
        if _PLACED_AFTER.match(sentence, m.end()) is None:
            continue  # ("Pilots of the 999th Air Base flew": no place said)
        if int(m.group("n")[:-2]) < 10 and not m.group("full").split()[-1][:1].isupper() or \
                _A_COUNT_BEFORE.search(sentence, max(0, m.start() - 20), m.start()) or \
                _A_COUNT_AFTER.match(sentence, m.end()):
            continue  # a count, no base's number: "the 3rd air base in the Gulf to host
            # tankers", "the Wing's 1st air base in Italy"
        out.append(Finding(m.group("n"), m.group("full")[m.end("n") - m.start():].strip(),
                           "airbase" if "ir" in m.group("full") else
                           "naval base" if "aval" in m.group("full") else "other",
                           m.start("n"), m.end("n"), (0, 0), full=m.group("full"),
                           full_start=m.start(), stop=m.end(), described=True))
    return out


#: A base's name right after its kind in small letters, as a translation from Russian or
#: Ukrainian writes it ("the strategic aviation airfield Engels-2, some 7 km ...", "the air
#: base Belbek near Sevastopol"), the name set off after it: a comma, a bracket, the
#: sentence's end, or where it is
_KIND_WORD_THEN_NAME = re.compile(
    r"(?<![\w'’-])(?P<head>airfield|air[ \t]+base|airbase|aerodrome|naval[ \t]+base)[ \t]+"
    r"(?P<name>" + _CAP + r"[\w'’]*(?:-(?:\d{1,2}|" + _CAP + r"[\w'’]*))?)(?![\w'’-])"
    r"(?=[ \t]*(?:[,;:.)(]|\Z|[—–])|[ \t]+(?:in|near|at|on|outside|about|some|north|south|"
    r"east|west)\b)")


def kind_word_then_name_in(sentence: str) -> list[Finding]:
    """Bases a sentence names right after their kind in small letters
    (:data:`_KIND_WORD_THEN_NAME`): "the airfield Engels-2", "the air base Belbek" (not a
    country's, a month's or a weekday's name, nor a people's: "the air base Russia uses").

    >>> [f.site_name for f in kind_word_then_name_in(
    ...     "Fuel goes to the strategic aviation airfield Tallow-2, some 7 km east of Kesk.")]
    ['Tallow-2']
    >>> kind_word_then_name_in("The air base Russia uses, near Kesk, was hit.")
    []
    """
    if "airfield " not in sentence and "base " not in sentence and "aerodrome " not in sentence:
        return []
    out = []
    for m in _KIND_WORD_THEN_NAME.finditer(sentence):
        name = m.group("name")
        if name.split("-")[0].lower() in STOPWORDS or clean_name(name) is None or \
                country_of_word(name) is not None or is_demonym(name) or \
                is_weapon_word(name) or is_facility_word(name):
            continue
        # (a designation is the name whole, "Engels-2"; a place's name, the place's base:
        # "the airfield Shaykovka" is the Shaykovka airfield)
        full = name if re.search(r"-\d+\Z", name) else None
        out.append(Finding(name, " ".join(m.group("head").split()),
                           facility_type_of(m.group("head")), m.start("name"), m.end("name"),
                           (0, 0), full=full, full_start=m.start("name") if full else None,
                           stop=m.end("name"), described=True))
    return out


#: A civil body's words in a name (a military school's are not: "NATO School Oberammergau")
_CIVIL_BODY_WORDS = NON_FACILITY_WORDS - {"school", "center", "centre", "command", "army",
                                          "navy", "force", "forces", "academy", "college"}
#: A university's, a broadcaster's, a football club's or a prison's initials ("TU Delft",
#: "UC Davis", "HMP Belmarsh")
_CIVIL_INITIALS = frozenset({"TU", "UC", "ETH", "MIT", "UCL", "KTH", "EPFL", "NUI", "UCD",
                             "TCD", "LSE", "KCL", "UCLA", "NYU", "SUNY", "CUNY", "BBC", "CNN",
                             "ABC", "CBS", "NBC", "RTE", "FC", "AC", "SC", "PSV", "SV", "HMP",
                             "HMYOI"})


def initials_at_their_place_in(sentence: str) -> list[Finding]:
    """Sites a sentence names by initials and their place, the place said again right
    after (:data:`_INITIALS_AT_PLACE`).

    >>> [f.site_name for f in initials_at_their_place_in("JFC Tallow, in Tallow, commands.")]
    ['JFC Tallow']
    >>> initials_at_their_place_in("JFC Tallow, in Kesk, commands.")
    []
    """
    if ", " not in sentence:
        return []
    out = []
    for m in INITIALS_AT_PLACE.finditer(sentence):
        name = m.group("name")
        words = name.split()
        if words[0] in _CIVIL_INITIALS or country_of_word(words[0].rstrip("-")) is not None or \
                country_of_word(m.group("place")) is not None or \
                any(w.lower() in _CIVIL_BODY_WORDS for w in words[1:]):
            continue  # "US Embassy Ankara, in Ankara", "UN Geneva", "BBC Wales, in Wales":
            # no site of ours
        out.append(Finding(name, name.split()[0], facility_type_of(name), m.start("name"),
                           m.end("name"), (0, 0), full=name, full_start=m.start("name"),
                           stop=m.end("name"), described=True, named_first=True))
    return out


def lettered_works_in(sentence: str) -> list[Finding]:
    """Reactors and plants of the atom named by a letter or a short code alone, in a
    sentence of the atom: Hanford's "B Reactor" and "T Plant", Sweden's "R1 reactor" (each
    name its own, no place's).

    Examples
    --------
    >>> [f.site_name for f in lettered_works_in(
    ...     "B Reactor, north of Tallow, made plutonium; the canyon-like T Plant was next.")]
    ['B Reactor', 'T Plant']
    >>> lettered_works_in("The UK reactor fleet is old."), lettered_works_in("T Plant shut.")
    ([], [])
    >>> lettered_works_in("A 1 MW reactor at Tallow makes isotopes.")
    []
    """
    if not ATOMS.search(sentence):
        return []
    out = []
    for m in _LETTERED_WORKS.finditer(sentence):
        if m.group("code") in _NOT_CODES or \
                _CAPITALISED_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) or \
                _CALLED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "the UK reactor"; "Unit B reactor"; "the Plutonium Finishing Plant,
            # known to old hands as Z Plant": another name of a site named before
        out.append(Finding(m.group("name"), m.group("name"), "nuclear", m.start("name"),
                           m.end("name"), (0, 0), full=m.group("name"),
                           full_start=m.start("name"), stop=m.end("name")))
    return out


# "B Reactor", "the R1 reactor", "T Plant": a letter or two (a digit or two after them) and
# the works' word, not after another capitalised word ("Unit B reactor" is a unit's)
_LETTERED_WORKS = re.compile(
    r"(?<![\w'’-])(?P<name>(?P<code>[A-Z]{1,2}\d{0,2})[ \t]+(?P<head>Reactor|reactor|Plant))"
    r"(?![\w-])")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])(?!The[ \t])[A-Z][\w'’-]*[ \t]+\Z")
_CALLED_BEFORE = re.compile(r"(?:\b(?:known|called|dubbed|named|nicknamed)\b[^,.;()]{0,25}"
                            r"\bas[ \t]+|\b(?:called|dubbed|named|nicknamed)[ \t]+|\([ \t]*)"
                            r"(?:the[ \t]+)?\Z")
#: Capitals that are no works' code: a country's, a union's
_NOT_CODES = frozenset({"UK", "US", "EU", "UN", "IT", "OK", "TV", "A", "I", "MW", "GW", "KW"})


def numbered_centres_in(sentence: str) -> list[Finding]:
    """Centres a sentence names by their number and words in capitals: "the navy's 43rd
    Communications Centre near Vileyka", "the 338th Naval Communication Centre" (a military
    installation's name; its number no unit's, as a centre is no unit). The whole name is
    the "place" part: no word of it a place to put the site at.

    Examples
    --------
    >>> [f.site_name for f in numbered_centres_in(
    ...     "The navy's 43rd Communications Centre near Tallow sends orders to submarines.")]
    ['43rd Communications Centre']
    >>> numbered_centres_in("The 3rd Infantry Division and the 12th Centre of Excellence met.")
    []
    >>> [f.site_name for f in numbered_centres_in("Of the missile bases, Base 61 is in Huangshan.")]
    ['Base 61']
    >>> [(f.site_name, f.facility_type) for f in numbered_centres_in("Kong Bin 1 at Korat.")]
    [('Kong Bin 1', 'airbase')]
    >>> [(f.full, f.name) for f in numbered_centres_in("At Sân bay Biên Hòa, in Biên Hòa.")]
    [('Sân bay Biên Hòa', 'Biên Hòa')]
    """
    out = []
    for m in _NUMBERED_CENTRE.finditer(sentence) if "Cent" in sentence else ():
        name = m.group("name")
        out.append(Finding(name, name, "command", m.start("name"), m.end("name"), (0, 0),
                           full=name, full_start=m.start("name"), stop=m.end("name"),
                           described=True))
    for m in _SAN_BAY.finditer(sentence) if "ân bay" in sentence else ():
        # a Vietnamese airfield, its word first: "Sân bay Biên Hòa", "sân bay Yên Bái", "Sân
        # bay Đà Nẵng" (its place's words capitalised, each; "Quốc tế", international, left)
        words = m.group("name").split()
        n = next((k for k, w in enumerate(words) if not w[0].isupper()), len(words))
        if n == 0:
            continue
        end = m.start("name") + len(" ".join(words[:n]))
        out.append(Finding(sentence[m.start("name"):end], "Sân bay", "airbase",
                           m.start("name"), end, (0, 0), full=sentence[m.start():end],
                           full_start=m.start(), stop=end, described=True, named_first=True))
    for m in _MISSILE_BASE_NUMBER.finditer(sentence) if "Base " in sentence and \
            MISSILE_FORCES.search(sentence) else ():
        # a missile force's base by its number ("Base 61 is headquartered in Huangshan"; not
        # "Air Base 201": a word before it)
        if _CAPITAL_WORD_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue
        name = m.group()
        out.append(Finding(name, "Base", "missile base", m.start(), m.end(), (0, 0),
                           full=name, full_start=m.start(), stop=m.end(), described=True))
    for m in _KONG_BIN.finditer(sentence) if "Kong Bin" in sentence else ():
        # a Royal Thai Air Force wing's base by its number: "Kong Bin 1 at Korat"
        name = m.group()
        out.append(Finding(name, "Kong Bin", "airbase", m.start(), m.end(), (0, 0),
                           full=name, full_start=m.start(), stop=m.end(), described=True))
    return out


#: A Vietnamese airfield's word and its place's name, each word capitalised ("Sân bay Thọ
#: Xuân", "sân bay Yên Bái")
_SAN_BAY = re.compile(r"(?<![\w-])[Ss]ân[ \t]bay[ \t]+(?:Quốc[ \t]tế[ \t]+)?"
                      r"(?P<name>[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2})")
#: A militant group's centre by its word first: "Markaz Taiba", "Markaz Usman-o-Ali"
_MARKAZ = re.compile(r"(?<![\w-])Markaz[ \t]+(?!Dawa)"
                     r"(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})"
                     # (a place right after: "Markaz Taiba, in Muridke"; not the group's parent
                     # body, "Markaz Dawa-ul-Irshad")
                     r"(?=,?[ \t]+(?:in|at|near|outside)[ \t]+[A-Z])")
#: A missile force's base by its number alone ("Base 61", "Base 22")
_MISSILE_BASE_NUMBER = re.compile(r"(?<![\w-])Base[ \t]\d{2,3}(?![\w-])")
#: A capitalised word right before (a base's own words: "Air Base 201", "Naval Base 12")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+\Z")
#: A Thai air force wing ("กองบิน") by its number, its base: "Kong Bin 7"
_KONG_BIN = re.compile(r"(?<![\w-])Kong[ \t]Bin[ \t]\d{1,3}(?![\w-])")
# (not "of X": "the 12th Centre of Excellence" is a body's)
_NUMBERED_CENTRE = re.compile(
    rf"(?<![\w.,-])(?P<name>{ORDINAL}[ \t]+(?:[A-Z][a-z][\w-]*[ \t]+){{1,3}}"
    r"(?:Centre|Center))(?![\w-])(?![ \t]+(?:of|for)\b)")

def company_works_in(sentence: str) -> list[Finding]:
    """An arms maker's works named by the maker and its town ("Nammo Lapua", "MBDA Bolton",
    "Rheinmetall's Werk Unterlüß"), as findings named after the words after the maker's
    name; the caller keeps those a town bears.

    >>> [(f.full, f.name) for f in company_works_in("Nammo Lapua, in Lapua, added lines.")]
    [('Nammo Lapua', 'Lapua')]
    """
    out = []
    for m in _AIRCRAFT_MAKER.finditer(sentence) if _AIRCRAFT_GATE.search(sentence) else ():
        # "the Shenyang Aircraft Corporation, in Shenyang's Huanggu District": an aircraft
        # or engine maker's works, placed right after its name (its whole name its own: a
        # firm's, no place to put it at)
        firm = m.group("firm")
        out.append(Finding(firm, m.group("kind"), "production", m.start("firm"),
                           m.end("firm"), (0, 0), full=firm, full_start=m.start("firm"),
                           stop=m.end("firm")))
    if _COMPANY_GATE.search(sentence) is None:
        return out
    for m in _COMPANY_WORKS.finditer(sentence):
        out.append(Finding(m.group("place"), m.group("maker"), "production", m.start("place"),
                           m.end("place"), (0, 0), full=m.group(), full_start=m.start(),
                           stop=m.end(), described=True, named_first=True))
    for m in _COMPANY_IN.finditer(sentence):
        # "Fiocchi Munizioni, in Lecco", "MBDA Deutschland at Schrobenhausen": the maker's
        # works by its firm's name, in the town after it (a firm's own words after the
        # maker's, or a maker of two words: "Simmel Difesa at Colleferro"; not a bare
        # "Rheinmetall, in Düsseldorf", its seat; nor "the shipyard of Navantia at Ferrol",
        # whose owner it is)
        words = (m.group("words") or "").split()
        if not (words or m.group("maker") in ONE_WORKS_MAKERS) or \
                not all(w in _FIRM_WORDS or _WORKS_WORD.fullmatch(w.lower())
                        or m.group("place").startswith(w) for w in words) or \
                re.fullmatch(_MONTHS, m.group("place").split()[0]) or \
                _OWNER_BEFORE.search(sentence, max(0, m.start() - 6), m.start()) or any(
                    f.full_start == m.start() and f.place == m.group("place") for f in out):
            continue  # (nor "Nammo Lapua, in Lapua" twice; nor "Rafael Mariano Grossi",
            # "Saab CEO Johansson", "Lockheed Martin in May")
        firm = m.group("firm")
        # (named with its town, as a firm has works in several: "MBDA Deutschland
        # Schrobenhausen", the firm's name its other name)
        full = firm if m.group("place") in firm else f"{firm} {m.group('place')}"
        out.append(Finding(m.group("place"), m.group("maker"), "production", m.start("place"),
                           m.end("place"), (0, 0), full=full, full_start=m.start(),
                           stop=m.end("firm"), described=True, apart=True,
                           aliases=[(firm, m.start())] if full != firm else []))
    return out


#: An aircraft or engine maker by its name, placed right after it ("the Harbin Aircraft
#: Industry Group, in Harbin", "Xi'an Aircraft Industrial Corporation, north-east of Xi'an")
_AIRCRAFT_MAKER = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|Its|Their)[ \t])"
    r"(?P<firm>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?[ \t]"
    r"(?P<kind>Aircraft|Aero-?[Ee]ngine|Aeroengine|Helicopter)"
    r"(?:[ \t](?:Industry|Industrial|Industries|Manufacturing))?[ \t]"
    r"(?:Group|Corporation|Company|Factory|Plant|Works))(?![\w'’-])"
    # (one space after it: a table's wider gap is its column's end)
    r"(?:\*\*|__)?,?[ ](?=(?:in|at|near|(?:about[ \t]+\d+[ \t]*km[ \t]+)?"
    r"(?:north|south|east|west)[\w-]*[ \t]+of)[ \t]+[A-Z])")
_AIRCRAFT_GATE = re.compile(r"(?:Aircraft|[Ee]ngine|Helicopter)[ \t](?:[A-Z]\w+[ \t])?"
                            r"(?:Group|Corporation|Company|Factory|Plant|Works)")
_COMPANY_GATE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in ARMS_MAKERS) + r")\b")
_COMPANY_WORKS = re.compile(
    r"(?<![\w'’-])(?P<maker>"
    + "|".join(re.escape(m) for m in sorted(ARMS_MAKERS, key=len, reverse=True))
    # (a space or two between, as a PDF's text may have: a table's wider gap is a column's
    # end, "Colt Canada    ON" its province; nor a code of two capitals)
    + r")(?:['’]s)?[ ]{1,2}(?:Werk[ ])?(?![A-Z]{2}(?![\w'’.-]))"
    r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2})"
    r"(?![\w'’-])")


_COMPANY_IN = re.compile(
    r"(?<![\w'’-])(?P<firm>(?P<maker>"
    + "|".join(re.escape(m) for m in sorted(ARMS_MAKERS, key=len, reverse=True) if m != "Werk")
    + r")(?P<words>(?:[ ][A-Z][\w'’&-]*){1,2})?),?[ ](?:in|at)[ ]"
    # (a town's particles too: "Aschau am Inn", "Saint-Médard-en-Jalles")
    r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:(?:[ -]|[ ](?:am|an[ ]der|im|upon|sur|de|di|del|la)[ ])"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2})"
    r"(?![\w'’-])")
_OWNER_BEFORE = re.compile(r"\b(?:of|by)[ ]\Z")
#: A firm's words after its maker's name ("MBDA Deutschland", "Saab Dynamics", "Chemring
#: Energetics UK", "Fiocchi Munizioni"), not a person's or an office's
_FIRM_WORDS = frozenset({"Deutschland", "Italia", "France", "UK", "USA", "Canada", "Australia",
                         "Norge", "Sverige", "Suomi", "Polska", "Defence", "Defense", "Difesa",
                         "Systems", "Land", "Landsysteme", "Dynamics", "Munizioni", "Munition",
                         "Munitions", "Ammunition", "Nobel", "Energetics", "Countermeasures",
                         "Aeronautics", "Aerospace", "Electronics", "Missiles", "Naval",
                         "Vehicles", "Weapons", "Waffe", "Industries", "Technologies",
                         # (the names of a maker's firms of their own, not its products':
                         # "BAE Systems Hägglunds", "BAE Systems Bofors"; not "Saab Gripen",
                         # "Rheinmetall Skynex")
                         "Hägglunds", "Bofors"})
#: ... or a works' own word ("Nammo Vanäsverken", "Dynamit Nobel Werke")
_WORKS_WORD = re.compile(r"\w*(?:verken|verket|werke?|works)")
#: Makers of one works, named by the maker alone ("Simmel Difesa at Colleferro")
ONE_WORKS_MAKERS = frozenset({"Simmel Difesa", "Nitro-Chem", "Mesko", "Explosia",
                               "Colt Canada", "Fiocchi"})


def headquarters_in(sentence: str) -> list[Finding]:
    """A command's headquarters a sentence names and places at once: "the Eastern Theater
    Command headquarters in Nanjing", "the Black Sea Fleet headquarters, in Sevastopol",
    "UNIFIL headquarters in Naqoura", "Sector 10 headquarters at Oshakati": a command post
    of ours, named by a military command's words and "headquarters" (not a command of
    nothing but its kind's words: "Army Headquarters in Tallow", "the Corps headquarters
    at Kesk"; nor a party's, a police force's, a charity's or a firm's: "the Lebanese
    Forces headquarters", "the Lagos State Police Command headquarters", "the Mercy Corps
    headquarters"; nor one with no place after it).

    Examples
    --------
    >>> [f.site_name for f in headquarters_in(
    ...     "Drones hit the Tallow Fleet headquarters in Kesk on Monday.")]
    ['Tallow Fleet headquarters']
    >>> headquarters_in("Air Headquarters in Kesk said nothing.")
    []
    """
    if "eadquarters" not in sentence and "Command" not in sentence:
        return []
    out = []
    for m in _HEADQUARTERS.finditer(sentence) if "eadquarters" in sentence else ():
        org = m.group("org").split()
        start = m.start("org")
        # (not the words before the command's: "Near Black Sea Fleet headquarters",
        # "Russia's Black Sea Fleet headquarters")
        while len(org) > 1 and (org[0].lower() in _HQ_LEADING
                                or _POSSESSIVE_END.search(org[0])):
            start = sentence.index(org[1], start + len(org[0]))
            org = org[1:]
        words = [_POSSESSIVE_END.sub("", w).lower() for w in org]
        if all(w in _HQ_GENERIC for w in words) or not _HQ_CIVIL.isdisjoint(words) or not (
                org[-1] in ("Fleet", "Flotilla") or org[-2:] == ["Military", "District"]
                or org[-2:] == ["Military", "Region"]  # "Eastern Military Region"
                or org[:2] == ["Military", "Region"] and len(org) == 3  # "Military Region 4"
                or org[-1] in ("Command", "Forces") and not _HQ_MILITARY.isdisjoint(words)
                or org[-1] == "Command" and words[-2] in _HQ_QUARTER and (
                    len(org) == 2 or len(org) == 3 and org[0] in _HQ_ARMIES)  # "IDF Northern"
                or org[-1] in ("Division", "Corps") and (
                    _HQ_UNIT.search(m.group("org")) is not None)
                # an army by its number: "the 20th Guards Combined Arms Army headquarters"
                or org[-1] == "Army" and _ORDINAL_FIRST.match(org[0]) is not None
                or org[0] == "Sector" and len(org) == 2
                or len(org) == 1 and _HQ_ACRONYM.fullmatch(org[0])):
            continue
        name = sentence[start:m.end("full")]
        out.append(Finding(name, name, "command", start, m.end("full"), (0, 0),
                           full=name, full_start=start, stop=m.end("full"),
                           described=True))
    for m in _REGIONAL_COMMAND.finditer(sentence) if "Command" in sentence else ():
        # "The Northern Regional Military Command, in Myitkyina, directs operations": an
        # army's command of a region, placed at once (its headquarters)
        if any(f.start < m.end() and m.start() < f.span_end for f in out):
            continue
        name = m.group("full")
        out.append(Finding(name, name, "command", m.start(), m.end(), (0, 0), full=name,
                           full_start=m.start(), stop=m.end(), described=True))
    return out


#: An army's command of a region, a town right after ("the Northern Regional Military
#: Command, in Myitkyina"; "the Eastern Military Command at Kesk"; not a police's)
_REGIONAL_COMMAND = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|Its|Their|In|At|On|From|By|For|With|Of|Police)\b)"
    r"(?P<full>(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|"
    r"North-(?:Eastern|Western)|South-(?:Eastern|Western)|Eastern[ \t]Central|Coastal)"
    r"[ \t]+(?:Regional[ \t]+)?Military[ \t]+(?:Region[ \t]+)?Command)"
    r"(?=,?[ \t]+(?:in|at|based[ \t]+in|headquartered[ \t]+in)[ \t]+[A-Z])")
#: A command's words, then "headquarters", a place right after ("in", "at", set off or not)
_HEADQUARTERS = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|Its|Their|In|At|On|From|By|For|With|Of)\b)"
    r"(?P<full>(?P<org>(?:\d{1,3}(?:st|nd|rd|th)[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:of[ \t]+)?(?:[A-Z][\w'’-]*|\d{1,3}))*?)[ \t]+[Hh]eadquarters)"
    r"(?=,?[ \t]+(?:based[ \t]+)?(?:in|at)[ \t]+[A-Z])")
#: An ordinal number, a unit's: "20th", "1st"
_ORDINAL_FIRST = re.compile(r"\d{1,3}(?:st|nd|rd|th)\Z")
#: Words that may open a sentence before a command's name, no word of it
_HQ_LEADING = frozenset({"near", "outside", "inside", "beside", "behind", "around", "across",
                         "opposite", "under", "after", "before", "during", "since", "until",
                         "towards", "toward", "into", "onto", "over", "past", "within", "and",
                         "but", "or", "then", "yesterday", "today", "tonight", "meanwhile",
                         "also", "both", "when", "while", "where", "as", "if"})
#: ... a command's or a force's words that make it an army's, a navy's or an air force's
#: ("Eastern Theater Command", "Ukrainian Air Force Command", "Operational Group of
#: Russian Forces", "Israel Defense Forces"; not "the Lebanese Forces", a party)
_HQ_MILITARY = frozenset({"theater", "theatre", "air", "naval", "navy", "army", "joint",
                          "strategic", "operational", "operations", "missile", "rocket",
                          "space", "cyber", "defence", "defense", "armed", "combatant",
                          "group", "fleet", "aerospace", "marine", "military"})
#: ... a division's or a corps' of an army, by its number or its arm ("1st Armoured
#: Division", "III Corps", "101st Airborne Division"; not "the Narcotics Division")
_HQ_UNIT = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)?|[IVX]{1,5}|Infantry|Armou?red|Airborne|"
                      r"Guards|Tank|Mechani[sz]ed|Motori[sz]ed|Mountain|Cavalry|Marine|"
                      r"Air[ \t]+Assault|Motor[ \t]+Rifle)[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?"
                      r"(?:Division|Corps)\Z")
#: ... and words of a civil body's, which no command's name holds ("Police Command",
#: "Fire Division", "Party")
_HQ_CIVIL = frozenset({"police", "fire", "party", "narcotics", "customs", "immigration",
                       "prisons", "correctional", "ambulance", "rescue", "state"})
#: ... an alliance's, a peacekeeping force's or a unified command's initials ("UNIFIL",
#: "KFOR", "CENTCOM"; not "IAEA", "OSCE", "TELECOM": no military's)
_HQ_ACRONYM = re.compile(r"(?:US)?(?:CENT|EU|AFRI|INDOPA|PA|SOUTH|NORTH|SO|STRAT|CYBER|SPACE|"
                         r"TRANS)COM|USF[KJ]|"
                         r"[KSI]FOR|EUFOR|NATO|SHAPE|NORAD|ISAF|UNIFIL|UNDOF|UNFICYP|UNMISS|"
                         r"MINUSMA|MINUSCA|MONUSCO|AMISOM|ATMIS")
#: ... an army's command of a quarter of its country, by that quarter alone ("Northern
#: Command", "Eastern Command"; with a civil word, a police's: see _HQ_CIVIL)
_HQ_QUARTER = frozenset({"northern", "southern", "eastern", "western", "north-eastern",
                         "north-western", "south-eastern", "south-western", "northeastern",
                         "northwestern", "southeastern", "southwestern"})
#: ... after an army's initials ("IDF Northern Command"; not a police's: "NPF")
_HQ_ARMIES = frozenset({"IDF", "PLA", "KPA", "SANDF", "UPDF", "KDF", "ENDF", "SAF", "RSF",
                        "TSK", "ROKA"})
#: Words of a command's kind, no name's: "Army Headquarters", "Tactical Command
#: Headquarters", "Air Force Command Headquarters", "Army Corps headquarters"
_HQ_GENERIC = frozenset({"air", "army", "navy", "naval", "force", "forces", "command",
                         "tactical", "general", "joint", "military", "regional", "district",
                         "corps", "division", "brigade", "operational", "group", "fleet",
                         "of", "main", "central", "combined", "rear", "forward", "field",
                         "supreme", "strategic", "national", "defence", "defense", "zone",
                         "region", "front", "flotilla", "marine", "marines", "theater",
                         "theatre", "guard"})


_NUMBERED_BASE = re.compile(
    r"(?<![\w-])(?P<name>Base[ \t]+(?P<n>\d{2,3}))(?![\w-])"
    # (its name in its own language in brackets: "Base 22 (22基地)")
    r"(?=(?:[ \t]*\([^()\n]{1,30}\))?,?\s+(?:headquartered[ \t]+(?:in|at)|"
    r"whose[ \t]+headquarters|based[ \t]+(?:in|at)|with[ \t]+its[ \t]+headquarters|"
    r"at(?:[ \t]+|[ \t]*\r?\n[ \t]*)[A-Z]|"  # (a hard-wrapped line may break after "at")
    # "Base 22, a Rocket Force organisation whose main storage complex lies in ..."
    r"an?\s+[^.;()]{0,60}?\bwhose\s+(?:main\s+)?(?:\w+\s+)?(?:complex|site|base|"
    r"headquarters)\s+(?:lies|sits|stands|is)\s+(?:in|at|near)\b))")


# A list's item or a table's row (after its number) opening with a wing and its place
_WING_ITEM = re.compile(r"[ \t]*(?:[-*•·][ \t]*|[A-Z]{1,3}-?\d{1,4}[ \t]{2,})?"
                        r"(?P<full>Wing[ \t]\d{1,3}),[ \t]*"
                        r"(?P<name>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})"
                        r"(?=[ \t]*[:;,]|[ \t]{2})")
_BASE_NAMED_NEXT = re.compile(r"[ \t]*[:;,][ \t]*(?:[A-Z][\w'’-]*[ \t]+){1,6}Air[ \t]+"
                              r"(?:Force[ \t]+)?Base\b")
_AIR_WORDS = re.compile(r"\b(?:[Aa]ir(?:port|field|[ \t]+[Ff]orce|[ \t]+[Bb]ase)|RTAF|base|"
                        r"aircraft|fighters|jets|F-\d+s?|Gripens)\b")


def _skip(rx: re.Pattern, text: str, pos: int) -> int:
    """Where ``text`` goes on after what ``rx`` matches at ``pos`` (``pos`` if nothing)."""
    m = rx.match(text, pos)
    return m.end() if m else pos


def air_bases_flown_from(sentence: str) -> list[Finding]:
    """The air bases a sentence names only by the place military aircraft are based at or
    fly from: "The first 40 F-35As are based at Tarsin", "Rafales fly from Tarsin in the
    north and Holt in the south" (a single flight, "flew from X", names none).

    Examples
    --------
    >>> [(f.name, f.phrase) for f in air_bases_flown_from(
    ...     "The F-16s are now based at Tarsin.")]
    [('Tarsin', 'air base')]
    >>> air_bases_flown_from("The F-16s flew from Tarsin to Holt.")
    []
    """
    out: list[Finding] = []
    if "home" in sentence:
        # (a list's item must be one, or name a region: not "Reasons: home of ...")
        homes = itertools.chain(_HOME_OF_UNIT.finditer(sentence), (
            m for m in _HOME_OF_AIRCRAFT.finditer(sentence)
            if m.group("item") or m.group("region")))
        for m in homes:
            if clean_name(m.group("name")) is not None and \
                    m.group("name").split()[0].lower() not in STOPWORDS:
                out.append(Finding(m.group("name"), "air base", "airbase", m.start("name"),
                                   m.end("name"), (0, 0), described=True))
    low = lowered(sentence)
    if (_FLY_WORDS.search(sentence) if low is None else _FLY_WORDS_LOW.search(low)):
        found = itertools.chain(_FLOWN_FROM.finditer(sentence), _UNIT_AT.finditer(sentence),
                                _WING_NUMBER_AT.finditer(sentence) if "Wing " in sentence
                                and _AIR_WORDS.search(sentence) else (),
                                _aircraft_at(sentence))
    elif "-" in sentence and _DESIGNATION.search(sentence):  # (each designation has a hyphen)
        found = _FLOWN_FROM.finditer(sentence)  # "The F-14s are at X" (not "with F-14s at X")
    else:
        return out
    if (at := _AT_FRONTED.match(sentence)) is not None and _BASED_LAST.search(sentence):
        # "At Buyant-Ukhaa, about 11 km south-west of Ulaanbaatar, the air force's MiG-29s
        # and transport aircraft are based": the place put first
        found = itertools.chain(found, [at])
    for m in found:
        for f in _places_listed(sentence, m.end(), "air base"):
            if _SHIP_GATE.match(f.place):
                # "MiG-29Ks fly from INS Hansa": a navy's air station by its own name
                f.full, f.full_start = f.place, f.start
            out.append(f)
    return out


#: A sentence opening on the place where, it ends, aircraft are based ("At X, ..., the air
#: force's MiG-29s and transport aircraft are based")
_AT_FRONTED = re.compile(r"[ \t]*At[ \t]+(?=[A-Z])")
_BASED_LAST = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?:[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,3}['’]s[ \t]+)?(?:"
    + r"(?:[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z\d]{0,3}s|fighters|bombers|interceptors|tankers|"
    r"(?:transport|patrol|tanker|fighter|combat|attack|military)[ \t]+aircraft|"
    r"Rafales|Mirages|Typhoons|Tornados|Gripens|Sukhois|MiGs)"
    r"(?:[ \t]+and[ \t]+)?){1,3}[ \t]+(?:are|were)[ \t]+(?:now[ \t]+|still[ \t]+)?"
    r"(?:based|stationed)(?=[ \t]*(?:[;.,]|$))")


#: Military aircraft by a type's designation in the plural ("F-16s", "MiG-29s") or a type's
#: plural name: what several readers below look for
_PLURAL_DESIGNATION = r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z\d]{0,3}s"
_TYPE_PLURALS = ("Rafales|Mirages|Typhoons|Tornados|Gripens|Sukhois|MiGs|Hornets|Eagles|Vipers|"
                 "Falcons|Tucanos|Kfirs")


def air_bases_hosting(sentence: str) -> list[Finding]:
    """The air bases a sentence names by the places that open it and host military
    aircraft: "Volkel in the southern Netherlands and Kleine Brogel in Belgium's Limburg
    province host F-16s" (every item of the list a place, nothing else before the verb).

    Examples
    --------
    >>> [f.name for f in air_bases_hosting("Tarsin and Holt in the north host F-16s.")]
    ['Tarsin', 'Holt']
    >>> air_bases_hosting("The city and Holt host F-16s.")
    []
    """
    m = _HOSTS_AIRCRAFT.search(sentence) if "host" in sentence or "housed" in sentence \
        or "houses" in sentence else None
    if m is None:
        return []
    out = []
    seps = [x.span() for x in _HOST_LIST_SEP.finditer(sentence, 0, m.start())]
    for a, b in zip([0] + [e for _, e in seps], [s for s, _ in seps] + [m.start()],
                    strict=True):
        item = _HOST_ITEM.fullmatch(sentence, a, b)
        if item is None or country_of_word(item.group("name")) is not None or \
                item.group("name").lower() in _REGIONS:
            return []
        f = _finding(sentence, item.start("name"), item.group("name"), "air base")
        if f is None:
            return []
        out.append(f)
    return out


# A list's places hosting military aircraft (see air_bases_hosting): the verb, then the
# aircraft by a type's designation or plural, or fighters, bombers, squadrons
_HOSTS_AIRCRAFT = re.compile(
    r"[ \t]+(?:host|hosts|hosted|houses|housed)[ \t]+(?:(?:the|its|their|some|about|"
    r"two|three|four|\d+|[A-Z][a-z]+|[a-z]+-capable)[ \t]+){0,3}?"
    rf"(?:{_PLURAL_DESIGNATION}\b|(?:{_TYPE_PLURALS})\b|(?:fighter|bomber|tanker)"
    r"[ \t]+(?:squadrons|jets|wings)\b|(?:fighters|bombers|interceptors|combat[ \t]+aircraft)\b"
    r"|(?:[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z\d]{0,3}[ \t]+)?(?:squadrons|wings)\b)")
_HOST_LIST_SEP = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")
# ... an item: a place's name in capitals, then where it is ("in the southern Netherlands",
# "in Belgium's Limburg province", "near Brescia")
_HOST_ITEM = re.compile(r"[ \t*_-]*(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
                        r"(?:[ \t]+(?:in|near|outside)[ \t]+(?:the[ \t]+)?"
                        r"(?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)?[ \t]*")


def _aircraft_at(sentence: str) -> list[re.Match]:
    """Military aircraft put at or from a place with no verb between ("operate F-16s at
    Tarsin and Holt", "MiG-29s from Tarsin and older fighters from Holt took part",
    "support the Gripens from Tarsin in Testland"): a type's words say the aircraft are
    military; words of any aircraft ("fighters", "jets", "drones": also a militia's men, an
    airline's planes) count only beside a type's designation in the same sentence."""
    out = [m for m in _AIRCRAFT_AT.finditer(sentence)
           if m.group("generic") is None or _DESIGNATION.search(sentence)]
    # "F-16s from Tarsin to Holt": a single flight's way, no base (see _TO_AFTER)
    return [m for m in out if not _TO_AFTER.match(sentence, m.end())]


#: A North Korean works named after a date: "the March 16 Factory", "the February 26
#: Factory (also written 2.26 Factory)", "the January 18 General Machine Plant".
#: ... and a base named so, the day first too: "the 3 July Naval Base" (Egypt's)
_DATED_WORKS = re.compile(
    r"(?<![\w.])(?:(?:" + _MONTHS + r"[ \t]+\d{1,2}|\d{1,2}\.\d{1,2})[ \t]+"
    r"(?:(?:General|Machine|Machinery|Munitions|Tractor|Vehicle|Electric)[ \t]+){0,2}"
    r"(?:Factory|Plant|Works|Complex)"
    r"|(?:" + _MONTHS + r"[ \t]+\d{1,2}|\d{1,2}[ \t]+" + _MONTHS + r")[ \t]+"
    r"(?P<base>Naval|Air|Military)[ \t]+Base)\b")
_DATED_BASE_TYPES = {"Naval": "naval base", "Air": "airbase", "Military": "other"}


_DIGIT = re.compile(r"\d")


def dated_works_in(sentence: str) -> list[Finding]:
    """Works named after a date, as North Korea names its arms factories ("the March 16
    Factory in Pyongsong", where the largest missiles' launchers are built): the whole
    name, no place in it.

    Examples
    --------
    >>> [f.site_name for f in dated_works_in("Launchers are built at the March 16 Factory.")]
    ['March 16 Factory']
    >>> dated_works_in("Talks began on March 16 in the factory town.")
    []
    >>> [f.facility_type for f in dated_works_in("The 3 July Naval Base on the coast.")]
    ['naval base']
    >>> dated_works_in("3.1 Naval Base Simon's Town. The delegation visited it.")
    []
    """
    out: list[Finding] = []
    for m in _DATED_WORKS.finditer(sentence) if _DIGIT.search(sentence) else ():
        full = m.group()
        kind = _DATED_BASE_TYPES[m.group("base")] if m.group("base") else "production"
        out.append(Finding(full, full, kind, m.start(), m.end(), (0, 0), full=full,
                           full_start=m.start(), stop=m.end()))
    return out


#: "The Abu Musa airstrip sits at `25.8757, 55.0330`": a named airstrip whose point the
#: sentence gives (a report gives the point of what it watches; "the island's airstrip" or
#: an airstrip with no point is none)
_NAMED_AIRSTRIP = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})"
                             r"[ \t]+(?:airstrip|heliport)\b")
_POINT_HINT = re.compile(r"\d[ \t]*[°º]|\b\d{1,3}\.\d{3,}[ \t]*,[ \t]*-?\d{1,3}\.\d{3,}")


def airstrips_with_a_point(sentence: str) -> list[Finding]:
    """Named airstrips a sentence gives the coordinates of.

    Examples
    --------
    >>> [f.site_name for f in airstrips_with_a_point(
    ...     "The Tallow airstrip sits at 25.8757, 55.0330.")]
    ['Tallow airstrip']
    >>> airstrips_with_a_point("The Tallow airstrip is used by tourists.")
    []
    """
    out: list[Finding] = []
    if "air" not in sentence and "heli" not in sentence or not _POINT_HINT.search(sentence):
        return out
    for m in _NAMED_AIRSTRIP.finditer(sentence):
        words = m.group("name").split()
        start = m.start("name")
        while words and (words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES):
            start = sentence.index(words[1], start + len(words[0])) if words[1:] else -1
            words = words[1:]
        name = " ".join(words)
        if not words or clean_name(name) is None:
            continue
        out.append(Finding(name, "airstrip", "airbase", start, start + len(name), (0, 0),
                           described=True))
    return out


#: A radar named after its place: "the Korla radar", "the Gabala radar [Gabalinskaya RLS]",
#: and one a sentence puts at a place: "the early-warning radar at Kürecik" (not "a
#: Voronezh radar", a type; not "the radar system")
_RADAR_NAMED = re.compile(
    # (a hard-wrapped line may end after "the")
    r"(?:(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir)(?:[ \t]+|[ \t]*\r?\n[ \t]*)|^[ \t*•#-]*)"
    r"(?P<name>[A-Z][\w'’-]+"
    r"(?:[ \t][A-Z][\w'’-]+)?)[ \t]+(?:early[- ]warning[ \t]+)?radar(?![\w-])"
    r"(?![ \t]+(?:stations?|sites?|bases?|systems?|types?|designs?|coverage|signatures?|data|"
    r"images?|imagery|cross|operators?|crews?|screens?|arrays?|sets?|units?|antennas?))")
_RADAR_AT = re.compile(
    r"\b(?:early[- ]warning|missile[- ]defen[cs]e|over-the-horizon|long-range|phased-array|"
    r"X-band|ballistic[- ]missile|"
    # a radar by its type or designation at its place: "the Don-2N radar near Sofrino", "the
    # Daryal radar at Gabala" (a type's radars stand in many places: named after the place)
    r"(?<=[Tt]he[ \t])(?:(?P<designation>[A-Z][A-Za-z]*-\d[\w-]*)|(?i:voronezh|daryal|dnepr|"
    r"dnestr|don|duga|volga|pave[ \t]+paws|cobra[ \t]+dane|globus)(?:-[\w]+)?))[ \t]+"
    r"radar[ \t]+"
    r"(?:at|near|outside)[ \t]+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)")
#: A radar by its own name in capitals: "the Long Range Discrimination Radar at Clear", "the
#: Upgraded Early Warning Radar" (not "the Chinese Radar Station", "Radar Systems")
_RADAR_TITLED = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Ii]ts)[ \t]+(?P<name>(?:[A-Z][\w'’-]+[ \t]+){2,4}Radar)(?![\w-])"
    r"(?![ \t]+[A-Z])")
#: The Soviet and Russian early-warning radars' types, named like places ("a Voronezh
#: radar", "the Daryal radar at Pechora")
_RADAR_TYPES = frozenset({"voronezh", "daryal", "dnepr", "dnestr", "don", "duga", "volga",
                          "container", "pave", "cobra", "globus"})


#: The marks a place's name holds between its letters ("Lin'an", "Ras al-Khaimah")
#: (not a possessive's: "Tallow's")
_NAME_LETTERS = re.compile(r"(?<=\w)-(?=\w)|(?<=\w)['’](?=\w)(?!s\Z)")


def radar_sites_in(sentence: str) -> list[Finding]:
    """Radars a sentence names by their place: "the Korla radar", "the early-warning radar
    at Kürecik" (a radar station's site, as "the Korla radar station" is).

    Examples
    --------
    >>> [f.site_name for f in radar_sites_in("The Tallow radar was struck on Monday.")]
    ['Tallow radar']
    >>> [f.site_name for f in radar_sites_in("The early-warning radar at Kesk is NATO's.")]
    ['Kesk radar']
    >>> radar_sites_in("A Voronezh radar and the Aegis radar system; the Chinese radar.")
    []
    """
    if "adar" not in sentence:
        return []
    out: list[Finding] = []
    for m in _RADAR_TITLED.finditer(sentence) if "Radar" in sentence else ():
        words = m.group("name").split()
        if any(w.lower().rstrip(".") in DEMONYMS or w.lower() in _RADAR_TYPES
               or country_of_word(w) is not None for w in words):
            continue  # "the Russian Early Warning Radar", "the Voronezh Early Warning Radar"
        name = m.group("name")
        out.append(Finding(name, name, "other", m.start("name"), m.end("name"), (0, 0),
                           full=name, full_start=m.start("name"), stop=m.end("name")))
    if "radar" not in sentence:
        return out
    for rx in (_RADAR_NAMED, _RADAR_AT):
        for m in rx.finditer(sentence):
            words = m.group("name").split()
            if words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES or any(
                    w.lower().rstrip(".") in DEMONYMS or w.lower() in _RADAR_TYPES
                    or w.lower() in ADMIN_WORDS or not _NAME_LETTERS.sub("", w).isalpha()
                    or is_weapon_word(w) or country_of_word(w) is not None for w in words):
                continue
            name = " ".join(words)
            if clean_name(name) is None:
                continue
            # (a designation's one radar goes by it too: "the Don-2N radar")
            aliases = [(f"{d} radar", m.start("designation"))] if rx is _RADAR_AT and (
                d := m.group("designation")) else []
            out.append(Finding(name, "radar", "other", m.start("name"),
                               m.start("name") + len(m.group("name")), (0, 0),
                               described=rx is _RADAR_AT, aliases=aliases))
    return out


#: A nuclear test's words: "nuclear tests", "an atomic bomb", "the test shafts"; or "tests"
#: alone, in a paragraph of the atom ("the first British test at Maralinga")
_G = _LIST_GAP
_NUCLEAR_TEST = (
    rf"(?:nuclear|atomic|hydrogen|thermonuclear|underground|atmospheric)(?:{_G}weapons?)?{_G}"
    rf"(?:tests?|explosions?|detonations?|blasts?|bombs?|devices?|shots?)|test{_G}shafts?|"
    r"(?P<plain>tests?)")
_TEST_WORD = r"[A-Z][\w'’-]+"
_TEST_PLACE = rf"{_TEST_WORD}(?:{_G}{_TEST_WORD}){{0,2}}"
#: ... a place after it ("at Tallow", "on Kesk Atoll", "in the Kesk Islands")
_TEST_PLACE_AT = (rf"(?:(?:at|on){_G}(?:the{_G})?{_TEST_PLACE}|in{_G}the{_G}"
                  rf"{_TEST_WORD}(?:{_G}{_TEST_WORD})?{_G}(?:Islands?|Atolls?|Islets?))")
_TESTED_AT = re.compile(
    rf"(?i:(?<![\w-])(?:{_NUCLEAR_TEST}))\b(?:{_G}(?!(?:at|on|in)\b)[\w'’-]+){{0,5}}?{_G}"
    # ("67 tests at Bikini Atoll and Enewetak Atoll": the list's next places may go bare)
    rf"(?P<places>{_TEST_PLACE_AT}(?:(?:,{_G}|{_G}and{_G})(?:{_TEST_PLACE_AT}|{_TEST_PLACE}))"
    r"{0,3})")
#: ... or before it: "Lop Nur, where China fired 45 nuclear tests"
_WHERE_TESTED = re.compile(
    rf"(?<![\w'’-])(?P<places>{_TEST_PLACE}),{_G}where{_G}[^.;:]{{0,50}}?"
    r"\b(?:tested|tests|fired|exploded|detonated)\b")
#: One place of those: its name's words
_TEST_PLACE_NAME = re.compile(rf"(?:(?:at|on|in){_G})?(?:the{_G})?(?P<name>{_TEST_PLACE})")
_TEST_NAME_WORD = re.compile(r"\S+")
#: Tests of other things than a bomb ("missile tests at Tallow", "engine tests")
_OTHER_TESTS = re.compile(r"\b(?:missiles?|rockets?|launch\w*|engines?|flights?|drones?|"
                          r"crash|stress|drugs?|vaccines?|exams?|examinations?|cricket|"
                          r"matches?)\b", re.I)
_NUCLEAR_WORDS = ("nuclear", "atomic", "bomb", "thermonuclear")
#: Words after a test's place that make it no test site's name ("at Lop Nur nuclear test
#: site": other findings have it; "at Bikini in 1946": a date)
_NOT_TEST_PLACE_WORDS = frozenset({"in", "on", "at", "the", "and", "of", "a", "an", "for"})
_TEST_SITE_HEADS = frozenset({"site", "sites", "range", "base", "polygon", "ground", "grounds",
                              "area", "facility", "complex", "centre", "center"})


def nuclear_test_sites_in(sentence: str, atoms: bool = False) -> list[Finding]:
    """Nuclear test sites a sentence names by their place: "nuclear tests at Tallow",
    "Kesk, where France fired 41 atomic tests" (a test site, named after the place);
    "tests" alone ("Britain's first test at Tallow") where ``atoms``: the paragraph speaks
    of the atom.

    Examples
    --------
    >>> [f.site_name for f in nuclear_test_sites_in(
    ...     "Nuclear tests were held at Tallow Field and in the Kesk Islands in 1953.")]
    ['Tallow Field test site', 'Kesk Islands test site']
    >>> [f.site_name for f in nuclear_test_sites_in("Orvale, where it fired 45 nuclear tests.")]
    ['Orvale test site']
    >>> [f.site_name for f in nuclear_test_sites_in("The first test at Orvale.", atoms=True)]
    ['Orvale test site']
    >>> nuclear_test_sites_in("Missile tests at Tallow; nuclear tests in the Kesk Hills.")
    []
    >>> [f.site_name for f in nuclear_test_sites_in(
    ...     "67 tests at Tallow Atoll and Kesk Atoll; three underground tests on Holt Island.",
    ...     atoms=True)]
    ['Tallow Atoll test site', 'Kesk Atoll test site', 'Holt Island test site']
    """
    low = sentence.lower()
    if "test" not in low:
        return []
    nuclear = any(w in low for w in _NUCLEAR_WORDS) or "test shaft" in low
    plain = (nuclear or atoms) and _OTHER_TESTS.search(sentence) is None
    if not (nuclear or plain):
        return []
    out: list[Finding] = []
    for rx in (_TESTED_AT, _WHERE_TESTED):
        for m in rx.finditer(sentence):
            bare = rx is _WHERE_TESTED or m.group("plain") is not None  # "tests" alone
            if not (plain if bare else nuclear or plain):
                continue  # ("underground tests" are a bomb's in a paragraph of the atom)
            at = m.start("places")
            for p in _TEST_PLACE_NAME.finditer(m.group("places")):
                spans = list(_TEST_NAME_WORD.finditer(p.group("name")))
                while spans and spans[-1].group().lower() in _NOT_TEST_PLACE_WORDS:
                    spans.pop()
                words = [w.group() for w in spans]
                if not words or words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES \
                        or any(w.lower().rstrip(".") in DEMONYMS or w.lower() in ADMIN_WORDS
                               or w.endswith(("'s", "’s")) or is_weapon_word(w)
                               or country_of_word(w) is not None for w in words):
                    continue
                start = at + p.start("name")
                name = sentence[start:start + spans[-1].end()]  # (as written: a wrapped line)
                if clean_name(" ".join(words)) is None or words[-1].lower() in _TEST_SITE_HEADS:
                    continue  # ("at the Kesk Test Site": a name other findings read)
                out.append(Finding(name, "test site", "test site", start, start + len(name),
                                   (0, 0), described=True))
    return out


#: A Russian works by its one-word name, "plant" (завод) at its end: "Uralvagonzavod",
#: "Kurganmashzavod", "Sevmorzavod"; a gloss of its name in English may follow in brackets
#: ("Kurganmashzavod [Kurgan Machine-Building Plant]")
_ZAVOD = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]{2,}zavod)(?![\w'’-])"
                    r"(?:[ \t]*[(\[](?P<gloss>(?:[A-Z][\w'’-]*[ \t]+){1,4}"
                    r"(?:Plant|Works|Factory|Shipyard|Yard))[)\]])?")
#: ... the arms it makes, beside the words of arms or of an arms industry
_ARMS_GOODS = re.compile(r"\b(?:(?<!fuel[ \t])(?<!oil[ \t])(?<!water[ \t])(?<!storage[ \t])"
                         r"tanks?|armou?red|fighters?|bombers?|warships?|submarines?|"
                         r"artillery|howitzers?|shells|infantry[ \t]+fighting[ \t]+vehicles?)\b",
                         re.I)


#: ... and what a civil works makes
_CIVIL_GOODS = re.compile(r"\b(?:sugar|cars?|buses|tractors?|transformers?|beer|vodka|"
                          r"chocolate|cement|fertili[sz]ers?|furniture|textiles?|bread)\b", re.I)


#: A Norwegian, Danish or Finnish air station's word after its name, as a translation keeps
#: it ("Kjevik flystasjon", "Ørland hovedflystasjon", "Rovaniemen lentotukikohta"); not
#: after another facility's word ("Banak Air Station Banak flystasjon", an infobox's two
#: names run together)
#: ... and the Scandinavian armies' ranges and camps, with the kind each is
#: Sweden's regiments by their arm ("Göta ingenjörregemente", "Norrlands
#: artilleriregemente")
_ARM_REGIMENTS = ("artilleriregemente", "amfibieregemente", "luftvärnsregemente",
                  "ingenjörregemente", "trängregemente", "signalregemente")
_NATIVE_AFTER_WORDS = {"skytefelt": "other", "øvingsfelt": "other", "skyte- og øvingsfelt":
                       "other", "leir": "other", "skjutfält": "other", "övningsfält": "other",
                       "lejr": "other", "øvelsesterræn": "other", "skydeterræn": "other",
                       # ... and their fortresses ("Vardøhus festning", "Karlsborgs fästning")
                       "festning": "other", "fæstning": "other", "fästning": "other",
                       "kastell": "other",
                       # Finland's garrisons and forts ("Vekaranjärven varuskunta",
                       # "Kirkonmaan linnake"), Estonia's air bases, camps, ranges and radars
                       # ("Ämari lennubaas", "Tapa linnak", "Nursipalu harjutusväli",
                       # "Kellavere radarijaam", "Pärnu lennuväli"), the Baltic states'
                       # forts ("Kauno IX fortas", "Daugavgrīvas cietoksnis")
                       "varuskunta": "other", "linnake": "other", "lennubaas": "airbase",
                       "linnak": "other", "harjutusväli": "other", "radarijaam": "other",
                       "lennuväli": "airbase", "fortas": "other", "cietoksnis": "other",
                       # Sweden's regiments by their provinces ("Gotlands regemente", its
                       # garrison; not an air wing, "Skaraborgs flygflottilj", a unit of the
                       # base named before it), Finland's headquarters ("Maavoimien
                       # esikunta", the Army's, in Mikkeli)
                       "regemente": "other", "esikunta": "command",
                       # ... by their arm too ("Norrlands artilleriregemente", "Älvsborgs
                       # amfibieregemente"), its air bases and yards ("Hallviken flygbas",
                       # "Kockums varv")
                       **dict.fromkeys(_ARM_REGIMENTS, "other"),
                       "flygbas": "airbase", "varv": "production",
                       # Norway's naval stations ("Ramsund orlogsstasjon")
                       "orlogsstasjon": "naval base",
                       # Turkey's bases, radars, yards and barracks (its bases' words in
                       # small letters too: "İncirlik hava üssü")
                       **TURKISH_AFTER_WORDS,
                       **{w.lower(): kind for w, kind in TURKISH_AFTER_WORDS.items()
                          if w.endswith("Üssü")}}
_NATIVE_AFTER = re.compile(
    r"(?<![\w'’-])(?<!Station )(?<!Base )(?<!Airport )"
    r"(?!(?:Station|Base|Airport|Air|Field)\b)(?!(?:The|At|In|On|From|By|For|With|To|Near|Of)\b)"
    # (not an owner's initials or possessive before the name: "the US İncirlik Hava Üssü",
    # "NATO's Kürecik Radar Üssü")
    r"(?![A-Z]{2,5}[ \t]|[\w-]+['’]s[ \t])"
    r"(?P<name>[A-ZÀ-ÖØ-ÞİŞ][\w'’-]+(?:[ \t][A-ZÀ-ÖØ-ÞİŞ][\w'’-]+)?)[ \t]+"
    r"(?P<head>" + NATIVE_STATION_ALTERNATIVES + "|"
    + "|".join(w.replace(" ", r"[ \t]+") for w in _NATIVE_AFTER_WORDS)
    + r")(?![\w'’-])")


#: Oil's sites by their place's name and their words in small letters: "the Klintsy oil
#: depot", "the Unecha oil pumping station", "the Ryazan oil refinery"
_OIL_SITE = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|At|In|On|Of|From|Near|To)[ \t])"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’-]+)?)[ \t]+"
    r"(?P<head>oil[ \t]+(?:refinery|depot|terminal|pumping[ \t]+station)|fuel[ \t]+depot)"
    r"(?![\w'’-])")


def struck_oil_sites_in(sentence: str, around: str | None = None,
                        strike_lead: bool = False) -> list[Finding]:
    """Oil's depots, refineries, terminals and pumping stations a war strikes (drones,
    missiles or shells in the sentence or its paragraph ``around``, or in the report's title
    and lead, ``strike_lead``), by their whole words: not one of an oil market's report, nor
    a town's sewage pumping station.

    >>> [f.full for f in struck_oil_sites_in("Drones hit the Klintsy oil depot again.")]
    ['Klintsy oil depot']
    >>> struck_oil_sites_in("The Klintsy oil depot hit a record in May.")
    []
    """
    if "oil " not in sentence and "fuel " not in sentence or not (
            strike_lead or WAR_STRIKE.search(sentence)
            or around is not None and WAR_STRIKE.search(around)):
        return []
    return [Finding(m.group("name"), m.group("head"), facility_type_of(m.group("head")),
                    m.start("name"), m.end("name"), (0, 0), full=m.group(),
                    full_start=m.start(), stop=m.end(), described=True)
            for m in _OIL_SITE.finditer(sentence)
            if m.group("name").split()[0].lower() not in STOPWORDS
            and country_of_word(m.group("name")) is None and not is_demonym(m.group("name"))
            and clean_name(m.group("name"))]


#: A form's field that names a site: "Facility: úložiště Bratrství, in Jáchymov", "Site
#: name: Kesk depot" (not a person's "Name:")
_SITE_FIELD = re.compile(r"[ \t]*(?i:(?:site|facility|installation|base|plant)(?:[ \t]+name)?)"
                         r"[ \t]*:[ \t]+(?P<name>[^(,;:\n]*[^(,;:\s])")


def field_named_sites_in(sentence: str) -> list[Finding]:
    """The site a form's field names at a sentence's start, its value up to a comma, a
    bracket or a semicolon, in whatever language (a regulators' digest: "Facility: úložiště
    Bratrství, in Jáchymov, a repository for waste").

    >>> [f.full for f in field_named_sites_in("Facility: úložiště Tallow, in Kesk, closed.")]
    ['úložiště Tallow']
    >>> field_named_sites_in("Facility: Yes"), field_named_sites_in("Name: Jan Tallow")
    ([], [])
    """
    m = _SITE_FIELD.match(sentence)
    if m is None:
        return []
    name = m.group("name")
    if len(name.split()) > 6 or clean_name(name) is None or \
            name.split()[0].lower() in STOPWORDS or country_of_word(name) is not None:
        return []
    return [Finding(name, "facility", facility_type_of(name), m.start("name"), m.end("name"),
                    (0, 0), full=name, full_start=m.start("name"), stop=m.end("name"),
                    described=True)]


#: A port by its name's first words: "the Port of Tuapse", "Port of Umm Qasr" (not its
#: authority's or police's: "the Port of Aden Authority"); in small letters too, where a
#: war strikes it ("drones targeted the port of Ashdod")
_PORT_BODY = (r"(?:Authority|Authorities|Police|Trust|Corporation|Company|Commission|Board|"
              r"Corp|Ltd|Customs|Administration|Management|Operator|Operations|Services?)\b")
# ... and words after its name that are none of it: its parts, a day ("the Port of Aden
# Container Terminal", "the Port of Hodeidah Saturday night")
_PORT_PART = (r"(?:Container|Terminals?|Harbou?r|Berths?|Quay|Monday|Tuesday|Wednesday|"
              r"Thursday|Friday|Saturday|Sunday)\b")
_PORT_OF = re.compile(
    # (not a port by its use: "the Port of Debarkation", "a Port of Entry", "of Call")
    # (in small letters too, where the sentence strikes it: "targeted the port of Ashdod")
    r"\b(?P<port>[Pp])ort[ \t]+of[ \t]+(?!(?:Debarkation|Embarkation|Entry|Call|Origin|"
    r"Discharge|Loading|Registry|Destination)\b)"
    r"(?P<name>[A-Z][\w-]+(?:[ \t](?:al-)?(?!" + _PORT_BODY + "|" + _PORT_PART
    # (its possessive after it: "the Port of Tuapse's oil berths", "Bandar Abbas' quay")
    + r")[A-Z][\w-]+)?)(?![\w-]|['’](?!s\b|\s))")
_PORT_OF_GATE = re.compile(r"\b[Pp]ort[ \t]+of\b")
#: Countries whose capital, a port, bears their name: "the Port of Djibouti" (not "Port
#: of Spain", Trinidad's capital)
_CITY_STATES = frozenset({"Djibouti", "Singapore", "Kuwait", "Gibraltar", "Monaco", "Macau",
                          "Macao"})


def ports_named_first_in(sentence: str, around: str | None = None) -> list[Finding]:
    """Ports a sentence names "Port of X" where it, or its paragraph ``around``, speaks
    of warships and navies: a port a navy uses or watches (not "Port of Spain", a country's
    name; nor a port named in a sentence of trade alone).

    >>> [f.full for f in ports_named_first_in("The Port of Tuapse refuelled landing ships.")]
    ['Port of Tuapse']
    >>> ports_named_first_in("The Port of Tuapse handled grain."), ports_named_first_in(
    ...     "A frigate sailed to the Port of Spain.")
    ([], [])
    >>> [f.full for f in ports_named_first_in("A frigate left the Port of Djibouti's quay.")]
    ['Port of Djibouti']
    >>> [f.full for f in ports_named_first_in("Drones targeted the port of Salif.")]
    ['port of Salif']
    >>> ports_named_first_in("Frigates left the Port of Bandar Abbas Authority docks.")
    []
    """
    if _PORT_OF_GATE.search(sentence) is None:
        return []
    military = military_port(sentence, around)
    struck = WAR_STRIKE.search(sentence) is not None
    if not military and not struck:
        return []
    return [Finding(m.group("name"), "Port", "naval base", m.start("name"), m.end("name"),
                    (0, 0), full=m.group(), full_start=m.start(), stop=m.end(),
                    described=True, named_first=True)
            for m in _PORT_OF.finditer(sentence)
            # (not its authority's: "the Port of Bandar Abbas Authority", the name whole)
            if not re.match(r"[ \t]+" + _PORT_BODY, sentence[m.end():])
            and (m.group("port") == "P" and military or struck)
            and (country_of_word(m.group("name")) is None or m.group("name") in _CITY_STATES)
            and clean_name(m.group("name"))]


def air_stations_named_first_in(sentence: str) -> list[Finding]:
    """Air stations a sentence names in Norwegian, Danish or Finnish, their word after
    the name (:data:`_NATIVE_AFTER`), and the army's ranges, camps and forts named so
    (Norway's "Halkavarre skytefelt", "Skjold leir", Sweden's "Vidsel skjutfält", Finland's
    "Kirkonmaan linnake", Estonia's "Ämari lennubaas", Lithuania's "Kauno IX fortas").

    >>> [f.site_name for f in air_stations_named_first_in("Jets left Kjevik flystasjon.")]
    ['Kjevik flystasjon']
    >>> [f.site_name for f in air_stations_named_first_in("At Kjevik flystasjon, jets wait.")]
    ['Kjevik flystasjon']
    >>> air_stations_named_first_in("| Kesk Air Station Kesk flystasjon |")
    []
    """
    if "stasjon" not in sentence and "station" not in sentence and "lento" not in sentence \
            and not _NATIVE_AFTER_GATE.search(sentence):
        return []
    return [Finding(m.group("name"), m.group("head"),
                    _NATIVE_AFTER_WORDS.get(" ".join(m.group("head").split()), "airbase"),
                    m.start("name"), m.end("name"), (0, 0), full=m.group(), full_start=m.start(),
                    stop=m.end(), described=True)
            if m.group("head") not in _ARM_REGIMENTS else
            # (a regiment by its arm is named after a province of old, "Göta", no town it
            # stands in: the whole name its own)
            Finding(m.group(), m.group("head"), "other", m.start(), m.end(), (0, 0),
                    full=m.group(), full_start=m.start(), stop=m.end())
            for m in _NATIVE_AFTER.finditer(sentence) if clean_name(m.group("name"))
            and not (m.group("head") in _NOT_OURS_AFTER
                     and _NOT_OURS_AFTER[m.group("head")].search(sentence))
            # (not the other name in brackets of a base named before: "Bodø Main Air
            # Station (Bodø hovedflystasjon)", "Rissala Air Base (Rissalan lentotukikohta)")
            and not _BRACKET_AFTER_FACILITY.search(sentence, 0, m.start())]


#: Words that make a native word after a name no military site's: a university's campus
#: ("Ülikooli linnak"), a Roman fort ("the Saalburg kastell, a Roman fort")
_NOT_OURS_AFTER = {"linnak": re.compile(r"(?i:ülikool|tudeng|üliõpilas|universit|student)"),
                   "kastell": re.compile(r"\b(?:Roman|Römer\w*|[Ll]imes|[Ll]egion\w*)\b")}
#: What a sentence holds before :data:`_NATIVE_AFTER` may find a range or a camp in it
_NATIVE_AFTER_GATE = re.compile(r"felt|leir|fält|lejr|terræn|f[eæä]s?tning|kastell|varuskunta|"
                                r"orlogs|"
                                r"linnak|lennu|harjutusväli|radarijaam|fortas|cietoksnis|"
                                r"regemente|esikunta|[Üü]s|Tersane|Kışla|Garnizon|Meydan|"
                                r"flygbas|varv\b")
#: A facility's name and an opening bracket right before a name ("... Air Base (")
_BRACKET_AFTER_FACILITY = re.compile(r"\b(?:[Bb]ase|[Ss]tation|[Aa]irport|[Aa]irfield|"
                                     r"AB|AFB)[ \t]*\([ \t]*(?:[\w'’-]+:[ \t]*)?\Z")


#: A barracks named in one word with its name glued before it, as German and Dutch write
#: ("the Hindenburgkaserne", "the Julius-Leber-Kaserne", "the Johannes Postkazerne", "the
#: Van Braam Houckgeestkazerne"), a person's given names or particles before it
_GLUED_BARRACKS = re.compile(
    r"(?<![\w'’-])(?P<name>(?:(?:[A-Z][\w.]*|van|von|de|der|den|ter)[ \t]){0,4}"
    r"(?P<word>[A-Z][\w'’-]*?-?(?:[Kk]aserne|[Kk]azerne)))(?![\w'’-])")
#: ... but not a police's or a fire brigade's ("Polizeikaserne", "Brandweerkazerne")
_CIVIL_BARRACKS = re.compile(r"(?i:polizei|politie|feuerwehr|brandweer|bereitschafts)")


#: An army's own words before its barracks' name ("the Bundeswehr Julius-Leber-Kaserne")
_ARMIES = frozenset({"army", "bundeswehr", "armee", "heer", "landmacht", "defensie",
                     "bundesheer", "wehrmacht"})


def glued_barracks_in(sentence: str) -> list[Finding]:
    """Barracks named in one word, the barracks' word glued after the name (German and
    Dutch: :data:`_GLUED_BARRACKS`); the whole is the name, of no place.

    >>> [f.site_name for f in glued_barracks_in("The unit left the Tallowkaserne in Kesk.")]
    ['Tallowkaserne']
    >>> glued_barracks_in("The Kaserne was old.")
    []
    """
    if "aserne" not in sentence and "azerne" not in sentence:
        return []
    out = []
    for m in _GLUED_BARRACKS.finditer(sentence):
        if _CIVIL_BARRACKS.match(m.group("word")) or m.group("name") in NATIVE_BASE_WORDS:
            continue  # (a police barracks; "Luftwaffenkaserne Wahn": a native word first)
        # the words before it that are a person's names or particles ("Johannes", "Van
        # Braam"), not a stop word, an army's or a people's ("Yesterday", "For", "German",
        # "Bundeswehr")
        start = m.start("word")
        for w in reversed(list(re.finditer(r"\S+", sentence[:m.start("word")]))):
            if w.start() < m.start("name") or w.group().lower() in STOPWORDS or \
                    w.group().lower() in _NOT_NAMES or is_demonym(w.group()) or \
                    w.group().lower() in _ARMIES:
                break
            start = w.start()
        name = sentence[start:m.end("name")]
        out.append(Finding(name, name, "other", start, m.end("name"), (0, 0), full=name,
                           full_start=start, stop=m.end("name"), described=True))
    return out


def zavods_in(sentence: str, paragraph: str | None = None) -> list[Finding]:
    """Russian works named by one word ending in "zavod" (a plant), in a sentence or
    paragraph of arms: a works of the arms industry, its English gloss another name.

    Examples
    --------
    >>> [(f.site_name, f.facility_type, f.aliases) for f in zavods_in(
    ...     "At Tallowmashzavod [Tallow Machine-Building Plant], which builds tanks, work grew.")]
    [('Tallowmashzavod', 'production', [('Tallow Machine-Building Plant', 20)])]
    >>> zavods_in("Tallowavtozavod makes cars and buses.")
    []
    """
    if "zavod" not in sentence:
        return []
    context = sentence if paragraph is None else paragraph
    if not (arms_or_atoms(context) or _ARMS_GOODS.search(context)) or \
            _CIVIL_GOODS.search(sentence):
        return []  # (not "Sakhzavod, a sugar plant", in a paragraph of drone strikes)
    out = []
    for m in _ZAVOD.finditer(sentence):
        name = m.group("name")
        gloss = [(m.group("gloss"), m.start("gloss"))] if m.group("gloss") else []
        out.append(Finding(name, name, "production", m.start("name"), m.end("name"), (0, 0),
                           full=name, full_start=m.start("name"), stop=m.end("name"),
                           aliases=gloss, described=True))
    return out


#: A heading that is a facility's name and its initials in brackets, as safeguards reports
#: head their sections ("Fuel Enrichment Plant (FEP)", "Uranium Conversion Facility (UCF)")
_INITIALS_HEADING = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:and|of|for|[A-Z][\w'’-]*)){1,7})"
    r"[ \t]*\((?P<initials>[A-Z][A-Za-z]{1,7})\)[ \t]*\Z")


def heading_named_by_initials(heading: str) -> Finding | None:
    """The facility a heading names with its initials in brackets, the initials another
    name of it (the sections below call it so: "3. The FEP at Natanz is ..."); None for
    a heading of another form.

    Examples
    --------
    >>> f = heading_named_by_initials("Fuel Enrichment Plant (FEP)")
    >>> (f.site_name, f.facility_type, f.aliases)
    ('Fuel Enrichment Plant', 'nuclear', [('FEP', 23)])
    >>> heading_named_by_initials("Annex on Safeguards (GOV)") is None
    True
    """
    m = _INITIALS_HEADING.match(heading)
    if m is None:
        return None
    name, initials = m.group("name"), m.group("initials")
    letters = "".join(w[0] for w in name.split() if w not in ("and", "of", "for"))
    if letters.upper() != initials.upper() or FACILITY_PHRASE.search(name) is None:
        return None
    return Finding(name, name, facility_type_of(name), m.start("name"), m.end("name"), (0, 0),
                   full=name, full_start=m.start("name"), stop=m.end("name"),
                   aliases=[(initials, m.start("initials"))], described=True)


#: A French atomic centre by its name ("the Centre de l'Aube", "the Centre de la Manche",
#: "the Centre de Marcoule"), read in a sentence about the atom
_FRENCH_CENTRE = re.compile(
    r"(?<![\w'’-])(?P<full>Centre[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|de[ \t]+)"
    r"(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?))(?![\w'’-])")


def french_centres_in(sentence: str) -> list[Finding]:
    """French atomic centres a sentence about the atom names: "its first surface
    repository, the Centre de la Manche beside La Hague".

    Examples
    --------
    >>> [f.site_name for f in french_centres_in(
    ...     "Andra runs the Centre de l'Orvale for short-lived low-level waste.")]
    ["Centre de l'Orvale"]
    >>> french_centres_in("The Centre de Recherche Tallow hosts a conference on art.")
    []
    """
    if "Centre d" not in sentence:
        return []
    # ... and the forces' centres by what they do, then their place: "the Centre de
    # détection et de contrôle de Cinq-Mars-la-Pile", "the Centre d'essais de la Méditerranée"
    # (what it does may be a civil trade's too, "a centre d'essais" of cars: the sentence
    # speaks of the forces, but for "détection et de contrôle", an air force's words)
    out = [Finding(m.group("name"), m.group("full")[:m.start("name") - m.start()].strip(),
                   "other", m.start("name"), m.end("name"), (0, 0), full=m.group("full"),
                   full_start=m.start(), stop=m.end(), described=True, named_first=True)
           for m in _FRENCH_FORCES_CENTRE.finditer(sentence)
           if "détection et de contrôle" in m.group("full") or _MILITARY.search(sentence)
           or ATOMS.search(sentence)]
    # (an atomic research centre by what it does, then its place: "the Centre de Recherche
    # Nucléaire de Draria", "the Centre d'études nucléaires de la Maâmora": of the atom by
    # its own words)
    out += [Finding(m.group("name"), m.group("what"), "nuclear", m.start("name"),
                    m.end("name"), (0, 0), full=m.group("full"), full_start=m.start(),
                    stop=m.end(), described=True, named_first=True)
            for m in _FRENCH_ATOM_CENTRE.finditer(sentence)]
    if ATOMS.search(sentence) is None:
        return out
    return out + [Finding(m.group("name"), "Centre", "nuclear", m.start("name"), m.end("name"),
                          (0, 0), full=m.group("full"), full_start=m.start(), stop=m.end(),
                          described=True, named_first=True)
                  for m in _FRENCH_CENTRE.finditer(sentence)
                  if not any(f.full_start <= m.start() < f.stop for f in out)]


#: A French-speaking country's atomic research centre: "Centre de Recherche Nucléaire de
#: Birine", "Centre d'études nucléaires de la Maâmora"
_FRENCH_ATOM_CENTRE = re.compile(
    r"(?<![\w'’-])(?P<full>(?P<what>Centre[ \t]+(?:de[ \t]+|d['’])(?:[Rr]echerches?|[ÉéE]tudes)"
    r"[ \t]+(?:[Nn]ucl[ée]aires?|[Aa]tomiques?))[ \t]+"
    r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|de[ \t]+|d['’])"
    # (its place one word, hyphens joining: not "Saclay Ingénieur" of a job's title after)
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*))(?![\w'’-])")
#: A French forces' centre: "Centre", what it does in small letters (one of its words a
#: military trade's: detecting, testing, training, trials), then its place
_FRENCH_FORCES_CENTRE = re.compile(
    r"(?<![\w'’-])(?P<full>Centre[ \t]+(?:de[ \t]+|d['’])"
    r"(?=[a-zàâçéèêëîïôûù'’ -]{0,40}?\b(?:détection|essais|entraînement|"
    r"expérimentations?|transmissions|instruction|aguerrissement|lancement|"
    r"renseignement)\b)"
    r"(?:[a-zàâçéèêëîïôûù'’-]+[ \t]+){0,6}?"
    r"(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’]|en[ \t]+)"
    # (not an ocean's: the "Centre d'expérimentations du Pacifique" tested on two atolls)
    r"(?!(?:Pacifique|Atlantique|Océan)\b)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*)?))(?![\w'’-])")


def bracketed_names_in(sentence: str) -> list[Finding]:
    """Facilities named with another spelling of their place in brackets between the name
    and its facility words ("the Sohae (Tongchang-ri) Satellite Launching Station", "the
    Pyeongsan [Pyongsan] uranium mill"): the name with its facility words, and the other
    spelling with them as another name.

    Examples
    --------
    >>> [(f.site_name, f.aliases[0][0]) for f in bracketed_names_in(
    ...     "Work went on at the Tallowae (Kesk-ri) Satellite Launching Station.")]
    [('Tallowae Satellite Launching Station', 'Kesk-ri Satellite Launching Station')]
    >>> bracketed_names_in("Work went on at Tallowae (in May) near the launching station.")
    []
    """
    out: list[Finding] = []
    for m in _BRACKETED_NAME.finditer(sentence) if "(" in sentence or "[" in sentence else ():
        name, alt, head = m.group("name"), m.group("alt") or m.group("alt2"), m.group("head")
        at = m.start("alt") if m.group("alt") else m.start("alt2")
        if clean_name(name) is None or name.split()[0].lower() in STOPWORDS or \
                country_of_word(alt) is not None:
            continue
        out.append(Finding(name, head, facility_type_of(head), m.start("name"), m.end("name"),
                           (0, 0), full=f"{name} {head}", full_start=m.start("name"),
                           stop=m.end("head"), aliases=[(f"{alt} {head}", at)]))
    return out


# A name, another spelling of its place in brackets, then facility words right after
_BRACKETED_NAME = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[ \t]*"
    r"(?:\((?P<alt>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)\)|\[(?P<alt2>[A-Z][\w'’-]*"
    r"(?:[ \t][A-Z][\w'’-]*)?)\])[ \t]+(?P<head>(?i:" + FACILITY_PHRASE.pattern + r"))")


def typed_rows_in(sentence: str) -> list[Finding]:
    """The site a table's row names in its first cell by a bare name, another cell giving
    its kind ("Mehrabad | Tehran | air base / airport | 35.689, 51.313"): a site of that
    kind.

    Examples
    --------
    >>> [(f.site_name, f.facility_type) for f in typed_rows_in(
    ...     "Tallowabad | Kesk | air base / airport | 35.689, 51.313 | tanker burned")]
    [('Tallowabad air base', 'airbase')]
    >>> typed_rows_in("Tallowabad | Kesk | city | 35.689, 51.313")
    []
    """
    if "|" not in sentence:
        return []
    m = _TYPED_ROW.match(sentence)
    if m is None or clean_name(m.group("name")) is None or \
            m.group("name").lower() in _FIELD_LABELS:
        return []
    cells = m.group("rest").split("|")
    if len([c for c in cells if c.strip()]) < 2:
        return []  # an infobox's "Type | military air base": a field, not a table's row
    for cell in cells:
        kind = _TYPE_CELL.fullmatch(cell.strip())
        if kind is not None:
            ftype = facility_type_of(kind.group("kind"))
            f = Finding(m.group("name"), kind.group("kind").lower(), ftype, m.start("name"),
                        m.end("name"), (0, 0), described=True)
            return [f]
    return []


#: Labels of an infobox's or a table's fields, which name no site
_FIELD_LABELS = frozenset({"type", "kind", "category", "status", "use", "role", "name",
                           "facility", "site", "location", "operator", "owner", "country"})
# A table's row: its first cell a bare name of up to four capitalised words (a bracket
# after it maybe), then the other cells
_TYPED_ROW = re.compile(r"[ \t|]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*"
                        r"(?:\([^()|\n]{1,40}\)[ \t]*)?\|(?P<rest>.*)$", re.S)
# A cell that says what kind of site the row is: "air base", "air base / airport",
# "missile base", "naval base"
_TYPE_CELL = re.compile(r"(?i:(?P<kind>(?:military[ \t]+)?(?:air[ \t]*base|air[ \t]+station|"
                        r"airfield|naval[ \t]+(?:air[ \t]+)?(?:base|station)|missile[ \t]+base|"
                        r"submarine[ \t]+base|army[ \t]+base|military[ \t]+base|"
                        r"(?:nuclear[ \t]+)?test[ \t]+site|launch[ \t]+site))"
                        r"(?:[ \t]*/[ \t]*[\w -]{1,20})?)")


def listed_plants_in(sentence: str) -> list[Finding]:
    """Nuclear power plants a sentence names as "the X plant" or "the X station", X the
    name of one plant of GeoNuclearData (:mod:`catalog.power_plants`): "the Cofrentes plant
    in the province of Valencia" says nothing of the atom, and "plant" alone is a civil
    word. (The caller drops a plant named after a city, which may be any other plant.)

    Examples
    --------
    >>> [f.site_name for f in listed_plants_in("Inland, the Trillo plant has one unit.")]
    ['Trillo plant']
    >>> listed_plants_in("Inland, the Tallowgrad plant makes tractors.")
    []
    """
    out: list[Finding] = []
    for m in _THE_X_PLANT.finditer(sentence) if "plant" in sentence or "station" in sentence \
            else ():
        name = m.group("name")
        if plant_named(name) is None or clean_name(name) is None:
            continue
        out.append(Finding(name, m.group("head"), "nuclear", m.start("name"), m.end("name"),
                           (0, 0)))
    return out


def bare_plants_in(sentence: str, atoms: bool = False) -> list[Finding]:
    """Nuclear power plants a sentence about the atom (or of a paragraph or a report about
    it: ``atoms``) names by their bare names, placing them at once: "Berkeley, about 2 km west
    of the town of Berkeley", "waste from Doel, about 15 km north-west of Antwerp" (X the
    name of one plant of GeoNuclearData, :mod:`catalog.power_plants`; a town of the name is
    placed with no distance to it). The caller drops a plant named after a city.

    Examples
    --------
    >>> [f.name for f in bare_plants_in(
    ...     "Of the reactors, Trillo, about 8 km east of the village, has one unit.")]
    ['Trillo']
    >>> bare_plants_in("Tallowgrad, about 8 km east of the village, makes tractors.")
    []

    A list's item of a report on the atom that opens on a plant's name, with its units'
    numbers or not, is that plant's ("- Atucha I and II (Argentina; NA-SA). Both units..."):

    >>> [f.name for f in bare_plants_in("- Atucha I and II (Argentina). Two units.", True)]
    ['Atucha']
    """
    listed = _LISTED_PLANT.match(sentence)
    if not (listed or any(w in sentence for w in PLACING_WORDS)) or \
            not (atoms or ATOMS.search(sentence)):
        return []
    out = []
    for m in ([listed] if listed else []) + list(_BARE_PLANT.finditer(sentence)):
        name = m.group("name")
        if plant_named(name) is None or clean_name(name) is None:
            continue
        # the name alone is the plant's; with its units' numbers ("Atucha I and II") too
        units = m.group("units") if m is listed else None
        out.append(Finding(name, "plant", "nuclear", m.start("name"), m.end("name"), (0, 0),
                           full=f"{name} {units.strip()}" if units else None,
                           full_start=m.start("name") if units else None, described=True,
                           stop=m.end("units") if units else None))
    return out


# A list's item that opens on a name, its units' numbers or letters after it ("Atucha I and
# II", "Angra 1-3", "Sizewell B"), then a bracket, a colon, a dash or a full stop
_LISTED_PLANT = re.compile(
    r"[ \t]*(?:[-•*–][ \t]+|\d{1,2}[.)][ \t]+)(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)"
    r"(?P<units>[ \t]+(?:[IVX]{1,4}|\d{1,2}|[A-D])(?:[ \t]*(?:,|and|&|[-–/])[ \t]*"
    r"(?:[IVX]{1,4}|\d{1,2}|[A-D]))*)?(?=[ \t]*(?:\(|:|[—–][ \t]|\.(?:\s|$)))")

def listed_plant(sentence: str) -> bool:
    """Whether a sentence is a list's item opening on a name (see :func:`bare_plants_in`)."""
    return _LISTED_PLANT.match(sentence) is not None


#: The words that place a plant named bare (see :func:`bare_plants_in`): a quick look first
PLACING_WORDS = ("km", "mile", "near", "outside", "beside", "next to", "between", "th of",
                 "st of", ", in ", ", on ")  # ("north of", "east of": a compass word and "of")
def placed_names_in(sentence: str) -> list[Finding]:
    """Names a sentence places at once by a distance and a direction, set off by a comma
    ("Pantex, 17 miles north-east of Amarillo", "Tallowfield, about 8 km south of Holt"):
    what the caller keeps of them is a name no gazetteer place bears, in a sentence or
    paragraph of arms or the atom — a facility's, as a town would be in the gazetteer.

    >>> [f.name for f in placed_names_in("It all goes to Pantex, 17 miles north-east of "
    ...                                   "Amarillo.")]
    ['Pantex']
    """
    out = []
    for m in _PLACED_NAME.finditer(sentence) if "of" in sentence or "near" in sentence \
            or "outside" in sentence else ():
        name = m.group("name")
        if clean_name(name) is None or name.split()[0].lower() in STOPWORDS or \
                country_of_word(name) is not None or \
                any(w.lower().rstrip(".") in DEMONYMS or w.lower() in ADMIN_WORDS
                    for w in name.split()):
            continue  # (a region: "Sverdlovsk Oblast, about ...")
        out.append(Finding(name, "site", "other", m.start("name"), m.end("name"), (0, 0),
                           full=name, full_start=m.start("name"), described=True))
    return out


_PLACED_NAME = re.compile(  # (not after "at", "in", "near": a place the site is at)
    r"(?:^|(?<=[,;:(])[ \t]*|\b(?:and|but|as|including|like|go(?:es)?[ \t]+to)[ \t]+)"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}(?:[ \t]+\d{1,3})?)(?=,[ \t]+(?:"
    r"(?:about|some|around|roughly|nearly|approximately)?[ \t]*\d+(?:[.,]\d+)?[ \t]*"
    r"(?:km|kilomet(?:re|er)s?|miles?)[ \t]+(?:to[ \t]+the[ \t]+)?"
    r"(?i:north|south|east|west)[\w-]*[ \t]+of\b"
    # ("REGAN Vest, near Skørping", "Bunk'Art, on the eastern edge of Tirana")
    r"|(?:just[ \t]+)?(?:near|outside)[ \t]+(?:the[ \t]+(?:village|town|city)[ \t]+of[ \t]+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-ž]"
    r"|on[ \t]+the[ \t]+(?:[a-z-]+[ \t]+)?(?:edge|outskirts)[ \t]+of[ \t]+[A-ZÀ-ÖØ-ÞĀ-ž]))")


# A bare name set off by a comma and placed by a distance and a direction within a few
# words, or by "near": "Oldbury, about 5 km north-west of", "Bradwell, on the Blackwater
# estuary about 15 km east of", "Sizewell B, near Leiston" (not after "of" or "near":
# then it is a distance's anchor)
_BARE_PLANT = re.compile(
    r"(?:^|(?<=[,;:(])[ \t]*|\b(?:and|from|at|to|with|while|but|as|including|like)[ \t]+)"
    # (a unit's letter or number after it: "Hinkley Point C", "Sizewell B")
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?(?:[ \t]+(?:[A-F]|[IV]{1,3}|\d))?)"
    r"(?=,[ \t]+(?:"
    # (a few words of its own may come first, no other clause's: "Gravelines, on the coast
    # of the Nord between Calais and Dunkirk"; "Bugey, in the Ain, east of Lyon")
    r"(?:(?:(?!\band\b)[^.;:()]){0,60}?[ \t])??(?:"
    r"(?:about|some|around|roughly|nearly|approximately)?[ \t]*"
    r"\d+(?:[.,]\d+)?[ \t]*(?:km|kilomet(?:re|er)s?|miles?)[ \t]+(?:to[ \t]+the[ \t]+)?"
    r"(?i:north|south|east|west)[\w-]*[ \t]+of\b"
    r"|between[ \t]+[A-Z]"
    r"|(?:north|south|east|west)(?:-?(?:north|south|east|west))*[ \t]+of[ \t]+[A-Z])"
    # ("Sizewell B, near Leiston on the Suffolk coast"; "Hinkley Point C, in Somerset, and
    # Sizewell C, on the Suffolk coast")
    r"|(?:just[ \t]+)?(?:near|outside|beside|next[ \t]+to)[ \t]+[A-Z]"
    r"|(?:in|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]*(?:[,;)]|coast\b)))")


def bare_air_bases_in(sentence: str) -> list[Finding]:
    """Air bases a sentence of military flying names by their bare names: "drones struck
    Belaya and Engels", "Everyone knows Kadena and Osan", "aircraft from Altus and Grand
    Forks" (X the name of exactly one airfield that airportsdata calls military,
    :mod:`catalog.airfields`; a civil airport of the name says nothing).

    Examples
    --------
    >>> [f.site_name for f in bare_air_bases_in("Tankers from Altus and Grand Forks flew.")]
    ['Altus air base', 'Grand Forks air base']
    >>> bare_air_bases_in("Tourists from Altus and Grand Forks flew.")
    []
    """
    low = sentence.lower()
    if not any(w in low for w in AIR_WAR_WORDS) or not _AIR_WAR.search(sentence):
        return []  # (the words looked for as plain strings first: most sentences have none)
    out = []
    for m in _BARE_BASE.finditer(sentence):
        name = m.group("name")
        if clean_name(name) is None or name.split()[0].lower() in STOPWORDS or \
                country_of_word(name) is not None or \
                any(w.lower() in AVIATION_WORDS for w in name.split()):
            continue  # (and "Ramat David Airbase": a base's own name, read as such)
        if _military_fields(name) != 1:
            continue
        out.append(Finding(name, "air base", "airbase", m.start("name"), m.end("name"),
                           (0, 0), described=True))  # the name alone is the base's
    return out


def landform_sites_in(sentence: str, atoms: bool = False) -> list[Finding]:
    """Sites named after their hills, mountain, mesa or flat, where the sentence says
    what is done there: bombs tested ("Frenchman Flat: the early atmospheric shots",
    "Degelen Mountain ... tunnelled more than 180 times for underground tests"; a test of
    the atom, by the sentence's words or by its paragraph's, ``atoms``), weapons stored
    ("the Kirana Hills, near Sargodha, where Pakistan is believed to store weapons"), or
    tunnels dug in a paragraph of the atom ("Pickaxe Mountain, where Iran has been
    tunnelling"). The caller leaves out a town of the name ("Burns Flat").

    Examples
    --------
    >>> [(f.site_name, f.facility_type) for f in landform_sites_in(
    ...     "The Tallow Hills, near Kesk, where the army stores its warheads, were hit.")]
    [('Tallow Hills', 'storage')]
    >>> landform_sites_in("Tourists hike in the Tallow Hills, near Kesk.")
    []
    """
    if not LANDFORM_GATE.search(sentence):
        return []
    tested = _LANDFORM_TESTS.search(sentence) is not None and (
        atoms or any(w in sentence.lower() for w in _NUCLEAR_WORDS))
    stored = _LANDFORM_STORED.search(sentence) is not None and \
        _LANDFORM_WEAPONS.search(sentence) is not None
    dug = atoms and _LANDFORM_DUG.search(sentence) is not None
    if not (tested or stored or dug):
        return []
    kind = "test site" if tested else "storage" if stored else "nuclear"
    out = []
    for m in _LANDFORM.finditer(sentence):
        name = m.group("full")
        if m.group("name").split()[0].lower() in STOPWORDS or clean_name(name) is None or \
                country_of_word(m.group("name")) is not None:
            continue
        out.append(Finding(name, m.group("land").lower(), kind, m.start("full"),
                           m.end("full"), (0, 0), full=name, full_start=m.start("full"),
                           described=True))  # (no word of it a place to put it at)
    return out


#: What :func:`landform_sites_in` needs in a sentence, for a quick look first.
LANDFORM_GATE = re.compile(r"[a-z][ \t](?:Hills|Mountain|Mesa|Flat)\b")
#: Hills, a mountain, a mesa or a flat by its name: one or two capitalised words before it
#: (not "the Zagros Mountains", a range)
_LANDFORM = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|In|At|On|Of)[ \t])"
                       r"(?P<full>(?P<name>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)"
                       r"[ \t](?P<land>Hills|Mountain|Mesa|Flat))(?![\w'’-])")
_LANDFORM_TESTS = re.compile(r"\b(?:tests?|testing|tested|shots|detonations?|explosions|"
                             r"subcritical)\b", re.I)
_LANDFORM_STORED = re.compile(r"\b(?:store|stores|stored|storage|stockpiled?)\b", re.I)
_LANDFORM_WEAPONS = re.compile(r"\b(?:weapons?|warheads?|missiles?|bombs?|munitions)\b", re.I)
_LANDFORM_DUG = re.compile(r"\b(?:tunnel(?:s|led|ling|ed|ing)?)\b", re.I)


@functools.lru_cache(maxsize=4096)
def _military_fields(name: str) -> int:
    """How many airfields airportsdata calls military bear ``name`` (cached: names recur)."""
    key = airfield_stem(name)
    return sum(military(p.name) for p in airfields_with_stem(key)) if key else 0


#: A sentence of military flying: its aircraft, its bases, its strikes (and the words it
#: must hold, as plain strings in small letters, for a quick look first)
_AIR_WAR = re.compile(r"\b(?:air[ \t]*bases?|airfields?|military[ \t]+aircraft|fighters?|bombers?|"
                      r"tankers?|warplanes|squadrons?|air[ \t]+forces?|drones?|sorties|"
                      r"interceptors?|(?:military|naval|army|transport|long-range|frontline)"
                      r"[ \t]+aviation)\b", re.I)
AIR_WAR_WORDS = ("air", "fighter", "bomber", "tanker", "warplane", "squadron", "drone",
                  "sortie", "interceptor", "aviation")
# A bare name where a base is named: in a list, or after a verb of flying or striking
# (not after "of" or "near": a distance's or a place's anchor; not before a facility word)
_BARE_BASE = re.compile(
    # (a thread's numbered post: "13/ Migalovo, about 10 km ...")
    r"(?:^|^[ \t]*\d{1,2}/[ \t]+|(?<=[,;(])[ \t]*|\b(?:and|or|from|at|to|on|into|struck|hit|"
    r"hitting|attacked|"
    r"targeted|bombed|knows|including)[ \t]+)"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r"(?![\w'’-]|[ \t]+(?:[A-Z]|(?i:air|base|bases|airport|airfield|field|station|"
    r"province|region|oblast|city|town|drones?|strikes?|missiles?|jets?|fighters?)\b))")


_THE_X_PLANT = re.compile(r"\bthe[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)"
                          r"[ \t]+(?P<head>(?:nuclear[ \t]+)?(?:power[ \t]+)?"
                          r"(?:plant|station))\b")


def reactor_sites_at(sentence: str) -> list[Finding]:
    """The nuclear power plants a sentence of reactors names only by their places: "10 new
    reactors, including units at Tarsin, Holt and Orvale", "the fast reactors at Tarsin"
    (one reactor at a place, "the reactor at Tarsin", is a part of a facility named
    elsewhere: not read here).

    Examples
    --------
    >>> [f.name for f in reactor_sites_at("It approved new reactor units at Tarsin and Holt.")]
    ['Tarsin', 'Holt']
    """
    if "eactor" not in sentence:
        return []
    out: list[Finding] = []
    for m in _REACTORS_AT.finditer(sentence):
        out.extend(_places_listed(sentence, m.end(), "nuclear power plant"))
    return out


def reactors_by_designation(sentence: str, reactor_report: bool = False) -> list[Finding]:
    """The research reactors a sentence of reactors names by a designation alone, set at
    an institution's site or followed by the reactor's words: "the RA-10, at the Tallow
    Atomic Centre", "RECH-1 at the Holt Nuclear Centre", "the TRIGA Mark II at the
    National Institute", "the CAREM-25 prototype small modular reactor" (a power reactor's
    type, "VVER-440", "BN-600", names many reactors: none of them).

    Examples
    --------
    >>> [f.name for f in reactors_by_designation(
    ...     "Its two research reactors, RECH-1 at the Tallow Centre and RECH-2, are old.")]
    ['RECH-1', 'RECH-2']

    In a report on research reactors (``reactor_report``: its title and lead say so) the
    sentence need not say "reactor" ("Peru's RP-10 at the Huarangal centre"), and a list's
    item of a name, its places and a power is a reactor ("OPAL, Lucas Heights, New South
    Wales, Australia — 20 MW").
    """
    out = []
    if reactor_report and (m := _POWER_ITEM.match(sentence)) is not None and \
            not _NOT_A_NAME.search(m.group("name")):  # (named with facility words: others')
        out.append(Finding(m.group("name"), "research reactor", "nuclear", m.start("name"),
                           m.end("name"), (0, 0), described=True))
    if "-" not in sentence and "TRIGA" not in sentence:
        return out
    reactors = reactor_report or "eactor" in sentence
    for m in _REACTOR_DESIGNATION.finditer(sentence):
        if _COUNTED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "a 250 kW TRIGA Mark II", "two CFR-600 fast reactors": a model
        if _AT_ATOMIC_CENTRE.match(sentence, m.end()):
            pass  # "The smaller RA-6, at the Tallow Atomic Centre": the reactor said before
        elif not reactors or not (_DESIGNATION_SET_AT.match(sentence, m.end()) or (
                m.group("type") is None and _REACTOR_WORDS_AFTER.match(sentence, m.end()))):
            continue  # "the RA-10 programme": a designation, no site said; "the TRIGA
            # Mark II reactor": a model's
        if not any(f.start <= m.start() < f.end for f in out):
            # the reactor's words as written right after it ("the RA-10 multipurpose
            # reactor"), else a research reactor's
            out.append(Finding(m.group("name"),
                               reactor_words_after(sentence, m.end()) or "research reactor",
                               "nuclear", m.start(), m.end(), (0, 0), described=True))
    return _sibling_designations(sentence, out) if out else out


def reactor_words_after(text: str, end: int) -> str | None:
    """The reactor's words written right after a designation ending at ``end``, on its
    line ("RA-10| multipurpose reactor": "multipurpose reactor"), if any."""
    words = _REACTOR_WORDS_NEXT.match(text, end)
    return " ".join(words.group(1).split()) if words else None


def about_research_reactors(text: str) -> bool:
    """Whether a text (a report's title and lead) is about research reactors."""
    return _RESEARCH_REACTORS.search(text) is not None


_RESEARCH_REACTORS = re.compile(r"(?i:research\s+reactors?|neutron\s+sources?)")
# A list's item: a name, its places after commas, a dash and a power ("OPAL, Lucas Heights,
# New South Wales, Australia — 20 MW"; "BR2, SCK CEN, Mol, Belgium — up to 100 MW")
_POWER_ITEM = re.compile(
    r"[ \t]*(?:[-*•·][ \t]+)?(?P<name>[A-Z][\w'’.–-]*(?:[ \t]+[\w'’.–-]+){0,4}),[ \t]+"
    r"[^\n—–]{2,120}?[ \t]+[—–-][ \t]+(?:up[ \t]+to[ \t]+|about[ \t]+|some[ \t]+)?"
    r"\d+(?:[.,]\d+)?[ \t]*(?:MW|kW|MWt)\b")
# ... but not a sentence's words ("In 2024, the ..."), a number or a date
# (or a name with a facility's words, which the facility words read: "MARIA reactor")
_NOT_A_NAME = re.compile(r"^(?:In|On|At|By|Since|From|The|A|An|It|This|That|Its)\b|^\d|"
                         r"(?i:reactor|centre|center|institute|laborator|facility|station)")


# A research reactor's designation: letters, a hyphen, a number ("RA-10", "RECH-1",
# "IEA-R1", "CAREM-25"; or one or two letters: "WWR-K", "WWR-SM"), or a TRIGA by its mark
# (a type, but one a country has one of)
# (not a power reactor's type: "VVER-440", "BN-600", "AP-1000" name models, not sites)
_REACTOR_DESIGNATION = re.compile(
    r"(?<![\w'’-])(?P<name>(?!(?:VVER|RBMK|BN|AP|APR|EPR|CANDU|ACP|ACR|HPR|KLT|RITM|SMR|"
    r"BWR|PWR|ABWR|ESBWR|HTR)-)[A-Z]{2,6}-(?:[A-Z]?\d{1,3}[A-Z]?|[A-Z]{1,2}(?![\w'’-]))"
    r"|(?P<type>TRIGA(?:[ \t]+Mark[ \t]+(?:I{1,3}|IV|V|F))?))(?![\w'’-])")
# ... set at an institution's site: "RA-6, at the Tallow Atomic Centre", "at Holt"
# (a hard-wrapped line may break at any gap)
_DESIGNATION_SET_AT = re.compile(r",?\s+(?:at|in)\s+the\s+[A-Z]|,?\s+at\s+[A-Z]")
# ... or followed by the reactor's words: "CAREM-25 prototype small modular reactor"
_REACTOR_WORDS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,4}\s+reactor\b|"
                                  r",\s+an?(?:\s+[\w-]+){0,3}\s+(?:reactor|neutron\s+source)\b")
# ... those words right after it, on one line ("RA-10 multipurpose reactor")
_REACTOR_WORDS_NEXT = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){0,3}reactor)\b")
# A count or an article before a designation (and a rating between): a model's, not one
# reactor's
_COUNTED_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|several|\d+)\s+"
                             r"(?:[\d.,]+\s*(?:kW|MW|MWt|MWe)\s+)?\Z", re.I)
# ... or at an atomic or a nuclear centre, in a sentence that need not say "reactor"
_AT_ATOMIC_CENTRE = re.compile(r",?\s+at\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Atomic|Nuclear)\s+"
                               r"(?:Centre|Center|Research\s+Centre|Research\s+Center)\b")


# (a reactor programme or project at a place too: "the fast-reactor programme at X")
_REACTORS_AT = re.compile(r"\b(?:reactors|units|reactor\s+(?:programme|program|project))"
                          r"\s+at\s+(?=[A-Z])")


def _places_listed(sentence: str, pos: int, head: str) -> list[Finding]:
    """The places a list names from ``pos`` on ("Tarsin in the north-east, Holt and
    Orvale"), each a finding of the facility words ``head``, up to the first word that is
    no place's name (a country's, a part of the world's, a possessive)."""
    out = []
    while (n := _LIST_NAME.match(sentence, pos)) is not None:
        f = _finding(sentence, n.start("name"), n.group("name"), head)
        if f is None or country_of_word(n.group("name")) is not None or \
                n.group("name").lower() in _REGIONS or n.group("name").endswith(("'s", "’s")):
            break  # (a possessive: "units at Japan's coast" names what is the country's)
        out.append(f)
        pos = n.end()
        if (p := _LIST_PLACE.match(sentence, pos)) is not None:
            pos = p.end()
        elif (p := _LIST_WHERE.match(sentence, pos)) is not None:
            pos = p.end()
        if (sep := _LIST_SEP.match(sentence, pos)) is None:
            break
        pos = sep.end()
    return out


def weapons_kept_at(sentence: str) -> list[Finding]:
    """The sites a sentence names only by the place weapons are said to be kept or made at:
    a missile base where missiles are based, deployed or stored ("Israel's Jericho ballistic
    missiles are believed to be based at Sdot Micha"; not "in" a region, nor a single launch
    "from" a place), a naval base where warships are ("the submarines are based at Île
    Longue"), a depot or works where munitions are stored or made ("munitions stored at
    Cobasna", "ammunition is made at Radway Green").

    Examples
    --------
    >>> [(f.name, f.phrase) for f in weapons_kept_at(
    ...     "The Tallow missiles are believed to be based at Kesk.")]
    [('Kesk', 'missile base')]
    >>> weapons_kept_at("The missiles were fired from Kesk at Holt.")
    []
    """
    out: list[Finding] = []
    if "issile" in sentence or "launcher" in sentence or "ICBM" in sentence:
        for m in _MISSILES_BASED_AT.finditer(sentence):
            out += _places_listed(sentence, m.end(), "missile base")
    if any(w in sentence for w in _SHIPS_PARTS) and _SHIPS_WORDS.search(sentence):
        # ("The four missile submarines are based at Île Longue": a naval base)
        for m in _SHIPS_BASED_AT.finditer(sentence):
            out += _places_listed(sentence, m.end(), "naval base")
    if any(w in sentence for w in _MUNITIONS_PARTS) and _MUNITIONS_WORDS.search(sentence):
        # ("munitions stored at Cobasna": a depot; "small-arms ammunition is made at Radway
        # Green": a works)
        for rx, head in ((_MUNITIONS_STORED_AT, "munitions depot"),
                         (_MUNITIONS_MADE_AT, "munitions plant")):
            for m in rx.finditer(sentence):
                out += _places_listed(sentence, m.end(), head)
    return out


# Missiles kept at a place: "Jericho ballistic missiles are believed to be based at X",
# "the launchers were deployed at X and Y"
_BASED_AT = (r"\b[ \t]+(?:(?:are|is|were|was|have[ \t]+been|had[ \t]+been)[ \t]+)"
             r"(?:(?:now|currently|still|reportedly|probably|(?:believed|thought|said|reported|"
             r"known|understood)[ \t]+to[ \t]+be)[ \t]+)?"
             r"(?:based|deployed|stationed|garrisoned|stored|kept|housed|homeported|home-ported)"
             rf"[ \t]+at[ \t]+(?={_CAP})")
_MISSILES_BASED_AT = re.compile(r"\b(?i:missiles|launchers|ICBMs|IRBMs|MRBMs|SRBMs)" + _BASED_AT)
_SHIPS_WORDS = re.compile(r"(?i:submarines|warships|frigates|destroyers|corvettes|cruisers)")
_SHIPS_BASED_AT = re.compile(r"\b" + _SHIPS_WORDS.pattern + _BASED_AT)
#: Parts of those words, in either case, searched first (few sentences hold one)
_SHIPS_PARTS = ("ubmarines", "arships", "rigates", "estroyers", "orvettes", "ruisers")
_MUNITIONS_PARTS = ("unitions", "mmunition", "hells", "arheads", "ombs", "xplosives")
_MUNITIONS_WORDS = re.compile(r"(?i:munitions|ammunition|shells|warheads|bombs|explosives)")
_MUNITIONS_STORED_AT = re.compile(
    # (not "whether any munitions had been stored at Mezzeh": of a moment, no depot)
    r"\b" + _MUNITIONS_WORDS.pattern + r"[ \t]+(?:(?:are|is|were|was)[ \t]+)?(?:(?:still|now|"
    r"currently|reportedly|(?:believed|thought|said)[ \t]+to[ \t]+be)[ \t]+)?"
    rf"(?:stored|kept|stockpiled)[ \t]+at[ \t]+(?={_CAP})")
_MUNITIONS_MADE_AT = re.compile(
    r"\b" + _MUNITIONS_WORDS.pattern + r"[ \t]+(?:are|is|were|was|have[ \t]+been|had[ \t]+"
    r"been)[ \t]+(?:(?:now|still|also|mostly|largely)[ \t]+)?(?:made|produced|manufactured|"
    rf"assembled|filled)[ \t]+at[ \t]+(?={_CAP})")


# Military aircraft based at or flying from a place: "The first 40 F-35As are based at X",
# "nuclear-armed Rafales currently fly from X in the north-east and Y in the south",
# "bombers that had been flying from X": the place is an air base's (a single flight,
# "flew from", is none)
_FLY_WORDS = re.compile(r"\b(?:based|stationed|fly|flies|flying|flown|operate|operates|operating|"
                        r"regiments?|squadrons?|wings?|brigades?|groups?|divisions?|fighters|bombers|jets|interceptors|"
                        r"tankers|Rafales|Mirages|Typhoons|Tornados|Gripens|Sukhois|MiGs|"
                        r"Hornets|Eagles|Vipers|Falcons|Tucanos|Kfirs)\b", re.I)
# ... the same words in small letters, searched in the lower-cased sentence: faster than
# re.I, and the same search wherever scan.lowered gives that sentence
_FLY_WORDS_LOW = re.compile(_FLY_WORDS.pattern.lower())
_FLOWN_FROM = re.compile(
    r"\b(?:[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z\d]{0,3}s?|(?i:fighters|bombers|fighter[ \t]+jets|"
    r"jets|squadrons?|(?:combat|military|strike)[ \t]+aircraft|Rafales|Mirages|Typhoons|"
    r"Tornados|Gripens|tankers|drones|(?<=new[ \t])aircraft|air[ \t]+(?:command|wing|group)|"
    # ("MiG-29s and transport aircraft are based at X")
    r"(?:transport|patrol|tanker|fighter|combat|attack)[ \t]+aircraft))\b"
    r"(?:[ \t]+(?:that|which)[ \t]+had[ \t]+been)?"  # "bombers that had been flying from"
    # ("the new aircraft will be based at X", "Gripens began operating from X")
    r"\s+(?:(?:are|is|were|was|have\s+been|had\s+been|(?:will|would|could|may|might|"
    r"should|are\s+to|is\s+to)\s+be|begin|began|begins|started|start|starts)\s+)?"
    r"(?:(?:now|currently|still|permanently|usually|normally)\s+)?"
    r"(?:based\s+at|stationed\s+at|fly\s+from|flying\s+from|"
    r"operate\s+from|operates\s+from|operating\s+from|flies\s+from)\s+(?=[A-Z])"
    # "The F-14s are at X", "The Sukhois normally live at X": a type's aircraft, where they
    # are kept (not "jets" or "drones", anyone's)
    rf"|(?:\b{_PLURAL_DESIGNATION}|\b(?:{_TYPE_PLURALS}|(?i:fighters|bombers|"
    r"interceptors)))\s+(?:(?:are|were)\s+(?:(?:now|currently|still|usually|normally|mostly)"
    r"\s+)?|(?:(?:now|currently|still|usually|normally|mostly)\s+)?(?:live|lived|sit|remain|"
    r"stay)\s+)at\s+(?=[A-Z])"
    # "Quick reaction alert in the north is flown from X": a standing mission's base
    r"|\b(?i:quick\s+reaction\s+alert|QRA|air\s+policing)\b[^.;]{0,40}?\b(?:is|are)\s+"
    r"flown\s+from\s+(?=[A-Z])")
# A list's item: a place, then "home of" military aircraft ("5/ Engels, Saratov Oblast: home
# of the Tu-95 bombers", "- Tarsin - home to two F-16 squadrons"): the place's air base
_HOME_OF_AIRCRAFT = re.compile(
    r"^[ \t]*(?P<item>[-*•]|\d{1,2}[/.)])?[ \t]*[*_]{0,2}"
    r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[*_]{0,2}"
    r"(?P<region>,[ \t]+[^,:;.\n]{2,40})?[ \t]*(?::|[—–]|[ \t]-)[ \t]*(?:the[ \t]+)?home[ \t]+"
    r"(?:base[ \t]+)?(?:of|to)[ \t]+[^.;\n]{0,50}?(?:\b[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z\d]{0,3}s?"
    r"\b|\b(?i:bombers|fighters|interceptors|tankers|(?:fighter|bomber|air)[ \t]+"
    r"(?:squadrons?|regiments?|wings?)))", re.M)
# ... or after "and" or a colon, set off by a comma: "Severomorsk-1, the fleet's principal
# air base, and Severomorsk-3, home of its fighter regiment"
_HOME_OF_UNIT = re.compile(
    r"(?:(?<=\band[ \t])|(?<=:[ \t]))(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}),[ \t]+"
    r"home[ \t]+(?:base[ \t]+)?(?:of|to)[ \t]+(?:the|its|an?)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?"
    r"(?i:fighter|bomber|interceptor|tanker|transport|helicopter|aviation|air)[ \t]+"
    r"(?i:regiments?|squadrons?|wings?|divisions?|brigades?|groups?)\b")
# ... or a flying unit at a place: "the fighter regiment at X", "The MiG-29 regiment is at
# **X**" (an air-defence or infantry regiment is no air base's: only the kinds of aircraft
# a unit flies count, right before its word)
_UNIT_AT = re.compile(
    # ("the air brigade, based at X", "the Aviation Division at X": an air force's larger
    # units too)
    r"(?:\b(?:[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z\d]{0,3}|(?i:fighter|bomber|interceptor|"
    r"transport|helicopter|aviation|tanker|reconnaissance|drone))[ \t]+"
    r"(?i:regiments?|squadrons?|wings?|brigades?|groups?|divisions?)"
    r"|\b(?i:air[ \t]+(?:brigades?|divisions?)))"
    r"(?:,?\s+based\s+|\s+(?:(?:is|are|was|were)\s+(?:(?:now|currently|still|usually)\s+)?"
    r"(?:based\s+)?)?)"
    r"at\s+[*_]{0,3}(?=[A-Z])")
# ... or a wing by its number after its word, as Thailand's ("Wing 4 at Takhli"), in a
# sentence of the air (not "Wing 2 at Evin Prison", a prison's)
_WING_NUMBER_AT = re.compile(
    r"\bWing[ \t]+\d{1,3}(?![\w-])[ \t]+at[ \t]+[*_]{0,3}(?=[A-Z])"
    r"(?![A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+(?:Prison|Hospital|Hotel|University|"
    r"College|School|Museum|Gaol|Jail|Clinic|Library)\b)")
# a military aircraft's designation ("F-16s", "MiG-29s", "Su-30SM", "KC-135"), or a type's
# plural ("Gripens"); then "at" or "from" and a capitalised name
_DESIGNATION = re.compile(r"\b[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z\d]{0,3}s?\b")
_AIRCRAFT_AT = re.compile(
    rf"(?:\b{_PLURAL_DESIGNATION}|\b(?:{_TYPE_PLURALS})"
    r"|(?P<generic>\b(?i:fighters|bombers|fighter[ \t]+jets|jets|interceptors|tankers)))"
    r"[ \t]+(?:at|from)[ \t]+(?=[A-Z])")
_TO_AFTER = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+to[ \t]+[A-Z]")
# after a listed place, where in the country it is: "X in the north-east and Y in the south"
_LIST_WHERE = re.compile(r"[ \t]+in[ \t]+the[ \t]+(?:far[ \t]+)?(?:north|south|east|west|"
                         r"centre|center|interior)(?:-?(?:east|west))?(?:ern)?"
                         r"(?:[ \t]+of[ \t]+the[ \t]+country)?\b")


# "ETRR-1", "Unit-2": a designation's letters and its number
_DESIGNATED = re.compile(r"(?P<letters>[A-Z][A-Za-z]{1,7})-(?P<number>\d{1,2})")


def _sibling_designations(sentence: str, out: list[Finding]) -> list[Finding]:
    """``out`` and the designations of the same letters and another number in the sentence
    as each described one ("ETRR-1, a Soviet-supplied reactor, began in 1961; ETRR-2, an
    Argentine design, in 1997": ETRR-2 is a reactor too)."""
    more = []
    for f in out:
        d = _DESIGNATED.fullmatch(f.name)
        if d is None:
            continue
        for m in re.finditer(r"(?<![\w'’-])" + d.group("letters") + r"-\d{1,2}(?![\w'’-])",
                             sentence):
            if m.group() != f.name and not any(g.name == m.group() for g in out + more):
                more.append(Finding(m.group(), f.phrase, f.facility_type, m.start(), m.end(),
                                    (0, 0), described=True))
    return out + more


# "PAF Base Masroor", "Naval Station Rota", "Fort Meade", "Naval Support Facility Diego
# Garcia", "Naval Submarine Base Kings Bay", "Marine Corps Air Station Iwakuni", "Air Force
# Station Ambala": the facility words first, a service's and a kind's words before them.
# (A "Camp" may be a prison camp: read only in a military sentence, see _CAMP.) One space
# between the words: a table's columns are wider apart.
# ("Canadian Forces Station Alert", "Canadian Forces Base Trenton": a force's whole name)
_SERVICE = (r"(?:Air|Naval|Navy|Army|Marine|Marines|Corps|Space[ \t]Force|Missile|Joint|Force|"
            r"Submarine|Weapons|Ordnance|Support|Coast|Guard|Royal|Reserve|Logistics|Aviation|"
            # ("Strategic Weapons Facility Pacific")
            r"Strategic|"
            r"Canadian[ \t]Forces|Armed[ \t]Forces|"
            # Japan's forces abroad: "Japan Self-Defense Force Base Djibouti"
            r"Self-Defen[cs]e[ \t]Forces?|"
            # a navy's signals station: "Naval Communication Station Harold E. Holt"
            r"Communications?|Radio|"
            # ("Defence Communications Station Irirangi")
            r"Defen[cs]e|"
            # ("Naval Radio Transmitter Facility Niscemi")
            r"Transmitter|Transmitting|Receiver|Receiving|"
            # a navy's or the marines' outlying fields ("Naval Auxiliary Landing Field
            # Fentress", "Outlying Field Coupeville")
            r"Auxiliary|Outlying|Landing|"
            # an army's airfield ("Army Flying Station Middle Wallop", "JHC Flying Station
            # Aldergrove")
            r"Flying)")
# one or two capitalised words, the first after a person's initials, if any ("PAF Base
# M.M. Alam", "Fort A.P. Hill")
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"  # Latin letters (Extended-A: both cases)
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # between two words of a name: one line break at most
# (a word a hyphen broke over a line's end: "CEA Val-\nduc")
# (a title's next line opens on its own: "Naval Air Station Tallow" over "From Examplepedia")
_NOT_A_NAMES_WORD = (r"(?:The|From|A|An|In|On|At|By|For|With|And|But|Or|Of|To|It|Its|This|That|"
                     r"As|He|She|They|We|Photo|Source|Image|Figure|See)\b")
# A route's or an area's word after the second of two names an en dash joins ("Bastion–
# Lashkar Gah road", "the Hood–Killeen area")
_ROUTE_AFTER = (r"[\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+(?:road|highway|route|corridor|"
                r"railway|rail|line|axis|area|border|pipeline|motorway|section|stretch|front|"
                r"convoys?|flights?|sector)\b")
_PLACE_WORDS = (rf"(?P<name>(?:(?:[A-Z]\.){{1,3}}[ \t]?)?"
                # (a letter's word of the phonetic alphabet: "Landing Zone X-Ray"; an Irish
                # name: "Camp O'Donnell"; two names an en dash joins: "Joint Base
                # Lewis–McChord", not a route's ends: "the Camp Bastion–Lashkar Gah road")
                rf"(?:[{_UPPER}][{_LOWER}]|[A-Z]-[{_UPPER}]|[A-Z]['’][{_UPPER}])"
                rf"(?:[\w'’-]|–(?=[{_UPPER}])(?!{_ROUTE_AFTER}))*"
                rf"(?:(?<=-)[ \t]*\r?\n[ \t]*[{_LOWER}][\w'’-]*)?"
                # (a person's middle initial: "Harold E. Holt"; a hard-wrapped line's break:
                # "RAF Greenham\n  Common")
                rf"(?:(?:[ \t]|[ \t]*\r?\n[ \t]*(?!{_NOT_A_NAMES_WORD}))(?:[A-Z]\.[ \t])?"
                rf"[{_UPPER}][{_LOWER}](?:[\w'’-]|–(?=[{_UPPER}])(?!{_ROUTE_AFTER}))*"
                # (a French particle's elided vowel, and a last word: "Camp Thomas d'Aquin
                # Ouattara")
                rf"|[ \t][dl]['’][{_UPPER}][{_LOWER}][\w'’-]*"
                rf"(?:[ \t][{_UPPER}][{_LOWER}][\w'’-]*)?"
                # (a French particle in small letters: "CFB Portage la Prairie"; an Arabic
                # one: "RAF Ras al Hadd", "Camp Khalid bin Walid")
                rf"|[ \t](?:la|le|de|du|des|en|sur|al|el|ad|ash|ar|bin|ibn)[ \t][{_UPPER}]"
                rf"[{_LOWER}][\w'’-]*)?"
                # (a particle and a last word: "Camp Melchor Dela Cruz", "Camp De La Paz";
                # Hindi's "of": "Air Force Station Bakshi Ka Talab")
                rf"(?:(?<=[ \t]De|[ \t]Da|[ \t]Di|[ \t]La|[ \t]Le|[ \t]Du|[ \t]Ka|[ \t]Ki|[ \t]Ke)"
                rf"(?:[ \t]La)?[ \t][{_UPPER}][{_LOWER}][\w'’-]*"
                rf"|(?<=[ \t]Del|[ \t]Van|[ \t]Von|[ \t]Des|[ \t]Los|[ \t]Las)[ \t][{_UPPER}]"
                rf"[{_LOWER}][\w'’-]*|(?<=[ \t]Dela)[ \t][{_UPPER}][{_LOWER}][\w'’-]*)?)")
#: A country's word (and "Royal") right before an air force's words: "Nigerian Air Force
#: Base Kaduna", "Royal Thai Air Force Base Tallow".
_FORCE_COUNTRY = re.compile(r"(?<![\w-])(?:Royal[ \t])?"
                            r"(?P<country>(?!The[ \t])[A-Z][\w-]+(?:[ \t][A-Z][\w-]+)?)[ \t]$")
#: The United States' words right before a name that opens on its kind.
_US_BEFORE = re.compile(r"(?<![\w.])(?:U\.[ \t]?S\.|US|United[ \t]States)[ \t]$")


def _force_country_at(sentence: str, first: int) -> int | None:
    """Where the country's word opens a force's base's name that starts at ``first``
    ("Nigerian Air Force Base Kaduna", "At Japan Self-Defense Force Base Djibouti": its
    last word when two are no country's); None when no country's word is right before."""
    force = _FORCE_COUNTRY.search(sentence, max(0, first - 30), first)
    if force is None:
        return None
    if country_of_word(force.group("country")) is not None:
        return force.start()
    words = force.group("country").split()
    if len(words) == 2 and country_of_word(words[1]) is not None:
        return force.start("country") + force.group("country").rindex(words[1])
    return None


_SERVICE_WORDS = re.compile(r"(?:" + _SERVICE + r")(?:[ \t]+(?:" + _SERVICE + r"))*")
_HEAD_FIRST = re.compile(
    r"\b(?P<full>(?:(?:(?:[A-Z]{2,5}|" + _SERVICE + r")[ \t]){0,3}"
    r"(?P<head>Base|Station|Fort|Airfield|Spaceport|Garrison)|(?:" + _SERVICE
    # (a hard-wrapped line may break inside: "the Naval Radio Transmitter\nFacility Niscemi")
    + r"(?:[ \t]|[ \t]*\n[ \t]*)){1,4}"
    # ("Marine Corps Recruit Depot Parris Island")
    r"(?P<support>Facility|Activity|Field|Magazine|(?:Recruit[ \t]|Supply[ \t])?Depot)|"
    # "Joint Defence Facility Pine Gap", "United States Fleet Activities Yokosuka": these
    # words only (a "Defence Facility Review", "Fleet Activities Planning" are none)
    # (a hard-wrapped line may break inside: "The Joint\nDefence Facility Pine Gap")
    r"Joint[ \t]*\n?[ \t]*Defen[cs]e[ \t]*\n?[ \t]*Facility|"
    # Australia's estate: "Defence Establishment Orchard Hills", "Defence Site Scottsdale"
    # (not "the Defence Site Remediation Program", "Defence Site Selection Board")
    r"Defence[ \t](?:Establishment|Site)(?![ \t]+(?:Remediation|Programs?|Programmes?|Boards?|"
    r"Reviews?|Selection|Polic(?:y|ies)|Plans?|Strategy|Management|Offices?|Disposals?|Sales?|"
    r"Rationali[sz]ation|Register|Registry|Audit)\b)|"
    # India's and Pakistan's ordnance works: "Ordnance Factory Khamaria", "Vehicle Factory
    # Jabalpur", "Heavy Vehicles Factory Avadi", "Rifle Factory Ishapore"
    r"(?:Ordnance|Vehicle|Heavy[ \t]Vehicles|Engine|Gun[ \t]Carriage|Ammunition|Cordite|"
    r"Rifle|Small[ \t]Arms|Gun|High[ \t]Explosives?|Ordnance[ \t](?:Cable|Clothing|"
    r"Equipment))[ \t]Factory|"
    # ... and its army's depots: "Central Ammunition Depot Pulgaon", "Central Ordnance Depot
    # Agra", "Field Ammunition Depot Tallow"
    r"(?:Central[ \t]|Field[ \t])?(?:Ammunition|Ordnance)[ \t]Depot|"
    # ... and its heavy water works: "Heavy Water Plant Kota", "Heavy Water Plant Manuguru"
    r"Heavy[ \t]Water[ \t]Plant|"
    # (or alone, not before a word of a plan's: "Fleet Activities Yokosuka")
    r"(?:(?:United[ \t]States|U\.S\.|US|Commander,?)[ \t])?Fleet[ \t]Activities"
    r"(?!\s+(?:[A-Z][a-z]+(?:ing|ment|tion|ance|ence|s)|Review|Report|Plan|Board|Office|"
    r"Budget|Council|Manual|Division|Branch|Section|Group|Staff|Policy)\b)|"
    # the U.S. forces' posts abroad by their kind: "Mission Support Site Conoco", "Forward
    # Operating Base Chapman", "Cooperative Security Location Comalapa"
    # (and "Main Operating Base Lashkar Gah", "Naval Operating Base Trinidad", "Contingency
    # Operating Base Speicher")
    r"Mission[ \t]Support[ \t]Site|(?:Forward|Main|Naval|Contingency)[ \t]Operating[ \t]"
    r"(?:Base|Site|Location)|"
    r"Cooperative[ \t]Security[ \t]Location|Contingency[ \t]Location|Combat[ \t]Outpost|"
    # ... and in Vietnam: "Fire Support Base Balmoral", "Firebase Ripcord", "Landing Zone
    # X-Ray", "Patrol Base Kesk"
    r"Fire[ \t]Support[ \t]Base|Fire[ \t]?[Bb]ase|Landing[ \t]Zone|Patrol[ \t]Base|"
    # a training ground or school by its kind, its place last: "Marine Corps Air Ground
    # Combat Center Twentynine Palms", "4th Canadian Division Training Centre Meaford",
    # "Central Flying School Langebaanweg" (the owner's words before, up to five)
    r"(?:(?!(?:The|A|An|At|In|On|Of|From|Near)[ \t])[A-Z][\w-]*[ \t]){1,5}?"
    r"(?P<school>(?:Combat|Training|Warfare)[ \t]Cent(?:er|re)|Flying[ \t]School))"
    # (a hard-wrapped line may break before the place: "Fleet Activities\nYokosuka"; a
    # native word's line is another name: "Base\nAeronaval Comandante Espora")
    r"(?:[ \t]|(?:(?<=Activities)|(?<=Base))[ \t]*\r?\n[ \t]*"
    r"(?!Aer|A[ée]r(?:ea|ienne)|Naval|Militar))"
    + _PLACE_WORDS + r")")
#: Acronyms that, put before a place's name, name a facility there: an air force's station
#: ("RAF Lakenheath", "RAAF Tindal"), a navy's base or depot ("HMNB Clyde", "RNAD
#: Coulport", "NSA Bahrain", "MCAS Iwakuni"), an atomic establishment ("AWE Aldermaston",
#: "CEA Valduc"), with the kind of facility each names.
FACILITY_ACRONYMS = {
    # a Naval Air Station, a Marine Corps Air Station, a Joint Base, an (Indian) Air Force
    # Station, an Air National Guard Base, an Air Reserve Base, a Joint Reserve Base, a
    # Naval Air Weapons Station
    **dict.fromkeys(("RAF", "RAAF", "RMAF", "RNZAF", "RCAF", "RNAS", "NAS", "NAF", "MCAS", "JB",
                     "JBSA", "AFB", "CFB", "AFS", "ANGB", "ARB", "JRB", "NAWS"), "airbase"),
    # a navy's or the marines' outlying or auxiliary landing field ("NOLF Imperial Beach",
    # "NALF Fentress", "MCALF Bogue")
    **dict.fromkeys(("NOLF", "NALF", "OLF", "MCALF"), "airbase"),
    # a Sri Lanka Air Force base ("SLAF Ratmalana"), an Indian Air Force Station written
    # short ("AF Stn Gorakhpur")
    **dict.fromkeys(("SLAF", "AF Stn"), "airbase"),
    # a Royal Air Force of Oman base ("RAFO Thumrait", "RAFO Salalah")
    "RAFO": "airbase",
    # a Naval Submarine Base ("SUBASE New London"), a US Navy base ("NAVBASE Kitsap")
    **dict.fromkeys(("HMNB", "RNAD", "NSA", "NSF", "NAVSTA", "NWS", "NSB", "MCB",
                     "SUBASE", "NAVBASE"), "naval base"),
    # a US Army Garrison ("USAG Humphreys"), an army post as a camp is
    "USAG": "other",
    **dict.fromkeys(("AWE", "CEA"), "nuclear"),
    # a British munitions depot by its agency's words ("Defence Munitions Glen Douglas")
    "Defence Munitions": "storage",
    # a Russian arms or space industry's "scientific production association" by its own
    # name ("NPO Energomash", "NPO Mashinostroyeniya")
    "NPO": "production",
    # a Canadian Forces Station (a signals or radar station: "CFS Alert"); a British
    # Remote Radar Head ("RRH Benbecula")
    "CFS": "other",
    "RRH": "other",
    # a Canadian forward operating location for fighters ("FOL Iqaluit")
    "FOL": "airbase",
    # a French naval air station ("BAN Landivisiau", "BAN Lanvéoc-Poulmic"; its number
    # after it is read with the French air bases' numbers: "BAN 123")
    "BAN": "airbase",
    # a forward operating base by its initials ("FOB Salerno", "FOB Sharana"), and the
    # other bases of the wars in Iraq and Afghanistan by theirs: a contingency operating
    # base, a combat outpost, a logistics support area, a joint security station, a
    # provincial reconstruction team's camp ("COB Speicher", "COP Keating", "LSA Anaconda",
    # "PRT Feyzabad"; not "COS", "MOB": a chief of staff's, a mob's)
    **dict.fromkeys(("FOB", "COB", "COP", "LSA", "JSS", "PRT"), "other"),
    # ... and a landing zone by its ("LZ X-Ray", "LZ Albany")
    "LZ": "other",
    # Britain's Defence Science and Technology Laboratory at its sites ("Dstl Porton Down")
    "Dstl": "other",
    # Britain's signals intelligence agency at its stations ("GCHQ Bude", "GCHQ Scarborough")
    "GCHQ": "other",
    # a Canadian Forces Ammunition Depot ("CFAD Rocky Point", "CFAD Bedford")
    "CFAD": "storage",
    # a British defence ministry's site by its place ("MOD Aberporth", "MoD Lyneham"), and
    # its establishments of old ("RAE Farnborough", "RRE Malvern", "AWRE Aldermaston")
    "MOD": "other", "MoD": "other", "RAE": "other", "RRE": "other", "AWRE": "nuclear",
}
#: A service's words, in no site's own name alone ("the former Air Force base")
_KIND_SERVICE_WORDS = frozenset({"air", "force", "forces", "army", "navy", "naval", "marine",
                                 "marines", "corps", "space", "guard", "coast", "national",
                                 "royal", "u.s.", "us", "the", "former", "a", "an"})


def kind_words_only(name: str) -> bool:
    """Whether a name is only words of kind, as any such base is called: facility words,
    a service's acronym or words, written in small letters, in capitals or with the
    acronym ("RAAF BASE" of a notice in capitals, "the former Air Force base"), or a
    service's words and a base's ("Air Force Base"); not a facility's own name made of
    such words ("Uranium Processing Facility", "Naval Reactors Facility")."""
    words = name.split()
    if not words or not all(w in FACILITY_ACRONYMS or is_facility_word(w)
                            or w.lower() in _KIND_SERVICE_WORDS for w in words):
        return False
    return name.isupper() or any(w[:1].islower() or w in FACILITY_ACRONYMS for w in words) \
        or all(w.lower() in _KIND_SERVICE_WORDS or w.lower() in BASE_OF_ANY_WORDS
               for w in words)


#: A base's words, which any service's base may be called by ("Hmeimim Air Base", "Hmeimim
#: Military Base": one base)
BASE_OF_ANY_WORDS = frozenset({"base", "station", "field", "airfield", "camp", "post",
                               "garrison"})


#: The climate talks' words, whose "COP" is no combat outpost
_CLIMATE_TALKS = re.compile(r"\b(?:climate|summit|conference|UNFCCC|delegates|delegations|"
                            r"negotiat\w*|emissions|pledges?)\b", re.I)
_ACRONYM_FIRST = re.compile(
    r"(?<![\w'’-])(?P<full>(?P<head>" + "|".join(FACILITY_ACRONYMS)
    + r")(?:[ \t]|[ \t]*\r?\n[ \t]*)"  # (a hard-wrapped line's break: "at RAF\nBoulmer")
    + _PLACE_WORDS + r")(?![\w'’-])")
#: What follows an air force's or an agency's acronym and is no place: its aircraft, its
#: people and bodies ("RAF Typhoons", "the CEA Director", "RAF Regiment").
_POSSESSIVE_END = re.compile(r"['’]s\Z")
_ACRONYM_NOT_PLACE = frozenset({
    "typhoon", "typhoons", "tornado", "tornados", "lightning", "voyager", "atlas", "chinook",
    "chinooks", "puma", "poseidon", "rivet", "hercules", "reaper", "reapers", "protector",
    "wedgetail", "sentry", "hawk", "hawks", "tucano", "red", "regiment", "police",
    "museum", "benevolent", "association", "director", "chief", "chairman", "chairwoman",
    "head", "spokesman", "spokeswoman", "spokesperson", "staff", "personnel", "officials",
    "official", "pilots", "pilot", "crews", "aircraft", "jets", "fighters", "chiefs",
    "administrator", "administration", "inspector", "board", "annual", "report", "reports",
    "website", "statement", "data", "scientists", "engineers", "workers", "employees",
    "researchers", "air", "marshal", "band", "college", "academy", "school",
    # more aircraft ("RAAF Caribous flew in the supplies")
    "caribou", "caribous", "hornet", "hornets", "orion", "orions", "globemaster",
    "globemasters", "spartan", "spartans", "galaxy", "sabre", "sabres", "mirage", "mirages",
})
# A navy's shore establishment is named like its ships ("INS Rajali", "HMS Neptune", the
# Commonwealth navies' "HMAS", "HMCS", "HMNZS", Pakistan's "PNS Mehran", Bangladesh's "BNS",
# Sri Lanka's "SLNS", Nigeria's "NNS"): the
# name is a facility's only where the sentence says so, right after it ("INS Rajali, the
# Indian Navy's largest air station", "HMS Tallow is a naval base") or right before it
# ("the naval air station INS Rajali"); a ship's words there make it a ship.
SHIP_PREFIXES = ("INS", "HMS", "HMAS", "HMCS", "HMNZS", "PNS", "BNS", "SLNS", "NNS",
                 # Papua New Guinea's and Fiji's ("HMPNGS Basilisk", "RFNS Stanley Brown"),
                 # South Africa's ("SAS Wingfield, the navy's stores depot")
                 "HMPNGS", "RFNS", "SAS")
# (a hard-wrapped line may break after the prefix: "and PNS\nHimalaya, the navy's ...")
_SHIP_PREFIX = re.compile(r"(?<![\w'’-])(?P<full>(?P<head>" + "|".join(SHIP_PREFIXES)
                          + r")(?:[ \t]|[ \t]*\r?\n[ \t]*(?=[A-Z]))" + _PLACE_WORDS
                          + r")(?![\w'’-])")
_SHORE = (r"(?:(?:naval[ \t]+)?air[ \t]+(?:station|base|field)|airfield|air[ \t]?strip|"
          r"(?:naval[ \t]+)?support[ \t]+facility|"
          r"(?:naval[ \t]+|submarine[ \t]+|navy[ \t]+)?(?:base|station)|"
          r"(?:shore[ \t]+)?establishment|depot|transmitter|(?:radio|wireless|transmitting|"
          r"communications?)[ \t]+station|"
          # ("PNS Tallow ... is the navy's main technical training school"; "HMAS Tallow,
          # the naval college on the shores of Kesk Bay")
          r"(?:training[ \t]+)?school|(?:naval[ \t]+)?college|(?:naval[ \t]+)?academy|"
          r"training[ \t]+cent(?:re|er)|"
          # ("HMCS Tallow, the naval reserve division on Kesk Island")
          r"(?:naval[ \t]+)?reserve[ \t]+division)")
_SHORE_AFTER = re.compile(
    # (its place set off first: "INS Tallow, Goa, the Navy's air station")
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?(?=,)"
    # (or where it is: "HMAS Tallow, on the south-eastern outskirts of Kesk, a naval
    # establishment")
    r"|,[ \t]*(?:on|in|near|at|outside|just)[ \t][^,.;:()\n]{1,60}?[A-Z][\w'’-]*(?=,))?"
    # (or its place after "at": "INS Utkrosh at Port Blair remains the main air station")
    # (or "in": "HMAS Tallow in Kesk (Fleet Base East) remains the largest base")
    # (or "on" a road: "PNS Tallow on Shahrah-e-Faisal is the navy's training school")
    r"(?:[ \t]+(?:at|in|on)[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?(?:[ \t]*\([^()]{1,40}\))?"
    r"(?=[ \t]+(?:is|was|remains)\b|[ \t]*[,—–]|[ \t]+-[ \t]))?"
    # (a spoken dash too: "INS Baaz at Campbell Bay - the southernmost air station")
    r"(?:,|[ \t]*[—–]|[ \t]+-[ \t]|[ \t]+(?:is|was|remains)\b)"
    # (a hard-wrapped line may break among the words: "INS Tallow, a\nnaval air station")
    r"(?P<words>[^.;:,()]{0,60}?)\b(?P<shore>" + _SHORE + r")\b", re.I)
# ... or one more of them, "and" in its place, after one
_AND_BEFORE = re.compile(r",?[ \t]+and[ \t]+\Z")
_IN_PLACE_AFTER = re.compile(r"[ \t]+(?:in|at)[ \t]+[A-Z]")
_DISTANCE_AFTER = re.compile(r",?[ \t]+(?:(?:about|some|around|approximately|approx\.?|roughly)"
                             r"[ \t]+)?\d+(?:\.\d+)?[ \t]*(?:km|kilometres|kilometers|miles)\b"
                             r"[^.;]{0,30}?\b(?:of|from)[ \t]+[A-Z]")
_HOME_OF_AFTER = re.compile(r"(?:,?[ \t]+(?:in|at)[ \t]+(?:(?:north|south|east|west)[a-z]*\s+)?"
                            r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)?"
                            # ("HMAS Tallow, in north Kesk, is the home of the patrol boats")
                            r"[ \t]*,[ \t]*(?:(?:is|was|remains)[ \t]+)?(?:the[ \t]+)?home"
                            r"[ \t]+(?:port[ \t]+)?of\b")
_SHIP_VERBS = re.compile(r"\b(?:sailed|docked|berthed|commissioned|launched|decommissioned|"
                         r"sank|sunk)\b")
_SHORE_BEFORE = re.compile(r"\b(?P<shore>" + _SHORE + r")[ \t]*,?[ \t]*\Z", re.I)
#: A navy's or South Africa's words, which make an "SAS X" the South African Navy's
_SOUTH_AFRICAN_NAVY = re.compile(r"\b(?:[Nn]av(?:y|al)|South[ \t]+Africa|Simon['’]s[ \t]+Town|"
                                 r"sailors?)\b")
#: A ship's kind right before its name ("the frigate HMS Tallow")
_SHIP_KIND_BEFORE = re.compile(r"\b(?:ship|carrier|frigate|destroyer|corvette|submarine|"
                               r"vessel|cruiser|boat|tanker|minesweeper|minehunter|"
                               r"icebreaker)[ \t]+\Z", re.I)
_SHIP_WORDS = re.compile(r"\b(?:ships?|carriers?|frigates?|destroyers?|corvettes?|submarines?|"
                         r"vessels?|cruisers?|boats?|tankers?|sailed|sailing|docked|berthed|"
                         r"commissioned|launched|decommissioned|homeport(?:ed)?)\b", re.I)
# "BA 702 Avord", "BA 113", "Base aérienne 113 Saint-Dizier-Robinson": a French air base by
# its number, and the place it bears, if written
# ... and a Spanish-speaking air force's by its number after "No." ("Base Aérea Militar No. 1",
# Mexico's; "Base Aérea No. 2"), which may be a single digit
# ... and Colombia's air combat commands, each an air base ("CACOM 1", "Comando Aéreo de
# Combate No. 5")
_NUMBERED_AIR_BASE = re.compile(
    # (its words in capitals too, a hard-wrapped line's break between: "the Base\nAérienne
    # 101")
    r"(?<![\w'’-])(?P<full>(?:(?P<head>BA|[Bb]ase(?:[ \t]|[ \t]*\r?\n[ \t]*)[aA][ée]rienne|BAN|"
    r"Base(?:[ \t]|[ \t]*\r?\n[ \t]*)[aA][ée]ronavale)"
    r"[ \t](?P<number>\d{2,3})|(?P<command>CACOM|Comando[ \t]A[ée]reo[ \t]de[ \t]Combate"
    r"(?:[ \t](?:No\.|N[º°o]))?)[ \t](?P<number_c>\d{1,2})"
    # (Portugal's too, its transit and manoeuvre fields and its base aerodromes: "Base Aérea
    # N.º 11", "Base Aérea n.º 9", "Aeródromo de Trânsito N.º 1", "Aeródromo-Base n.º 3")
    # (a hard-wrapped line's break between: "the Base\nAérea Militar No. 6", "the Base Aérea
    # Militar\nNo. 4")
    r"|(?P<head_no>(?:Base" + _GAP + r"A[ée]rea(?:" + _GAP + r"Militar)?|Aer[óo]dromo[ \t]de"
    r"[ \t](?:Tr[âa]nsito|Manobra)|Aer[óo]dromo-Base)" + _GAP
    + r"(?:[Nn]o\.|[Nn]\.?[º°o]|Núm\.|Número)[ \t]?)"
    r"(?P<number_no>\d{1,3})"
    # ... and a Mexican army's camp by its number ("Campo Militar No. 1-A"), a Soviet
    # army's compound by its ("Military Compound 19" in Sverdlovsk)
    # ... and a Central American or Mexican army's zone and a Mexican navy's yard by theirs
    # ("Zona Militar No. 21", "Astillero de Marina No. 20")
    r"|(?P<camp_no>(?:(?:Campo|Zona)[ \t]Militar|Astillero[ \t]de[ \t]Marina)[ \t]"
    r"(?:No\.|N[º°o]|Núm\.|Número)[ \t]?"
    r"|Military[ \t]Compound[ \t](?:No\.[ \t]?)?)"
    r"(?P<number_camp>\d{1,3}(?:-[A-Z])?))"
    # the name after the number: up to four words ("Sergent-Chef Adji Kosseï", "Évreux-
    # Fauville"), over one line's end at most
    r"(?:" + _GAP + rf"(?P<name>[{_UPPER}][{_LOWER}][\w'’-]*"
    rf"(?:[ \t][{_UPPER}][{_LOWER}][\w'’-]*){{0,3}}))?)"
    r"(?![\w'’-])")

# "(as RAF Aqir)", "built as": what follows is another name of the subject, not a new site
_AS_BEFORE = re.compile(r"(?<![Ss]uch)[\s(]as\s+\Z|^as\s+\Z")
# a facility's words among the last words before a bracket ("the Den Helder naval base (",
# "Air Base Karup ("): what the bracket names is that facility's other name
_FACILITY_BEFORE = re.compile(r"\b(?i:base|station|airfield|airport|field|facility|harbou?r|"
                              r"port|yard|depot|air[ \t]*strip|plant|centre|center|complex|"
                              r"reactor|range)\b(?:[ \t]+[\w'’.-]+){0,3}"
                              r"[*_\"”’']*\s*\Z")
_AS_THE_BEFORE = re.compile(r"(?:(?<![Ss]uch)[\s(]|^)as\s+(?:the\s+)?\Z")
# "Camp Lemonnier": a camp's name, in a sentence of troops or forces (not "Camp Nou", a
# stadium, nor a prison camp: the civil words rule those out)
# (after a small particle too, "Camp de Gaulle"; or a name in capitals, "Camp TURKSOM")
_CAMP = re.compile(r"\b(?P<full>(?P<head>Camp)[ \t](?:(?:de|du|des)(?:[ \t]la)?[ \t])?"
                   r"(?:" + _PLACE_WORDS + r"|(?P<caps>[A-Z]{3,}(?![a-z]))))(?![\w'’-])")
_MILITARY = re.compile(r"\b(?:military|troops|forces?|soldiers|marines?|army|navy|naval|"
                       r"air\s+force|expeditionary|deployed|garrison(?:ed)?|stationed|"
                       r"bases?|based|drones?|regiments?|battalions?|brigades?|missiles?|"
                       # ("The 2nd Infantry Division moved to Camp Casey")
                       r"divisions?|corps|infantry|cavalry|artillery|armou?red|"
                       r"(?:self-)?defen[cs]e|warfare)\b", re.I)
_CIVIL_CAMP = frozenset({"refugee", "refugees", "detention", "detainees", "prison",
                         "prisoners", "labor", "labour", "concentration", "internment",
                         "summer", "holiday", "football", "stadium", "scout", "scouts",
                         "migrant", "migrants", "camping", "protest", "protesters"})
_PRISONERS_OF_WAR = re.compile(r"\bprisoners?[ \t-]+of[ \t-]+war\b", re.I)


# "Indira Gandhi Centre for Atomic Research", "Joint Institute for Nuclear Research": the
# facility words after the centre's own ("for Atomic Research")
# ("Studies" is a think tank's: the Asan Institute for Nuclear Studies)
# (a word of the name may be hyphenated across a line break, as text taken from a PDF
# has it: "the Pak-\nistan Institute of Nuclear Science and Technology")
_WORD = r"[A-Z][\w-]*(?:(?<=-)[ \t]*\r?\n[ \t]*[a-z][\w-]*)?"
_CENTRE_FOR = re.compile(
    r"\b(?P<full>(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3})[ \t]+"
    r"(?:Centre|Center|Institute|Laboratory|Laboratories)[ \t]+(?:of|for)[ \t]+"
    # (and of chemical and biological weapons' defence: "the Israel Institute for
    # Biological Research")
    r"(?:(?P<field>Atomic|Nuclear|Biological|Chemical)[ \t]+(?:Research|Energy|Physics|"
    r"Sciences?|Technology|Reactors|Defen[cs]e)"
    # (and the high-containment laboratories of pathogens: "the Wuhan Institute of
    # Virology", "the State Research Center for Applied Microbiology")
    r"|(?:Applied[ \t]+)?(?:Virology|Microbiology))"
    r"(?:[ \t]+and[ \t]+(?:Technology|Engineering|Research|Science|Biotechnology))?"
    # (its name in capitals after: "... of Virology and Biotechnology VECTOR")
    r"(?:[ \t]+(?-i:[A-Z]{3,})(?![\w'’-]))?)\b")


# What each pattern of head_first_in needs somewhere in a sentence, searched first: three
# plain searches instead of three patterns tried at every word (a fifth of analysing).
_ACRONYM_GATE = re.compile(r"(?:" + "|".join(FACILITY_ACRONYMS)
                           + r")(?:[ \t]|[ \t]*\r?\n[ \t]*)[A-Z]")
#: An air or naval base's name in its country's language, the words for the base put first
#: ("Fliegerhorst Büchel", "Flyvestation Skrydstrup", "Vliegbasis Volkel", "Base Aérea de
#: Torrejón", "Base Aeronaval Comandante Espora", "Aeroporto Militare di Amendola"), with
#: the kind each names.
#: A Spanish-speaking armed service's or police's schools by their kind ("Escuela de
#: Suboficiales FAC Andrés Díaz", "Escuela de Policía General Santander", "Escuela de
#: Formación de Infantería de Marina", "Escuela Superior Naval Comandante Rafael Morán")
_SPANISH_SCHOOLS = ("Escuela de Suboficiales", "Escuela de Policía", "Escuela de Formación",
                    "Escuela de Oficiales", "Escuela Militar de Aviación",
                    "Escuela Superior Naval", "Escuela Superior de Guerra", "Escuela de Cadetes",
                    "Escuela de Infantería", "Escuela de Artillería", "Escuela de Caballería",
                    "Escuela de Armas")
NATIVE_BASE_WORDS = {
    **dict.fromkeys(("Fliegerhorst", "Flyvestation", "Flystasjon", "Flygbas", "Vliegbasis",
                     "vliegbasis",  # (in small letters in a translation: "vliegbasis Volkel")
                     "Base Aérea", "Base Aerea", "Base Aérea Naval", "Base Aerea Naval",
                     # Argentina's and Mexico's ("Base Aérea Militar Moreno": Moreno's, no
                     # "Militar Moreno")
                     "Base Aérea Militar", "Base Aerea Militar",
                     # Italy's ("la Base aerea di Ghedi")
                     "Base aerea", "base aerea",
                     "Base Aeronaval", "Base Aeronavale",
                     "Aeroporto Militare", "Aeroporto militare", "Aeródromo Militar",
                     "Aeródromo militar", "Aerodromo Militar",
                     # a French naval air station ("Base d'aéronautique navale de Hyères")
                     "Base d'aéronautique navale", "Base d’aéronautique navale",
                     "Base d'Aéronautique Navale", "Base d’Aéronautique Navale",
                     "Baza Aeriană", "Baza Aeriana", "Baza Lotnicza",
                     # an Indonesian air force base, "Pangkalan Udara" ("Lanud Supadio"),
                     # a Malaysian one ("Pangkalan TUDM Butterworth")
                     "Lanud", "Pangkalan Udara", "Pangkalan TUDM",
                     # a German army's or a Swiss air force's field ("Heeresflugplatz Celle",
                     # "Militärflugplatz Alpnach")
                     "Heeresflugplatz", "Militärflugplatz", "Marinefliegerstützpunkt",
                     # ... and its navy's air station ("Marinefliegerhorst Eggebek")
                     "Marinefliegerhorst",
                     "Flugplatz",
                     # a French air base in a translated report ("the base aérienne de
                     # Faya-Largeau")
                     "base aérienne", "Base aérienne", "base aerienne",
                     # ... and its army aviation's schools ("the base école Général Lejay")
                     "base école", "base école ALAT de",
                     # Czech, Slovak, Serbian, Polish and Colombian words ("Letiště Líně",
                     # "Letisko Piešťany", "Vazduhoplovna baza Batajnica", "lotnisko
                     # wojskowe Tomaszów Mazowiecki", "Grupo Aéreo del Caribe")
                     "Letiště", "letiště", "Letisko", "letisko", "Vazduhoplovna baza",
                     "lotnisko wojskowe", "Lotnisko wojskowe", "Grupo Aéreo", "Grupo Aereo",
                     # the former Yugoslavia's airfields ("aerodrom Ponikve", "letjelište
                     # Sepurine")
                     # (not "Aerodrom" in capitals: a Skopje municipality's, a quarter's)
                     "aerodrom", "letjelište", "Letjelište",
                     # an Argentine air force's maintenance field ("Área de Material Río
                     # Cuarto")
                     "Área de Material", "Area de Material",
                     # a Spanish-speaking navy's air station ("Estación Aeronaval La Orchila")
                     "Estación Aeronaval"),
                    "airbase"),
    **dict.fromkeys(("Base Naval", "Base Navale", "Base Naval de", "Marinebasis",
                     "Marinestützpunkt", "Stazione Navale", "Stazione navale", "Complexo Naval",
                     "Complejo Naval",
                     # a Danish naval station, a French naval base in a translated report
                     # ("Flådestation Frederikshavn", "the base navale de Dégrad des Cannes")
                     "Flådestation", "base navale de", "Base navale de",
                     # a navy's own yard ("Arsenal de Marinha do Rio de Janeiro")
                     "Arsenal de Marinha", "Arsenale Militare Marittimo", "Arsenale",
                     # Norway's coast guard's and navy's bases ("Kystvaktbase Sortland")
                     "Kystvaktbase", "Marinebase",
                     # Malaysia's navy's ("Pangkalan TLDM Sepanggar"), Indonesia's
                     # ("Lanal Batam", "Lantamal II Padang", "Pangkalan TNI AL Selat Lampa")
                     "Pangkalan TLDM", "Lanal", "Lantamal", "Pangkalan TNI AL",
                     # ... and its naval air stations ("Lanudal Juanda")
                     "Lanudal",
                     # Spain's naval stations and arsenals ("Estación Naval de Mahón",
                     # "Arsenal de Cartagena", "Arsenal de La Carraca")
                     "Estación Naval de", "Estación Naval", "Arsenal de",
                     # ... and Brazil's ("Estação Naval do Rio Negro")
                     "Estação Naval",
                     # ... and its navy's island detachments ("Destacamento Naval de Alborán")
                     "Destacamento Naval",
                     # ... and its marines' ("Base de Infantería de Marina Baterías")
                     "Base de Infantería de Marina",
                     # a Spanish-speaking coastguard's station ("Estación de Guardacostas de
                     # Turbo")
                     "Estación de Guardacostas"), "naval base"),
    # a Spanish army's regional command ("the Comandancia General de Ceuta"), an army's
    # headquarters ("the Gran Cuartel General de Miraflores")
    **dict.fromkeys(("Comandancia General", "Gran Cuartel General", "Cuartel General"),
                    "command"),
    # an army's barracks ("Caserma Ederle", "Caserne Tallow", "Cuartel Tallow"), and its
    # training grounds ("Truppenübungsplatz Bergen", the Swiss "Waffenplatz Thun")
    **dict.fromkeys(("Caserma", "Caserne", "Kaserne", "Cuartel", "Quartel",
                     "Truppenübungsplatz",
                     "Waffenplatz", "Schießplatz", "Schiessplatz",
                     # ... as Switzerland's French and Italian write it ("Place d'armes de
                     # Bière", "Piazza d'armi del Monte Ceneri")
                     "Place d'armes", "Place d’armes", "Piazza d'armi", "Piazza d’armi",
                     # ... an air force's barracks, a navy's schools ("Luftwaffenkaserne
                     # Wahn", "Marineschule Mürwik", "Marinetechnikschule Parow")
                     "Luftwaffenkaserne", "Marineschule", "Marinetechnikschule",
                     # ("Marineoperationsschule Bremerhaven", "Marineunteroffizierschule
                     # Plön", "Offizierschule des Heeres" is read as a name of its own)
                     "Marineoperationsschule", "Marineunteroffizierschule",
                     "Unteroffizierschule", "Marinearsenal",
                     # a Czech or Slovak military training area ("vojenský újezd Boletice"),
                     # a Spanish-speaking army's fort ("Fuerte Tiuna")
                     "vojenský újezd", "Vojenský újezd", "vojenský obvod", "Vojenský obvod",
                     "Fuerte",
                     # ... its camps, detachments and fortresses ("Campamento Columbia",
                     # "Destacamento Militar de Playa Grande", "Fortaleza de San Carlos de La
                     # Cabaña"; "Campo Militar Peldehue")
                     "Campamento", "Destacamento Militar", "Fortaleza de", "Fortaleza del",
                     "Campo Militar",
                     # ... and Brazil's army's frontier platoons ("Pelotão Especial de
                     # Fronteira de Surucucu", "PEF Cucuí")
                     "Pelotão Especial de Fronteira", "Pelotão de Fronteira", "PEF",
                     # ... and the former Yugoslavia's barracks, forts and ranges, in small
                     # letters too ("vojarna Turanj", "kasarna Bileća", "tvrđava Mamula",
                     # "poligon Nikinci")
                     "vojarna", "Vojarna", "kasarna", "Kasarna", "tvrđava", "Tvrđava",
                     "poligon",
                     # ... and a French-speaking army's camp ("the camp militaire de Djibo"),
                     # a Dutch or Flemish one ("Kamp van Beverlo", "Kamp Zeist")
                     "camp militaire", "Camp militaire", "Kamp", "Kamp van",
                     # ... and a Norwegian army's garrison by its place ("Garnisonen i
                     # Porsanger", "Garnisonen i Sør-Varanger")
                     "Garnisonen i",
                     # ... and a Polish one's ("garnizon Gołdap", "Garnizon Braniewo")
                     "garnizon", "Garnizon",
                     # ... and a German one's ("Garnison Forst Zinna"), a Czech or Slovak
                     # one's and its barracks and training areas ("posádka Mimoň", "kasárna
                     # Vysoké Mýto", "vojenský výcvikový prostor Ralsko")
                     "Garnison", "posádka", "Posádka", "kasárna", "Kasárna",
                     "vojenský výcvikový prostor", "Vojenský výcvikový prostor",
                     # ... and a French or Belgian army's barracks ("Quartier Roi Albert")
                     "Quartier",
                     # ... and a Spanish army's ("Acuartelamiento Jaime II"), and its ranges
                     # ("Polígono de Tiro de las Bardenas Reales", "Campo de Tiro de
                     # Alcochete", "Centro de Ensayos de Torregorda")
                     "Acuartelamiento", "Polígono de Tiro", "Poligono de Tiro", "Campo de Tiro",
                     "Centro de Ensayos",
                     # ... a Spanish-speaking army's base ("Base Militar de Pichari") and its
                     # schools ("Escuela Militar de Montaña", "Colegio Militar de la Nación",
                     # "Escuela Naval de Cadetes Almirante Padilla", "Academia Militar del
                     # Ejército Bolivariano")
                     "Base Militar", "Escuela Militar", "Escuela Superior Militar",
                     "Escuela Naval", "Colegio Militar", "Academia Militar",
                     *_SPANISH_SCHOOLS,
                     # ... and its battalions' garrisons by the battalion's name ("Batallón
                     # Pichincha, in Cali")
                     "Batallón", "Batallon",
                     # a French army's camp and barracks written in small letters, as French
                     # does ("the camp de Mailly", "the quartier Danjou")
                     "camp de", "camp du", "camp de la", "camp des", "quartier",
                     # forts and fortresses in their own languages ("Fort de Dailly", "Forte
                     # Airolo", "Festung Fürigen", "Festungsgebiet Sargans")
                     "Fort de", "Fort du", "Fort des", "Forte", "Fortezza", "Festung",
                     "Festungsgebiet", "Twierdza",
                     # ... and a French-speaking army's post ("the poste militaire de Kafolo")
                     "poste militaire de", "Poste militaire de",
                     # a Polish range ("Poligon Drawsko", "Centralny Poligon Sił
                     # Powietrznych"), a Malaysian army's camp ("Kem Lok Kawi"), a Soviet
                     # army's guarded site as German, Czech and Polish name it ("Objekt
                     # Himmelpfort", "objekt Bělá", "Obiekt Templewo")
                     "Poligon", "Centralny Poligon", "Kem", "Satrad", "Objekt", "objekt", "Obiekt",
                     # the Second World War's German batteries and bunkers by their names
                     # ("Batterie Todt", "Bunker Valentin") and its prisoner-of-war camps
                     # ("Stalag Luft III", "Dulag Luft")
                     "Batterie", "Bunker", "Stalag", "Oflag", "Dulag", "Marlag",
                     # ... and its U-boat pens, headquarters and the navy's yard ("U-Boot-Bunker
                     # Kilian", "Führerhauptquartier Adlerhorst", "Kriegsmarinewerft
                     # Wilhelmshaven"), France's forts of the Maginot Line ("Ouvrage
                     # Hackenberg") and Poland's navy's port and batteries ("Port Wojenny
                     # Gdynia", "Bateria Laskowskiego")
                     "U-Boot-Bunker", "Führerhauptquartier", "Kriegsmarinewerft", "Ouvrage",
                     "Port Wojenny", "Bateria",
                     # a French operational base ("la base opérationnelle de l'Île Longue")
                     "base opérationnelle", "Base opérationnelle"),
                    "other"),
    # the Spanish- and Portuguese-speaking world's launch and atomic centres ("Centro de
    # Lançamento de Alcântara", "Centro Atómico Ezeiza", "Centro Experimental Aramar")
    **dict.fromkeys(("Centro de Lançamento", "Centro de Lancamento", "Centro de Lanzamiento",
                     "Centro Espacial"), "launch site"),
    **dict.fromkeys(("Centro Atómico", "Centro Atômico", "Centro Atomico", "Centro Nuclear",
                     "Centro Experimental", "Complejo Tecnológico", "Complejo Tecnologico",
                     "Complejo Nuclear", "Central Nuclear", "Centrale Nucleare",
                     "Centrale Nucléaire", "Central Nuclear de",
                     # (in small letters as Spanish and Italian write them: "the Central
                     # nuclear de Lemóniz", "the centrale nucleare Enrico Fermi")
                     "Central nuclear", "Central nuclear de", "centrale nucleare",
                     "Centrale nucleare",
                     # a translated report's French or German words ("the centrale
                     # nucléaire de Flamanville", "the Kernkraftwerk Grohnde")
                     "centrale nucléaire de", "Centrale nucléaire de", "centrale nucléaire",
                     "Kernkraftwerk", "Atomkraftwerk"), "nuclear"),
    # ... spent fuel's stores ("the Zwischenlager Gorleben")
    **dict.fromkeys(("Zwischenlager", "Brennelemente-Zwischenlager", "Endlager",
                     "Transportbehälterlager", "Behälterlager", "Schacht",
                     # ... and a Spanish army's ammunition depot ("the Polvorín de
                     # Fuencarral"), a German-speaking army's ("Munitionslager Großmittel",
                     # "Giftgasdepot Clausen")
                     "Polvorín", "Polvorin", "Munitionslager", "Munitionsdepot",
                     "Sondermunitionslager", "Giftgasdepot"), "storage"),
    # the Spanish- and Portuguese-speaking world's arms works ("Fábrica Militar Río
    # Tercero", "Fábrica de Itajubá", "Fábrica Santa Bárbara")
    **dict.fromkeys(("Fábrica Militar", "Fabrica Militar", "Fábrica de Armas",
                     "Fabrica de Armas", "Fábrica", "Fabrica", "Real Fábrica",
                     # ... and Italy's ("the Stabilimento Militare Propellenti", "the
                     # Fabbrica d'Armi di Terni")
                     "Stabilimento Militare", "Fabbrica d'Armi", "Fabbrica d’Armi",
                     # ... and the German-speaking countries' explosives and munitions
                     # works ("Sprengstoffwerk Allendorf", "Eidgenössische Munitionsfabrik
                     # Altdorf")
                     "Sprengstoffwerk", "Munitionsfabrik", "Eidgenössische Munitionsfabrik",
                     "Pulverfabrik",
                     # ... and Romania's ("Uzina Mecanică Cugir", Romarm's), and Poland's
                     # ("Zakłady Mechaniczne Tarnów", "Fabryka Broni Łucznik")
                     "Uzina Mecanică", "Uzina Mecanica", "Uzina de Produse Speciale",
                     "Uzina de Armament", "Uzina Automecanica", "Zakłady Mechaniczne",
                     "Fabryka Broni",
                     # ... and its military works, named for what they do ("Wojskowe Zakłady
                     # Lotnicze Nr 2", the Military Aviation Works No. 2)
                     "Wojskowe Zakłady",
                     # ... France's state arsenals and powder mills ("the Atelier de
                     # construction de Bourges", "the poudrerie de Bergerac")
                     "Atelier de construction", "poudrerie", "Poudrerie",
                     # ... and a Russian or Ukrainian plant by its word ("Zavod Arsenal",
                     # "Zavod More")
                     "Zavod"),
                    "production"),
}
#: Words of a landscape's name after "Bunker" ("Bunker Hill"), which is no bunker's
_LANDSCAPE_WORDS = frozenset({"Hill", "Ridge", "Creek", "Lake", "Valley", "Road", "Street",
                              "Bay", "Island", "Point"})
#: Native words whose name after them says whose the site is, not where (or, of the
#: Second World War's batteries, bunkers and camps, names a person, a code word or a
#: camp's number: "Batterie Todt", "Bunker Valentin", "Stalag Luft III")
_WHOSE_AFTER = frozenset({"Centralny Poligon", "Wojskowe Zakłady", "Batterie", "Bunker",
                          "Stalag", "Oflag", "Dulag", "Marlag", "Stabilimento Militare",
                          "Führerhauptquartier", "U-Boot-Bunker", "Bateria",
                          # a school's name after its words is a hero's or a speciality's,
                          # no place: "Colegio Militar Leoncio Prado" is in Lima, not at
                          # the province of that name; "de la Nación" is no alias
                          "Escuela Militar", "Escuela Superior Militar", "Escuela Naval",
                          "Colegio Militar", "Academia Militar", *_SPANISH_SCHOOLS,
                          # ... and a battalion's: "Batallón Boyacá" is in Pasto
                          "Batallón", "Batallon"})
#: Troops in a sentence, which make a "Quartier X" a barracks
_TROOPS = re.compile(r"\b(?:[Rr]egiments?|[Bb]rigades?|[Bb]attalions?|troops|soldiers|"
                     r"[Ll]egion\w*|[Aa]rmy|barracks|garrison|units?|military|forces|"
                     r"[Rr]égiment|[Cc]ompan(?:y|ies)|[Ss]quadron)\b")
#: ... or an army's recruits and schools, which make a "Place d'armes" theirs
_RECRUITS = re.compile(r"\b(?:recruits?|recrues|reclute|Rekruten\w*|armée|esercito|"
                       r"(?:military|army|logistics|maintenance|artillery|infantry|officers['’]?|"
                       r"NCO|training)[ \t]+schools?|"
                       r"[ée]coles?[ \t]+(?:de[ \t]+recrues|militaires?)|Swiss[ \t]+army)\b",
                       re.I)
#: ... or their training, which makes a "camp de X" theirs ("tanks, the CAESAR guns")
_TRAINING = re.compile(r"\b(?:tanks|training|artillery|firing|exercises?|manoeuvres?|"
                       r"live[ \t-]fire|infantry)\b", re.I)
#: ... or its troops named in its paragraph, by their unit's word (not "army officers" who
#: opened a holiday camp, nor "rental units")
_CAMP_TROOPS = re.compile(r"\b(?:[Rr][ée]giments?|[Bb]rigades?|demi-brigade|[Bb]attalions?|"
                          r"[Ll][ée]gion\w*|troops|soldiers|infantry|artillery|"
                          r"armou?red)\b")
#: ... of which these are ours only in a sentence of the atom
_OF_THE_ATOM_ONLY = frozenset({"Centro Experimental", "Complejo Tecnológico",
                               "Complejo Tecnologico", "Schacht"})  # ("Schacht Konrad")
# The name after them: a place's or a person's, of up to four words and the particles
# between ("Base Aérea Capitán Manuel Ríos", "Base Aérea Generalísimo Francisco de Miranda";
# "Base Aérea dos Afonsos")
_NATIVE_NAME = (rf"(?P<name>(?:(?:[{_UPPER}]{{2,4}}|[IVX]|\d{{1,3}})[ \t]"
                rf"(?=[{_UPPER}][{_LOWER}]))?"  # ("ARC Bolívar", "Lantamal I Belawan")
                # (a person's initials: "Lanud J.A. Dimara")
                rf"(?:(?:[A-Z]\.){{1,3}}[ \t]?(?=[{_UPPER}]))?"
                rf"(?:(?:St|Ste|Sankt)\.?[ \t](?=[{_UPPER}]))?"  # ("Flugplatz St. Stephan")
                rf"[{_UPPER}][{_LOWER}][\w'’-]*"
                rf"(?:(?<=-)[ \t]*\r?\n[ \t]*[{_LOWER}][\w'’-]*)?"
                rf"(?:[ \t](?:(?:de|del|da|do|dos|das|des|du|di|la)[ \t])?(?!Nr\.?[ \t]?\d)"
                # (an Irish name: "Bernardo O'Higgins")
                rf"[{_UPPER}](?:[{_LOWER}]|['’][{_UPPER}])[\w'’-]*"
                # (an Arabic article joined to the word after it: "Mers el-Kébir")
                rf"|[ \t](?:el|al|ed|en|er|es|et|ez|ad|an|ar|as|at|az|ash|ech)-[{_UPPER}]"
                rf"[\w'’-]*"
                # (a middle initial: "Escuela de Suboficiales FAC Andrés M. Díaz")
                rf"|[ \t][A-Z]\.(?=[ \t][{_UPPER}][{_LOWER}])){{0,4}}"
                # ("... Jaime II", "Stalag Luft I")
                # (a lone "I" only before a stop or a place's preposition: else the pronoun)
                r"(?:[ \t](?:II|III|IV|VI{0,3}|IX|XI{0,3}"
                r"|I(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:at|in|near|on|outside)[ \t]))"
                r"(?![\w'’-]))?"
                r"(?:[ \t]Nr\.?[ \t]?\d{1,3}(?![\w'’-]))?)")  # ("... Lotnicze Nr 1")
_NATIVE_FIRST = re.compile(
    r"(?<![\w'’-])(?P<full>(?P<head>" + "|".join(
        w.replace(" ", _GAP) for w in sorted(NATIVE_BASE_WORDS, key=len, reverse=True))
    + r")(?:" + _GAP + r"(?:de[ \t]las|de[ \t]los|de[ \t]la|"
    # (an elided article before a place, not a service: "de l'Île Longue", not "de l'Armée
    # de Terre")
    r"de[ \t]l['’](?!Arm[ée]e|Aviation|Air\b|Escadre|[ÉE]cole)|d['’](?=[AEIOUÉÈ])|de|di|da|do|"
    r"dos|das|del|della))?"
    # (the name right after an elided article: "de l'Île Longue")
    + r"(?:(?<=['’])|" + _GAP + r")" + _NATIVE_NAME
    + r")")
_NATIVE_GATE = re.compile(r"Fliegerhorst|Fly[vg]|Flystasjon|[Vv]liegbasis|Base[ \t][AdM]|Lanud|"
                          r"Satrad[ \t]|Garnison[ \t]|[Pp]osádka|[Kk]asárna|"
                          r"Place[ \t]d['’]armes|Piazza[ \t]d['’]armi|"
                          r"Escuela[ \t][MNSd]|Colegio[ \t]M|Academia[ \t]M|Estación[ \t]A|"
                          r"Batall[oó]n[ \t]|Estación[ \t]de[ \t]G|"
                          r"[Bb]ase[ \t](?:aerea|op[ée]rationnelle)|"
                          r"Comandancia|Polvor|Stabilimento|Fabbrica|Munition|Giftgas|"
                          r"Sprengstoff|Pulverfabrik|Schiessplatz|Luftwaffenkaserne|"
                          r"Marine\w*schule|"
                          r"Pangkalan|[Ff]lugplatz|platz|Marineflieger|[Bb]ase[ \t]a[ée]rienne|"
                          r"[Cc]amp[ \t]militaire|"
                          r"Base[ \t]Nav|Aer[oó]|Baza|Marine|Stazione|[Cc]entr[oa]|Compl[e]?[jx]|"
                          r"kraftwerk|Zwischenlager|Endlager|[Bb]ehälterlager|Schacht|"
                          r"Arsenale?[ \t][dM]|Caser[mn]|Kaserne[ \t]|Cuartel|Quartel|F[áa]brica|"
                          r"[Ll]etišt|[Ll]etisk|Vazduhoplovna|[Ll]otnisko|Grupo[ \t]A|"
                          r"rea[ \t]de[ \t]M|Campamento|Destacamento|Fortaleza|Campo[ \t]M|"
                          r"Flådestation|[Bb]ase[ \t]navale|[Vv]ojensk|Fuerte|Uzina|Kamp|"
                          r"Atelier[ \t]de|[Pp]oudrerie|Quartier|Acuartel|Estación[ \t]N|"
                          r"Estação[ \t]N|Garnisonen|[Gg]arnizon|"
                          r"Arsenal[ \t]de|Pol[íi]gono[ \t]de|Campo[ \t]de[ \t]T|Ensayos|"
                          r"camp[ \t]d[eu]|quartier|base[ \t]école|Fort[ \t]d|Fort[ez]|Festung|"
                          r"Twierdza|"
                          r"[Pp]oste[ \t]militaire|"
                          r"Kystvakt|Poligon|Kem[ \t]|Lan(?:al|tamal)[ \t]|[Oo]b[ji]ekt|Zakłady|"
                          r"Fabryka|Batterie[ \t]|Bunker[ \t]|[SOD]ulag|Stalag|Oflag|Marlag|"
                          r"U-Boot-Bunker|Führerhauptquartier|Kriegsmarinewerft|Ouvrage[ \t]|"
                          r"Port[ \t]Wojenny|Bateria[ \t]|"
                          r"Zavod[ \t]|[Vv]ojarna|[Kk]asarna|[Tt]vrđava|poligon|aerodrom|"
                          r"[Ll]etjeli|Pelotão|PEF[ \t]")
#: An officer's rank and name, as a Spanish or Latin American army base is named after
#: him ("Base Coronel Maté", "Base General Menacho", "Base Teniente Vidal"): a rank in
#: Spanish, then one to four capitalised words (particles between), none a word of a
#: thing's ("Base General Hospital", "Base General Fund" name none)
_RANK_NAMED = re.compile(
    r"(?:Coronel|General|Teniente|Capit[áa]n|Comandante|Almirante|Sargento|Brigadier|"
    r"Mariscal|Alf[ée]rez)(?:[ \t](?:de|del|y))?(?:[ \t](?!(?:Hospital|Fund|Store|Office|"
    r"Services?|Staff|Support|Headquarters|Manager|Purpose|Orders?|Court|Dynamics|Motors|"
    r"Electric|Assembly|Counsel|Secretary|Council|Committee|Plan|Rules?|Regulations?)\b)"
    r"[A-ZÁÉÍÓÚÑ][\w'’-]+"
    r"(?:[ \t](?:de|del|y))?){1,4}")
_HEAD_GATE = re.compile(r"(?:Base|Station|Fort|Airfield|Spaceport|Garrison|Factory|Facility|Plant|"
                        r"Firebase|Zone|"
                        r"Activity|Center|Centre|School|"
                        r"Activities|Field|Magazine|Site|Location|Outpost|Depot|Establishment)"
                        r"(?:[ \t]|[ \t]*\r?\n[ \t]*)[" + _UPPER + "]")
_SHIP_GATE = re.compile(r"(?:" + "|".join(SHIP_PREFIXES) + r")(?:[ \t]|[ \t]*\r?\n[ \t]*)[A-Z]")
# where an air command is: "CACOM 1 at Tallow", "CACOM 2 in Holt"
_COMMAND_AT = re.compile(r"[ \t]+(?:at|in)[ \t]+(?P<place>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)")
# ... or what its base's full name follows, set off: "CACOM 6 - Base Aérea Tallow"
_FULL_NAME_NEXT = re.compile(r"[ \t]*(?:[-–—(,:])[ \t]*(?:" + "|".join(NATIVE_BASE_WORDS)
                             + r"|(?:[A-Z][\w'’-]*[ \t]){1,3}Air[ \t]Base)\b")
_BA_GATE = re.compile(r"(?:BAN?|[aA][ée]r(?:ienne|onavale)|CACOM|Combate(?:[ \t]No\.)?)[ \t]\d|"
                      r"A[ée]rea\s+(?:Militar\s+)?[Nn]|(?:Campo|Zona)[ \t]Militar[ \t]N|"
                      r"Marina[ \t]N|"
                      r"dromo[ \t]de[ \t]\w+[ \t]N|dromo-Base[ \t][Nn]|"
                      r"Military[ \t]Compound[ \t](?:No|\d)")
_CENTRE_GATE = re.compile(r"(?:Centre|Center|Institute|Laboratory|Laboratories)[ \t]+"
                          r"(?:of|for)[ \t]+(?:Atomic|Nuclear|Biological|Chemical|Applied|"
                          r"Virology|Microbiology)")


#: A Spanish-speaking school's whole name: its word, then up to five capitalised words and
#: the particles between ("Escuela Superior de Guerra", "Heroico Colegio Militar", "Escuela
#: de Lanceros")
_SPANISH_SCHOOL = re.compile(
    rf"(?<![\w'’-])(?:Heroic[oa][ \t])?(?P<head>Escuela|Colegio|Academia)"
    rf"(?:[ \t](?:(?:de|del)[ \t](?:(?:la|las|los)[ \t])?)?[{_UPPER}][{_LOWER}][\w'’-]*){{1,5}}"
    r"(?![\w'’-])")
_SPANISH_SCHOOL_GATE = re.compile(r"Escuela[ \t]|Colegio[ \t]|Academia[ \t]")
#: ... of an armed service or its police: one of its words in the name
_SCHOOL_SERVICE = re.compile(r"\b(?:Militar|Naval|Navales|Guerra|Suboficiales|Oficiales|"
                             r"Policía|Aérea|Aire|Lanceros|Cadetes|Infantería|"
                             r"Armada|Ejército|Cóndores|Comandos|Artillería|Caballería|"
                             r"Blindados|Paracaidistas|Fuerzas|Grumetes)\b")
#: A Spanish-speaking armed service's own name, which names no one headquarters
_SERVICE_NAMES = frozenset({"Ejército", "Ejercito", "Armada", "Fuerza", "Fuerzas", "Marina",
                            "Policía", "Policia", "Guardia", "Estado", "Bomberos",
                            "Carabineros"})
#: A hero's titles, which open the name after a school's or a battalion's words
_HERO_TITLES = frozenset({"general", "almirante", "coronel", "capitán", "teniente", "mariscal",
                          "comandante", "sargento", "presidente", "generalísimo"})


def _opens_no_name(words: list[str], school: bool = False) -> bool:
    """Whether the words after facility words put first open no place's name: a title, a
    month, a stop word ("Base Commander", "Station The"); a compass word or "New" opens one
    of two words ("Naval Submarine Base New London", "Naval Air Station North Island")."""
    first = words[0].lower()
    if first in ("new", "north", "south", "east", "west") and len(words) > 1:
        return False
    if len(words) > 1 and words[0] in MONTH_SHORT_NAMES and words[1] in NAME_PARTICLES:
        return False  # "Base Naval Mar del Plata": a place's name, no month's
    if school and len(words) > 1 and first in _HERO_TITLES:
        return False  # "Escuela de Policía General Santander": a hero's title and name
    return first in _NOT_NAMES or first in STOPWORDS or len(words) == 1 and \
        first in _KIND_WORDS_AFTER and not school


#: A frontier platoon's words and Brazil's, which make "PEF X" Brazil's frontier platoon
_PEF_CONTEXT = re.compile(r"[Pp]elotão|[Pp]latoons?\b|Brazil|Brasil|Exército|Batalhão|"
                          r"[Ff]ronteira|[Ff]rontier|Amazon")
#: Indonesia's commands numbered before their place: a main naval base, a naval air
#: station, an air force's radar unit ("Lantamal I Belawan", "Satrad 212 Ranai")
NUMBERED_COMMANDS = frozenset({"Lantamal", "Lanal", "Lanudal", "Satrad"})
_COMMAND_NUMBER = re.compile(r"(?:[IVX]{1,4}|\d{1,3})[ \t]+(?=[A-Z])")
#: A Spanish-speaking army's units and words, which make a bare "Base X" one of its bases
#: ("the Brigada Guadarrama XII at Base El Goloso", "Base Cid Campeador ... the Regimiento de
#: Ingenieros"): Spain names its army bases so, with no other word
_SPANISH_ARMY = re.compile(r"\b(?:Brigada|Regimiento|Tercio|Batallón|Mando|Ejército|Legión|"
                           r"Acuartelamiento|Agrupación|Spanish[ \t]+(?:[Aa]rmy|Legion))\b")
#: ... whose name reads as Spanish: an article or a title first, a word with an accent, or
#: a particle inside ("Base El Goloso", "Base Conde de Gazola", "Base Cid Campeador"; not
#: "Base Exchange", "Base Hospital")
_SPANISH_NAME_START = frozenset({"El", "La", "Los", "Las", "San", "Santa", "Santo", "Conde",
                                 "Condesa", "Marqués", "Duque", "Príncipe", "Rey", "Reina",
                                 "Infante", "Infanta", "Cid", "Virgen", "Nuestra", "Don",
                                 "Doña", "Capitán", "Teniente", "Coronel", "General",
                                 "Almirante", "Sargento", "Jaime", "Alfonso", "Fernando",
                                 "Felipe", "Carlos", "Isabel", "Juan"})


def _reads_spanish(name: str) -> bool:
    """Whether a name after "Base" reads as Spanish (see :data:`_SPANISH_NAME_START`).

    >>> _reads_spanish("El Goloso"), _reads_spanish("Álvarez"), _reads_spanish("Exchange")
    (True, True, False)
    """
    words = name.split()
    return words[0] in _SPANISH_NAME_START or not name.isascii() or any(
        w in ("de", "del") for w in words[1:])


#: The words after "Base" that say its kind, no name ("Base Aeronaval" alone, in a
#: translator's note: no base of its own)
_BASE_KIND_WORDS = frozenset(w.split()[1] for w in NATIVE_BASE_WORDS
                             if w.startswith("Base ") and " " in w)


def _spanish_army_around(sentence: str, around: str | None) -> bool:
    """Whether a sentence, or else its paragraph, speaks of a Spanish-speaking army's units.

    >>> _spanish_army_around("The Brigada Guadarrama XII is at Base El Goloso.", None)
    True
    >>> _spanish_army_around("The Base Commander said so.", "The wing flies F-16s.")
    False
    """
    return _SPANISH_ARMY.search(sentence) is not None or (
        around is not None and _SPANISH_ARMY.search(around) is not None)


def speaks_of_troops(text: str) -> bool:
    """Whether a text speaks of troops or forces (what makes a "Camp X" a camp of them)."""
    return _MILITARY.search(text) is not None


def _military_around(sentence: str, around: str | None) -> bool:
    """Whether a sentence, or the paragraph around it (a list item's next sentence: "Camp
    Tessier - near Orvale. The main base of the contingent."), speaks of troops or forces."""
    return _MILITARY.search(sentence) is not None or (
        around is not None and _MILITARY.search(around) is not None)


def head_first_in(sentence: str, around: str | None = None) -> list[Finding]:
    """Facilities whose name puts the facility words first ("PAF Base Masroor"), as
    findings with that full name, named after the place words that follow. ``around`` is
    the paragraph that holds the sentence, if known (what a camp's military words may be
    looked for in).

    Examples
    --------
    >>> [(f.full, f.name) for f in head_first_in("Jets left PAF Base Masroor at dawn.")]
    [('PAF Base Masroor', 'Masroor')]
    >>> [(f.full, f.facility_type) for f in head_first_in("Spaceport Tallow, near Holt, waits.")]
    [('Spaceport Tallow', 'launch site')]
    """
    out = []
    for m in _ACRONYM_FIRST.finditer(sentence) if _ACRONYM_GATE.search(sentence) else ():
        name = m.group("name")
        # (a possessive's word too: "the RAF Regiment's training")
        words = [_POSSESSIVE_END.sub("", w.lower()) for w in name.split()]
        if _opens_no_name(name.split()) or \
                not _ACRONYM_NOT_PLACE.isdisjoint(words) or clean_name(name) is None:
            continue  # "RAF Typhoons", "the CEA Director": no place
        if _AS_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
            continue  # "built in 1942 as RAF Aqir": a former name of what is spoken of
        if m.group("head") == "BAN" and sentence[:m.start()].rstrip().endswith(("(", "[")):
            continue  # "the Base d'aéronautique navale de Tallow [BAN Tallow]": its other
            # name, in brackets after it
        if m.group("head") == "COP" and _CLIMATE_TALKS.search(sentence):
            continue  # "delegates met at COP Dubai": the climate talks, no combat outpost
        out.append(Finding(name, m.group("head"), FACILITY_ACRONYMS[m.group("head")],
                           m.start("name"), m.end("name"), (0, 0), full=m.group("full"),
                           full_start=m.start("full"), stop=m.end("full"), described=True,
                           named_first=True))
    for m in _CAMP.finditer(sentence) if "Camp" in sentence else ():
        name = m.group("name") or m.group("caps")
        if m.group("caps") and (country_of_word(name) is not None
                                or match_key(name) in NON_SITE_KEYS):
            continue  # "Camp USA": no camp's own name
        words = [w.lower() for w in name.split()]
        # (the paragraph's words are read only when the sentence's own say nothing)
        read = sentence if _MILITARY.search(sentence) else around
        # (prisoners of war are an army's: "Camp Forrest, a training base, held prisoners
        # of war", not a prison's)
        read = _PRISONERS_OF_WAR.sub(" ", read or sentence)
        if words[0] in _NOT_NAMES or words[0] in STOPWORDS or clean_name(name) is None or \
                not _military_around(sentence, around) or \
                not _CIVIL_CAMP.isdisjoint(re.findall(r"[a-z]+", read.lower())):
            continue  # "Camp Nou", a detention camp
        at = m.start("name") if m.group("name") else m.start("caps")
        out.append(Finding(name, "Camp", "other", at, at + len(name), (0, 0),
                           full=m.group("full"), full_start=m.start("full"),
                           stop=m.end("full"), described=True, named_first=True))
    for m in _MARKAZ.finditer(sentence) if "Markaz" in sentence else ():
        # a militant group's centre, its Urdu and Arabic word first ("Markaz Taiba, in
        # Muridke"), where the sentence or its paragraph speaks of militants
        if MILITANTS.search(sentence) or around and MILITANTS.search(around):
            out.append(Finding(m.group("name"), "Markaz", "other", m.start("name"),
                               m.end("name"), (0, 0), full=m.group(), full_start=m.start(),
                               stop=m.end(), described=True, named_first=True))
    for m in _HEAD_FIRST.finditer(sentence) if _HEAD_GATE.search(sentence) else ():
        name, stop = m.group("name"), m.end("full")
        ranked = _RANK_NAMED.match(sentence, m.start("name")) \
            if m.group("full") == "Base " + name else None
        if ranked is not None:  # "Base Coronel Maté": a Spanish army base named after an
            # officer (his whole name: "Base Coronel Sánchez Bilbao"; not the people's word
            # after it: "At Base Coronel Maté Spanish and Bolivian troops trained")
            words = ranked.group().split()
            while len(words) > 2 and is_demonym(words[-1]):
                words.pop()
            name = " ".join(words)
            stop = m.start("name") + len(name)
        elif _opens_no_name(name.split()) or m.group("head") in (
                "Station", "Base") and m.group("full") == m.group("head") + " " + name \
                and not _point_after(sentence, m.end("full")) and not (
                    m.group("head") == "Base" and name.split()[0] not in _BASE_KIND_WORDS
                    and _reads_spanish(name) and _spanish_army_around(sentence, around)):
            continue  # "Base Commander", a bare "Station Road": not a facility's name (but
            # "Station Nord (81°36′N 16°40′W)": one whose point follows, and "Base El
            # Goloso", where a Spanish army's brigade is spoken of)
        if name.split()[0].lower() in _ACRONYM_NOT_PLACE:
            continue  # "the Ordnance Factory Board": a body, not a works at "Board"
        if m.group("head") == "Garrison" and (
                m.group("full") != "Garrison " + name or _MILITARY.search(
                    sentence[:m.start()] + sentence[m.end():]) is None):
            continue  # "Garrison Petawawa", the army's; not "Garrison Keillor"
        phrase = m.group("full")[:m.start("name") - m.start("full")].strip()
        if m.group("school") and _SERVICE_WORDS.fullmatch(name):
            continue  # "the Commando Training Centre Royal Marines": its owner, no place
        kind = ("airbase" if "Flying" in m.group("school") else "other") if m.group("school") \
            else "airbase" if re.search(r"\b(?:Air|[A-Z]*AF)\b", phrase) else \
            "naval base" if "Fleet" in phrase else "other" if "Recruit" in phrase else \
            facility_type_of(phrase + " base")  # PAF, RAF, USAF: an air force's
        # "the 91st Air Force Base Zagreb-Pleso": its number is its name's
        first = m.start("full")
        aliases = []
        if (ordinal := ORDINAL_BEFORE.search(sentence, max(0, first - 8), first)) is not None:
            first = ordinal.start()
        elif phrase.startswith(("Air Force", "Self-Defense", "Self-Defence")) and (
                at := _force_country_at(sentence, first)) is not None:
            # "Nigerian Air Force Base Kaduna": the air force's country is its name's first
            # word (the name without it another)
            aliases.append((m.group("full"), first))
            first = at
        elif (us := _US_BEFORE.search(sentence, max(0, first - 16), first)) is not None:
            # "the U.S. Naval Communication Station San Miguel" (and without "U.S.")
            aliases.append((m.group("full"), first))
            first = us.start()
        out.append(Finding(name, phrase, kind, m.start("name"),
                           m.start("name") + len(name), (0, 0), full=sentence[first:stop],
                           full_start=first, stop=stop, aliases=aliases,
                           described=True, named_first=True))
    for m in _NATIVE_FIRST.finditer(sentence) if _NATIVE_GATE.search(sentence) else ():
        name, start = m.group("name"), m.start("name")
        if (number := _COMMAND_NUMBER.match(name)) is not None:
            if re.sub(r"\s+", " ", m.group("head")) in NUMBERED_COMMANDS:
                # "Lantamal II Padang", "Satrad 212 Ranai": a command's number, its place
                name, start = name[number.end():], start + number.end()
            elif len(number.group().strip()) == 1 or number.group()[0].isdigit():
                continue  # (a number opens no other native name: "Grupo 1 Santa Lucía")
        opened = sentence.rfind("(", 0, m.start())
        if _opens_no_name(name.split(), m.group("head") in _WHOSE_AFTER) or \
                clean_name(name) is None or (
                opened > sentence.rfind(")", 0, m.start())
                and _FACILITY_BEFORE.search(sentence, max(0, opened - 30), opened)) or \
                _AS_THE_BEFORE.search(sentence, max(0, m.start() - 20), m.start()) or \
                _NUMBERED_AIR_BASE.match(sentence, m.start()):
            # (a base by its number, "Base Aérea Militar No. 1", is read below)
            continue  # "the Den Helder naval base (Marinebasis Den Helder)", "known in
            # Spanish as the Base Naval de Rota": another name of what is spoken of (but
            # "Fighter Wing Skrydstrup (Flyvestation Skrydstrup)" names no facility first)
        head = re.sub(r"\s+", " ", m.group("head"))
        if head in _OF_THE_ATOM_ONLY and not ATOMS.search(sentence):
            continue  # a "Centro Experimental" of farming
        if head in ("Quartier", "quartier", "camp de", "camp du", "camp de la", "camp des",
                    "Campamento", "Fortaleza de", "Fortaleza del", "Garnison") \
                and not _TROOPS.search(sentence) \
                and not (head.startswith("camp d") and (
                    _TRAINING.search(sentence) or around is not None and (
                        _CAMP_TROOPS.search(around) or _TRAINING.search(around)))):
            continue  # the "Quartier Latin" of Paris: a town's quarter; a holiday camp (a
            # French camp's troops may be named in its paragraph's next sentence)
        if head.startswith(("Place d", "Piazza d")) and not (
                _TROOPS.search(sentence) or _TRAINING.search(sentence)
                or _RECRUITS.search(sentence) or around is not None and (
                    _TROOPS.search(around) or _RECRUITS.search(around))):
            continue  # "the Place d'armes de Trois-Rivières", a town's square (a Swiss
            # army's training ground is said so: its troops, recruits or schools)
        if head == "Bunker" and name.split()[0] in _LANDSCAPE_WORDS:
            continue  # "Bunker Hill": a hill's name (and a battle's, a town's)
        if head in ("Fortaleza de", "Fortaleza del") and len(name.split()) < 2:
            continue  # "Fortaleza de Minas", a Brazilian town (a fortress is "of San Carlos
            # de La Cabaña", "of Santa Cruz")
        if head == "Comandancia General" and re.search(
                r"\b(?:Polic[ií]a|Guardia|Bomberos|Tr[áa]nsito|Carabineros)\b",
                sentence[m.end():m.end() + 40] + name):
            continue  # "the Comandancia General de la Policía Nacional": a police force's
        if head in ("Batallón", "Batallon") and name is not None and \
                m.start("name") - m.end("head") > 1:
            continue  # "Batallón de Infantería de Marina 5": a unit by its arm and number
            # (a battalion's garrison is named after a hero or a place: "Batallón Boyacá")
        if head.endswith("Cuartel General") and name.split()[0] in _SERVICE_NAMES:
            continue  # "the Cuartel General del Ejército": any army's headquarters
        if head == "PEF" and not _PEF_CONTEXT.search(sentence) and not (
                around is not None and _PEF_CONTEXT.search(around)):
            continue  # "PEF Board" of the Punjab Education Foundation: no platoon
        if head == "Zavod" and not arms_or_atoms(sentence):
            continue  # a Slovene or Croatian "zavod", an institute or an office
        if head in _WHOSE_AFTER:
            # "Centralny Poligon Sił Powietrznych": the words after say whose range it is
            # (the air force's), no place: the whole name is the "place" part (as a centre
            # named after a body: see _CENTRE_FOR)
            out.append(Finding(m.group("full"), head, NATIVE_BASE_WORDS[head],
                               m.start("full"), m.end("full"), (0, 0), full=m.group("full"),
                               full_start=m.start("full"), stop=m.end("full")))
            continue
        out.append(Finding(name, head,
                           NATIVE_BASE_WORDS[head], start, m.end("name"), (0, 0),
                           full=m.group("full"), full_start=m.start("full"),
                           stop=m.end("full"), described=True, named_first=True))
    shore = None  # the kind of the last shore establishment the sentence named
    for m in _SHIP_PREFIX.finditer(sentence) if _SHIP_GATE.search(sentence) else ():
        if m.group("head") == "SAS" and not _SOUTH_AFRICAN_NAVY.search(sentence):
            continue  # "SAS Cargo": the airline's, where no South African navy is spoken of
        kind = _shore_establishment(sentence, m)
        if kind is None and shore is not None and \
                _AND_BEFORE.search(sentence, max(0, m.start() - 8), m.start()) and \
                _IN_PLACE_AFTER.match(sentence, m.end()) and not _SHIP_VERBS.search(sentence):
            kind = shore  # "INS Shikra, the helicopter base in Colaba, and INS Hansa in Goa"
        name = m.group("name")
        if kind is None or _opens_no_name(name.split()) or clean_name(name) is None:
            continue  # "INS Vikrant sailed": a ship
        shore = kind
        out.append(Finding(name, m.group("head"), kind, m.start("name"), m.end("name"),
                           (0, 0), full=m.group("full"), full_start=m.start("full"),
                           stop=m.end("full"), described=True, named_first=True))
    for m in _NUMBERED_AIR_BASE.finditer(sentence) if _BA_GATE.search(sentence) else ():
        if m.group("name") and _opens_no_name(m.group("name").split()):
            continue
        if not m.group("name") and (
                sentence.rfind("(", 0, m.start()) > sentence.rfind(")", 0, m.start())
                or _AS_BEFORE.search(sentence, max(0, m.start() - 20), m.start())):
            continue  # "X Air Base (Base aérienne 125)", "known as BA 104": X's other name
        # with no place in it ("BA 113") the whole name is the "place" part: no word of
        # it a place to put the site at
        name = m.group("name") or m.group("full")
        start = m.start("name") if m.group("name") else m.start("full")
        number = next(g for g in ("number", "number_c", "number_no", "number_camp")
                      if m.group(g))
        if m.group("command") and (at := _COMMAND_AT.match(sentence, m.end())) and \
                clean_name(at.group("place")) is not None:
            # "CACOM 3 in Tallow": the command's base is Tallow's air base, known by both
            out.append(Finding(at.group("place"), "air base", "airbase", at.start("place"),
                               at.end("place"), (0, 0), full=m.group("full"),
                               full_start=m.start("full"), stop=at.end("place"),
                               described=True, named_first=True))
            continue
        if m.group("command") and _FULL_NAME_NEXT.match(sentence, m.end()):
            continue  # "CACOM 6 - Base Aérea Tallow, in ...": the base's full name, read above
        phrase = m.group("full")[:m.end(number) - m.start("full")]
        out.append(Finding(name, phrase,
                           ("naval base" if m.group("camp_no").startswith("Astillero")
                            else "other") if m.group("camp_no") else "airbase", start,
                           start + len(name), (0, 0), full=m.group("full"),
                           full_start=m.start("full"), stop=m.end("full"), described=True,
                           named_first=True,
                           # ("BA 705 Tours", later "BA 705": its number names it too)
                           aliases=[(phrase, m.start("full"))] if m.group("name") else []))
    for m in _CENTRE_FOR.finditer(sentence) if _CENTRE_GATE.search(sentence) else ():
        words = m.group("name").split()
        start = m.start("full")
        while words and (words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES):
            start = sentence.index(words[1], start) if len(words) > 1 else m.end("name")
            words = words[1:]  # "The Joint Institute ...": the name starts after "The"
        if not words:
            continue
        # named after a person or a body, not a place: the whole name is the "place"
        # part, so that no word of it ("Indira Gandhi", "Joint") becomes an alias or a
        # place to put the site at
        full = sentence[start:m.end("full")]
        kind = "nuclear" if m.group("field") in ("Atomic", "Nuclear") else "other"
        out.append(Finding(full, sentence[m.end("name"):m.end("full")].strip(), kind,
                           start, m.end("full"), (0, 0), full=full, full_start=start,
                           stop=m.end("full")))
    for m in _SPELLED_AFTER.finditer(sentence) if ", the " in sentence else ():
        # "MCF Hassan, the Master Control Facility in Karnataka": initials the words after
        # spell out, then the place (not "RAF Tallow", read above)
        if m.group("acr") in FACILITY_ACRONYMS or not spelled_out(m.group("acr"), m.group(
                "long")) or not FACILITY_PHRASE.search(m.group("long")) or any(
                f.full_start == m.start("full") for f in out):
            continue
        out.append(Finding(m.group("place"), m.group("acr"),
                           facility_type_of(m.group("long")), m.start("place"),
                           m.end("place"), (0, 0), full=m.group("full"),
                           full_start=m.start("full"), stop=m.end("full"), described=True,
                           named_first=True))
    for m in _SPANISH_SCHOOL.finditer(sentence) if _SPANISH_SCHOOL_GATE.search(sentence) else ():
        # "the Escuela Superior de Guerra", "the Heroico Colegio Militar, in Tlalpan": a
        # school of an armed service named by its words alone (no place in them)
        if _SCHOOL_SERVICE.search(m.group()) is None or any(
                f.full_start is not None and f.full_start < m.end()
                and m.start() < (f.stop or f.end) for f in out):
            continue
        out.append(Finding(m.group(), m.group("head"), "other", m.start(), m.end(), (0, 0),
                           full=m.group(), full_start=m.start(), stop=m.end()))
    return out


#: Initials, a place, then words in capitals that spell the initials out: "MCF Hassan, the
#: Master Control Facility in Karnataka"
_SPELLED_AFTER = re.compile(
    r"(?<![\w'’-])(?P<full>(?P<acr>[A-Z]{2,6})[ \t]+(?P<place>[A-Z][a-z][\w'’-]*"
    r"(?:[ \t]+[A-Z][a-z][\w'’-]*)?)),[ \t]+the[ \t]+(?P<long>(?:[A-Z][\w-]*[ \t]+){1,5}"
    r"[A-Z][\w-]*)")


def _shore_establishment(sentence: str, m: re.Match) -> str | None:
    """The facility type of a navy's shore establishment named like a ship (``m`` of
    ``_SHIP_PREFIX``), when the sentence says it is one, else None."""
    if _SHIP_KIND_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
        return None  # "the frigate SAS Amatola, sailing from Naval Base Simon's Town": a ship
    after = _SHORE_AFTER.match(sentence, m.end())
    if after is not None and not _SHIP_WORDS.search(after.group("words")):
        shore = after.group("shore")
    elif _DISTANCE_AFTER.match(sentence, m.end()) and not _SHIP_WORDS.search(sentence):
        return "naval base"  # "HMAS Tallow, about 9 km south-west of Holt": a ship has no
        # fixed distance from a town
    elif (inside := _SHORE_IN_BRACKETS.match(sentence, m.end())) is not None and \
            not _SHIP_VERBS.search(sentence) and \
            not _SHIP_WORDS.search(sentence, max(0, m.start() - 30), m.start()):
        # (not "the frigates HMAS Anzac (Fleet Base West) ... sailed": their home port)
        shore = inside.group("shore")  # "HMAS Stirling (Fleet Base West)": its kind in
        # the brackets after it
    elif (next_ := _SHORE_NEXT.match(sentence, m.end())) is not None and \
            not _SHIP_WORDS.search(next_.group()):
        shore = next_.group("shore")  # "the Indian Navy's INS Tallow training establishment"
    elif (_AT_BEFORE.search(sentence, max(0, m.start() - 6), m.start())
          and _IN_TOWN_AFTER.match(sentence, m.end())
          or _SET_OFF_IN_TOWN.match(sentence, m.end())) and not _SHIP_WORDS.search(sentence) \
            and not _SHIP_VERBS.search(sentence) and _NAVAL.search(sentence):
        # "the air arm at PNS Tallow in Karachi", "HMS Tallow, in Torpoint, Cornwall,
        # trains all new ratings": where a ship is, is no more than a port for a while (in a
        # sentence of a navy: "we met at HMS Belfast in London" is a museum ship)
        return "naval base"
    elif _HOME_OF_AFTER.match(sentence, m.end()) and not _SHIP_VERBS.search(sentence):
        return "naval base"  # "HMAS Tallow in Holt, home of the Navy's patrol boats": a
        # ship is home to none
    elif _BASED_AT_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
        # "P-8I aircraft are based at INS Rajali": what is based at a name is based on
        # shore (on a ship it is "aboard")
        return "airbase" if _AIRCRAFT.search(sentence) else "naval base"
    else:
        before = _SHORE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        if before is None:
            return None
        shore = before.group("shore")
    if re.search(r"transmit|radio|wireless|communication", shore, re.I):
        return "other"  # "INS Kattabomman, a very-low-frequency transmitter": the navy's
    return "airbase" if re.search(r"\bair|airfield", shore, re.I) else "naval base"


_SHORE_IN_BRACKETS = re.compile(r"\s*\((?:[A-Z][\w'’-]*\s+){0,3}(?P<shore>(?i:" + _SHORE
                                + r"))(?:\s+[A-Z][\w'’-]*){0,2}\)")  # (wrapped too)
_BASED_NAVAL = re.compile(r"\b(?:navy|navies|naval|fleet|ratings|sailors|seamen|marines)\b", re.I)
_BASED_AT_BEFORE = re.compile(r"\b(?:based|stationed|garrisoned|headquartered)[ \t]+at[ \t]+\Z")
#: A shore word right after a ship-like name, a few small words between ("INS Tallow
#: training establishment")
_SHORE_NEXT = re.compile(r"[ \t]+(?-i:(?:[a-z-]+[ \t]+){0,2}?)(?P<shore>" + _SHORE + r")\b", re.I)
_NAVAL = re.compile(r"\b(?:navy|navies|naval|fleet|ratings|sailors|seamen|marines)\b", re.I)
_IN_TOWN_AFTER = re.compile(r"[ \t]+in[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?(?![\w'’-])")
# (or on an island, near a town: "PNS Tallow, on Manora island across the harbour from
# Karachi, houses the special-service units"; a ship is on none)
_SET_OFF_IN_TOWN = re.compile(r",[ \t]+(?:in[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?|"
                              r"(?:on|near|outside)[ \t]+(?:the[ \t]+)?[A-Z][^,.;:()\n]{1,60})"
                              r"[ \t]*,")
_AIRCRAFT = re.compile(r"\b(?:aircraft|jets?|fighters?|helicopters?|planes?|squadrons?|"
                       r"air[ \t]+wing|drones?)\b", re.I)


def _finding(sentence: str, start: int, name: str, head: str) -> Finding | None:
    words = name.split()
    if len(words) > 1 and words[0].endswith(("'s", "’s")):
        # "Madagascar's Antsiranana, ..., was a French naval base": its owner's possessive
        start += name.index(words[1], len(words[0]))
        name, words = name[name.index(words[1], len(words[0])):], words[1:]
    if words[0].lower().rstrip(".") in _NOT_NAMES or words[0].lower() in STOPWORDS:
        return None
    if any(w.lower().rstrip(".") in DEMONYMS for w in words):
        return None  # "Iranian officials", "the Russian base": not a name
    if FACILITY_PHRASE.search(name):
        return None  # a facility's full name: names.findings_in reads it
    cleaned = clean_name(name)
    if cleaned is None:
        return None
    phrase = " ".join(head.lower().split())
    if phrase.endswith("s") and not phrase.endswith(("ss", "us")):
        phrase = phrase[:-1]  # "air bases, including Nur Khan": Nur Khan air base
    return Finding(name, phrase, facility_type_of(phrase), start, start + len(name), (0, 0),
                   described=True)


# An outpost named after the reef or island it stands on ("Fiery Cross Reef", "Woody
# Island"): the name, after a preposition of place or opening the sentence
_FEATURE_NAME = re.compile(
    # (a list's item too: "1. **Gaven Reef** (Nanxun Jiao) – a high-frequency radar array")
    r"(?:^[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?[*_]{0,2}(?:The[ \t]+)?|"
    r"\b(?:at|on|from|to|onto|include|includes|including)[ \t]+(?:the[ \t]+)?[*_]{0,2}|"
    # (or, a reef's, a shoal's or an atoll's only, a list's first, set off or after "are":
    # "three artificial islands -- Fiery Cross Reef, Subi Reef"; not "Hainan Island")
    r"(?:--|[—–:]|\b(?:are|were))[ \t]+(?:the[ \t]+)?[*_]{0,2}"
    r"(?=(?:[A-Z][\w'’-]*[ \t]){1,3}(?:Reef|Atoll|Shoal|Cay)(?![\w'’-]))|"
    # (the next of a list: "Fiery Cross Reef (Yongshu Jiao), Subi Reef (...) and Mischief Reef")
    r"(?:(?<=Reef)|(?<=Shoal)|(?<=Island)|(?<=Atoll)|(?<=Cay))(?:[ \t]*\([^()\n]{1,60}\))?"
    r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?[*_]{0,2})"
    r"(?P<name>(?:[A-Z][\w'’-]*[ \t]){1,3}(?P<feature>Reef|Island|Atoll|Shoal|Cay))"
    r"(?![\w'’-])")
#: A compass word in capitals opens a reef's name ("West Reef"; but "North Island", "West
#: Island" are islands, places a site stands on)
_COMPASS = frozenset({"North", "South", "East", "West"})
# "at each of Tallow, Quill and Kestrel reefs": a list of names before a plural feature word
_LIST_ONE = r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}"
_FEATURE_LIST = re.compile(
    r"\b(?:at|on|from|to|onto)[ \t]+(?:(?:each|all|both)[ \t]+of[ \t]+)?(?:the[ \t]+)?"
    r"(?P<names>" + _LIST_ONE + r"(?:,[ \t]+" + _LIST_ONE + r")*,?[ \t]+and[ \t]+" + _LIST_ONE
    + r")[ \t]+(?P<feature>reefs|islands|atolls|shoals|cays)\b")
_LIST_NAME_ONE = re.compile(_LIST_ONE)
#: "Tel Nof and Nevatim, the F-15 and F-35I bases": the names before the one described
_NAMES_AND = re.compile(r"(?:^|(?<=[\s,;:(]))(?:[Tt]he[ \t]+)?(?P<names>(?![Tt]he[ \t])" + _LIST_ONE
                        + r"(?:,[ \t]+" + _LIST_ONE + r")*),?[ \t]+and[ \t]+\Z")
# What makes the sentence speak of a military outpost or a launch site there: its runway,
# hangars, radars, garrison, missiles, launches (a reef or island named in passing is none)
_OUTPOST_WORDS = re.compile(
    r"\b(?:(?P<air>runways?|airstrips?|airfields?|hangars?|bombers?|fighters?|fighter[ \t]jets)|"
    r"(?P<launch>launch(?:ed|es)?[ \t]+(?:from|site|complex|pad)|missile[ \t]+tests?|"
    r"test[ \t]+launch(?:es)?)|"
    r"(?P<arms>radars?|radar[ \t]+domes?|garrison(?:ed|s)?|outposts?|missiles?|"
    r"anti-ship|surface-to-air|military[ \t]+(?:base|facility|facilities|installations?)|"
    r"troops[ \t]+(?:are[ \t]+|were[ \t]+)?(?:stationed|based)))\b", re.I)


_FEATURE_WORD = re.compile(r"[Rr]eef|[Ii]sland|[Aa]toll|[Ss]hoal|[Cc]ay")
# (a part each match holds: looked for first, five times faster than the search)
_FEATURE_PARTS = ("eef", "sland", "toll", "hoal", "Cay", "cay")
# A facility's own name: a capitalised word, then facility words in capitals ("Kestrel Air
# Station", "Tallow Naval Base")
_OWN_FACILITY_NAME = re.compile(r"\b[A-Z][\w'’-]*[ \t]+(?i:" + FACILITY_PHRASE.pattern
                                .replace(r"\b", "") + r")\b")


def _named_facility_after(sentence: str, end: int) -> bool:
    """Whether the sentence goes on to name a facility by its own name after ``end``: the
    reef or island is then where that facility stands, not an outpost of its own."""
    return any(m.group()[m.group().index(" ") + 1:][:1].isupper()
               for m in _OWN_FACILITY_NAME.finditer(sentence, end))


def outposts_in(sentence: str) -> list[Finding]:
    """Military outposts or launch sites a sentence names by their reef or island ("HQ-9
    launchers stand on Tallow Island", "missiles are launched from Kestrel Island", "radar
    domes at Quill Reef"): the sentence must say what stands there.

    Examples
    --------
    >>> [(f.name, f.facility_type) for f in outposts_in(
    ...     "New radar domes and hangars stand at Tallow Reef.")]
    [('Tallow Reef', 'airbase')]
    >>> outposts_in("Ships sailed past Tallow Reef; the island of Crete was calm.")
    []
    >>> outposts_in("Missiles fly from the test site on Tallow Atoll.")
    []
    >>> [f.site_name for f in outposts_in("Hangars stand at each of Tallow, Quill Cross and "
    ...                                   "Kestrel reefs.")]
    ['Tallow reef', 'Quill Cross reef', 'Kestrel reef']
    """
    if not any(p in sentence for p in _FEATURE_PARTS) or _FEATURE_WORD.search(sentence) is None:
        return []  # no reef, island, atoll, shoal or cay: most sentences, cheaply
    what = _OUTPOST_WORDS.search(sentence)
    if what is None:
        return []
    kinds = {k for m in _OUTPOST_WORDS.finditer(sentence) for k, v in m.groupdict().items()
             if v}
    kind = "launch site" if "launch" in kinds else "airbase" if "air" in kinds else \
        "missile base" if re.search(r"\bmissiles?\b", sentence, re.I) else "other"
    out = []
    for m in _FEATURE_NAME.finditer(sentence):
        if FACILITY_PHRASE.search(sentence, 0, m.start()):
            continue  # "the naval base on Tallow Island": where a facility named stands
        if _named_facility_after(sentence, m.end()):
            continue  # "the radar on Tallow Island, operated from Kestrel Air Station"
        words = m.group("name").split()
        start = m.start("name")
        reef = m.group("feature") in ("Reef", "Shoal", "Cay")
        while words[:-1] and not (reef and words[0] in _COMPASS) and (
                words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES
                or words[0].lower().rstrip(".") in DEMONYMS
                or words[0].lower().endswith(("-held", "-controlled", "-occupied"))):
            start = sentence.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) < 2:
            continue  # a bare "Island": no name
        name = " ".join(words)
        out.append(Finding(name, m.group("feature").lower(), kind, start, start + len(name),
                           (0, 0), full=name, full_start=start, stop=start + len(name),
                           described=True))
    for m in _FEATURE_LIST.finditer(sentence):
        if FACILITY_PHRASE.search(sentence, 0, m.start()):
            continue
        feature = m.group("feature")[:-1]  # "reefs": each a reef
        for n in _LIST_NAME_ONE.finditer(sentence, m.start("names"), m.end("names")):
            words = n.group().split()
            if words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES or \
                    clean_name(n.group()) is None:
                continue
            out.append(Finding(n.group(), feature, kind, n.start(), n.end(), (0, 0),
                               stop=m.end() if n.end() == m.end("names") else n.end(),
                               described=True))
    return out


# "Tallow Airport, home of the 3624th air base", "Tallow Airport, a civil field where
# fighters are based": an airport the sentence says the military flies from
# ("Qamishli airport" in small letters too; a word before the name, "At Kashgar airport",
# "Pyongyang's Sunan International Airport", is dropped by _airport_name)
_AIRPORT = re.compile(  # (particles inside: "Quatro de Fevereiro Airport"; a capital with
    # its accent: "Şırnak Şerafettin Elçi Airport")
    rf"(?<![\w'’-])(?P<full>(?P<name>[{_UPPER}][\w'’-]*(?:[ \t](?:(?:de|del|da|do|dos|das|di|"
    rf"du|la|el)[ \t])?[{_UPPER}][\w'’-]*){{0,2}}?)(?:[ \t]|[ \t]*\n[ \t]*)"
    r"(?:International(?:[ \t]|[ \t]*\n[ \t]*))?(?:[Aa]irport|Aerodrome))(?![\w'’-])")
# ... and the airport named after it: "the airport of Mekelle", "the airport at Kassala"
# (a town's one airport; its military use said as for the other order)
_AIRPORT_OF = re.compile(
    r"\b[Tt]he[ \t]+(?:(?:main|military|civil|international|old|new)[ \t]+)?airport[ \t]+"
    r"(?:of|at|in)[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})(?![\w'’-])")
# ... and "Palmyra's airport"
_AIRPORT_OF_THE_TOWN = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w-]*(?:[ \t][A-Z][\w-]*){0,2})['’]s[ \t]+"
    r"(?:(?:main|military|civil|international|old|new)[ \t]+)?airport\b")
_MILITARY_USE = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:,|[ \t]*[—–]|[ \t]+(?:is|was|remains)\b)"
    r"[^.;]{0,120}?(?:\bhome(?:[ \t]+base)?[ \t]+(?:of|to)\b[^.;]{0,60}?"
    r"\b(?:air[ \t]+(?:base|wing|group|regiment)|squadrons?|fighters?|bombers?|air[ \t]+force)"
    r"|\bwhere\b[^.;]{0,80}?\b(?:fighters?|bombers?|helicopters?|squadrons?|jets|"
    r"military[ \t]+aircraft|drones?)\b[^.;]{0,40}?\b(?:are|is|were|was)[ \t]+"
    r"(?:now[ \t]+)?(?:based|stationed|deployed)"
    # "Tallow Airport, ..., is being upgraded to support Defence aircraft"
    r"|\b(?:support|host|serve|take|accommodate|used[ \t]+by)\b[^.;]{0,30}?"
    r"\b(?:defen[cs]e|military|air[ \t]+force|naval|navy)[ \t]+(?:aircraft|jets|flights|"
    r"forces?|use)"
    # "Tallow airport, ..., is being lengthened so that it can receive MiG-31 interceptors"
    r"|\b(?:receive|host|take|accommodate|support|handle)\b[^.;]{0,20}?\b"
    r"(?:interceptors|fighters|fighter[ \t]+jets|bombers|tankers|warplanes|"
    r"(?-i:(?:MiG|Su|F|Tu|B|J|KC|P)-\d{1,3}[A-Z]?\d?s?)))\b", re.I)
# "Tallow Airport, the former Portuguese air base about 9 km north of the town": an air base
# set off right after the airport's name (its other name in brackets between)
_AIR_BASE_APPOSED = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?,\s*the\s+(?:former\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*base|air\s+force\s+base|military\s+airfield)\b", re.I)
# What else, said after an airport's name, makes it a military field: "Tallow Airport, ...,
# became a Russian military outpost in 2019", "Tallow airport, ..., was closed to civilian
# traffic and used by forces of the coalition", "Tallow International Airport, which is
# shared by the airline and an air force unit", "Tallow airport, where the rebels have set up
# launch positions for drones", "(imagery) shows drones on the military apron", "expanded
# Tallow airport, near the coast, into a military airfield"
_MILITARY_AFTER = re.compile(
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,240}?\b(?:"  # (a decimal point goes on: "69°18.7′N")
    r"(?:became|becomes|turned\s+into|is\s+now|serves\s+as|doubles\s+as|(?:is\s+)?used\s+as)"
    r"\s+an?\s+(?:[\w-]+\s+){0,2}?(?:military|air|naval|staging)\s+"
    r"(?:outpost|base|airfield|hub|station)"
    r"|used\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:forces|troops|military|"
    r"armed\s+forces|air\s+force|army|navy)"
    # "Tallow Airport, ..., used by Russian Ka-52 helicopters"
    r"|used\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:fighters|bombers|warplanes|"
    r"(?:attack|combat|military)\s+helicopters|(?-i:(?:Ka|Mi|AH|UH|Su|MiG|F|J)-\d{1,3}\w*)\s+"
    r"(?:helicopters|jets|fighters|bombers))"
    # "Abha International Airport, ..., because of its military section"
    r"|\b(?:its|a|the)\s+(?:own\s+)?military\s+(?:section|side|part|zone|terminal|wing|aprons?|ramp|"
    r"hangars?)"
    # "Aden International Airport, ..., becomes a landing point for ... troops"
    r"|\b(?:landing\s+points?|hubs?|staging\s+(?:post|area|point|base)s?)\s+for\b[^.;]{0,60}?"
    r"\b(?:troops|forces|military|helicopters|drones|fighters|warplanes)"
    r"|\breceives?\s+an?\s+military\s+(?:transport|aircraft|plane|flight)"
    # "Orang Airport, the airfield of the Korean People's Army Air Force"
    r"|\bthe\s+(?:air(?:field|[ \t]*base)|base)\s+of\s+the\b[^.;]{0,40}?"
    r"\b(?:air\s+force|army|navy|military)"
    r"|shared\s+by[^.;]{0,60}?\b(?:air\s+force|military|naval|army)\s+"
    r"(?:units?|squadrons?|regiments?|wings?)"
    # "Tallow airport, where they had stationed helicopters and an air defence unit"
    r"|where\b[^.;]{0,40}?\b(?:stationed|based|deployed|kept)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:fighters|bombers|helicopters|jets|drones|warplanes|military\s+aircraft|troops)\b"
    r"|where\b[^.;]{0,60}?\b(?:set\s+up|deployed|installed|positioned)\b[^.;]{0,30}?"
    r"\b(?:launch(?:ing)?\s+(?:positions|sites|pads)|launchers|batteries)"
    r"|on\s+the\s+military\s+(?:apron|aprons|ramp|side)"
    # "Tallow airport, ..., has been used since 2023 as a dispersal field for bombers";
    # "..., serves as the army's hub for the delta"
    r"|\b(?:dispersal|forward\s+operating|forward)\s+(?:field|airfield|base|location)\s+for\b"
    r"|\b(?:army|military|air\s+force|navy|forces)['’]s?\s+(?:main\s+)?"
    r"(?:hub|base|airfield|air\s+base|staging\s+(?:post|area|base))"
    r"|into\s+an?\s+(?:military\s+(?:airfield|air[ \t]*base|base|outpost)|air[ \t]*base)"
    # "Tallow Airport, ..., serves both civil aviation and a detachment of MiG-31s"
    # "Tallow Airport, ..., which the air force also uses"
    r"|\bwhich\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:air\s+force|military|navy|army)\s+"
    r"(?:also\s+)?(?:uses|shares)\b"
    # "The Shigatse Peace Airport, which shares its runway with a PLA Air Force base"
    r"|\bshares\s+its\s+(?:runways?|airfield)\s+with\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:air\s+force|military|naval|army)\b"
    # "Tallow International Airport, whose runway the air force shares"
    r"|\bwhose\s+runway\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:air\s+force|military|navy|army)"
    r"\s+(?:also\s+)?(?:shares|uses)"
    # "Tallow Airport (joint civil-military aerodrome)", "a dual-use airfield"
    r"|\bcivil-military\b|\bmilitary-civil(?:ian)?\b|\bdual-use\s+(?:airport|aerodrome|airfield)"
    # "Tallow Airport, ..., now a Russian logistics hub", "... helicopters use the eastern
    # pad", "... nine helicopters were claimed destroyed"
    r"|\b(?:military|logistics|supply|army)\s+hub\b"
    r"|\bhelicopters\s+(?:still\s+)?(?:use|used|operate|operated|are\s+based)\b"
    r"|\b(?:helicopters|military\s+aircraft|warplanes)\s+(?:were\s+)?(?:claimed\s+)?"
    r"(?:destroyed|damaged)\b"
    r"|\b(?:serves|hosts|houses|accommodates)\b[^.;]{0,60}?\b(?:detachments?|squadrons?|"
    r"regiments?|interceptors|fighters|bombers|warplanes|military\s+aircraft|troops|"
    r"helicopters)"
    r")\b", re.I)
# ... or said before it: "Russia keeps a presence at Tallow airport", "troops at Tallow
# airport" (not "a drone strike at Tallow airport": a target is no base)
_MILITARY_BEFORE = re.compile(
    r"\b(?:presence|forces|troops|garrison|detachment|contingent)[ \t]+at[ \t]+\Z"
    # "Somali forces have used Kismayo Airport, ..., as a hub"; "Saudi Arabia reinforces
    # Sharurah airport"
    # "the RSF took control of Tallow airport", "rebels seized Tallow airport"
    r"|\b(?:took|seized|captured|recaptured|overran|occupied)[ \t]+(?:control[ \t]+of[ \t]+)?"
    r"(?:the[ \t]+)?\Z"
    r"|\b(?:forces|troops|military|army|navy|air[ \t]+force)[ \t]+(?:have[ \t]+|has[ \t]+|"
    r"had[ \t]+)?used[ \t]+\Z|\breinforc(?:es|ed|ing|e)[ \t]+\Z"
    # "Russian forces also withdrew from Tallow airport"
    r"|\b(?:forces|troops|military|contingent|garrison)\b[^.;]{0,20}?\b(?:withdrew|withdrawn|"
    r"pulled\s+out|left)[ \t]+from[ \t]+(?:the[ \t]+)?\Z"
    # "a detachment has rotated through Tallow Airport"
    r"|\b(?:detachments?|squadrons?|units?|jets|fighters)\b[^.;]{0,40}?\brotat(?:ed|es|ing|e)"
    r"[ \t]+(?:through|to|via)[ \t]+\Z"
    # "missile and drone attacks on Jizan airport", "a missile was shot down over King
    # Khalid International Airport": a war's target
    r"|\b(?:missiles?|drones?|rockets?)\b[^.;]{0,30}?\b(?:attacks?|strikes?|raids?)[ \t]+"
    r"(?:on|against)[ \t]+(?:the[ \t]+)?\Z"
    r"|\b(?:missiles?|drones?|rockets?)\b[^.;]{0,30}?\b(?:shot[ \t]+down|intercepted)[ \t]+"
    r"over[ \t]+(?:the[ \t]+)?\Z", re.I)
# "shares its runway with the civil Tallow Airport", "the civilian Tallow airport": the
# civil neighbour of a base, which is no base itself
#: The line a list of military airports follows: "about thirty airports built or extended
#: since 2017 with military use in mind, including:", "airfields the air force uses:"
_MILITARY_LIST = re.compile(
    r"\b(?:airports|airfields)\b[^:\n]{0,120}?\b(?:military|air[ \t]+force|dual-use|"
    r"armed[ \t]+forces)\b[^:\n]{0,80}:[ \t]*$|\b(?:military|dual-use)[ \t]+"
    r"(?:airports|airfields)\b[^:\n]{0,80}:[ \t]*$", re.I)
#: A paragraph's opening on airports made ready for, or used by, the military
_MILITARY_LEAD = re.compile(
    r"\b(?:airports|airfields|aerodromes)\b[^.;:]{0,120}?\b(?:military[ \t]+(?:aircraft|use|"
    r"flights|jets|transports?)|(?:air[ \t]+force|military)[ \t]+(?:use|operations)|dual-use)\b",
    re.I)


#: ", in Dikson", ", near Tallow" right after an airport's name
_COMMA_IN_TOWN_AFTER = re.compile(r"[ \t]*,[ \t]+(?:in|at|near|outside)[ \t]+[A-Z]")


def _military_lead(paragraph: str, sentence: str) -> bool:
    """Whether ``paragraph`` opens, before ``sentence``, on airports made ready for or used by
    the military (:data:`_MILITARY_LEAD`): the airports its sentences then place are theirs."""
    at = paragraph.find(sentence)
    first = paragraph[:at if at > 0 else 0]
    end = first.find(". ")
    return _MILITARY_LEAD.search(first if end < 0 else first[:end + 1]) is not None


_CIVIL_NEIGHBOUR = re.compile(
    r"(?:\b(?:shares?|shared|sharing)\b[^.;]{0,40}?\bwith[ \t]+(?:the[ \t]+)?"
    r"|\bcivil(?:ian)?[ \t]+)\Z", re.I)
# "launched missiles from an unusual place: Tallow Airport", "fired a missile, launching it
# from Tallow International Airport": an airport missiles are launched from
_LAUNCHED_FROM = re.compile(r"\b(?:launch(?:ed|es|ing)?|fir(?:ed|es|ing))\b[^.;]{0,40}?\bfrom"
                            r"(?:[ \t]+an?[ \t]+[\w-]+[ \t]+place:)?[ \t]+(?:the[ \t]+)?\Z", re.I)
# "X International Airport, on the edge of the capital, was built by the Americans as Y
# Air Base": an airport that was an air base
_BUILT_AS_BASE = re.compile(
    r"[ \t]*(?:,|[ \t]+(?:is|was)\b)[^.;]{0,160}?\b(?:built|opened|established)\b[^.;]{0,40}?"
    r"\bas[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}?[ \t]+"
    r"(?:Air[ \t]+(?:Base|Station|Field)|Airbase|Airfield)\b")
_MISSILES = re.compile(r"\b(?:missiles?|ICBMs?|rockets?)\b", re.I)
#: Warplanes sent to an airport ("Four Gripen fighters have been deployed to Visby Airport"):
#: the airport serves as an air base (not "escorted the airliner to": no verb of basing)
_DEPLOYED_TO = re.compile(r"\b(?:deployed|redeployed|relocated|dispersed|rebased|based|"
                          r"stationed|forward-deployed)\b[^.;]{0,20}?\b(?:to|at)[ \t]+"
                          r"(?:the[ \t]+)?\Z")
_AT_BEFORE = re.compile(r"\bat[ \t]+(?:the[ \t]+)?\Z")
_OPERATE_FROM = re.compile(r"\b(?:operat(?:e|es|ed|ing)|fly|flies|flying)\b[^.;]{0,140}?"
                           r"\bfrom[ \t]+(?:the[ \t]+)?\Z")
_DRONES = re.compile(r"\bdrones\b", re.I)
#: A strike's verb, its object next ("struck Dongola airport"), or the list it opens
_STRUCK = re.compile(r"\b(?:struck|hit|attacked|targeted|bombed|shelled|raided)[ \t]")
#: ... and what struck: drones, missiles, rockets, warplanes, an air strike
_STRIKERS = re.compile(r"\b(?:drones?|missiles?|rockets?|warplanes|air[ \t]*strikes?|"
                       r"airstrikes?|shells?|artillery)\b", re.I)
#: ... or arms seen there ("Drone launchers were also seen at Kerman air base, ..., and at
#: Birjand Airport")
_SEEN_AT = re.compile(
    r"\b(?:launchers?|batteries|drones?|troops|soldiers|helicopters|fighters?|bombers?|"
    r"warplanes|military[ \t]+aircraft)\b[^.;]{0,40}?\b(?:were|was|are|is)[ \t]+(?:also[ \t]+)?"
    r"(?:seen|spotted|deployed|stationed|parked|based|imaged|photographed)\b[^.;]{0,120}?"
    r"\bat[ \t]+(?:the[ \t]+)?\Z", re.I)
#: ... or the airport itself struck or taken ("Kassala airport, ..., was hit in October",
#: "Khartoum International Airport, which the army recaptured in March")
_HIT_AFTER = re.compile(
    r"[^.;]{0,160}?\b(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:(?:also|again|reportedly|repeatedly)[ \t]+)?(?:hit|struck|attacked|"
    r"bombed|shelled|targeted|raided)\b(?![ \t]+by[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:storms?|cyclones?|hurricanes?|typhoons?|floods?|lightning|earthquakes?|tornado))"
    # "Kassala airport: struck by drones in 2025" (a list's item)
    r"|[ \t]*:[ \t]*(?:hit|struck|bombed|shelled|attacked|targeted|raided)[ \t]+by\b"
    r"|[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?,[ \t]+which[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?:army|forces|troops|militia|rebels|fighters)[ \t]+(?:re)?(?:captured|took|seized|"
    r"shelled|bombed|attacked|struck|hit)\b"
    # "Merowe Airport, in Northern state: the RSF seized it in the first days of the war"
    r"|[^.;:]{0,60}:[ \t]+(?:the[ \t]+)?(?:(?-i:[A-Z]{2,6})|(?:[\w-]+[ \t]+){0,2}?(?:army|forces|"
    r"troops|militias?|rebels|fighters|militants))[ \t]+(?:re)?(?:captured|seized|took|overran|"
    r"occupied)[ \t]+it\b")
_WARPLANES = re.compile(r"\b(?:fighters?|bombers?|tankers?|interceptors?|squadrons?|"
                        r"helicopters?|"
                        r"(?:F|Su|MiG|KC|B|J|P)-?\d{1,3}[A-Z]?s?|Gripens?|Rafales?|Typhoons?|"
                        r"Mirages?|Tornados?|Sukhois?)\b")
#: "the aéroport de Dori", "l'aéroport d'Agadez": an airport in French words, its town's
#: name after them
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_AEROPORT_DE = re.compile(
    # (and a French aerodrome: "the aérodrome de Diapaga")
    r"(?<![\w'’-])(?P<full>(?:[Aa][ée]roport|Aeroporto|Aeropuerto|Aer[óo]dromo|[Aa]érodrome)[ \t]+"
    # (Portuguese's, Spanish's and Italian's too: "the Aeroporto do Soyo", "the Aeródromo do
    # Luau", "the Aeroporto de São Gabriel da Cachoeira")
    r"(?:(?:de|do|da|di|del)[ \t]+|d['’])"
    rf"(?P<name>[{_UPPER}][\w'’-]*(?:[ \t](?:(?:de|do|da|dos|das|del|di)[ \t]"
    rf"(?:(?:la|las|los|el)[ \t])?)?(?!{_WEEKDAYS})[{_UPPER}][\w'’-]*){{0,2}}))(?![\w'’-])")
#: "Lajes Field", "Hickam Field": a US-style airfield's name, in a sentence of air bases
#: or squadrons (not "Soldier Field" in Chicago, nor an oil field, in small letters)
_FIELD = re.compile(r"(?<![\w'’-])(?P<full>(?P<name>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})"
                    r"[ \t]Field)(?![\w'’-])")
_AIRSTRIPS = re.compile(r"\b(?:air)?strips?\b", re.I)
_AIR_MILITARY = re.compile(
    r"\b(?:air[ \t]+bases?|airfields?|air[ \t]+force|squadrons?|USAF|air[ \t]+wing|"
    r"base[ \t]+a[ée]rea|air[ \t]+station|runways?|"
    # (or of aircraft: "Bombers landed at Roberts Field", "a ferry and transport base on
    # the South Atlantic route", "Douglas C-47s on the apron at ...")
    r"aircraft|airplanes?|aeroplanes?|bombers?|airlift|ferry[ \t]+route|transport[ \t]+base|"
    r"hangars?|aprons?|(?-i:(?:B|C|F|P|KC|AC)-\d{1,3}s?))\b", re.I)
#: ... not an oil or gas field's words ("fighters seized the Omar Field")
_OIL_FIELD = re.compile(r"\b(?:oil|gas|oilfields?|petroleum|crude|barrels|wells?|refinery)\b",
                        re.I)


#: A note in square brackets after an airport (and its place) that forces use it: "the Tallow
#: airport at Kesk [about 5 km south-south-west of the city; also used by the air force]"
_USED_BY_FORCES_NOTE = re.compile(
    r"[^.;\[\]]{0,60}?\[[^\[\]]{0,80}?\bused[ \t]+by[ \t]+the[ \t]+(?:air[ \t]+force|military|"
    r"navy|army)\b[^\[\]]{0,40}\]")


def _point_after(sentence: str, end: int) -> bool:
    """Whether a published point follows a name ending at ``end`` at once: in the next
    cell of its table row, or in brackets ("Wau Airport (7.726 N, 27.975 E)")."""
    gap = _CELL_OR_BRACKET.match(sentence, end)
    if gap is None or not (sentence[gap.end():gap.end() + 1].isdigit() or _HEMISPHERE_FIRST.match(
            sentence, gap.end())):
        return False
    found = find_coordinates(sentence[gap.end():gap.end() + 60], table_row="|" in sentence)
    return bool(found) and found[0].start == 0


#: A base named before an airport it lies at ("the Base aérienne 367 ..., located at")
_HOSTS_A_BASE = re.compile(r"\b(?:Base|BA|Station)\b"
                           # (its name's own words, a number, an epithet in quotes: no verb)
                           r"(?:[ \t]+(?:[A-Z0-9\"“'‘][\w\"”'’.-]*|a[ée]rienne|a[ée]rea|navale?|"
                           r"a[ée]ronavale))*,?[ \t]+(?:located|situated|sited|housed|lying)"
                           r"[ \t]+(?:at|on)[ \t]+(?:the[ \t]+)?\Z")
#: A base's words right before an airport it stands at ("Baza Aeriană Decebal, the National
#: Army's air base on the edge of Chișinău International Airport (N46.9277 E28.9310)": the
#: point is the base's)
_BASE_AT_BEFORE = re.compile(r"\b(?:air[ \t]*base|base|station)[ \t]+(?:on[ \t]+the[ \t]+"
                             r"edge[ \t]+of|at|beside|next[ \t]+to|by|within|on)[ \t]+"
                             r"(?:the[ \t]+)?\Z", re.I)
#: A point written hemisphere first ("N40.1172 E65.1708")
_HEMISPHERE_FIRST = re.compile(r"[NS][ \t]?\d")
#: The gap between a name and the cell or the brackets after it
_CELL_OR_BRACKET = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?(?:\|[ \t]*|\([ \t]*)|[ \t]{2,}")


def _military_airport(sentence: str, m: re.Match) -> bool:
    """Whether the sentence says the military uses the airport ``m`` names (see
    :data:`_MILITARY_USE`, :data:`_MILITARY_AFTER`, :data:`_MILITARY_BEFORE`)."""
    before = sentence[max(0, m.start() - 80):m.start()]
    if _CIVIL_NEIGHBOUR.search(before):
        return False
    return bool(_MILITARY_USE.match(sentence, m.end()) or _BUILT_AS_BASE.match(sentence, m.end())
                or _USED_BY_FORCES_NOTE.match(sentence, m.end())
                or _AIR_BASE_APPOSED.match(sentence, m.end())
                or _MILITARY_AFTER.match(sentence, m.end())
                or _HIT_AFTER.match(sentence, m.end())
                or _SEEN_AT.search(sentence, max(0, m.start() - 200), m.start()) is not None
                or _MILITARY_BEFORE.search(before)
                or _LAUNCHED_FROM.search(before) and _MISSILES.search(sentence)
                or _DEPLOYED_TO.search(before) and _WARPLANES.search(sentence, 0, m.start())
                # "A KC-46 on the ramp at Tallow International Airport": a warplane there
                or _AT_BEFORE.search(before) and _WARPLANES.search(sentence, 0, m.start())
                # "a military transport aircraft was photographed on the apron of X Airport"
                or _ON_APRON.search(before) and (
                    _WARPLANES.search(sentence, 0, m.start()) is not None
                    or _AIR_ARMS.search(sentence, 0, m.start()) is not None)
                # "fighters operate from X airfield ... and from Tallow Airport", "flying
                # drones from Tallow International Airport"
                # "RSF drones struck Dongola airport, ..., and Merowe airport": a target of
                # drones or missiles (a strike's verb before it, the weapon before that)
                or (_STRUCK.search(sentence, max(0, m.start() - 160), m.start()) is not None
                    and _STRIKERS.search(sentence, 0, m.start()) is not None)
                # "The air force's Central Air Command shares La Aurora Airport": an air
                # arm's home
                # (not a base's: "X Air Force Base ... shares Y International Airport")
                or _SHARES_BEFORE.search(before) and (
                    _AIR_ARMS.search(sentence, 0, m.start()) is not None
                    and _BASE_BEFORE.search(sentence, 0, m.start()) is None)
                or _OPERATE_FROM.search(sentence, max(0, m.start() - 160), m.start())
                is not None and (
                    _WARPLANES.search(sentence, 0, m.start()) is not None
                    or _DRONES.search(sentence, 0, m.start()) is not None
                    # "The navy's air arm flies from X", "flies ground-attack aircraft from"
                    or _AIR_ARMS.search(sentence, 0, m.start()) is not None))


#: Right before an airport's name: "shares", "uses" (its subject an air arm)
_SHARES_BEFORE = re.compile(r"\b(?:shares|shared|uses|used)[ \t]+(?:the[ \t]+)?\Z")
#: Who flies military aircraft, or what: "the navy's air arm", "ground-attack aircraft"
_AIR_ARMS = re.compile(r"\b(?:air[ \t]+(?:force|arm|wing|corps)|air[ \t]+[\w-]+[ \t]+wing|"
                       r"naval[ \t]+aviation|"
                       r"army[ \t]+aviation|(?:ground-attack|attack|combat|strike)"
                       r"[ \t]+(?:aircraft|jets|planes)|military(?:[ \t]+[\w-]+)?[ \t]+"
                       r"(?:aircraft|jets|planes))\b", re.I)
#: On an airport's apron: "photographed on the apron of", "parked on the ramp at"
_ON_APRON = re.compile(r"\bon[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:apron|ramp|tarmac|flight[ \t]+line)"
                       r"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?\Z")


#: A sentence about an airport's civil use
_CIVIL_USE = re.compile(r"\b(?:(?:civil(?:ian)?|commercial|passenger|domestic|charter)[ \t]+"
                        r"(?:flights|traffic|airlines?|aircraft)|airlines?|tourists)[ \t]+"
                        r"(?:still[ \t]+)?(?:use|used|fly|flew|land|landed)\b", re.I)
#: Where a paragraph speaks of war: its arms, its forces, its strikes.
_WAR = re.compile(r"\b(?:military|troops|soldiers|garrison|drones?|missiles?|air[ -]?strikes?|"
                  r"strikes?|struck|bombed|raids?|"
                  r"bombers?|fighter[ \t]+jets?|(?<!fire[ \t])(?<!fire-)fighters|warplanes|"
                  r"rebels?|militias?|army|air[ \t]+force|navy|shelling|besieged|siege|"
                  r"offensive|(?<!market[ \t])(?<!labour[ \t])(?<!labor[ \t])forces|wars?|"
                  r"artillery|regiments?|brigades?|battalions?|"
                  # ("helicopters were claimed destroyed", "ATACMS", "a strongpoint", "in
                  # Russian hands"; not "tourist helicopters")
                  r"destroyed|warheads?|ATACMS|arms[ \t]+embargo|strongpoint|logistics[ \t]+hub|"
                  r"in[ \t]+(?:Russian|rebel|enemy|Ukrainian)[ \t]+hands|changed[ \t]+hands|"
                  # (warplanes' shelters: "added hardened shelters and a second taxiway")
                  r"hardened[ \t]+(?:aircraft[ \t]+)?shelters)\b", re.I)
def war_in(text: str) -> bool:
    """Whether ``text`` speaks of war (:data:`_WAR`): its arms, its forces, its strikes."""
    return _WAR.search(text) is not None


#: A base named before an airport, whose neighbour the airport would be: "Air Base 101,
#: Niamey — the military side of Diori Hamani International Airport"
_BASE_BEFORE = re.compile(r"\b(?:[Aa]ir[ \t]*[Bb]ases?|[Aa]ir[ \t]+[Ss]tations?|[Aa]irbases?|"
                          r"AFB|[Aa]ir[ \t]+[Ff]orce[ \t]+[Bb]ases?|Airfield)\b")
#: A distance and a direction right after a name (past Markdown's emphasis, or in a table's
#: next cell or the one after), or an edge: ", about 4 km east of", ", on the south-western
#: outskirts of", "| SAF | about 6 km west-south-west of"
_PLACED_RIGHT_AFTER = re.compile(
    r"(?:\*{1,2}|_{1,2})?(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+itself)?"
    # (a hard-wrapped line may break anywhere in it: "about 40 km south\nof Nyingchi";
    # "Sabha airport itself, about 7 km south-east of the city")
    r"(?:,|[ \t]*\|(?:[^|\n]{1,40}\|)?)\s+"
    # (after what kind of field it is, in small letters: "Tallow Airport, the dual-use field
    # about 43 km ...", not "..., the Kesk airfield about 20 km ...", its other name)
    r"(?:(?:the|a|an)\s+(?-i:[a-z][\w-]*\s+){0,2}?(?:field|airfield|airport|aerodrome|strip)\s+)?"
    # (or a clause: "which lies on the outskirts of", "a dirt strip located about 10 km")
    r"(?:(?:which|that)\s+(?:lies|sits|is)\s+)?(?:(?:located|situated|lying)\s+)?"
    r"(?:(?:about|some|around|roughly|nearly|"
    r"approximately|just)\s+)?(?:(?:\d+(?:[.,]\d+)?[ \t]*(?:km|kilomet(?:re|er)s?|miles?)"
    r"\s+(?:to\s+the\s+)?)?(?i:north|south|east|west)[\w-]*\s+of\b|on\s+the\s+"
    r"(?:[\w-]+\s+)?(?:outskirts|edge)\s+of\b"
    # (or its point: "Heglig airport, at 9.9949, 29.3977")
    r"|at\s+-?\d{1,3}\.\d{2,},\s*-?\d{1,3}\.\d{2,})")


def placed_right_after(sentence: str, end: int) -> bool:
    """Whether a statement of where it is follows the name ending at ``end`` at once
    (:data:`_PLACED_RIGHT_AFTER`: ", about 10 km west of", ", on the edge of")."""
    return _PLACED_RIGHT_AFTER.match(sentence, end) is not None


def _used_next(sentence: str, m: re.Match, after: str | None) -> bool:
    """Whether the sentence after an airport's says the military uses "it" ("Marine
    KC-130Js used it in 2023", "it is still used as a divert field: F-15Es landed here"):
    when the airport is the sentence's first (what follows it may be its other name), and
    not a base's civil neighbour."""
    if after is None or next(_AIRPORT.finditer(sentence)).start() != m.start() or \
            _CIVIL_NEIGHBOUR.search(sentence, max(0, m.start() - 80), m.start()):
        return False
    if _NEIGHBOUR_WORDS.search(sentence, 0, m.start()) or FACILITY_PHRASE.search(sentence):
        return False  # "X Air Base shares the runway of Tallow Airport. It ...": the base's
    return _BACK_REFERENCE.search(after) is not None and (
        _WARPLANES.search(after) is not None or _MILITARY_USERS.search(after) is not None)


# An airport named as a base's neighbour: "shares the runway of", "the military side of"
_NEIGHBOUR_WORDS = re.compile(r"\b(?:shar(?:e|es|ed|ing)|side\s+of|apron\s+of|on\s+top\s+of|"
                              r"next\s+to|"
                              r"beside)\b", re.I)
# The next sentence speaks of the airport: "it", "here", "the airport", "its runway"
_BACK_REFERENCE = re.compile(r"\b(?:[Ii]t|[Ii]ts[ \t]+(?:runway|apron|ramp)|here|"
                             r"[Tt]he[ \t]+(?:airport|field|airfield))\b")
# ... and its military users: an air force, marines, the military, a divert field
_MILITARY_USERS = re.compile(r"\b(?:[Aa]ir[ \t]+[Ff]orces?|Marines?|[Mm]ilitary|"
                             r"[Dd]ivert[ \t]+(?:field|airfield)|[Nn]avy|[Aa]rmy|USAF)\b")


def _airport_name(sentence: str, m: re.Match) -> tuple[int, str] | None:
    """The start and the name of the airport ``m`` matched, without a common word or a
    possessive before it ("At Kashgar airport", "Pyongyang's Sunan International Airport"),
    or None when no name is left."""
    start, words = m.start("name"), m.group("name").split()
    while words and (words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES
                     or words[0].endswith(("'s", "’s"))):
        start = sentence.index(words[1], start + len(words[0])) if words[1:] else -1
        words = words[1:]
    name = " ".join(words)
    if not words or clean_name(name) is None:
        return None
    return start, name


#: A list's intro that says what its items are: "China has built three large bases with
#: runways, hangars and missile shelters:", "The air bases that matter:"
_LISTED_KIND = re.compile(r"\b(?P<kind>(?:(?P<air>air|naval|navy|missile)[ \t]+)?bases|airbases|"
                          r"(?:naval[ \t]+)?(?P<stations>air|naval|navy)[ \t]+stations|"
                          r"airfields|outposts|installations|garrisons)\b", re.I)
#: A list's item that opens with a name, in bold or not, then what is said of it: "-
#: **Subi Reef** (Zhubi Jiao), about 25 km from ...", "1. Sunchon - MiG-29s"
_ITEM_NAMED = re.compile(
    r"[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+(?P<bold>\*\*|__)?(?P<name>[A-Z][\w'’.-]*"
    r"(?:[ \t]+(?:[A-Z][\w'’.-]*|de|del|da|do|al|el|la|of)){0,4})(?P=bold)?"
    r"(?=[ \t]*(?:\(|,|[—–:]|-[ \t]))")


def listed_sites_in(sentence: str, intro: str | None) -> list[Finding]:
    """The site a list's item names at its opening, when the intro the list follows says
    its items are bases or outposts ("China has built three large bases ...:" over "-
    **Fiery Cross Reef** (Yongshu Jiao), in the west of the Spratlys").

    Examples
    --------
    >>> intro = "The PLA has built three bases with runways and hangars:"
    >>> [(f.site_name, f.facility_type) for f in listed_sites_in(
    ...     "- **Tallow Reef** (Kesk Jiao), in the west of the chain.", intro)]
    [('Tallow Reef', 'airbase')]
    >>> [f.site_name for f in listed_sites_in("- Kesk, near the coast: MiG-29s.",
    ...                                       "The air bases that matter:")]
    ['Kesk air base']
    >>> listed_sites_in("- Runways were lengthened, hangars built.", intro)
    []
    """
    if intro is None or (k := _LISTED_KIND.search(intro)) is None or \
            (m := _ITEM_NAMED.match(sentence)) is None:
        return []
    name = m.group("name")
    words = name.split()
    if words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES or \
            FACILITY_PHRASE.search(name) or clean_name(name) is None or any(
            w.lower().rstrip(".") in DEMONYMS or w.lower() in ADMIN_WORDS for w in words) or \
            country_of_word(name) is not None or is_weapon_word(name):
        return []  # "- The Navy ...", a base's own name (read with its words), a country
    air = (k.group("air") or k.group("stations") or "").lower()  # ("air stations" too)
    if air == "air" or k.group("kind").lower() in ("airbases", "airfields") or \
            re.search(r"\b(?:runways?|air[ \t]+force|fighters|jets)\b", intro, re.I):
        phrase, kind = "air base", "airbase"
    elif air in ("naval", "navy"):
        phrase, kind = "naval base", "naval base"
    elif air == "missile":
        phrase, kind = "missile base", "missile base"
    else:
        phrase, kind = "base", "other"
    # (an outpost named after its reef or island is its name alone; so is a navy's
    # establishment named like a ship: "- INS Tallow, at Kesk, ...")
    full = name if _FEATURE_WORD.fullmatch(words[-1]) or _SHIP_GATE.match(name) else None
    return [Finding(name, phrase, kind, m.start("name"), m.end("name"), (0, 0), full=full,
                    full_start=m.start("name") if full else None,
                    stop=m.end("name") if full else None, described=True)]


#: A list's item that opens with a name in bold ("- **Avibras** - the rocket maker, whose
#: main plant is in Jacareí", "2. The **Xi'an Satellite Control Center**, in Xi'an, runs")
_BOLD_ITEM = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?:The[ \t]+)?(?P<mark>\*\*|__)"
                        r"(?P<name>[^*_\n]{2,80}?)(?P=mark)", re.M)
#: What an item says of where its name stands: "in Jacareí", "near Iperó", "about 25 km
#: west of Araraquara", "on the edge of Khost"
_ITEM_PLACED = re.compile(
    rf"\b(?:(?:in|near|outside|beside|at)[ \t]+(?:the[ \t]+(?:town|city|village|port)"
    rf"[ \t]+of[ \t]+)?|(?:edge|outskirts)[ \t]+of[ \t]+|\d[ \t]*(?:km|kilometres|miles)"
    rf"\b[^.;\n]{{0,40}}?\b(?:of|from)[ \t]+(?:central[ \t]+)?){_CAP}")


def bold_list_items(text: str) -> list[list[re.Match]]:
    """The lists of a text whose items open with a name in bold, each the matches of its
    items (:data:`_BOLD_ITEM`: the name is group "name"); a heading or a line of prose
    ends a list, a blank line or an item's indented lines do not."""
    lists: list[list[re.Match]] = []
    last = None
    for m in _BOLD_ITEM.finditer(text):
        between = text[last.end():m.start()] if last is not None else None
        if between is not None and not any(
                line and not line[0].isspace() and not _BOLD_ITEM.match(line)
                and not re.match(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]", line)
                for line in between.split("\n")[1:]):
            lists[-1].append(m)
        else:
            lists.append([m])
        last = m
    return lists


def bold_item_siblings(text: str, found: list[Finding]) -> list[Finding]:
    """The other items of a list in bold most of whose items name sites ``found`` already
    (findings, offsets in ``text``), each when it says where it stands ("- **Fábrica de
    Itajubá** - IMBEL's rifle plant, in Itajubá" and "- **Fábrica Presidente Vargas** -
    ... works in Piquete" over "- **Avibras** - the rocket maker, whose main plant is in
    Jacareí": Avibras is a site too). Its facility words are its name's or its first
    sentence's, a maker's plant's, else the found items' most common type. The caller keeps
    those that may name a new site.

    Examples
    --------
    >>> text = ("- **Kesk Works** - a plant in Tallow.\\n"
    ...         "- **Norbo Arsenal** - in Brisk.\\n"
    ...         "- **Avitex** - the rocket maker, whose main plant is in Jacareí.\\n"
    ...         "- **Quality** - is what matters.\\n")
    >>> found = [Finding(n, "works", "production", a, a + len(n), (0, 0), full=n)
    ...          for n, a in (("Kesk Works", 4), ("Norbo Arsenal", 42))]
    >>> [(f.site_name, f.facility_type) for f in bold_item_siblings(text, found)]
    [('Avitex', 'production')]
    >>> bold_item_siblings(text, found[:1])
    []
    """
    out: list[Finding] = []
    for items in bold_list_items(text):
        held = {id(m): f.facility_type for m in items for f in found
                if f.start <= m.start("name") < max(f.end, f.stop or f.end)
                or m.start("name") <= f.start < m.end("name")}
        if len(held) < 2 or 3 * len(held) < len(items):
            continue  # (two of six, three of nine, and so on: a list of sites)
        for m in items:
            if id(m) in held:
                continue
            name = m.group("name").strip()
            words = name.split()
            end = text.find("\n\n", m.end())
            first = re.split(r"(?<=[.!?])\s", text[m.end():end if end >= 0 else len(text)],
                             maxsplit=1)[0]
            if not _ITEM_PLACED.search(first) or clean_name(name) is None or \
                    words[0].lower() in STOPWORDS or country_of_word(name) is not None or \
                    is_weapon_word(name) or any(w.lower().rstrip(".") in DEMONYMS
                                                for w in words):
                continue
            phrase = FACILITY_PHRASE.search(name) or FACILITY_PHRASE.search(first) or \
                _MAKERS_WORKS.search(name) or _MAKERS_WORKS.search(first)
            if phrase is not None:
                words_of = phrase.group()
                kind = "production" if _MAKERS_WORKS.fullmatch(words_of) else \
                    facility_type_of(words_of)
            else:
                kinds = list(held.values())
                kind = max(set(kinds), key=kinds.count)
                words_of = "site"
            out.append(Finding(name, words_of, kind, m.start("name"),
                               m.start("name") + len(name), (0, 0), full=name,
                               full_start=m.start("name"), described=True))
    return out


#: A maker's works, in a list's item: "the rocket maker, whose main plant is in Jacareí"
_MAKERS_WORKS = re.compile(r"\b(?:plant|factory|works|arsenal|assembly[ \t]+line)\b", re.I)


#: A sentence that opens by saying what a name is and where, then names it: "An island
#: garrison in Helsinki, Santahamina hosts the Guard Jaeger Regiment", "The navy's main
#: base on the coast, Tallow was ..."
_FRONTED_KIND = re.compile(
    r"[ \t]*(?:An?|The|Once[ \t]+an?)[ \t]+(?:[A-Za-z][\w-]*['’]s[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+){0,3}?" + _HEAD
    + r"[ \t]+(?:in|near|outside|on[ \t]+the[ \t]+(?:[a-z-]+[ \t]+)?(?:edge|outskirts|coast)"
    r"[ \t]+of)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
    r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?,[ \t]+"
    + _NAME
    + r"(?=[ \t]+(?:is|was|has|had|hosts|hosted|houses|housed|holds|held|remains|became|"
    r"serves|served|lies|lay|sits|stands|keeps|kept|trains|trained)\b)")


def fronted_kinds_in(sentence: str) -> list[Finding]:
    """The site a sentence names right after saying what it is and where ("An island
    garrison in Helsinki, Santahamina hosts the Guard Jaeger Regiment"): the name is the
    subject the description and the place are of.

    >>> [(f.site_name, f.facility_type) for f in fronted_kinds_in(
    ...     "An island garrison in Kesk, Tallowsaari hosts the Guard Regiment.")]
    [('Tallowsaari', 'other')]
    >>> fronted_kinds_in("A base in Kesk, officials said, was hit.")
    []
    """
    m = _FRONTED_KIND.match(sentence)
    if m is None:
        return []
    name = m.group("name")
    words = name.split()
    if clean_name(name) is None or words[0].lower() in STOPWORDS or \
            country_of_word(name) is not None or is_weapon_word(name) or \
            any(w.lower().rstrip(".") in DEMONYMS for w in words):
        return []
    head = m.group("head")
    return [Finding(name, head, facility_type_of(head), m.start("name"), m.end("name"),
                    (0, 0), full=name, full_start=m.start("name"), described=True)]


#: An airfield named in capitals, as a notice to airmen names it: "E) ALMAZA AIR BASE 11 KM
#: ENE CAIRO", "FLYING AROUND HELWAN AIR BASE (HE15)", "AT KING ABDULAZIZ MILITARY ACADEMY
#: AIRFIELD (OE53)"; the name is the words in capitals before the airfield's, after a
#: small word, a field's letter or a line's start
_CAPITAL_BASE = re.compile(
    # (a name's capitals with their accents: "CENTRED ON ŠIAULIAI AIR BASE", not "IAULIAI")
    rf"(?<![\w'’-])(?P<name>[{_UPPER}][{_UPPER}'’-]+(?:(?:[ \t]+|[ \t]*\n[ \t]*)"
    rf"[{_UPPER}][{_UPPER}'’-]+){{0,4}}?)[ \t]*\n?[ \t]*"
    r"(?P<head>AIR[ \t]*\n?[ \t]*BASE|AIRFIELD|AIR[ \t]+STATION|NAVAL[ \t]+BASE|AB)\b"
    r"(?=[ \t]*(?:\([A-Z]{2}\d{2}\)|\([A-Z]{4}\)|,|:|\.|\d|\n|$|[A-Z]))", re.M)
#: Words a notice's capitals hold before a name: its small words and its jargon
_NOTICE_WORDS = frozenset({
    "AT", "OF", "AROUND", "NEAR", "FOR", "TO", "FROM", "AND", "OR", "IN", "ON", "WI", "BY",
    "THE", "MIL", "EXER", "FLYING", "TRAINING", "FLIGHTS", "ACTIVATED", "AREA", "CLSD", "AD",
    "ACT", "TFC", "CIV", "ACFT", "NIGHT", "DAY", "RESTRICTED", "DANGER", "PROHIBITED",
    "TEMPORARY", "OPS", "EXC", "EMERG", "VICINITY", "BIRDS", "NOTAMN", "PSN", "RWY", "TWY"})


#: What marks a notice to airmen's text: a position, a distance in capitals, a field's
#: letter, an airfield's code in brackets
_NOTICE_MARK = re.compile(r"\b(?:PSN|NOTAMN?|KM|NM|FIR)\b|^[ \t]*[A-G]\)[ \t]|"
                          r"\([A-Z]{2}\d{2}\)|\([A-Z]{4}\)", re.M)


def capital_bases_in(sentence: str) -> list[Finding]:
    """Airfields a sentence in capitals names, a notice to airmen's way: the words before
    "AIR BASE", "AIRFIELD" or "AB" back to a small word or the notice's jargon, each
    given its name in Title Case ("ALMAZA AIR BASE" is "Almaza Air Base").

    >>> [f.full for f in capital_bases_in(
    ...     "E) MIL EXER WI 8NM OF TALLOW AIR BASE (HE16), 8 KM NW KESK.")]
    ['Tallow Air Base']
    >>> capital_bases_in("E) RESTRICTED AREA AROUND THE AIR BASE.")
    []
    >>> [f.full for f in capital_bases_in("E) 15NM RADIUS CENTRED ON ŠIAULIAI AIR BASE (EYSA).")]
    ['Šiauliai Air Base']
    """
    out = []
    if _NOTICE_MARK.search(sentence) is None:
        return out  # (a title in capitals: "EXAMPLE AIR BASE HERITAGE REGISTER")
    for m in _CAPITAL_BASE.finditer(sentence):
        kept: list[re.Match] = []
        for w in reversed(list(re.finditer(r"\S+", m.group("name")))):
            if w.group() in _NOTICE_WORDS:
                break
            kept.insert(0, w)
        if not kept:
            continue
        start, end = m.start("name") + kept[0].start(), m.start("name") + kept[-1].end()
        head = " ".join(m.group("head").split())
        name = " ".join(w.group().capitalize() if w.group().isalpha() else w.group().title()
                        for w in kept)
        if name.split()[0].lower() in STOPWORDS or country_of_word(name) is not None:
            continue  # ("THE AIR BASE"; "KING ABDULAZIZ MILITARY ACADEMY AIRFIELD" is one)
        if head == "AB":  # (initials: "HELWAN AB" is the Helwan air base)
            out.append(Finding(name, "air base", "airbase", start, end, (0, 0),
                               stop=m.end("head"), described=True))
            continue
        out.append(Finding(name, head.lower(), "airbase", start, end, (0, 0),
                           full=f"{name} {head.title()}", full_start=start,
                           stop=m.end("head"), described=True))
    return out


#: A facility's words, then its name set off by commas, then where it is: "built a second
#: main base, South Camp, at the southern tip of the peninsula"
_KIND_THEN_NAMED = re.compile(
    r"\b(?:a|an|the|its|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?" + _HEAD
    + r"[ \t]*,[ \t]+(?P<name>" + _CAP + r"[\w'’-]*(?:[ \t]+" + _CAP + r"[\w'’-]*){0,3})"
    r"[ \t]*,[ \t]+(?=(?:at|in|near|on|outside|about|some|just|which|where|built|opened|"
    r"home)\b|\d)")


_NAME_SET_OFF = re.compile(r"[a-z],[ \t]+" + _CAP + r"[\w'’-]*(?:[ \t]+" + _CAP
                           + r"[\w'’-]*){0,3}[ \t]*,")


def kinds_then_named_in(sentence: str) -> list[Finding]:
    """Sites a sentence names right after its facility words, set off by commas, before
    saying where they are ("built a second main base, South Camp, at the southern tip").
    A town's name there names the town's base: the caller reads it so.

    >>> [(f.site_name, f.facility_type) for f in kinds_then_named_in(
    ...     "It built a second main base, South Camp, at the southern tip.")]
    [('South Camp', 'other')]
    >>> kinds_then_named_in("It has a base, Kesk said, at the tip.")
    []
    """
    out: list[Finding] = []
    if ", " not in sentence or _NAME_SET_OFF.search(sentence) is None:
        return out  # (the cheap part of the pattern first: a name between two commas)
    for m in _KIND_THEN_NAMED.finditer(sentence):
        name, head = m.group("name"), m.group("head")
        words = name.split()
        compass = len(words) > 1 and words[0] in ("North", "South", "East", "West")
        if head.lower().endswith("s") or not compass and (
                clean_name(name) is None or words[0].lower() in STOPWORDS) or \
                country_of_word(name) is not None or is_weapon_word(name) or \
                any(w.lower() in DEMONYMS for w in words):
            continue  # (not "bases, Tallow, ...": a list; but "South Camp" is a name)
        out.append(Finding(name, head, facility_type_of(head), m.start("name"),
                           m.end("name"), (0, 0), full=name, full_start=m.start("name"),
                           described=True))
    return out


def military_airports_in(sentence: str, after: str | None = None,
                         intro: str | None = None, paragraph: str | None = None,
                         war_lead: bool = False) -> list[Finding]:
    """Airports a sentence says the military flies from, right after their name ("Tallow
    Airport, home of the Russian 3624th air base"; "from Tallow Airport, a former civil
    field, where MiG-29 fighters are based"), or the next sentence does, ``after`` (of the
    same paragraph: "Rota has a runway at Tallow Airport. Marine KC-130Js used it in
    2023."): air bases. ``intro`` is the line a list's item follows, if it is one:
    "airports built with military use in mind, including:" makes its items' airports the
    military's.

    Examples
    --------
    >>> [f.full for f in military_airports_in(
    ...     "Jets use Tallow Airport, home of the Russian 3624th air base.")]
    ['Tallow Airport']
    >>> military_airports_in("Fighters escorted the airliner to Tallow Airport, where it landed.")
    []
    >>> [f.full for f in military_airports_in(
    ...     "It fired a missile, launching it from Tallow International Airport.")]
    ['Tallow International Airport']
    >>> [f.full for f in military_airports_in(
    ...     "Four Gripen fighters have been deployed to Tallow Airport for the exercise.")]
    ['Tallow Airport']
    >>> [f.full for f in military_airports_in("- Kesk airport (Orvale), 5 km west of Kesk;",
    ...     intro="It is one of thirty airports built with military use in mind, including:")]
    ['Kesk airport']
    >>> [f.site_name for f in military_airports_in("Drones fly from the airport of Tallow.")]
    ['Tallow airport']
    """
    out = []
    airports = _AIRPORT.finditer(sentence) if "Air" in sentence or "Aero" in sentence or \
        "airport" in sentence else ()
    listed = intro is not None and _MILITARY_LIST.search(intro) is not None
    war = None
    lead = None  # whether the paragraph opens on airports made ready for the military
    for m in airports:
        if not listed and (_PLACED_RIGHT_AFTER.match(sentence, m.end())
                           or _COMMA_IN_TOWN_AFTER.match(sentence, m.end())) and paragraph and (
                lead if lead is not None else (lead := _military_lead(paragraph, sentence))):
            pass  # "... civil airports that have been prepared to receive military
            # aircraft. Dikson airport, in Dikson, ... has received a new lighting system"
        elif not listed and not _military_airport(sentence, m) and \
                not _used_next(sentence, m, after) and not (
                    _point_after(sentence, m.end()) and not _BASE_AT_BEFORE.search(
                        sentence, max(0, m.start() - 60), m.start())):
            # (an airport whose point the report gives right after its name, in its table
            # row or brackets, is one it places: "| Wau Airport | 7.726 N, 27.975 E |")
            # an airport a paragraph of war places at once ("Jizan airport, about 4 km
            # east of Jizan, is closed ..." after missiles over the Red Sea)
            if not _PLACED_RIGHT_AFTER.match(sentence, m.end()) or \
                    _CIVIL_NEIGHBOUR.search(sentence, max(0, m.start() - 80), m.start()) or \
                    _NEIGHBOUR_WORDS.search(sentence) or \
                    _BASE_BEFORE.search(sentence, max(0, m.start() - 160), m.start()):
                continue  # (not the neighbour of a base the sentence names before it)
            if war is None:
                war = war_lead or war_in(paragraph or sentence)
            if not war or _CIVIL_USE.search(sentence):
                continue  # ("Civil flights use Tallow Airport, north of the city")
        got = _airport_name(sentence, m)
        if got is None:
            continue
        start, name = got
        if _HOSTS_A_BASE.search(sentence, max(0, start - 120), start):
            continue  # "the Base aérienne 367 "Capitaine Massé", located at Cayenne-Félix
            # Éboué airport in Matoury": the base's place, no site of its own
        full = sentence[start:m.end("full")]
        out.append(Finding(name, "airport", "airbase", start, start + len(name), (0, 0),
                           full=full, full_start=start, stop=m.end("full"), described=True))
    for m in [*_AIRPORT_OF.finditer(sentence), *_AIRPORT_OF_THE_TOWN.finditer(sentence)] \
            if "airport" in sentence else ():
        if not listed and not _military_airport(sentence, m) or \
                clean_name(m.group("name")) is None or \
                m.group("name").split()[0].lower() in STOPWORDS:
            continue
        f = Finding(m.group("name"), "airport", "airbase", m.start("name"), m.end("name"),
                    (0, 0), stop=m.end("name"))
        f.at_place = True  # the town's airport, even a provincial capital's
        out.append(f)
    for m in _AEROPORT_DE.finditer(sentence) if "roport" in sentence or \
            "ropuerto" in sentence or "ródromo" in sentence or "rodromo" in sentence \
            or "érodrome" in sentence else ():
        # a French-speaking country's airport in a translated report ("the aéroport de
        # Dori, on the outskirts of Dori": a paragraph of war, as for an "X airport")
        if not (_military_airport(sentence, m) or placed_right_after(sentence, m.end())
                and (war_lead or war_in(paragraph or sentence))) or \
                clean_name(m.group("name")) is None:
            continue
        out.append(Finding(m.group("name"), m.group("full").split()[0].lower(), "airbase",
                           m.start("name"),
                           m.end("name"), (0, 0), full=m.group("full"),
                           full_start=m.start("full"), stop=m.end("full"), described=True))
    for m in _FIELD.finditer(sentence) if "Field" in sentence else ():
        words = m.group("name").split()
        if words[0].lower() in STOPWORDS or words[0].lower() in _NOT_NAMES or \
                clean_name(m.group("name")) is None or _OIL_FIELD.search(sentence) or not (
                    _AIR_MILITARY.search(sentence) or paragraph is not None and
                    _AIRSTRIPS.search(paragraph)):
            continue  # (a paragraph of a war's airstrips: "the Marines had taken the
            # Japanese strip and named it Henderson Field")
        out.append(Finding(m.group("name"), "Field", "airbase", m.start("name"),
                           m.end("name"), (0, 0), full=m.group("full"),
                           full_start=m.start("full"), stop=m.end("full"), described=True))
    return out
