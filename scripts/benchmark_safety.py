"""Time the safety layer adds to a message: median over the labelled safety set, many repeats.

    .venv/bin/python -m scripts.benchmark_safety [--repeats 20]

Times bot.safety.detector.detect (what the SafetyGate runs on every message: the rules, then the
learned add-on) per message, after a warm-up (spaCy pipeline and the add-on loaded), and prints
median, p95 and the message lengths; the rules alone are timed in the same run for comparison.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time

from bot.safety.detector import detect
from scripts.evaluate_safety import load


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=20)
    args = ap.parse_args()
    texts = [i["text"] for part in ("dev", "dev4") for i in load(part)]
    long_text = " ".join(texts)[:4000]
    detect("warm-up")
    times, long_times, rules_times = [], [], []
    for _ in range(args.repeats):
        for t in texts:
            start = time.perf_counter()
            detect(t)
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            detect(t, learned=False)
            rules_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        detect(long_text)
        long_times.append(time.perf_counter() - start)
    times.sort()
    rules_times.sort()
    print(json.dumps({"messages": len(texts), "repeats": args.repeats,
                      "median_ms": round(statistics.median(times) * 1000, 3),
                      "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 3),
                      "rules_only_median_ms": round(statistics.median(rules_times) * 1000, 3),
                      "median_chars": statistics.median(len(t) for t in texts),
                      "long_4000_chars_median_ms": round(statistics.median(long_times) * 1000, 2)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
