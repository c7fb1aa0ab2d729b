"""Topic words on spaCy lemmas: finds a second worry the intent classifier's single label misses
("slaapt slecht sinds opa is overleden" is about verlies_rouw AND slaap). It only ever adds a topic
next to the classifier's, never replaces it, and every hit can be shown as the word that caused it."""
from __future__ import annotations

import re
from typing import Dict, List

from bot.nlu.dutch import fold, nlp

KEYWORDS: Dict[str, str] = {
    "angst": r"bang|angst\w*|angstig|paniek\w*|piekeren|piekert|faalangst|zenuwachtig|nerveus",
    "somberheid": r"somber\w*|depressie\w*|depressief|neerslachtig|verdrietig|lusteloos|terneergeslagen",
    "boosheid_gedrag": r"woede\w*|driftbui\w*|boos|agressief|agressie|woedend|tantrum\w*",
    "slaap": r"slapen|slaap|slaapt|sliep|inslapen|doorslapen|nachtmerrie\w*|wakker|slaapprobleem\w*",
    "lichamelijke_klachten": r"buikpijn|hoofdpijn|misselijk|moe|vermoeid\w*",
    "ontwikkeling": r"spraak\w*|praten|motoriek|achterstand|ontwikkeling\w*",
    "concentratie_adhd": r"adhd|add|concentratie\w*|druk|impulsief|hyperactief",
    "autisme": r"autisme|autistisch|ass|pdd-nos",
    "schoolverzuim": r"thuiszit\w*|spijbel\w*|verzuim\w*|schoolweigering",
    "school_leren": r"dyslexie|dyscalculie|cijfers|huiswerk|leerproblem\w*|passend onderwijs",
    "pesten": r"pesten|gepest|pest|pesterij\w*|uitgescholden|buitengesloten",
    "scheiding": r"scheiding|gescheiden|omgang\w*|co-ouderschap|mijn ex",
    "verlies_rouw": r"overleden|overlijden|gestorven|rouw\w*|begrafenis|dood van",
    "middelen": r"blowen|blowt|drugs|alcohol|drinkt|dronken|wiet|vapen|vape|roken",
    "gamen_media": r"gamen|gamet|game|games|telefoon|schermtijd|social media|tiktok|fortnite",
    "eten": r"eten|eet|eetbui\w*|afvallen|afgevallen|gewicht",
    "dwang": r"dwang\w*|ritueel|rituelen|controleren|handen wassen",
    "zelfbeeld": r"onzeker\w*|zelfbeeld|zelfvertrouwen|gender|transgender",
    "opvoeding": r"zindelijk\w*|opvoed\w*|grenzen|regels",
    "gezin_relaties": r"ruzie thuis|ruzies thuis|broertje|zusje|samengesteld",
    "ouder_zorgen": r"overspannen|burn-?out|overbelast|uitgeput|ik ben op",
    "trauma": r"ongeluk|brand|overval|trauma\w*|oorlog|gevlucht",
    "financien_praktisch": r"schulden|schuld|geld|huur|uitkering|toeslag\w*|woning|huisvesting",
}
_RES = {topic: re.compile(rf"\b(?:{pat})\b") for topic, pat in KEYWORDS.items()}


def keyword_topics(text: str) -> List[str]:
    """Topics whose words occur in the text (surface or lemma), in order of first mention."""
    folded = fold(text)
    lemmas = " ".join(t.lemma_.lower() for t in nlp()(folded))
    hits = []
    for topic, regex in _RES.items():
        found = list(regex.finditer(folded))
        m = next((m for m in found if not _negated(folded, m.start())), None)
        if m is None and not found:
            m = regex.search(lemmas)  # inflected forms; a word found but negated stays negated
        if m:
            hits.append((m.start(), topic))
    return [t for _, t in sorted(hits)]


# "het is niet dat ik er wakker van lig", "geen slaapproblemen", "nooit last van buikpijn":
# a negation up to three words before the topic word, in the same clause.
_NEGATED_BEFORE = re.compile(r"\b(?:niet dat|geen|nooit)\b(?:\s+[\w']+){0,3}\s*$")


def _negated(text: str, start: int) -> bool:
    clause = re.split(r"[.,;:!?]", text[max(0, start - 60):start])[-1]
    return bool(_NEGATED_BEFORE.search(clause))
