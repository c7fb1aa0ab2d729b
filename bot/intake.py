"""The systemic intake as a small, deterministic state machine over plain facts.

The facts are one JSON-able dict (kept in the Rasa slot `facts` and stored with the
conversation). `process_answer` reads a parent's message into the facts, `next_question`
says what to ask next, `summary_text` gives the "Klopt het dat …?" summary in the language
of the explanatory analysis. The Rasa actions, the triage command and the web app all use
these functions: one implementation.

Conversation shape (../shared/domain/vraagbaak.md §4): the question in their own words →
aard (an example) → age → beloop → omvang → ernst → exceptions → household → steun → who is
involved and what was tried → hope → summary. A light question gets a short intake.
"""
from __future__ import annotations

import copy
import re
from typing import Dict, List, Optional

from bot.nlu import extract
from bot.nlu.dutch import fold
from bot.routing import MOEITE, Route, RouteFacts, decide

FULL_ORDER = ["aard", "age", "beloop", "omvang", "ernst", "uitzonderingen", "household", "steun", "involved", "hoop"]
LIGHT_ORDER = ["aard", "age", "beloop", "ernst", "hoop"]
LIGHT_TOPICS = {"slaap", "opvoeding", "ontwikkeling", "eten", "school_leren", "financien_praktisch", "gamen_media"}

QUESTIONS = {
    "aard": "Kun je een voorbeeld geven van een moment dat het speelde? Wat gebeurde er precies?",
    "age": "Hoe oud is je kind?",
    "beloop": "Sinds wanneer speelt dit? En wordt het erger, blijft het gelijk of wordt het minder?",
    "omvang": "Waar merk je het vooral: thuis, op school, bij vrienden of bij sport? En hoe vaak?",
    "ernst": "Hoeveel last hebben jullie ervan, op een schaal van 1 (bijna geen) tot 10 (heel veel)? En wat lukt er door deze moeite niet meer?",
    "uitzonderingen": "Zijn er ook momenten dat het beter gaat? Wat is er dan anders?",
    "household": "Wie wonen er bij jullie thuis? Bijvoorbeeld ouders, een nieuwe partner, broers en zussen. Wonen de ouders samen of apart?",
    "steun": "Wie helpt jullie, of bij wie kun je terecht? Denk aan familie, vrienden, buren of school.",
    "involved": "Is er al iemand betrokken, zoals de huisarts, school, het consultatiebureau of jeugdhulp? En wat hebben jullie zelf al geprobeerd?",
    "hoop": "Wat hoop je dat er verandert? Wat zou voor jullie goed genoeg zijn?",
}

SKIP_WORDS = re.compile(r"^\s*(?:weet (?:ik )?(?:niet|het niet)|geen idee|sla (?:maar )?over|volgende|pas|liever niet|wil ik (?:liever )?niet zeggen|skip|geen antwoord)\W*$")
NOTHING = re.compile(r"\b(?:niks|niets|nee|niemand|nog niet|geen)\b")


def new_facts() -> Dict:
    return {
        "topics": [], "question": None, "speaker": None,
        "child": {"age": None},
        "intake": {"aard": None, "beloop": None, "beloop_months": None, "trend": None, "omvang": [],
                   "frequentie": None, "ernst": None, "niet_meer": None, "voorbeeld": None,
                   "uitzonderingen": None, "hoop": None},
        "household": [], "steun": [], "involved": [], "tried": None, "tried_without_result": None,
        "va_factors": {k: [] for k in ("kind", "ouders", "gezin", "omgeving", "gebeurtenissen", "steun", "hulp")},
        "asked": [], "skipped": [], "pending": None, "depth": "light",
        "summary_confirmed": None, "corrections": [], "disagreements": [],
        "hoge_nood": False, "texts": [],
    }


