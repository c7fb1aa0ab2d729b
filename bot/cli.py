"""`vraagbaak` command line (see ../shared/domain/contract.md).

    vraagbaak triage [FILE|-] [--json] [--gemeente ID]
    vraagbaak triage --batch FILE.jsonl [--json] [--gemeente ID]

Exit status 0 on success; 2 with a clear message on standard error for unreadable, empty,
binary or oversized input.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import List, Optional

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


def _quiet_logs() -> None:
    """Standard output carries only the result: Rasa's structlog debug lines would break --json."""
    import logging
    import warnings

    import structlog
    warnings.filterwarnings("ignore")
    logging.disable(logging.WARNING)
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR),
                        logger_factory=structlog.PrintLoggerFactory(sys.stderr))


def _fail(message: str) -> int:
    print(f"vraagbaak triage: {message}", file=sys.stderr)
    return 2


def _triage(args) -> int:
    from bot.triage import Triage, TriageInputError, check_text, read_text, render_text

    if args.gemeente is not None and not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", args.gemeente):
        return _fail("--gemeente verwacht een id zoals 'voorbeeldstad' (kleine letters, cijfers, - of _).")
    from bot import sociale_kaart
    try:
        known = sociale_kaart.all_gemeenten()
        sociale_kaart.get(None)
    except sociale_kaart.SocialeKaartError as exc:
        return _fail(f"de sociale kaart is niet bruikbaar: {exc}")
    if args.gemeente is not None and args.gemeente not in known:
        return _fail(f"onbekende gemeente '{args.gemeente}'; bekend zijn: {', '.join(sorted(known))}.")
    if args.batch:
        try:
            with open(args.batch, "rb") as fh:
                raw_lines = fh.read().splitlines()
        except OSError as exc:
            return _fail(f"kan {args.batch} niet lezen: {exc.strerror}")
        _quiet_logs()
        engine = Triage()
        for n, raw in enumerate(raw_lines, start=1):
            if not raw.strip():
                continue
            ident = None
            try:
                item = json.loads(raw.decode("utf-8"))
                if not isinstance(item, dict):
                    raise ValueError("regel is geen JSON-object")
                ident = item.get("id")
                summary = engine.summarise(check_text(item.get("text")), args.gemeente)
                out = dict(summary, id=ident)
            except (ValueError, TriageInputError, UnicodeDecodeError) as exc:
                out = {"id": ident if ident is not None else f"regel {n}", "error": str(exc)}
            print(json.dumps(out, ensure_ascii=False) if args.json else _batch_text(out, render_text), flush=True)
        return 0

    source = args.file or "-"
    try:
        raw = sys.stdin.buffer.read() if source == "-" else open(source, "rb").read()
    except OSError as exc:
        return _fail(f"kan {source} niet lezen: {exc.strerror}")
    try:
        text = read_text(raw)
    except TriageInputError as exc:
        return _fail(str(exc))
    _quiet_logs()
    summary = Triage().summarise(text, args.gemeente)
    print(json.dumps(summary, ensure_ascii=False, indent=None if args.json else 2) if args.json else render_text(summary))
    return 0


def _batch_text(out, render) -> str:
    if "error" in out:
        return f"[{out['id']}] fout: {out['error']}"
    return f"[{out['id']}]\n{render(out)}\n"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="vraagbaak", description="Vraagbaak Jeugd assistant tools")
    sub = parser.add_subparsers(dest="command", required=True)
    tri = sub.add_parser("triage", help="triage a phone or e-mail transcript into the summary JSON")
    tri.add_argument("file", nargs="?", help="transcript file (UTF-8 text), or - for standard input")
    tri.add_argument("--json", action="store_true", help="print the summary JSON (contract)")
    tri.add_argument("--batch", metavar="FILE.jsonl", help='many texts in one process: lines {"id": ..., "text": ...}')
    tri.add_argument("--gemeente", help="gemeente id for the sociale kaart")
    pur = sub.add_parser("purge", help="delete conversations older than the retention period (.env)")
    pur.add_argument("--days", type=int, help="override VRAAGBAAK_RETENTION_DAYS")
    args = parser.parse_args(argv)
    if args.command == "purge":
        from bot.retention import purge
        print(json.dumps(purge(args.days)))
        return 0
    if args.command == "triage":
        if args.batch and args.file:
            return _fail("geef een bestand of --batch, niet allebei.")
        return _triage(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
