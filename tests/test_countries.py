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
