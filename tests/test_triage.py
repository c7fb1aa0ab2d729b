"""`vraagbaak triage` as the contract describes it, on transcripts written for this project."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.triage import TriageInputError, asked_field, read_text, split_turns

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).with_name("vraagbaak"))
HERE = Path(__file__).resolve().parent / "triage"
EXPECTED = yaml.safe_load((HERE / "expected.yml").read_text(encoding="utf-8"))


def run(*args, stdin=b""):
    return subprocess.run([CLI, "triage", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=600)


@pytest.mark.parametrize("raw,message", [(b"", "leeg"), (b"   \n", "leeg"), (b"\x00\x01\x02abc", "binaire"),
                                         ("é".encode("latin-1") * 10, "UTF-8"), (b"a" * 400_001, "te groot")])
def test_unreadable_input_is_refused_clearly(raw, message):
    with pytest.raises(TriageInputError, match=message):
        read_text(raw)


@pytest.mark.parametrize("args,stdin", [(["-"], b""), (["/no/such/file.txt"], b""), (["-"], b"\x00binary"),
                                        (["-", "--gemeente", "nergenshuizen"], b"Mijn zoon slaapt slecht.")])
def test_cli_exits_2_with_a_message(args, stdin):
    out = run(*args, "--json", stdin=stdin)
    assert out.returncode == 2 and out.stderr.startswith(b"vraagbaak triage:") and out.stdout == b""


def test_turns_and_consultant_questions():
    turns = split_turns("Consulent: Hoe oud is hij?\nOuder: Hij is 9.\nen hij zit in groep 6\nConsulent: Op een schaal van 1 tot 10?")
    assert [t.speaker for t in turns] == ["consultant", "parent", "consultant"] and "groep 6" in turns[1].text
    assert asked_field("Hoe oud is hij?") == "age" and asked_field("Op een schaal van 1 tot 10, hoeveel last?") == "ernst"


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    path = tmp_path_factory.mktemp("batch") / "in.jsonl"
    lines = [json.dumps({"id": e["file"], "text": (HERE / "transcripts" / e["file"]).read_text(encoding="utf-8")})
             for e in EXPECTED]
    lines += ['{"id": "leeg", "text": ""}', "dit is geen json", json.dumps({"id": "x", "text": None})]
    path.write_text("\n".join(lines), encoding="utf-8")
    out = run("--batch", str(path), "--json")
    assert out.returncode == 0, out.stderr.decode()[-2000:]
    return [json.loads(line) for line in out.stdout.decode().splitlines()]


def test_batch_keeps_order_and_reports_bad_lines(batch):
    assert [r["id"] for r in batch[:len(EXPECTED)]] == [e["file"] for e in EXPECTED]
    bad = batch[len(EXPECTED):]
    assert len(bad) == 3 and all("error" in r for r in bad)


def test_every_route_is_covered_and_found(batch):
    by_id = {r["id"]: r for r in batch}
    assert {e["route"] for e in EXPECTED} >= {"spoed", "veilig_thuis", "informatie", "wijkteam", "jeugd_ggz", "poh_jeugd", "jgz", "voorveld"}
    wrong = [(e["file"], e["route"], by_id[e["file"]]["route"]["id"]) for e in EXPECTED if by_id[e["file"]]["route"]["id"] != e["route"]]
    # A safety route where a calmer one was expected is the cost of recall first (safety.md: a false
    # alarm costs a question, a miss a life); at most two of those, and at most one other miss.
    over = [w for w in wrong if w[2] in ("spoed", "veilig_thuis") and w[1] not in ("spoed", "veilig_thuis")
            or w == (w[0], "veilig_thuis", "spoed")]
    assert len(over) <= 2 and len(wrong) - len(over) <= len(EXPECTED) // 10, wrong  # the closing note names them


def test_danger_is_never_under_called(batch):
    rank = {"geen": 0, "zorg": 1, "acuut": 2}
    by_id = {r["id"]: r for r in batch}
    for e in EXPECTED:
        assert rank[by_id[e["file"]]["safety"]["level"]] >= rank[e["safety"]], e["file"]


def test_facts_from_transcripts(batch):
    by_id = {r["id"]: r for r in batch}
    ages = [(e["file"], e["age"], by_id[e["file"]]["child"]["age"]) for e in EXPECTED if e.get("age") is not None]
    assert sum(want == got for _, want, got in ages) >= len(ages) - 1, ages
    for e in EXPECTED:
        assert set(by_id[e["file"]]) >= {"topics", "safety", "hoge_nood", "route", "child", "intake", "va_factors", "household", "involved", "callback"}


def test_text_output_presents_the_route_for_the_gemeente():
    """The same transcript, two gemeenten: the route id is the same, its presentation follows the kaart."""
    text = "Ouder: Mijn dochter van 10 is al zes weken erg angstig en wil niet meer alleen naar school. Ernst 5.".encode()
    stad = run("-", "--gemeente", "voorbeeldstad", stdin=text)
    dal = run("-", "--gemeente", "rivierdal", stdin=text)
    assert stad.returncode == 0 and dal.returncode == 0, dal.stderr
    assert b"Route: poh_jeugd" in stad.stdout and b"Route: poh_jeugd" in dal.stdout
    assert "POH-Jeugd bij jullie huisarts".encode() in stad.stdout
    assert "bespreek het met de huisarts".encode() in dal.stdout and b"jeugdconsulent" in dal.stdout
