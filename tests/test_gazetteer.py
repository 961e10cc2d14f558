"""Names: romanization keys, gazetteer files, and the Aho-Corasick index."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from catalog.errors import CatalogError
from catalog.gazetteer import (
    Entry,
    NameIndex,
    Place,
    build_index,
    match_key,
    match_keys,
    read_places,
    romanizations,
    shipped_places,
)


@pytest.mark.parametrize("a,b", [
    ("Yŏngjŏ-dong", "Yeongjeo-dong"), ("Yeongjeo-dong", "Yongjo-dong"),
    ("Yongjo dong", "YONGJODONG"), ("Hoejung-ni", "Hoejung-ri"), ("Hoejung-li", "Hoejungni"),
    ("Kŭmch'ŏn-ni", "Kumchon-ri"), ("Kŭmch’ŏn-ni", "Kumch'on-ri"), ("Sino-ri", "Sinori"),
    ("Shinpo", "Sinpo"), ("P’yŏngsŏng", "Pyongsong"),
])
def test_variants_share_a_key(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("a,b", [
    ("Hoejung-ni", "Hoejung"), ("Sinpo", "Sinpho"), ("Yongbyon", "Yongjo-dong"),
    ("Bikini", "Bikiri"),
])
def test_different_names_differ(a, b):
    assert match_key(a) != match_key(b)


def test_hangul_key_and_romanizations():
    assert match_key("영저동") == "영저동"
    assert romanizations("영저동") == ("Yŏngjŏ-dong", "Yeongjeo-dong")
    assert match_key(romanizations("금천리")[0]) == match_key("Kŭmch'ŏn-ni")
    assert romanizations("Yongbyon") == ()


_NAME_CHARS = st.sampled_from(list("abcdeghijklmnoprstuwyŏŭ'- ") + ["eo", "eu", "-ri", "-ni"])


@given(st.lists(_NAME_CHARS, min_size=1, max_size=12).map("".join))
def test_key_ignores_case_diacritics_and_separators(name):
    key = match_key(name)
    assert match_key(name.upper()) == key
    assert match_key(name.replace("ŏ", "o").replace("ŭ", "u")) == key
    assert match_key(name.replace("-", " ")) == key
    assert match_key(key) == key  # a key is its own key


_WORDS = st.sampled_from(["Hoejung-ni", "Hoejung-ri", "Yŏngjŏ-dong", "Yeongjeo-dong",
                          "the", "base", "near", "Hoejungri", "a", "Yongjo", "dong.",
                          "\n", "Kŭmch'ŏn-ni", "—", "(Hoejung-ni)", "Hoejung-ni's"])


@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_matches_are_exact_spans_of_the_text(text):
    idx = NameIndex()
    for n in ("Hoejung-ni", "Yeongjeo-dong", "Kumchon-ri"):
        idx.add(n, Entry("site", n.lower(), n))
    for m in idx.find(text):
        assert text[m.start:m.end] == m.text
        assert match_key(m.text) == match_key(m.entries[0].name)
        # whole words: no letter just before or after
        assert m.start == 0 or not text[m.start - 1].isalnum()
        assert m.end == len(text) or not text[m.end].isalnum()


def test_whole_words_only():
    idx = NameIndex()
    idx.add("Sinpo", Entry("place", "p1", "Sinpo"))
    assert [m.text for m in idx.find("Sinpo, Sinpo-based, Sinpoint, ASinpo.")] == [
        "Sinpo", "Sinpo"]


def test_no_match_across_a_sentence_end():
    idx = NameIndex()
    idx.add("Hoejung-ri", Entry("site", "s", "Hoejung-ri"))
    assert idx.find("It was Hoejung. Ri said so.") == []
    assert [m.text for m in idx.find("It was Hoejung ri.")] == ["Hoejung ri"]


def test_longest_match_wins():
    idx = NameIndex()
    idx.add("Sakkanmol", Entry("site", "a", "Sakkanmol"))
    idx.add("Sakkanmol missile operating base", Entry("site", "a", "Sakkanmol base"))
    (m,) = idx.find("At the Sakkanmol missile operating base, trucks.")
    assert m.text == "Sakkanmol missile operating base"


def test_possessive_is_not_part_of_the_name():
    idx = NameIndex()
    idx.add("Hoejung-ni", Entry("site", "s", "Hoejung-ni"))
    (m,) = idx.find("Hoejung-ni's tunnels")
    assert m.text == "Hoejung-ni"


def test_shipped_gazetteer():
    places = shipped_places()
    assert len(places) == 438
    yb = next(p for p in places if p.place_id == "geonames:1866453")
    assert yb.name == "Yŏngbyŏn" and "Yongbyon" in yb.alternate_names
    assert yb.precision == "locality"


def test_index_over_sites_aliases_and_places(shipped):
    idx = build_index(shipped.sites(None), shipped.aliases(), shipped_places())
    refs = {e.ref for e in idx.lookup("Yongjo-dong")}
    assert refs == {"kp-yeongjeo-dong"}
    # Hangul alias -> generated MR spelling, found in text
    assert {e.ref for m in idx.find("near Yŏngjŏ-ri") for e in m.entries} == {
        "kp-yeongjeo-dong"}
    assert any(e.ref == "geonames:1866453" for e in idx.lookup("Nyongbyon"))


GEONAMES_ROW = ("1866453\tYŏngbyŏn\tYongbyon\tNeihen,Nyongbyon,Yongbyon-up\t39.81333\t"
                "125.80417\tP\tPPL\tKP\t\t11\t\t\t\t9584\t\t123\tAsia/Pyongyang\t2012-01-19\n")


def test_read_geonames_dump_with_alternate_names(tmp_path):
    dump = tmp_path / "KP.txt"
    dump.write_text(GEONAMES_ROW, encoding="utf-8")
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t1866453\tko\t영변\t\t\t\t\t\t\n"
                   "2\t1866453\tlink\thttps://en.wikipedia.org/wiki/Yongbyon\t\t\t\t\t\t\n",
                   encoding="utf-8")
    (p,) = read_places(dump, alt)
    assert p == Place("geonames:1866453", "Yŏngbyŏn", 39.81333, 125.80417, "KP", "11", "PPL",
                      9584, ("Yongbyon", "Neihen", "Nyongbyon", "Yongbyon-up", "영변",
                             "Yeongbyeon"))  # RR of 영변, made by ko-pron; MR is the name
    (plain,) = read_places(dump, alt, romanize=False)
    assert plain.alternate_names[-1] == "영변"


def test_read_gns_file(tmp_path):
    gns = tmp_path / "kn.txt"
    header = ("RC\tUFI\tUNI\tLAT\tLONG\tDSG\tCC1\tADM1\tPOP\tNT\tFULL_NAME_RO\t"
              "FULL_NAME_ND_RO\n")
    gns.write_text(header
                   + "1\t-99\t-1\t41.0\t127.0\tPPL\tKN\t01\t\tN\tTest-ni\tTest-ni\n"
                   + "1\t-99\t-2\t41.0\t127.0\tPPL\tKN\t01\t\tV\tT'est-ri\tTest-ri\n",
                   encoding="utf-8")
    (p,) = read_places(gns)
    assert p.place_id == "gns:-99" and p.name == "Test-ni" and p.country == "KP"
    assert set(p.alternate_names) == {"T'est-ri", "Test-ri"}


def test_unknown_format_is_refused(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(CatalogError, match="not a gazetteer file"):
        list(read_places(bad))


def test_bad_latitude_names_the_line(tmp_path):
    dump = tmp_path / "KP.txt"
    dump.write_text(GEONAMES_ROW.replace("39.81333", "north"), encoding="utf-8")
    with pytest.raises(CatalogError, match="latitude must be a number; got 'north'"):
        list(read_places(dump))


def test_places_stored_in_the_geopackage(shipped, shipped_path, tmp_path):
    import sqlite3

    dump = tmp_path / "KP.txt"
    dump.write_text(GEONAMES_ROW, encoding="utf-8")
    assert shipped.add_places(read_places(dump)) == 1
    assert shipped.add_places(read_places(dump)) == 1  # replaced, not duplicated
    assert [p.place_id for p in shipped.places()] == ["geonames:1866453"]
    conn = sqlite3.connect(shipped_path)
    assert conn.execute("SELECT data_type FROM gpkg_contents WHERE table_name='gazetteer'"
                        ).fetchone() == ("attributes",)


def test_hangul_name_followed_by_a_particle():
    idx = NameIndex()
    idx.add("영저동", Entry("site", "kp-yeongjeo-dong", "영저동"))
    idx.add("회중리", Entry("site", "kp-hoejung-ni", "회중리"))
    text = "영저동에서 미사일 기지가 확장되었다. 대회중리는 아니다."
    (m,) = idx.find(text)
    assert (m.text, m.start) == ("영저동", 0)  # a name must still start at a word's start


@given(st.text(max_size=40))
def test_key_of_any_text_is_its_own_key(name):
    key = match_key(name)
    assert isinstance(key, str)
    assert match_key(key) == key


def test_place_fields_of_the_world_gazetteer_keep_old_records_working():
    # the stores build places from nine positional values, as before
    p = Place("geonames:1", "X", 1.0, 2.0, "KP", "01", "PPL", 10, ("Y",))
    assert (p.feature_class, p.admin1_name, p.precision) == (None, None, "locality")
    assert Place("ne-adm1:PRK-3311", "South Hamgyong", 40.2, 127.9, "KP", "KP-08", "ADM1",
                 feature_class="A", admin1_name="South Hamgyong").precision == "province"
    assert Place("ne-adm0:PRK", "North Korea", 40.0, 127.0, "KP", None, "PCLI",
                 feature_class="A").precision == "country"


def test_find_in_ten_megabytes_of_dense_mentions():
    # issue 15: the overlap check compared every match with every earlier one, so 1.8 MB of
    # dense names took 105 s; it is now linear in the matches (this runs in seconds)
    idx = NameIndex()
    for n in ("Sakkanmol", "Sakkanmol missile operating base", "Hoejung-ni", "Yongbyon",
              "Yongbyon Nuclear Scientific Research Center"):
        idx.add(n, Entry("site", n, n))
    unit = ("Sakkanmol missile operating base near Hoejung-ri and the Yongbyon Nuclear "
            "Scientific Research Center, Yongbyon's. ")
    copies = 10_000_000 // len(unit)
    found = idx.find(unit * copies)
    assert len(found) == 4 * copies
    assert [m.text for m in found[:4]] == ["Sakkanmol missile operating base", "Hoejung-ri",
                                           "Yongbyon Nuclear Scientific Research Center",
                                           "Yongbyon"]
    assert found[-1].end == len(unit) * copies - 4  # "Yongbyon" before "'s. "
    assert [m.start for m in found[4:8]] == [m.start + len(unit) for m in found[:4]]


def test_fold_text_agrees_with_folding_word_by_word():
    from catalog.gazetteer import _fold_text_by_word, fold_text

    for text in ["", " ", "Hoejung-ni's base", "x's", "’s ok", "Kŭmch'ŏn-ni  -\n Sinpo.",
                 "a\u00a0b. C", "¼ ½", "e\u0301", "A|B", "영저동에서 미사일", "one\n\ntwo"]:
        a, b = fold_text(text), _fold_text_by_word(text)
        assert (a.folded, a.starts, a.ends) == (b.folded, b.starts, b.ends), text


@given(st.text(alphabet="ab eo's’ -\n\t.,ŏ\u0301Ŭ1_영", max_size=30))
def test_fold_text_agrees_with_folding_word_by_word_on_any_text(text):
    from catalog.gazetteer import _fold_text_by_word, fold_text

    a, b = fold_text(text), _fold_text_by_word(text)
    assert (a.folded, a.starts, a.ends) == (b.folded, b.starts, b.ends)


def _find_folding_everything(idx: NameIndex, text: str, kinds=None) -> list:
    """find() folding the whole text (what it did before it skipped parts)."""
    idx.find("warm up")
    return idx._find_in(text, 0, set(kinds) if kinds is not None else None)


_PIECES = st.sampled_from(["Hoejung-ni", "Hoejung", "ni", "ri", "Yŏngjŏ", "dong", "Sakkanmol",
                           "missile", "operating", "base", "the", " ", "  ", "\n", "\n\n",
                           "\r\n", "\t", "-", "—", ".", ",", "(", ")", "'s", "’", "_", "x",
                           "\u3000", "\u00a0", "e\u0301", "Hoejungni", "Yongjodong", "1"])


@given(st.lists(_PIECES, max_size=25).map("".join))
@example("At Sakkanmol missile operating-base.")
@example("At Sakkanmol\nmissile operating base.")
@example("At Sakkanmol missile operat’ing base, and at (Hoejung-ni).")
@example("At Sakkanmol missile operating\n\nbase, Yongjodong. Dong")
def test_find_skips_only_parts_that_hold_no_name(text):
    idx = NameIndex()
    for n in ("Hoejung-ni", "Yeongjeo-dong", "Sakkanmol",
              "Sakkanmol missile operating base", "Dong", "Missile base"):
        idx.add(n, Entry("site", n.lower(), n))
    assert idx.find(text) == _find_folding_everything(idx, text)


def test_find_skips_only_parts_that_hold_no_name_in_reports(shipped):
    from pathlib import Path

    idx = build_index(shipped.sites(None), shipped.aliases(), shipped_places())
    data = Path(__file__).parent / "data"
    for path in sorted((data / "locate").glob("*.txt")) + sorted((data / "reports").glob(
            "*.txt")):
        text = path.read_text(encoding="utf-8")
        for variant in (text, text.upper(), text.replace("\n", " ")):
            assert idx.find(variant) == _find_folding_everything(idx, variant), path.name
            assert idx.find(variant, kinds=("site",)) == _find_folding_everything(
                idx, variant, ("site",)), path.name


def test_find_learns_names_added_after_a_text_was_scanned():
    idx = NameIndex()
    idx.add("Sakkanmol", Entry("site", "a", "Sakkanmol"))
    text = "Trucks at Sinpo, and at Sakkanmol."
    assert [m.text for m in idx.find(text)] == ["Sakkanmol"]
    idx.add("Sinpo", Entry("site", "b", "Sinpo"))
    assert [m.text for m in idx.find(text)] == ["Sinpo", "Sakkanmol"]


def test_find_learns_a_name_that_starts_inside_a_token_scanned_before():
    # "Pyongyang-Sunan" was sorted among the tokens that hold no first word; learning
    # "Sunan" (its second word) must move it back among those searched
    idx = NameIndex()
    idx.add("Sakkanmol", Entry("site", "a", "Sakkanmol"))
    text = "Jets at Pyongyang-Sunan, and trucks at Sakkanmol."
    assert [m.text for m in idx.find(text)] == ["Sakkanmol"]
    idx.add("Kusong", Entry("site", "b", "Kusong"))  # a first word the text lacks
    assert [m.text for m in idx.find(text)] == ["Sakkanmol"]
    idx.add("Sunan", Entry("site", "c", "Sunan"))
    assert [m.text for m in idx.find(text)] == ["Sunan", "Sakkanmol"]
    assert idx.find(text) == _find_folding_everything(idx, text)


def test_occurring_gives_overlapped_names_that_find_leaves_out():
    idx = NameIndex()
    long = Entry("site", "kp-sinpo-south", "Sinpo South Shipyard")
    short = Entry("site", "kp-sinpo", "Sinpo")
    other = Entry("site", "kp-nampo", "Nampo")
    idx.add("Sinpo South Shipyard", long)
    idx.add("Sinpo", short)
    idx.add("Nampo", other)
    text = "Boats left the Sinpo South Shipyard at dawn."
    assert [m.entries for m in idx.find(text)] == [(long,)]
    assert idx.occurring(text) == {long, short}
    assert idx.occurring("Nothing here.") == set()


_NAME_PARTS = ["Sinpo", "South", "Shipyard", "Hoejung-ni", "Hoejungni", "Kusong", "Missile",
               "Base", "Yongbyon", "Nuclear", "Complex", "Tongchang-ri", "Sohae"]


@given(st.lists(st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=3),
                min_size=1, max_size=30),
       st.lists(st.sampled_from(_NAME_PARTS + [",", ".", "the", "near"]), max_size=40),
       st.integers(1, 5))
def test_an_index_grown_between_searches_finds_what_one_built_at_once_finds(
        names, words, every):
    """Names added after a search wait in a small automaton until they are many (here 2,
    to fold them often): every search answers as an index of all the names would."""
    import catalog.gazetteer as gz

    text = " ".join(words)
    grown = NameIndex()
    old = gz.RECENT_PATTERNS
    gz.RECENT_PATTERNS = 2
    try:
        for i, parts in enumerate(names):
            name = " ".join(parts)
            grown.add(name, Entry("site", f"s{i}", name))
            if i % every == 0:
                whole = NameIndex()
                for j, p in enumerate(names[:i + 1]):
                    whole.add(" ".join(p), Entry("site", f"s{j}", " ".join(p)))
                assert grown.find(text) == whole.find(text)
                assert grown.occurring(text) == whole.occurring(text)
    finally:
        gz.RECENT_PATTERNS = old


def test_each_text_is_searched_for_its_own_words_in_turn():
    # the last text's words are kept for the next index that searches it (_tokens_of)
    idx, other = NameIndex(), NameIndex()
    idx.add("Sinpo", Entry("site", "a", "Sinpo"))
    other.add("Kusong", Entry("site", "b", "Kusong"))
    first, second = "A yard at Sinpo.", "A base at Kusong."
    for _ in range(2):
        assert [m.text for m in idx.find(first)] == ["Sinpo"]
        assert [m.text for m in other.find(first)] == []
        assert [m.text for m in other.find(second)] == ["Kusong"]
        assert [m.text for m in idx.find(second)] == []


# -- many keys at once (a bulk load's aliases) ----------------------------------------------

_KEY_PARTS = st.sampled_from(
    list("aeiounlrghsmkdyAEIOUNLRGHS019 -_.,'`’\n\r\t\x0bŏŭ¼ÅŞ영") + [
        "eo", "EO", "eu", "shi", "SHI", "-ri", "-ni", "-li", " ni", " li", "ng", "'s"])


@given(st.lists(st.lists(_KEY_PARTS, max_size=10).map("".join), max_size=8))
@example(["Hoejung-ni", "Hoejungni", "Hoejung-li's", "n i", "ni", "Shinpo", "Sino-ri",
          "Kŭmch'ŏn-ni", "", "¼", "a\nb", "Yeongjeo-dong", "eeo", "Bikini", "Synthetic site 9"])
def test_match_keys_are_match_key_of_each_name(names):
    assert match_keys(names) == [match_key(n) for n in names]


@given(st.lists(st.text(st.characters(max_codepoint=127), max_size=12), max_size=8))
def test_match_keys_of_ascii_names_are_match_key_of_each(names):
    assert match_keys(names) == [match_key(n) for n in names]
