"""Sites a sentence names by saying what they are (catalog.ingest.descriptions). The texts
are written for these tests."""

from __future__ import annotations

import pytest

from catalog.ingest import Ingester
from catalog.ingest.descriptions import (
    _NATIVE_AFTER_WORDS,
    NATIVE_BASE_WORDS,
    abbreviated_air_bases_in,
    air_bases_flown_from,
    air_bases_hosting,
    air_stations_named_first_in,
    bare_air_bases_in,
    company_works_in,
    described_in,
    described_near,
    french_centres_in,
    glued_barracks_in,
    head_first_in,
    heading_named_by_initials,
    headquarters_in,
    initials_at_their_place_in,
    kind_word_then_name_in,
    listed_sites_in,
    military_airports_in,
    nuclear_test_sites_in,
    numbered_bases_in,
    numbered_centres_in,
    numbered_kind_bases_in,
    numbered_native_bases_in,
    outposts_in,
    plural_siblings,
    radar_sites_in,
    reactor_sites_at,
    reactors_by_designation,
    typed_rows_in,
    weapons_kept_at,
    zavods_in,
)
from catalog.ingest.names import Finding, facility_sentences
from catalog.ingest.scan import lowered


@pytest.mark.parametrize("sentence, found", [
    ("Kapustin Yar, Russia's oldest missile test range, fired again.",
     [("Kapustin Yar", "missile test range", "test site")]),
    # after a phrase opening the sentence, a verb's object ("For comparison we imaged X, the
    # base"), not the phrase's own words ("Under its designation X, the airfield")
    ("For comparison we imaged Tallow Garcia, the air base near Kesk.",
     [("Tallow Garcia", "air base", "airbase")]),
    ("Under its old designation Kestrel, the airfield was used.", []),
    ("Kapustin Yar, about 90 km east of Volgograd, is Russia's oldest missile test range.",
     [("Kapustin Yar", "missile test range", "test site")]),
    # after "At" opening the sentence (a heading's word before it)
    ("NAVAL At Tallow, the submarine base on the east coast, a pier was built.",
     [("Tallow", "submarine base", "naval base")]),
    # after a place that opens the sentence
    ("In Orvale, Tallow-Kesk, about 5 km west of Holt, is the base of the patrol aircraft.",
     [("Tallow-Kesk", "base", "other")]),
    # a time between the verb and what the name was
    ("Tallow-3, about 27 km east of Kesk, was until 2022 the base of the fleet's fighters.",
     [("Tallow-3", "base", "other")]),
    ("Tallow was, from 1958, a bomber base.", [("Tallow", "bomber base", "airbase")]),
    ("Parchin is one of Iran's largest military sites.",
     [("Parchin", "military site", "other")]),
    ("Israel struck a site at Jamraya, a military research centre near Damascus.",
     [("Jamraya", "military research centre", "other")]),
    # a name in Markdown's bold, a spoken dash, a project of the facility's kind
    ("**Tallow** - the fast reactor project on Kesk Island, grows.",
     [("Tallow", "reactor", "nuclear")]),
    # a translator's bracket says what the place named before it is
    ("The enemy fired at Tallow [the air base about 10 km west of the town], and at Holt.",
     [("Tallow", "air base", "airbase")]),
    ("Missiles struck several air bases, including Nur Khan near Rawalpindi and Sargodha in "
     "Punjab, the army said.",
     [("Nur Khan", "air base", "airbase"), ("Sargodha", "air base", "airbase")]),
    # ... in a country, each after "at"; in brackets; after a colon at the sentence's end
    ("Israel struck missile production sites in Iran, including at Parchin and Khojir.",
     [("Parchin", "missile production site", "production"),
      ("Khojir", "missile production site", "production")]),
    ("Drones struck two air bases (Tarsin and Holt) overnight.",
     [("Tarsin", "air base", "airbase"), ("Holt", "air base", "airbase")]),
    ("The bombers moved to air bases in the Far East: Tarsin and Holt.",
     [("Tarsin", "air base", "airbase"), ("Holt", "air base", "airbase")]),
    ("Excluded: deployments to bases in the continental Testland (Tarsin, Holt), and ships.",
     [("Tarsin", "base", "other"), ("Holt", "base", "other")]),
    # names listed before the plural words that describe the last ("... and Y, the bases");
    # a type's designation makes a base an air base
    ("3.2 Tarsin and Holt, the F-15 and F-35I bases, were described last year.",
     [("Holt", "air base", "airbase"), ("Tarsin", "air base", "airbase")]),
    ("And of course Orvale, the Tu-22M3 and Tu-95 base near Kestrel, was hit.",
     [("Orvale", "air base", "airbase")]),
    # after a verb of commissioning, or "was": "the real target was X, the city's other
    # airfield"
    ("2017 - The navy commissions PNS Tarsin, a naval air station at Holt, for patrols.",
     [("PNS Tarsin", "naval air station", "airbase")]),
    ("The real target was Tarsin Tsentralny, the city's other airfield, sources said.",
     [("Tarsin Tsentralny", "airfield", "airbase")]),
    # ... but not words in brackets or after a colon that go on otherwise
    ("Drones struck missile sites (Orvale said none) overnight.", []),
    ("Two air bases: Tarsin was hit.", []),
    ("Eight new aircraft shelters (HAS) stand at the runway's end.", []),
    # a hard-wrapped list, broken before "and"
    ("They train at air bases such as Tarsin\nand Holt.",
     [("Tarsin", "air base", "airbase"), ("Holt", "air base", "airbase")]),
    ("Ships sailed from Souda Bay, a NATO naval base on Crete.",
     [("Souda Bay", "naval base", "naval base")]),
    # a numbered paragraph, a lettered note, a speaker in a transcript before the subject
    ("4.2 Orvansk remains Russia's main plutonium production site.",
     [("Orvansk", "plutonium production site", "nuclear")]),
    ("c. Tallow Flats is a missile training area, not a base.",
     [("Tallow Flats", "missile training area", "missile base")]),
    ("ANNA REYES: Kestrel-dong is a high-explosives testing area near the river.",
     [("Kestrel-dong", "testing area", "test site")]),
    # a translator's or an editor's note, a digest item's rule over the line; two
    # asides between the name and its verb, and a line broken after it
    ("[Editor's note: Tallowby is the main bomber base of the region.]",
     [("Tallowby", "bomber base", "airbase")]),
    ("-----------\nTallowby is the navy's main submarine base.",
     [("Tallowby", "submarine base", "naval base")]),
    ("Orvale (Orv), about 30 km south of Kestrel, the seat of the district, is\nthe largest "
     "missile base in the north.", [("Orvale", "missile base", "missile base")]),
    # a clause after "and" or a semicolon; an airfield by its older words
    ("The Holt airfield was upgraded in 2025, and Tallow Flats remains a landing ground "
     "for transports.", [("Tallow Flats", "landing ground", "airbase")]),
    ("Holt has fighters; Orvansk is the main bomber base of the north.",
     [("Orvansk", "bomber base", "airbase")]),
    # a list of names then said to be facilities of the plural's kind
    ("– Tarsin, Holt and Orvale, described by the army as radar and air defence sites.",
     [("Tarsin", "air defence site", "other"), ("Holt", "air defence site", "other"),
      ("Orvale", "air defence site", "other")]),
    ("Struck: Tarsin and Holt, identified as the main missile bases.",
     [("Tarsin", "missile base", "missile base"), ("Holt", "missile base", "missile base")]),
    # a kind joined by "and" to the facility words
    ("Orvansk is a major reprocessing and isotope production centre.",
     [("Orvansk", "isotope production centre", "nuclear")]),
    # an owner after "the"; a dash, a bracket, a relative clause setting the words off
    ("Tallowby, the nation's only warhead assembly plant, lies 27 km north of Orvale.",
     [("Tallowby", "warhead assembly plant", "production")]),
    ("Quillfield — the reprocessing site on the coast — stores plutonium.",
     [("Quillfield", "reprocessing site", "nuclear")]),
    ("Quillfield (the reprocessing site on the coast) stores plutonium.",
     [("Quillfield", "reprocessing site", "nuclear")]),
    ("Quillfield, which is the country's main reprocessing site, stores plutonium.",
     [("Quillfield", "reprocessing site", "nuclear")]),
    # after a verb of a strike; aircraft by their designations among the adjectives
    ("Overnight a drone struck Tallowby, the main Tu-22 and Su-34 air base in the south.",
     [("Tallowby", "air base", "airbase")]),
    ("Rockets hit Orvale, a fighter base near the border.",
     [("Orvale", "fighter base", "airbase")]),
    # ... or after any verb
    ("Jets left Tallowby, the air base at Holt, at dawn.", [("Tallowby", "air base", "airbase")]),
    # the description first, the name after it
    ("Warheads go to the nation's only warhead assembly plant, Tallowby.",
     [("Tallowby", "warhead assembly plant", "production")]),
    ("Britain's reprocessing site, Quillfield, stores plutonium.",
     [("Quillfield", "reprocessing site", "nuclear")]),
    # its region after the name, a clause wrapped over a line's end, "until"; an owner's
    # possessive before the name is no part of it
    ("Kesk Bay in Orvale, about 7 km west of\nTallow, was a SAC bomber base until 1976.",
     [("Kesk Bay", "bomber base", "airbase")]),
    ("Orvale's Tallowby, the old Kesk, was a French naval base until 1973.",
     [("Tallowby", "naval base", "naval base")]),
    # a closed city's code name, its name of today between ("design": not alone)
    ("Tallow-16, now Kesk, was the weapons design centre.",
     [("Tallow-16", "weapons design centre", "other")]),
    # names a count of plural facility words sums up
    ("It said jets sat at Tallowby and at Quillfield\", two air bases in the west.",
     [("Tallowby", "air base", "airbase"), ("Quillfield", "air base", "airbase")]),
    # a list's or a thread's item: the name, a dash and what it is, with no article
    ("5/ Tallowby — helicopter and Be-12 base on the coast.",
     [("Tallowby", "air base", "airbase")]),
    ("- **Quillfield** - former missile base, now a museum.",
     [("Quillfield", "missile base", "missile base")]),
    # a particle between a name's words
    ("* Campo de Tallow Brigadeiro Kesk - a weapons test range in the south of Holt state.",
     [("Campo de Tallow Brigadeiro Kesk", "weapons test range", "test site")]),
])
def test_a_name_said_to_be_a_facility_is_a_finding(sentence, found):
    got = described_in(sentence)
    assert [(f.name, f.phrase, f.facility_type) for f in got] == found
    assert all(f.described for f in got)
    assert all(sentence[f.start:f.end] == f.place for f in got)


@pytest.mark.parametrize("sentence", [
    "Pyongyang is the capital of North Korea.",
    "Lewis, a senior fellow at the Middlebury Institute, said so.",
    "Russia, a nuclear power, said nothing.",
    "In March, the missile base was quiet.",
    "Trump, the US President, visited the air base.",
    "Iranian officials, the report said, toured the plant.",
    "The Sinpo South Shipyard, a submarine base, was busy.",  # a full name: names.py reads it
    # a place of the past or of civil life, though the sentence calls it a site
    "Hazor, the ancient site excavated in the 1950s, lies north of the lake.",
    "Kaesong, a World Heritage site, drew tourists.",
    # a speaker's question, a town and a base: not a name said to be a facility
    "Q: Which site is a test site?",
    "Orvansk is a river port and a naval base.",
    "12 Analysts is a missile test site blog.",
    # facility words that are a person's or a firm's attribute
    "Adams, the air base commander, said so.",
    "The blast hit Adams, the base commander, and two guards.",
    "It was Tallow, the reactor project manager, who spoke.",
    "Vell, the reactor builder, said so.",
    "Jones — the site manager — agreed.",
    "Adams is the base commander.",
    "The jets left, and Adams is the base commander now.",
    # one facility's words after two names; a country in the list
    "Tarsin and Holt, described as a missile base, were hit.",
    "France and Spain, identified as host nations of the bases, agreed.",
    # a sentence opening on a place ("At the base,"); a description of no kind
    "At the air base, Adams, a pilot, said hello.",
    "In Orvale, at the naval base, Adams, a pilot, said hello.",
    "The second site, Aegis Ashore Tallow, took longer.",
    # a possessive before plural facility words or before a word they qualify
    "Orvansk's missile bases are many.",
    "Orvansk's reactor staff went home.",
    # an item's label, code or a name with an en dash inside; no colon
    "Update — naval base struck overnight.",
    "D05 - Tallow Air Base, Andalusia, served as a tanker hub.",
    "Tallow Laue–Kesk high-flux reactor, Grenoble.",
    "Categories: Nuclear power stations in Orvansk",
    "Apple opened the Tallow design centre, a design centre.",
    # a count of other things than facilities
    "Tallowby and Quillfield, two defence firms with plants here, bid.",
])
def test_what_is_not_a_described_site(sentence):
    assert described_in(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Tallowberg, Africa's only nuclear power plant, stands on the coast.",
    "Tallowberg, Orvansk's largest nuclear power plant, stands on the coast.",
])
def test_a_possessive_of_the_world_or_one_of_a_kind_says_what_the_named_site_is(sentence):
    # the plant is Tallowberg, not a plant of "Africa" (a village's name too) or Orvansk
    assert [(f.name, f.place_only) for f in described_in(sentence)] == [("Tallowberg", False)]


def test_a_possessive_before_facility_words_is_a_place_only_finding():
    """"Orvansk's reactor": the name is a site's only where a town bears it (a person's
    possessive is written alike), which the ingester checks."""
    (f,) = described_in("Satellites watched Orvansk's ageing reactor.")
    assert (f.name, f.phrase, f.facility_type, f.place_only) == (
        "Orvansk", "reactor", "nuclear", True)
    (g,) = described_in("Kapustin Yar, Russia's oldest missile test range, fired again.")[:1]
    assert not g.place_only
    # ... but not before a proper name: "Orvansk's Tallow air base" is Tallow's
    assert described_in("Jets flew from Orvansk's Tallow air base.") == []
    assert [f.name for f in described_in("Jets flew from Orvansk's Northern air base.")] == [
        "Orvansk"]


def test_a_designation_beside_a_described_one_of_its_letters_is_one_too():
    sentence = ("TLRR-1, a Soviet-supplied reactor, began in 1961; TLRR-2, a design of "
                "Orvale's, in 1997.")
    assert [(f.name, f.phrase, f.facility_type) for f in described_in(sentence)] == [
        ("TLRR-1", "reactor", "nuclear"), ("TLRR-2", "reactor", "nuclear")]


def test_a_designation_of_other_letters_is_not_taken_along():
    sentence = "TLRR-1, a Soviet-supplied reactor, began in 1961; KX-2 missiles came later."
    assert [f.name for f in described_in(sentence)] == ["TLRR-1"]


