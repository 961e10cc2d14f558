"""Ingest and location quality on the labelled sets in tests/data/locate, -b and -c (issue 11).

This runs ``make eval``'s scorer and holds the result to the floors the project promises;
the exact figures are in ``build/eval.json`` after ``make eval``. The one figure with no
slack: every located site's stated uncertainty holds its true point.
"""

from __future__ import annotations

import pytest

from benchmarks import eval_locate


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    return eval_locate.run(catalog_path=tmp_path_factory.mktemp("eval") / "c.gpkg")


def test_every_located_site_states_an_uncertainty_that_holds_the_truth(result):
    covers, n = result["truth_within_stated_uncertainty_n"]
    assert n >= 20 and covers == n, eval_locate.report(result)


def test_published_coordinates_are_found_and_tied_to_their_site(result):
    assert result["published_located_within_50km"] >= 0.9, eval_locate.report(result)


def test_names_are_found_and_places_are_not_made_sites(result):
    assert result["names_found"] >= 0.85, eval_locate.report(result)
    assert result["non_sites_made_sites"] <= 0.05, eval_locate.report(result)


def test_one_catalogue_site_per_real_site(result):
    assert result["catalogue_sites_per_real_site"] <= 1.15, eval_locate.report(result)


# -- the second set (tests/data/locate-b): written blind, longer and noisier --------------------
# It scored 53 % recall and broke the uncertainty rule twice (1,444 km and 1,111 km) when it
# was written; these floors hold what the fixes it led to reached.

@pytest.fixture(scope="module")
def result_b(tmp_path_factory):
    return eval_locate.run(eval_locate.ROOT / "tests" / "data" / "locate-b",
                           catalog_path=tmp_path_factory.mktemp("eval-b") / "c.gpkg")


def test_second_set_every_located_site_holds_the_truth(result_b):
    covers, n = result_b["truth_within_stated_uncertainty_n"]
    assert n >= 25 and covers == n, eval_locate.report(result_b)


def test_second_set_floors(result_b):
    assert result_b["names_found"] >= 0.6, eval_locate.report(result_b)
    assert result_b["precision"] >= 0.7, eval_locate.report(result_b)
    assert result_b["catalogue_sites_per_real_site"] <= 1.25, eval_locate.report(result_b)


# -- the third set (tests/data/locate-c): written blind after the second set's fixes -------------
# Its first score: 60 % recall, 66 % precision, two sites outside their circles (6,097 km
# from a table's other row, 7,405 km); these floors hold what the fixes reached.

@pytest.fixture(scope="module")
def result_c(tmp_path_factory):
    return eval_locate.run(eval_locate.ROOT / "tests" / "data" / "locate-c",
                           catalog_path=tmp_path_factory.mktemp("eval-c") / "c.gpkg")


def test_third_set_every_located_site_holds_the_truth(result_c):
    covers, n = result_c["truth_within_stated_uncertainty_n"]
    assert n >= 20 and covers == n, eval_locate.report(result_c)


def test_third_set_floors(result_c):
    assert result_c["names_found"] >= 0.6, eval_locate.report(result_c)
    assert result_c["precision"] >= 0.65, eval_locate.report(result_c)
    assert result_c["catalogue_sites_per_real_site"] <= 1.35, eval_locate.report(result_c)
