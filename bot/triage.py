"""Triage of a phone or e-mail transcript into the contract's summary JSON.

The same pieces as the chat, in the same order per parent turn: the trained NLU model (topics),
the safety detector, the intake's fact extraction and the routing policy. A consultant's question
("Hoe oud is hij?") tells which intake field the next parent turn answers, as in the chat.
"""
from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bot import intake, sociale_kaart
from bot.input_guard import strip_markup
from bot.nlu.dutch import fold
from bot.nlu.topic_keywords import keyword_topics
from bot.route_advice import present
from bot.routing import Route
from bot.safety.detector import LEVEL_RANK, detect

MAX_CHARS = 100_000
TOPIC_OPENING = 0.4   # classifier confidence that fixes the first topic of a transcript
TOPIC_LATER = 0.6     # ... and that adds another one later on
KEYWORD_SUPPORT = 0.02  # least classifier confidence for a topic named by its words
PARENT = re.compile(r"^\s*(?P<who>ouder|moeder|vader|mama|papa|jongere|beller|client|cliënt|pleegouder|oma|opa|verzorger)\b[^:]{0,30}:\s*(?P<text>.*)$", re.I)
CONSULTANT = re.compile(r"^\s*(?:consulent|medewerker|vraagbaak|consultant|jeugdconsulent|hulpverlener)\b[^:]{0,30}:\s*(?P<text>.*)$", re.I)
QUESTION_FIELDS: List[Tuple[str, str]] = [
    ("ernst", r"schaal|1 tot 10|een tot tien|cijfer|hoeveel last|hoe erg"),
    ("age", r"hoe oud|leeftijd|welke groep|in welke klas"),
    ("beloop", r"sinds wanneer|hoe lang|wanneer (?:is|begon)|erger|beter of slechter"),
    ("omvang", r"waar merk|waar speelt|thuis of op school|hoe vaak|op school ook|ook op school"),
    ("uitzonderingen", r"beter gaat|uitzondering|momenten dat"),
    ("household", r"wie wonen|thuis wonen|samenstelling|woont (?:hij|ze|zij) bij|bij wie woont"),
    ("steun", r"steun|wie helpt|bij wie kun|terecht bij"),
    ("involved", r"betrokken|hulp gehad|al (?:bij )?de huisarts|geprobeerd|eerder hulp"),
    ("hoop", r"hoop|wat zou helpen|goed genoeg|wat wil je bereiken|wat verwacht"),
    ("aard", r"voorbeeld|wat gebeurt er|vertel|wat is er aan de hand"),
]


class TriageInputError(ValueError):
    """Input the triage cannot read: the command exits 2 with this message."""


@dataclass
class Turn:
    speaker: str     # parent | youth | consultant
    text: str


def read_text(raw: bytes) -> str:
    if not raw or not raw.strip():
        raise TriageInputError("De invoer is leeg: geef een transcript of e-mail als tekst (UTF-8).")
    if len(raw) > MAX_CHARS * 4:
        raise TriageInputError(f"De invoer is te groot (meer dan {MAX_CHARS} tekens).")
    if b"\x00" in raw:
        raise TriageInputError("De invoer is geen tekst (binaire gegevens).")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TriageInputError(f"De invoer is geen geldige UTF-8-tekst (byte {exc.start}).") from exc
    return check_text(text)