@pytest.mark.parametrize("sentence, found", [
    ("Jets left PAF Base Masroor at dawn.", [("PAF Base Masroor", "Masroor", "airbase")]),
    # the air force's country opening the name ("Royal" too); not any capital before it
    ("Jets left Nigerian Air Force Base Tallow at dawn.",
     [("Nigerian Air Force Base Tallow", "Tallow", "airbase")]),
    ("Jets left Royal Thai Air Force Base Tallow at dawn.",
     [("Royal Thai Air Force Base Tallow", "Tallow", "airbase")]),
    ("On Monday Air Force Base Tallow was shut.",
     [("Air Force Base Tallow", "Tallow", "airbase")]),
    # Japan's forces abroad, their country first (not the sentence's "The")
    ("The Japan Self-Defense Force Base Tallow sits next to the airport.",
     [("Japan Self-Defense Force Base Tallow", "Tallow", "other")]),
    ("At Japan Self-Defense Force Base Tallow, jets land.",
     [("Japan Self-Defense Force Base Tallow", "Tallow", "other")]),
    # the U.S. forces' posts abroad by their kind
    ("The Mission Support Site Tallow was rocketed.",
     [("Mission Support Site Tallow", "Tallow", "other")]),
    ("P-3s use Cooperative Security Location Tallow.",
     [("Cooperative Security Location Tallow", "Tallow", "other")]),
    # a base's name in its country's language; across a line's end; another name of a
    # base spoken of (in brackets, or "known as") is no site of its own
    ("Jets flew from Fliegerhorst Büchel at dawn.",
     [("Fliegerhorst Büchel", "Büchel", "airbase")]),
    ("Aviano and the Base aerea di Tallow are among them.",
     [("Base aerea di Tallow", "Tallow", "airbase")]),
    ("Submarines sail from the base opérationnelle de l'Île Tallow, near Kesk.",
     [("base opérationnelle de l'Île Tallow", "Île Tallow", "other")]),
    # ... but a service after the elided article is no place ("de l'Armée de Terre")
    ("The last troops left the base opérationnelle de l'Armée de Terre at Kesk.", []),
    # an army's barracks in its country's language
    ("Paratroopers came home to Caserma Del Tallow, on the edge of Kesk.",
     [("Caserma Del Tallow", "Del Tallow", "other")]),
    ("The Base d'aéronautique navale de Tallow [BAN Tallow] shares a runway.",
     [("Base d'aéronautique navale de Tallow", "Tallow", "airbase")]),
    # a ship's prefix before the name; a navy's own yard
    ("9/12 Orvale: Base Naval ARC Tallow in Kesk is the main base.",
     [("Base Naval ARC Tallow", "ARC Tallow", "naval base")]),
    ("The Arsenal de Marinha do Tallow on Kesk Island repairs frigates.",
     [("Arsenal de Marinha do Tallow", "Tallow", "naval base")]),
    # a recruit depot by its place
    ("Marine Corps Recruit Depot Tallow Island turns out Marines.",
     [("Marine Corps Recruit Depot Tallow Island", "Tallow Island", "other")]),
    ("Ships left Base\nAeronaval Comandante Espora at dawn.",
     [("Base\nAeronaval Comandante Espora", "Comandante Espora", "airbase")]),
    ("The Base Naval de Testa hosts destroyers.",
     [("Base Naval de Testa", "Testa", "naval base")]),
    # ... with "dos" between ("Base Aérea dos Afonsos"); an arms works in Spanish or
    # Portuguese
    ("* Base Aérea dos Tallows - about 20 km west of central Kesk.",
     [("Base Aérea dos Tallows", "Tallows", "airbase")]),
    ("Fábrica Militar Río Tallow, in the town of Río Tallow, makes ammunition.",
     [("Fábrica Militar Río Tallow", "Río Tallow", "production")]),
    ("- **Fábrica de Tallowá** - the rifle plant, in Tallowá.",
     [("Fábrica de Tallowá", "Tallowá", "production")]),
    ("The Testa naval base (Marinebasis Testa) grew.", []),
    # a translated report's French and German words for plants and stores
    ("The Kernkraftwerk Testrup was shut down in 2021.",
     [("Kernkraftwerk Testrup", "Testrup", "nuclear")]),
    ("The Zwischenlager Testrup holds 113 casks.",
     [("Zwischenlager Testrup", "Testrup", "storage")]),
    ("The centrale nucléaire de Testa started its EPR.",
     [("centrale nucléaire de Testa", "Testa", "nuclear")]),
    ("The Transportbehälterlager Testrup holds 113 casks.",
     [("Transportbehälterlager Testrup", "Testrup", "storage")]),
    # a shaft is a repository's only in a sentence of the atom
    ("Schacht Testrup, a former iron-ore mine, will take nuclear waste.",
     [("Schacht Testrup", "Testrup", "storage")]),
    ("Schacht Testrup, a former iron-ore mine, is a museum.", []),
    # another name in brackets after a line's end
    ("The Testrup plant\n(Kernkraftwerk Testrup) lies on the Aare.", []),
    # ... but a unit's name before the bracket names no facility of which it is another name
    ("| 1 | Fighter Wing Testrup (Flyvestation Testrup) | Denmark |",
     [("Flyvestation Testrup", "Testrup", "airbase")]),
    ("The base, known in Spanish as the Base Naval de Testa, grew.", []),
    # a person's initials before the name the base bears
    ("Jets left PAF Base M.M. Alam at dawn.",
     [("PAF Base M.M. Alam", "M.M. Alam", "airbase")]),
    ("US ships use Naval Station Rota in Spain.",
     [("Naval Station Rota", "Rota", "naval base")]),
    ("Army Aviation Base Tallow at Kesk was hit.",
     [("Army Aviation Base Tallow", "Tallow", "airbase")]),
    ("The Base Commander said the 39th Air Base Wing flew.", []),
    ("Traffic on Station Road was light near the Incirlik Air Base.", []),
    ("Naval Support Facility Diego Garcia is on the atoll.",
     [("Naval Support Facility Diego Garcia", "Diego Garcia", "naval base")]),
    ("Naval Support Activity Bahrain hosts the fleet.",
     [("Naval Support Activity Bahrain", "Bahrain", "naval base")]),
    # a Sri Lanka Air Force base, an Indian Air Force Station written short
    ("Transports flew from SLAF Tallowpura on Monday.",
     [("SLAF Tallowpura", "Tallowpura", "airbase")]),
    ("The radar at AF Stn Tallowpur was upgraded.",
     [("AF Stn Tallowpur", "Tallowpur", "airbase")]),
    # Hindi's "of" inside a place's name of three words
    ("Work continues at Air Force Station Tallow Ka Kesk near Holt.",
     [("Air Force Station Tallow Ka Kesk", "Tallow Ka Kesk", "airbase")]),
    # a strategic service's words before the facility word
    ("Missiles are handled at the Strategic Weapons Facility Tallow, on the base.",
     [("Strategic Weapons Facility Tallow", "Tallow", "other")]),
    # a publication's title: no place after the facility word
    ('Guest: Y. Kesk, author of "Tallow Spaceport Guide 2025".', []),
    # a line of a hard-wrapped text may break inside the words
    ("Australia's sites are inland. The Joint\nDefence Facility Tallow Gap, south-west of\n"
     "Kesk, is a ground station.",
     [("Joint\nDefence Facility Tallow Gap", "Tallow Gap", "other")]),
    # one more shore establishment named like a ship, "and" in its place, after one
    ("INS Tallow, the helicopter base in Kesk, and INS Holt in Orvale trained.",
     [("INS Tallow", "Tallow", "naval base"), ("INS Holt", "Holt", "naval base")]),
    ("INS Tallow, the helicopter base in Kesk, is busy, and INS Holt in Orvale sailed.",
     [("INS Tallow", "Tallow", "naval base")]),
    # what a programme or a budget head is about is no place
    ("The Modernisation of Airfield Infrastructure (MAFI) project was sanctioned.", []),
    ("Funds for Naval Station Security were cut.", []),
    # a Canadian forward operating location
    ("CF-18s deploy to FOL Tallowvik, on the western edge of the town.",
     [("FOL Tallowvik", "Tallowvik", "airbase")]),
    # a Canadian army garrison by its place's name (not a man called Garrison)
    ("The brigade moved to Garrison Tallowawa, about 160 km north-west of Kesk.",
     [("Garrison Tallowawa", "Tallowawa", "other")]),
    ("Garrison Keillor told stories about the town.", []),
    # a base's number opens its name
    ("Rafales landed at the 91st Air Force Base Tallow-Pleso on Friday.",
     [("91st Air Force Base Tallow-Pleso", "Tallow-Pleso", "airbase")]),
    ("The Facility Manager said Activity Reports were late.", []),
    # a centre named after a person or a body: the whole name, no word of it a place
    ("Across the road sits the **Indira Gandhi Centre for Atomic Research** (IGCAR).",
     [("Indira Gandhi Centre for Atomic Research", "Indira Gandhi Centre for Atomic Research",
       "nuclear")]),
    ("The reactor at the Tallow Institute of Nuclear Sciences outside Kesk was shut.",
     [("Tallow Institute of Nuclear Sciences", "Tallow Institute of Nuclear Sciences",
       "nuclear")]),
    ("Scientists at Russia's Joint Institute for Nuclear Research in Dubna confirmed it.",
     [("Joint Institute for Nuclear Research", "Joint Institute for Nuclear Research",
       "nuclear")]),
    # "and" a second field; a word hyphenated across a line break (text from a PDF)
    ("Staff of the Tal-\nvania Institute of Nuclear Science and Technology (TINST) left.",
     [("Tal-\nvania Institute of Nuclear Science and Technology",
       "Talvania Institute of Nuclear Science and Technology", "nuclear")]),
    # ... and of chemical and biological defence
    ("The Tallow Institute for Biological Research in Kesk makes vaccines.",
     [("Tallow Institute for Biological Research", "Tallow Institute for Biological Research",
       "other")]),
    # ... and high-containment laboratories of pathogens, a name in capitals after
    ("The Tallow Institute of Virology runs a BSL-4 laboratory.",
     [("Tallow Institute of Virology", "Tallow Institute of Virology", "other")]),
    ("The State Research Center of Virology and Biotechnology TALLOW in Kesk grew.",
     [("State Research Center of Virology and Biotechnology TALLOW",
       "State Research Center of Virology and Biotechnology TALLOW", "other")]),
    ("The State Research Center for Applied Microbiology at Kesk works on anthrax.",
     [("State Research Center for Applied Microbiology",
       "State Research Center for Applied Microbiology", "other")]),
    ("The Center for Strategic and International Studies said so.", []),
    ("Experts at the Asan Institute for Nuclear Studies disagreed.", []),  # a think tank
    ("Inspectors checked the IAEA Facility Attachment for Fordow last year.", []),
])
def test_facility_words_first_then_the_name(sentence, found):
    assert [(f.full, f.name, f.facility_type) for f in head_first_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    # a service's and a kind's words before the facility word
    ("Naval Submarine Base Quill Harbour, in the south, is the boats' home.",
     [("Naval Submarine Base Quill Harbour", "Quill Harbour", "naval base")]),
    ("Marine Corps Air Station Tarrow hosts F-35s.",
     [("Marine Corps Air Station Tarrow", "Tarrow", "airbase")]),
    ("Rafales will go to Air Force Station Kestrel soon.",
     [("Air Force Station Kestrel", "Kestrel", "airbase")]),
    # an air force's, a navy's or an atomic establishment's acronym before a place
    ("Jets left RAF Tallowby, like those at RAF Orvale, at dawn.",
     [("RAF Tallowby", "Tallowby", "airbase"), ("RAF Orvale", "Orvale", "airbase")]),
    ("Warheads are stored at RNAD Quillport, on the loch.",
     [("RNAD Quillport", "Quillport", "naval base")]),
    ("Tritium comes from CEA Varenne, in Burgundy.", [("CEA Varenne", "Varenne", "nuclear")]),
    # a camp of troops
    ("US forces at Camp Tessier share the airport's runway.",
     [("Camp Tessier", "Tessier", "other")]),
    # a table's columns: one space joins the words of a name, not a column's gap
    ("1  Kestrel Air Base            Qatar     USAF", []),
    # a joint defence facility, a navy's fleet activities
    ("The Joint Defence Facility Quill Gap is near the town.",
     [("Joint Defence Facility Quill Gap", "Quill Gap", "other")]),
    ("United States Fleet Activities Tarrow (CFAT) is in the city of Tarrow.",
     [("United States Fleet Activities Tarrow", "Tarrow", "naval base")]),
    # a training ground or a school by its kind, its place last, its owner's words first
    ("The Marine Corps Air Ground Combat Center Tallow Palms (MCAGCC) is hot.",
     [("Marine Corps Air Ground Combat Center Tallow Palms", "Tallow Palms", "other")]),
    ("- 4th Testian Division Training Centre Kesk (formerly Area Training Centre Kesk): "
     "a training area.",
     [("4th Testian Division Training Centre Kesk", "Kesk", "other"),
      ("Area Training Centre Kesk", "Kesk", "other")]),
    ("Pilots learn at Central Flying School Tarrowweg.",
     [("Central Flying School Tarrowweg", "Tarrowweg", "airbase")]),
    # a Soviet army's compound by its number
    ("Anthrax escaped from Military Compound 19 in Kesk in 1979.",
     [("Military Compound 19", "Military Compound 19", "other")]),
    # two names an en dash joins
    ("The task force will be based at Joint Base Tallow–McKesk, near Testville.",
     [("Joint Base Tallow–McKesk", "Tallow–McKesk", "other")]),
    # ... not a route's two ends
    ("Troops drove convoys along the Camp Tallow–Kesk Gah road to the capital.",
     [("Camp Tallow", "Tallow", "other")]),
    # a defence force's station; the United States' words opening the name
    ("Further north, the Defence Communications Station Tallow, near Kesk, is the hub.",
     [("Defence Communications Station Tallow", "Tallow", "other")]),
    ("- the U.S. Naval Communication Station San Tallow, in Kesk, relayed broadcasts.",
     [("U.S. Naval Communication Station San Tallow", "San Tallow", "naval base")]),
])
def test_a_name_put_after_a_service_or_its_acronym(sentence, found):
    got = head_first_in(sentence)
    assert [(f.full, f.name, f.facility_type) for f in got] == found
    assert all(f.named_first for f in got)


@pytest.mark.parametrize("sentence", [
    "RAF Typhoons flew over the town.",  # an aircraft
    "RAAF Caribous flew in the supplies to the camp.",  # another
    "The CEA Director spoke in Paris.",  # a person
    "It was built in 1942 as RAF Tallowby and is now an Israeli base.",  # a former name
    "Barcelona played at Camp Nou on Sunday.",  # a stadium
    "Detainees at Camp Tessier were moved by the army.",  # a prison camp
    "The Facility Manager said Activity Reports were late.",
    "The Space Station Freedom was never built.",
    "The Ministry of Defence Facility Review Board met.",  # no joint facility
    "The Fleet Activities Review came out late.",  # no navy's fleet activities
    "Fleet Activities Planning starts in May.",
    "The Fleet Activities Board met.",
    "The Commando Training Centre Royal Marines trains recruits.",  # its owner, no place
    "At Training Centre Kesk recruits learn.",  # no owner's words before
])
def test_an_acronym_or_a_camp_before_what_is_no_facility(sentence):
    assert head_first_in(sentence) == []


def test_a_camp_of_a_division_is_a_facility():
    # "The 2nd Infantry Division moved to Camp Casey": a division's words are troops' too
    sentence = "The 2nd Infantry Division moved to Camp Tallow, in Kesk, in 1971."
    assert [f.full for f in head_first_in(sentence)] == ["Camp Tallow"]


def test_a_camp_in_a_report_on_defence_is_a_facility():
    # "Near Pituffik lies Camp Tuto, the old American ice-cap camp ..." in a report whose
    # lead speaks of the defence minister: a military camp (not a scouts' camp)
    sentence = "Near Kesk lies Camp Tallow, the old ice-cap camp, long abandoned."
    assert [f.full for f in head_first_in(
        sentence, "The defence minister presented the agreement.")] == ["Camp Tallow"]
    assert head_first_in(sentence, "Scouts presented the agreement.") == []


def test_a_training_camp_that_held_prisoners_of_war_is_a_facility():
    # "In Tullahoma, Camp Forrest was one of the Army's largest training bases ... and held
    # German and Italian prisoners of war": an army's camp (a prison camp is not)
    sentence = "In Kesk, Camp Tallow was an army training base and held prisoners of war."
    assert [f.full for f in head_first_in(sentence)] == ["Camp Tallow"]
    assert head_first_in("In Kesk, the army held prisoners at Camp Tallow.") == []


@pytest.mark.parametrize("sentence, full, name", [
    # the Second World War's pens and headquarters by a name of their own, forts and the
    # navy's yard and port by their place's
    ("The last blocks of the U-Boot-Bunker Tallow in Kesk were lifted.",
     "U-Boot-Bunker Tallow", "U-Boot-Bunker Tallow"),
    ("A building of the Führerhauptquartier Tallowhorst stands near Kesk.",
     "Führerhauptquartier Tallowhorst", "Führerhauptquartier Tallowhorst"),
    ("The Ouvrage Kesk, near Tallow, was never taken.", "Ouvrage Kesk", "Kesk"),
    ("The Kriegsmarinewerft Kesk survived the bombing.", "Kriegsmarinewerft Kesk", "Kesk"),
    ("Across the bay, the Port Wojenny Kesk is closed to visitors.", "Port Wojenny Kesk",
     "Kesk"),
])
def test_the_second_world_wars_sites_by_their_own_words(sentence, full, name):
    assert [(f.full, f.name) for f in head_first_in(sentence)] == [(full, name)]


@pytest.mark.parametrize("sentence, name", [
    # Sweden's regiments by their arm, its air bases and yards, their words after the name
    ("In Kesk, Tallows artilleriregemente has taken over the garrison.",
     "Tallows artilleriregemente"),
    ("| Kesk flygbas | 63.7383, 15.4583 | about 14 km south of Tallow |", "Kesk flygbas"),
    ("The Kesk varv in Tallow once built submarines.", "Kesk varv"),
])
def test_a_swedish_regiment_air_base_or_yard_by_its_word_after(sentence, name):
    (f,) = air_stations_named_first_in(sentence)
    assert f.site_name == name
    # (a regiment by its arm is named after a province of old, "Göta", no town: its whole
    # name is its own)
    assert (f.name == name) is name.endswith("regemente")


def test_every_native_words_sentence_is_read():
    """A base named in its country's words ("Arsenale della Kesk", "Kesk skytefelt") is
    found only in a sentence the whole-text scan picks (names._NAMED_FIRST): each of the
    native words opens such a sentence."""
    texts = [f"We saw {w} Kesk today." for w in NATIVE_BASE_WORDS] + [
        f"We saw Kesk {w} today." for w in _NATIVE_AFTER_WORDS]
    unread = [t for t in texts if not list(facility_sentences(t, [(0, len(t))], lowered(t)))]
    assert unread == []
    # (the check can fail: a sentence of no such word is not read)
    plain = "We saw Kesk today."
    assert not list(facility_sentences(plain, [(0, len(plain))], lowered(plain)))


def test_head_first_gates_change_no_answer(monkeypatch):
    """head_first_in searches what each of its patterns needs before trying the pattern;
    on every sentence of the labelled sets (and made-up ones) the answers are those of the
    patterns tried everywhere."""
    import re
    from pathlib import Path

    from catalog.ingest import descriptions
    from catalog.ingest.sentences import split_sentences

    root = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("locate*/*"))
             if p.suffix in (".txt", ".md", ".html")]
    sentences = [t[a:b] for t in texts for a, b in split_sentences(t)]
    sentences += ["Jets left PAF Base Masroor.", "RAF Lakenheath\tis busy.",
                  "Camp Lemonnier hosts troops.", "The Bhabha Centre for Atomic Research grew."]
    gated = [descriptions.head_first_in(s) for s in sentences]
    always = re.compile("")
    for name in ("_ACRONYM_GATE", "_HEAD_GATE", "_CENTRE_GATE", "_SHIP_GATE", "_BA_GATE"):
        monkeypatch.setattr(descriptions, name, always)
    assert [descriptions.head_first_in(s) for s in sentences] == gated
    assert sum(map(len, gated)) > 20  # the sentences do hold such names


