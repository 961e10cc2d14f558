"""ISO codes and country names (catalog.countries)."""

import pytest

from catalog.countries import countries, country_code, iso2_to_iso3, iso3_to_iso2
from catalog.errors import ValidationError


def test_alpha2_and_alpha3_codes_go_both_ways_for_every_country():
    for iso3, c in countries().items():
        assert iso2_to_iso3(c.iso2) == iso3
        assert iso2_to_iso3(c.iso2.lower()) == iso3
        assert iso3_to_iso2(iso3) == c.iso2


@pytest.mark.parametrize("code", [None, "", "ZZ", "PRK"])
def test_unknown_alpha2_codes_are_none(code):
    assert iso2_to_iso3(code) is None


def test_country_names_and_a_near_miss():
    assert country_code("North Korea") == "PRK"
    with pytest.raises(ValidationError, match="Rusia"):
        country_code("Rusia")


def test_more_country_words_are_valid_codes_not_already_listed():
    import re

    from catalog.countries import MORE_COUNTRY_WORDS

    for cc, pattern in MORE_COUNTRY_WORDS.items():
        assert iso2_to_iso3(cc), cc
        re.compile(pattern)


def test_every_inhabited_country_has_words_for_ingest():
    from catalog.countries import countries
    from catalog.ingest.names import COUNTRY_WORDS

    left_out = {"TD", "JE", "CS", "AN", "AQ", "AX", "SJ", "HM", "TF", "BV", "CX", "IO", "BL", "MF",
                "YT", "MS", "GG", "FO", "GI", "SH", "BM", "GP", "MQ", "RE", "GF", "NC", "PF",
                "HK", "GU", "PR", "MP"}  # see WORLD_COUNTRY_WORDS
    missing = {c.iso2 for c in countries().values() if c.iso2} - set(COUNTRY_WORDS) - left_out
    assert not missing


@pytest.mark.parametrize("text, counted", [
    ("The plant is in Veracruz state, Mexico; a Mexican regulator said so.", {"MX": 2}),
    ("Los Alamos, New Mexico, and a rig in the Gulf of Mexico.", {"US": 1}),
    ("Georgia's ministry in Tbilisi denied it; the base is in Abkhazia.", {"GE": 3}),
    ("Kings Bay, Georgia, and Fort Stewart in the state of Georgia.", {}),
    ("Niger Air Base 201 lies outside Agadez; the Niger River is far south.", {"NE": 1}),
    ("Patrols over the South China Sea, the Indian Ocean and the Sea of Japan.", {}),
    ("Chinese and Indian ships met Japanese ones.", {"CN": 1, "IN": 1, "JP": 1}),
    # the Dutch Caribbean's islands by name (a report on Hato airport is about Curaçao)
    ("Hato airport on Curaçao and Flamingo airport on Bonaire; the Curaçaoan coast guard.",
     {"CW": 2, "BQ": 1}),
    ("Christmas Island saw the Grapple tests; Norfolk, Virginia, and Norfolk Island.",
     {"US": 1, "NF": 1}),
    ("Port Moresby, Papua New Guinea, and Pago Pago, American Samoa.",
     {"PG": 1, "AS": 1, "US": 1}),  # a US territory
    # "US" in capitals is the country, "us" the pronoun; the Pacific territories by name
    ("The US has leased Tinian; let us see. Rota lies in the Northern Marianas, south of "
     "Saipan and north of Guam.", {"US": 1, "MP": 1, "GU": 1}),
])
def test_country_names_that_name_other_things_too(text, counted):
    from catalog.ingest.names import country_counts

    assert country_counts(text) == counted


@pytest.mark.parametrize("text, about", [
    # a report on a base in Germany is about Germany, not the ally named in passing
    ("BUCHEL, Germany - German jets landed at the base. Germany bought them from the "
     "United States in 2022; the German air force flies them.", "DE"),
    ("Qatar hosts the base; Qatari officials in Doha said so.", "QA"),
    ("RAF Lakenheath in Suffolk, England, hosts the jets; the UK said so in Scotland.", "GB"),
])
def test_a_report_is_about_the_country_it_names_most(text, about):
    from catalog.ingest.names import country_counts

    assert next(iter(country_counts(text))) == about


