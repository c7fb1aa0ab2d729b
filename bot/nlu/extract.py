"""Rule-based extraction of the facts the intake needs, from Dutch as parents write it.

Rules instead of a learned extractor: ages, durations, scores and family roles follow a small
number of fixed patterns, and a rule can be read, tested and trusted by a consultant.
Every function takes raw text and returns plain values; `extract_entities` returns Rasa-style
entity dicts (entity, value, start, end, text) for the NLU component.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Dict, List, Optional

from bot.nlu.dutch import fold

NUMBER_WORDS = {
    "nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "anderhalf": 1.5, "anderhalve": 1.5, "half": 0.5,
    "halve": 0.5, "paar": 2, "enkele": 3, "aantal": 3,
}
_NUM_WORD_RE = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
NUM = rf"(?:\d+(?:[.,]5)?|{_NUM_WORD_RE})"


def to_number(token: str) -> Optional[float]:
    token = fold(token).strip()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _num(value: float):
    return int(value) if float(value).is_integer() else value


@dataclass
class Span:
    entity: str
    value: object
    start: int
    end: int
    text: str

    def as_entity(self) -> Dict:
        return {"entity": self.entity, "value": self.value, "start": self.start, "end": self.end,
                "text": self.text, "extractor": "VraagbaakRuleExtractor", "confidence_entity": 1.0}


# --- ages -------------------------------------------------------------------------------------
KIN = (r"(?:zoon(?:tje)?|dochter(?:tje)?|kind(?:je)?|jongen|meisje|meid|kleinzoon|kleindochter|"
       r"kleinkind|stiefzoon|stiefdochter|pleegzoon|pleegdochter|pleegkind|broer(?:tje)?|zus(?:je)?|"
       r"peuter|kleuter|puber|tiener|baby|jongere)")
_AGE_PATTERNS = [
    # "zoon van 9", "dochter van veertien", "meisje van 2,5"
    re.compile(rf"\b{KIN}s?\s+(?:\w+\s+)?(?:van\s+)(?:bijna\s+|net\s+|ruim\s+)?(?P<n>{NUM})(?:\s*jaar)?\b(?!\s*(?:maand|maanden|weken|week|dagen))"),
    # "mijn zoontje Finn is drie", "onze dochter Sara wordt 8"
    re.compile(rf"\b(?:mijn|onze?) {KIN}\s+\w+\s+(?:is|wordt)\s+(?:bijna\s+|net\s+)?(?P<n>{NUM})\b(?!\s*(?:maand|maanden|weken|keer))"),
    # "de vader van Mila van 9 jaar", "moeder van Sem (7)"
    re.compile(rf"\b(?:vader|moeder|ouder|ouders|papa|mama) van \w+ (?:van |\()(?P<n>{NUM})(?:\s*jaar)?\b(?!\s*(?:maand|maanden|weken))"),
    # "9-jarige", "negenjarige", "9 jarige"
    re.compile(rf"\b(?P<n>{NUM})\s*-?\s*jarige?\b"),
    # "hij is 12", "ze is net 3 geworden", "hij wordt 16", "ik ben 15"
    re.compile(rf"\b(?:hij|ze|zij|die|ik|mijn \w+|het kind)\s+(?:is|wordt|werd|ben|word)\s+"
               rf"(?P<mod>bijna\s+|net\s+|pas\s+|al\s+)?(?P<n>{NUM})(?:\s+jaar)?(?:\s+oud)?\b(?!\s*(?:keer|uur|dagen|weken|maanden|kilo|kg|minuten))"),
    # "9 jaar oud", "(van) 14 jaar" when not preceded by a duration word
    re.compile(rf"(?<!al )(?<!sinds )(?<!ruim )(?<!ongeveer )(?<!afgelopen )(?<!laatste )(?<!voor )\b(?P<n>{NUM})\s+jaar\s+oud\b"),
    re.compile(rf"\b{KIN}\s+(?:is\s+)?(?P<n>\d+(?:[.,]5)?)\s*(?:jr|jaar)\b"),
    # "(mijn zoon,) 9 jaar," / "zoon (9)"
    re.compile(rf"\b{KIN}\s*\(\s*(?P<n>\d+)\s*(?:jaar|jr)?\s*\)"),
]
_AGE_MONTHS = re.compile(rf"\b{KIN}?\s*(?:van\s+)?(?P<n>{NUM})\s+maanden(?:\s+oud)?\b")


def extract_ages(text: str) -> List[Span]:
    folded = fold(text)
    spans: List[Span] = []
    for pattern in _AGE_PATTERNS:
        for m in pattern.finditer(folded):
            n = to_number(m.group("n"))
            if n is None or not (0 <= n <= 25):
                continue
            if (m.groupdict().get("mod") or "").strip() == "bijna" or "bijna" in m.group(0):
                n = n - 1 if n >= 1 else n
            if any(s.start <= m.start() < s.end for s in spans):
                continue
            spans.append(Span("age", _num(n), m.start(), m.end(), text[m.start():m.end()]))
    for m in _AGE_MONTHS.finditer(folded):
        if "oud" in m.group(0) or re.search(KIN, m.group(0)):
            n = to_number(m.group("n"))
            if n is not None and n < 48:
                spans.append(Span("age", round(n / 12, 1), m.start(), m.end(), text[m.start():m.end()]))
    return sorted(spans, key=lambda s: s.start)


def bare_age(text: str) -> Optional[float]:
    """An answer to "Hoe oud is je kind?": '9', 'negen', 'bijna 16', '2,5 jaar'."""
    folded = fold(text).strip(" .!?")
    m = re.fullmatch(rf"(?:\w+ is\s+)?(?P<mod>bijna\s+|net\s+|pas\s+)?(?P<n>{NUM})(?:\s*(?:jaar|jr))?(?:\s+oud)?(?:\s+geworden)?", folded)
    if not m:
        first = re.split(r"[.,;!?]", folded, maxsplit=1)[0].strip()
        m = re.fullmatch(rf"(?:\w+ is\s+)?(?P<mod>bijna\s+|net\s+|pas\s+)?(?P<n>{NUM})(?:\s*(?:jaar|jr))?(?:\s+oud)?", first)
    if not m:
        spans = extract_ages(text)
        return spans[0].value if spans else None
    n = to_number(m.group("n"))
    if n is None or not (0 <= n <= 25):
        return None
    if (m.group("mod") or "").strip() == "bijna":
        n -= 1
    return _num(n)


# --- durations (beloop) -----------------------------------------------------------------------
_UNIT_MONTHS = {"dag": 1 / 30, "dagen": 1 / 30, "week": 0.25, "weken": 0.25, "weekje": 0.25,
                "weekjes": 0.25, "maand": 1, "maanden": 1, "maandje": 1, "jaar": 12, "jaren": 12,
                "jaartje": 12}
_DURATION = re.compile(
    rf"\b(?:(?:al|nu al|sinds|ruim|ongeveer|zo'?n|bijna|pas|een|afgelopen|laatste|de laatste|sinds een)\s+)*"
    rf"(?P<n>{NUM})?\s*(?P<unit>dagen|dag|weekjes|weekje|weken|week|maandje|maanden|maand|jaartje|jaren|jaar)\b"
)
_UNIT_OF_N = re.compile(rf"\b(?:een |zo'?n )?(?P<unit>dag|week|maand|jaar) of (?P<n>{NUM})\b")
_MONTH_NAMES = {m: i for i, m in enumerate(
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"], start=1)}
_SEASONS = {"voorjaar": 4, "lente": 4, "zomer": 7, "zomervakantie": 7, "najaar": 10, "herfst": 10,
            "herfstvakantie": 10, "winter": 1, "kerst": 12, "kerstvakantie": 12, "meivakantie": 5,
            "voorjaarsvakantie": 2, "carnaval": 2, "oud en nieuw": 1, "nieuwjaar": 1, "pasen": 4}
_SINCE = re.compile(r"\b(?:sinds|vanaf|sedert|na)\s+(?:de\s+|het\s+|afgelopen\s+|vorige?\s+)?(?P<what>"
                    + "|".join(sorted(list(_MONTH_NAMES) + list(_SEASONS), key=len, reverse=True)) + r")\b")
_RECENT = re.compile(r"\b(?:sinds\s+)?(?P<what>gisteren|vandaag|eergisteren|vorige week|afgelopen week|deze week|vorige maand|vorig jaar|afgelopen weekend|vorig schooljaar|dit schooljaar|van de week)\b")
_RECENT_MONTHS = {"gisteren": 0.03, "vandaag": 0.0, "eergisteren": 0.07, "vorige week": 0.25,
                  "afgelopen week": 0.25, "deze week": 0.1, "afgelopen weekend": 0.1,
                  "van de week": 0.1, "vorige maand": 1, "vorig jaar": 12, "vorig schooljaar": 12,
                  "dit schooljaar": 3}
_ALWAYS = re.compile(r"\b(?:altijd al|al (?:zijn|haar) hele leven|van jongs af aan|vanaf (?:zijn|haar) geboorte|sinds (?:zijn|haar) geboorte|al jaren|jarenlang)\b")
_SINCE_EVENT = re.compile(r"\bsinds\s+(?P<event>(?:de|het|hij|ze|zij|we|wij|mijn|zijn|haar|onze|opa|oma|papa|mama)\b[^.,;!?]{2,60})")


def _months_since(month: int, today: dt.date) -> float:
    delta = (today.month - month) % 12
    return float(delta if delta else 12 if month != today.month else 0.5)


@dataclass
class Duration:
    text: str
    months: Optional[float]
    kind: str = "count"   # count ("al 2 jaar") | since ("sinds de zomer") | recent ("gisteren") | always | event


def extract_duration(text: str, today: Optional[dt.date] = None) -> Optional[Duration]:
    """Since when? Returns the phrase and an estimate in months (None when it can't be counted)."""
    today = today or dt.date.today()
    folded = fold(text)
    m = _ALWAYS.search(folded)
    if m:
        return Duration(text[m.start():m.end()], 36.0 if "jaren" in m.group(0) else None, "always")
    m = _UNIT_OF_N.search(folded)  # "een week of zes", "een jaar of twee": about N units
    if m:
        n = to_number(m.group("n"))
        if n is not None:
            return Duration(text[m.start():m.end()], round(n * _UNIT_MONTHS[m.group("unit")], 2))
    for m in _DURATION.finditer(folded):
        phrase = m.group(0).strip()
        # "14 jaar oud", "zoon van 9 jaar" are ages, not durations
        after = folded[m.end():m.end() + 5]
        before = folded[max(0, m.start() - 8):m.start()]
        if after.strip().startswith("oud") or re.search(r"\bvan\s*$", before) or re.search(r"\b(is|ben|wordt)\s*$", before):
            continue
        n = to_number(m.group("n")) if m.group("n") else 1.0
        if n is None:
            continue
        if not m.group("n") and not re.search(r"\b(een|al|sinds|ruim|paar)\b", phrase):
            continue
        if re.search(r"\bper\s*$", before) or re.search(r"\bkeer\s+per\s*$", before):
            continue
        return Duration(text[m.start():m.end()].strip(), round(n * _UNIT_MONTHS[m.group("unit")], 2))
    m = _SINCE.search(folded)
    if m:
        what = m.group("what")
        month = _MONTH_NAMES.get(what) or _SEASONS.get(what)
        return Duration(text[m.start():m.end()], _months_since(month, today), "since")
    m = _RECENT.search(folded)
    if m:
        return Duration(text[m.start():m.end()], _RECENT_MONTHS[m.group("what")], "recent")
    m = _SINCE_EVENT.search(folded)
    if m:
        return Duration(text[m.start():m.end()].strip(), None, "event")
    return None


# --- trend ------------------------------------------------------------------------------------
_TREND = [
    ("erger", re.compile(r"\b(?:erger|steeds meer|steeds vaker|steeds slechter|slechter|verergert|neemt toe|"
                         r"groter geworden|escaleert|loopt uit de hand|het wordt steeds)\b")),
    ("minder", re.compile(r"\b(?:minder|beter|gaat vooruit|neemt af|zakt af|wat rustiger)\b")),
    ("gelijk", re.compile(r"\b(?:gelijk|hetzelfde|blijft|stabiel|niet erger|niet beter|net zo)\b")),
]


def extract_trend(text: str) -> Optional[str]:
    folded = fold(text)
    for value, pattern in _TREND:
        m = pattern.search(folded)
        if not m:
            continue
        # "niet erger" / "niet beter" mean it stays the same
        if value in ("erger", "minder") and re.search(r"\bniet\s*$", folded[max(0, m.start() - 6):m.start()]):
            return "gelijk"
        return value
    return None


# --- leefgebieden (omvang) --------------------------------------------------------------------
LEEFGEBIEDEN = {
    "thuis": r"thuis|in huis|bij ons|aan tafel|bij het eten|bij het slapen gaan|naar bed|'s avonds|s avonds|'s ochtends|thuiszit",
    "school": r"school|klas|juf|meester|mentor|leraar|leraren|docent|les|lessen|opvang|kinderdagverblijf|kdv|bso|creche|peuterspeelzaal|gastouder",
    "vrienden": r"vrienden|vriendjes|vriendinnen|vriendinnetjes|leeftijdsgenoten|speelafspraak|buiten spelen|klasgenoten",
    "vrije_tijd": r"sport|voetbal|hockey|zwemmen|zwemles|turnen|judo|club|vereniging|training|hobby|scouting|muziekles|dansles|vrije tijd",
    "gezin": r"gezin|broertje|zusje|broer|zus|met zijn vader|met haar vader|met zijn moeder|met haar moeder|met ons|bij (?:zijn|haar) (?:vader|moeder)|opa en oma|familie",
}
_LEEFGEBIED_RES = {k: re.compile(rf"\b(?:{v})\w*") for k, v in LEEFGEBIEDEN.items()}
_GOES_WELL = re.compile(r"\s*(?:\w+\s+){0,2}?(?:gaat|ging|loopt|is)\s+(?:het\s+)?(?:\w+\s+)?(?:goed|prima|wel goed|beter|fijn|super)\b|\s*(?:geen last|geen problemen|niks aan de hand)")
_EVERYWHERE = re.compile(r"\b(?:overal|altijd en overal|op alle vlakken|thuis en op school en)\b")


_ONLY = re.compile(r"\b(?:alleen|enkel|uitsluitend|alleen maar)\s+(?:op\s+|in\s+|bij\s+)?(?:de\s+|het\s+)?(?P<w>\w+)")


def extract_leefgebieden(text: str) -> List[str]:
    folded = fold(text)
    only = _ONLY.search(folded)  # "alleen thuis": that place and no other
    if only:
        for area, pattern in _LEEFGEBIED_RES.items():
            if pattern.match(only.group("w")):
                return [area]
    found = []
    if _EVERYWHERE.search(folded):
        found = ["thuis", "school", "vrienden"]
    for area, pattern in _LEEFGEBIED_RES.items():
        for m in pattern.finditer(folded):
            before = folded[max(0, m.start() - 12):m.start()]
            if re.search(r"\b(?:niet|geen|nooit)\s+(?:op|in|bij|met)?\s*(?:de\s+|het\s+)?$", before):
                continue
            if _GOES_WELL.match(folded[m.end():m.end() + 40]):  # "op school gaat het goed"
                continue
            if area not in found:
                found.append(area)
            break
    return found


# --- 1-10 score (ernst) -----------------------------------------------------------------------
_SCORE_EXPLICIT = re.compile(rf"\b(?P<n>10|[1-9]|{'|'.join(['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'])})\s*(?:/\s*10|op\s*(?:de\s*)?10|uit\s*10|van\s*de\s*10)\b")
_SCORE_PLAIN = re.compile(r"(?:^|\b(?:een|n|cijfer|score|zeker|wel|ongeveer|rond|tussen|toch|ik denk|denk|minstens|bijna)\s+)(?P<n>10|[1-9](?:[.,]5)?|tien|negen|acht|zeven|zes|vijf|vier|drie|twee)(?:\s*(?:a|of|-|tot)\s*(?P<m>10|[1-9]))?\b")


_SCORE_CONTEXT = re.compile(r"\b(?:hoe zwaar|hoe erg|hoeveel last|op een schaal|cijfer(?: geven)?|schaal van 1 tot 10)\b[^.?!]{0,25}?[:,]?\s*")


def extract_score(text: str, expecting_score: bool = False) -> Optional[float]:
    """A 1-10 score. Explicit forms ('7/10') always count; '7', 'een 7' only when a score was asked."""
    folded = fold(text).strip()
    m = _SCORE_EXPLICIT.search(folded)
    if not m and not expecting_score:
        ctx = _SCORE_CONTEXT.search(folded)
        if ctx:
            m = _SCORE_PLAIN.search(folded[ctx.end():ctx.end() + 30])
    if not m and expecting_score:
        m = _SCORE_PLAIN.search(folded)
        if m is None:
            bare = re.fullmatch(r"(10|[1-9])[.!]?", folded)
            if bare:
                return float(bare.group(1))
    if not m:
        return None
    n = to_number(m.group("n"))
    second = m.groupdict().get("m")
    if second:  # "6 of 7", "tussen 6 en 7": take the higher, the worry counts
        n = max(n, to_number(second))
    if n is None or not (1 <= n <= 10):
        return None
    return _num(n)


# --- family roles (genogram) ------------------------------------------------------------------
# Relation as seen from the child. Order matters: longer, more specific forms first.
ROLE_PATTERNS: List[tuple] = [
    ("stiefbroer_of_stiefzus", r"(?:de |het )?kind(?:eren)? van (?:mijn|zijn|haar) (?:nieuwe )?(?:partner|vriend|vriendin|man|vrouw)"),
    ("stiefbroer", r"(?:de )?(?:zoon|zonen) van (?:mijn|zijn|haar) (?:nieuwe )?(?:partner|vriend|vriendin|man|vrouw)"),
    ("stiefzus", r"(?:de )?dochters? van (?:mijn|zijn|haar) (?:nieuwe )?(?:partner|vriend|vriendin|man|vrouw)"),
    ("stiefvader", r"stiefvader|stiefpapa|stiefpa|bonusvader|bonuspapa"),
    ("stiefmoeder", r"stiefmoeder|stiefmama|stiefma|bonusmoeder|bonusmama"),
    ("halfbroer", r"halfbroer(?:tje)?"),
    ("halfzus", r"halfzus(?:je)?"),
    ("stiefbroer", r"stiefbroer(?:tje)?|bonusbroer(?:tje)?"),
    ("stiefzus", r"stiefzus(?:je)?|bonuszus(?:je)?"),
    ("pleegouder", r"pleegouders?|pleegmoeder|pleegvader|pleeggezin"),
    ("voogd", r"voogd"),
    ("ex", r"(?:mijn|haar|zijn) ex(?:-?partner|-?man|-?vrouw)?\b"),
    ("partner_ouder", r"(?:mijn|haar|zijn) (?:nieuwe )?(?:partner|vriend|vriendin|vriendje)|nieuwe (?:partner|vriend|vriendin) van (?:mijn ex|haar moeder|haar vader|zijn moeder|zijn vader)"),
    ("man_of_vrouw", r"mijn (?:man|vrouw|echtgenoot|echtgenote)"),
    ("moeder", r"(?:zijn |haar |de |hun )?moeder|mama|mams|(?:ik als|ik ben de|ik ben) moeder"),
    ("vader", r"(?:zijn |haar |de |hun )?vader|papa|paps|(?:ik als|ik ben de|ik ben) vader"),
    ("oma", r"oma|grootmoeder|omi"),
    ("opa", r"opa|grootvader"),
    ("tante", r"tante"),
    ("oom", r"oom|ome"),
    ("broer", r"broer(?:tje|s)?|broers"),
    ("zus", r"zus(?:je|sen|jes)?"),
]
_ROLE_RES = [(role, re.compile(rf"\b(?:{pat})\b")) for role, pat in ROLE_PATTERNS]
_NUM_PREFIX = re.compile(rf"\b(?P<n>twee|drie|vier|2|3|4)\s+(?:kleine\s+|oudere\s+|jongere\s+)?$")


def extract_roles(text: str) -> List[Span]:
    """Family roles with their span; overlapping matches keep the first (most specific) one."""
    folded = fold(text)
    spans: List[Span] = []
    for role, pattern in _ROLE_RES:
        for m in pattern.finditer(folded):
            if any(not (m.end() <= s.start or m.start() >= s.end) for s in spans):
                continue
            spans.append(Span("family_role", role, m.start(), m.end(), text[m.start():m.end()]))
    return sorted(spans, key=lambda s: s.start)


# --- professionals already involved ------------------------------------------------------------
PROFESSIONALS = {
    "poh_jeugd": r"poh(?:[- ]?jeugd|-?ggz)?|praktijkondersteuner(?:\s+jeugd)?|praktijk ondersteuner",
    "huisarts": r"huisarts|dokter|huisartsenpraktijk",
    "jgz": r"consultatiebureau|jgz|jeugdarts|jeugdverpleegkundige|ggd|cjg|centrum voor jeugd en gezin|schoolarts",
    "wijkteam": r"wijkteam|sociaal team|jeugdconsulent|team jeugd|toegang|gebiedsteam|buurtteam",
    "jeugdhulp": r"jeugdhulp|gezinscoach|gezinshulp|jeugdzorg|ambulante hulp|opvoedondersteuning|opvoedhulp|gezinsbegeleiding|begeleider|hulpverlener|hulpverlening|jeugdbescherming|gezinsvoogd",
    "ggz": r"ggz|psycholoog|psychologe|psychiater|kinderpsycholoog|therapeut|therapie|orthopedagoog|behandelaar|accare|karakter",
    "school": r"school (?:weet|is op de hoogte|is betrokken|denkt mee|heeft)|de school|mentor|juf|meester|intern begeleider|ib-?er|ib'er|zorgcoordinator|leerkracht|docent|leerplicht(?:ambtenaar)?|remedial teacher",
    "schoolmaatschappelijk_werk": r"schoolmaatschappelijk werk(?:er)?|smw|schoolmaatschappelijk",
    "jongerenwerk": r"jongerenwerk(?:er)?",
    "kinderarts": r"kinderarts|ziekenhuis|specialist",
    "logopedie": r"logopedist|logopedie|fysiotherapeut|ergotherapeut",
    "veilig_thuis": r"veilig thuis",
    "politie": r"politie|wijkagent",
}
_PRO_RES = {k: re.compile(rf"\b(?:{v})\b") for k, v in PROFESSIONALS.items()}
_NOBODY = re.compile(r"\b(?:nog )?(?:niemand|niks|nee|geen hulp|geen enkele|helemaal niemand|nog geen)\b")


def extract_professionals(text: str) -> List[Span]:
    folded = fold(text)
    spans: List[Span] = []
    for pro, pattern in _PRO_RES.items():
        for m in pattern.finditer(folded):
            if any(not (m.end() <= s.start or m.start() >= s.end) for s in spans):
                continue
            before = folded[max(0, m.start() - 25):m.start()]
            if re.search(r"\b(?:niet|geen|nooit|nog niet)\b[^,.]*$", before) and "maar" not in before:
                continue
            spans.append(Span("professional", pro, m.start(), m.end(), text[m.start():m.end()]))
    return sorted(spans, key=lambda s: s.start)


def says_nobody(text: str) -> bool:
    return bool(_NOBODY.search(fold(text))) and not extract_professionals(text)


# --- everything, as Rasa entities -------------------------------------------------------------
def extract_entities(text: str, today: Optional[dt.date] = None) -> List[Dict]:
    spans: List[Span] = []
    spans += extract_ages(text)
    duration = extract_duration(text, today)
    if duration:
        start = fold(text).find(fold(duration.text))
        spans.append(Span("duration", duration.text, max(start, 0), max(start, 0) + len(duration.text), duration.text))
    trend = extract_trend(text)
    if trend:
        spans.append(Span("trend", trend, 0, 0, trend))
    for area in extract_leefgebieden(text):
        spans.append(Span("leefgebied", area, 0, 0, area))
    score = extract_score(text)
    if score is not None:
        spans.append(Span("score", score, 0, 0, str(score)))
    spans += extract_roles(text)
    spans += extract_professionals(text)
    return [s.as_entity() for s in spans]