@pytest.mark.parametrize("sentence, found", [
    # more acronyms put first: a Canadian Forces Station, a Naval Submarine Base, an Air
    # Force Station; "New" and a compass word open a name of two words
    ("Signals are read at CFS Tallowby, in the far north.",
     [("CFS Tallowby", "Tallowby", "other")]),
    ("Boats sail from SUBASE New Tallowby each spring.",
     [("SUBASE New Tallowby", "New Tallowby", "naval base")]),
    ("Naval Submarine Base New Tallowby is on the river.",
     [("Naval Submarine Base New Tallowby", "New Tallowby", "naval base")]),
    ("Canadian Forces Station Kestrel is the northernmost post.",
     [("Canadian Forces Station Kestrel", "Kestrel", "other")]),
    # a navy's shore establishment named like a ship, where the sentence says so
    ("INS Tallowby, the Indian Navy's largest air station, hosts P-8I aircraft.",
     [("INS Tallowby", "Tallowby", "airbase")]),
    ("Work goes on at the naval base INS Kestrelpur, on the west coast.",
     [("INS Kestrelpur", "Kestrelpur", "naval base")]),
    ("INS Orvalpur at Port Holt remains the main air station of the islands.",
     [("INS Orvalpur", "Orvalpur", "airbase")]),
    # a ship is home of no one's boats
    ("- HMAS Orvalpur in Holt, home of the Navy's patrol boats, gets a wharf.",
     [("HMAS Orvalpur", "Orvalpur", "naval base")]),
    ("Amphibious ships are based at Commander, Fleet Activities Orvalpur in Holt.",
     [("Commander, Fleet Activities Orvalpur", "Orvalpur", "naval base")]),
    # ... or with no owner's words, and over a hard-wrapped line's break
    ("The centre of gravity is Fleet Activities\nOrvalpur, at the mouth of the bay.",
     [("Fleet Activities\nOrvalpur", "Orvalpur", "naval base")]),
    ("The US Navy's Commander Fleet Activities Orvalpur keeps a small staff.",
     [("Commander Fleet Activities Orvalpur", "Orvalpur", "naval base")]),
    # a hard-wrapped line's break among the words saying what it is
    ("There is INS Orvalpur, a\nnaval air station whose runway grew.",
     [("INS Orvalpur", "Orvalpur", "airbase")]),
    # what is based at it is based on shore (on a ship: "aboard")
    ("Its P-8I patrol aircraft are based at INS Tallowby near Holt.",
     [("INS Tallowby", "Tallowby", "airbase")]),
    ("Two submarines are stationed at BNS Kestrelpur.",
     [("BNS Kestrelpur", "Kestrelpur", "naval base")]),
    # a spoken dash before what it is
    ("At the bottom, INS Orvalpur at Holt Bay - the southernmost air station, looks south.",
     [("INS Orvalpur", "Orvalpur", "airbase")]),
    # ... Pakistan's, Bangladesh's, Sri Lanka's, Nigeria's
    ("The naval air station PNS Tallowby, on the city's eastern side, has P-3s again.",
     [("PNS Tallowby", "Tallowby", "airbase")]),
    ("BNS Kestrelpur, the navy's submarine base, opened in 2023.",
     [("BNS Kestrelpur", "Kestrelpur", "naval base")]),
    # a French air base by its number, with or without its place
    ("Rafales fly from BA 702 Tallowby, in the Cher.",
     [("BA 702 Tallowby", "Tallowby", "airbase")]),
    ("Jets left Base aérienne 118 Orvale-Kestrel at dawn.",
     [("Base aérienne 118 Orvale-Kestrel", "Orvale-Kestrel", "airbase")]),
    ("The squadron moved to BA 125 last year.", [("BA 125", "BA 125", "airbase")]),
    # named after a person over four words, the name on the next line; a capital with an
    # accent
    ("France left Base aérienne 172\nSergent-Chef Adji Testeï at N'Djamena.",
     [("Base aérienne 172\nSergent-Chef Adji Testeï", "Sergent-Chef Adji Testeï", "airbase")]),
    ("Tankers use BA 105 Évreux-Kestrel now.",
     [("BA 105 Évreux-Kestrel", "Évreux-Kestrel", "airbase")]),
    # a Spanish-speaking air force's base by its number after "No.", of one digit too
    ("Two C-130s landed at Base Aérea Militar No. 7 near Orvale.",
     [("Base Aérea Militar No. 7", "Base Aérea Militar No. 7", "airbase")]),
    ("The squadron left Base Aérea No. 12 Tallowby in May.",
     [("Base Aérea No. 12 Tallowby", "Tallowby", "airbase")]),
    # ... and Portugal's, with its transit and manoeuvre fields ("N.º")
    ("The squadron will move to the Base Aérea N.º 11 near Orvale.",
     [("Base Aérea N.º 11", "Base Aérea N.º 11", "airbase")]),
    ("The Aeródromo de Trânsito N.º 1 shares the runways of the airport.",
     [("Aeródromo de Trânsito N.º 1", "Aeródromo de Trânsito N.º 1", "airbase")]),
    # (its number's sign in small letters too, and its base aerodromes)
    ("Base Aérea n.º 9 shared the runway of the airport.",
     [("Base Aérea n.º 9", "Base Aérea n.º 9", "airbase")]),
    ("Aeródromo-Base n.º 3 was built in the coffee town of Orvale.",
     [("Aeródromo-Base n.º 3", "Aeródromo-Base n.º 3", "airbase")]),
    # a Mexican army's camp by its number, a letter after it
    ("Campo Militar No. 1-A, in the west of the capital, is the army's biggest garrison.",
     [("Campo Militar No. 1-A", "Campo Militar No. 1-A", "other")]),
    # the Royal Malaysian Air Force's bases
    ("RMAF Tallowby lies on the mainland.", [("RMAF Tallowby", "Tallowby", "airbase")]),
    # a Brazilian navy's air base
    ("Helicopters fly from the Base Aérea Naval de Tallowby da Aldeia, near the cape.",
     [("Base Aérea Naval de Tallowby da Aldeia", "Tallowby da Aldeia", "airbase")]),
    # a navy's transmitter named like a ship
    ("Inland, INS Tallowby, a very-low-frequency transmitter near Holt, talks to the boats.",
     [("INS Tallowby", "Tallowby", "other")]),
    # a shore establishment named like a ship, at its place ("in"), then what it is
    ("HMAS Tallowby in Holt (Fleet Base East) remains the largest base.",
     [("HMAS Tallowby", "Tallowby", "naval base")]),
    ("HMAS Tallowby, in north Kesk, is the home of the patrol boats.",
     [("HMAS Tallowby", "Tallowby", "naval base")]),
    ("Orvale's NNS Tallowby in Holt, which despite the name is a shore base, grew.",
     [("NNS Tallowby", "Tallowby", "naval base")]),
    # ... its kind right after; at it in its town, or set off in it, in a sentence of a navy
    ("Holt is home to the Indian Navy's INS Tallowby training establishment.",
     [("INS Tallowby", "Tallowby", "naval base")]),
    ("The navy's air arm at PNS Tallowby in Holt received new aircraft.",
     [("PNS Tallowby", "Tallowby", "naval base")]),
    ("Across the river, HMS Tallowby, in Kesk, Cornwall, trains all new ratings.",
     [("HMS Tallowby", "Tallowby", "naval base")]),
    # a British Remote Radar Head
    ("The radar at RRH Tallowby watches the north.", [("RRH Tallowby", "Tallowby", "other")]),
    # launch and atomic centres in Spanish and Portuguese ("Experimental": of the atom)
    ("Rockets fly from the Centro de Lançamento de Tallowba on the coast.",
     [("Centro de Lançamento de Tallowba", "Tallowba", "launch site")]),
    ("Staff at the Centro Atómico Kestrel left.",
     [("Centro Atómico Kestrel", "Kestrel", "nuclear")]),
    ("The navy's nuclear work is centred on the Centro Experimental Orvale.",
     [("Centro Experimental Orvale", "Orvale", "nuclear")]),
    # a month's short name that opens a place's name before a particle
    ("The Base Naval Mar del Kesk, in the port, is the home of the submarines.",
     [("Base Naval Mar del Kesk", "Mar del Kesk", "naval base")]),
    # a Central American army's zone and a Mexican navy's yard by their numbers
    ("Detainees went to the Zona Militar No. 20, in Santa Cruz del Tallow.",
     [("Zona Militar No. 20", "Zona Militar No. 20", "other")]),
    ("a) Astillero de Marina No. 1, in Tallowpico, built patrol vessels;",
     [("Astillero de Marina No. 1", "Astillero de Marina No. 1", "naval base")]),
    # an Argentine air force's maintenance field; a Spanish-speaking army's camps,
    # detachments and forts
    ("The first jets went to the Área de Material Río Kesk, on the edge of Río Kesk.",
     [("Área de Material Río Kesk", "Río Kesk", "airbase")]),
    ("Power lay at Campamento Tallow, the army's headquarters, in Kesk.",
     [("Campamento Tallow", "Tallow", "other")]),
    ("Prisoners went to the Destacamento Militar de Playa Kesk, in Holt.",
     [("Destacamento Militar de Playa Kesk", "Playa Kesk", "other")]),
    ("The army's tribunals sat in the Fortaleza de San Carlos de La Kesk.",
     [("Fortaleza de San Carlos de La Kesk", "San Carlos de La Kesk", "other")]),
    ("Campo Militar Tallowhue | Army | Kesk | 9,800",
     [("Campo Militar Tallowhue", "Tallowhue", "other")]),
    # the former Yugoslavia's airfields, barracks, forts and ranges, in small letters too
    ("The tunnel hangar of aerodrom Tallow, some 13 km west of Kesk, was struck.",
     [("aerodrom Tallow", "Tallow", "airbase")]),
    ("- vojarna Tallow in Kesk, home of the navy's flotilla;",
     [("vojarna Tallow", "Tallow", "other")]),
    ("The clearest example is the former kasarna Tallow in central Kesk.",
     [("kasarna Tallow", "Tallow", "other")]),
    ("On the poligon Tallow, near Kesk, reservists fire their annual rounds.",
     [("poligon Tallow", "Tallow", "other")]),
])
def test_more_names_put_first(sentence, found):
    got = head_first_in(sentence)
    assert [(f.full, f.name, f.facility_type) for f in got] == found
    assert all(f.named_first for f in got)


@pytest.mark.parametrize("sentence", [
    "INS Tallowby sailed from the naval base at Kochi.",  # a ship
    "INS Tallowby at Kochi was repainted.",  # a ship too: nothing says it is a base
    "HMAS Tallowby in Holt, home of a crew of 200, sailed.",  # a ship: it sailed
    "The destroyer INS Kestrel, a new vessel, docked.",  # a ship's words
    "INS Tallowby fired a missile at sea.",  # nothing says it is a base
    "HMS Tallowby in Holt remains the navy's flagship.",  # a ship in port
    "Two helicopters are based aboard INS Tallowby.",  # a ship's
    "We met at HMS Tallowby in Holt.",  # no navy's sentence: a museum ship
    "The frigate HMS Tallowby, in Holt, trains the navy's ratings.",  # a ship's word
    "The new BA 7 train left Orvale.",  # no air base's number of two or three digits
    "Base New was the password.",  # "New" alone opens no name
    # another name of a base named before it
    "Jets are at Kestrel Air Base (Base aérienne 125, BA 125) now.",
    "The detachment is known to the French as Base aérienne 104.",
    "The Centro Experimental Tallow grows new maize.",  # a farm's
    "The Central Bank of Tallow said so.",
    "Base Naval Mar 2024 was the exercise.",  # a month's, no place's
    # a holiday camp, a Brazilian city: no troops' words
    "The children spent a week at Campamento Tallow by the lake.",
    "We flew from Fortaleza de Kesk to the coast.",
    "The Tallow Nuclear Power Plant (Central Nuclear Almirante Kesk) restarted.",
])
def test_a_ship_or_a_number_that_names_no_base(sentence):
    assert head_first_in(sentence) == []


def test_a_camp_is_military_by_its_paragraph():
    sentence = "Camp Tessier - near Orvale, in the south-east."
    assert head_first_in(sentence) == []
    para = sentence + " The main base of the contingent, with 4,000 soldiers."
    assert [f.full for f in head_first_in(sentence, para)] == ["Camp Tessier"]
    assert head_first_in(sentence, sentence + " Refugees lived there in 1999.") == []


@pytest.mark.parametrize("sentence", [
    "(2) Camp Tessier (Orvale City): the surface-to-ship missile unit received new missiles.",
    "Ground Self-Defense Force (1) Camp Tessier: an electronic warfare unit was stationed.",
    "The 12th Marine Littoral Regiment, based at Camp Tessier, trained.",
])
def test_a_camp_of_a_units_or_a_regiments_words_is_military(sentence):
    """A Japanese ministry's press release: 'Camp Yonaguni', 'Camp Ishigaki', 'Camp Hansen'
    were no sites, its sentences speaking of units, regiments and missiles."""
    assert [f.full for f in head_first_in(sentence)] == ["Camp Tessier"]


@pytest.mark.parametrize("sentence, full", [
    # a particle and a last word inside a camp's name
    ("The 12th Marine Littoral Regiment trains at Camp Tallow Dela Cruz, in Kesk.",
     "Camp Tallow Dela Cruz"),
    ("The 12th Marine Littoral Regiment trains at Camp Van Houten near Kesk.",
     "Camp Van Houten"),
    ("The 12th Marine Littoral Regiment trains at Camp Tallow De La Paz.",
     "Camp Tallow De La Paz"),
    ("The 12th Marine Littoral Regiment trains at Camp Tallow Holt Kesk.", "Camp Tallow Holt"),
    # a small particle first ("Camp de Gaulle"); a name in capitals ("Camp TURKSOM")
    ("French troops kept Camp de Tallow in Kesk.", "Camp de Tallow"),
    ("The French forces based at Camp de la Tallow in Kesk are unaffected.",
     "Camp de la Tallow"),
    ("Somali soldiers train at Camp TALLOWSOM in Kesk.", "Camp TALLOWSOM"),
    # a French particle's elided vowel
    ("The armed forces have renamed it Camp Tallow d'Orvale Kesk.", "Camp Tallow d'Orvale Kesk"),
])
def test_a_camps_name_with_a_particle(sentence, full):
    assert [f.full for f in head_first_in(sentence)] == [full]


def test_a_camps_name_in_capitals_is_no_countrys():
    assert head_first_in("The NATO forces at Camp USA moved to Kesk.") == []


@pytest.mark.parametrize("sentence, found", [
    ("New radar domes and hangars stand at Tallow Reef.", [("Tallow Reef", "airbase")]),
    ("Missiles are launched from Kestrel Island, off the coast.",
     [("Kestrel Island", "launch site")]),
    ("Anti-ship missiles were deployed on Quill Atoll and on the Philippine-held Orvale Island.",
     [("Quill Atoll", "missile base"), ("Orvale Island", "missile base")]),
    # a list of names before a plural feature word: each one's
    ("Hangars for 24 combat aircraft stand at each of Tallow Cross, Quill and Kestrel reefs.",
     [("Tallow Cross", "airbase"), ("Quill", "airbase"), ("Kestrel", "airbase")]),
    # ... and a list of reefs each named whole, other names in brackets between them
    ("Tallow Cross Reef (Yong Jiao), Quill Reef (Zhu Jiao) and Kestrel Reef (Mei Jiao, "
     "which Manila calls Orvale Reef) each carry a runway.",
     [("Tallow Cross Reef", "airbase"), ("Quill Reef", "airbase"), ("Kestrel Reef", "airbase")]),
    # facility words after it in small letters name no facility of its own
    ("Missiles are launched from Kestrel Island, off the Quill test range.",
     [("Kestrel Island", "launch site")]),
    # a list's item, its name in Markdown's bold
    ("1. **Tallow Reef** (Nanxun Jiao) – a high-frequency radar array.",
     [("Tallow Reef", "other")]),
    ("- **Quill Island** (Zhubi Dao), a nature reserve with a lighthouse.", []),
    # a list's first set off by a dash, or after "are"
    ("Three artificial islands -- Tallow Cross Reef, Quill Reef and Kestrel Reef -- each "
     "carry a runway.",
     [("Tallow Cross Reef", "airbase"), ("Quill Reef", "airbase"), ("Kestrel Reef", "airbase")]),
    ("The outposts are Tallow Reef and Quill Reef, each with a runway.",
     [("Tallow Reef", "airbase"), ("Quill Reef", "airbase")]),
])
def test_an_outpost_named_by_its_reef_or_island(sentence, found):
    assert [(f.name, f.facility_type) for f in outposts_in(sentence)] == found


@pytest.mark.parametrize("sentence", [
    "Fishing boats sailed past Tallow Reef and Kestrel Island.",  # named in passing
    "Tallow Reef, Quill Reef and Kestrel Island are famed for their fish.",  # no outpost's
    "The island of Crete was calm; a radar watched it.",  # no reef's or island's name
    "Tourists flock to Bird Island every June.",
    "Fishing boats sailed to Tallow, Quill and Kestrel reefs.",  # no outpost's words
    "Radars watch the coast of Tallow Island.",  # a big island's coast: no outpost named
    # where a facility named stands
    "The missile test site (MTS), on Tallow Atoll, fires interceptors.",
    "Its airfield and radars are on Kestrel Island.",
    # ... or named after it: the island is where that facility stands
    "The tracking radar on Kestrel Island, operated from Tallow Air Station, was delayed.",
])
def test_a_reef_or_island_named_in_passing_is_no_outpost(sentence):
    assert outposts_in(sentence) == []