# --- reading a message into the facts ---------------------------------------------------------
HOGE_NOOD = re.compile(r"\b(?:ik weet het (?:echt )?niet meer|ik kan niet meer|ik trek het niet meer|ten einde raad|wanhopig|radeloos|ik ben op|het loopt (?:echt )?uit de hand|help(?: me)?!|dringend|spoed)\b")
SIBLING = re.compile(r"^(?:broer|zus|halfbroer|halfzus|stiefbroer|stiefzus)")
FREQ = re.compile(r"\b(?:elke dag|iedere dag|dagelijks|elke nacht|iedere nacht|elke avond|elke ochtend|(?:een|1|twee|2|drie|3|paar) keer per (?:dag|week|maand)|soms|af en toe|vaak|heel vaak|de hele tijd|constant|altijd)\b")
TRIED_FAILED = re.compile(r"\b(?:helpt niet|hielp niet|niks geholpen|niets geholpen|werkt niet|werkte niet|geen verschil|zonder resultaat|geen verbetering|alles al geprobeerd|maakt niet uit)\b")


def add_topics(facts: Dict, topics: List[str]) -> List[str]:
    """Adds new topic ids; returns the ones that were new (a change or extension of topic)."""
    new = [t for t in dict.fromkeys(topics) if t and t not in facts["topics"]]
    facts["topics"].extend(new)
    return new


def _child_age(text: str) -> Optional[float]:
    for span in extract.extract_ages(text):
        words = fold(span.text).split()
        if words and SIBLING.match(words[0]):
            continue
        return span.value
    return None


def _household(text: str) -> List[Dict]:
    """Genogram entries from the text; relations seen from the child."""
    people = []
    folded = fold(text)
    writer_role = "moeder" if re.search(r"\b(?:ik ben (?:de )?moeder|als moeder|mijn man\b|mama hier)", folded) else \
        "vader" if re.search(r"\b(?:ik ben (?:de )?vader|als vader|mijn vrouw\b|papa hier)", folded) else None
    apart = bool(re.search(r"\b(?:gescheiden|uit elkaar|apart|niet meer samen|om de week|co-?ouder|omgang)\b", folded))
    for span in extract.extract_roles(text):
        role, label = span.value, span.text.strip()
        after = fold(text)[span.end:span.end + 14]
        age_m = re.match(rf"\s*(?:van\s+)?(?P<n>{extract.NUM})(?:\s*(?:jaar|jr))?\b", after)
        age = extract.to_number(age_m.group("n")) if age_m else None
        lives = None
        if role == "ex":
            role = {"moeder": "vader", "vader": "moeder"}.get(writer_role, "overig")
            label, lives = "ex-partner (andere ouder)", False
        elif role == "man_of_vrouw":
            role = "vader" if "man" in fold(span.text) or "echtgenoot" == fold(span.text).split()[-1] else "moeder"
            if not re.search(r"\bonze?\b", folded):
                role = "partner_ouder"
            lives = None if apart else True
        elif role == "stiefbroer_of_stiefzus":
            role, label = "overig", "kinderen van de partner (stiefbroers of -zussen)"
        people.append({"role": role, "label": label, "age": extract._num(age) if age is not None else None,
                       "lives_with_child": lives})
    if writer_role and not any(p["role"] == writer_role for p in people):
        people.insert(0, {"role": writer_role, "label": "ouder die schrijft", "age": None, "lives_with_child": True})
    return people


def _merge_people(facts: Dict, people: List[Dict]) -> None:
    for person in people:
        same = [p for p in facts["household"] if p["role"] == person["role"] and (p["role"] not in ("broer", "zus", "overig") or p.get("label") == person.get("label"))]
        if same:
            for key in ("age", "lives_with_child"):
                if person.get(key) is not None:
                    same[0][key] = person[key]
        else:
            facts["household"].append(person)


def _note_factor(facts: Dict, factor: str, text: str, role: Optional[str] = None) -> None:
    entry = text if role is None else f"{text} ({role})"
    if entry and entry not in facts["va_factors"][factor]:
        facts["va_factors"][factor].append(entry)


