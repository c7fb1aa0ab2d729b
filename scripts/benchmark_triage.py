"""Time to triage one transcript with the model already loaded (as `--batch` does).

    .venv/bin/python -m scripts.benchmark_triage [--repeats 10]

Loads the NLU model once (reports that time separately), then triages every transcript in
tests/triage/transcripts `repeats` times and prints the median and p95 per transcript.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bot.triage import Triage

TRANSCRIPTS = Path(__file__).resolve().parent.parent / "tests" / "triage" / "transcripts"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=10)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(TRANSCRIPTS.glob("*.txt"))]
    start = time.perf_counter()
    engine = Triage()
    load_s = time.perf_counter() - start
    engine.summarise(texts[0])  # warm-up
    times = []
    for _ in range(args.repeats):
        for text in texts:
            t0 = time.perf_counter()
            engine.summarise(text)
            times.append(time.perf_counter() - t0)
    times.sort()
    print(json.dumps({"transcripts": len(texts), "runs": len(times), "model_load_s": round(load_s, 1),
                      "median_ms": round(statistics.median(times) * 1000, 1),
                      "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 1)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