@pytest.mark.parametrize("sentence, found", [
    ("Its fighters fly from Tallow Airport, a former civil field on the edge of Orvale, "
     "where MiG-29 fighters and helicopters are based.", ["Tallow Airport"]),
    ("Kestrel Airport, home of the Russian 3624th air base, lies south of the city.",
     ["Kestrel Airport"]),
    # an airport named in passing, or flown to by fighters
    ("Fighters escorted the airliner to Tallow Airport, where it landed.", []),
    ("Tallow Airport, home of the city's flying club, reopened.", []),
    ("Troops flew home from Kestrel International Airport on Monday.", []),
    # an airport upgraded for the military's aircraft; a US-style "X Field" of air bases
    ("The nearby Tallow Airport, 17 km east of the town, is being upgraded to support "
     "Defence aircraft.", ["Tallow Airport"]),
    ("Tallow Airport is being upgraded to support more tourist flights.", []),
    ("Kestrel Field, the island's air base, hosts a USAF squadron.", ["Kestrel Field"]),
    ("Fans filled Kestrel Field for the final, and a military band played.", []),
    ("The Tallow oil field lies next to the air base.", []),
    # an airport missiles are launched from
    ("The army test-fired a cruise missile, launching it from Kestrel International "
     "Airport at dawn.", ["Kestrel International Airport"]),
    ("Since 2020 the army has fired rockets from an odd place: Tallow Airport, east of "
     "the capital.", ["Tallow Airport"]),
    ("Tourists fired questions at guides on the way from Tallow Airport.", []),
    ("Missile parts were flown from Tallow Airport to the coast.", []),
    # an airport that was built as an air base
    ("Kestrel International Airport, on the edge of the capital some 8 km east of the "
     "centre, was built by the Americans as Holt Air Base.", ["Kestrel International Airport"]),
    ("Kestrel International Airport was built by a Danish firm as a hub for tourists.", []),
    # an airport the sentence says forces use, in small letters too, after a possessive or
    # a preposition
    ("The navy still keeps a presence at Tallow airport, with two patrol aircraft.",
     ["Tallow airport"]),
    ("Kestrel airport, on the northern edge of the town and some 4 km from the harbour, "
     "became a French military outpost in 2012.", ["Kestrel airport"]),
    ("The militia has turned Tallow airport, east of the port, into a military\nairfield.",
     ["Tallow airport"]),
    ("A new tanker was shown at Orvale's Kestrel International Airport, which is shared by "
     "the national airline and an air force regiment.", ["Kestrel International Airport"]),
    ("Tallow airport, south of the old town, where the rebels have set up launch positions "
     "for drones, was struck twice.", ["Tallow airport"]),
    ("At Kestrel airport, imagery from May shows four drones on the military apron.",
     ["Kestrel airport"]),
    ("Kestrel airport was closed in 2016 and used by forces of the coalition.",
     ["Kestrel airport"]),
    # a civil airport: a target, a neighbour that shares a base's runway, a place of travel
    ("The rebels fired a drone at Tallow airport on Sunday.", []),
    ("The base shares its runway with the civil Kestrel airport, used by the air force too.",
     []),
    ("Tallow airport, the city's gateway, became a regional hub for tourist flights.", []),
    # an airport made ready for warplanes
    ("Kestrel airport, east of the town, is being lengthened so that it can receive MiG-31 "
     "interceptors.", ["Kestrel airport"]),
    ("Kestrel Airport, the main hub, was lengthened to receive more tourist flights.", []),
    # used by a country's forces, with its military section, a landing point for troops,
    # used by forces as a hub, reinforced, receiving a military transport
    ("Tallow airport, at the edge of the city, is used by both Orvalian and Kestrel forces.",
     ["Tallow airport"]),
    ("Tallow International Airport, some 15 km east of the town, is a target because of "
     "its military section.", ["Tallow International Airport"]),
    ("Kestrel International Airport, about 15 km to the north, which Orvale used for cargo "
     "flights until 2024, is a separate civilian airport with its own military section.",
     ["Kestrel International Airport"]),
    ("Kestrel International Airport, north of the port, becomes a landing point for "
     "transport aircraft and troops.", ["Kestrel International Airport"]),
    ("Kestrel International Airport becomes a landing point for charter tourists.", []),
    ("Orvalian forces have used Tallow Airport, west of the town, as a hub for helicopters.",
     ["Tallow Airport"]),
    ("Orvale reinforces Tallow airport, near the border.", ["Tallow airport"]),
    ("Tallow airport, west of the town, receives a military transport from the capital.",
     ["Tallow airport"]),
    ("Tourists have used Tallow Airport for years.", []),
    # used by warplanes or attack helicopters (by a type's designation), not by tourists'
    ("Tallow Airport, about 7 km north of the port, used by Orvalian Ka-52 helicopters.",
     ["Tallow Airport"]),
    ("Tallow Airport, about 7 km north of the port, is used by tourist helicopters.", []),
    # a dispersal field, the army's hub, a detachment rotated through it
    ("The Kestrel airport, about 35 km west of Orvale at 69°18.7′N 87°19.9′E, has been used "
     "since 2023 as a dispersal field for bombers.", ["Kestrel airport"]),
    ("Tallow airport, some 12 km east of the port, serves as the army's hub for the delta.",
     ["Tallow airport"]),
    ("Tallow airport serves as the airline's hub for the region.", []),
    ("A smaller detachment has rotated through Kestrel Airport in the north.",
     ["Kestrel Airport"]),
    ("Tourists have rotated through Kestrel Airport all summer.", []),
    # forces withdrew from it; where they had stationed helicopters
    ("Orvalian forces also withdrew from Tallow airport last year.", ["Tallow airport"]),
    ("Kestrel airport, where they had stationed helicopters, was quiet.", ["Kestrel airport"]),
    ("Tourists also withdrew from Tallow airport last year.", []),
    # an air force's airfield; fighters or drones operating from it, after another field
    ("In the north-east, Tallow Airport, the airfield of the Orvalian Air Force, was "
     "cleared.", ["Tallow Airport"]),
    ("Air force fighters operate from Quill airfield, about 13 km west of the town of "
     "Quill, and from Tallow Airport, near Tallow.", ["Tallow Airport"]),
    ("The Guards held exercises, flying drones from Kestrel International Airport.",
     ["Kestrel International Airport"]),
    ("Tourists arrive by flying from Kestrel International Airport.", []),
    # a target of drones or missiles, and the next airport of the list; not of a storm
    ("Rebel drones struck Tallow airport, about 6 km west of Tallow, on Tuesday, and Kesk "
     "airport, south of the town, for the fourth time.", ["Tallow airport", "Kesk airport"]),
    ("A storm hit Tallow Airport on Monday.", []),
    # staging points (plural) for forces
    ("Tallow Air Base and Kesk airport, on the edge of Kesk, are both used as staging points "
     "for supplies to the Rapid Support Forces.", ["Kesk airport"]),
    # doubles as (is used as) a military station or a staging base; an air arm or attack
    # aircraft flying from it; hosting helicopters; not a tourists' or airline's use
    ("Kesk Airport, some 30 km west of Orvale, doubles as a navy air station.",
     ["Kesk Airport"]),
    ("Tallow Airport, about 8 km north-west of Tallow, is used as a staging base for "
     "operations in the delta.", ["Tallow Airport"]),
    ("Tallow Airport doubles as a bus station.", []),
    ("The navy's air arm flies from Kesk International Airport, about 27 km west of Orvale.",
     ["Kesk International Airport"]),
    ("The Orvalian Air Force flies ground-attack aircraft from Tallow International Airport, "
     "west of the city.", ["Tallow International Airport"]),
    ("The national airline flies tourists from Tallow International Airport.", []),
    ("The hub at Kesk Airport, some 10 km east of Kesk, hosts the air command's helicopters.",
     ["Kesk Airport"]),
    ("Its Air Transport Wing flies from Tallow International Airport, near the city.",
     ["Tallow International Airport"]),
    # whose runway the air force shares; military aircraft on its apron; not tourists'
    ("Kesk International Airport, whose runway the air force shares, showed no change.",
     ["Kesk International Airport"]),
    ("A military transport aircraft was photographed on the apron of Tallow International "
     "Airport, north of the city.", ["Tallow International Airport"]),
    ("Tourists photographed the apron of Tallow International Airport.", []),
    # "which the air force also uses"; a list's item "X airport: struck by drones"
    ("The runway at Kesk International Airport, about 5 km south of Kesk, which the air "
     "force also uses, was hit.", ["Kesk International Airport"]),
    ("Kesk airport: struck by rebel drones in 2025.", ["Kesk airport"]),
    # one that shares its runway with an air force's base (not with a flying club)
    ("The Tallow Peace Airport, which shares its runway with a Kesk Air Force base, grew.",
     ["Tallow Peace Airport"]),
    ("The Tallow Peace Airport, which shares its runway with a flying club, grew.", []),
    ("Kesk airport: rebuilt by a Chinese firm in 2025.", []),
    # an air base set off right after its name, its other name in brackets between
    ("Flights moved from Holt to Tallow Airport, the former Orvalian air base about 9 km "
     "north of the town.", ["Tallow Airport"]),
    ("Kesk Airport (Orvale), the old military airfield, reopened.", ["Kesk Airport"]),
    ("Tallow Airport, the city's second airport, reopened.", []),
    # a translator's note in brackets after its place
    ("Damage was reported at the Tallow airport at Kesk [about 5 km south-south-west of the "
     "city; also used by the air force].", ["Tallow airport"]),
    ("Tourists land at the Tallow airport at Kesk [about 5 km south of the city].", []),
    # placed at once in a sentence of fighters or of hardened shelters (a hard-wrapped
    # line broken inside its name or its place); not of tourists
    ("Kesk is expanding Tallow Mainling Airport, about 40 km south\nof Kesk, where J-10 "
     "fighters have been photographed.", ["Tallow Mainling Airport"]),
    ("Kesk has added hardened shelters, and a new airport, Tallow airport, about 11 km "
     "north of the town of Kesk, opened in 2023.", ["Tallow airport"]),
    ("Tallow airport, about 10 km north of Kesk, opened for tourist flights in 2021.", []),
    ("Rebel drones flew past; Tallow airport itself, about 7 km south-east of the city, "
     "handled two of the flights.", ["Tallow airport"]),
    # ... the kind of field it is said first (in small letters: a name there is its other)
    ("Tallow Airport, the dual-use field about 43 km south of Kesk, now has 36 hardened "
     "shelters.", ["Tallow Airport"]),
    ("Tallow Airport, the Kesk airfield about 20 km north of Holt, has hardened shelters.",
     []),
    # ... of forces or a war
    ("At Tallow airport, on the south-eastern edge of the oasis town, hangars for the "
     "forces in Kesk have appeared.", ["Tallow airport"]),
    ("Tallow airport, on the edge of Kesk, was a stop for aircraft in the Kesk war.",
     ["Tallow airport"]),
    ("The leader flew into Tallow Airport, about 2 km south of Kesk, to inspect an "
     "artillery unit.", ["Tallow Airport"]),
    # a list's item: forces seized it (not tourists)
    ("Tallow Airport, in Northern state: the RSF seized it in the first days of the war.",
     ["Tallow Airport"]),
    ("Tallow Airport, in Northern state: tourists took it over for a festival.", []),
    # (not fire fighters, nor market forces)
    ("Tallow airport, about 50 km south-west of Kesk, opened a new terminal; its fire "
     "fighters trained with volunteers.", []),
    ("Tallow airport, about 50 km south-west of Kesk: market forces decided its routes.", []),
    # an air arm shares it (not an air base beside it, nor tourists)
    ("The air force's Central Air Command shares Tallow Airport in Kesk.", ["Tallow Airport"]),
    ("Kesk Air Force Base, home of the 1st Air Force Wing, shares Tallow International "
     "Airport.", []),
    ("Tourists and the airline share Tallow Airport in Kesk.", []),
])
def test_an_airport_the_military_flies_from(sentence, found):
    assert [f.full for f in military_airports_in(sentence)] == found
    assert all(f.facility_type == "airbase" for f in military_airports_in(sentence))


def test_an_airports_name_broken_over_a_line_is_one_name():
    (f,) = military_airports_in("Fighters were seen at Tallow Mainling\nAirport, about 40 km "
                                "south of Kesk, where J-10 fighters are based.")
    assert f.site_name == "Tallow Mainling Airport"


@pytest.mark.parametrize("sentence, after, found", [
    # the next sentence says the military uses it
    ("Holt has a runway of under 2,000 metres at Tallow International Airport.",
     "Marine KC-130Js used it in 2023.", ["Tallow International Airport"]),
    ("Kestrel Airport is about 10 km south of Holt.",
     "It is still used as a divert field: a dozen F-15Es landed here in 2024.",
     ["Kestrel Airport"]),
    # ... of no military; of a base whose runway the airport shares; no next sentence
    ("Kestrel Airport is about 10 km south of Holt.", "It has a new terminal.", []),
    ("Tallow Air Base shares the runway of Kestrel International Airport.",
     "Coalition forces have used it since 2014.", []),
    ("Kestrel Airport is about 10 km south of Holt.", None, []),
])
def test_an_airport_the_next_sentence_says_the_military_uses(sentence, after, found):
    assert [f.full for f in military_airports_in(sentence, after)] == found


def test_a_warplane_at_an_airport_makes_it_an_air_base():
    got = military_airports_in("A KC-46 on the ramp at Tallow International Airport, May 2025.")
    assert [f.full for f in got] == ["Tallow International Airport"]


def test_a_description_after_a_name_and_its_other_name_in_brackets():
    found = described_in("Jets flew from Tallow-1 (Orvale), the fleet's larger airfield.")
    assert [f.site_name for f in found] == ["Tallow-1 airfield"]
    # a bracket of no name, then a description of a person
    assert described_in("Jets flew from Tallow-1 (Orvale), the fleet's commander said.") == []


@pytest.mark.parametrize("sentence, found", [
    ("- Project Tallow, a new enriched uranium facility at Kestrel.", ["Project Tallow"]),
    ("* Quill, the navy's main submarine base, lies north.", ["Quill"]),
    # ... or a thread's numbered post
    ("10/ Tallowino (Kesk-Vostochny), the airfield some 8 km east of Kesk.", ["Tallowino"]),
    # a bullet before a name that no description follows
    ("- Project Tallow and the town of Kestrel.", []),
])
def test_a_bulleted_line_may_open_on_a_described_name(sentence, found):
    """'- Project Pegasus, a new enriched uranium facility at Aldermaston': a list's
    bullet before the name hid the apposition that names the facility."""
    assert [f.name for f in described_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Tankers now fly from Tallow Air Base in Orvale or from Kestrel Bay in Quill.",
     [("Kestrel Bay", "airbase")]),
    ("Boats sail from Tallow Naval Base and from Kestrel.", [("Kestrel", "naval base")]),
    # not after the same preposition, or a country: no facility of that kind
    ("Tankers fly from Tallow Air Base in Orvale and Kestrel.", []),
    ("Tankers fly from Tallow Air Base or from Jordan.", []),
])
def test_a_name_beside_a_facilitys_after_the_same_preposition_is_of_its_kind(sentence, found):
    """'fly from Muwaffaq Salti Air Base in Jordan or from Souda Bay in Crete': Souda Bay is
    an air base too, named by its place only."""
    assert [(f.name, f.facility_type) for f in described_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("HMAS Tallow, also known as Fleet Base Kestrel, lies on Quill Island.",
     [("HMAS Tallow", "naval base")]),
    ("HMCS Kestrel is a naval base on the coast.", [("HMCS Kestrel", "naval base")]),
    # a fixed distance from a town; its place set off before the words of a station
    ("HMAS Tallow, about 9 km south-west of Orvale.", [("HMAS Tallow", "naval base")]),
    # its kind in brackets after it; Papua New Guinea's prefix
    ("Works are approved at HMAS Tallow (Fleet Base West) for the submarines.",
     [("HMAS Tallow", "naval base")]),
    # ... the brackets on the next line of a wrapped page
    ("Works are approved at HMAS Tallow\n(Fleet Base West) for the submarines.",
     [("HMAS Tallow", "naval base")]),
    # ... but a ship with its home port in brackets is no base (review)
    ("The frigates HMAS Tallow (Fleet Base West) and HMAS Kesk sailed on Monday.", []),
    ("Lombrum and HMPNGS Tallow, the navy's base in Port Moresby, were listed.",
     [("HMPNGS Tallow", "naval base")]),
    # South Africa's ("SAS Wingfield, the navy's stores and engineering depot")
    ("SAS Tallow, the navy's stores and engineering depot in Kesk, was named.",
     [("SAS Tallow", "naval base")]),
    # ... not a ship by its kind, sailing from a base ("the frigate SAS Amatola, sailing from
    # Naval Base Simon's Town")
    ("The navy's frigate HMS Tallow, sailing from Naval Base Kesk, joined the exercise.",
     [("Naval Base Kesk", "naval base")]),
    ("Money went to HMAS Kesk, on the south-eastern outskirts of Orvale, a naval "
     "establishment.", [("HMAS Kesk", "naval base")]),
    ("HMAS Kesk, in the harbour of Orvale, a frigate, sailed.", []),
    ("(v) INS Kestrel, Holt, the Navy's air station at Quill, about 2 km east of Orvale;",
     [("INS Kestrel", "airbase")]),
    # a navy's college
    ("HMAS Kesk, the naval college on the shores of Orvale Bay, needs sea walls.",
     [("HMAS Kesk", "naval base")]),
    # a Commonwealth navy's ship
    ("HMAS Tallow sailed for Orvale with two frigates.", []),
    ("HMAS Tallow, a frigate, sailed 20 km from Orvale.", []),
])
def test_a_commonwealth_navys_shore_establishment_is_named_like_a_ship(sentence, found):
    """'HMAS Stirling, also known as Fleet Base West' is a base; only 'Fleet Base' was made
    a site, the base's own name lost."""
    assert [(f.full, f.facility_type) for f in head_first_in(sentence)] == found


def test_a_description_of_two_kinds_joined_by_and_names_the_facility():
    s = "- Project Tallow, a new warhead assembly and disassembly facility at Kesk, opened."
    assert [f.name for f in described_in(s)] == ["Project Tallow"]
    # "and" between two things is no facility's kinds
    assert described_in("Tallow, a town and a base, lies here.") == []


def test_a_place_word_a_hyphen_broke_over_a_lines_end_after_an_acronym():
    s = "Tritium is now recycled at CEA Tal-\nlow, whose role is not discussed here."
    assert [f.site_name for f in head_first_in(s)] == ["CEA Tallow"]


@pytest.mark.parametrize("sentence, names", [
    ("The first 24 F-16Vs are based at Tarsin.", ["Tarsin"]),
    ("Its Mirages currently fly from Tarsin in the north-east and Holt in the south.",
     ["Tarsin", "Holt"]),
    ("Bombers that had been flying from Orvale, in the Testland region, were moved.",
     ["Orvale"]),
    ("Its Rafales fly from Tarsin,\nHolt and Orvale.", ["Tarsin", "Holt", "Orvale"]),
    # what is to come, or has begun
    ("It is possible that the new aircraft will be based at Tarsin instead.", ["Tarsin"]),
    ("In 2026 its F-39E fighters began operating from Holt.", ["Holt"]),
    ("Aircraft will be based at Tarsin, the airline says.", []),  # no military aircraft
    # a flying unit at a place, the place in emphasis and across a line break too
    ("Aircraft of the bomber regiment at Orvale took part.", ["Orvale"]),
    ("The Su-30 squadron is now at\n**Tarsin**, the analysts say.", ["Tarsin"]),
    # where a type's aircraft are kept; a standing alert's field
    ("The Sukhois normally live at Tarsin in the east.", ["Tarsin"]),
    ("The F-14s are at Holt, shared with the civilian airport.", ["Holt"]),
    ("Quick reaction alert in the north is flown from Orvale, and the rest lives here.",
     ["Orvale"]),
    ("The fighters are at risk, and the jets are at Tarsin.", []),
    ("Passengers are flown from Tarsin to the capital.", []),
    ("The Karelia Air Command flies from Tarsin-Holt, north of the town.", ["Tarsin-Holt"]),
    # a single flight; a country; no aircraft; a unit that flies none
    ("Two F-16s flew from Tarsin to Holt on Monday.", []),
    ("The air defence regiment at Orvale was put on alert.", []),
    ("The 3rd Infantry Regiment at Tarsin held a parade.", []),
    ("Jets fly from Japan to the exercise area.", []),
    ("Ministers are based at Tarsin.", []),
    # aircraft at or from a place, with no verb between
    ("US forces, which operate F-16s at Tarsin and Holt, welcomed it.", ["Tarsin", "Holt"]),
    ("Officials said MiG-29s from Tarsin and older fighters from Holt took part.",
     ["Tarsin", "Holt"]),
    ("A tanker will support the Gripens from Orvale in Testland.", ["Orvale"]),
    ("Two F-16s from Tarsin to Holt were seen.", []),  # a flight's way
    ("Fighters from Tarsin attacked the town.", []),  # a militia's, maybe: no aircraft type
    # an air force's larger units
    ("The air brigade, based at Tarsin beside the airport, asked for help.", ["Tarsin"]),
    ("Helicopters of the Aviation Division at Holt deployed north.", ["Holt"]),
    # a list's item: a place, then "home of" military aircraft
    ("5/ Tarsin Severny, Tallow Oblast: home of the A-50 early warning planes.",
     ["Tarsin Severny"]),
    ("- Holt - home to two F-16 squadrons.", ["Holt"]),
    ("Reasons: home of a long-range bomber regiment.", []),
    # set off by a comma after "and" or a colon
    ("Near the port: Tarsin-1, the fleet's main air base, and Tarsin-3, home of its fighter "
     "regiment.", ["Tarsin-3"]),
    ("Ministers met officials, and Holt, home of the city's museum of air regiments.", []),
    ("- Holt - home to the national museum of flight.", []),
    # the place put first, where the sentence ends on the aircraft based there
    ("At Tarsin, about 11 km south-west of Holt, the Testian Air Force's MiG-29s and "
     "transport aircraft are based; the old airport there closed.", ["Tarsin"]),
    ("At Tarsin, the air force's fighters are based.", ["Tarsin"]),
    ("The MiG-29s and transport aircraft are based at Kesk.", ["Kesk"]),
    ("At Tarsin, the visitors saw where MiG-29s are based.", []),
    ("At Tarsin, the MiG-29s are based on a rota with Holt.", []),
])
def test_a_place_military_aircraft_are_based_at_is_an_air_base(sentence, names):
    got = air_bases_flown_from(sentence)
    assert [f.name for f in got] == names
    assert all(f.facility_type == "airbase" for f in got)