def check_text(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise TriageInputError("De tekst is leeg.")
    if len(text) > MAX_CHARS:
        raise TriageInputError(f"De tekst is te groot ({len(text)} tekens; hooguit {MAX_CHARS}).")
    if sum(1 for c in text[:5000] if ord(c) < 32 and c not in "\n\r\t") > 20:
        raise TriageInputError("De invoer lijkt geen tekst te zijn.")
    return text


def split_turns(text: str) -> List[Turn]:
    """'Ouder: …' / 'Consulent: …' lines; free text (an e-mail) becomes parent turns per paragraph."""
    text = strip_markup(text)
    turns: List[Turn] = []
    labelled = False
    for line in text.splitlines():
        if not line.strip():
            continue
        m, c = PARENT.match(line), CONSULTANT.match(line)
        if m:
            labelled = True
            who = "youth" if fold(m.group("who")) == "jongere" else "parent"
            turns.append(Turn(who, m.group("text").strip()))
        elif c:
            labelled = True
            turns.append(Turn("consultant", c.group("text").strip()))
        elif labelled and turns:
            turns[-1].text += " " + line.strip()
        else:
            turns.append(Turn("parent", line.strip()))
    if not labelled:  # an e-mail: paragraphs are parent turns; merge very short lines (greetings)
        merged: List[Turn] = []
        for t in turns:
            if merged and len(merged[-1].text) < 40:
                merged[-1].text += " " + t.text
            else:
                merged.append(t)
        turns = merged
    return [t for t in turns if t.text]


def asked_field(question: str) -> Optional[str]:
    q = fold(question)
    for field, pattern in QUESTION_FIELDS:
        if re.search(pattern, q):
            return field
    return None


class Triage:
    """Loads the NLU model once; `summarise` can then be called for many texts."""

    def __init__(self, model: Optional[Path] = None):
        from rasa.core.agent import Agent  # heavy import: only when the model is needed
        from bot.run import MODEL
        self.loop = asyncio.new_event_loop()
        self.agent = Agent.load(str(model or MODEL))
        import logging

        import structlog  # Agent.load configures structlog to print debug lines on stdout
        structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR),
                            logger_factory=structlog.PrintLoggerFactory(__import__("sys").stderr))

    def parse(self, text: str) -> Dict:
        return self.loop.run_until_complete(self.agent.parse_message(text[:4000]))

    def summarise(self, text: str, gemeente: Optional[str] = None) -> Dict:
        turns = split_turns(check_text(text))
        facts = intake.new_facts()
        level, signals, needs_check = "geen", [], False
        pending: Optional[str] = None
        opening, best = True, ("", 0.0)   # no topic fixed yet; the likeliest topic seen so far
        for turn in turns:
            if turn.speaker == "consultant":
                pending = asked_field(turn.text) or pending
                continue
            speaker = "jongere" if turn.speaker == "youth" else None
            result = detect(turn.text, speaker_hint=speaker)
            if result.level != "geen" and LEVEL_RANK[result.level] > LEVEL_RANK[level]:
                level = result.level
            needs_check = needs_check or result.needs_check
            signals += [s.as_dict() for s in result.signals]
            parsed = self.parse(turn.text)
            intent = (parsed.get("original_intent") or parsed.get("intent") or {})
            name, conf = intent.get("name") or "", float(intent.get("confidence") or 0)
            topics = []
            # A greeting turn ("ik heb een vraag") fixes no topic: only a turn the classifier is
            # fairly sure of does; until then the opening turns' topic words count too.
            if name.startswith("topic_") and conf >= (TOPIC_OPENING if opening else TOPIC_LATER):
                topics.append(name[len("topic_"):])
            elif name.startswith("ask_") and name != "ask_bot" and opening and conf >= TOPIC_OPENING:
                topics.append("procedure")
            if name.startswith("topic_") and conf > best[1]:
                best = (name[len("topic_"):], conf)
            if opening and len(turn.text.split()) >= 6:
                # topic words count when the classifier gives that topic some support too:
                # "mijn ouders zijn gescheiden" as context is not a worry about the divorce
                ranked = {r["name"]: r["confidence"] for r in parsed.get("intent_ranking") or []}
                topics += [t for t in keyword_topics(turn.text)[:2] if ranked.get(f"topic_{t}", 0) >= KEYWORD_SUPPORT]
            intake.add_topics(facts, topics)
            opening = opening and not topics
            facts = intake.mark_asked(facts, pending) if pending else facts
            facts = intake.process_answer(facts, turn.text, name)
            if speaker:
                facts["speaker"] = "jongere"
            pending = None
        if not facts["topics"] and best[0]:
            intake.add_topics(facts, [best[0]])
        for field in intake.FULL_ORDER:  # a transcript is what it is: nothing more will be asked
            if field not in facts["asked"]:
                facts["asked"].append(field)
        route = intake.route_for(facts, level)
        summary = intake.to_summary_json(facts, {"level": level, "signals": signals}, route)
        summary["safety"]["needs_check"] = needs_check and level == "geen"
        summary["gemeente"] = sociale_kaart.get(gemeente).id  # the default gemeente when none is given
        return summary


def render_text(summary: Dict) -> str:
    """The readable output of `vraagbaak triage` without --json."""
    route, safety = summary["route"], summary["safety"]
    lines = [f"Route: {route['id']}" + (" (voorlopig)" if route["provisional"] else ""), *route["reasons"],
             f"Veiligheid: {safety['level']}" + (" - controlevraag nodig" if safety.get("needs_check") else "")]
    lines += [f"  signaal: \"{s['text']}\" ({s.get('category', '')}, risico voor {s['at_risk']})" for s in safety["signals"]]
    lines.append("Hoge nood: ja" if summary["hoge_nood"] else "Hoge nood: nee")
    lines.append("Onderwerpen: " + (", ".join(summary["topics"]) or "onbekend"))
    lines.append(f"Leeftijd kind: {summary['child']['age'] if summary['child']['age'] is not None else 'onbekend'}")
    i = summary["intake"]
    for label, key in (("Aard", "aard"), ("Beloop", "beloop"), ("Ernst", "ernst"), ("Hoop", "hoop")):
        if i.get(key) is not None:
            lines.append(f"{label}: {i[key]}")
    if i["omvang"]:
        lines.append("Omvang: " + ", ".join(i["omvang"]))
    if summary["household"]:
        lines.append("Huishouden: " + ", ".join(p.get("label") or p["role"] for p in summary["household"]))
    if summary["involved"]:
        lines.append("Betrokken: " + ", ".join(summary["involved"]))
    gemeente = sociale_kaart.get(summary.get("gemeente"))
    advice = present(Route(route["id"], route["provisional"], []), gemeente)
    lines.append(f"Advies voor de ouder ({gemeente.naam}): {advice.advice}")
    lines += [f"  alternatief: {a}" for a in advice.alternatives]
    return "\n".join(lines)
