"""The routing policy of ../shared/domain/routing.md as explicit rules: first match wins.

A policy, not a classifier: the same facts always give the same route, and every route comes
with the reasons a consultant can read. The route is provisional until the facts it needs are
known; `hoge_nood` never changes the route, only the priority.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional

from bot.nlu.dutch import fold

PROCEDURE_TOPICS = {"procedure"}
PSYCH_TOPICS = {"angst", "somberheid", "boosheid_gedrag", "slaap", "lichamelijke_klachten", "dwang",
                "eten", "trauma", "concentratie_adhd", "autisme", "middelen", "gamen_media", "zelfbeeld",
                "pesten", "schoolverzuim", "verlies_rouw", "scheiding", "gezin_relaties"}
JGZ_TOPICS = {"opvoeding", "ontwikkeling", "slaap", "eten"}
# A child's own difficulties (routing.md rule 4: "… together with a child's difficulties");
# a divorce or quarrels at home are family topics, not a difficulty of the child itself.
CHILD_DIFFICULTY = (PSYCH_TOPICS - {"scheiding", "gezin_relaties"}) | {"ontwikkeling", "school_leren", "opvoeding"}
PRACTICAL_TOPICS = {"financien_praktisch", "school_leren"}

MOEITE = {  # explanatory-analysis wording: "moeite met ..."
    "angst": "angst en piekeren", "somberheid": "somberheid", "boosheid_gedrag": "boosheid en gedrag",
    "slaap": "slapen", "lichamelijke_klachten": "lichamelijke klachten", "ontwikkeling": "de ontwikkeling",
    "concentratie_adhd": "concentratie en druk gedrag", "autisme": "contact met anderen en veranderingen",
    "schoolverzuim": "naar school gaan", "school_leren": "leren en school", "pesten": "pesten",
    "scheiding": "de scheiding", "verlies_rouw": "een verlies", "middelen": "alcohol of drugs",
    "gamen_media": "gamen en schermen", "eten": "eten", "dwang": "dwanggedachten of dwanghandelingen",
    "zelfbeeld": "zelfbeeld en onzekerheid", "opvoeding": "opvoeden", "gezin_relaties": "de sfeer thuis",
    "ouder_zorgen": "de eigen draagkracht van de ouder", "trauma": "een nare gebeurtenis",
    "financien_praktisch": "geld of praktische zaken", "veiligheid": "veiligheid", "procedure": "een vraag over de procedure",
}

SPECIALIST_SIGNS = [
    (r"\b(?:afgevallen|kilo kwijt|kilo lichter|valt af|vermagert|ondergewicht|eet (?:bijna )?niks|eet nauwelijks|eet bijna niets)\b", "eetproblemen met gewichtsverlies"),
    (r"\b(?:stemmen hoort|hoort stemmen|ziet dingen die er niet zijn|contact met de werkelijkheid|psychose|wanen?)\b", "stemmen horen of het contact met de werkelijkheid kwijtraken"),
    (r"\b(?:nachtmerries over|herbeleving\w*|flashbacks?|sinds het ongeluk|sinds de brand|sinds de overval|na het ongeluk|na de brand|na de overval|schokkende gebeurtenis)\b", "klachten na een schokkende gebeurtenis"),
    (r"\b(?:hele dag (?:bezig met )?(?:wassen|controleren|tellen)|uren (?:bezig met|aan het) (?:wassen|controleren|tellen)|dwang\w* (?:bepalen|beheersen|nemen) (?:de|zijn|haar) (?:hele )?dag)\b", "dwang die de dag overneemt"),
    (r"\b(?:kan (?:ineens|opeens) niet meer (?:praten|lopen|lezen)|vaardigheden kwijt|plotseling (?:niet meer|achteruit)|terugval in (?:praten|lopen))\b", "plotseling verlies van wat het kind al kon"),
]
COMPLEX_DIVORCE = r"\b(?:steeds ruzie|escaleert|vechtscheiding|geen contact meer met (?:zijn|haar) (?:vader|moeder)|houdt de kinderen|klem tussen|tussen twee vuren|in het midden|overdracht|rechter|advocaat|omgangsregeling (?:loopt|werkt) niet)\b"
STUCK = r"\b(?:loopt vast|zit vast|helpt niet|hielp niet|geen verbetering|niks geholpen|niets geholpen|zonder resultaat|werkt niet|wordt erger|steeds erger|geen vooruitgang)\b"
ASK_JEUGDHULP = r"\b(?:jeugdhulp aanvragen|beschikking|aanmelden|aangemeld|indicatie|uithuisplaatsing|uit huis geplaatst|uit huis plaatsen|pleegzorg)\b"
THUISZITTEN = r"\b(?:thuiszit\w*|zit thuis|zit (?:nu )?(?:al )?(?:\w+ )?(?:weken|maanden) thuis|al (?:\w+ )?(?:weken|maanden) niet naar school|gaat al (?:\w+ )?(?:weken|maanden) niet)\b"
OWN_STRUGGLE = r"\b(?:schulden|overspannen|burn-?out|ik (?:kan|trek) het niet meer|ik ben op|huis uit|dakloos|ontruiming|werkloos|verslaafd)\b"
LIGHT_HELP = {"poh_jeugd", "school", "jgz", "jeugdhulp", "schoolmaatschappelijk_werk", "huisarts"}


@dataclass
class RouteFacts:
    safety_level: str = "geen"
    hoge_nood: bool = False
    topics: List[str] = field(default_factory=list)
    age: Optional[float] = None
    ernst: Optional[float] = None
    beloop_months: Optional[float] = None
    trend: Optional[str] = None
    omvang: List[str] = field(default_factory=list)
    involved: List[str] = field(default_factory=list)
    tried_without_result: Optional[bool] = None
    text: str = ""                      # all the parent's words, for the few phrase rules
    speaker: str = "ouder"
    intake_asked: bool = False          # were the facts the route needs asked (answered or skipped)?


@dataclass
class Route:
    id: str
    provisional: bool
    reasons: List[str]

    def as_dict(self) -> dict:
        return {"id": self.id, "provisional": self.provisional, "reasons": self.reasons}


def _has(pattern: str, text: str) -> Optional[re.Match]:
    return re.search(pattern, text)


def decide(f: RouteFacts) -> Route:
    text = fold(f.text)
    topics = set(f.topics)
    moeite = ", ".join(MOEITE.get(t, t) for t in f.topics if t not in ("veiligheid",)) or "de vraag"
    provisional = not f.intake_asked

    # 1-2: safety comes first and is never provisional
    if f.safety_level == "acuut":
        return Route("spoed", False, ["Omdat er nu gevaar kan zijn, is direct hulp het belangrijkste."])
    if f.safety_level == "zorg":
        return Route("veilig_thuis", False, ["Omdat er zorgen zijn over veiligheid thuis, kan Veilig Thuis advies geven, ook anoniem."])

    # 3: procedure only
    if topics and topics <= PROCEDURE_TOPICS:
        return Route("informatie", False, ["Omdat het een vraag over de werkwijze is, kan ik die zelf beantwoorden."])

    # 4: wijkteam
    reasons: List[str] = []
    domains = len([a for a in f.omvang if a in ("thuis", "school", "vrienden", "vrije_tijd", "gezin")])
    # a practical main question with little weight: other topics are context, not a second problem (rule 8)
    practical_only = bool(f.topics) and f.topics[0] in PRACTICAL_TOPICS and f.ernst is not None and f.ernst <= 4
    child_trouble = set() if practical_only else topics & CHILD_DIFFICULTY
    if f.age is not None and f.age >= 18:
        reasons.append("omdat het gaat om iemand van 18 jaar of ouder; het wijkteam helpt de weg te vinden buiten de jeugdhulp")
    if topics & {"ouder_zorgen", "financien_praktisch"} and child_trouble:
        reasons.append("omdat er zorgen zijn bij het kind én in het gezin zelf")
    if _has(OWN_STRUGGLE, text) and child_trouble:
        reasons.append("omdat er naast de zorgen over het kind ook zorgen zijn over het eigen welzijn of geld")
    if "scheiding" in topics and _has(COMPLEX_DIVORCE, text):
        reasons.append("omdat de scheiding steeds tot conflicten leidt en het kind ertussen komt")
    if "jeugdhulp" in f.involved and (f.tried_without_result or f.trend == "erger" or _has(STUCK, text)):
        reasons.append("omdat er al jeugdhulp is en het vastloopt")
    if domains >= 2 and "school" in f.omvang and "thuis" in f.omvang and _has(r"\bschool (?:weet het niet meer|kan niks meer|heeft alles geprobeerd|handelingsverlegen)\b", text):
        reasons.append("omdat het thuis en op school speelt en school geen mogelijkheden meer ziet")
    m = _has(THUISZITTEN, text)
    if m and (f.beloop_months is None or f.beloop_months >= 1):
        reasons.append("omdat je kind al langer thuiszit")
    if _has(ASK_JEUGDHULP, text):
        reasons.append("omdat je vraagt om jeugdhulp, een beschikking of aanmelding; dat loopt via het wijkteam")
    if reasons:
        return Route("wijkteam", provisional and f.age is None, _sentence(reasons, "het wijkteam"))

    # 5: jeugd-GGZ (never referred by the assistant: via huisarts, POH-Jeugd or wijkteam)
    under18 = f.age is None or f.age < 18
    psych = set() if practical_only else topics & PSYCH_TOPICS
    signs_apply = bool(psych) or "ontwikkeling" in topics  # sudden loss of skills shows as a development question
    if signs_apply and under18:
        if f.ernst is not None and f.ernst >= 7 and f.beloop_months is not None and f.beloop_months >= 3:
            reasons.append(f"omdat de last groot is ({_n(f.ernst)} van de 10) en het al {_months(f.beloop_months)} speelt")
        if f.tried_without_result and set(f.involved) & LIGHT_HELP:
            reasons.append("omdat lichte hulp al is geprobeerd zonder dat het beter werd")
        for pattern, sign in SPECIALIST_SIGNS:
            if _has(pattern, text):
                reasons.append(f"omdat er signalen zijn die een specialistische blik vragen: {sign}")
                break
        if reasons:
            return Route("jeugd_ggz", provisional, _sentence(reasons, "specialistische jeugd-GGZ, via de huisarts, de POH-Jeugd of het wijkteam"))

    # 7 before 6: an everyday question about a young child is JGZ, not a complaint
    if topics and topics <= JGZ_TOPICS | {"opvoeding"} and (f.age is None or f.age <= 12) \
            and (f.ernst is None or f.ernst <= 4) and domains <= 1 \
            and (f.beloop_months is None or f.beloop_months < 6 or (f.age is not None and f.age < 4)):
        age = f" bij een kind van {_n(f.age)} jaar" if f.age is not None else ""
        why = [f"omdat het een alledaagse vraag is over {moeite}{age}"]
        return Route("jgz", provisional, _sentence(why, "de jeugdgezondheidszorg (consultatiebureau of GGD)"))

    # 6: POH-Jeugd
    if psych and under18:
        why = [f"omdat er moeite is met {moeite}"]
        if f.ernst is not None:
            why.append(f"de last {_n(f.ernst)} van de 10 is")
        if domains:
            why.append("het vooral " + (" en ".join(_area(a) for a in f.omvang[:2])) + " speelt")
        return Route("poh_jeugd", provisional, _sentence(why, "de POH-Jeugd bij de huisarts"))

    # 8: voorveld
    if topics & PRACTICAL_TOPICS or f.speaker == "jongere":
        return Route("voorveld", provisional, _sentence([f"omdat het gaat om {moeite}, zonder grote zorgen over hoe het met je kind gaat"], "het voorliggend veld (zoals jongerenwerk, schoolmaatschappelijk werk of hulp bij geldzaken)"))

    # 9: not enough facts yet: the route that fits the topics, provisional
    if topics & {"ouder_zorgen", "gezin_relaties"}:
        return Route("wijkteam", True, _sentence([f"omdat het gaat om {moeite}"], "het wijkteam"))
    if topics & {"opvoeding", "ontwikkeling"}:
        if domains > 1 or (f.ernst is not None and f.ernst > 4):  # more than an everyday question
            return Route("poh_jeugd", provisional, _sentence([f"omdat er moeite is met {moeite} op meer plekken of met meer last"], "de POH-Jeugd bij de huisarts"))
        return Route("jgz", True, _sentence([f"omdat het gaat om {moeite}"], "de jeugdgezondheidszorg"))
    return Route("wijkteam", True, ["We weten nog te weinig; het wijkteam kan met je meedenken over wat past."])


def _n(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x).replace(".", ",")


def _months(m: float) -> str:
    if m >= 12:
        years = m / 12
        return "een jaar of langer" if years < 2 else f"ongeveer {int(years)} jaar"
    return f"{_n(round(m))} maanden" if m >= 2 else "een paar weken"


def _area(a: str) -> str:
    return {"thuis": "thuis", "school": "op school", "vrienden": "bij vrienden", "vrije_tijd": "in de vrije tijd", "gezin": "in het gezin"}.get(a, a)


def _sentence(parts: List[str], target: str) -> List[str]:
    """One readable sentence: 'Omdat … en …, denken we dat … past.'"""
    parts = [p.removeprefix("omdat ") for p in parts if p]
    body = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]
    return [f"Omdat {body}, denken we dat {target} past."]