def read_everything(facts: Dict, text: str, pending: Optional[str] = None, correcting: bool = False) -> List[str]:
    """Extracts every fact the message contains, whatever was asked (two answers at once,
    corrections). Returns the names of the fields it filled."""
    filled = []
    folded = fold(text)
    # once known, the child's age changes only when asked or corrected ("zijn zusje, die is zes")
    age = extract.bare_age(text) if pending == "age" else \
        _child_age(text) if (facts["child"]["age"] is None and pending in (None, "aard")) or correcting else None
    if age is not None:
        facts["child"]["age"] = age
        filled.append("age")
    duration = extract.extract_duration(text)
    if duration and duration.kind == "recent" and pending != "beloop" and not correcting:
        duration = None  # "gisteren gooide hij…" dates the example, not the start of the worry
    if duration:
        facts["intake"]["beloop"] = duration.text
        facts["intake"]["beloop_months"] = duration.months
        filled.append("beloop")
        if re.search(r"\bsinds\s+(?:de|het)\s+(?:scheiding|verhuizing|overlijden|dood|ongeluk|geboorte|ziekte)|sinds\s+(?:opa|oma|papa|mama)\b", folded):
            _note_factor(facts, "gebeurtenissen", duration.text, "ontstaan")
    trend = extract.extract_trend(text)
    if trend and (pending in ("beloop", None) or duration):
        facts["intake"]["trend"] = trend
        filled.append("trend")
    areas = extract.extract_leefgebieden(text)
    if areas and pending == "omvang":
        facts["intake"]["omvang"] = []  # the answer to "waar?" replaces places inferred from earlier words
    if areas and pending not in ("household", "steun", "involved", "uitzonderingen"):
        for area in areas:
            if area not in facts["intake"]["omvang"]:
                facts["intake"]["omvang"].append(area)
        filled.append("omvang")
    freq = FREQ.search(folded)
    if freq and pending in ("omvang", "aard", None):
        facts["intake"]["frequentie"] = freq.group(0)
    score = extract.extract_score(text, expecting_score=(pending == "ernst" or correcting))
    if score is not None:
        facts["intake"]["ernst"] = score
        filled.append("ernst")
    # household members only from the household question (or the first message, or a correction):
    # "bij oma gaat het beter" names a person, not someone who lives at home
    people = _household(text) if pending == "household" or correcting else []
    if people:
        _merge_people(facts, people)
        filled.append("household")
        if re.search(r"\b(?:gescheiden|uit elkaar|scheiding)\b", folded):
            _note_factor(facts, "gezin", "ouders uit elkaar", "context")
    pros = [s.value for s in extract.extract_professionals(text)]
    if pros and pending != "steun":
        for pro in pros:
            if pro not in facts["involved"]:
                facts["involved"].append(pro)
        filled.append("involved")
    if HOGE_NOOD.search(folded):
        facts["hoge_nood"] = True
    return filled


def process_answer(facts: Dict, text: str, intent: Optional[str] = None) -> Dict:
    """Reads one parent message into the facts (returns a new dict; the input is not changed)."""
    facts = copy.deepcopy(facts)
    text = (text or "").strip()
    pending = facts.get("pending")
    if text:
        facts["texts"] = (facts["texts"] + [text[:2000]])[-40:]
    if intent == "skip_question" or SKIP_WORDS.match(fold(text)):
        if pending and pending not in facts["skipped"]:
            facts["skipped"].append(pending)
        return facts
    if facts["question"] is None:
        facts["question"] = text[:2000]
    filled = read_everything(facts, text, pending, correcting=intent == "correct_info")
    folded = fold(text)
    if pending == "aard":
        facts["intake"]["aard"] = facts["intake"]["aard"] or text[:500]
        facts["intake"]["voorbeeld"] = text[:500]
    elif pending == "ernst" and "ernst" in filled:
        rest = re.sub(r"^\D*\d+(?:[.,]5)?\s*(?:/\s*10)?[\s,.-]*", "", text).strip()
        if rest and len(rest) > 3:
            facts["intake"]["niet_meer"] = rest[:500]
    elif pending == "uitzonderingen":
        facts["intake"]["uitzonderingen"] = text[:500]
        if not re.fullmatch(r"\W*(?:nee|nooit|eigenlijk nooit|niet)\W*", folded):
            _note_factor(facts, "kind", text[:200], "bescherming")
    elif pending == "steun":
        if not NOTHING.fullmatch(folded.strip(" .!")) and not re.match(r"\s*(?:niemand|geen)", folded):
            facts["steun"].append(text[:300])
            _note_factor(facts, "steun", text[:200], "bescherming")
        else:
            facts["steun"].append("niemand genoemd")
    elif pending == "involved":
        if TRIED_FAILED.search(folded):
            facts["tried_without_result"] = True
        if re.search(r"\b(?:geprobeerd|gedaan|beloning|strenger|praten|cursus|regels|schermtijd|eerder naar bed|gesprek)\b", folded):
            facts["tried"] = text[:500]
            _note_factor(facts, "hulp", text[:200], "instandhouding" if facts["tried_without_result"] else None)
        if extract.says_nobody(text):
            facts["involved"] = facts["involved"] or []
    elif pending == "hoop":
        facts["intake"]["hoop"] = text[:500]
    elif pending == "household" and "household" not in filled:
        facts["household"].append({"role": "overig", "label": text[:200], "age": None, "lives_with_child": True})
    elif pending == "beloop" and "beloop" not in filled and "trend" not in filled:
        facts["intake"]["beloop"] = text[:200]
    elif pending == "omvang" and "omvang" not in filled:
        facts["intake"]["frequentie"] = facts["intake"]["frequentie"] or text[:200]
    if pending in QUESTIONS and not answered(facts, pending):
        facts.setdefault("reasked", [])
        if pending in facts["reasked"]:
            facts["skipped"].append(pending)
        else:
            facts["reasked"].append(pending)
    if facts["intake"]["aard"] is None and facts["question"]:
        facts["intake"]["aard"] = facts["question"][:500]
    _update_depth(facts)
    return facts


