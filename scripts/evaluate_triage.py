"""Accuracy of `vraagbaak triage` on the transcripts written for this project.

    .venv/bin/python -m scripts.evaluate_triage

Runs the real command once in --batch mode (the model is loaded once) over
tests/triage/transcripts and compares route, safety level and age with tests/triage/expected.yml.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent.parent / "tests" / "triage"
CLI = str(Path(sys.executable).with_name("vraagbaak"))


def main() -> int:
    expected = yaml.safe_load((HERE / "expected.yml").read_text(encoding="utf-8"))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for e in expected:
            fh.write(json.dumps({"id": e["file"], "text": (HERE / "transcripts" / e["file"]).read_text(encoding="utf-8")}) + "\n")
    out = subprocess.run([CLI, "triage", "--batch", fh.name, "--json"], capture_output=True, text=True, check=True)
    got = {r["id"]: r for r in map(json.loads, out.stdout.splitlines())}
    rows = [(e, got[e["file"]]) for e in expected]
    route_ok = [e["file"] for e, r in rows if r["route"]["id"] == e["route"]]
    safety_ok = [e["file"] for e, r in rows if r["safety"]["level"] == e["safety"]]
    with_age = [(e, r) for e, r in rows if e.get("age") is not None]
    age_ok = [e["file"] for e, r in with_age if r["child"]["age"] == e["age"]]
    print(f"transcripts: {len(rows)}; routes covered: {', '.join(sorted({e['route'] for e in expected}))}")
    print(f"route    {len(route_ok)}/{len(rows)} = {len(route_ok) / len(rows):.3f}")
    print(f"safety   {len(safety_ok)}/{len(rows)} = {len(safety_ok) / len(rows):.3f}")
    print(f"age      {len(age_ok)}/{len(with_age)} = {len(age_ok) / len(with_age):.3f}")
    for e, r in rows:
        if r["route"]["id"] != e["route"] or r["safety"]["level"] != e["safety"]:
            print(f"  {e['file']}: route {r['route']['id']} (expected {e['route']}), "
                  f"safety {r['safety']['level']} (expected {e['safety']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
