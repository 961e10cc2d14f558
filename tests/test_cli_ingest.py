"""CLI: ingest, review, accept, reject, merge, gazetteer import/lookup."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import no_traceback

from catalog.cli import main
from tests.conftest import FIRST_RUN_REPORT

REPORTS = Path(__file__).parent / "data" / "reports"


def run(path, *args):
    return CliRunner().invoke(main, ["--catalog", str(path), *args])


def test_ingest_directory_with_summary(shipped_path):
    r = run(shipped_path, "ingest", str(REPORTS), "--kind", "news")
    assert r.exit_code == 0, r.output
    assert r.stdout.strip() == ("10 source(s) added, 28 citation(s) added, 5 known site(s) "
                                "matched, 10 new candidate site(s), 0 duplicate report(s) "
                                "skipped")
    assert "new candidate kp-sinpo-shipyard" in r.stderr
    assert "ingesting" in r.stderr  # the rich progress bar, on stderr only
    again = run(shipped_path, "ingest", str(REPORTS))
    assert again.exit_code == 0
    assert "0 source(s) added" in again.stdout and "10 duplicate report(s)" in again.stdout
    assert "nothing added" in again.stderr


def test_ingest_a_report_again_is_recognised(shipped_path):
    """From a plain clone (issue 12): the project's own text, ingested twice."""
    r = run(shipped_path, "ingest", str(FIRST_RUN_REPORT))
    assert r.exit_code == 0, r.output
    assert r.stdout.strip().startswith("1 source(s) added, 2 citation(s) added, 2 known site(s)")
    again = run(shipped_path, "ingest", str(FIRST_RUN_REPORT))
    assert again.exit_code == 0
    assert ("already in the catalogue as source "
            "'example-wire-2024-01-05-two-mountain-missile-bases-stay-busy' (same content "
            "hash); nothing added") in again.stderr


def test_ingest_options_override_metadata(shipped_path, tmp_path):
    p = tmp_path / "n.txt"
    p.write_text("Trucks at the Hoejung-ri base.", encoding="utf-8")
    r = run(shipped_path, "ingest", str(p), "--title", "Note", "--author", "A. B",
            "--publisher", "Pub", "--published", "2020-02-03", "--url",
            "https://example.org/n", "--kind", "news")
    assert r.exit_code == 0, r.output
    show = run(shipped_path, "show", "kp-hoejung-ni")
    assert '"Trucks at the Hoejung-ri base."' in show.output
    assert "Note, Pub, 2020-02-03 (existence)" in show.output