def _update_depth(facts: Dict) -> None:
    """Proportional: a light question gets a light intake; signs of weight make it full."""
    i = facts["intake"]
    heavy = (
        facts["hoge_nood"]
        or (i["ernst"] is not None and i["ernst"] >= 6)
        or (i["beloop_months"] is not None and i["beloop_months"] >= 6)
        or i["trend"] == "erger"
        or len(i["omvang"]) >= 2
        or any(t not in LIGHT_TOPICS for t in facts["topics"])
        or len(facts["topics"]) >= 2
        or (facts["child"]["age"] is not None and facts["child"]["age"] >= 12)
    )
    if heavy:
        facts["depth"] = "full"


def answered(facts: Dict, field: str) -> bool:
    i = facts["intake"]
    return {
        "aard": i["voorbeeld"] is not None,
        "age": facts["child"]["age"] is not None,
        # an event ("sinds opa overleed") without a duration still deserves the question
        "beloop": i["beloop_months"] is not None or i["trend"] is not None or ("beloop" in facts["asked"] and i["beloop"] is not None),
        "omvang": bool(i["omvang"]) or ("omvang" in facts["asked"] and i["frequentie"] is not None),
        "ernst": i["ernst"] is not None,
        "uitzonderingen": i["uitzonderingen"] is not None,
        "household": bool(facts["household"]),
        "steun": bool(facts["steun"]),
        "involved": bool(facts["involved"]) or facts["tried"] is not None or "involved" in facts["asked"],
        "hoop": i["hoop"] is not None,
    }[field]


def next_question(facts: Dict) -> Optional[str]:
    """The next intake field to ask, or None when the intake is complete."""
    order = FULL_ORDER if facts["depth"] == "full" else LIGHT_ORDER
    for name in order:
        if name in facts["skipped"] or answered(facts, name):
            continue
        if name in facts["asked"] and name != facts.get("pending"):
            continue  # asked before and not answered: don't nag
        return name
    return None


def mark_asked(facts: Dict, name: Optional[str]) -> Dict:
    facts = copy.deepcopy(facts)
    facts["pending"] = name
    if name and name not in facts["asked"]:
        facts["asked"].append(name)
    return facts


def intake_complete(facts: Dict) -> bool:
    return next_question(facts) is None


# --- route and summary ------------------------------------------------------------------------
def route_for(facts: Dict, safety_level: str = "geen") -> Route:
    i = facts["intake"]
    needed = ["age", "beloop", "ernst"] + (["omvang"] if facts["depth"] == "full" else [])
    asked = all(n in facts["asked"] or answered(facts, n) for n in needed)
    rf = RouteFacts(
        safety_level=safety_level, hoge_nood=facts["hoge_nood"], topics=facts["topics"],
        age=facts["child"]["age"], ernst=i["ernst"], beloop_months=i["beloop_months"], trend=i["trend"],
        omvang=i["omvang"], involved=facts["involved"], tried_without_result=facts["tried_without_result"],
        text=" ".join(facts["texts"]), speaker=facts.get("speaker") or "ouder", intake_asked=asked)
    return decide(rf)


