"""Intent classification figures for the closing note, reproducible:

    .venv/bin/python -m scripts.evaluate_nlu [--folds 2] [--only ours|default] [--skip-cv]

For each pipeline (config.yml, and Rasa's default pipeline in scripts/configs/rasa_default.yml):
- held-out: train on bot/data/nlu, test on tests/nlu_heldout (never trained on): macro F1;
- cross-validation on bot/data/nlu: macro F1 (mean over folds);
- training time (wall clock).
The safety gate and input guard only override intents for danger or unreadable input; to score
the learned classifier itself they are left out of the evaluated copy of config.yml.
Results go to results/nlu/<pipeline>/ and a summary to results/nlu/summary.json.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
RASA = str(Path(sys.executable).with_name("rasa"))
OUT = ROOT / "results" / "nlu"
GATES = {"bot.nlu.components.InputGuard", "bot.nlu.components.SafetyGate"}


def _ours_config() -> Path:
    cfg = yaml.safe_load((ROOT / "config.yml").read_text())
    cfg["pipeline"] = [c for c in cfg["pipeline"] if c["name"] not in GATES]
    path = OUT / "config_ours_eval.yml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False))
    return path


def _run(args, log: Path) -> float:
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3")
    start = time.perf_counter()
    with log.open("w") as fh:
        subprocess.run(args, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT, check=True)
    return time.perf_counter() - start


def _macro_f1(report: Path) -> float:
    return json.loads(report.read_text())["macro avg"]["f1-score"]


def evaluate(name: str, config: Path, folds: int, skip_cv: bool) -> dict:
    out = OUT / name
    out.mkdir(parents=True, exist_ok=True)
    train_s = _run([RASA, "train", "nlu", "--config", str(config), "--nlu", "bot/data/nlu", "--out", str(out),
                    "--fixed-model-name", "model"], out / "train.log")
    _run([RASA, "test", "nlu", "--model", str(out / "model.tar.gz"), "--nlu", "tests/nlu_heldout",
          "--out", str(out / "heldout"), "--no-plot"], out / "heldout.log")
    result = {"pipeline": name, "config": str(config.relative_to(ROOT)), "train_seconds": round(train_s, 1),
              "heldout_macro_f1": round(_macro_f1(out / "heldout" / "intent_report.json"), 4)}
    if not skip_cv:
        cv_s = _run([RASA, "test", "nlu", "--config", str(config), "--nlu", "bot/data/nlu", "--cross-validation",
                     "--folds", str(folds), "--out", str(out / "cv"), "--no-plot"], out / "cv.log")
        result.update(cv_folds=folds, cv_seconds=round(cv_s, 1),
                      cv_macro_f1=round(_macro_f1(out / "cv" / "intent_report.json"), 4))
    return result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--only", choices=["ours", "default"])
    ap.add_argument("--skip-cv", action="store_true")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    pipelines = {"ours": _ours_config(), "default": ROOT / "scripts" / "configs" / "rasa_default.yml"}
    summary_path = OUT / "summary.json"
    summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    for name, config in pipelines.items():
        if args.only and name != args.only:
            continue
        summary[name] = evaluate(name, config, args.folds, args.skip_cv)
        summary_path.write_text(json.dumps(summary, indent=2))
        print(json.dumps(summary[name]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