@pytest.mark.parametrize("sentence, names", [
    ("Tarsin in the southern Holtlands and Kesk in Orvale's Tallow province host F-16s.",
     ["Tarsin", "Kesk"]),
    ("Tarsin, Holt and Orvale host the Dutch F-35s.", ["Tarsin", "Holt", "Orvale"]),
    ("- Holt hosts two F-16 squadrons.", ["Holt"]),
    # every item before the verb a place's name, and military aircraft after it
    ("The city and Holt host F-16s.", []),
    ("Belgium hosts F-16s.", []),
    ("Yesterday Tarsin hosted F-16s.", []),
    ("Tarsin hosted the allies' summit.", []),
])
def test_places_that_host_military_aircraft_are_air_bases(sentence, names):
    got = air_bases_hosting(sentence)
    assert [f.name for f in got] == names
    assert all(f.facility_type == "airbase" for f in got)


def test_a_navys_air_station_flown_from_is_named_as_written():
    (f,) = air_bases_flown_from("MiG-29K fighters fly from INS Tallowby in Holt.")
    assert f.site_name == "INS Tallowby"  # not "INS Tallowby air base"


@pytest.mark.parametrize("sentence, names", [
    ("The regulator approved six new reactors, including units at Tarsin, Holt and\nOrvale.",
     ["Tarsin", "Holt", "Orvale"]),
    ("The fast reactors at Tarsin are fuelled from abroad.", ["Tarsin"]),
    ("Their concern was the fast-reactor programme\nat Holt in the south.", ["Holt"]),
    # one reactor at a place is a part of a facility; units of no reactors; a country
    ("The reactor at Tarsin was restarted.", []),
    ("Army units at Tarsin and Holt were put on alert.", []),
    ("The reactor programme of Tarsin is old.", []),
    ("It has 20 reactors: units at Japan's coast are old.", []),
])
def test_the_places_a_sentence_of_reactors_has_units_at_are_power_plants(sentence, names):
    got = reactor_sites_at(sentence)
    assert [f.name for f in got] == names
    assert all(f.facility_type == "nuclear" for f in got)


@pytest.mark.parametrize("sentence, names", [
    ("Its two research reactors, TAL-1 at the Tallow Nuclear Studies Centre and TAL-2 at\n"
     "the Holt Centre west of the capital, were supplied by Testland.", ["TAL-1", "TAL-2"]),
    ("The smaller TR-6, at the Orvale Atomic Centre, followed in 2009.", ["TR-6"]),
    ("It builds a multipurpose reactor, the TR-10, and the KAREL-25 prototype small modular\n"
     "reactor near Holt.", ["KAREL-25"]),
    ("Holt's small reactor and Tallow's TRIGA Mark III at the National Institute were "
     "converted.", ["TRIGA Mark III"]),
    # a model: counted, or a type's reactor; a power reactor's type; no reactor said
    ("The Holt reactor began as a 250 kW TRIGA Mark II supplied by Testland.", []),
    ("Holt has two CFR-600 sodium-cooled fast breeder reactors.", []),
    ("Two VVER-440 at Holt are old reactors.", []),
    ("The F-16 at the Tallow show was new.", []),
    # a designation of one or two letters after the hyphen
    ("Testland's TAL-K at the Holt Institute and Orvale's ORR-SM at Tallow are research "
     "reactors.", ["TAL-K", "ORR-SM"]),
])
def test_a_research_reactor_named_by_its_designation_is_a_site(sentence, names):
    got = reactors_by_designation(sentence)
    assert [f.name for f in got] == names
    assert all(f.facility_type == "nuclear" for f in got)


@pytest.mark.parametrize("sentence, phrase", [
    # the reactor's words as the report writes them right after its designation
    ("The TAL-10 multipurpose reactor is being built at the Holt Centre.",
     "multipurpose reactor"),
    ("The TAL-10, at the Holt Atomic Centre, is being built.", "research reactor"),
])
def test_a_designated_reactor_keeps_its_own_words(sentence, phrase):
    (f,) = reactors_by_designation(sentence)
    assert f.phrase == phrase


@pytest.mark.parametrize("sentence, names", [
    # a report on research reactors: no "reactor" in the sentence is needed
    ("Testland's TAL-1 at the Holt centre near Kesk, and Orvale's ORR-2 at Tallow.",
     ["TAL-1", "ORR-2"]),
    ("Testland's TAL-1, a small Testish-built neutron source at Holt University.", ["TAL-1"]),
    # a list's item: a name, its places, a power
    ("TALOR, Holt Heights, New Kesk, Testland — 20 MW.", ["TALOR"]),
    ("TR2, KES CEN, Holt, Testland — up to 100 MW; a major supplier of isotopes.", ["TR2"]),
    ("In 2024, Holt, the capital, used 20 MW.", []),
    ("MARTA reactor, Holt, Testland — 30 MW.", []),  # the facility words read that one
])
def test_a_report_on_research_reactors_names_them_by_designation_or_in_a_list(
        sentence, names):
    assert [f.name for f in reactors_by_designation(sentence, reactor_report=True)] == names
    if names:  # not in a report on anything else
        assert [f.name for f in reactors_by_designation(sentence)] != names


@pytest.mark.parametrize("sentence, full", [
    ("Six jets are at the Base Aérea Capitán Tallow Ríos, in the south.",
     "Base Aérea Capitán Tallow Ríos"),
    ("They parked at La Holt (Base Aérea Generalísimo Tallow de Orvale), east of the centre.",
     "Base Aérea Generalísimo Tallow de Orvale"),
])
def test_a_native_base_name_of_a_persons_several_words_is_whole(sentence, full):
    assert full in [f.full for f in head_first_in(sentence)]


@pytest.mark.parametrize("sentence, full, name", [
    ("The first Gripens will go to CACOM 1 at Tallow, as we all know.", "CACOM 1", "Tallow"),
    ("At CACOM 2 in Holt, about 9 km south-east of Orvale, they resurface the taxiways.",
     "CACOM 2", "Holt"),
])
def test_an_air_combat_command_by_its_number_is_an_air_base_at_its_place(sentence, full, name):
    (f,) = head_first_in(sentence)
    assert (f.full, f.name, f.facility_type) == (full, name, "airbase")


def test_an_air_combat_command_before_its_bases_full_name_is_that_base():
    got = head_first_in("CACOM 6 - Base Aérea Tallow Holt, in Orvale, got two gunships.")
    assert [f.full for f in got] == ["Base Aérea Tallow Holt"]


def test_a_navys_signals_station_named_after_a_person_with_a_middle_initial():
    got = head_first_in("Secondly, the Naval Communication Station Tallow E. Holt. It grew.")
    assert [(f.full, f.name) for f in got] == [
        ("Naval Communication Station Tallow E. Holt", "Tallow E. Holt")]


def test_the_x_plant_is_a_nuclear_plant_when_x_is_a_listed_plants_name():
    from catalog.ingest.descriptions import listed_plants_in

    (f,) = listed_plants_in("Inland, the Trillo plant in Guadalajara has a single unit.")
    assert (f.site_name, f.facility_type) == ("Trillo plant", "nuclear")
    assert listed_plants_in("Inland, the Tallowgrad plant makes tractors.") == []


@pytest.mark.parametrize("sentence, names", [
    ("Drones struck the Tarsin and Holt air bases on Monday.",
     ["Holt air base", "Tarsin air base"]),
    ("The Tarsin, Kestrel and Holt naval bases were visited.",
     ["Holt naval base", "Tarsin naval base", "Kestrel naval base"]),
    ("Drones struck the Holt air bases on Monday.", ["Holt air bases"]),
    ("Officials and Holt air bases met.", ["Holt air bases"]),
    # an owner's possessive is no word of the first name
    ("Orvalia's Tarsin and Holt air bases were visited.", ["Holt air base", "Tarsin air base"]),
])
def test_names_listed_before_plural_facility_words_are_each_a_site(sentence, names):
    start = sentence.index("Holt")
    phrase = sentence[start + 5:].split(" on ")[0].split(" were")[0].split(" met")[0]
    f = Finding("Holt", phrase, "airbase", start, start + 4, (0, 0))
    found = [f] + plural_siblings(sentence, f)
    assert [g.site_name for g in found] == names


@pytest.mark.parametrize("sentence", [
    # a phrase opening the sentence before its subject; a name after an article
    "Under its wartime designation K-25, the airfield was briefly used.",
    # a unit by its designation after any verb: a part of a plant
    "The regulator filed a plan for TLPP-1, the first power reactor.",
    "A plant planned on the Kesk Sea, the Tallow Nuclear Power Plant, waits.",
])
def test_a_comma_before_facility_words_after_no_name(sentence):
    assert described_in(sentence) == []


@pytest.mark.parametrize("sentence, names", [
    ("The navy has two other bases, Tallow and Holt, on the coast.",
     ["Tallow base", "Holt base"]),
    ("Planners looked at the two other air bases in the region, Tallow in Orvale and Kesk "
     "Cano, near Holt, as models.", ["Tallow air base", "Kesk Cano air base"]),
    ("Two other air bases, Tallow and Holt, lie on the coast.",
     ["Tallow air base", "Holt air base"]),
])
def test_names_listed_after_counted_plural_facility_words_are_each_a_site(sentence, names):
    assert [f.site_name for f in described_in(sentence)] == names


@pytest.mark.parametrize("sentence", [
    "The two bases, Adams and Baker said, are old.",  # what people said, no list
    "The two bases, Tallow said, are old.",  # one name: no list
    "Commanders of the two air bases, Colonel Adams and Major Baker, met.",  # people
    "In two years the air bases, Adams and Baker, were rebuilt.",  # years counted
])
def test_what_follows_counted_plural_facility_words_is_not_always_a_list(sentence):
    assert [f.site_name for f in described_in(sentence)
            if any(w in f.name for w in ("Adams", "Baker", "Tallow"))] == []


def test_facilities_listed_by_their_own_names_describe_no_place_before_them():
    sentence = ("Its plants, the Tallow Enrichment Plant in Orvansk, the Kesk Chemical "
                "Combine in Holt and the Electrochemical Plant in Tarsin, ran.")
    assert described_in(sentence) == []
    # a list's item whose place opens it, a facility by its own name after the dash
    assert described_in("* **Tallow** — the PAF's Kesk Air Base and the storage tunnels.") == []


def test_a_base_described_near_a_place_is_not_also_named_after_it():
    s = "Orvale, the Tu-95 base near Kestrel, was hit."
    d = Finding("Orvale", "air base", "airbase", 0, 6, (0, 0), described=True)
    near = Finding("Kestrel", "base", "other", s.index("Kestrel"), s.index("Kestrel") + 7,
                   (0, 0))
    assert described_near(s, d, near)
    s = "PNS Tallow, a naval air station at Kestrel, opened."  # a base at a town: the base
    d = Finding("PNS Tallow", "naval air station", "airbase", 0, 10, (0, 0), described=True)
    at = Finding("Kestrel", "naval air station", "airbase", s.index("Kestrel"),
                 s.index("Kestrel") + 7, (0, 0))
    assert described_near(s, d, at)
    s = "Project Tallow, a new facility at Kestrel, opened."  # a part at the Kestrel site
    d = Finding("Project Tallow", "facility", "other", 0, 14, (0, 0), described=True)
    at = Finding("Kestrel", "facility", "other", s.index("Kestrel"), s.index("Kestrel") + 7,
                 (0, 0))
    assert not described_near(s, d, at)
    s = "Casks reached Tallow, the interim storage facility at Kestrel."  # "the" one there
    d = Finding("Tallow", "storage facility", "storage", 14, 20, (0, 0), described=True)
    at = Finding("Kestrel", "storage facility", "storage", s.index("Kestrel"),
                 s.index("Kestrel") + 7, (0, 0))
    assert described_near(s, d, at)


@pytest.mark.parametrize("sentence, names", [
    ("- Wing 41, Tallow Mai: on the military side of Tallow Mai International Airport.",
     ["Wing 41"]),
    ("S01  Wing 6, Kesk Mueang      Testland   RTAF transport wing", ["Wing 6"]),
    # the item names its base in full: that base is the site, read by its facility words
    ("- Wing 23, Holt Thani: Holt Royal Testish Air Force Base, south of the city.", []),
    ("- Wing 23, Holt Thani: a choir of forty voices.", []),  # no air words
])
def test_a_wing_opening_a_list_item_or_table_row_is_an_air_base(sentence, names):
    from catalog.ingest.descriptions import wing_bases_in

    assert [f.site_name for f in wing_bases_in(sentence)] == names


def test_an_airport_a_paragraph_of_war_places_at_once_is_an_air_base():
    war = ("Rebel drones and missiles flew over the gulf. Kesk airport, about 4 km east of "
           "Kesk, was closed to civil traffic for hours.")
    sentence = war.split(". ", 1)[1]
    assert [f.full for f in military_airports_in(sentence, paragraph=war)] == ["Kesk airport"]
    peace = "Tourists flew over the gulf. " + sentence
    assert military_airports_in(sentence, paragraph=peace) == []
    beside = ("Tallow Air Base, beside Kesk airport, about 4 km east of Kesk, was closed to "
              "civil traffic.")  # the base's neighbour, which the base is
    assert military_airports_in(beside, paragraph=war + " " + beside) == []
    # a table's row, a Markdown list's item in bold
    row = "| Kesk airport | SAF | about 6 km west-south-west of Kesk |"
    assert [f.full for f in military_airports_in(row, paragraph=war + "\n" + row)] == \
        ["Kesk airport"]
    item = "- **Kesk airport**, about 4 km north-east of Kesk, is used for smaller flights."
    assert [f.full for f in military_airports_in(item, paragraph=war + "\n" + item)] == \
        ["Kesk airport"]
    # a list of targets naming a port and a terminal too; not after an air base it neighbours
    targets = ("They named the Tallow terminal, the port of Orvale, Kesk airport, about 5 km "
               "south of the city of Kesk, and others.")
    assert [f.full for f in military_airports_in(targets, paragraph=war + " " + targets)] == \
        ["Kesk airport"]
    # just a direction from the town; a name with a particle; not where airlines fly
    near = "Zalingei airport, just south-east of Kesk, is also in rebel hands."
    assert [f.full for f in military_airports_in(near, paragraph=war + " " + near)] == \
        ["Zalingei airport"]
    de = "Quatro de Tallow Airport, just south of central Kesk, is closed."
    assert [f.full for f in military_airports_in(de, paragraph=war + " " + de)] == \
        ["Quatro de Tallow Airport"]
    civil = "Civil flights use Kesk Airport, north of the city."
    assert military_airports_in(civil, paragraph=war + " " + civil) == []
    apron = ("Tallow Airfield, the military apron of Kesk's Orvale Airport, about 7 km east of "
             "the city, was closed to civil traffic.")
    assert "Orvale Airport" not in [f.full for f in military_airports_in(
        apron, paragraph=war + " " + apron)]


def test_an_airport_a_report_of_war_places_in_a_clause_is_an_air_base():
    # a clause before the place ("which lies on the outskirts of", "a dirt strip located
    # about 10 km west of"), in a paragraph of war or a report whose lead speaks of war
    war = "Rebel drones and missiles flew over the gulf."
    for sentence, name in [
            ("Cargo flights land at Kesk airport, which lies on the outskirts of Kesk.",
             "Kesk airport"),
            ("The Panel examined Orvale airport, a dirt strip located about 10 km west of "
             "Orvale.", "Orvale airport")]:
        assert military_airports_in(sentence, paragraph=sentence) == []
        assert [f.full for f in military_airports_in(sentence, paragraph=war + " " + sentence)
                ] == [name]
        assert [f.full for f in military_airports_in(sentence, paragraph=sentence,
                                                     war_lead=True)] == [name]
    # a UN panel's report on an arms embargo is one of war
    from catalog.ingest.descriptions import war_in
    assert war_in("IV. Violations of the arms embargo")
    assert not war_in("IV. Cargo flights and their routes")


def test_a_towns_airport_hit_is_an_air_base():
    # "Palmyra's airport ... was also hit": the town's airport, a target
    got = military_airports_in("Kesk's airport, further east, was also hit.")
    assert [(f.site_name, f.at_place) for f in got] == [("Kesk airport", True)]
    assert military_airports_in("Kesk's airport reopened to tourists.") == []


@pytest.mark.parametrize(("row", "found"), [
    # a table's row naming a site bare, its kind in another cell
    ("Tallowabad | Kesk | air base / airport | 35.689, 51.313 | tanker burned",
     [("Tallowabad air base", "airbase")]),
    ("| Kestrel Hills | Orvale | missile base | — | portals struck |",
     [("Kestrel Hills missile base", "missile base")]),
    # a town's row; an infobox's field; a header
    ("Tallowabad | Kesk | city | 35.689, 51.313", []),
    ("Type | military air base", []),
    ("Type | Kesk | air base | none", []),
])
def test_a_tables_row_of_a_kind_names_a_site(row, found):
    assert [(f.site_name, f.facility_type) for f in typed_rows_in(row)] == found


def test_a_threads_numbered_post_names_an_air_base_bare():
    got = bare_air_bases_in("13/ Migalovo, about 10 km west-south-west of central Tver, "
                            "military transport aviation (Il-76).")
    assert [f.site_name for f in got] == ["Migalovo air base"]


@pytest.mark.parametrize("sentence, names", [
    # a radar named after its place, or put at one by its kind
    ("The Tallow radar, which Russia left in 2012, stands empty.", ["Tallow radar"]),
    ("Patriot batteries guard the Kesk radar in Malatya.", ["Kesk radar"]),
    ("The early-warning radar at Kesk, part of NATO's shield, is busy.", ["Kesk radar"]),
    # not a type ("a Voronezh radar"), a system, a country's, a weapon's or a station's
    # (the station is read with the facility words)
    ("A Voronezh radar went up at Tallow in 2012.", []),
    # (but the type's radar at a place is that place's radar)
    ("The Voronezh radar at Tallow was finished.", ["Tallow radar"]),
    ("The Aegis radar and the Chinese radar were compared.", []),
    ("The Tallow radar system and the Kesk radar station were built.", []),
    # a place's name with an apostrophe between its letters; a possessive is none
    ("The Tal'an radar in Kesk province covers the sea.", ["Tal'an radar"]),
    ("The Tallow's radar was new.", []),
    # a hard-wrapped line ending after "the"
    ("It has two sites, the Tallow radar in Kesk and the\nHolt radar in Orvale.",
     ["Tallow radar", "Holt radar"]),
    # a radar by its own name in capitals (not a people's, a type's, nor a body's)
    ("The Long Range Discrimination Radar at Kesk Space Force Station was accepted.",
     ["Long Range Discrimination Radar"]),
    ("The Russian Early Warning Radar and the Voronezh Early Warning Radar are new.", []),
    ("The Long Range Discrimination Radar Program Office said so.", []),
])
def test_a_radar_named_after_its_place(sentence, names):
    assert [f.site_name for f in radar_sites_in(sentence)] == names