def test_ingest_bad_inputs(shipped_path, tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_text("")
    r = run(shipped_path, "ingest", str(empty))
    assert r.exit_code == 1 and "is empty" in r.output and no_traceback(r)
    latin = tmp_path / "l.txt"
    latin.write_bytes("Caf\u00e9".encode("latin-1"))
    r = run(shipped_path, "ingest", str(latin))
    assert r.exit_code == 1 and "is not UTF-8 text" in r.output
    d = tmp_path / "nothing"
    d.mkdir()
    r = run(shipped_path, "ingest", str(d))
    assert r.exit_code == 1 and "no reports in directory" in r.output
    r = run(shipped_path, "ingest", str(latin), "--published", "2020-13-01")
    assert r.exit_code == 2 and "2020-13-01" in r.output
    r = run(shipped_path, "ingest", str(tmp_path / "missing.txt"))
    assert r.exit_code == 2


def test_review_accept_reject_merge(shipped_path, tmp_path):
    assert run(shipped_path, "review").output.strip() == "no candidate sites to review"
    p = tmp_path / "n.txt"
    p.write_text("In North Korea, the Sinpo shipyard and the Sohae launch station were busy.",
                 encoding="utf-8")
    assert run(shipped_path, "ingest", str(p), "--title", "Busy").exit_code == 0
    r = run(shipped_path, "review")
    assert "kp-sinpo-shipyard  Sinpo shipyard  [naval base]" in r.output
    assert "kp-sohae-launch-station  Sohae launch station  [launch site]" in r.output
    assert '"In North Korea, the Sinpo shipyard and the Sohae launch station were busy."' in (
        r.output)
    r = run(shipped_path, "accept", "kp-sinpo-shipyard")
    assert r.exit_code == 0 and "accepted kp-sinpo-shipyard" in r.stderr
    r = run(shipped_path, "accept", "kp-sinpo-shipyard")
    assert r.exit_code == 1 and "is not a candidate" in r.output
    r = run(shipped_path, "merge", "kp-sohae-launch-station", "kp-sakkanmol")
    assert r.exit_code == 0
    assert "merged kp-sohae-launch-station into kp-sakkanmol (1 citation(s) moved)" in r.stderr
    r = run(shipped_path, "reject", "kp-nowhere")
    assert r.exit_code == 1 and "no site 'kp-nowhere'" in r.output


def test_gazetteer_import_and_lookup(shipped_path, tmp_path):
    dump = tmp_path / "KP.txt"
    dump.write_text("9999001\tTest-ni\tTest-ni\tT'est-ri\t41.1\t127.2\tP\tPPL\tKP\t\t01\t\t"
                    "\t\t0\t\t\tAsia/Pyongyang\t2020-01-01\n", encoding="utf-8")
    r = run(shipped_path, "gazetteer", "import", str(dump))
    assert r.exit_code == 0 and "imported 1 place(s)" in r.stderr
    r = run(shipped_path, "gazetteer", "lookup", "Test-ri")
    assert r.exit_code == 0
    assert r.output.strip() == "place  geonames:9999001  Test-ni  41.10000 127.20000  KP PPL"
    r = run(shipped_path, "gazetteer", "lookup", "Yŏngjŏ-ri")
    assert "site   kp-yeongjeo-dong" in r.output
    r = run(shipped_path, "gazetteer", "lookup", "Sinpo")  # the world gazetteer's
    assert r.output.startswith("place  geonames:2040959  Sinp’o  40.03971 128.19430  KP PPL")
    r = run(shipped_path, "gazetteer", "lookup", "Qxzv-nowhere")  # (Atlantis is in Florida)
    assert r.exit_code == 1 and "nothing named 'Qxzv-nowhere'" in r.output
    bad = tmp_path / "bad.txt"
    bad.write_text("x,y\n")
    r = run(shipped_path, "gazetteer", "import", str(bad))
    assert r.exit_code == 1 and "not a gazetteer file" in r.output


def test_every_ingest_command_has_an_example():
    for args in (["ingest"], ["review"], ["accept"], ["reject"], ["merge"],
                 ["gazetteer", "import"], ["gazetteer", "lookup"]):
        r = CliRunner().invoke(main, [*args, "--help"])
        assert r.exit_code == 0 and "Example:" in r.output


def test_merge_says_which_citations_the_site_had(shipped_path, tmp_path):
    """Issue 12: merge copied a sentence the site already cited; the popup showed it twice."""
    p = tmp_path / "n.txt"
    p.write_text("In North Korea, the Sinpo shipyard and the Sohae launch station were busy.",
                 encoding="utf-8")
    assert run(shipped_path, "ingest", str(p), "--title", "Busy").exit_code == 0
    r = run(shipped_path, "merge", "kp-sohae-launch-station", "kp-sinpo-shipyard")
    assert r.exit_code == 0 and ("merged kp-sohae-launch-station into kp-sinpo-shipyard "
                                 "(0 citation(s) moved, 1 already there)") in r.stderr
    r = run(shipped_path, "show", "kp-sinpo-shipyard")
    assert r.output.count("were busy.") == 1
    r = run(shipped_path, "merge", "kp-sinpo-shipyard", "kp-sakkanmool")
    assert r.exit_code == 1 and "did you mean 'kp-sakkanmol'?" in r.output


def test_a_point_far_outside_the_reports_country_goes_to_review_in_a_fresh_process(tmp_path):
    """Through the installed command, as a user runs it (no module imported beforehand)."""
    import subprocess
    import sys

    report = tmp_path / "r.txt"
    report.write_text("In North Korea, the Sohae Satellite Launching Station lies at "
                      "39.6603°N 14.7053°E, the report said.", encoding="utf-8")
    cat = tmp_path / "c.gpkg"
    run = [sys.executable, "-m", "catalog", "--catalog", str(cat)]
    assert subprocess.run([*run, "init"], capture_output=True).returncode == 0
    done = subprocess.run([*run, "ingest", str(report)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "outside KP" in done.stderr and "swapped axes or a lost sign" in done.stderr