def _moeite(facts: Dict) -> str:
    names = [MOEITE.get(t, t) for t in facts["topics"] if t not in ("procedure", "veiligheid")]
    if not names:
        return "de situatie die je beschrijft"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def summary_lines(facts: Dict) -> List[str]:
    i, lines = facts["intake"], []
    age = facts["child"]["age"]
    who = f"je kind ({extract._num(age)} jaar)" if age is not None else "je kind"
    lines.append(f"{who[0].upper() + who[1:]} heeft moeite met {_moeite(facts)}.")
    if i["voorbeeld"]:
        lines.append(f"Een voorbeeld: \"{_short(i['voorbeeld'])}\"")
    if i["beloop"] or i["trend"]:
        trend = {"erger": "het wordt erger", "gelijk": "het blijft gelijk", "minder": "het wordt minder"}.get(i["trend"] or "", "")
        lines.append("Sinds: " + ", ".join(x for x in (_short(i["beloop"]) if i["beloop"] else "", trend) if x) + ".")
    if i["omvang"]:
        lines.append("Waar: " + ", ".join(a.replace("_", " ") for a in i["omvang"]) + (f" ({i['frequentie']})" if i["frequentie"] else "") + ".")
    if i["ernst"] is not None:
        lines.append(f"Hoeveel last: {extract._num(i['ernst'])} van de 10." + (f" Wat niet meer lukt: {_short(i['niet_meer'])}" if i["niet_meer"] else ""))
    if i["uitzonderingen"]:
        lines.append(f"Het gaat beter: {_short(i['uitzonderingen'])}")
    if facts["household"]:
        lines.append("Thuis: " + ", ".join(p.get("label") or p["role"] for p in facts["household"]) + ".")
    steun = [s for s in facts["steun"] if s != "niemand genoemd"]
    if steun:
        lines.append(f"Steun: {_short(steun[0])}")
    if facts["involved"]:
        lines.append("Al betrokken: " + ", ".join(p.replace("_", " ") for p in facts["involved"]) + ".")
    if facts["tried"]:
        lines.append(f"Al geprobeerd: {_short(facts['tried'])}")
    if i["hoop"]:
        lines.append(f"Je hoopt: {_short(i['hoop'])}")
    return lines


def _short(text: Optional[str], limit: int = 140) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def summary_text(facts: Dict) -> str:
    body = "\n".join(f"- {line}" for line in summary_lines(facts))
    return f"Ik vat samen wat ik heb begrepen:\n{body}\nKlopt het dat ik het zo goed heb begrepen?"


def to_summary_json(facts: Dict, safety: Dict, route: Route, callback: Optional[Dict] = None) -> Dict:
    """The contract's summary JSON (../shared/domain/contract.md). Unknown is null or empty."""
    i = facts["intake"]
    return {
        "topics": list(facts["topics"]),
        "safety": {"level": safety.get("level", "geen"), "signals": list(safety.get("signals", []))},
        "hoge_nood": bool(facts["hoge_nood"]),
        "route": route.as_dict(),
        "child": {"age": facts["child"]["age"]},
        "intake": {"aard": i["aard"], "beloop": i["beloop"], "omvang": list(i["omvang"]), "ernst": i["ernst"],
                   "voorbeeld": i["voorbeeld"], "trend": i["trend"], "beloop_months": i["beloop_months"],
                   "frequentie": i["frequentie"], "niet_meer": i["niet_meer"],
                   "uitzonderingen": i["uitzonderingen"], "hoop": i["hoop"]},
        "va_factors": {k: list(v) for k, v in facts["va_factors"].items() if v},
        "household": [{"role": p["role"], "age": p.get("age"), "lives_with_child": p.get("lives_with_child"),
                       "label": p.get("label")} for p in facts["household"]],
        "involved": list(facts["involved"]),
        "callback": callback or {"requested": False, "consent": False},
    }