@pytest.mark.parametrize("sentence, atoms, names", [
    # a nuclear test's place, after the test or before it, a list of them, a wrapped line
    ("Nuclear tests were held at Tallow Field and in the Kesk Islands.", False,
     ["Tallow Field test site", "Kesk Islands test site"]),
    ("Kesk dug two test shafts at Orvale in 1977.", False, ["Orvale test site"]),
    ("New tunnelling at Tallow Nur, where Kesk fired\n45 atomic tests.", False,
     ["Tallow Nur test site"]),
    # "tests" alone, only in a paragraph of the atom, and no missile's or engine's
    ("The first British test at Orvale was in 1956.", True, ["Orvale test site"]),
    ("The first British test at Orvale was in 1956.", False, []),
    ("Missile tests at Orvale went on in the nuclear age.", True, []),
    # no region, country, date or test site's own name
    ("Nuclear tests in the Kesk Hills, in May, at France's range and at Italy.", True, []),
    ("Nuclear tests at the Orvale Test Site resumed.", False, []),
])
def test_a_nuclear_test_site_named_after_its_place(sentence, atoms, names):
    assert [f.site_name for f in nuclear_test_sites_in(sentence, atoms)] == names


@pytest.mark.parametrize("intro, item, found", [
    # an item opening with a name, under an intro on bases or outposts
    ("China has built three large bases with runways and hangars:",
     "- **Tallow Reef** (Kesk Jiao), in the west of the chain.", [("Tallow Reef", "airbase")]),
    ("The navy's bases in the north:", "1. Holt – two piers, a dry dock.",
     [("Holt base", "other")]),
    ("The naval bases in the north:", "* Holt, with two piers.",
     [("Holt naval base", "naval base")]),
    # not under another intro, not an item opening on no name or on a base's own name
    ("The ministers who visited:", "- **Tallow Kesk** (Defence), in May.", []),
    ("The air bases that matter:", "- Runways were lengthened at most.", []),
    ("The air bases that matter:", "- Tallow Air Base, near Holt.", []),
    ("The air bases that matter:", "- Russia, which flies from them.", []),
    # a navy's air stations, named like ships
    ("Its other air stations include:", "- INS Tallow, at Kesk, about 64 km west of Holt;",
     [("INS Tallow", "airbase")]),
    ("The radio stations that matter:", "- Tallow FM, at Kesk.", []),
])
def test_a_lists_items_are_the_bases_its_intro_speaks_of(intro, item, found):
    assert [(f.site_name, f.facility_type) for f in listed_sites_in(item, intro)] == found


@pytest.mark.parametrize("sentence, paragraph, names", [
    ("Weapons are stored at Tallow AB near Kesk, home of F-16 fighters.", None, ["Tallow AB"]),
    # a table's row, under a header or a title of bases
    ("Belgium        Kleine Tallow AB      near Kesk          10-15",
     "Country    Base    Location    Weapons", ["Kleine Tallow AB"]),
    # a firm's "AB" among no words of aircraft or bases; a country's name is no base's
    ("Tallow AB reported a profit in Sweden.", None, []),
    ("Orvale AB, the operator, runs the repository.", None, []),
    ("Jets of the Sweden AB division flew.", None, []),
])
def test_an_air_base_named_with_ab_after_its_name(sentence, paragraph, names):
    assert [f.site_name for f in abbreviated_air_bases_in(sentence, paragraph)] == names


def test_the_airport_at_a_town_opening_a_sentence():
    found = military_airports_in("The airport at Tallow-Kesk, some 12 km east of Holt, is "
                                 "used by the air force.")
    assert [(f.site_name, f.facility_type) for f in found] == [("Tallow-Kesk airport", "airbase")]


@pytest.mark.parametrize("sentence, found", [
    ("One example is Ordnance Factory Tallowa, about 10 km north-east of Kesk.",
     [("Ordnance Factory Tallowa", "Tallowa", "production")]),
    ("The Ordnance Factory Board was split in 2021.", []),  # a body
    # a British defence laboratory at its site
    ("Research on defence against nerve agents continues at Dstl Tallowa, near Kesk.",
     [("Dstl Tallowa", "Tallowa", "other")]),
    # ... and an army's depot
    ("A fire at the Central Ammunition Depot Tallowa, near Kesk, killed two.",
     [("Central Ammunition Depot Tallowa", "Tallowa", "storage")]),
    ("The Central Ordnance Depot Tallowa supplies the corps.",
     [("Central Ordnance Depot Tallowa", "Tallowa", "storage")]),
])
def test_an_ordnance_factory_by_its_place(sentence, found):
    assert [(f.full, f.name, f.facility_type) for f in head_first_in(sentence)] == found


@pytest.mark.parametrize("sentence, paragraph, found", [
    # a Russian works by its one word ending in "zavod", its English gloss another name
    ("At Tallowmashzavod [Tallow Machine-Building Plant], which makes tanks, work grew.", None,
     [("Tallowmashzavod", ["Tallow Machine-Building Plant"])]),
    # ... the arms said in its paragraph
    ("The plant he works for, Kestrelzavod, is in Tallow.",
     "The plant he works for, Kestrelzavod, is in Tallow. It sends T-90M tanks to the front.",
     [("Kestrelzavod", [])]),
    # not a maker of cars, nor a word inside a longer one
    ("Tallowavtozavod makes cars and buses.", None, []),
    ("Fire spread to two fuel tanks at Tallowneftezavod, officials said.", None, []),
    ("Debris fell on Tallowsakhzavod, a sugar plant, after drones struck.", None, []),
    ("The Tallowzavodsky district was shelled by artillery.", None, []),
])
def test_a_russian_works_by_its_one_word_name(sentence, paragraph, found):
    assert [(f.site_name, [a for a, _ in f.aliases]) for f in zavods_in(sentence, paragraph)] \
        == found
    assert all(f.facility_type == "production" for f in zavods_in(sentence, paragraph))


@pytest.mark.parametrize("sentence, found", [
    # a French atomic centre by its name, in a sentence about the atom
    ("Andra already runs the Centre de l'Orvale, at Kesk, for short-lived low-level waste; "
     "its first surface repository, the Centre de la Tallow beside Holt, is closed.",
     ["Centre de l'Orvale", "Centre de la Tallow"]),
    ("The reactor fuel is made at the Centre de Kestrel in the south.", ["Centre de Kestrel"]),
    # not a centre of anything else
    ("The Centre de Recherche Tallow hosts a conference on art.", []),
])
def test_a_french_atomic_centre_by_its_name(sentence, found):
    assert [f.site_name for f in french_centres_in(sentence)] == found
    assert all(f.facility_type == "nuclear" for f in french_centres_in(sentence))


@pytest.mark.parametrize("heading, found", [
    # a section's heading: a facility's name and its initials
    ("Fuel Enrichment Plant (FEP)", ("Fuel Enrichment Plant", "FEP")),
    ("Kestrel Heavy Water Research Reactor (KHWRR)",
     ("Kestrel Heavy Water Research Reactor", "KHWRR")),
    # initials that are not the name's, or a name of no facility
    ("Fuel Enrichment Plant (FMP)", None),
    ("Annex on Safeguards (AOS)", None),
])
def test_a_heading_naming_a_facility_and_its_initials(heading, found):
    f = heading_named_by_initials(heading)
    assert (None if f is None else (f.site_name, f.aliases[0][0])) == found


@pytest.mark.parametrize("sentence, names", [
    ("The navy's 43rd Communications Centre near Tallow sends orders to submarines.",
     ["43rd Communications Centre"]),
    ("Its 338th Naval Communication Centre near Kesk was not imaged.",
     ["338th Naval Communication Centre"]),
    # a unit, or a body's centre "of" something
    ("The 3rd Infantry Division and the 12th Centre of Excellence met.", []),
])
def test_a_centre_named_by_its_number(sentence, names):
    assert [f.site_name for f in numbered_centres_in(sentence)] == names


def test_the_sites_possessive_after_a_town_says_no_site():
    # "in Kurchatov, the site's support town on the Irtysh": the town, no "Kurchatov site"
    assert described_in("The centre in Testburg, the site's support town, opened.") == []


def test_a_radar_by_its_type_or_designation_is_named_after_its_place():
    # "the Don-2N radar near Sofrino": one radar, named after its place and by its designation
    (f,) = radar_sites_in("The Kesk-2N radar near Testburg got an update.")
    assert (f.site_name, f.aliases) == ("Testburg radar", [("Kesk-2N radar", 4)])
    (f,) = radar_sites_in("The Daryal radar at Testburg was closed.")
    assert (f.site_name, f.aliases) == ("Testburg radar", [])
    assert radar_sites_in("A Daryal radar stood at Testburg.") == []


@pytest.mark.parametrize("sentence, names", [
    # "Israel's Jericho ballistic missiles are believed to be based at Sdot Micha"
    ("Testland's Tallow ballistic missiles are believed to be based at Kesk, in the hills.",
     ["Kesk missile base"]),
    ("The launchers were deployed at Kesk and Holt in 2020.",
     ["Kesk missile base", "Holt missile base"]),
    # warships: a naval base ("The four missile submarines are based at Île Longue")
    ("The four missile submarines are based at Île Kesk, on the peninsula.",
     ["Île Kesk naval base"]),
    ("The frigates were homeported at Kesk.", ["Kesk naval base"]),
    # munitions stored or made at a place: a depot, a works ("munitions stored at Cobasna",
    # "small-arms ammunition is made at Radway Green")
    ("Some 20,000 tonnes of old munitions stored at Kesk (Kolbesk) remain.",
     ["Kesk munitions depot"]),
    ("Small-arms ammunition is made at Kesk Green, near Holt.", ["Kesk Green munitions plant"]),
    # (not a moment's: "whether any munitions had been stored at Mezzeh")
    ("It did not say whether any munitions had been stored at Kesk.", []),
    # a launch, a region, or no missiles
    ("The missiles were fired from Kesk at Holt.", []),
    ("The missiles are based in Kesk province.", []),
    ("The brigades are based at Kesk.", []),
])
def test_missiles_based_at_a_place_name_its_missile_base(sentence, names):
    assert [f.site_name for f in weapons_kept_at(sentence)] == names


@pytest.mark.parametrize("sentence, name", [
    # "The Kirana Hills, near Sargodha, have long been reported as a storage area for nuclear
    # weapons": a plural name's verb, and what it is reported as
    ("The Tallow Hills, near Kesk, have long been reported as a storage area for warheads.",
     "Tallow Hills"),
    ("The Tallow Hills are a storage area for warheads.", "Tallow Hills"),
    ("Tallow, near Kesk, was described as a missile base.", "Tallow"),
])
def test_a_plural_name_or_one_reported_as_a_facility_is_described(sentence, name):
    assert [d.name for d in described_in(sentence)] == [name]


@pytest.mark.parametrize("sentence, phrase", [
    # "Chiha-ri, in Kangwon Province, is the southernmost of the bases in the east"
    ("Tallow, in Kesk Province, is the southernmost of the bases in the east.", "base"),
    ("Tallow is the largest of the new missile bases.", "missile base"),
])
def test_the_superlative_of_facilities_describes_one(sentence, phrase):
    assert [(d.name, d.phrase) for d in described_in(sentence)] == [("Tallow", phrase)]


def test_a_name_opening_on_an_accented_capital_is_described():
    assert [d.name for d in described_in("Ørvik, the main air base of the north, is busy.")] \
        == ["Ørvik"]


@pytest.mark.parametrize("sentence", [
    # "the Naval Radio Transmitter\nFacility Niscemi, or NRTF Niscemi, in south-central Sicily"
    "The new sensor is the Naval Radio Transmitter Facility Tallow, near Kesk.",
    "The new sensor is the Naval Radio Transmitter\nFacility Tallow, near Kesk.",
])
def test_a_radio_facility_named_first_over_a_lines_end(sentence):
    (f,) = head_first_in(sentence)
    assert (" ".join(f.full.split()), f.name) == ("Naval Radio Transmitter Facility Tallow",
                                                  "Tallow")


def test_a_force_acronym_before_a_units_possessive_names_no_site():
    # "including the RAF Regiment's training": a unit's, no station named Regiment
    sentence = "RAF Tallow hosts units, including the RAF Regiment's training school."
    assert [f.full for f in head_first_in(sentence)] == ["RAF Tallow"]


def test_a_peoples_word_before_the_owners_possessive_then_the_name():
    # "The Emirati army's main garrison, Zayed Military City, lies inland"
    got = described_in("The Testish army's main garrison, Tallow Military City, lies inland.")
    assert [(d.name, d.phrase) for d in got] == [("Tallow Military City", "garrison")]


@pytest.mark.parametrize("sentence, found", [
    # "The deadliest struck Tower 22, a small logistics outpost in north-eastern Jordan"
    ("The drone struck Tallow 22, a small logistics outpost near the border.",
     [("Tallow 22", "logistics outpost")]),
    # "FiR 1, a TRIGA reactor in Otaniemi": a research reactor by its number, a site
    ("- Testland: Kesk 1, a TRIGA reactor in Holt, closed in 2015.", [("Kesk 1", "reactor")]),
    # a power plant's unit ("Kori 1 was the first commercial reactor"), a designation
    ("Kesk 1 was the first commercial reactor in Testland.", []),
    ("Kesk 3, the first EPR reactor built here, sits beside the older units.", []),
    ("Under its designation K-25, the airfield was used.", []),
])
def test_a_name_with_a_number_of_its_own_is_described(sentence, found):
    assert [(d.name, d.phrase) for d in described_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    # a phrase opening the sentence, then a facility by its own name: not what the
    # phrase's place is ("In the far northeast of Yakutia, the Cherskiy airfield")
    ("In the far north of Tallowia, the Kesk airfield is to be rebuilt.", []),
    ("In the north of Tallowia, the Kesk airfield is to be rebuilt.", []),
    # ... but a place after the phrase, and what it is (a verb's object, aircraft's
    # designations before the facility words)
    ("On the same morning a drone struck Tallow, the main Tu-95 and Tu-160 base on the Volga.",
     [("Tallow", "air base")]),
    ("In the north, Tallow, the main air base, was hit.", [("Tallow", "air base")]),
    ("In late 2015 at Tallow, the Russian Air Force base, jets landed.", [("Tallow", "base")]),
    ("After the drone strike on Tallow, the Black Sea Fleet air base, the jets left.",
     [("Tallow", "air base")]),
])
def test_a_phrase_opening_a_sentence_is_not_described_by_a_facility_of_its_own_name(
        sentence, found):
    assert [(d.name, d.phrase) for d in described_in(sentence)] == found


@pytest.mark.parametrize("sentence, atoms, found", [
    ("Tallow Flat: the early atmospheric shots, with test houses still standing.", True,
     [("Tallow Flat", "test site")]),
    ("Kesk Mountain, a granite massif tunnelled for underground nuclear tests.", False,
     [("Kesk Mountain", "test site")]),
    ("The Orvane Hills, near Holt, where the army is believed to store weapons, were hit.",
     False, [("Orvane Hills", "storage")]),
    ("Readers ask about Pickaxe Mesa, where since 2020 the agency has been tunnelling.", True,
     [("Pickaxe Mesa", "nuclear")]),
    # no test of the atom, no weapons stored, no paragraph of the atom; a range of mountains
    ("Tallow Flat hosts engine testing for the spaceport.", False, []),
    ("Farmers store grain in the Orvane Hills.", False, []),
    ("Readers ask about Pickaxe Mesa, where the railway is tunnelling.", False, []),
    ("Missiles are stored in tunnels under the Zagros Mountains.", False, []),
])
def test_a_site_named_after_its_hills_or_flat_by_what_is_done_there(sentence, atoms, found):
    from catalog.ingest.descriptions import landform_sites_in

    got = landform_sites_in(sentence, atoms)
    assert [(f.site_name, f.facility_type) for f in got] == found
    assert all(sentence[f.start:f.end] == f.site_name for f in got)


def test_an_owner_in_capitals_among_the_words_after_the_verb_or_in_an_apposition():
    """'Hotan ..., remains the PLA Air Force's main fighter base'; 'RAFO Salalah ... is the
    air force's southern base'; but 'in Orvale, the air force's main base' says what the
    base named before is, not that Orvale is one."""
    assert [f.name for f in described_in(
        "Tallow (37.0385, 79.8649), some 380 km north-north-east of Kesk, remains the PLA "
        "Air Force's main fighter base.")] == ["Tallow"]
    assert [f.name for f in described_in(
        "Tallow, just north of Kesk, is the air force's southern base.")] == ["Tallow"]
    assert described_in("The army retook Tallow Air Base [in Orvale, the air force's main "
                        "base] in 2024.") == []
    assert [(f.full, f.facility_type) for f in head_first_in(
        "RAFO Tallow is the air force's southern base.")] == [("RAFO Tallow", "airbase")]
    assert [(f.full, f.facility_type) for f in head_first_in(
        "FOB Tallow, on the edge of Kesk, was shelled.")] == [("FOB Tallow", "other")]


def test_a_navys_establishment_named_like_a_ship_by_where_it_stands_or_what_it_teaches():
    """'PNS Qasim, on Manora island across the harbour from Karachi, houses the marine
    units'; 'PNS Karsaz on Shahrah-e-Faisal is the navy's main technical training school';
    not a ship sunk near a town."""
    assert [(f.full, f.facility_type) for f in head_first_in(
        "PNS Tallow, on Kesk island across the harbour from Orvale, houses the navy's "
        "marine units.")] == [("PNS Tallow", "naval base")]
    assert [(f.full, f.facility_type) for f in head_first_in(
        "PNS Tallow on Kesk Road is the navy's main technical training school.")] == [
        ("PNS Tallow", "naval base")]
    assert [f.facility_type for f in head_first_in(
        "HMS Tallow, near Kesk, was sunk in 1982 by the navy.")] != ["naval base"]


def test_an_air_forces_academy_or_school_by_its_initials_is_no_place():
    assert [f.full for f in head_first_in(
        "SLAF Tallow, home of the SLAF Academy's flying training and the RAF School of "
        "Physical Training, opened in 1940.")] == ["SLAF Tallow"]


def test_indias_ordnance_works_by_their_kind_then_their_place():
    for name in ("Vehicle Factory Tallow", "Heavy Vehicles Factory Tallow",
                 "Rifle Factory Tallow", "Gun Carriage Factory Tallow"):
        assert [(f.full, f.facility_type) for f in head_first_in(
            f"{name} (VFT) assembles trucks for the army.")] == [(name, "production")], name


def test_a_civil_military_airport_is_a_military_one():
    assert [(f.name, f.phrase) for f in described_in(
        "Tallow Gunsa (32°06′00″N 80°03′11″E), the civil-military airport that serves Kesk, "
        "now has 18 hardened shelters.")] == [("Tallow Gunsa", "military airport")]


def test_a_numbered_base_at_a_place_a_hard_wrapped_line_puts_on_the_next():
    assert [f.site_name for f in numbered_bases_in(
        "Base 62 at Kesk, Base 63 at\nTallow, Base 64 at Holt.")] == [
        "Base 62", "Base 63", "Base 64"]