@pytest.mark.parametrize("sentence, where", [
    ("The air base lies in Jordan, east of Amman.", {"JO"}),
    ("JORDAN PYLE: we flew over the range in 2019.", set()),  # a host's name
    ("The laboratory sits on a mesa in northern New Mexico.", set()),  # a US state
    ("The jets are based in Norway, at the Andoya air station.", {"NO"}),
    ("The interceptor field is in Alaska, near Delta Junction.", {"US"}),  # a US state
    ("Radars in the U.S. and in Greenland watch the pole.", {"US", "GL"}),  # U.S. then a space
    # waters named after a country are not in it; the country itself is
    ("The plant stands on the Gulf of Finland, south of the town.", set()),
    ("Patrols in the Bay of Testland and the Strait of Malta.", set()),
    ("The plant stands in Finland, on the Gulf of Finland.", {"FI"}),
    # a country's possessive of its bodies or people, who act anywhere: no place
    ("Drones hit bombers at Tallow, Ukraine's security service said.", set()),
    ("Russia's military base in Tallow grew.", set()),
    ("Estonia's Tallow Army Base grew.", {"EE"}),  # (a word of the base's own name)
    ("Iran's missile base at Tallow was hit.", {"IR"}),
])
def test_countries_a_sentence_puts_things_in(sentence, where):
    from catalog.ingest.names import located_countries

    assert located_countries(sentence) == where


@pytest.mark.parametrize("text, counted", [
    ("The Democratic People's Republic of Korea tested a missile.", {"KP": 1}),
    ("The Democratic People’s Republic of Korea tested a missile.", {"KP": 1}),
    ("The Republic of Korea Air Force flies from the base.", {"KR": 1}),
])
def test_the_two_koreas_by_their_official_names(text, counted):
    from catalog.ingest.names import country_counts

    assert country_counts(text) == counted


def test_waters_named_after_a_country_do_not_name_it():
    from catalog.ingest.names import report_countries

    assert report_countries("The plant stands on the Gulf of Finland.") == set()
    assert report_countries("Ships cross the Sea of the Hebrides and the Gulf of Oman.") == set()
    assert report_countries("Finland's plant stands on the gulf.") == {"FI"}


def test_islands_and_states_named_new_after_a_country_do_not_name_it():
    from catalog.ingest.names import report_countries

    assert report_countries("We went up the Slot to New Georgia, then to New Britain and "
                            "New Ireland, and home to New South Wales.") == set()
    assert report_countries("We landed at Finschhafen on New Guinea.") == {"PG"}
    assert report_countries("Troops left West New Guinea.") == set()
    assert report_countries("He was born in Northern Ireland.") == {"GB"}
    assert report_countries("Cardiff in South Wales.") == {"GB"}
    assert report_countries("Sansapor in western New Guinea.") == set()


def test_a_countrys_initials_in_capitals_name_it_an_image_files_ending_does_not():
    from catalog.ingest.names import report_countries

    assert report_countries("The defence sites of PNG and Fiji.") == {"PG", "FJ"}
    assert report_countries("See the map in bases.png for the list.") == set()


@pytest.mark.parametrize("word, code", [
    ("Réunion", "RE"), ("Reunion Island", "RE"), ("Martinique", "MQ"), ("French Guiana", "GF"),
    ("New Caledonia", "NC"), ("Tahiti", "PF"), ("Mayotte", "YT"),
    ("reunion", None),  # a gathering, not the island
])
def test_frances_overseas_places_are_their_own_countries_words(word, code):
    from catalog.ingest.names import country_of_word

    assert country_of_word(word) == code


def test_colonial_names_and_a_countrys_forces_name_the_country_of_today():
    from catalog.ingest.names import country_counts

    counts = country_counts("Troops left British Honduras for British Guiana, then Dutch "
                            "Guiana; the Dominican Air Force flew.")
    assert {"BZ", "GY", "SR", "DO"} <= set(counts) and "HN" not in counts
    # the Channel Islands, not New Jersey
    counts = country_counts("Batteries on Jersey and Guernsey; St Helier; New Jersey too.")
    assert counts.get("JE") == 2 and counts.get("GG") == 1
