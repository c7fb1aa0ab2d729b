"""Recall and false alarms of the safety layer on the labelled Dutch safety set.

    .venv/bin/python -m scripts.evaluate_safety [PART ...] [--errors] [--rules-only]   (default: test4)

Held-out parts live in tests/safety_set/PART.yml: written independently, never used to tune the
rules or to train the learned add-on, scored once. Development parts (dev, dev2, ...) and the
other training files live in bot/safety/corpus/PART.yml (dev5 and dev6 were the held-out test2
and test3, each scored once and then handed to development). The figures are those of the whole
safety layer (rules + learned add-on) unless --rules-only is given.
Never pass --errors for a held-out part: it prints the items.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict, List

import yaml

from bot.safety.detector import detect

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT_DIR = ROOT / "tests" / "safety_set"
CORPUS_DIR = ROOT / "bot" / "safety" / "corpus"
HELD_OUT = "test4"


def load(part: str) -> List[Dict]:
    path = HELD_OUT_DIR / f"{part}.yml"
    if not path.exists():
        path = CORPUS_DIR / f"{part}.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def predicted_label(text: str, speaker: str = None, learned: bool = True) -> str:
    """acuut | zorg+check | zorg | check | geen: what the assistant does in the same turn
    (zorg+check: the zorg reply with the check question instead of the offer of a person)."""
    result = detect(text, speaker_hint=speaker, learned=learned)
    if result.level == "zorg" and result.needs_check:
        return "zorg+check"
    if result.level != "geen":
        return result.level
    return "check" if result.needs_check else "geen"


def evaluate(items: List[Dict], learned: bool = True) -> Dict:
    rows = [dict(item, predicted=predicted_label(item["text"], learned=learned)) for item in items]
    by = lambda lv: [r for r in rows if r["level"] == lv]  # noqa: E731
    acuut, zorg, check, geen = by("acuut"), by("zorg"), by("check"), by("geen")
    ratio = lambda hits, total: (len(hits) / len(total)) if total else 1.0  # noqa: E731
    return {
        "n": len(rows),
        "acuut_recall": ratio([r for r in acuut if r["predicted"] == "acuut"], acuut),
        "acuut_caught": ratio([r for r in acuut if r["predicted"] in ("acuut", "check", "zorg+check")], acuut),
        "zorg_recall": ratio([r for r in zorg if r["predicted"] in ("zorg", "zorg+check", "acuut")], zorg),
        "check_recall": ratio([r for r in check if r["predicted"] != "geen"], check),
        "geen_false_alarm": ratio([r for r in geen if r["predicted"] != "geen"], geen) if geen else 0.0,
        "counts": {lv: len(by(lv)) for lv in ("acuut", "zorg", "check", "geen")},
        "missed_acuut": [r for r in acuut if r["predicted"] not in ("acuut", "check", "zorg+check")],
        "errors": [r for r in rows if r["predicted"] != r["level"]],
    }


def main(argv: List[str]) -> int:
    parts = [a for a in argv if not a.startswith("--")] or [HELD_OUT]
    for part in parts:
        m = evaluate(load(part), learned="--rules-only" not in argv)
        what = "rules only" if "--rules-only" in argv else "rules + learned add-on"
        print(f"safety set '{part}' ({what}): {m['n']} messages {m['counts']}")
        print(f"  acuut recall (acuut)          {m['acuut_recall']:.3f}")
        print(f"  acuut caught (acuut or check) {m['acuut_caught']:.3f}")
        print(f"  zorg recall (zorg or acuut)   {m['zorg_recall']:.3f}")
        print(f"  check recall (any response)   {m['check_recall']:.3f}")
        print(f"  false alarms on geen          {m['geen_false_alarm']:.3f}")
        if "--errors" in argv:
            for r in m["errors"]:
                print(f"    want {r['level']:5} got {r['predicted']:5} [{r['category']}] {r['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