def test_initials_and_a_place_the_words_after_spell_out_name_a_site():
    """'MCF Hassan, the Master Control Facility in Karnataka': the site at Hassan."""
    assert [(f.full, f.name) for f in head_first_in(
        "- TCF Tallow, the Tracking Control Facility in Orvale, will take over.")] == [
        ("TCF Tallow", "Tallow")]
    assert head_first_in("NASA Tallow, the Ames Research Center, is in Orvale.") == []


def test_a_name_after_the_sentences_article_is_said_to_be_an_officer_academy():
    """"The Heroico Colegio Militar, the army's officer academy, is in Tlalpan"."""
    assert [f.name for f in described_in(
        "The Colegio Tallow, the army's officer academy, is in Kesk.")] == ["Colegio Tallow"]
    assert described_in("The Hague, the seat of the court, is in Holland.") == []


def test_outposts_a_sentence_includes_are_read_with_a_reef_named_by_a_compass_word():
    got = [f.site_name for f in outposts_in(
        "Other outposts where new land has been created include Tallow South Reef, Kesk "
        "Reef and West Reef, according to a tally.")]
    assert got == ["Tallow South Reef", "Kesk Reef", "West Reef"]
    # (an island so named is a place a site stands on: "the runway on West Island")
    assert outposts_in("The runway on West Island will be strengthened.") == []


def test_a_replys_first_word_is_no_name_the_base_describes():
    # a thread's reply: "Fair, the base was big." (but a place's name of that word's look)
    assert described_in("Fair, the base was big.") == []
    assert described_in("Well, the base was big.") == []
    assert [f.name for f in described_in("Great Kesk, the base, was big.")] == ["Great Kesk"]


def test_the_climate_talks_cop_is_no_combat_outpost():
    assert head_first_in("Delegates met at COP Kesk to negotiate emissions.") == []
    assert [f.full for f in head_first_in("Troops held COP Kesk.")] == ["COP Kesk"]


def test_a_russian_plant_by_its_word_put_first():
    assert [(f.full, f.name, f.facility_type) for f in head_first_in(
        "Zavod Tallow in Kesk makes guidance kits for missiles.")] == [
        ("Zavod Tallow", "Tallow", "production")]


@pytest.mark.parametrize("sentence, full", [
    ("The brigade is based at the Tallowjärven varuskunta, north-east of Kesk.",
     "Tallowjärven varuskunta"),
    ("Kirkonmaan linnake, the coastal fortress off Kesk, still belongs to the navy.",
     "Kirkonmaan linnake"),
    ("Lot 1 - Tallow lennubaas, Harju maakond.", "Tallow lennubaas"),
    ("Lot 2 - Kesk linnak, Lääne-Viru maakond.", "Kesk linnak"),
    ("Lot 4 - Tallowpalu harjutusväli, Võru maakond.", "Tallowpalu harjutusväli"),
    ("Lot 8 - Kesk radarijaam, Lääne-Viru maakond.", "Kesk radarijaam"),
    ("**Kauno Tallow fortas** (the Tallow Fort) is the one everybody knows.",
     "Kauno Tallow fortas"),
    ("The route lists the Tallowgrīvas cietoksnis, the Swedish fortress.",
     "Tallowgrīvas cietoksnis"),
    ("1 | Tallows kastell | Vaxholm | Stockholms län |", "Tallows kastell"),
    # Turkey's bases, radars and yards, their words after the name
    ("Jets left İnkestrel Hava Üssü on Monday.", "İnkestrel Hava Üssü"),
    ("The Kürtallow Radar Üssü in Malatya watches Iran.", "Kürtallow Radar Üssü"),
    ("Officials visited the Kesk Deniz Üs Komutanlığı near Marmaris.",
     "Kesk Deniz Üs Komutanlığı"),
    ("Repairs at Şallow Tersanesi continued.", "Şallow Tersanesi"),
])
def test_a_nordic_or_baltic_base_named_first_then_its_word(sentence, full):
    assert [f.full for f in air_stations_named_first_in(sentence)] == [full]


@pytest.mark.parametrize("sentence, names", [
    ("The troops moved to the Julius-Tallow-Kaserne in Kesk.", ["Julius-Tallow-Kaserne"]),
    ("The battalion is at the Tallowburgkaserne in Kesk.", ["Tallowburgkaserne"]),
    ("The brigade sits at the Johannes Tallowkazerne near Kesk.", ["Johannes Tallowkazerne"]),
    ("- the Van Tallow Keskkazerne in Holt, home of the marines;", ["Van Tallow Keskkazerne"]),
    ("The Kaserne was old.", []),
    ("The old kaserne in Kesk was sold.", []),
    # a stop word, an army's or a people's word before it is no part of its name
    ("Yesterday Tallowkaserne in Kesk was handed to the city.", ["Tallowkaserne"]),
    ("The Bundeswehr Julius-Tallow-Kaserne is big.", ["Julius-Tallow-Kaserne"]),
    ("German troops left the Tallowkaserne.", ["Tallowkaserne"]),
    ("The unit left Kesk's Julius-Tallow-Kaserne in May.", ["Julius-Tallow-Kaserne"]),
    # a police's or a fire brigade's
    ("The Brandweerkazerne in Kesk is a fire station.", []),
    ("The Polizeikaserne in Kesk houses riot police.", []),
])
def test_a_barracks_word_glued_to_its_name(sentence, names):
    assert [f.site_name for f in glued_barracks_in(sentence)] == names


def test_a_sentence_of_only_a_glued_barracks_is_read():
    text = "The battalion is at the Tallowburgkaserne in Kesk."
    assert list(facility_sentences(text, [(0, len(text))], lowered(text)))


@pytest.mark.parametrize("sentence, found", [
    ("Day 5 - vliegbasis Tallow, about 6 km east of Kesk.", [("vliegbasis Tallow", "Tallow")]),
])
def test_a_native_base_word_in_small_letters(sentence, found):
    assert [(f.full, f.name) for f in head_first_in(sentence)] == found


def test_a_portuguese_airport_the_military_uses():
    got = military_airports_in(
        "The Aeroporto de São Tallow da Kesk, about 12 km east of Holt, is where the 2nd "
        "Jungle Infantry Brigade loads its supplies.")
    assert [(f.full, f.name) for f in got] == [
        ("Aeroporto de São Tallow da Kesk", "São Tallow da Kesk")]
    assert military_airports_in("We flew into the Aeroporto de Tallow for a holiday.") == []
    # a name's particle and article ("Ciudad del Este", "Santa Cruz de la Sierra")
    got = military_airports_in("Rebel drones struck the air base and the Aeropuerto de "
                               "Ciudad del Kesk in Orvalia.")
    assert [f.name for f in got] == ["Ciudad del Kesk"]


@pytest.mark.parametrize("sentence", [
    "The army moved troops to Fortaleza de Tallow, a town in Orvalia.",  # a town's name
    "Students of the University of Kesk live in the Ülikooli linnak in Kesk.",  # a campus
    "The Zavod Republike Tallow za statistiko published the budget.",  # an office
    "We walked to the Tallow kastell, a Roman fort.",  # a Roman fort
    # a Skopje municipality's, a town's quarter's
    "The army's engineers built a new school in Aerodrom Municipality of Kesk.",
    "Residents of Aerodrom Settlement protested.",
])
def test_native_words_of_no_military_site(sentence):
    assert head_first_in(sentence) == [] and air_stations_named_first_in(sentence) == []


@pytest.mark.parametrize("sentence, found", [
    # a Canadian Forces Ammunition Depot
    ("- CFAD Tallow Point, in Kesk, is the navy's ammunition depot on the west coast.",
     [("CFAD Tallow Point", "Tallow Point", "storage")]),
    # a navy's reserve division named like a ship
    ("- HMCS Tallow, the naval reserve division on Kesk Island in Holt, is a short walk away.",
     [("HMCS Tallow", "Tallow", "naval base")]),
])
def test_more_acronyms_and_ship_like_names_of_bases(sentence, found):
    assert [(f.full, f.name, f.facility_type) for f in head_first_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    # the U.S. forces' bases by their kind, named first
    ("The navy built Naval Operating Base Tallow on the Kesk peninsula.",
     [("Naval Operating Base Tallow", "Tallow", "naval base")]),
    ("Battalion Headquarters went to Main Operating Base Tallow Gah, in Tallow Gah.",
     [("Main Operating Base Tallow Gah", "Tallow Gah", "other")]),
    ("Contingency Operating Base Kesk lies near Holt.",
     [("Contingency Operating Base Kesk", "Kesk", "other")]),
    # a Spanish army base named after an officer, his whole name
    ("Helicopters fly from Base Coronel Tallow at Kesk, about 30 km north of Holt.",
     [("Base Coronel Tallow", "Coronel Tallow", "other")]),
    ("South again to Base Coronel Sánchez Tallow just outside Kesk.",
     [("Base Coronel Sánchez Tallow", "Coronel Sánchez Tallow", "other")]),
    ("The brigade moved to Base General Tallow, outside Kesk.",
     [("Base General Tallow", "General Tallow", "other")]),
    # ... not a base's general hospital, nor its commander
    ("The Base General Hospital was busy.", []),
    ("The Base Commander spoke to the press.", []),
])
def test_operating_bases_and_bases_named_after_officers(sentence, found):
    assert [(f.full, f.name, f.facility_type) for f in head_first_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("Drones hit the Tallow Fleet headquarters in Kesk on Monday.",
     ["Tallow Fleet headquarters"]),
    ("The Eastern Theater Command runs its operations from the Eastern Theater Command "
     "headquarters in Kesk.", ["Eastern Theater Command headquarters"]),
    ("The Tallow Military District headquarters, in Kesk, was visited.",
     ["Tallow Military District headquarters"]),
    ("A visit to the Operational Group of Tallow Forces headquarters in Kesk was refused.",
     ["Operational Group of Tallow Forces headquarters"]),
    ("The operational headquarters was Sector 10 headquarters at Kesk.",
     ["Sector 10 headquarters"]),
    ("The UNIFIL headquarters in Kesk lies by the sea.", ["UNIFIL headquarters"]),
    # an army's command of a quarter of its country; a unified command written with "US"
    ("Rockets hit the IDF Northern Command headquarters in Kesk.",
     ["IDF Northern Command headquarters"]),
    ("The Eastern Command headquarters at Kesk moved.", ["Eastern Command headquarters"]),
    ("The USAFRICOM headquarters at Tallow Barracks in Kesk plans it.",
     ["USAFRICOM headquarters"]),
    ("The USFK headquarters at Kesk moved.", ["USFK headquarters"]),
    # ... not a police's, nor a region's
    ("The NPF Northern Command headquarters in Kesk closed.", []),
    ("The Northern Region headquarters in Kesk closed.", []),
    # an army's command of a region, a town right after it (no "headquarters")
    ("The Northern Regional Military Command, in Kesk, directs operations.",
     ["Northern Regional Military Command"]),
    ("The Eastern Military Command at Kesk moved.", ["Eastern Military Command"]),
    # an army by its number, placed "in" or "based in"
    ("It directs the 8th Guards Combined Arms Army headquarters in Kesk.",
     ["8th Guards Combined Arms Army headquarters"]),
    ("It answers for the 1st Guards Tank Army headquarters, based in Kesk, near Tallow.",
     ["1st Guards Tank Army headquarters"]),
    ("The Red Army headquarters in Kesk closed.", []),
    # an army's military region by its number or its quarter
    ("Tallow's Military Region 4 headquarters, in Kesk, controls the forces.",
     ["Military Region 4 headquarters"]),
    ("The Eastern Military Region headquarters in Kesk moved.",
     ["Eastern Military Region headquarters"]),
    # ... not one no town follows, nor a police's
    ("Soldiers of the Eastern Military Command attacked the village.", []),
    ("The Police Military Command in Kesk closed.", []),
    ("Rebels of the Unified Military Command in Kesk, Syria, said so.", []),
    # a command of its kind's words only, a body of no military, one with no place after
    ("Air Force Command Headquarters in Kesk said nothing.", []),
    ("The IAEA headquarters in Kesk hosted the talks.", []),
    ("The Tallow School District headquarters in Kesk closed.", []),
    ("The Peace Corps headquarters in Kesk closed.", []),
    ("The Tallow Fleet headquarters was quiet.", []),
])
def test_a_commands_headquarters_named_and_placed(sentence, found):
    assert [f.site_name for f in headquarters_in(sentence)] == found


def test_a_commands_headquarters_is_read_in_a_sentence_of_no_facility_word(empty):
    text = "On Monday drones hit the Tallow Fleet headquarters in Kesk, officials said.\n"
    assert [(f.site_name, f.facility_type) for f in Ingester(empty).analyse(text).findings] \
        == [("Tallow Fleet headquarters", "command")]


@pytest.mark.parametrize("sentence, found", [
    ("Funds went to the Centre de détection et de contrôle de Tallow-la-Kesk, about 19 km "
     "west of Holt.", [("Centre de détection et de contrôle de Tallow-la-Kesk",
                        "Tallow-la-Kesk", "other")]),
    ("Missiles fly from the Centre d'essais de la Tallow on the coast.",
     [("Centre d'essais de la Tallow", "Tallow", "other")]),
    # a centre of no forces' trade, and an atomic one in a sentence of no atom
    ("The Centre de loisirs de Tallow is open in summer.", []),
    ("The Centre de Recherche Tallow hosts a conference on art.", []),
])
def test_a_french_forces_centre_by_what_it_does_and_its_place(sentence, found):
    assert [(f.full, f.name, f.facility_type) for f in french_centres_in(sentence)] == found


def test_a_french_air_base_by_its_number_and_place_is_also_named_by_its_number():
    (f,) = head_first_in("He asks what is planned for BA 705 Tallow, about 5 km north of Kesk.")
    assert (f.full, [a for a, _ in f.aliases]) == ("BA 705 Tallow", ["BA 705"])


def test_a_french_aerodrome_the_military_uses():
    got = military_airports_in(
        "Three strips will be reopened for the battalion's resupply flights: the aérodrome "
        "d'Tallow, about 85 km south-east of Kesk.")
    assert [(f.full, f.name) for f in got] == [("aérodrome d'Tallow", "Tallow")]
    assert military_airports_in("We flew into the aérodrome de Tallow for a holiday.") == []


def test_a_french_centre_named_after_an_ocean_is_no_site():
    assert french_centres_in("He served at the Centre d'expérimentations du Pacifique, on "
                             "the atoll of Tallow.") == []


@pytest.mark.parametrize("sentence, found", [
    ("Further inland, the BAN Tallow, about 6 km west of Kesk, is home to the navy's fighters.",
     [("BAN Tallow", "Tallow", "airbase")]),
    ("THE BAN ON NUCLEAR TESTS REMAINS IN FORCE.", []),  # a ban, in capitals
])
def test_a_french_naval_air_station_by_its_initials(sentence, found):
    assert [(f.full, f.name, f.facility_type) for f in head_first_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    ("RAF Tallow al Kesk, a staging airfield, was kept as a landing ground.",
     [("RAF Tallow al Kesk", "airbase")]),
    ("The troops at Camp Tallow bin Kesk trained.", [("Camp Tallow bin Kesk", "other")]),
    # ... not an English word between two names
    ("The troops at Camp Tallow as Kesk's allies trained.", [("Camp Tallow", "other")]),
])
def test_an_arabic_particle_inside_a_name_after_its_kind(sentence, found):
    assert [(f.full, f.facility_type) for f in head_first_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    # a missile force's bases by their numbers, in a sentence on missiles
    ("Six are missile bases; among them, Base 61 is in Kesk, and Base 66 in Holt.",
     ["Base 61", "Base 66"]),
    # ... not an air base's number, nor a base in a sentence of no missile
    ("The missiles flew from Air Base 201 in Kesk.", []),
    ("Base 12 of the scouts camped in Kesk.", []),
])
def test_a_missile_forces_base_by_its_number(sentence, found):
    assert [f.site_name for f in numbered_centres_in(sentence)] == found


@pytest.mark.parametrize("sentence", [
    # a party's, a police force's, a charity's, a firm's, a police unit's; not a command
    "Protesters gathered outside the Lebanese Forces headquarters in Kesk on Sunday.",
    "Supporters marched to the Patriotic Front headquarters in Kesk.",
    "A bomb exploded near the Tallow State Police Command headquarters in Kesk.",
    "The Mercy Corps headquarters in Kesk announced new aid.",
    "Engineers at the Tallow Defense Division headquarters in Kesk said so.",
    "Detectives from the Narcotics Division headquarters in Kesk arrested two men.",
    "The TELECOM headquarters in Kesk was hit.",
    "The Corps headquarters at Kesk issued orders.",  # its kind's words only
])
def test_a_headquarters_of_no_military_command_is_no_site(sentence):
    assert headquarters_in(sentence) == []


@pytest.mark.parametrize("sentence, found", [
    ("Near Tallow Fleet headquarters in Kesk, a drone fell.", ["Tallow Fleet headquarters"]),
    ("Orvalia's Tallow Fleet headquarters in Kesk was hit.", ["Tallow Fleet headquarters"]),
    ("The 1st Armoured Division headquarters in Kesk moved.",
     ["1st Armoured Division headquarters"]),
])
def test_a_commands_headquarters_without_the_words_before_it(sentence, found):
    assert [f.site_name for f in headquarters_in(sentence)] == found


@pytest.mark.parametrize("sentence", [
    "The Centre de contrôle technique de Kesk inspects cars.",
    "Members of the Centre de tir sportif de Tallow won three medals.",
    "Air traffic is handled by the Centre de contrôle régional de la navigation de Kesk.",
    "The Centre d'essais de Kesk tests new cars.",
])
def test_a_french_civil_centre_is_no_forces_centre(sentence):
    assert french_centres_in(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Under Base General Order 12 the gates of Kesk close at dusk.",
    "Protesters gathered at the Comandancia General de la Policía Nacional in Kesk.",
])
def test_an_order_or_a_police_command_is_no_base(sentence):
    assert head_first_in(sentence) == []


@pytest.mark.parametrize("sentence, around, found", [
    # a Spanish army base named "Base" and its name alone, where its army's units are
    # spoken of in the sentence or the paragraph (or the lead) given with it
    ("The Brigada Tallow XII at Base El Kesk, on the edge of Holt, keeps its tanks.", None,
     [("Base El Kesk", "El Kesk", "other")]),
    ("Base Conde de Tallow, in Kesk, some 8 km west of Holt, stays open.",
     "The Mando de Artillería keeps its headquarters there.",
     [("Base Conde de Tallow", "Conde de Tallow", "other")]),
    # ... not a base's commander, even there, nor a bare "Base X" with no such army around
    ("The Base Commander of the Regimiento Tallow spoke.", None, []),
    ("Base Tallow, in Kesk, stays open.", "The wing flies F-16s from there.", []),
    ("Base Realignment and Closure shut Kesk.", "The Air Force agreed.", []),
    # ... nor a translator's note on a kind's words
    ('"Base Aeronaval" is rendered as "Naval Air Base".', "The Ejército de Tierra agreed.", []),
    # ... nor an English noun after "Base", where a Spanish unit is named or an American
    # Legion post
    ("The Base Exchange at Kesk sold it.", "The Regimiento Tallow is there.", []),
    ("Base Housing at Kesk was renovated.", "The American Legion and Stepan Bandera.", []),
])
def test_a_spanish_army_base_by_its_name_alone(sentence, around, found):
    got = head_first_in(sentence, around)
    assert [(f.full, f.name, f.facility_type) for f in got] == found


