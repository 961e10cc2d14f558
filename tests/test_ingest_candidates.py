"""Candidate ids and slugs (catalog.ingest.candidates)."""

import pytest

from catalog.ingest.candidates import candidate_id, slugify


@pytest.mark.parametrize("name, slug", [
    ("Yŏngjŏ-dong missile base", "yongjo-dong-missile-base"),
    ("Andøya Air Station", "andoya-air-station"),  # ø has no decomposition: spelled o
    ("Łask Air Base", "lask-air-base"),
    ("Vardø radar", "vardo-radar"),
    ("Sinpo's shipyard", "sinpos-shipyard"),
    ("Ground Zero / Site 31", "ground-zero-site-31"),
    ("Joint Base Lewis–McChord", "joint-base-lewis-mcchord"),  # an en dash parts words
])
def test_slugs_keep_every_letter_in_ascii(name, slug):
    assert slugify(name) == slug


def test_a_taken_id_is_numbered():
    taken = {"no-andoya-air-station"}
    assert candidate_id("Andøya Air Station", "NO", taken.__contains__) == \
        "no-andoya-air-station-2"
