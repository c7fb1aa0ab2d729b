"""The fixed safety replies of ../shared/domain/safety.md, built from safety.yml.

Only numbers from safety.yml (and the gemeente's huisartsenpost from configuration) may
appear in a safety reply; tests/test_safety_config.py checks that.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional

import yaml

from bot.safety.detector import SafetyResult

CONFIG = Path(__file__).with_name("safety.yml")


@lru_cache(maxsize=1)
def load() -> Dict:
    return yaml.safe_load(CONFIG.read_text(encoding="utf-8"))


def numbers_for(result: SafetyResult) -> List[str]:
    """Which services fit, best first (safety.md: suicidal thoughts 113, violence now 112,
    abuse or neglect Veilig Thuis, a child who wants to talk Kindertelefoon, urgent medical help
    the huisarts(enpost))."""
    cats = {s.category for s in result.signals if s.level in ("acuut", "zorg", "check")}
    order: List[str] = []
    if result.level == "acuut":
        if cats & {"violence_now", "unsafe_home", "medical"}:
            order.append("alarmnummer")
        if cats & {"suicide", "self_harm", "distress"}:
            order.append("zelfmoordpreventie")
        if cats & {"medical", "self_harm"}:
            order.append("huisarts")
        if "alarmnummer" not in order:
            order.append("alarmnummer")
        if cats & {"violence", "violence_now", "sexual", "neglect", "threat", "unsafe_home"}:
            order.append("veilig_thuis")
    elif result.level == "zorg":
        order.append("veilig_thuis")
        if cats & {"self_harm"}:
            order.append("zelfmoordpreventie")
    if result.speaker == "jongere" or any(s.at_risk == "kind" for s in result.signals) and result.speaker != "ouder":
        order.append("kindertelefoon")
    return list(dict.fromkeys(order))


def reply(result: SafetyResult, office_open: bool, huisartsenpost: Optional[str] = None) -> List[str]:
    """The messages to send in the same turn, in order."""
    cfg = load()
    texts = cfg["texts"]
    cats = {s.category for s in result.signals}
    if result.level == "acuut":
        if result.speaker == "jongere":
            opening = texts["opening"]["youth"]
        elif cats & {"violence_now"}:
            opening = texts["opening"]["violence_now"]
        elif cats & {"unsafe_home"}:
            opening = texts["opening"]["unsafe_home"]
        elif cats & {"medical"} and not cats & {"suicide"}:
            opening = texts["opening"]["medical"]
        elif cats & {"suicide"}:
            opening = texts["opening"]["suicide_self"] if any(s.at_risk == "ouder" for s in result.signals) else texts["opening"]["suicide_kind"]
        else:
            opening = texts["opening"]["self_harm"]
    else:
        opening = texts["opening"]["youth"] if result.speaker == "jongere" else texts["opening"]["zorg"]
    hap = f" ({huisartsenpost})" if huisartsenpost else ""
    lines = [texts["lines"][name].format(huisartsenpost=hap) for name in numbers_for(result)]
    offer = texts["offer"]["office_hours"] if office_open else texts["offer"]["closed"]
    messages = [opening, "\n".join(lines), offer]
    if result.level == "acuut":
        messages.append(texts["pause"])
    return messages


def check_question(result: SafetyResult) -> str:
    return load()["texts"]["check"][result.check_kind or "danger"]


def text(key: str) -> str:
    return load()["texts"][key]
