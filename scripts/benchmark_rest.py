"""Response time per turn over the REST channel, against the real Rasa and action servers.

    .venv/bin/python -m scripts.benchmark_rest [--conversations 20] [--rounds 3]

Starts the servers on free loopback ports with throw-away databases, holds the same
12-turn intake conversation (1) alone, `rounds` times in a row, and (2) as N conversations at
once (one thread each), and prints median and 95th percentile per turn. Loopback only; bounded.
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import threading
import time
from pathlib import Path

from bot.run import LocalServers

SCRIPT = [
    "hallo", "mijn zoon van 9 slaapt heel slecht sinds opa is overleden", "hij ligt elke avond uren te huilen",
    "sinds zes weken en het blijft gelijk", "vooral thuis", "een 5", "als hij bij zijn vriendje logeert gaat het beter",
    "ik, mijn man en zijn zusje van 5", "mijn moeder helpt veel", "nog niemand, we hebben een nachtlampje geprobeerd",
    "dat hij weer goed slaapt", "ja",
]


def percentile(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def converse(srv: LocalServers, sender: str, out: list) -> None:
    for text in SCRIPT:
        start = time.perf_counter()
        srv.say(sender, text)
        out.append(time.perf_counter() - start)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--conversations", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        srv = LocalServers(Path(tmp)).start()
        try:
            converse(srv, "warm-up", [])
            single: list = []
            for r in range(args.rounds):
                converse(srv, f"single-{r}", single)
            concurrent: list = []
            threads = [threading.Thread(target=converse, args=(srv, f"conc-{i}", concurrent)) for i in range(args.conversations)]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=900)
            wall = time.perf_counter() - start
        finally:
            srv.stop()
    result = {
        "turns_per_conversation": len(SCRIPT),
        "single": {"turns": len(single), "median_ms": round(statistics.median(single) * 1000, 1),
                   "p95_ms": round(percentile(single, 95) * 1000, 1)},
        "concurrent": {"conversations": args.conversations, "turns": len(concurrent),
                       "median_ms": round(statistics.median(concurrent) * 1000, 1),
                       "p95_ms": round(percentile(concurrent, 95) * 1000, 1), "wall_s": round(wall, 1)},
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
