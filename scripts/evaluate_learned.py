"""How much the learned add-on adds on text it was not trained on: leave one corpus file out.

    .venv/bin/python -m scripts.evaluate_learned [--sweep]

For every file of bot/safety/corpus the add-on is trained on all other files (and the everyday
NLU data) and scored on the file it did not see, alone and together with the rules. Each file was
written separately (by another writer, with another focus), so this estimates what happens on
phrasing nobody wrote down. Everyday false alarms are measured on tests/nlu_heldout, which the
add-on never trains on. --sweep prints the figures for other thresholds as well.
"""
from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Dict, List

import yaml

from bot.safety import learned
from bot.safety.detector import add_learned, detect_rules

HELDOUT_NLU = Path(__file__).resolve().parent.parent / "tests" / "nlu_heldout"


def everyday_heldout() -> List[str]:
    texts = []
    for path in sorted(HELDOUT_NLU.rglob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if "intent" in block and block["intent"] not in learned.NLU_NOT_EVERYDAY:
                texts += [re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", ln.strip()[2:]) for ln in str(block["examples"]).splitlines() if ln.strip()]
    return texts


def label(result) -> str:
    if result.level == "zorg" and result.needs_check:
        return "zorg+check"
    if result.level == "acuut":
        return "acuut"
    if result.needs_check:
        return "check"
    return result.level


def score(rows: List[Dict], key: str) -> Dict[str, float]:
    by = lambda lv: [r for r in rows if r["level"] == lv]  # noqa: E731
    ratio = lambda hits, total: len(hits) / len(total) if total else 0.0  # noqa: E731
    acuut, zorg, check, geen = by("acuut"), by("zorg"), by("check"), by("geen")
    return {"n": len(rows), "acuut": ratio([r for r in acuut if r[key] == "acuut"], acuut),
            "caught": ratio([r for r in acuut if r[key] in ("acuut", "check", "zorg+check")], acuut),
            "zorg": ratio([r for r in zorg if r[key] != "geen"], zorg),
            "check": ratio([r for r in check if r[key] != "geen"], check),
            "fa": ratio([r for r in geen if r[key] != "geen"], geen),
            "missed": len([r for r in acuut if r[key] not in ("acuut", "check", "zorg+check")])}


def run(thresholds: List[Dict[str, float]], verbose_misses: bool = False) -> None:
    corpus = learned.load_corpus()
    files = sorted({i.source for i in corpus})
    rules = {id(i): detect_rules(i.text) for i in corpus}
    everyday = everyday_heldout()
    seen = {}                     # id(item) -> the add-on's assessment by a model that never saw it
    for f in files:
        m = learned.train(learned.training_items(exclude=[f]))
        for i in corpus:
            if i.source == f:
                seen[id(i)] = learned.assess(i.text, m, with_words=False)
    full = learned.train(learned.training_items())
    everyday_p = full.probabilities([learned.model_text(x) for x in everyday])
    for n, t in enumerate(thresholds):
        rows = []
        for i in corpus:
            a = seen[id(i)]
            a = learned.Assessment(learned.decide(a.probabilities, a.grounded, **t), a.probabilities, a.kind, a.at_risk, [],
                                   a.grounded)
            combined = add_learned(copy.deepcopy(rules[id(i)]), a)
            rows.append({"level": i.level, "rules": label(rules[id(i)]), "both": label(combined), "source": i.source, "text": i.text})
        if n == 0:
            for f in files:
                part = [r for r in rows if r["source"] == f]
                r, b = score(part, "rules"), score(part, "both")
                print(f"{f:22} n={r['n']:4}  rules: acuut {r['acuut']:.3f} caught {r['caught']:.3f} zorg {r['zorg']:.3f} fa {r['fa']:.3f}"
                      f"  | with add-on: acuut {b['acuut']:.3f} caught {b['caught']:.3f} zorg {b['zorg']:.3f} fa {b['fa']:.3f} missed {b['missed']}")
            if verbose_misses:
                for r in rows:
                    if r["level"] == "acuut" and r["both"] not in ("acuut", "check", "zorg+check") or r["level"] == "geen" and r["both"] != "geen":
                        print(f"   want {r['level']} got {r['both']} [{r['source']}] {r['text']}")
        r, b = score(rows, "rules"), score(rows, "both")
        fa_everyday = sum(learned.decide(p, True, **t) != "geen" for p in everyday_p) / max(1, len(everyday))
        print(f"ALL {t}: rules acuut {r['acuut']:.3f} caught {r['caught']:.3f} zorg {r['zorg']:.3f} fa {r['fa']:.3f} | "
              f"with add-on acuut {b['acuut']:.3f} caught {b['caught']:.3f} zorg {b['zorg']:.3f} check {b['check']:.3f} fa {b['fa']:.3f} "
              f"missed {b['missed']} | add-on flags on {len(everyday)} held-out everyday NLU messages: {fa_everyday:.3f}")


def main(argv: List[str]) -> int:
    base = {"check_at": learned.CHECK_AT, "acuut_at": learned.ACUUT_AT, "zorg_at": learned.ZORG_AT}
    thresholds = [base]
    if "--sweep" in argv:
        for c in (0.15, 0.2, 0.3, 0.4):
            for a in (0.6, 0.8):
                thresholds.append({"check_at": c, "acuut_at": a, "zorg_at": base["zorg_at"]})
    run(thresholds, verbose_misses="--misses" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