@pytest.mark.parametrize("sentence, found", [
    # Brazil's frontier platoons, by their words and by their initials
    ("The strip belongs to the Pelotão Especial de Fronteira de Tallow, and its commander "
     "jokes.", [("Pelotão Especial de Fronteira de Tallow", "Tallow")]),
    ("The battalion at Kesk runs the PEF Tallow, the platoon about 145 km north of Kesk.",
     [("PEF Tallow", "Tallow")]),
])
def test_a_brazilian_frontier_platoon(sentence, found):
    assert [(f.full, f.name) for f in head_first_in(sentence)] == found


def test_pef_is_a_frontier_platoon_only_where_a_frontier_or_brazil_is_spoken_of():
    sentence = "The PEF Tallow, some 140 km north of Kesk, stands where three countries meet."
    assert [f.full for f in head_first_in(sentence, "Brazil's army guards the frontier.")] \
        == ["PEF Tallow"]
    # ... not the Punjab Education Foundation's board or schools
    assert head_first_in("The PEF Board met in Kesk.", "The foundation funds schools.") == []


def test_a_base_named_after_an_officer_ends_before_a_peoples_word():
    (f,) = head_first_in("At Base Coronel Tallow Spanish and Orvalian troops trained together.")
    assert f.full == "Base Coronel Tallow"


@pytest.mark.parametrize("sentence, names", [
    # a base by its number and kind alone, placed right after (its native name in brackets
    # or dashes between)
    ("(a) the 999th Air Base (авиабаза Тallow), in the town of Tallow, is Russian.",
     ["999th Air Base"]),
    ("The 604th air base — авиабаза Kesk, as taxi drivers know it — sits some 14 km "
     "north-north-east of Kesk.", ["604th air base"]),
    ("Servicemen of the 201st Russian military base, near Holt, held a parade.",
     ["201st Russian military base"]),
    # ... not one the sentence does not place, nor a unit's number before a name, nor a
    # count (review)
    ("Pilots of the 999th Air Base flew.", []),
    ("In 2024 Kesk became the 3rd air base in the Gulf to host the new tankers.", []),
    ("Kesk became the 13th air base in the Gulf to host the new tankers.", []),
    # ... nor the unit a base is home to
    ("Kesk Air Base, home to the 71st Air Base, lies in Tallow County.", []),
    ("The 7th Tallow Air Base lies at Kesk.", []),
])
def test_a_base_by_its_number_and_kind_alone(sentence, names):
    assert [f.site_name for f in numbered_kind_bases_in(sentence)] == names


@pytest.mark.parametrize("sentence, found", [
    # a base's name right after its kind in small letters, as a translation writes it
    ("Fuel goes to the strategic aviation airfield Tallow-2, some 7 km east of Kesk.",
     [("Tallow-2", "Tallow-2", "airbase")]),
    ("Drones hit the air base Kestrel near Orvale.", [("Kestrel", None, "airbase")]),
    ("Drones struck the military airfield Kestrel in Holt region.",
     [("Kestrel", None, "airbase")]),
    ("The ships left the naval base Kesk, the fleet said.", [("Kesk", None, "naval base")]),
    # ... not a country, a people, a month, nor the subject of a verb after it
    ("The air base Russia uses, near Kesk, was hit.", []),
    ("The airfield Russian pilots use near Kesk was hit.", []),
    ("The airfield May be closed.", []),
    ("The air base Kesk built in 1950 was hit.", []),
    # ... nor a word cut short before "in" or "on"
    ("Kesk is the only air base Britain keeps in the eastern sea.", []),
    ("In March the air base Putin visited near Tallow was struck by drones.", []),
])
def test_a_base_named_right_after_its_kind_in_small_letters(sentence, found):
    assert [(f.name, f.full, f.facility_type) for f in kind_word_then_name_in(sentence)] == \
        found


@pytest.mark.parametrize("sentence, found", [
    # initials and the place a site is at, then that place again
    ("JFC Tallow, in Tallow, is one of two joint force commands.", ["JFC Tallow"]),
    ("The depot APS-2 Kesk, in Kesk, was handed over to the army in 2022.", ["APS-2 Kesk"]),
    ("The NATO School Orrin, in Orrin, trains officers.", ["NATO School Orrin"]),
    # ... not another place, nor a name without initials
    ("JFC Tallow, in Kesk, plans.", []),
    ("The Tallow School Orrin, in Orrin, trains officers.", []),
    # ... nor a university's, an embassy's or a broadcaster's
    ("Physicists at UC Orrin, in Orrin, modelled drones for the army.", []),
    ("The US Embassy Orrin, in Orrin, warned soldiers.", []),
    ("BBC Wales, in Wales, filmed the troops.", []),
    ("He was remanded to HMP Kesk, in Kesk, pending trial.", []),
])
def test_a_site_named_by_initials_and_its_place_said_twice(sentence, found):
    assert [f.site_name for f in initials_at_their_place_in(sentence)] == found


def test_a_turkish_main_jet_bases_commander_is_no_place_of_it():
    assert [f.site_name for f in numbered_native_bases_in(
        "In July the 10. Ana Jet Üs Komutanlığı Commander, Brig. Gen. Kesk, was detained.")] \
        == ["10. Ana Jet Üs Komutanlığı"]
    # ... nor a base in brackets after the English name of it
    assert numbered_native_bases_in('Kesk Air Base (8th Main Jet Base, "8. Ana Jet Üs").') == []


def test_a_makers_works_are_not_read_across_a_tables_gap():
    # "Colt Canada           ON": the maker in a table's column, its province's code in the
    # next, is no works at a town called "ON"
    assert company_works_in("   Colt Canada           ON         small arms") == []
    assert company_works_in("Colt Canada ON small arms") == []
    # (two spaces, as a PDF's text may have, are no table's gap)
    assert [f.full for f in company_works_in("shells from the Nammo  Raufoss plant")] == [
        "Nammo  Raufoss"]
    assert [(f.full, f.name) for f in company_works_in("Nammo Lapua, in Lapua, grew.")] == [
        ("Nammo Lapua", "Lapua")]


@pytest.mark.parametrize("sentence, found", [
    # an aircraft or engine maker's works by its whole name, placed right after it
    ("The Kesk Aircraft Industry Group, in Kesk, showed a new helicopter.",
     ["Kesk Aircraft Industry Group"]),
    ("The Y-20 is built by Tallow Aircraft Industrial Corporation, north-east of Kesk.",
     ["Tallow Aircraft Industrial Corporation"]),
    ("The **Tallowhe Aircraft Industries Corporation**, in Kesk, assembles the Z-8.",
     ["Tallowhe Aircraft Industries Corporation"]),
    # (not one placed nowhere, nor "The" before it, nor an owner in a table's column)
    ("The Kesk Aircraft Corporation's profits rose.", []),
    ("11  Kesk Motors        United Engine Corporation      in Tallow     -", []),
])
def test_an_aircraft_makers_works_placed_after_its_name(sentence, found):
    assert [f.full for f in company_works_in(sentence)] == found


def test_an_argentine_military_air_base_is_named_by_its_place_alone():
    # "Base Aérea Militar Moreno": Moreno's base, whose name's place is Moreno (no "Militar
    # Moreno", no alias "Militar" to match other bases by)
    (f,) = head_first_in("The annex describes the Base Aérea Militar Moreno, 8 km north "
                         "of Moreno.")
    assert (f.full, f.name, f.facility_type) == ("Base Aérea Militar Moreno", "Moreno",
                                                 "airbase")
    # the words alone, quoted in a translator's note, name no base
    assert head_first_in('Note: "Base Aérea Militar" is rendered as "Military Air Base".') == []
    # ... and a base by its number keeps it
    (n,) = head_first_in("Jets flew from the Base Aérea Militar No. 1 at Santa Lucía.")
    assert n.full == "Base Aérea Militar No. 1"
    # ... over a hard-wrapped line's end
    for text in ("A tower was built at the Base\nAérea Militar No. 6 (Kesk), on the west side.",
                 "At the Base Aérea Militar\nNo. 6, about 3 km north-east of Kesk, works began."):
        (w,) = head_first_in(text)
        assert w.name == "Base Aérea Militar No. 6"


@pytest.mark.parametrize("sentence, full, kind", [
    ("Troops flew to the Base Militar de Pichari, in Pichari.", "Base Militar de Pichari",
     "other"),
    ("The Colegio Militar de la Nación, in El Palomar, admitted cadets.",
     "Colegio Militar de la Nación", "other"),
    ("Training goes on at the Escuela Militar de Montaña in Bariloche.",
     "Escuela Militar de Montaña", "other"),
    ("The navy reinforced the Estación Aeronaval La Orchila on the island.",
     "Estación Aeronaval La Orchila", "airbase"),
    ("The Base de Infantería de Marina Baterías trains marines.",
     "Base de Infantería de Marina Baterías", "naval base"),
    # a school by its kind, a battalion's garrison by the battalion's name, a coastguard's
    # station, an army's headquarters
    ("The plaintiffs' expert taught at the Escuela de Policía General Santander.",
     "Escuela de Policía General Santander", "other"),
    ("The Escuela de Formación de Infantería de Marina, in Kesk, trains recruits.",
     "Escuela de Formación de Infantería de Marina", "other"),
    ("Batallón Tallowa, in Kesk (Orvale), firing range of the battalion.", "Batallón Tallowa",
     "other"),
    ("The coastguard's Estación de Guardacostas de Kesk watches the gulf.",
     "Estación de Guardacostas de Kesk", "naval base"),
    ("The high command meets at the Gran Cuartel General de Kesk, in Tallow.",
     "Gran Cuartel General de Kesk", "command"),
])
def test_a_spanish_speaking_forces_bases_and_schools_by_their_words_put_first(
        sentence, full, kind):
    assert [(f.full, f.facility_type) for f in head_first_in(sentence)] == [(full, kind)]



@pytest.mark.parametrize("sentence, found", [
    # a service's school named by its words alone, no place in them
    ("Works are planned at the Escuela Superior de Guerra and the Escuela de Lanceros.",
     ["Escuela Superior de Guerra", "Escuela de Lanceros"]),
    ("The Heroico Colegio Militar, in Kesk in the south of the city, is not covered.",
     ["Heroico Colegio Militar"]),
    # (not a school of no service's words)
    ("He studied at the Colegio San José de Kesk and the Escuela Politécnica.", []),
])
def test_a_spanish_speaking_forces_school_by_its_words_alone(sentence, found):
    assert sorted(f.full for f in head_first_in(sentence)) == found


def test_a_spanish_speaking_forces_school_is_named_by_all_its_words():
    # "Colegio Militar Leoncio Prado" is in Lima, not at the province named after the
    # same hero; "de la Nación" makes no alias "Nación"
    (f,) = head_first_in("He studied at the Colegio Militar Leoncio Prado before joining.")
    assert f.name == f.full == "Colegio Militar Leoncio Prado"
    (g,) = head_first_in("The Colegio Militar de la Nación trains the army's officers.")
    assert g.name == g.full == "Colegio Militar de la Nación"
    # "Militar" after a school's words is its name's ("the Escuela Naval Militar, in Marín")
    (h,) = head_first_in("The Escuela Naval Militar, in Marín, trains officers.")
    assert h.full == "Escuela Naval Militar"
    # a hero's name of five words, a middle initial
    (i,) = head_first_in("An officer of the Escuela Militar de Cadetes General José María "
                         "Córdova in Bogotá spoke.")
    assert i.full == "Escuela Militar de Cadetes General José María Córdova"
    (j,) = head_first_in("The Escuela de Suboficiales FAC Andrés M. Díaz trains NCOs.")
    assert j.full == "Escuela de Suboficiales FAC Andrés M. Díaz"
    # ... and a battalion named after a province is not placed there
    (k,) = head_first_in("He served in the Batallón Boyacá, in Pasto.")
    assert k.name == k.full == "Batallón Boyacá"
    # an Irish name in a hero's: "Bernardo O'Higgins"
    (o,) = head_first_in("Cadets of the Escuela Militar del Libertador Bernardo O'Higgins "
                         "marched.")
    assert o.full == "Escuela Militar del Libertador Bernardo O'Higgins"
    # (not a battalion by its arm and number, nor any army's headquarters)
    assert head_first_in("The Batallón de Infantería de Marina 5 moved to Kesk.") == []
    assert head_first_in("The Cuartel General del Ejército, in Kesk, was shut.") == []


@pytest.mark.parametrize("sentence, found", [
    # an atomic research centre by what it does, then its place, in a sentence with no
    # other word of the atom
    ("It is run by the Centre de Recherche Nucléaire de Tallow (CRNT), near Kesk.",
     [("Centre de Recherche Nucléaire de Tallow", "Tallow")]),
    ("The reactor is at the Centre d'études nucléaires de la Tallowa, near Kesk.",
     [("Centre d'études nucléaires de la Tallowa", "Tallowa")]),
    # ... not a centre of research of another kind
    ("The Centre de Recherche Agronomique de Tallow hosts a conference.", []),
])
def test_a_french_atomic_research_centre(sentence, found):
    assert [(f.full, f.name) for f in french_centres_in(sentence)] == found


def test_a_native_name_with_an_arabic_article_joined():
    # "the base navale de Mers el-Kébir, west of Oran"
    (f,) = head_first_in("France kept the base navale de Tallow el-Kesk, west of Holt.")
    assert f.full == "base navale de Tallow el-Kesk"


@pytest.mark.parametrize("sentence, found", [
    # an arms maker's works by its firm's name, in the town after it, named with the town
    # (a firm has works in several)
    ("MBDA Deutschland at Kesk makes missiles.", [("MBDA Deutschland Kesk", "Kesk")]),
    ("Saab Dynamics Kesk, in Kesk, makes shells.", [("Saab Dynamics Kesk", "Kesk")]),
    ("Simmel Difesa at Kesk is expanding its shell lines.", [("Simmel Difesa Kesk", "Kesk")]),
    ("In Sweden, Nammo Tallowverken, at Kesk, has started.", [("Nammo Tallowverken Kesk",
                                                               "Kesk")]),
    ("MBDA Deutschland at Tallow am Inn makes warheads.",
     [("MBDA Deutschland Tallow am Inn", "Tallow am Inn")]),
    # ... or a firm of its own ("BAE Systems Hägglunds in Örnsköldsvik")
    ("- BAE Systems Hägglunds in Kesk builds vehicles.",
     [("BAE Systems Hägglunds Kesk", "Kesk")]),
    ("Thales Chairman Tallow in Kesk said so.", []),
    # ... nor a product ("its 14 Saab Gripen at Kecskemét"), nor a headline's words
    ("The air force keeps its 14 Saab Gripen at Kesk.", []),
    ("Rheinmetall Skynex at Kesk shot down drones.", []),
    ("Nammo Breaks Ground at Kesk", []),
    # ... not a maker alone (its seat), a person, an officer or a month; nor an owner after a
    # yard's words
    ("Rheinmetall, in Kesk, said its orders rose.", []),
    ("Lockheed Martin at Kesk said its orders rose.", []),
    ("Rheinmetall AG at Kesk said its orders rose.", []),
    ("Rafael Mariano Tallow at Kesk spoke.", []),
    ("Saab CEO Tallow in Kesk spoke.", []),
    ("MBDA Deutschland in May said its orders rose.", []),
    ("The shipyard of Navantia at Kesk builds frigates.", []),
])
def test_an_arms_makers_works_by_its_firms_name_and_town(sentence, found):
    got = [(f.full, f.name) for f in company_works_in(sentence) if f.apart]
    assert got == found


@pytest.mark.parametrize("sentence", [
    "Less well known is Tallow-2, a chemical test range further south in the same region.",
    "Nearby is Tallow, a naval base along the coast of Kesk.",
])
def test_a_description_goes_on_with_an_adverb_of_place(sentence):
    (f,) = described_in(sentence)
    assert f.name.startswith("Tallow")


@pytest.mark.parametrize("sentence, found", [
    # Indonesia's commands numbered before their place: a main naval base, an air force's
    # radar unit, a naval air station
    ("a. Lantamal I Tallow, in Tallow, about 20 km north of Kesk;",
     [("Lantamal I Tallow", "Tallow", "naval base")]),
    ("b. Lantamal II Tallow, whose depot was emptied", [("Lantamal II Tallow", "Tallow",
                                                         "naval base")]),
    ("The priority is Satrad 212 Tallow on Kesk Besar, which watches the air.",
     [("Satrad 212 Tallow", "Tallow", "other")]),
    ("9  Lanudal Tallow                  MPA hangar, apron",
     [("Lanudal Tallow", "Tallow", "naval base")]),
])
def test_indonesias_numbered_commands_by_their_place(sentence, found):
    assert [(f.full, f.name, f.facility_type) for f in head_first_in(sentence)] == found


@pytest.mark.parametrize("sentence, found", [
    # a German army's garrison, where troops are spoken of; a Czech or Slovak garrison,
    # barracks and training area
    ("Further north, the Garnison Tallow, north of Kesk, housed artillery units.",
     [("Garnison Tallow", "Tallow")]),
    ("e) posádka Tallow, in Tallow, and the housing of Kesk;", [("posádka Tallow", "Tallow")]),
    ("f) kasárna Tallow, in Tallow, the former seat of a Soviet division;",
     [("kasárna Tallow", "Tallow")]),
    ("the former vojenský výcvikový prostor Tallow, abolished in 1991;",
     [("vojenský výcvikový prostor Tallow", "Tallow")]),
    # ... not a church of the garrison's, where no troops are spoken of
    ("The Garnison Church in Kesk was rebuilt.", []),
])
def test_central_european_garrisons_by_their_words_first(sentence, found):
    assert [(f.full, f.name) for f in head_first_in(sentence)] == found


def test_a_number_opens_only_a_numbered_commands_name():
    # "Grupo Aéreo 1 Santa Lucía": no alias "1 Santa Lucía" (but "Lantamal I Belawan")
    assert all(not f.name[:1].isdigit() for f in head_first_in(
        "The Grupo Aéreo 1 Tallow Lucía flies from Kesk."))


def test_sas_is_the_south_african_navys_only_where_a_navy_is_spoken_of():
    assert head_first_in("SAS Cargo, based in Kesk, said its freighters are full.") == []


def test_an_inhabited_island_first_in_a_list_is_no_outpost():
    # "Its bases are Hainan Island and ...": only a reef, a shoal, an atoll or a cay opens
    # such a list as an outpost
    assert outposts_in("The garrisons -- Tallowia Island, with an airport and radars.") == []
