"""Deterministic safety detection on every message (see ../shared/domain/safety.md).

How it reads a message:
1. The text is folded (lower case, no accents) and cut into word tokens. Every token is
   normalised: chat spelling ("mn", "nie", "gwn", "k"), a dropped final n ("leve", "ophange"),
   stretched letters ("dooood"), y for ij ("snyden"), words typed together ("ikwil", "nietmeer")
   and near-misses of a few key words ("zelfmoort", "suisidaal"). Fuzzy correction only touches
   words the Dutch lemma table does not know, so real words are never bent into danger words.
   Every token keeps its place in the original text, so a signal quotes the user's own words.
2. Known idioms ("ik schrok me dood", "ik word gek van hem", "dat doet me pijn") are blanked out.
3. The tokens are split into clauses (sentence marks, commas, "maar", "want"): negation and
   context only reach within a clause.
4. Each clause is matched, on its normalised words and on their lookup lemmas, against patterns
   per danger category. The patterns combine concept lexicons (lexicon.py: wanting, ending a
   life, means, hoarding, lethal places, farewells, being missing, symptoms, violence, ...) in
   either order, because Dutch puts the verb last in a subordinate clause ("ik wil dood" / "dat
   ze dood wil"): a stance near an end of life, a means near hoarding, a child gone with a sign of
   risk, somebody down who does not respond. Some patterns also need a cue in the clause or in
   the message ("op de brug" + "nu", a means + despair).
5. Context rules then decide the level of each hit: negation before the hit (not across a new
   finite clause: "ik eet niks meer en wil niet meer leven"), inside it (a negator that the pattern
   does not need) or right after it ("ze snijdt zichzelf niet"), games, media and questions asked
   to learn when they frame the hit, jokes, accidents, grief, the past ("vorig jaar", "littekens";
   a suicidal remark of last week still counts), the present ("nu", "vannacht", "staat te
   schreeuwen"), habits ("als hij boos is"), uncertainty ("ik weet niet of") which asks a check
   question, and several signs together (a means at hand with despair is a plan).
6. Who is at risk (kind, ouder, ander) comes from the person words around the hit; a pronoun
   stands for the person named first in its sentence (reported speech) or named before it.

Recall comes first: a false alarm costs one calm check question, a miss can cost a life.
The learned NLU intent may add a check question (`with_nlu_hint`) but never removes a signal.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import List, Optional, Tuple

from bot.nlu.dutch import nlp
from bot.safety.lexicon import (  # the concept lexicons the patterns combine
    WANT, WISH_THAT, DIE, NOLONGER, LIVE, THINK, DEATH_IDEA, DEATH_EVENT, STANCE, END, FUN, DESPAIR, SLY,
    SELF_TRUE, SELF, VICTIM, ADULT, PARENT_WORD, YOUNG_CHILD, MEDS, QTY, CONTAINER, TAKEN, TAKE_PLAN, HOARD,
    ACQUIRE, AT_HAND, ROPE, BLADE, WEAPON, HIGH, LETHAL_PLACE, STRONG_PLACE, LINGER, VEHICLE, MOVE, JUMP, TOXIC, INGEST, BODY,
    CUT_BODY, CUT, CUT_BARE, CUT_OBJECT, UNRESPONSIVE, COLLAPSE, SYMPTOM, BLEED, KILL, FIGHT, SCREAM,
    DOOR_CUE, PRIVATE, TOUCH, IMAGES, NUDE, SPY, FAREWELL_STRONG, FAREWELL, FAREWELL_BY_MESSAGE, MISSING, UNREACHABLE, PSYCHOSIS,
    HEAD_BLOW, FALL, BRAIN_SIGN, YOUNG_BABY, BABY_SIGN, FEVER, MENINGITIS, AIRWAY_SIGN, AIRWAY_CAUSE, SEIZURE, SEIZURE_ON, SUBSTANCE,
    TAKE_ANY, SEVERE_SIGN, HEAVY_BLEED, BURN, BURN_CAUSE, ALONE, YOUNG_AGE, NOBODY_THERE, MISSING_NOW, MISSING_RISK, ONLINE_CONTACT,
    MEET, GROOM_RISK, INTOXICATED, DRIVE_CHILD, WHEN, LETHAL_QUESTION, LETHAL_QUESTION_SELF,
    gap, near,
)

LEVELS = ("geen", "zorg", "acuut")
LEVEL_RANK = {"geen": 0, "check": 1, "zorg": 2, "acuut": 3}


def max_level(*levels: str) -> str:
    return max(levels, key=lambda lv: LEVEL_RANK[lv])


# =================================================================================================
# 1. Folding and normalisation
# =================================================================================================
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'", "`": "'"})


def _fold_with_map(text: str) -> Tuple[str, List[int]]:
    """bot.nlu.dutch.fold, char by char, remembering where each folded char came from
    (a ligature or a capital with a dot can change the length)."""
    out, where = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKD", ch.lower().translate(_QUOTES)):
            if not unicodedata.combining(c):
                out.append(c)
                where.append(i)
    return "".join(out), where


# chat spelling -> standard Dutch (one token may become two words)
SLANG = {
    "nie": "niet", "nit": "niet", "niit": "niet", "nt": "niet",
    "mn": "mijn", "m'n": "mijn", "mijne": "mijn", "zn": "zijn", "z'n": "zijn",
    "dr": "haar", "d'r": "haar", "hr": "haar",
    "gwn": "gewoon", "gewn": "gewoon", "ff": "even", "effe": "even", "efkes": "even",
    "k": "ik", "'k": "ik", "ikke": "ik", "t": "het", "'t": "het", "tis": "het is", "'tis": "het is",
    "n": "een", "'n": "een", "un": "een", "r": "er", "dr'": "er", "der": "er",
    "da": "dat", "wa": "wat", "nx": "niks", "nix": "niks", "nks": "niks", "mss": "misschien",
    "ma": "mama", "mam": "mama", "mams": "mama", "pa": "papa", "pap": "papa", "paps": "papa",
    "mzelf": "mezelf", "zichzelve": "zichzelf",
    "savonds": "'s avonds", "snachts": "'s nachts", "smorgens": "'s morgens", "s": "'s",
    "ofzo": "of zo", "tog": "toch", "wnt": "want", "omdt": "omdat",
    "wl": "wil", "wll": "wil", "wik": "wil ik", "kwil": "ik wil", "kwou": "ik wou", "kga": "ik ga",
    "kben": "ik ben", "kheb": "ik heb", "pilen": "pillen", "ie": "hij",
    # "dood" as an intensifier of a feeling: keep the feeling ("doodsbang voor zijn stiefvader")
    "doodsbang": "heel bang", "doodeng": "heel eng", "doodnerveus": "heel nerveus", "doodongelukkig": "heel ongelukkig",
}

# key words whose misspellings matter: (stem, replaces a fuzzy prefix of an unknown word)
FUZZY_STEMS = ("zelfmoord", "zelfdod", "suicid", "verkracht", "misbruik", "mishandel", "aangerand",
               "verwaarloos", "overdosis", "zelfbeschadig", "afscheidsbrief")
FUZZY_WORDS = ("ophangen", "verhangen", "slaappillen", "paracetamol", "bewusteloos", "gechanteerd",
               "medicijnen", "vermoorden", "oxazepam", "loverboy", "doodgaan", "zelfdoding", "polsen", "suicidaal", "suicide",
               "scheermes", "uithuwelijken")


# infinitives whose final n chat speech drops ("ik wil nie meer leve")
N_DROP = frozenset("""leven sterven ophangen verhangen vertellen zeggen snijden springen slapen doodgaan bestaan worden
doen gaan maken nemen slikken praten komen krijgen weten willen kunnen moeten mogen hebben geven zien horen lopen staan
zitten liggen wonen eten drinken spelen werken helpen stoppen houden vinden denken voelen huilen schreeuwen slaan schoppen
trappen gooien pakken duwen aanraken missen verdwijnen verdrinken opstaan vergeten kijken sturen vragen lachen wachten
blijven rennen vluchten verstoppen opgeven beginnen aandoen afmaken vermoorden krassen branden beeindigen""".split())


@lru_cache(maxsize=1)
def _lemma_table():
    return nlp().get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


@lru_cache(maxsize=1)
def _lemma_values() -> frozenset:
    return frozenset(v for _, v in _lemma_table().items())


@lru_cache(maxsize=50000)
def _known(word: str) -> bool:
    """A real Dutch word form: an inflected form or a lemma of the lookup table."""
    return word in _lemma_table() or word in _lemma_values()


@lru_cache(maxsize=50000)
def lemma(word: str) -> str:
    return _lemma_table().get(word, word) if word.isalpha() else word


def _osa(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


# words that chat speech glues to the next one: "ikwil dood", "nietmeer", "wilnie"
GLUE_HEADS = ("ik", "wil", "niet", "meer", "gwn", "dood")


def _unglue(word: str) -> Optional[str]:
    """Two words typed without a space, when the first is a common function word and the
    rest is a real (or chat) word."""
    for head in GLUE_HEADS:
        rest = word[len(head):]
        if word.startswith(head) and len(rest) >= 3 and (_known(rest) or rest in SLANG):
            return f"{head} {SLANG.get(rest, rest)}"
    return None


PARTICIPLE = re.compile(r"^(?:op|af|in|uit|aan|weg|mee|terug|door|over|om|toe)?ge")


def _known_participle(word: str) -> bool:
    """The table lacks many separable compounds: "opgesloten" is known through "gesloten"."""
    return _known(word) or _known(PARTICIPLE.sub("ge", word, count=1))


@lru_cache(maxsize=50000)
def _normalise_word(word: str) -> str:
    """One word in standard spelling; unknown words only are corrected."""
    if word in SLANG:
        return SLANG[word]
    if not word.isalpha() or _known(word):
        return word
    # stretched letters: "dooooood", "neeee"
    squeezed = re.sub(r"(\w)\1{2,}", r"\1\1", word)
    if squeezed != word:
        if _known(squeezed):
            return squeezed
        single = re.sub(r"(\w)\1+", r"\1", squeezed)
        if _known(single):
            return single
        word = squeezed
    # chat speech drops the final n of infinitives: "leve", "ophange", "vertelle" (only verbs:
    # the lemma table lacks many inflected adjectives, "blauwe" must not become "blauwen")
    if len(word) >= 4 and word.endswith("e") and word + "n" in N_DROP:
        return word + "n"
    # spoken participles drop the n, some spell the open vowel double: "opgeslote", "opgesloote", "gebrooke"
    if PARTICIPLE.match(word) and word.endswith("e"):
        spoken = re.fullmatch(r"(\w+?)([aeou])\2([^aeiou])e", word)
        full = spoken.group(1) + spoken.group(2) + spoken.group(3) + "en" if spoken else word + "n"
        if _known_participle(full):
            return full
    # "snyden", "zelfmoort": y for ij, ei for ij; "zecht": ch for g
    for a, b in (("y", "ij"), ("ei", "ij"), ("ij", "ei"), ("ch", "g")):
        if a in word and _known(word.replace(a, b)):
            return word.replace(a, b)
    glued = _unglue(word)
    if glued:
        return glued
    if len(word) >= 6:
        for key in FUZZY_WORDS:
            if abs(len(word) - len(key)) <= 2 and _osa(word, key) <= (2 if len(key) >= 10 else 1):
                return key
        for stem in FUZZY_STEMS:
            if word.startswith(stem):
                return word
            # compare the start of the word with the stem, allowing one typo; a compound keeps its tail
            best = min(((_osa(word[:cut], stem, 1), i, cut) for i, cut in enumerate((len(stem), len(stem) - 1, len(stem) + 1))
                        if cut <= len(word)), default=(9, 0, 0))
            if best[0] <= 1:
                return stem + word[best[2]:]
    return word


_TOKEN = re.compile(r"\w+(?:[-']\w+)*|'\w+|\n|[^\w\s]")
_PUNCT_SPLIT = {".", "!", "?", ";", ":", ",", "\n", "(", ")", "\u2013", "\u2014", "-", "\u2026"}


@dataclass
class Tok:
    word: str          # normalised word, "" for punctuation that only splits clauses
    start: int         # span in the folded text
    end: int
    split: bool = False
    blank: bool = False
    sentence_end: bool = False


def tokenise(folded: str) -> List[Tok]:
    toks: List[Tok] = []
    for m in _TOKEN.finditer(folded):
        raw, start = m.group(0), m.start()
        if not (raw[0].isalnum() or raw[0] == "'" and len(raw) > 1):
            toks.append(Tok("", start, m.end(), split=raw in _PUNCT_SPLIT, sentence_end=raw in (".", "!", "?", "\n")))
            continue
        if raw[0] == "'" and raw not in SLANG:      # an opening quote: 'help' -> help ('s and 't stay)
            raw, start = raw[1:], start + 1
        for w in _normalise_word(raw).split():
            toks.append(Tok(w, start, m.end()))
    return toks


# =================================================================================================
# 2. Idioms: blanked before matching (written on normalised words)
# =================================================================================================
ADV = r"(?:(?:echt|bijna|gewoon|helemaal|zowat|haast|nog|wel|zo|ook|me|soms|eens|weer) )*"
IDIOMS = [
    rf"(?:schrok|schrik|schrokken|schrikt|geschrokken) (?:me|mij|mezelf|zich|ons|je|zichzelf) {ADV}(?:dood|rot|kapot|een hoedje|wezenloos)",
    rf"(?:me|mij|zich|ons|je) {ADV}(?:dood|kapot|rot|een hoedje) (?:geschrokken|gelachen|geschaamd|verveeld|gewerkt|geergerd)",
    rf"(?:lacht|lachte|lachen|lach|lachten) (?:zich|me|mij|ons|je) {ADV}(?:dood|rot|kapot|een ongeluk|te pletter|een deuk)",
    rf"(?:verveelt|verveel|verveelde|vervelen) (?:zich|me|mij|ons|je) {ADV}(?:dood|kapot|rot|te pletter)",
    rf"(?:schaamt|schaam|schaamde|schamen) (?:zich|me|mij|ons|je) {ADV}(?:dood|kapot|rot)",
    rf"(?:werkt|werk|werkte|werken|loopt|loop|liep|zoek|zoekt|zocht|gezocht) (?:zich|me|mij|ons|je) {ADV}(?:dood|kapot|rot|het schompes|een ongeluk|suf)",
    rf"(?:ergert|erger|ergerde|ergeren) (?:zich|me|mij|ons|je) {ADV}(?:dood|kapot|groen en geel|rot)",
    r"dood ?moe|doodop|dood op|dood ?ziek van|doodsaai|dood ?normaal|doodgewoon|doodstil|doodeng|doodnerveus|doodzonde|doodleuk|doodsbang|dood ?serieus|doodongelukkig|doodgelachen|doodschaamt|doodschaam|doodgeschrokken|doodverveeld|doodverveelt",
    rf"(?:ga|gaat|gaan|ging|gingen) {ADV}dood (?:van|aan) (?:de |het |al |die |dat )*(?:zenuwen|honger|dorst|verveling|schaamte|stress|lachen|hitte|kou|spanning|nieuwsgierigheid|\w+gesprekken|\w+vergaderingen|slaap|angst)",
    rf"(?:ga|gaat|ging) {ADV}dood als",
    rf"(?:sterf|sterft|sterven|stierf) {ADV}(?:van|aan) (?:de |het )?(?:honger|dorst|verveling|kou|hitte|lachen|schaamte|zenuwen|stress)",
    r"(?:sterf|sterft) (?:echt |bijna )?als",
    # ... but dying of a number or a means is meant literally ("doodgaat van 40 paracetamol")
    rf"(?:doodgaat|doodgaan|doodging) van(?! (?:\S+ )?(?:\d+|te ?veel|een overdosis|{MEDS}|{TOXIC})\b)|dood ?(?:gaan|ga|gaat|ging) (?:echt |bijna )?van (?:de |het )?(?:lachen|zenuwen|honger|dorst|verveling|schaamte|stress|hitte|kou|spanning|angst|slaap|moeheid)",
    r"(?:word|wordt|worden|werd) (?:er )?(?:echt |helemaal )?(?:gek|knettergek|stapelgek|horendol|tureluurs) (?:van|door)",
    r"(?:maakt|maken|maakte) (?:me|mij|ons) (?:echt |helemaal )?(?:gek|knettergek|stapelgek|horendol)",
    # the writer's hyperbole "ik kan hem wel schieten", "ik zou haar kunnen wurgen" (not "hij zei dat hij me zou vermoorden")
    r"(?:kan|kon|kunnen) (?:\S+ ){0,3}(?:wel |soms |echt |gewoon )*(?:schieten|wurgen|vermoorden|achter het behang plakken|villen|afmaken|de nek omdraaien)|zou (?:\S+ ){0,3}kunnen (?:schieten|wurgen|vermoorden|villen|afmaken)",
    r"(?:vermoordt|vermoorden|vermoord|maakt|maken|slaat|slaan) (?:me|mij|ons|je) (?:echt |helemaal |gewoon )?(?:dood |af )?als (?:hij|ze|zij|mama|papa|mijn \w+) (?:\S+ ){0,3}(?:ziet|hoort|merkt|weet|ontdekt|vindt|erachter|leest|snapt)",
    r"(?:vermoordt|vermoorden|vermoord) (?:me|mij|ons)(?: echt)? als",
    r"(?:ik )?(?:ga|ben) (?:je|hem|haar) (?:nog )?(?:eens )?vermoorden als",
    r"over (?:mijn|zijn|haar) lijk",
    r"(?:kan|kon) (?:niet|nie) meer van (?:het )?lachen|killing|killer|bloedheet|moordend|moordgoed|te gek voor woorden|sterven van verlangen",
    r"(?:hij|ze|zij) (?:slaat|sloeg) (?:de )?(?:plank|spijker op de kop|alarm|zijn slag|haar slag|een mal figuur|de bal)(?: mis)?",
    r"(?:slaat|sloeg|slaan|sla) (?:\S+ ){0,3}(?:plank|spijker op (?:de|zijn) kop|alarm|slag|mal figuur) ?(?:mis)?",
    r"(?:een |de )?(?:snijboon|zijn eigen graf graven|dodelijk vermoeiend|dodelijk saai\w*)",
    r"(?:val|valt|viel) (?:bijna )?(?:dood|om) van (?:de |het )?(?:slaap|moeheid|vermoeidheid)",
    r"tot de dood (?:erop|er op) volgt|de dood of de gladiolen|as de dood",
    r"(?:snij|snijdt|snijden|sneed|gesneden) (?:de |het |een |mijn |zijn |haar )?(?:groente|groenten|brood|ui|uien|vlees|taart|papier|stof|appel|tomaat|komkommer|boterham|pizza|haar|haren|kaas|fruit|hout)",
    r"(?:hakt|hakken|snijdt|snijden) (?:de |het )?(?:knoop|onderwerp|zaken) door|snijdt (?:hout|aan)",
    r"(?:slaan|slaat|sloeg) (?:op|tegen) (?:de )?(?:bal|trommel|drum|piano|tafel met zijn vuist)|(?:slaat|sloeg|slaan) (?:een )?(?:bal|brug|beeld|munt)",
    r"(?:hij|ze) (?:slaat|sloeg) (?:op hol|door|over|aan het|een keer over)",
    # slamming doors in anger is a child's boosheid, not violence against a person
    r"(?:slaat|sloeg|slaan|smijt|smeet|smijten|gooit|gooide|gooien|knalt|knalde) (?:\S+ ){0,2}met (?:de |alle )?deur(?:en)?\b",
    # "over" as a separable particle means skipping ("slaat zijn huiswerk over", "sla deze maar over"),
    # as a preposition it does not ("slaat hem over de knie")
    r"(?:slaat|sloeg|slaan|sla) (?:\S+ ){0,4}over\b(?! (?:de|het|zijn|haar|mijn|een|m'n)\b)",
    r"(?:niet|nie) (?:meer )?(?:van ?af|weg) te (?:slaan|branden|krijgen)",           # "er niet vanaf te slaan"
    r"(?:mezelf|mijzelf|zichzelf|me|zich) (?:wel |echt )?voor (?:mijn|zijn|haar|de|m'n) (?:kop|kon|hoofd|harses) (?:kunnen )?(?:slaan|slaat|sloeg)",
    r"(?:ben|is|was|waren|zijn) (?:er )?(?:helemaal |echt )?kapot van(?! (?:dat|de) (?:hij|ze) (?:dood|zelfmoord))",
    r"moordweer|doodlopende|doodloopt",
    r"(?:een )?overdosis aan (?!pillen|medicijnen|tabletten|slaappillen|drugs|paracetamol|alcohol)\w+",
    r"(?:sta|staat|stond) (?:echt |bijna )?op (?:springen|ontploffen|knappen)",
    r"door de grond (?:zakken|gezakt|zakte|zak)|door het lint van (?:vreugde|blijdschap)",
    r"(?:vakantie|zomer|kerst|examen\w*|toets\w*|verjaardag|feest|sinterklaas|winter|lente|herfst|zomervakantie|kerstvakantie|proefwerkweek)\w* (?:staat|staan|stond) (?:\S+ )?voor de deur",
    r"(?:zit|zat|zitten) (?:er )?(?:helemaal |echt )?doorheen",
    r"dood ?(?:graag|gelukkig|leuk|jammer|simpel|tevreden)",                              # intensifier: "ik wil dood graag naar dat concert"
    # emotional pain: "dat doet me veel pijn", "het doet me pijn om te zien"
    r"(?:dat|het|dit|wat) (?:\S+ ){0,2}(?:doet|deed) (?:me|mij|haar|hem|ons) (?:\S+ )?(?:veel |zo'?n |zoveel )?(?:pijn|verdriet)|(?:doet|deed) (?:me|mij|haar|hem|ons) (?:\S+ )?pijn (?:om|dat|als|te)\b",
    # "kan niet leven zonder zijn telefoon" (things only: "niet meer leven zonder mijn vrouw" stays a signal)
    r"(?:niet|nie) (?:meer )?(?:\S+ )?(?:leven|bestaan) zonder (?:zijn |haar |mijn |je |de |het |die |dat )?(?:telefoon|mobiel|gsm|wifi|internet|games?|gamen|playstation|ps5|xbox|switch|snoep|chocola\w*|koffie|muziek|netflix|tiktok|social media|insta\w*|snapchat|laptop|tablet|ipad|computer|pc|make-up|sneakers|schermtijd)",
    r"(?:ik |hij |ze )?(?:kap|kapt|kappen|stop|stopt|stoppen) (?:er ?mee|ermee) (?:met|bij) (?!alles\b|het leven\b|mijn leven\b)\w+",
    # "ik kan me wel ophangen aan die deadline", "die leraar maakt ons af met die toetsen"
    r"(?:me|mij|zich|mezelf|zichzelf) (?:\S+ ){0,3}ophangen aan (?:die|de|het|dat|een|zo'?n) (?!balk|haak|touw|boom|trap\w*|plafond|lamp|deur)\w+",
    r"(?:maakt|maken|maakte) (?:ons|me|mij|hem|haar|iedereen|de klas) (?:\S+ ){0,2}af met\b",
]
_IDIOM_RES = [re.compile(rf"\b(?:{p})(?!\w)") for p in IDIOMS]


def blank_idioms(toks: List[Tok]) -> List[str]:
    """Mark the tokens of known idioms as blank; returns the idioms found."""
    words = [t.word if t.word else "," for t in toks]
    text, starts = "", []
    for w in words:
        starts.append(len(text))
        text += w + " "
    idioms = []
    for pattern in _IDIOM_RES:
        for m in pattern.finditer(text):
            idioms.append(m.group(0))
            for i, s in enumerate(starts):
                if s >= m.start() and s < m.end():
                    toks[i].blank = True
    return idioms


# =================================================================================================
# 3. Danger patterns, built from the concept lexicons of lexicon.py
# =================================================================================================
@dataclass(frozen=True)
class Pattern:
    category: str       # suicide | self_harm | medical | violence | violence_now | unsafe_home | sexual | neglect | threat | distress
    regex: str
    base: str           # level when the context adds nothing: acuut | zorg | check
    negates: bool = True        # may a negator before (or right after) it cancel it?
    media: str = "all"          # which context explains it away: all (games, films, lessons) | topic (only a film, book or lesson about it) | none
    person: str = "subject"     # who is at risk: the doer (subject) or the one it is done to (object)
    cue: Optional[str] = None   # must also occur in the same clause
    needs: Optional[str] = None  # must also occur somewhere in the message
    unless: Optional[str] = None  # voids the hit when it occurs in the clause
    figurative: bool = False    # a joke ("haha", "lol") or hyperbole explains it away
    kind: str = ""              # sub-kind used by the context rules: check_class, threat_kill, rage, ...


P: List[Pattern] = [
    # ---------------- suicide: words, wishes, plans and means -------------------------------------
    Pattern("suicide", r"(?:een )?poging (?:\S+ )?(?:gedaan|ondernomen|gewaagd)\b(?! (?:om|tot|te)\b)|(?:zelfmoord|suicide|zelfdodings)poging\w*|zelf ?moord\w*|zelfmo\w{0,3}r[dt]\w*|zelf ?dod\w*|suicid\w*|suicied\w*|zelfmrd|zelfmoort\w*|13 reasons why|thirteen reasons why", "acuut", media="all"),
    # wanting to die, in either word order ("ik wil echt dood" / "dat ze dood wil"), or rather dead
    Pattern("suicide", rf"(?:{WANT}){gap(3, True)} (?:{DIE})|(?:{DIE}) (?:zou |zouden |te )?(?:{WANT})|(?:liever|beter|liefst) (?:\S+ ){{0,2}}dood(?! (?:van|aan|dan))"
                       rf"|beter (?:\S+ ){{0,2}}(?:als|dat|wanneer) (?:ik|hij|ze|zij|je) (?:\S+ ){{0,2}}dood (?:is|ben|was|zou zijn|zijn|ga|gaat)"
                       rf"|(?:wou|wilde|wens|hoop|zou willen) dat (?:ik|hij|ze|zij) (?:\S+ ){{0,3}}(?:dood|niet meer wakker|nooit (?:meer )?wakker|nooit geboren)"
                       r"|wil ?dood|ik ga dood (?:maken|gaan)|mezelf dood|zichzelf dood|doodgaan willen|dood willen"
                       r"|denk\w* (?:\S+ ){0,3}aan (?:doodgaan|dood gaan|sterven|dood zijn|niet meer leven|zelfdoding|er niet meer zijn|het leven beeindigen)"
                       r"|om (?:\S+ ){0,2}(?:dood te gaan|te sterven|dood te zijn|er een eind aan te maken)", "acuut"),
    # not wanting to live any more ("ik wil niet meer leven" / "dat hij niet meer verder wil leven")
    Pattern("suicide", rf"(?:{WANT}|hoef|hoeft|hoefde){gap(3, True)} {NOLONGER}(?: \S+){{0,2}} (?:{LIVE})|{NOLONGER}(?: \S+){{0,2}} (?:{WANT}|hoef|hoeft)(?: \S+)? (?:{LIVE})"
                       r"|het leven (?:\S+ ){0,2}(?:niet|nie) meer (?:\S+ )?(?:ziet|zie|zag|zien|zagen) zitten"
                       r"|geen zin (?:meer )?(?:om )?(?:nog )?(?:verder )?te leven|geen zin (?:meer )?in (?:het|mijn|zijn|haar|dit) leven"
                       r"|(?:niet|nie|nooit) meer (?:\S+ )?(?:wakker (?:worden|word|wordt|te worden)|wakker)(?! te krijgen)|nooit meer (?:wakker|opstaan|op staan|op te staan)|slapen en nooit meer"
                       r"|(?:wil|wilt|wou) (?:\S+ )?(?:hem|haar|opa|oma|papa|mama|\w+) achterna|(?:hem|haar|opa|oma|papa|mama) achterna (?:wil|wilt|wou|wilde|gaan)"
                       r"|(?:wil|wilt|wou) (?:ook )?(?:bij (?:opa|oma|papa|mama|hem|haar) )?in de hemel (?:zijn|wonen)|wou dat ik (?:nooit )?(?:dood|geboren)|nooit geboren", "acuut"),
    # ending it: "er een eind aan maken", "er een punt achter zetten", "een einde aan mijn leven"
    Pattern("suicide", r"(?:een )?(?:eind|einde|punt) (?:aan|achter|maken aan|zetten achter) (?:mijn|zijn|haar|het|dit) (?:leven|bestaan)"
                       r"|(?:mijn|zijn|haar) leven (?:\S+ ){0,2}(?:beeindigen|be-eindigen|afsluiten|stoppen|nemen)|(?:een )?(?:eind|einde|punt) (?:aan|achter) alles\b"
                       r"|\ber\b(?: \S+){0,4} (?:een )?(?:eind|einde|punt) (?:aan|achter)\b(?!(?: \S+)? met (?!alles\b|het leven\b|mijn leven\b))"
                       r"|(?:maak|maakt|maken|zet|zetten) (?:ik|hij|ze|zij) er (?:\S+ )?een (?:eind|einde|punt) (?:aan|achter)"
                       r"|uit het leven (?:stappen|stapt|stap|te stappen|gaan|weg)|uit het leven"
                       r"|(?:morgen|straks|binnenkort|volgende week|vannacht|overmorgen) (?:\S+ ){0,3}(?:niet|nie) meer (?:leeft|leef|leven|besta|bestaat)\b"
                       r"|(?:heb|heeft|hebben|had) (?:het|t) (?:\S+ )?gehad met (?:het |dit |mijn |zijn |haar )?leven|(?:heb|heeft|had) (?:\S+ )?genoeg van (?:het |dit |mijn )?leven|klaar met (?:het |dit |mijn )?leven|levensmoe\w*|(?:het|dit|mijn) leven (?:\S+ )?(?:zat|beu|moe)\b|zat van het leven"
                       r"|(?:wil|wilt|wou|wilde|willen) (?:\S+ ){0,2}van (?:dit|het|mijn|zijn|haar) leven af|van (?:dit|het|mijn|zijn|haar) leven af (?:\S+ )?(?:wil|wilt|wou|wilde|willen)", "acuut"),
    # methods with a reflexive ("zichzelf wil ophangen", "ik hang me op", "mezelf van het leven beroven")
    Pattern("suicide", rf"(?:{SELF})(?: \S+){{0,4}} (?:ophangen|op te hangen|ophang|ophangt|verhangen|te verhangen|verhang|verhangt|van kant (?:te )?(?:maken|maak|maakt)|"
                       rf"(?:van )?het leven (?:\S+ ){{0,2}}(?:te )?(?:beroven|benemen|beneem|beneemt|beroof|berooft)|verdrinken|te verdrinken|vergiftigen|te vergiftigen|"
                       rf"voor de trein (?:gooien|werpen)|(?:iets|wat|niks|niets)(?: \S+){{0,2}} (?:aan (?:\S+ )?(?:te )?(?:doen|doet|doe|deed|deden)|aan(?:te)?doen|aandoen|aandoet|aandoe|aandeed|aangedaan|aan gedaan))\b"
                       rf"|(?:hang|hangt|hing|hingen) (?:\S+ )?(?:{SELF}) (?:\S+ ){{0,2}}op\b|(?:maak|maakt|maakte) (?:\S+ )?(?:{SELF}) (?:\S+ ){{0,2}}van kant"
                       rf"|(?:doe|doet|deed|deden|zal|ga|gaat) (?:\S+ ){{0,2}}(?:{SELF}) (?:\S+ ){{0,2}}(?:iets|wat|niks|niets) aan\b"
                       rf"|(?:{SELF_TRUE}) (?:\S+ ){{0,3}}(?:dood|van kant|doodmaken|dood (?:te )?maken|doodmaakt|doden|te doden|doodt|vermoorden|te vermoorden|ombrengen|om te brengen|doodschieten|dood te schieten|doodsteken|dood te steken|iets aandoen)\b"
                       r"|(?:me|mij|zich) (?:\S+ ){0,2}(?:doodmaken|dood te maken|doden|te doden|ombrengen|om te brengen|doodschieten|dood te schieten|doodsteken|van kant maken)\b|van kant (?:te )?maken|strop\w*", "acuut", kind="reflexive"),
    # jumping from a height or in front of a train
    Pattern("suicide", near(JUMP, HIGH, 5) + r"|(?:voor|onder) (?:de|een) (?:trein|metro|tram|bus|auto|vrachtwagen)(?: \S+){0,2} (?:springen|springt|spring|gaan liggen|gaat liggen|ga liggen|liggen|lopen|gooien|sprong)",
            "acuut", unless=rf"\b(?:duikplank|trampoline|elastiek|bungee\w*|zwembad|parachute|klimrek|springkussen|hek|sloot|paard|stoep|bed|bank|glijbaan|schommel|duik\w*|{FUN})\b", figurative=True),
    Pattern("suicide", r"(?:me|mij|zich|mezelf|zichzelf) (?:\S+ ){0,3}(?:van|uit|voor|onder) (?:de|het|een) (?!bal\b|doel\b|bank\b|bed\b)\S+ (?:\S+ )?(?:gooien|gooi|gooit|gooide|werpen|werpt|storten|stort|laten vallen|laat vallen)\b"
                       r"|(?:gooit|gooi|gooide|werpt|stort) (?:\S+ )?(?:me|mij|zich|mezelf|zichzelf) (?:\S+ )?(?:van|uit|voor|onder) (?:de|het|een) (?!bal\b|doel\b|bank\b|bed\b)\S+", "acuut", figurative=True),
    # somebody at a high or dangerous place, with a sign that it is serious
    Pattern("suicide", r"(?:zit|zat|sta|staat|stond|zitten|staan|ligt|loop|loopt|ben|is) (?:\S+ ){0,4}(?:op|bij|aan|over|langs) (?:de|het|een) (?:dak|dakrand|rand|balkonrand|brug|brugleuning|vensterbank|spoor|spoorlijn|spoorbaan|rails|viaduct|flat|spoorwegovergang)\b"
                       r"|(?:op|bij|aan|over|langs) (?:de|het|een) (?:dak|dakrand|rand|balkonrand|brug|brugleuning|vensterbank|spoor|spoorlijn|spoorbaan|rails|viaduct|flat|spoorwegovergang) (?:\S+ )?(?:zit|zat|sta|staat|stond|zitten|staan|ligt|loopt|is)\b",
            "acuut", cue=r"\b(?:naar beneden|spring\w*|nu|net|zojuist|gebeld|belt|belde|appt|appte|huilend|verdieping|hoog|flat|weet niet of|terug|afscheid|niet meer|wil niet|trein)\b", unless=r"\b(?:boomhut|speeltuin|schuur|dakgoot|dakkapel|dakpannen|vakantie)\b"),
    Pattern("suicide", r"(?:rand|randje|reling|leuning) van (?:het|de|een) (?:dak|brug|flat|balkon|gebouw|viaduct|parkeergarage|toren)|dakrand|balkonrand|brugleuning", "acuut",
            cue=r"\b(?:zit|zat|sta|staat|stond|zitten|staan|ligt|loopt|klimt|klom|geklommen|hangt)\b"),
    # pills and other means: saved, planned, searched for
    Pattern("suicide", rf"(?:{MEDS})\b(?: \S+){{0,4}} (?:verzameld|verzamelt|gespaard|spaart|opgespaard|verstopt|gehamsterd|klaar|klaargelegd|klaar liggen|liggen al klaar|liggen klaar)"
                       rf"|(?:verzamelt|spaart|hamstert|verstopt) (?:\S+ ){{0,2}}(?:{MEDS})|touw (?:gekocht|klaargelegd|gepakt|opgehangen|gehangen)|(?:een )?touw (?:\S+ ){{0,3}}(?:gehangen|opgehangen|vastgemaakt)"
                       rf"|(?:{QTY}) ?(?:\S+ )?(?:{MEDS})\b(?: \S+){{0,3}} (?:{TAKE_PLAN})\b"
                       rf"|plan(?:nen)? (?:om|hoe) (?:hij|ze|zij|ik)? ?(?:zichzelf|mezelf|zelf)|(?:hoe|wanneer|waar) ik het (?:ga|wil|zal) doen"
                       rf"|(?:snelste|pijnloze|pijnloos|beste|makkelijkste|zekerste) (?:manier|methode|manieren)(?: \S+){{0,3}} (?:dood|sterven|te sterven|dood te gaan|zelfmoord|een eind)"
                       rf"|(?:hoe|hoeveel) (?:je|ik|jij) (?:\S+ ){{0,3}}(?:dood ?gaat|dood kan gaan|kunt sterven|doodgaat|sterft|overdosis)|(?:hoeveel|welke) (?:{MEDS})(?: \S+){{0,4}} (?:nodig|dodelijk|overdosis|dood)", "acuut"),
    Pattern("suicide", r"voor als (?:het|ik|alles) (?:\S+ ){0,3}(?:te erg|te veel|teveel|niet meer|op is|genoeg|klaar)", "acuut",
            needs=rf"\b(?:{MEDS}|mes|mesje|scheermes\w*|touw|strop)\b"),
    Pattern("suicide", r"(?:vanavond|vannacht|nu|morgen|straks|vandaag) (?:\S+ )?(?:doe|ga) ik het(?: doen)?\b|ik doe het (?:vanavond|vannacht|nu|morgen|straks|vandaag)\b|ik (?:\S+ )?het (?:vanavond|vannacht|nu|morgen|straks|vandaag) (?:ga )?(?:doe|doen)\b", "acuut",
            needs=rf"\b(?:klaar met alles|klaar mee|niet meer|einde?|eind|dood|{MEDS}|mes|touw|springen|zelfmoord\w*|afscheid|alles (?:\S+ )?(?:geregeld|geregeld heb|voorbereid|klaar)|tegen ?(?:te )?houden)\b"),
    # "ik wil het nu doen" with a means or a suicide topic in the message; "ik wil het ook" after a suicide story
    Pattern("suicide", r"(?:wil|ga|gaat|zal|durf) (?:het|t) (?:\S+ ){0,2}(?:doen|ook)\b|(?:wil|ga) (?:het|t) (?:ook|nu|vannacht|vanavond|weer)\b|(?:wil|ga|zal) ik het (?:\S+ )?(?:weer|ook|nu|vannacht) doen|doe het (?:vannacht|vanavond|nu|morgen)",
            "acuut", needs=rf"\b(?:mes|mesje|scheermes\w*|touw|strop|{MEDS}|zelfmoord\w*|suicid\w*|13 reasons why|springen|spring|brug|spoor|zichzelf|mezelf|dood)\b", unless=r"\b(?:huiswerk|spreekbeurt|toets|examen|opdracht|afwas|boodschappen|schoonmaken)\b"),
    # a farewell
    Pattern("suicide", r"afscheidsbrie\w*|afscheidsbriefje\w*", "acuut"),
    Pattern("suicide", r"(?:brief|brieven|briefje|briefjes|appje|bericht|berichtje|kaartje)(?: \S+){0,6} (?:sorry|excuses|bedankt|bedankte|afscheid|vaarwel|hou van jullie|niet meer terug)\b", "acuut",
            cue=r"\b(?:iedereen|voor altijd|vaarwel|niet meer terug|afscheid|nooit meer)\b"),
    Pattern("suicide", r"vaarwel|(?:sorry|excuses) voor alles|(?:mijn|een|zijn|haar) laatste (?:bericht|berichtje|appje|brief)|dit is (?:mijn|het) laatste", "acuut",
            needs=rf"\b(?:{MEDS}|mes|mesje|touw|strop|brug|spoor|dak|flat|dood|leven|zelfmoord\w*|vannacht|vanavond|net|nu|afscheid|nooit meer|hou van jullie|van je)\b"),
    Pattern("suicide", r"(?:wil|wilt|wou|wilde) (?:\S+ ){0,2}weg\b|weg (?:wil|wilt|wou|wilde)\b", "check", negates=False, kind="check_class",
            needs=r"\b(?:nooit meer terug|voor altijd|voorgoed|nooit meer terugkomen|niemand (?:zal|zou) (?:me|mij|hem|haar) (?:vinden|missen))\b"),
    # "ik stop ermee, voorgoed": quitting without an object, for good
    Pattern("suicide", r"er (?:\S+ ){0,2}mee (?:stopt|stop|stoppen|ophoudt|ophouden|kapt|kap|kappen)\b|\b(?:stop|stopt|kap|kapt|hou|houd) (?:er ?mee|ermee|ermee op)\b", "check",
            negates=False, kind="check_class", needs=r"\b(?:voorgoed|voor altijd|met alles|met het leven|met leven|met mijn leven|definitief)\b"),
    Pattern("suicide", r"afscheid\w*(?: \S+){0,3} (?:nemen|te nemen|genomen|nam|neemt) (?:\S+ ){0,2}van (?:iedereen|al(?:le)? \S+|haar \S+|zijn \S+|mijn \S+|de wereld)|(?:brief|brieven|briefje|briefjes) (?:\S+ ){0,4}(?:afscheid|voor als ik er niet meer)",
            "acuut", cue=r"\b(?:alsof|voor altijd|iedereen|brie\w*|nooit meer|straks|de wereld|sorry voor alles)\b"),
    # ambiguous wishes to be gone: acuut from a young person or about a child, a check question from a parent about themself
    Pattern("suicide", rf"(?:{WANT}){gap(3, True)} er(?: \S+){{0,2}} (?:niet|nie|nooit) meer (?:zijn|zou zijn|te zijn)|er (?:\S+ ){{0,2}}(?:niet|nie|nooit) meer (?:\S+ )?(?:{WANT}) zijn"
                       r"|alsof (?:\S+ ){0,3}er (?:\S+ ){0,2}(?:niet|nie) meer (?:is|zal zijn|zijn|ben|zou zijn)|als ik er (?:\S+ )?(?:niet|nie) meer (?:ben|zou zijn|was)"
                       r"|beter (?:\S+ ){0,3}(?:niet|nie) (?:besta|bestaan|bestond|zou bestaan|geboren)|(?:niet|nie) meer (?:wil|wilt) bestaan"
                       r"|beter af(?: \S+){0,3} zonder (?:mij|me|hem|haar)|zonder (?:mij|me|hem|haar) (?:\S+ ){0,2}beter af|(?:moe|zat|beu) van (?:het|dit|mijn) leven|beter (?:af )?(?:als|dat|zonder) (?:ik|mij) (?:er )?(?:niet|nie) (?:meer )?(?:was|ben|zou zijn)"
                       r"|niemand (?:\S+ ){0,2}(?:zou|zal) (?:me|mij|het) (?:\S+ )?(?:missen|merken)|niemand (?:mist|merkt) (?:het )?(?:me|mij|als)|niemand(?: \S+){0,3} (?:missen|mist)\b"
                       r"|beter(?: \S+){0,4} (?:als|dat|wanneer|zonder) (?:ik|hij|ze|zij) (?:er )?(?:\S+ )?(?:niet|nie) (?:meer )?(?:is|ben|was|zou zijn|zijn|besta|bestaat|zou bestaan)\b"
                       r"|(?:voor altijd|voorgoed|permanent) (?:\S+ )?(?:verdwijnen|weg zijn|weggaan)|verdwijnen (?:\S+ )?(?:voor altijd|voorgoed)|(?:verdwijnen|weg) en nooit meer (?:terug ?komen|terugkomen|terug)"
                       r"|(?:tegen|onder) (?:een|de) (?:boom|muur|vrachtwagen|trein|pilaar|vangrail|brugpijler)(?: \S+){0,2} (?:aan )?(?:rijden|rij|rijdt|knallen|knal|te rijden|crashen|aan te rijden)"
                       r"|(?:niet|nie) (?:meer )?(?:afrem|af te remmen|afremmen|rem|remmen)\b(?: \S+){0,3} (?:voor )?(?:de|een) (?:bocht|boom|muur|auto|vrachtwagen)"
                       r"|met de auto (?:\S+ ){0,6}(?:niet|nie) (?:meer )?(?:afrem|afremmen|rem|remmen)"
                       r"|(?:niet|nie) meer (?:verder|door) (?:wil|wilt|wou|wilde|kan)\s*$|(?:wil|wilt|wou|wilde) (?:\S+ )?(?:niet|nie) meer (?:verder|door)\s*$"
                       r"|er (?:\S+ ){0,2}beter (?:\S+ ){0,2}(?:niet|nie) (?:meer )?(?:\S+ )?(?:zijn|ben|was)\b", "check", negates=False, kind="check_class"),

    # ---------------- self-harm -------------------------------------------------------------------
    Pattern("self_harm", rf"(?:{CUT})(?: \S+){{0,3}} (?:{SELF})\b|(?:{SELF})(?: \S+){{0,5}} (?:{CUT})\b"
                         rf"|(?:slaat|sla|sloeg|slaan|bijt|beet|krabt|krab|stompt|knijpt) (?:\S+ ){{0,2}}(?:{SELF_TRUE})\b"
                         rf"|(?:doe|doet|deed|deden|gedaan|doen) (?:\S+ ){{0,2}}(?:{SELF}) (?:\S+ ){{0,2}}pijn\b|(?:{SELF}) (?:\S+ ){{0,3}}pijn (?:\S+ ){{0,2}}(?:doen|doet|doe|deed|te doen|gedaan|aan te doen|aandoen)\b"
                         r"|(?:bonkt|bonken|bonkte|slaat|sloeg|bonst) (?:met )?(?:zijn|haar|mijn) hoofd (?:\S+ ){0,2}(?:tegen|op) (?:de|het) (?:muur|deur|vloer|raam|muren)", "acuut", kind="reflexive"),
    Pattern("self_harm", rf"(?:mijn|zijn|haar|je|de) (?:{BODY}) (?:\S+ ){{0,3}}(?:{CUT_BODY})\b|(?:{CUT_BODY}) (?:\S+ ){{0,3}}met (?:een|de|zijn|haar|mijn) (?:aansteker|sigaret|mesje|scheermes\w*|passer|stuk glas|glasscherf|schaar)\b|(?:{CUT_BODY})(?: \S+){{0,5}} (?:in|op|door|open) (?:\S+ )?(?:{BODY})\b|(?:{CUT_BODY}) (?:\S+ )?(?:mijn|zijn|haar|je) (?:{BODY})\b|(?:in|op) (?:\S+ )?(?:{BODY}) (?:\S+ ){{0,2}}(?:{CUT_BODY})\b"
                         rf"|(?:{BODY}) (?:\S+ ){{0,2}}(?:open|kapot|door) ?(?:te )?(?:snijden|gesneden|gekrast|krassen|snij|snijdt|sneed)"
                         r"|littekens? (?:\S+ ){0,3}(?:van|door) (?:het )?(?:snijden|krassen|zelfbeschadiging|branden)|(?:snij|kras)littekens?|zelfbeschadig\w*|automutilatie|snijwonden|snijwondjes|sneetjes (?:in|op) (?:haar|zijn|mijn) \w+|krassen (?:op|in) (?:haar|zijn|mijn) \w+"
                         r"|(?:scheermes|scheermesje|scheermesjes|mesje|mesjes|slijpermesje) (?:\S+ ){0,3}(?:polsen|armen|pols|arm|benen)"
                         r"|brandwond(?:je|jes|en)? (?:\S+ ){0,6}zelf (?:doet|gedaan|aangedaan)|(?:zelf|zichzelf) (?:\S+ ){0,3}(?:met een aansteker|met een sigaret|brandt|verbrandt)", "acuut",
            unless=r"\b(?:per ongeluk|ongeluk\w*|(?:gesneden|snijdt|sneed|snij|prikt|geprikt|gebrand|brandde) (?:zich |me )?aan (?:een|het|de|papier)|bij het koken|bij de afwas|tijdens het koken|van de kat|van de poes|tattoo|tatoeage|gevallen|val|skate\w*|fiets\w*|sport\w*|voetbal\w*|hockey|stoep|zon|zonnebrand|oven|strijkijzer|scheren|scheer|ontharen|harsen)\b"),
    Pattern("self_harm", r"(?:ga|gaat|wil|moet|zal|ging) (?:ik |hij |ze |weer |nu |vannacht |vanavond |echt |het )*(?:snijden|krassen)\s*$|(?:ga|wil|moet) (?:ik )?(?:weer |nu )?(?:snijden|krassen) (?:met|in|op)\b", "acuut",
            unless=r"\b(?:groente\w*|brood|taart|ui|uien|vlees|kaas|fruit|appel|papier|hout|haar|haren|nagels|pizza|koken)\b"),
    Pattern("self_harm", rf"(?:sneetjes|krasjes|krassen|snijwondjes|sneden|wondjes|littekens|streepjes) (?:\S+ ){{0,2}}(?:in|op|aan) (?:de|haar|zijn|mijn|je) (?:{BODY})\b", "zorg",
            unless=r"\b(?:kat|poes|konijn|hond|cavia|hamster|val|gevallen|fiets\w*|skate\w*|operatie|struik\w*|doorn\w*|eczeem|muggen\w*)\b"),
    # warning signs of self-harm: hiding the arms together with blades or wounds
    Pattern("self_harm", r"lange mouwen|(?:verbergt|verstopt) (?:haar|zijn) (?:armen|benen|polsen)|wil (?:\S+ ){0,2}niet (?:meer )?(?:zwemmen|in korte mouwen)",
            "check", needs=r"\b(?:mesje\w*|scheermes\w*|slijper\w*|bloed\w*|krass?en|wondjes|sneetjes|verband|pleisters)\b", negates=False),

    # ---------------- medical emergencies ---------------------------------------------------------
    # symptoms that carry their own negation ("ademt niet", "reageert nergens meer op")
    Pattern("medical", r"(?:ademt|ademen|adem|ademde) (?:\S+ ){0,2}(?:niet|nauwelijks|amper|heel slecht|slecht|moeilijk|raar|zwaar|onregelmatig|nie)|krijgt geen lucht|geen lucht (?:meer )?krijgt|(?:stopt|stopte) met ademen"
                       r"|(?:stopt|stoppen|houdt|ophoudt|stopte) (?:\S+ ){0,2}(?:niet|nie) (?:\S+ ){0,2}(?:met )?bloeden|(?:niet|nie) (?:meer )?(?:op ?houdt|ophoudt|stopt|stoppen) met bloeden|blijft (?:\S+ )?bloeden"
                       r"|bewusteloos|buiten bewustzijn|(?:niet|nie) (?:meer )?aanspreekbaar|onaanspreekbaar|niet (?:meer )?bij (?:bewustzijn|kennis)|buiten westen|in coma|comateus|niet (?:meer )?wakker te krijgen|krijg (?:hem|haar|hen|ze|mama|papa) niet (?:meer )?wakker|reageert (?:\S+ ){0,2}nergens (?:meer )?op"
                       r"|(?:ligt|lag|liggen) (?:\S+ ){0,5}(?:en )?(?:reageert|reageren) (?:\S+ )?(?:niet|nergens|nie)"
                       r"|(?:gesnoven|geslikt|gedronken|ingenomen|genomen|gebruikt|gevallen|flauwgevallen|ingestort|gespoten)(?: \S+){0,6} (?:en )?(?:reageert|reageren) (?:\S+ )?(?:niet|nergens|nie)",
            "acuut", negates=False, media="topic",
            unless=r"\b(?:reageert (?:\S+ )?(?:niet|nie) (?:meer )?op (?:de |zijn |haar )?(?:medicijnen|medicatie|behandeling|therapie|antibiotica)|paniek\w*|het gevoel (?:dat|alsof)|hyperventil\w*|voor school|'s ochtends|s ochtends|ochtend\w*|uit bed|bed uit|wekker|uitslapen|nachtangst|slaapwandel\w*|nachtmerrie\w*|droom\w*)\b"),
    Pattern("medical", r"(?:wordt|word) (?:\S+ )?(?:niet|nie) (?:meer )?wakker", "acuut", negates=False, media="none",
            needs=r"\b(?:pillen|medicijnen|tabletten|gedronken|drugs|gevallen|bewusteloos|ligt|lag|ademt|flauw\w*|bloed|ambulance|gesnoven|geslikt|alcohol)\b"),
    Pattern("medical", rf"overdosis|(?:{QTY}) ?(?:\S+ )?(?:{MEDS})\b(?: \S+){{0,3}} (?:{TAKEN})\b|(?:{TAKEN}) (?:\S+ ){{0,2}}(?:{QTY}) ?(?:\S+ )?(?:{MEDS})\b"
                       rf"|(?:{MEDS})\b(?: \S+){{0,3}} (?:ingenomen|geslikt|genomen|opgegeten|doorgeslikt)(?! (?:tegen|voor|van de|zoals|volgens|bij))"
                       rf"|(?:heeft|hebben|heb) (?:\S+ ){{0,3}}(?:pillen|tabletten|medicijnen) (?:in ?genomen|geslikt)"
                       r"|bloedt (?:heel )?(?:erg|hevig|veel|heel veel|nog steeds|overal)|(?:wonden|wond|snee|sneeen|sneden) (?:\S+ ){0,3}(?:bloeden|bloedt)|veel bloed|overal bloed|plas bloed|in (?:zijn|haar|het) bloed"
                       r"|lege (?:pillenstrips?|strips|doosjes?|potjes?|verpakkingen) (?:\S+ )?(?:pillen|medicijnen|tabletten)?|lege pillenstrip\w*"
                       r"|(?:hele |halve )?fles (?:\S+ )?(?:wodka|whisky|drank|sterke drank|alcohol|rum|gin|jenever|wijn|likeur) (?:\S+ ){0,2}(?:leeggedronken|opgedronken|leeg gedronken|achterover)"
                       r"|blauw aangelopen|stuip\w*|epileptische aanval|drugs (?:ingenomen|geslikt)|vergiftig\w*|alcoholvergiftiging"
                       + "|" + near(r"bleek\w*|wasmiddel\w*|gif\w*|rattengif|chloor|schoonmaakmiddel\w*|lampolie|batterij\w*|wasbolletje\w*|gootsteenkast|ontstopper|afwasmiddel|vaatwas\w*|terpentine|aanstekervloeistof|wasverzachter|spiritus|medicijnkast\w*",
                                r"gedronken|ingeslikt|opgedronken|gegeten|doorgeslikt|opgegeten|geslikt|in (?:zijn|haar) mond", 4),
            "acuut", media="topic", unless=r"\b(?:een|twee|drie|1|2|3|mijn|zijn|haar) (?:pil|pillen|pilletjes|tabletten|paracetamol|paracetamolletjes) (?:\S+ )?(?:tegen|voor)\b|\b(?:een|1|twee|2|halve) (?:pil|pilletje|tablet|tabletje|paracetamol|ibuprofen|aspirine)\b(?! (?:te veel|teveel))|\b(?:een|twee|drie|1|2|3|paar) (?:\S+ )?(?:pil|pillen|pilletjes|tabletten|tabletjes|paracetamol\w*|ibuprofen) (?:te veel|teveel)\b|\b(?:tegen|voor) (?:de |mijn |zijn |haar )?(?:hoofdpijn|koorts|pijn|griep|verkoudheid|buikpijn|allergie|hooikoorts)\b|\b(?:mee op|meenemen|mee naar|voor als)\b"),

    # ---------------- violence happening or threatened now; a child not safe tonight -------------
    Pattern("violence_now", rf"(?:staat|stond|staan|loopt|zit) (?:\S+ ){{0,3}}(?:voor de deur|aan de deur|bij de deur|voor ons huis|bij ons huis|voor het huis|in de gang|in de tuin|op de stoep|op de galerij|in het portiek|op de oprit|voor het raam|onder het raam|voor de school|bij de school|voor (?:mijn|het) werk)(?=.*\b(?:{DOOR_CUE})\b)"
                            r"|(?:probeert|wil|dreigt) (?:binnen ?te ?komen|de deur in te trappen|binnenkomen|in te breken|binnen te dringen)"
                            r"|(?:trapt|trappen|trapte|beukt|bonkt|ramt|slaat|sloeg|schopt) (?:\S+ ){0,4}(?:deur|deuren|raam|ramen)(?: \S+){0,3} (?:in|kapot|open|eruit|stuk)\b|deur in ?(?:te )?trappen|deur intrapt|deur ingetrapt"
                            r"|(?:slaat|bonkt|beukt|trapt|schopt|ramt|bonst|hamert) (?:\S+ ){0,2}(?:tegen|op) (?:de|het|mijn|onze) (?:deur|raam|slaapkamerdeur|badkamerdeur)(?=.*\b(?:opgesloten|verstopt|bang|binnen|kinderen|dreig\w*|dronken|agressief|open)\b)",
            "acuut", person="object", kind="now_scene"),
    Pattern("violence_now", rf"(?:{WEAPON})\b", "acuut", person="object", kind="weapon",
            cue=r"\b(?:dreigt|dreigen|dreigde|zwaait|zwaaien|zwaaide|staat|stond|loopt|liep|rent|zit|komt|kwam|pakt|pakte|gepakt|getrokken|trekt|richt|gericht|achter (?:me|mij|ons|haar|hem) aan|bedreigt|bedreigd|bedreigde|steekt|stak|gestoken|nu|net|in de gang|in huis|in de keuken|op (?:me|mij|ons|haar|hem)|tegen (?:me|mij|ons|haar|hem))\b",
            unless=r"\b(?:gekregen|kopen|gekocht|koken|snijden van|scouting|kamp|houtsnij\w*|zakmes|verstopt|knip\w*|geknipt|knutsel\w*|nagels|ik (?:heb|had) (?:een|het) \S*(?:mes|mesje)|mijn (?:polsen|armen|pols)|(?:is|werd|ben|was) (?:\S+ ){0,3}(?:beroofd|overvallen|achtervolgd|aangevallen))\b"),
    Pattern("violence_now", rf"(?:{VICTIM})(?: \S+){{0,3}} (?:{KILL})\b|(?:vermoordt|maakt|steekt|schiet|maken) (?:{VICTIM}) (?:\S+ ){{0,2}}(?:dood|af)\b|(?:slaat|trapt|slaan|schopt) (?:{VICTIM}) (?:\S+ ){{0,2}}(?:dood|in elkaar|kapot|bont en blauw)\b"
                            r"|dreigt (?:\S+ ){0,4}(?:dood te (?:maken|slaan|steken)|te vermoorden|om te brengen|iets aan te doen|af te maken|in elkaar te slaan|te (?:steken|slaan))",
            "acuut", person="object", kind="threat_kill", figurative=True),
    Pattern("violence_now", r"door het (?:dolle|lint)|gaat (?:\S+ )?(?:tekeer|te keer|helemaal los)|ging (?:\S+ )?(?:tekeer|te keer)|flipt (?:helemaal|compleet)|is (?:helemaal )?(?:losgeslagen|razend|door het dolle|buiten zinnen)"
                            r"|(?:slaat|gooit|trapt|schopt|maakt) (?:\S+ ){0,2}(?:alles|de boel|het huis|spullen|de kamer|de keuken|meubels|servies|de tv) (?:kapot|in elkaar|stuk|aan gruzelementen)"
                            r"|(?:gooit|smijt|gooide|smeet) (?:met )?(?:\S+ ){0,2}(?:borden|stoelen|spullen|dingen|glazen|servies|meubels|flessen|messen|een stoel|een bord|een fles) (?:\S+ ){0,2}(?:naar|door|tegen|op)",
            "acuut", person="object", kind="rage", needs=r"\b(?:sla\w*|gooit|gooide|smijt|trapt|schopt|kapot|mes|dreigt|klappen|duwt|bloed\w*|geslagen|pijn|bang|huil\w*|schreeuw\w*|borden|stoelen|kinderen|moeder|boven|beneden)\b"),
    Pattern("violence_now", rf"(?:heeft|had|hebben|pakt|met) (?:een |zijn |haar )?(?:{WEAPON})\b", "acuut", person="object", kind="weapon",
            needs=r"\b(?:vecht\w*|ruzie|boos|dronken|gedronken|agressief|schreeuw\w*|slaat|sloeg|dreigt|bang|tekeer|gevlucht|vlucht\w*|zoekt (?:ons|me|mij)|achter (?:ons|me|mij) aan|verstopt|onderduik\w*)\b",
            unless=r"\b(?:gekregen|kopen|gekocht|koken|snijden van|scouting|kamp|houtsnij\w*|zakmes|ik (?:heb|had))\b"),
    Pattern("violence_now", r"(?:harde )?klappen tegen de muur|(?:een kind|kinderen|de kinderen|mijn moeder|mama|iemand|buurvrouw|de buurvrouw) (?:\S+ )?(?:gillen|gilt|schreeuwen|schreeuwt) (?:om hulp|en klappen|en harde|stop)"
                            r"|(?:hoor|horen|hoort) (?:ik |we |wij )?(?:\S+ ){0,5}(?:gillen|gegil|gil|schreeuwen|geschreeuw|gebonk|bonken|klappen|slaan|om hulp|hulp roepen|help roepen|glas breken)\b",
            "acuut", person="object", kind="now_scene", unless=r"\b(?:tegen elkaar|ruzie|spelen|speelt|feest|lachen|plezier|film|tv|kermis|voetbal|zingen|achtbaan)\b"),
    Pattern("violence_now", r"(?:schreeuwt|schreeuwen|geschreeuwd|schreeuwde|roept|roepen|geroepen|riep|gilt|gillen|gegild|gilde) (?:\S+ ){0,3}(?:help|om hulp|hulp|stop|politie|laat me los)\b",
            "acuut", person="object", kind="now_scene", unless=r"\b(?:spel|spelen|speelt|film|tv|grap\w*|lachen|plezier)\b"),
    Pattern("unsafe_home", r"(?:durf|durft|durven|durfde) (?:\S+ ){0,3}(?:niet|nie) (?:meer )?(?:naar binnen|naar beneden(?! te kijken| kijken)|naar buiten|de kamer uit|uit mijn kamer)", "acuut", negates=False, media="none",
            needs=r"\b(?:sla\w*|geslagen|dronken|gedronken|schreeuw\w*|agressief|dreig\w*|tekeer|lint|dolle|gooit|stoelen|vecht\w*)\b"),
    Pattern("unsafe_home", r"(?:durf|durft|durven|durfde) (?:\S+ ){0,3}(?:niet|nie) (?:meer )?(?:naar huis|thuis te (?:slapen|zijn)|terug naar huis|thuis te komen)"
                           r"|(?:niet|nie) (?:meer )?(?:naar huis|terug naar huis|thuis te slapen|thuis te komen) (?:\S+ )?(?:durf|durft|durven|durfde)\b"
                           r"|(?:wil|kan) (?:\S+ ){0,2}(?:niet|nie) (?:meer )?(?:naar huis|terug naar huis|thuis slapen)(?=.*\b(?:sla\w*|geslagen|dronken|bang|mishandel\w*|schopt|agressief|dreigt)\b)"
                           r"|niet veilig (?:thuis|bij (?:ons|mij|hem|haar|mijn|zijn)|vannacht|vanavond|meer thuis)|(?:thuis|hier|bij ons) (?:\S+ )?niet (?:meer )?veilig"
                           r"|(?:weet|weten) (?:\S+ )?niet waar (?:ik|we|hij|ze) (?:\S+ ){0,2}(?:moet|moeten|kan|kunnen) (?:slapen|heen|naartoe)|(?:weet|weten) (?:\S+ )?niet waar (?:ik|we|hij|ze) (?:\S+ )?(?:heen|naartoe) (?:moet|moeten|kan|kunnen)|(?:geen|nergens (?:een )?) ?(?:plek|plaats|slaapplek|bed|dak) (?:\S+ ){0,3}(?:om te slapen|te slapen|slapen|voor vannacht|vannacht)"
                           r"|kan (?:\S+ ){0,2}nergens (?:heen|naartoe|slapen|terecht)|slaap (?:\S+ )?op straat|op straat (?:slapen|moeten slapen|geslapen)"
                           r"|(?:weggelopen|loopt weg|weglopen|weg gelopen|gevlucht|ontsnapt) (?:\S+ ){0,4}(?:van huis|en weet niet waar|station|straat|vannacht|nergens|buiten)|(?:sta|zit|ben|slaap) (?:nu |hier |al |nog )*op straat\b"
                           r"|op straat gezet|het huis uit ?gezet|het huis uit ?gegooid|uit huis gezet|eruit gezet|eruit gegooid|buiten ?gezet|buitengezet"

                           r"|(?:laat|liet|laten) (?:me|mij|haar|hem|ons|mijn \w+|de kinderen|onze? \w+) (?:\S+ )?niet (?:gaan|weg|vertrekken|naar huis|los)|(?:me|mij|haar|hem|ons) (?:\S+ )?(?:niet|nie) (?:gaan |weg |los )?(?:laat|laten|liet) (?:gaan|weg|vertrekken|los)?|(?:mag|mocht) (?:\S+ ){0,2}niet weg\b|(?:heeft|hebben) (?:\S+ ){0,4}opgesloten"
                           r"|(?:dagen|nachten|de hele nacht|nachts) (?:\S+ ){0,3}alleen thuis\b(?=.*\b(?:geen eten|donker|bang))",
            "acuut", negates=False, media="none", kind="unsafe",
            unless=r"\b(?:vriendinnen|vrienden|groepje|de groep|klasgenoten|klas|appgroep|spel)\b(?!.*\b(?:deur|nacht|kou|koud|straat)\b)|\b(?:woning\w*|huur\w*|huisbaas|\w*corporatie|ontruim\w*|achterstand|schulden|deurwaarder|misschien)\b"),

    Pattern("unsafe_home", r"(?:al )?(?:\S+ )?(?:dagen|nachten|een week|weekend|twee dagen|drie dagen|de hele nacht) (?:\S+ ){0,2}(?:weg|alleen|niet thuis|niet thuisgekomen)\b|(?:weg|alleen|niet thuis) (?:\S+ ){0,2}(?:sinds|al) (?:\S+ )?(?:dagen|gisteren|eergisteren)",
            "acuut", negates=False, media="none", needs=rf"\b(?:geen eten (?:meer)?|niks (?:meer )?te eten|niets (?:meer )?te eten|honger|donker|bang|niemand|geen geld|alleen met (?:mijn |ons )?(?:broertje|zusje|broertjes|zusjes)|ik ben (?:[5-9]|1[0-3])\b|{YOUNG_CHILD})", cue=r"\b(?:ik|we|wij|mijn broertje|mijn zusje|de kinderen|ze|hij|moeder|vader|mama|papa|ouders)\b"),
    Pattern("unsafe_home", r"(?:heb|hebben|zit|zitten|zat|zaten|ben|zijn) (?:\S+ ){0,4}(?:opgesloten|verstopt|verschanst|gevlucht) (?:\S+ ){0,2}(?:in|op|naar) (?:de|het|mijn|onze|een) (?:slaapkamer|badkamer|wc|kamer|kast|zolder|schuur|auto)"
                           r"|(?:zit|zitten|lig|ligt|liggen|ben|verstop) (?:\S+ ){0,2}(?:onder (?:mijn|het|ons|de) bed|in (?:de|mijn|een) kast|achter (?:de|het) (?:bank|bed|deur))|verstop (?:me|mij|ons)",
            "acuut", negates=False, media="none", needs=r"\b(?:agressief|sla\w*|geslagen|dronken|gedronken|bang|schreeuw\w*|dreig\w*|mes|boos|woedend|razend|tekeer|lint|dolle)\b"),
    Pattern("unsafe_home", r"(?:niet|nie) (?:meer )?(?:thuisgekomen|thuis gekomen|teruggekomen|terug gekomen)|is (?:\S+ )?(?:vermist|spoorloos|onvindbaar|verdwenen)\b|is (?:\S+ )?weggelopen", "acuut", negates=False, media="none",
            needs=r"\b(?:neemt (?:\S+ ){0,3}(?:niet|nie) op|onbereikbaar|niet bereikbaar|reageert (?:\S+ )?niet|telefoon (?:\S+ )?uit|niemand weet waar|weet niet waar|sinds gisteren|al uren|vannacht)\b"),
    # locked out of the house (not out of a group of friends)
    Pattern("unsafe_home", r"buiten ?gesloten|buitengesloten|(?:sluit|sloot|zet|zette|gooit|gooide) (?:\S+ ){0,3}(?:buiten|eruit|op straat)\b", "acuut", negates=False, media="none", kind="unsafe",
            needs=r"\b(?:deur|nacht|nachts|kou|koud|straat|regen|vannacht|vanavond|huis|ijskoud|vriest)\b"),
    Pattern("unsafe_home", r"(?:mag|kan|kon|mocht) (?:\S+ ){0,2}(?:niet|nie) (?:meer )?(?:naar binnen|het huis in|erin|thuis komen|thuiskomen)", "acuut", negates=False, media="none",
            needs=r"\b(?:nacht|nachts|vannacht|vanavond|koud|kou|vriest|donker|regen|buiten|straat)\b"),
    Pattern("unsafe_home", r"(?:weet|twijfel|vraag (?:me|mij) af|onzeker|bang|zorgen|bezorgd) (?:\S+ ){0,2}(?:niet )?(?:of|dat) (?:\S+ ){0,5}(?:veilig|onveilig|in gevaar|gevaar loopt|iets overkomt)"
                           r"|\bof (?:\S+ ){0,3}(?:nog )?veilig (?:is|ben|zijn)|weet (?:\S+ )?(?:niet|nie) of ik (?:\S+ ){0,2}(?:naar huis|thuis) (?:kan|durf|mag)"
                           r"|(?:vrees|bang|zorgen|bezorgd) (?:\S+ ){0,3}(?:voor|om|over) de veiligheid",
            "check", negates=False, media="none"),
    Pattern("unsafe_home", r"is het (?:\S+ )?(?:nog )?veilig (?:voor|bij|om)", "check", negates=False, media="none",
            needs=r"\b(?:drinkt|dronken|gedronken|drugs|agressief|slaat|sla\w*|geweld|gewelddadig|dreigt|psychose|verward)\b"),
    # a young child suddenly afraid of one adult is a known sign of abuse
    Pattern("violence", r"wil (?:\S+ ){0,2}(?:niet|nie|nooit) (?:meer )?(?:naar|bij) (?:opa|oom|tante|oma|de buurman|de buurvrouw|de oppas|papa|haar vader|zijn vader|mijn vader|de trainer|\S+ (?:vader|moeder|oom|opa))\b"
                        r"|(?:doodsbang|bang|angstig|paniek\w*) (?:\S+ ){0,3}(?:voor|bij) (?:(?:zijn|haar|mijn|onze|de) )?(?:opa|oom|buurman|oppas|\S*vader|trainer|meester)\b",
            "zorg", person="object", kind="fear_adult",
            needs=r"\b(?:huil\w*|bang|paniek\w*|gil\w*|overstuur|schrikt|trilt|verstijft|krijst|nachtmerries|plast (?:\S+ ){0,3}in (?:bed|zijn broek|haar broek)|\w*weekend|omgang\w*|smeekt|rare verhalen)\b",
            unless=r"\b(?:omdat|want|doordat|sinds (?:hij|ze|zij) (?:een )?nieuwe|weg\b|vandaan)\b"),

    Pattern("violence", r"(?:huilt|huilen|gilt|krijst|overstuur|in paniek) (?:\S+ ){0,3}(?:als|wanneer) (?:ze|hij) (?:\S+ ){0,2}(?:weer )?(?:naar (?:\S+ )?(?:vader|opa|oom|oppas|buurman|\w+vader)|moet gaan|weg moet|erheen moet|terug moet)",
            "zorg", person="object", kind="fear_adult", needs=r"\b(?:rare verhalen|vreemde verhalen|in bad|bloot|plassertje|piemel|poesje|seks\w*|geheim\w*|pijn aan|blauwe plekken|plast weer in bed|nachtmerries)\b"),

    # ---------------- sexual abuse, grooming ------------------------------------------------------
    Pattern("sexual", r"misbruik\w*|aangerand\w*|aanranding|betast\w*|betasten|begrapst|ongewenst aangeraakt|verkracht\w*|seksue\w*|sexue\w*|ontucht|incest|kinderporno|seksueel grensoverschrijd\w*|mensenhandel|uitgebuit|loverboy\w*|grooming|sexting|sextortion",
            "zorg", person="object", media="topic"),
    Pattern("sexual", near(TOUCH, PRIVATE, 5) + rf"|aan (?:haar|zijn|mijn|me|mij|je) (?:{PRIVATE}) (?:\S+ ){{0,2}}(?:gezeten|zit|zat|zitten|aangeraakt|aanraakt|aankomen|aankomt|kwam|kwamen|komt)"
                      r"|aan (?:me|mij|haar|hem|ons) (?:\S+ ){0,2}(?:te zitten|zitten|te komen|gezeten|gezeten heeft|zat|zit|gekomen|kwam|komt|aankwam|aangekomen)\b"
                      r"|ongewenst (?:aangeraakt|aanraken|betast)|(?:zit|zat|zaten|zitten|kwam|komt|komen|kwamen|aankwam|aankomt) (?:\S+ ){0,3}aan (?:me|mij|haar|hem|ons|de meisjes|de jongens|de kinderen|meisjes|kinderen|mijn dochter|mijn zoon)\b(?! (?:kop|hoofd|spullen|telefoon|laptop|tafel|vragen|vertellen|eten|bureau))",
            "zorg", media="topic", person="object", unless=r"\b(?:dokter|huisarts|arts|verpleeg\w*|zwemles|gym|wassen|douchen met|luier|verschonen|knuffel\w*|trui|jas)\b"),
    Pattern("sexual", near(NUDE, IMAGES, 4) + r"|naaktfoto\w*|naakt foto\w*|naaktbeeld\w*|naaktfilm\w*|nudes"
                      rf"|vraagt (?:\S+ ){{0,4}}om (?:\S+ ){{0,2}}(?:{IMAGES})|om (?:{IMAGES}) (?:van (?:haar|hem|mij|me|zichzelf)|te sturen)|(?:wil|wilt) dat (?:ik|ze|hij) (?:\S+ ){{0,4}}(?:{IMAGES}) (?:\S+ ){{0,4}}(?:stuur|stuurt|sturen)"
                      rf"|(?:{IMAGES}) (?:\S+ ){{0,3}}(?:te )?(?:verspreiden|online zetten|rondsturen)"
                      rf"|(?:kleedkamer|douche|badkamer|wc|toilet)\b(?: \S+){{0,6}} (?:{IMAGES}|filmt|filmen|gefilmd|filmde|kijkt|binnen|bekeken|fotografeert)|(?:{IMAGES}|filmt|gefilmd|filmde|fotografeert) (?:\S+ ){{0,6}}(?:kleedkamer|douche|omkleden)"
                      r"|(?:komt|kwam) (?:\S+ ){0,2}(?:de )?(?:badkamer|douche|wc) (?:in|binnen)"
                      + "|" + near(r"kleedkamer|douche|douch|badkamer|wc|toilet|omkleden|omkleed|omkleedt|uitkleed|uitkleedt|uitkleden|bad|slaapkamer", SPY, 4) +
                      rf"|(?:{IMAGES}) van (?:mezelf|mijzelf|zichzelf|jezelf|haarzelf|hemzelf|je lichaam|haar lichaam|mijn lichaam|zijn lichaam)(?=.*\b(?:betaal\w*|geld|cadeau\w*|wil dat|vraagt|vroeg|stuur\w*|oom|man|trainer|iemand|online|chat\w*)\b)"
                      rf"|(?:betaalt|betaalde|belooft|beloofde|geeft|gaf) (?:me|mij|haar|hem) (?:\S+ ){{0,3}}(?:om|voor) (?:\S+ ){{0,3}}(?:{IMAGES}|uit te kleden|bloot|naakt|aan te raken|mee te gaan)"
                      rf"|(?:geld|cadeau\w*|euro|betaalt|betaald|betaalde) (?:\S+ ){{0,3}}(?:voor|om) (?:\S+ ){{0,2}}(?:{IMAGES})\b"
                      r"|(?:kleren|kleding|broek|shirt|bh|onderbroek|truitje|pyjama) (?:\S+ ){0,2}(?:uit ?(?:te )?(?:doen|trekken)|uitdoe|uitdoet|uittrekt|uittrek|uitdoen|uittrekken)|uitkleden|uit te kleden|uitkleedt|kleed je uit",
            "zorg", media="topic", person="object", cue=None,
            unless=r"\b(?:zwem\w*|gym|dokter|huisarts|arts|omkleden voor|pyjama aan|badje|in bad|wassen|slapen gaan)\b(?!.*\b(?:wil dat|vraagt|camera|webcam|chat)\b)"),
    Pattern("sexual", r"(?:laat|liet|laten|lieten) (?:\S+ ){0,4}(?:bloot|blote|naakt|porno|seks)\w*(?: \S+){0,3} zien|porno (?:\S+ ){0,3}(?:laten zien|kijken met|moest kijken|laat zien)|seks (?:met|moeten|te hebben|hebben met)|moest (?:hem|haar) (?:aanraken|pijpen)|pijpen"
                      r"|(?:gedwongen|dwingt|dwong|dwingen|onder druk (?:gezet|zetten|zet)) (?:\S+ ){0,6}(?:seks|dingen|iets|aanraken|uitkleden|pijpen|mee naar|zoenen)|dingen (?:\S+ ){0,2}(?:met|bij) (?:me|mij|haar|hem|ons) (?:\S+ )?(?:gedaan|doet|deed|doen) (?:\S+ )?die (?:\S+ )?(?:niet|nie) (?:mag|mocht|mochten|mogen|oke|ok|goed|normaal|fijn|wilde|wou)|(?:doet|deed|doen) dingen (?:\S+ ){0,2}(?:met|bij) (?:me|mij|haar|hem|ons) (?:\S+ )?die (?:\S+ )?(?:niet|nie) (?:mag|mocht|mochten|mogen|oke|ok|goed|normaal|fijn|kunnen)|dingen (?:\S+ ){0,2}(?:te )?doen die (?:ik|ze|hij|zij) niet (?:wou|wilde|wil|wilden|wouden)"
                      r"|(?:afspreken|afspraak|ontmoeten|langskomen|ophalen|meenemen|mee naar)(?: \S+){0,6} zonder dat (?:wij|jullie|haar ouders|zijn ouders|mijn ouders|iemand|mama|papa|wij het) (?:het )?(?:weten|weet|merken|merkt)"
                      r"|zegt dat ik speciaal ben|ons geheim(?:pje)?\b|(?:geheimpje|geheim) (?:met|van) (?:oom|opa|meester|de buurman|trainer|stiefvader|hem)",
            "zorg", media="topic", person="object"),
    Pattern("sexual", near(r"fotografeert|fotografeerde|filmt|filmde|gefotografeerd|gefilmd|foto'?s (?:\S+ ){0,3}(?:maakt|maakte|gemaakt|neemt)|maakt foto'?s|maakte foto'?s",
                           r"zwembad|zwemmen|zwemt|strand|douche|douchen|kleedkamer|badkamer|bikini|zwembroek|badpak|omkleden|bloot|naakt|ondergoed|slaapkamer|in bad", 7),
            "zorg", media="none", person="object", cue=rf"\b(?:{ADULT}|iemand|onbekende|vreemde)\b", unless=r"\b(?:ik|we|wij) (?:\S+ ){0,2}(?:film\w*|fotografe\w*|maak|maakte|maken)\b"),
    # vague "strange things" an adult does while the other parent is away
    Pattern("sexual", r"(?:doet|deed|doen|deden) (?:\S+ ){0,2}(?:rare|vreemde|enge|gekke|vieze|nare) dingen", "zorg", media="none", person="object", cue=rf"\b(?:{ADULT})\b"),
    # secrecy about something an adult does; somebody in bed at night; kisses the child finds scary
    Pattern("sexual", r"geheim (?:\S+ )?(?:moet |moeten |mag |te )?(?:houden|blijven)|(?:niks|niets|het niet|niet|nie|aan niemand|niemand|geen mens) (?:\S+ )?(?:mag|mocht|mogen|mochten|moet|moest) (?:\S+ )?(?:zeggen|vertellen|doorvertellen|verklappen|verteld|weten)|(?:mag|mocht|mogen|mochten|moet|moest) (?:\S+ ){0,2}(?:niet|nie|niks|niets) (?:\S+ )?(?:zeggen|vertellen|doorvertellen|verklappen)|(?:mag|mocht|mogen) (?:het )?(?:aan )?(?:niemand|niks|niets) (?:\S+ )?(?:vertellen|zeggen)",
            "zorg", media="topic", person="object", negates=False, needs=rf"\b(?:{ADULT}|bloot|blote|naakt|porno|seks\w*|foto\w*|filmpje\w*|aanraakt|aanraken|aanraakte|aangeraakt|aan me zit|slaapkamer|bed)\b",
            unless=r"\b(?:cadeau|verrassing|feest|surprise|sinterklaas|verjaardag|kerst|moederdag|vaderdag)\b"),
    Pattern("sexual", r"(?:ligt|lag|komt|kwam|gaat|ging|kruipt|kroop) (?:\S+ ){0,4}(?:bij (?:me|mij|haar|hem) in bed|naast (?:me|mij|haar|hem) (?:in bed |op bed )?liggen|in (?:mijn|haar|zijn) bed|op (?:mijn|haar|zijn) kamer)",
            "zorg", media="none", person="object", cue=rf"\b(?:{ADULT})\b", needs=r"\b(?:'s nachts|nachts|eng|bang|durf|als (?:mama|iedereen|mijn moeder) slaapt|niet fijn|wil (?:dat|het) niet|stiekem|nu)\b"),
    Pattern("sexual", r"(?:wil|vraagt|vroeg|zegt|wilde) (?:dat )?(?:ik|ze|hij|zij) (?:\S+ ){0,4}(?:bij (?:hem|haar) )?(?:\S+ ){0,2}(?:komt |kom )?(?:douchen|in bad|samen (?:douchen|slapen|in bad)|in zijn bed|in haar bed|uitkleden|omkleden|bloot)\b",
            "zorg", media="none", person="object", cue=rf"\b(?:{ADULT})\b", unless=r"\b(?:mama|papa|mijn moeder|mijn vader|oma|zwemles|zwembad|gym|sport)\b"),
    Pattern("sexual", r"(?:kust|zoent|kuste|zoende|gekust|gezoend) (?:\S+ ){0,3}op de mond|op (?:zijn|haar) schoot|tongzoen\w*",
            "zorg", media="none", person="object", cue=None, needs=rf"\b(?:{ADULT})\b",
            unless=r"\b(?:mama|papa|opa en oma vinden)\b(?!.*\b(?:eng|bang|vervelend|ongemakkelijk|niet fijn|wil (?:dat|het) niet)\b)"),
    Pattern("sexual", r"(?:naar|bij) (?:zijn|haar) (?:huis|hotel|auto|kamer|adres)\b|bij (?:hem|haar) thuis|afspreken|af te spreken|ontmoeten|in het echt (?:zien|ontmoeten)|(?:komt|kom) (?:\S+ )?ophalen",
            "zorg", media="none", person="object", cue=r"\b(?:volwassen\w*|oudere|man|meneer|iemand van (?:1[89]|[2-9]\d)|onbekende)\b",
            needs=r"\b(?:discord|chat\w*|snapchat|snap|insta\w*|online|game|tiktok|app|whatsapp|dm|dms|internet|roblox|fortnite|telegram)\b"),
    Pattern("sexual", rf"(?:wil|wilt|vraagt|vroeg|wilde|vragen) (?:\S+ ){{0,3}}(?:{IMAGES})|(?:{IMAGES}) (?:\S+ ){{0,2}}(?:wil|wilt|vraagt|vroeg|wilde|hebben)\b",
            "zorg", media="none", person="object", cue=r"\b(?:man|meneer|iemand|onbekende|volwassen\w*|oudere|jongen van|trainer|coach|oom)\b",
            needs=r"\b(?:mooi|lief|knap|speciaal|sexy|geheim\w*|niet vertellen|chat\w*|online|berichtjes|berichten|dm|dms|snap\w*|insta\w*|discord|bloot|naakt)\b"),
    Pattern("sexual", r"(?:rare|vieze|enge|ongepaste|flirt\w*|seksuele|gore|onzedelijke|pikante|expliciete) (?:\S+ )?(?:berichten|berichtjes|appjes|dm'?s|foto'?s|filmpjes|opmerkingen|vragen|plaatjes)",
            "zorg", media="none", person="object", cue=r"\b(?:man|meneer|iemand|onbekende|volwassen\w*|oudere|trainer|coach|oom|leraar|docent|buurman|stiefvader|jongen van)\b"),
    Pattern("sexual", r"(?:berichten|berichtjes|appjes|foto'?s|filmpjes|dm'?s) (?:\S+ ){0,2}die (?:\S+ )?(?:niet kunnen|niet ok\w*|niet normaal|niet horen|ongepast\w*|over de grens)|(?:stuurt|stuurde|appt|appte) (?:\S+ ){0,3}(?:'s nachts|nachts|midden in de nacht) (?:\S+ )?(?:berichten|berichtjes|appjes|foto'?s)",
            "zorg", media="none", person="object", cue=rf"\b(?:{ADULT}|man|iemand|volwassen\w*)\b"),
    # an adult partner of a child under 16
    Pattern("sexual", r"(?:vriend|vriendje|vriendin|verkering|relatie|date|vriendinnetje) van (?:1[89]|[2-9]\d)\b", "zorg", media="none", person="object",
            needs=r"\b(?:(?:van|ben|is|zijn) (?:[89]|1[0-5])\b|(?:dochter|zoon) van (?:[89]|1[0-5])\b)"),
    Pattern("sexual", r"(?:man|vrouw|jongen|gast|iemand|volwassene) van (?:1[89]|[2-9]\d)\b", "zorg", media="none", person="object",
            needs=r"\b(?:(?:van|ben|is|zijn) (?:[89]|1[0-5])\b|(?:dochter|zoon) van (?:[89]|1[0-5])\b)", cue=r"\b(?:chat\w*|appt|app|afspreken|seks|relatie|verkering|cadeau\w*|geld|stuurt|berichten|berichtjes|dm|snapchat|insta\w*|online|wil dat|mee|contact|game|gamen|discord|nachts)\b"),

    # ---------------- violence and abuse (not now) ------------------------------------------------
    Pattern("violence", r"(?:slaat|sla|slaan|sloeg|sloegen|geslagen|schopt|schop|schoppen|schopte|geschopt|mishandel\w*|knijpt|kneep|geknepen|wurgt|wurgde|gewurgd|duwt|duwde|geduwd|trapt|trapte|getrapt|stompt|stompte|gestompt|slaag|pak slaag|mep\w*|rammelt|hardhandig"
                        r"|door elkaar (?:geschud|schudt|schudden|rammelt)|blauwe plekken|blauw oog|blauwe ogen|striemen|brandwonden|huiselijk geweld|geweld (?:thuis|in huis|bij ons)|kindermishandeling"
                        r"|(?:met|aan|bij) (?:de|haar|zijn|mijn) (?:haren|oren) (?:getrokken|trekken|trekt|sleurt|gesleurd|meegesleurd)|(?:trekt|trok|sleurt|sleept|sleurde|trekken) (?:\S+ ){0,3}(?:aan|bij) (?:\S+ )?(?:haren|oren)"
                        r"|(?:pakt|greep|grijpt|knijpt|kneep|gepakt|vastgepakt|houdt|hield) (?:\S+ ){0,3}(?:bij|aan|in) (?:de|zijn|haar|mijn) (?:keel|nek|hals)|keel (?:\S+ )?dicht ?(?:knijpt|geknepen|kneep)"
                        r"|(?:bij|aan|in|om) (?:de|zijn|haar|mijn) (?:keel|nek|hals) (?:\S+ )?(?:pakt|grijpt|knijpt|vastpakt|gepakt|gegrepen|vastgepakt|vastheeft|houdt|geknepen|kneep|greep)"
                        r"|(?:tegen|door|van|op|over) (?:de|het) (?:muur|grond|kast|deur|trap|vloer|tafel|raam|bank) (?:\S+ )?(?:gegooid|gesmeten|geduwd|gesleurd|geslingerd|geworpen)|(?:gooit|gooide|smijt|smeet|slingert|slingerde) (?:{VICTIM}|onze? \w+|mijn \w+) (?:\S+ ){0,2}(?:tegen|door|van|op) (?:de|het)"
                        r"|(?:gooit|gooide|smijt|smeet) (?:\S+ ){0,2}met (?:stoelen|spullen|borden|glazen|dingen|messen|flessen|meubels)|handen niet thuis (?:kan )?(?:houden|houdt)|in elkaar (?:geslagen|geschopt|getrapt|slaan|slaat|sloeg)"
                        r"|(?:wordt|is|raakt|worden|werd|zijn) (?:\S+ ){0,2}(?:agressief|gewelddadig|handtastelijk)|gewelddadig\w*|handtastelijk\w*"
                        r"|(?:geeft|gaf|geven|gaven|krijg|krijgt|krijgen|kreeg|kregen|gehad|gekregen) (?:\S+ ){0,4}(?:klappen|klap|een klap|tikken|een tik|schoppen|trappen|slaag|een pak slaag|een mep|meppen|dreun|dreunen|oplawaai|draai om de oren)"
                        r"|(?:klappen|een klap|tikken|een tik|een dreun|een mep|een schop) (?:\S+ ){0,2}(?:krijgt|krijgen|kreeg|geeft|gaf|gehad|gekregen|gegeven|geven)"
                        rf"|(?:gooit|gooide|smijt|smeet) (?:met )?(?:\S+ ){{0,3}}(?:naar|tegen) (?:{VICTIM})\b"
                        r"|(?:met|aan) (?:een|de|zijn|haar) (?:riem|stok|slipper|pollepel|lat|kabel|snoer|zweep)|opgesloten|opsluit|opsluiten|(?:sluit|sloot|sluiten) (?:\S+ ){0,6}op\b"
                        r"|gooit (?:met )?(?:stoelen|spullen|borden|messen|dingen) (?:naar|door)|gooit met)\b",
            "zorg", person="object", kind="violence",
            unless=r"\b(?:criminelen|boeven|dieven|gevangenis|politie)\b|\b(?:sluit|sloot|sluiten) (?:zich|zichzelf|mezelf) (?:\S+ ){0,3}op\b|\bik sluit me (?:\S+ ){0,3}op\b|\b(?:bal|ballen|huiswerk|alarm|munt|ontbijt|balletje|frisbee|trommel|drum|toetsen|piano|steentjes|kussen\w*|tafel|bureau|bank|matras|boksbal|speelgoed|blokken|lego|zand|sneeuwballen|(?:slaat|schopt|trapt|stompt|bonkt|beukt|sloeg|schopte|trapte) tegen (?:de )?(?:deur\w*|muur|muren|kast|stoel\w*|meubels)|ruit|op slot|deur\w* (?:\S+ )?dicht|met de deur\w*|wekker)\b"),

    # ---------------- threats ---------------------------------------------------------------------
    Pattern("threat", r"bedreig\w*|dreigt (?:me|mij|ons|haar|hem|de kinderen|mijn) \w*|(?:dreigt|dreigde|gedreigd|dreigen) (?:\S+ )?(?:met|dat|om)|in brand (?:steekt|steken|te steken|zet|zetten)|brand (?:stichten|sticht)|(?:ge)?chante\w*|chantage|afgeperst|afpersing|(?:wel )?weet te vinden|spijt (?:\S+ ){0,2}(?:krijgen|krijgt|gaat krijgen)"
                      rf"|(?:verspreiden|online zetten|rondsturen) als (?:ik|ze|hij) (?:\S+ )?niet|anders (?:\S+ ){{0,3}}(?:online|op internet|naar iedereen|verspreid\w*|rondgestuurd)|(?:stuurt|stuur|sturen|verspreidt|verspreiden|zet|zetten|deelt|delen) (?:\S+ ){{0,4}}(?:naar iedereen|online|op internet|rond)\b(?=.*\b(?:{IMAGES}|naakt\w*)\b)"
                      r"|ontvoer\w*|(?:meeneemt|meenemen|mee te nemen|neemt (?:\S+ ){0,3}mee|weghalen|weghaalt)(?: \S+){0,4} (?:naar het buitenland|buitenland|\w+land)|dat ik (?:ze|hem|haar|de kinderen|mijn kinderen) nooit (?:meer )?(?:terug ?)?zie",
            "zorg", person="object", media="topic",
            unless=r"\b(?:school|gemeente|\w*corporatie|leerplicht\w*|verhuurder|huisbaas|werkgever|bank|deurwaarder|melding|ontruiming|boete|schorsing|verwijdering|rechtszaak|advocaat|incasso|energiebedrijf|afsluiting)\b"),
    Pattern("violence_now", r"(?:heeft|hebben) (?:\S+ )?(?:de kinderen|mijn kinderen|onze kinderen|ze|hem|haar|mijn \w+|onze? \w+|ons kind) (?:\S+ ){0,3}(?:meegenomen|weggehaald|ontvoerd|meegesleurd|meegetrokken|gehaald|opgehaald)",
            "acuut", person="object", kind="now_scene", needs=r"\b(?:nooit meer|niet terug|dreigt|zonder toestemming|nooit (?:meer )?terug ?zie|ontvoer\w*|gedronken|dronken|buitenland|weet niet waar|agressief|iets aan\w*|pijn|vermoord\w*|dood)\b"),
    # harm to somebody else, feared or threatened ("bang dat mijn man de kinderen iets aandoet")
    Pattern("threat", r"(?:de kinderen|haar|hem|ons|mij|me|mijn \S+|jullie) (?:\S+ ){0,2}(?:iets|wat) (?:\S+ )?(?:aandoet|aandoen|aan zal doen|aan te doen|aan gaat doen|aan doet)", "zorg", person="object", kind="harm_other"),

    # ---------------- neglect ---------------------------------------------------------------------
    Pattern("neglect", r"verwaarloos\w*|verwaarlozing|(?:krijgen|krijgt|krijg|kregen|kreeg) (?:\S+ ){0,4}(?:geen|nauwelijks|amper|bijna geen|niet genoeg|te weinig|nooit|zelden|bijna nooit) (?:eten|te eten|ontbijt|avondeten|lunch|schone kleren|aandacht|zorg|drinken)"
                       r"|(?:lopen|loopt|liepen|liep) (?:er )?(?:vies|vuil|smerig|verwaarloosd|in vieze kleren|hongerig)|(?:alleen|in de steek) (?:thuis )?(?:gelaten|gelaten worden|laten)(?! te worden| weten| zien| horen| merken)"
                       r"|(?:geen|nooit|bijna nooit|nauwelijks) eten (?:in huis|thuis|meer)|(?:thuis|er is) (?:\S+ ){0,2}(?:bijna )?(?:nooit|geen) (?:iets )?(?:te )?eten|(?:zonder|geen) eten (?:op|naar) (?:haar|zijn|mijn) kamer"
                       r"|tot '?s (?:avonds|nachts) laat alleen|(?:vaak|dagen|nachten) alleen thuis|hebben honger en|stinkt en|niet naar de dokter (?:gebracht|mag)|verslaafd en (?:zorgt|let) niet|zorgt niet (?:meer )?voor (?:de kinderen|hem|haar|ze|ons|mij)"
                       r"|(?:vergeet|vergat|vergeten) (?:\S+ ){0,3}(?:eten|te eten) (?:te )?(?:geven|maken|koken)|(?:geeft|geven|gaf|gaven) (?:\S+ ){0,3}(?:geen|nooit|niet|nauwelijks|amper) (?:te )?eten|geen eten (?:te )?(?:geven|geeft|krijgen|krijgt|krijg|kreeg)"
                       r"|uitgehongerd|ondervoed\w*|vraagt (?:\S+ )?bij (?:ons|de buren|mij|andere \S+) om eten|bedelt (?:\S+ )?om eten|steelt eten|(?:weken|dagen) (?:\S+ ){0,2}dezelfde kleren"
                       r"|(?:doen|doet|deden|deed) (?:\S+ ){0,2}(?:niet|nie) open|(?:niet|nie) (?:open ?doen|opendoen|opendoet)"
                       r"|(?:zijn|is|waren) (?:\S+ ){0,2}(?:dagen|nachten|weekenden|hele weekenden|hele dagen) (?:weg|niet thuis)",
            "zorg", person="object", unless=r"\b(?:(?:kan|mag|mogen|kunnen) (?:ik|we|wij) (?:\S+ ){0,4}alleen|hoe lang (?:mag|kan)|vanaf welke leeftijd|om alleen gelaten te worden|bang (?:\S+ )?om alleen)\b"),
    # children who have to fend for themselves while a parent sleeps, drinks or is away
    Pattern("neglect", r"(?:moeten|moet) (?:\S+ )?zelf (?:\S+ )?(?:eten maken|eten koken|koken|voor (?:ons|mijn \w+) zorgen)\b", "zorg", person="object",
            needs=rf"\b(?:(?:{PARENT_WORD}) (?:\S+ ){{0,2}}(?:slaapt|ligt|drinkt|is dronken|is nooit thuis|is weg|zijn weg)|(?:zusje|broertje) is [1-9]\b)"),
    Pattern("neglect", r"(?:wil|wilt|wou|wilde|willen) (?:ons|mij|me|jou|de kinderen) (?:\S+ )?(?:niet|nie) (?:meer|hebben)\b|(?:had|hadden|heeft) (?:ons|mij|me|hem|haar) (?:\S+ )?nooit (?:gewild|willen hebben)",
            "zorg", person="object", negates=False, cue=r"\b(?:moeder|vader|mama|papa|ouders|stief\w+|pleeg\w+)\b"),
    Pattern("neglect", r"(?:drinkt|drinken|zuipt|dronk|is (?:\S+ )?dronken|zijn (?:\S+ )?dronken|gebruikt drugs|gebruiken drugs|blowt)\b", "zorg", person="object",
            cue=r"\b(?:moeder|vader|mama|papa|ouders|stief\w+)\b", needs=r"\b(?:schreeuw\w*|sla\w*|vergeet|zorgt niet|alleen|geen eten|bang|niet meer wil|ligt|scheldt|kinderen|(?:zus|broer)\w*(?: van \d+)? (?:\S+ )?(?:zorgt|moet zorgen)|zorgt (?:\S+ ){0,3}(?:zus|broer)\w*)\b"),
    Pattern("neglect", r"(?:hebben|heb|heeft|hadden|had) (?:\S+ ){0,2}(?:geen|nauwelijks|bijna geen|nooit|zelden) (?:\S+ )?(?:eten|te eten)\b", "zorg", person="object",
            needs=r"\b(?:verslaafd|drinkt|dronken|drugs|ligt (?:de hele dag )?in bed|vaak|nooit|altijd|weg|alleen|honger|zorgt niet)\b"),
    Pattern("neglect", near(r"drinkt|dronken|gedronken|drugs|onder invloed|blowt|geblowd", r"autorijden|auto rijden|rijdt|rijden|reed|achter het stuur", 6), "zorg", person="object",
            needs=r"\b(?:kinderen|kind|zoon|dochter|ze erin|met ze|met hen|baby|kleine)\b"),
    Pattern("neglect", r"(?:ligt|zit|staat|liggen) (?:\S+ ){0,3}(?:de hele dag|hele dagen|uren|urenlang|dagenlang) alleen|de hele dag alleen (?:in|op)|(?:krijgt|krijgen) (?:\S+ )?(?:te laat|nauwelijks|onregelmatig) (?:eten|te eten|de fles|voeding)", "zorg", person="object",
            needs=r"\b(?:baby|peuter|kleintje|kleine|dreumes|box|wieg|kinderen|kind)\b"),
    Pattern("neglect", r"(?:nooit|geen|zelden) (?:\S+ )?eten (?:bij zich|mee|meekrijgt|mee krijgt)|kleren (?:\S+ ){0,2}(?:vies|smerig|te klein|kapot|stinken|stinkt)", "zorg", person="object"),
    Pattern("neglect", r"(?:dezelfde|vieze|smerige|stinkende|te kleine|kapotte|te dunne|oude) (?:\S+ )?(?:kleren|kleding)", "zorg", person="object",
            needs=r"\b(?:om eten|honger|geen eten|te eten|stinkt|luizen|alleen thuis|weken|nooit|altijd)\b"),
    Pattern("neglect", r"(?:steeds|altijd|vaak|elke dag|iedere dag) (?:\S+ )?honger\b", "zorg", person="object",
            needs=r"\b(?:kleren|kleding|stinkt|luizen|alleen|vies|geen eten|ontbijt|lunch|niet gewassen|juf|meester|school)\b"),
    Pattern("neglect", r"(?:laat|liet|laten|lieten) (?:\S+ ){0,8}alleen\b", "zorg", person="object",
            cue=r"\b(?:nacht|nachts|nachten|dagen|weekend|uitgaat|uit gaat|avond|avonds|tot laat|hele dag|dagenlang)\b", unless=r"\b(?:met rust|even alleen)\b"),

    # ---------------- distress of the writer or someone close: ambiguous, ask -------------------
    Pattern("distress", r"(?:kan|trek|red|kun) (?:het |dit |dat )?(?:\S+ )?(?:niet|nie) meer\b(?! met (?!alles|het leven|mijn leven)| (?:\S+ )?(?:zonder|tegen)\b)|(?:(?:ik )?zie het (?:\S+ ){0,2}(?:niet|nie) meer zitten|het (?:\S+ )?(?:niet|nie) meer (?:ziet|zie|zag|zien) zitten)(?! met (?:de |het |die |dat |haar |zijn |mijn )?(?:wiskunde|school|huiswerk|\w+les|toets\w*|examen\w*|studie|opleiding|baan|werk|sport|voetbal|hockey|verhuizing|vakantie|plan|project|verbouwing|stage|rijbewijs|vak|vakken))|zie geen (?:uitweg|toekomst|licht|zin meer|zin)"
                        r"|(?:er|ermee) (?:\S+ ){0,2}klaar mee\b(?! (?:dat|met (?!alles|het leven)|om (?!te leven)|als|hoe|wanneer|zo|voor))|klaar mee (?:is|ben|zijn)\b|het leven (?:heeft )?(?:geen zin|zinloos)|wat heeft het (?:\S+ ){0,2}voor zin|(?:ik )?ben het zat(?:\s*$| allemaal)"
                        r"|klaar met alles|(?:alles|leven|het leven|mijn leven)(?: \S+){0,2} zinloos|(?:mijn |het )?leven (?:\S+ ){0,2}geen zin(?: meer)?|heeft (?:\S+ ){0,2}geen zin meer|leeg van binnen en"
                        r"|(?:hou|houd|houdt|hield) (?:het|dit) (?:\S+ ){0,3}(?:niet|nie) (?:lang )?meer (?:vol|uit)|(?:het|dit) (?:\S+ ){0,2}(?:niet|nie) (?:lang )?meer (?:volhoudt|volhoud|volhouden|vol ?houdt|uithoudt|uithoud|uithouden)"
                        r"|waarom ik (?:\S+ ){0,2}(?:leef|moeite doe|hier ben|besta)|(?:niks|niets) meer (?:voelen|voel)|(?:wil|wilt) (?:\S+ ){0,2}verdwijnen|iets (?:\S+ )?(?:stoms|doms|ergs|heftigs|raars|onherstelbaars|gevaarlijks) (?:\S+ )?(?:ga|gaat|zal|zou|gaan) doen"
                        r"|(?:niks|niets) waard|waardeloos|(?:ben|voel me|voel mij|is|zijn|was) (?:\S+ ){0,3}(?:een|zo'n|zon|tot) last\b(?! van (?!iedereen|jullie|ons|mijn))|(?:een|zo'n|tot) last (?:is |ben |zijn )?(?:voor|van (?:iedereen|jullie|ons|mijn))|(?:iedereen|jullie) (?:\S+ ){0,3}tot last"
                        r"|hoeven (?:je|jullie) (?:\S+ ){0,4}geen zorgen meer (?:om|over) (?:mij|me)|binnenkort opgelost"
                        r"|(?:dat )?(?:ik|ze|hij|zij) (?:het )?(?:niet|nie) meer (?:kan|kunt|trekt|trek)\b|(?:er|het) (?:\S+ )?(?:niet|nie) meer (?:tegen|aan) (?:kan|kunt|kunnen)\b(?! (?:dat|als|hoe|wanneer))|kan er (?:\S+ )?(?:niet|nie) meer tegen\s*$"
                        r"|weet het (?:\S+ )?(?:niet|nie) meer\s*$|weet (?:het )?(?:\S+ )?(?:niet|nie) meer hoe (?:ik|we|hij|ze) (?:\S+ ){0,2}(?:verder|door)|weet (?:\S+ )?(?:niet|nie) meer waarom"
                        r"|(?:het|alles) is (?:me |mij )?(?:\S+ )?(?:te ?veel|teveel)\s*$|(?:wordt|werd) (?:me|mij) (?:\S+ )?(?:te ?veel|teveel)\s*$|groeit (?:me|mij) boven het hoofd"
                        r"|(?:ik )?(?:wil|wilt) (?:(?!dit\b|dat\b)\S+ )?(?:niet|nie) meer\s*$|\bkap (?:er ?mee|ermee)\b(?: met alles| voor altijd)"
                        r"|(?:al|alle) (?:haar|zijn|mijn) (?:spullen|bezittingen|games|kleren|knuffels|sieraden|\S+) (?:\S+ ){0,3}(?:weggegeven|weg gegeven|weggeven|weg te geven)|(?:geeft|gaf) (?:al|alle) (?:haar|zijn|mijn) (?:\S+ ){0,2}weg"
                        r"|(?:praat|praten|heeft het|begint|schrijft|tekent|tekenen|denkt) (?:\S+ ){0,7}over (?:de )?(?:dood|doodgaan|dood gaan|sterven|zelfmoord|er niet meer zijn)\b(?! van)|(?:tekent|tekening\w*) (?:\S+ ){0,6}(?:graven|doodskist\w*)"
                        r"|hoe lang (?:ik|hij|ze|zij|we) (?:dit|het) (?:\S+ )?(?:nog )?(?:volhoud|volhoudt|volhouden|trek|trekt|kan|kunnen|uithoud|uithoudt|red)\b|waarom (?:ik|hij|ze|zij) (?:\S+ )?(?:nog )?(?:leef|leeft|besta|bestaat|hier ben|hier is)\b"
                        r"|er (?:\S+ )?(?:niet|nie) (?:meer )?toe (?:doe|doet|doen)\b|geen (?:kracht|energie|puf|moed|hoop) meer (?:om )?(?:door te gaan|verder te gaan|te vechten|om door te gaan)?\s*$|geen (?:kracht|energie|puf|moed|hoop) meer om (?:door|verder) te gaan"
                        r"|iets (?:stoms|doms|ergs|heftigs|raars) (?:\S+ ){0,2}(?:doet|doe|gaat doen|zal doen|zou doen)\b|(?:ik )?heb (?:het|t) (?:echt |helemaal )?gehad\s*$"
                        r"|er (?:\S+ )?geen zin meer in (?:heeft|heb|hebben|hebt)\s*$|(?:het|alles|het leven|mijn leven) (?:\S+ ){0,2}geen zin (?:meer )?(?:heeft|hebben)\b|(?:wil|wilt) (?:\S+ ){0,2}dat (?:het|alles) (?:gewoon |allemaal |eindelijk )?(?:stopt|ophoudt|voorbij is|over is)(?! met| op\b| zo\b)"
                        r"|reageert (?:\S+ ){0,2}(?:niet|nie|nergens) (?:meer )?op (?:ons|mij|me|haar|hem|berichten|appjes|berichtjes|telefoon|niemand|iemand)",
            "check", negates=False, media="topic", kind="distress",
            unless=r"\b(?:kan|kon|kun) (?:het |dit |dat )?(?:\S+ )?(?:niet|nie) meer (?:\S+ ){0,2}(?!alleen\b|meer\b|hoor\b|echt\b|zo\b|aan\b)\w+(?:en|ten)\b(?! (?:ik|we))|overleden|gestorven|begrafenis|opa|oma|huisdier|hamster|konijn|cavia|hond|kat|poes"),

    # =============================================================================================
    # Compositional rules: one concept of lexicon.py near or together with another. They carry
    # what the sentence-shaped patterns above miss when a writer puts it in words of their own.
    # =============================================================================================
    # ---------------- suicide: thoughts, wishes, no reason to live ------------------------------
    # a stance towards ending one's life, in any order and with words in between: "het liefst zou ik
    # gewoon dood zijn", "ik overweeg er een eind aan te maken", "ik heb besloten dat ik dood wil"
    Pattern("suicide", near(STANCE, END, 5, stop=True), "acuut", unless=r"\b(?:bang|angst\w*|eng|schrik\w*)\b"),
    # living negated with a modal: "ik kan zo niet verder leven", "waarom zou ik nog leven"
    Pattern("suicide", r"(?:kan|kun|hoef|zie|red|trek) (?:\S+ ){0,3}(?:niet|nie|nooit) (?:meer |langer |zo |verder )*(?:\S+ )?(?:leven|doorleven|bestaan)\b(?! met)"
                       r"|waarom (?:\S+ ){0,3}(?:nog )?(?:leven|leef|leeft|bestaan|besta|bestaat|hier (?:ben|is|zijn))\b", "check", negates=False, kind="check_class"),
    # a plan, said with despair in the message: "ik wil dat alles ophoudt en ik heb al een plan"
    Pattern("suicide", r"(?:heb|heeft|had) (?:\S+ ){0,2}(?:een )?plan\b|(?:al )?bedacht hoe|weet (?:al )?(?:hoe|waar|wanneer) (?:ik|hij|ze) het (?:ga |gaat |wil )?(?:doe|doet|doen)", "check", kind="means",
            unless=r"\b(?:plan van aanpak|huiswerk|school|vakantie|verjaardag|feest|studie|werk|stage|verhuizing|opvoed\w*|gesprek)\b"),
    # going off a height: "dan ga ik van de brug af"; into the water: "ik sta bij het water en wil erin"
    Pattern("suicide", rf"(?:ga|gaat|spring|springt|stap|stapt|gooi|gooit|loop|loopt) (?:\S+ ){{0,3}}van (?:de|het|een|die|dat) (?:{LETHAL_PLACE}) af\b|van (?:de|het) (?:{LETHAL_PLACE}) af (?:gaan|springen|stappen)",
            "check", kind="check_class", figurative=True),
    Pattern("suicide", near(rf"{STANCE}|wil|ga|gaat", r"erin\b(?: (?:te )?(?:rijden|springen|lopen|gaan|stappen))?|(?:het water|de gracht|het kanaal|de rivier|de zee) in (?:te )?(?:rijden|springen|lopen|gaan|stappen)", 5),
            "acuut", needs=r"\b(?:kanaal|water|gracht|rivier|zee|meer|brug|haven|sloot|ijs)\b", unless=r"\b(?:zwem\w*|duik\w*|bommetje\w*|zwembad|zomer|warm)\b"),
    Pattern("suicide", rf"(?:ga|gaat|loop|loopt|spring|springt|wil|wilt|stap|rij|rijd|rijdt) (?:\S+ ){{0,2}}(?:de zee|het water|de gracht|het kanaal|de rivier|het meer) in\b"
                       rf"|(?:wil|wilt|ga|gaat|dreigt) (?:\S+ ){{0,2}}van (?:de|het|een) (?:{LETHAL_PLACE})\s*$",
            "check", kind="check_class", figurative=True, unless=r"\b(?:zwem\w*|duik\w*|bommetje\w*|zwembad|zomer|warm|boot|kano|surf\w*)\b"),
    # everybody better off, never coming back
    Pattern("suicide", r"(?:iedereen|jullie|ze|zij) (?:is|zijn|zou|zouden) (?:\S+ )?(?:toch |echt |gewoon )?beter af\b|(?:kom|komt) (?:\S+ ){0,2}nooit meer terug|nooit meer terug ?(?:komen|kom|te komen)"
                       r"|(?:wil|wilt|wou) (?:\S+ ){0,2}er (?:\S+ ){0,2}(?:even |gewoon )*(?:niet|nie) (?:\S+ )?zijn\b", "check", negates=False, kind="check_class"),
    # jumping off: "hij zegt dat hij eraf springt", "hij wil het raam uit"
    Pattern("suicide", r"(?:eraf|er vanaf|er af|naar beneden) (?:\S+ )?(?:springen|springt|spring|te springen)|(?:springen|springt|spring) (?:\S+ )?(?:eraf|er vanaf|naar beneden)"
                       r"|(?:wil|wilt|gaat|ga|dreigt) (?:\S+ ){0,2}(?:het|door het) raam uit|uit het raam (?:\S+ )?(?:springen|klimmen|stappen|te springen)", "check", kind="check_class", figurative=True,
            unless=r"\b(?:trampoline|zwembad|duik\w*|springkussen|sloot|paard|parachute|bungee\w*|klimrek|bed|bank|glijbaan|schommel|boomhut)\b"),
    # a car as the means: "de snelweg op rijden en nooit meer stoppen", "tegen een boom"
    Pattern("suicide", near(r"auto|snelweg|rijden|rij|rijdt|plankgas", r"(?:nooit|niet) meer (?:\S+ )?(?:stoppen|remmen|afremmen)|tegen (?:een|de) (?:boom|muur|pilaar|vrachtwagen|brugpijler)|de berm in|het water in", 6),
            "check", kind="check_class", unless=r"\b(?:rijles|rijbewijs|ongeluk gehad|aangereden)\b"),
    # thinking or dreaming of dying ("ik denk elke avond na over dood gaan", "pieker over zelfmoord")
    Pattern("suicide", rf"(?:{THINK})(?: \S+){{0,5}} (?:aan|over|van) (?:\S+ ){{0,2}}(?:{DEATH_IDEA})"
                       rf"|(?:aan|over) (?:{DEATH_IDEA}) (?:\S+ ){{0,2}}(?:gedacht|denken|denk|denkt|gepiekerd|nadenken|nagedacht|gefantaseerd|gedroomd)", "acuut"),
    # a wish that one's own life ends, with the same person wishing and dying: "ik hoop dat ik
    # onder een auto kom", "hij zei dat hij soms wou dat hij er niet meer was"
    Pattern("suicide", rf"\b(?P<w>ik|hij|ze|zij)\b(?: \S+){{0,3}} (?:{WISH_THAT}) (?:\S+ ){{0,2}}dat (?P=w) (?:\S+ ){{0,5}}(?:{DEATH_EVENT})"
                       rf"|(?:{WISH_THAT}) (?P<v>ik|hij|ze|zij) (?:\S+ ){{0,2}}dat (?P=v) (?:\S+ ){{0,5}}(?:{DEATH_EVENT})", "acuut"),
    # no reason or sense in living: "ik zie het nut niet meer om te leven", "geen reden meer om te leven"
    Pattern("suicide", near(r"zin|nut|reden|redenen", r"(?:om )?(?:te )?(?:leven|bestaan|door te gaan|verder te gaan)|(?:het|mijn|dit|zijn|haar) leven", 4),
            "check", negates=False, kind="check_class", cue=r"\b(?:geen|niet|nie|waarom|zinloos|nergens)\b"),
    # done with living: "ik ben er klaar mee om te leven", "wil weg uit dit leven", "wil dit leven niet meer"
    Pattern("suicide", r"klaar (?:mee|met) (?:\S+ ){0,2}(?:om )?(?:te )?leven\b|weg uit (?:dit|het|mijn) leven|(?:wil|wilt|wou) (?:dit|het|mijn) leven (?:\S+ )?(?:niet|nie) meer"
                       r"|(?:me|mij|zich) (?:\S+ ){0,2}dood ?(?:drinken|zuipen|hongeren|snijden|rijden|spuiten|slikken|te drinken|te hongeren)\b|eeuwig (?:slapen|rust)|eeuwige rust", "acuut"),
    # sleeping for ever, not getting up again
    Pattern("suicide", r"(?:slapen|slaap|in slaap vallen|inslapen) (?:\S+ ){0,4}(?:voor altijd|voorgoed|nooit meer|(?:niet|nie) meer (?:wakker|opstaan|op te staan|op staan))"
                       r"|(?:niet|nie|nooit) meer (?:opstaan|op te staan|op staan)|(?:voor altijd|voorgoed|eeuwig) (?:\S+ ){0,2}(?:slapen|inslapen|gaan slapen)", "check", negates=False, kind="check_class"),
    # quitting everything: "wil stoppen met alles", "ik hou op met leven"
    Pattern("suicide", r"(?:stop|stopt|stoppen|kap|kapt|kappen|ophouden|ophoud|hou op|houd op) (?:\S+ ){0,2}met (?:alles|het leven|leven|mijn leven|ademen|bestaan)\b(?! (?:op|voor|van|wat|behalve|rond|over|in|bij|voor))"
                       r"|er (?:\S+ ){0,2}(?:vanavond|vannacht|vandaag|morgen|straks|nu) (?:\S+ )?mee (?:stopt|stop|stoppen|ophoudt|kapt|kap)\b", "check", kind="check_class",
            unless=r"\b(?:roken|drinken|blowen|gamen|school|sport|training|voetbal|hockey|werk|baan|relatie|dieet)\b"),
    # not being there tomorrow: "morgen ben ik er niet meer"
    Pattern("suicide", r"(?:morgen|straks|binnenkort|vannacht|na vandaag|volgende week|na het weekend) (?:\S+ ){0,2}(?:ben|is|zijn) (?:ik|hij|ze|zij) er (?:\S+ )?(?:niet|nie) meer"
                       r"|(?:ik|hij|ze|zij) (?:ben|is) er (?:\S+ ){0,2}(?:morgen|straks|binnenkort|vannacht|vanavond|na vandaag|zo|dadelijk|zometeen) (?:\S+ )?(?:niet|nie) meer"
                       r"|(?:ik|hij|ze|zij) er (?:\S+ )?(?:morgen|straks|binnenkort|vannacht|na vandaag|na het weekend) (?:\S+ )?(?:niet|nie) meer (?:ben|is|zal zijn|zou zijn)", "acuut", negates=False),
    # "nog even en dan is het voorbij", "binnenkort zijn jullie van me af", "sorry dat ik besta"
    Pattern("suicide", r"nog even en (?:\S+ )?(?:dan )?is (?:het|alles) (?:\S+ )?(?:voorbij|klaar|over)|(?:binnenkort|straks|bijna) (?:\S+ ){0,3}(?:voorbij|van me af|van mij af)|(?:zijn|ben|is) (?:jullie|je|iedereen) (?:\S+ )?van (?:me|mij) af"
                       r"|sorry dat ik (?:\S+ ){0,2}(?:besta|er ben|geboren ben|zo moeilijk ben|zo lastig ben|een last ben)|(?:niet|nie) meer (?:\S+ )?(?:hoeft|hoef)\s*$|het (?:\S+ ){0,2}(?:niet|nie) meer (?:hoeft|hoef)\b"
                       r"|(?:weet|weten) (?:ik |we )?(?:\S+ )?(?:niet|nie) wat (?:hij|ze|zij|ik) (?:\S+ ){0,2}met (?:zichzelf|mezelf) (?:\S+ )?(?:doet|zal doen|gaat doen|doen)", "check", negates=False, kind="check_class"),
    # jumping, said bare: "dan spring ik", "ik ga springen"
    Pattern("suicide", r"(?:dan |anders )?spring ik\s*$|\bik spring\s*$|(?:ga|gaat|wil|zal) (?:ik |hij |ze )?(?:\S+ )?springen\s*$", "check", kind="check_class", figurative=True,
            unless=r"\b(?:trampoline|zwembad|duik\w*|springkussen|sloot|paard|parachute|bungee\w*|touwtje|hoog ?springen|ver ?springen|touwspringen|gat in de lucht)\b"),

    # despair in other words: a check question
    Pattern("distress", r"weet (?:ik )?(?:het )?(?:\S+ )?(?:niet|nie) meer hoe (?:het|ik|we|hij|ze) (?:\S+ ){0,2}(?:verder|door)|weet (?:ik )?het (?:\S+ )?(?:niet|nie) meer\s*$"
                        r"|verdrink (?:\S+ )?in|verdrinken in|kopje onder|waarom (?:doe )?ik (?:\S+ ){0,2}(?:nog )?moeite|(?:wil|wilt|wou) (?:\S+ ){0,2}weg van alles|(?:wil|wilt|willen|wilde|wou) (?:\S+ ){0,3}verdwijnen|verdwijnen (?:wil|wilt|willen|wou)"
                        r"|(?:ben|is) het (?:\S+ ){0,3}zat\s*$|(?:niks|niets) meer (?:\S+ )?(?:uitmaakt|uit maakt)|maakt (?:\S+ ){0,2}(?:niks|niets) meer uit|of (?:ik|hij|ze|zij) er (?:\S+ )?(?:is|ben|zijn|was) of (?:niet|nie)"
                        r"|(?:niet|nie) meer (?:aankan|aan kan|aankunnen|aan kunnen)|(?:kan|kun) (?:\S+ ){0,3}(?:niet|nie) meer aan\b|geen (?:puf|kracht|energie|moed|hoop|zin) meer (?:voor|in|om) (?:niks|niets|alles|het leven|iets|iemand)"
                        r"|weet (?:ik )?(?:\S+ )?(?:niet|nie) meer hoe (?:ik|we) (?:dit|het) (?:\S+ )?(?:volhoud|volhouden|vol moet houden|red|trek|moet volhouden)|wat maakt het (?:allemaal |toch |nog |ook )+uit"
                        r"|(?:nergens|niks|niets) (?:meer )?(?:het )?(?:nut|zin) (?:meer )?(?:van )?in|blok aan (?:\S+ ){0,2}been"
                        r"|(?:dagen|week|weken) (?:\S+ ){0,4}(?:kamer|bed) (?:\S+ ){0,2}(?:niet|nie) (?:meer )?(?:uit|uitgekomen|verlaten|uitkomt|af)\b"
                        r"|gedachten (?:\S+ ){0,4}(?:bang|eng) (?:\S+ ){0,3}(?:over )?(?:mezelf|mijzelf)|(?:niet|nie) meer (?:\S+ )?(?:alleen )?(?:dragen|torsen)\b|nergens goed voor|(?:niemand|iemand) (?:\S+ )?tot last|geen zin meer in (?:\S+ )?(?:niks|niets|alles|iets)\b|(?:heb|heeft|hebben) (?:er )?(?:\S+ )?geen zin meer in\s*$|nergens (?:meer )?zin in|alles is (?:\S+ )?zwart|(?:niet|nie) meer (?:\S+ )?opbrengen\s*$|(?:het )?leven (?:\S+ ){0,2}(?:zo |te )?zwaar|(?:zo|het|alles) beu\b"
                        r"|hoe ?lang (?:ik|we|hij|ze) (?:dit|het) (?:\S+ )?(?:nog )?(?:trek|trekt|volhoud|volhoudt|red|kan)|binnenkort weg (?:ben|is|zijn)|geen zorgen (?:meer )?(?:om (?:me|mij|haar|hem) )?(?:te )?(?:moeten|hoeven) (?:te )?maken|uitzichtloos|hopeloos",
            "check", negates=False, media="topic", kind="distress", unless=r"\b(?:overleden|gestorven|begrafenis|huisdier|hamster|konijn|cavia|hond|kat|poes)\b"),

    # internet slang and English: "kms" (kill myself), "unalive", "i want to die"
    Pattern("suicide", r"kms|unalive\w*|sewerslide|kill (?:my ?self|mezelf)|(?:want|going) to die|(?:wanna|gonna) die|end (?:it all|my life)|suicidal|dont want to live|don'?t want to (?:live|be here)",
            "acuut", figurative=True),
    Pattern("self_harm", r"self ?harm\w*|selfharm\w*|cutting (?:my ?self|again)|i cut (?:my ?self|again)", "acuut", figurative=True),
    # a farewell that stands on its own: "dit is mijn laatste dag", "vaarwel"
    Pattern("suicide", FAREWELL_STRONG, "acuut", negates=False, media="topic", kind="farewell"),
    # better if I disappeared: "beter dat ik vannacht verdwijn"
    Pattern("suicide", r"beter (?:\S+ ){0,3}(?:als|dat) (?:ik|hij|ze|zij) (?:\S+ ){0,2}(?:verdwijn|verdwijnt|weg ben|weg is|weg ga|er (?:\S+ )?(?:niet|nie) ben)\b"
                       r"|(?:in|naar) de hemel (?:\S+ )?(?:wil|wilt|wou|wilde|willen) (?:zijn|wonen|gaan)?|(?:wil|wilt|wou|wilde) (?:\S+ ){0,3}(?:naar|bij) (?:opa|oma|papa|mama|hem|haar|\w+) in de hemel",
            "check", negates=False, kind="check_class"),

    # ---------------- suicide: means --------------------------------------------------------------
    # a means hoarded or made ready ("ik spaar de medicijnen van mn moeder op", "een touw ligt klaar")
    Pattern("suicide", near(rf"(?:{MEDS}|{ROPE}|{BLADE})", rf"(?:{HOARD})", 6), "acuut", kind="means",
            unless=r"\b(?:apotheek|dokter|huisarts|recept|voorgeschreven|op slot|weggesloten|achter slot|tegen (?:de |mijn |zijn |haar )?(?:hoofdpijn|koorts|pijn|griep|allergie)|schommel|boomhut|tent|waslijn|springtouw|scouting|(?:ik|we|wij) (?:\S+ ){0,4}(?:verstop\w*|opgeborgen|weggelegd|apart gelegd))\b"),
    Pattern("suicide", ROPE, "acuut", kind="means", needs=r"\b(?:balk|lus|knoop|haak|vastgemaakt|vastgeknoopt|opgehangen|gehangen|ophang\w*|plafond|trapleuning)\b",
            unless=r"\b(?:schommel|boomhut|tent|waslijn|springtouw|scouting|klim\w*|zeil\w*|boot)\b"),
    Pattern("suicide", near(rf"(?:{MEDS}|{ROPE}|{BLADE})", r"liggen|ligt|op (?:mijn|zijn|haar) kamer|in (?:mijn|zijn|haar) (?:la|kast|tas|etui)|onder (?:mijn|zijn|haar) (?:bed|kussen|matras)", 4),
            "check", negates=False, kind="means", unless=r"\b(?:keuken|aanrecht|badkamerkast|medicijnkast|apotheek|voorgeschreven)\b"),
    # "ik denk dat hij ze spaart": the hoarding verb in one clause, the pills in another
    Pattern("suicide", r"(?:spaart|spaar|verzamelt|verzamel|hamstert|opspaart|opgespaard|gespaard)\b", "acuut", kind="means",
            needs=rf"\b(?:{MEDS})\b", unless=r"\b(?:geld|euro|punten|zegels|stickers|kaart\w*|voor een|voor de)\b"),
    # a means taken, fetched or bought: a check; with despair or a large amount it weighs more
    Pattern("suicide", near(rf"(?:{MEDS}|{ROPE})", rf"(?:{ACQUIRE})", 5), "check", negates=False, kind="means", needs=rf"\b(?:{DESPAIR}|{SLY})",
            unless=r"\b(?:apotheek|dokter|huisarts|recept|tegen (?:de |mijn |zijn |haar )?(?:hoofdpijn|koorts|pijn|griep|allergie|kiespijn)|voor (?:de |mijn |zijn |haar )?(?:hoofdpijn|koorts|oma|opa|moeder|vader|de hond|de kat)|schommel|boomhut|tent|waslijn|springtouw|scouting|klim\w*)\b"),
    Pattern("self_harm", near(rf"(?:{BLADE})", rf"(?:{ACQUIRE})", 5), "check", negates=False, kind="means", needs=rf"\b(?:{DESPAIR})",
            unless=rf"\b(?:{CUT_OBJECT}|koken|kookles|eten|aardappel\w*|aanrecht|afwas|scouting|kamp|cadeau|verjaardag|gekregen|winkel)\b"),
    Pattern("suicide", rf"(?:{MEDS}|{ROPE}|{BLADE}) (?:\S+ ){{0,3}}in (?:mijn|zijn|haar) hand|(?:zit|sta|lig|ben|zitten|zat) (?:\S+ ){{0,4}}met (?:de|mijn|haar|zijn|al|een|alle) (?:\S+ ){{0,2}}(?:{MEDS}|{ROPE}|{BLADE})\b",
            "acuut", kind="means", needs=rf"\b(?:{DESPAIR})", unless=rf"\b(?:{CUT_OBJECT}|keuken|aanrecht|afwas)\b"),
    # not drinking for days is a means too
    Pattern("suicide", r"(?:niks|niets|niet) (?:meer )?(?:\S+ )?(?:gegeten en )?gedronken|drink(?:t)? (?:\S+ )?(?:niks|niets|niet) meer\b", "check", kind="means",
            needs=r"\b(?:dagen|dag|week)\b"),
    Pattern("suicide", rf"(?:{QTY}) (?:\S+ ){{0,2}}(?:{MEDS}) (?:\S+ ){{0,4}}(?:{ACQUIRE})\b|(?:{ACQUIRE}) (?:\S+ ){{0,2}}(?:{QTY}) (?:\S+ ){{0,2}}(?:{MEDS})\b", "acuut", kind="means",
            unless=r"\b(?:apotheek|dokter|huisarts|recept|voorraad voor|vakantie|tegen (?:de |mijn |zijn |haar )?(?:hoofdpijn|koorts|pijn|griep|allergie|kiespijn|buikpijn))\b"),
    # taking them all, now or tonight: "vanavond neem ik alle pillen"
    Pattern("suicide", near(r"neem|neemt|slik|slikt|ga (?:\S+ )?(?:nemen|slikken|innemen)|nemen|slikken|innemen|in te nemen|te slikken", rf"(?:{QTY}) (?:\S+ ){{0,2}}(?:{MEDS})\b", 4),
            "acuut", kind="means", unless=r"\b(?:dokter|arts|huisarts|voorgeschreven|voorschrijft|recept|op tijd|elke dag|trouw|mee|vakantie|bijsluiter)\b"),
    # going to take somebody else's pills: "ze gaat de pillen van haar moeder nemen na school"
    Pattern("suicide", near(r"(?:ga|gaat|gaan|wil|wilt|zal) (?:\S+ ){0,2}(?:nemen|innemen|slikken|opeten|op te eten|in te nemen)", rf"(?:{MEDS})", 5), "acuut", kind="means",
            needs=rf"\b(?:{SLY}|{DESPAIR})", unless=r"\b(?:dokter|arts|huisarts|voorgeschreven|recept|op tijd|elke dag|trouw|bijsluiter|tegen (?:de |mijn |zijn |haar )?(?:hoofdpijn|koorts|pijn))\b"),
    # a blade in the hand: "ik heb het mes al in mn hand"
    Pattern("self_harm", rf"(?:{BLADE}) (?:\S+ ){{0,3}}(?:in (?:mijn|zijn|haar) hand|klaar|naast (?:me|mij)|bij (?:me|mij) (?:op|in))|(?:gepakt|pak|pakt) (?:\S+ ){{0,2}}(?:{BLADE})\b|(?:{BLADE}) (?:\S+ ){{0,2}}gepakt",
            "check", kind="check_class", unless=rf"\b(?:{CUT_OBJECT}|eten|aardappel\w*|keuken|aanrecht|afwas)\b"),
    # searching how to die: "zoekgeschiedenis: hoe lang duurt het voordat je verdrinkt", "gegoogeld hoe hoog een flat moet zijn"
    Pattern("suicide", rf"(?:hoe|hoeveel|welke|wanneer|waar) (?:\S+ ){{0,6}}(?:verdrink\w*|verdrinken|ophang\w*|verhang\w*|overdosis|dodelijk\w*|pijnloos|sterven|sterft|dood ?gaat|doodgaan|dood gaan|zelfmoord\w*|polsen|strop|doodbloed\w*|stikken|stikt)\b|hoe hoog (?:\S+ ){{0,3}}(?:{LETHAL_PLACE}|gebouw|verdieping)\b",
            "acuut", needs=r"\b(?:gezocht|gegoogeld|gegoogled|googlet|googelt|googlen|google|opgezocht|zoekt op|zocht op|zoekgeschiedenis|zoekopdracht\w*|geschiedenis|laptop|telefoon|chatgpt|filmpjes over|sites)\b",
            media="topic", unless=r"\b(?:zwemles|zwemmen|leren zwemmen|hond|kat|cavia|konijn|hamster|vis|plant|planten)\b"),

    # ---------------- suicide: places and traffic -------------------------------------------------
    # on the way to the railway, the motorway: dangerous without any other word
    Pattern("suicide", rf"(?:{MOVE})(?: \S+){{0,3}} (?:naar|op|bij|aan|over|langs|onder) (?:de|het|een|die|dat)(?: \S+)? (?:{STRONG_PLACE})\b", "acuut",
            cue=r"\b(?:nu|net|zo|zometeen|vannacht|vanavond|onderweg|op weg|alleen)\b", unless=r"\b(?:trein\w* (?:te )?(?:zien|kijken|spotten)|fotograf\w*|station|museum|modeltrein\w*|werkzaamheden|overweg|oversteken)\b"),
    Pattern("suicide", r"(?:zit|sta|lig|loop|zitten|staan|liggen|lopen|speelt|spelen|ben|is) (?:\S+ ){0,2}op (?:het|de) (?:spoor|rails|spoorlijn|spoorbaan|snelweg)\b", "acuut",
            unless=r"\b(?:naast|langs|werkzaamheden|museum|modeltrein\w*|speelgoed\w*|trein ?baan|houten)\b"),
    # at a height or water, with a sign that it is meant
    Pattern("suicide", rf"(?:{MOVE})(?: \S+){{0,3}} (?:naar|op|bij|aan|over|langs|boven op|bovenop|onder|van|af) (?:de|het|een|die|dat)(?: \S+)? (?:{LETHAL_PLACE})\b|(?:op|bij|aan|naar|van) (?:de|het|een) (?:{LETHAL_PLACE}) (?:\S+ )?(?:{MOVE})\b",
            "acuut", needs=rf"\b(?:spring\w*|naar beneden|vaarwel|(?:niet|nie) meer (?:leven|verder|terug)|sorry voor alles|voor altijd|{DESPAIR}|{UNREACHABLE})",
            unless=rf"\b(?:foto\w*|uitzicht|vuurwerk|picknick|wandel\w*|vissen|zwemmen|duiken|bungee\w*|elastiek|{FUN})\b", figurative=True),
    # in front of or under a train or car: "ze zegt dat ze voor de trein gaat"
    Pattern("suicide", rf"(?:voor|onder) (?:de|een) (?:{VEHICLE})\w* (?:\S+ ){{0,2}}(?:spring|springt|springen|sprong|ga liggen|gaan liggen|gaat liggen|liggen|lopen|loop|loopt|gooien|gooi|gooit|werpen|stappen|stap|ga|gaat|gaan|kom|komt|komen)\b"
                       rf"|(?:spring|springt|springen|ga|gaat|gaan|lopen|loop|loopt|gooien|stappen|stap) (?:\S+ ){{0,3}}(?:voor|onder) (?:de|een) (?:{VEHICLE})\w*\b(?! (?:uit|langs|door|aan|van \S+ uur|van \d|op tijd))",
            "acuut", unless=r"\b(?:oversteek\w*|overste\w*|uitkijken|veilig|per ongeluk|bijna|wachten|halte|instappen)\b", figurative=True),

    # ---------------- farewells -------------------------------------------------------------------
    # two farewells, or a farewell with a means, a place, despair or a child gone
    Pattern("suicide", FAREWELL, "acuut", negates=False, media="topic", kind="farewell",
            needs=rf"(?P<f>{FAREWELL}).*?(?!(?P=f))(?:{FAREWELL})|\b(?:{MISSING}|{UNREACHABLE}|{MEDS}|{ROPE}|{BLADE}|{LETHAL_PLACE}|dood|zelfmoord\w*|(?:niet|nie) meer (?:verder|leven|zijn|terug)|kan (?:\S+ )?niet meer|hoef (?:\S+ )?(?:niet|nie) meer(?= \.|$)|de deur uit|weggelopen|briefje|brief|mee (?:stopt|stop|stoppen|kapt|ophoudt)|eind|einde)\b"),
    # a list of who gets one's things: "een lijstje met wie wat van zijn spullen mag hebben"
    Pattern("suicide", r"wie (?:\S+ ){0,4}(?:spullen|bezittingen|games|kamer|kleren|knuffels|geld|telefoon|dieren|kat|hond) (?:\S+ ){0,2}(?:mag hebben|krijgt|moet krijgen|mag houden|erft)|(?:mijn|zijn|haar) (?:spullen|bezittingen) (?:\S+ ){0,3}(?:verdeeld|verdelen|mag hebben|krijgen)",
            "check", kind="check_class", unless=r"\b(?:verhuiz\w*|verkoop\w*|opruim\w*|scheiding|erfenis|testament van (?:opa|oma))\b"),
    # giving away one's things: "ik heb al mn spullen aan mn vrienden gegeven"
    Pattern("suicide", near(r"(?:al|alle) (?:mijn|zijn|haar) (?:\S+ )?(?:spullen|bezittingen|games|knuffels|kleren|sieraden|boeken|schoenen|geld|dingen)|(?:mijn|zijn|haar) (?:spullen|bezittingen|games|knuffels|sieraden)",
                            r"weggegeven|weg gegeven|weggeven|weg te geven|weg|gegeven|verdeeld|verdelen|geschonken", 5),
            "check", kind="check_class", unless=r"\b(?:verkocht|verkopen|marktplaats|opruim\w*|verhuiz\w*|te klein|goede doel|kringloop|uitgegroeid|sinterklaas|verjaardag)\b"),

    # ---------------- a child missing, a young child alone out at night ---------------------------
    Pattern("unsafe_home", r"spoorloos|vermist|onvindbaar", "acuut", negates=False, media="none", kind="missing",
            cue=r"\b(?:zoon|dochter|kind|kinderen|ik|hij|ze|zij|broer\w*|zus\w*|vriend\w*|puber|tiener|jongen|meisje|man|vrouw)\b", unless=r"\b(?:gevonden|terecht|weer thuis|is er weer|kat|hond|poes|konijn|telefoon|fiets|sleutels)\b"),
    Pattern("unsafe_home", MISSING, "acuut", negates=False, media="none", kind="missing",
            needs=rf"\b(?:{UNREACHABLE}|{FAREWELL}|briefje|brief|afscheid\w*|klaar met|(?:niet|nie) meer (?:leven|verder|hoeft|hoef)|dood|pillen|medicijnen|man van [2-9]\d|volwassen man|oudere man|loverboy|weet (?:\S+ )?niet waar|niemand weet waar|drugs|dronken|{YOUNG_CHILD})",
            unless=r"\b(?:gevonden|terecht|weer thuis|is er weer|sliep bij|slaapt bij|logeert|kat|hond|poes|konijn)\b"),
    Pattern("unsafe_home", r"(?:zwerft|zwerven|zwierf|dwaalt|rondzwerft|doolt)\b|(?:loopt|staat|zit|is|zijn|staan|zitten) (?:\S+ ){0,4}(?:alleen )?(?:buiten|op straat)\b|alleen (?:\S+ )?(?:thuis|buiten|op straat)\b|niemand (?:\S+ )?(?:thuis|doet open|deed open)\b",
            "acuut", negates=False, media="none", kind="unsafe",
            needs=rf"^(?=.*\b(?:{YOUNG_CHILD}))(?=.*\b(?:donker|nacht|nachts|vannacht|vanavond|avonds|koud|kou|vriest|regen|sinds (?:vanochtend|vanmiddag|gisteren)|al uren|uren|half (?:elf|twaalf|een|twee)|(?:elf|twaalf|\d+) uur)\b)"),
    # sleeping outside tonight: "ik moet vannacht buiten slapen", "ik slaap in het park"
    Pattern("unsafe_home", r"(?:niet|nie) of ik (?:het|dit|vannacht|vanavond) (?:\S+ )?(?:overleef|overleven)|(?:overleef|overleven) (?:\S+ ){0,2}(?:niet|nie)\b", "acuut", negates=False, media="topic", kind="unsafe",
            needs=r"\b(?:dronken|sla\w*|geslagen|agressief|dreig\w*|mes|vanavond|vannacht|thuis|thuiskomt)\b", unless=r"\b(?:toets\w*|examen\w*|proefwerk\w*|week|school|les)\b"),
    Pattern("unsafe_home", r"(?:slaap|slapen|sliep|geslapen|slaapt) (?:\S+ ){0,3}(?:buiten|in het park|in een portiek|onder een brug|op het station|in de bosjes|op een bankje)|(?:buiten|in het park|op straat) (?:\S+ ){0,2}(?:slapen|moeten slapen|slaap)",
            "acuut", negates=False, media="none", kind="unsafe", unless=r"\b(?:tent|kamp\w*|camping|festival|logeer\w*|feest|sterren)\b"),

    # ---------------- medical emergencies ---------------------------------------------------------
    # somebody lying, fallen or bleeding who does not respond: "papa ligt op de grond en doet niks meer"
    Pattern("medical", UNRESPONSIVE, "acuut", negates=False, media="topic",
            needs=rf"\b(?:{COLLAPSE}|{BLEED}|{MEDS}|{TOXIC}|gedronken|dronken|drugs|ingenomen|geslikt)\b",
            unless=r"\b(?:reageert (?:\S+ )?(?:niet|nie) (?:meer )?op (?:de |zijn |haar )?(?:medicijnen|medicatie|behandeling|therapie|antibiotica)|motiveer\w*|lui|tv|netflix|de hele dag|hele dagen|al (?:\S+ )?(?:dagen|weken)|sinds (?:de|het|hij|ze)|over (?:school|wat)|tegen (?:me|mij|ons)|gamen|telefoon|huiswerk|school|luistert|wekker|ochtend\w*|'s ochtends|uitslapen|slaapwandel\w*|nachtmerrie\w*|(?:niet|nie) op (?:tijd|bed))\b"),
    # a head wound after a fall
    Pattern("medical", r"(?:bloed|bloedt|bloeden) (?:\S+ ){0,2}uit (?:zijn|haar|mijn|het) (?:hoofd|oor|oren)|hoofdwond\w*|(?:hoofd|schedel) (?:\S+ ){0,2}(?:open|gebroken)", "acuut", media="topic"),
    # something taken, then a serious symptom: "ik heb iets ingenomen en mn hart gaat heel snel"
    Pattern("medical", rf"iets (?:\S+ ){{0,2}}(?:ingenomen|geslikt|genomen|gebruikt|gedronken|gesnoven|gespoten|binnen gekregen)|(?:ingenomen|geslikt|gebruikt|gesnoven) (?:\S+ )?iets|(?:{MEDS}) (?:\S+ ){{0,3}}(?:genomen|gebruikt|geslikt|ingenomen|op)\b",
            "acuut", media="none", needs=rf"\b(?:{SYMPTOM})", unless=r"\b(?:tegen (?:de |mijn |zijn |haar )?(?:hoofdpijn|koorts|pijn|griep|allergie|kiespijn)|bijwerking\w*)\b"),
    # a container's worth swallowed: "ze heeft er net een hele strip van doorgeslikt"
    Pattern("medical", rf"(?:{CONTAINER})\w* (?:\S+ ){{0,3}}(?:{TAKEN})\b(?<!\bop)|(?:{CONTAINER})\w* (?:\S+ ){{0,2}}op(?= *$| en\b)", "acuut", media="topic",
            needs=rf"\b(?:{MEDS}|{TOXIC}|alcohol|wodka|drank|whisky)\b", unless=r"\b(?:mee op|meenemen|mee naar|voor als|tegen (?:de |mijn |zijn |haar )?(?:hoofdpijn|koorts|pijn))\b"),
    Pattern("suicide", TOXIC, "acuut", kind="means", cue=r"\b(?:gaat|ga|gaan|wil|wilt|zal) (?:\S+ ){0,2}(?:opdrinken|drinken|innemen|slikken|opeten)\b|\b(?:op te drinken|te drinken|in te nemen)\b",
            unless=r"\b(?:schoonmaken|poetsen|wassen|wasmachine|vaatwasser|was doen)\b"),
    Pattern("self_harm", rf"(?:{SELF_TRUE}|zich|me) (?:\S+ ){{0,2}}(?:gewurgd|wurgen|wurgt|wurgde|verstikt|verstikken|stikken)\b|(?:{BODY}) (?:\S+ ){{0,2}}(?:ligt|lag|liggen) (?:\S+ )?open\b", "acuut",
            unless=r"\b(?:gevallen|val|skate\w*|fiets\w*|ongeluk|per ongeluk|operatie|verslikt)\b"),
    # a small child swallowed medicine: "mijn zoon van 4 heeft een paar tabletten van mijn medicatie gegeten"
    Pattern("medical", near(rf"(?:{MEDS})", rf"(?:{INGEST})", 5), "acuut", media="topic", needs=rf"\b(?:{YOUNG_CHILD}|(?:zoon|dochter|kind|broertje|zusje) van [1-6]\b|peuter|kleuter|dreumes|baby)"),
    # fainting with stroke signs, suddenly
    Pattern("medical", r"(?:valt|viel|vallen) (?:\S+ ){0,2}flauw|flauwgevallen|praat (?:\S+ )?(?:raar|onduidelijk|wartaal|vreemd|dubbel)|scheve mond|(?:kan|kon) (?:\S+ )?(?:niet|nie) (?:meer )?(?:praten|bewegen|staan|lopen)|verlamd|halve gezicht",
            "acuut", media="topic", needs=r"\b(?:help|nu|net|ineens|plotseling|opeens|steeds|flauw\w*|gevallen|valt|praat raar|reageert)\b.*\b(?:flauw\w*|praat|mond|verlamd|bewegen|staan|lopen|reageert)\b",
            unless=r"\b(?:bloed (?:laten )?prikken|bloedprik\w*|prik|hitte|warm|sinds (?:hij|ze) (?:\S+ )?puber|puberteit|stotter\w*)\b"),
    # a small child swallowed something dangerous: "heeft een knoopcelbatterij ingeslikt"
    Pattern("medical", near(rf"(?:{TOXIC})", rf"(?:{INGEST})", 4), "acuut", media="none"),
    # a psychotic crisis now: voices, delusions, with danger or now
    Pattern("medical", PSYCHOSIS, "acuut", media="topic", kind="psychosis",
            needs=r"\b(?:nu|vannacht|vanavond|sinds|al (?:\S+ )?dagen|mes|messen|wapen|sterven|dood|doden|zichzelf|mezelf|springen|raam|ramen|agressief|slaapt (?:\S+ )?niet|weggelopen|verward|gil\w*|schreeuw\w*|vergiftig\w*|ingeslagen|politie|gevaar\w*|bang|moet|straat|nachten|vliegen|herkent|net|weggereden|weggelopen|verdwenen|balkon|uren|pyjama)\b"),
    # voices that command harm
    Pattern("suicide", r"stem(?:men)? (?:\S+ ){0,6}(?:zegt|zeggen|zei|zeiden|opdragen|opdraagt|bevelen|beveelt|fluisteren|fluistert) (?:\S+ ){0,5}(?:dood|doden|springen|sterven|snijden|pijn|vermoorden|doodmaken|aandoen|ophangen)\b", "acuut", media="topic"),

    # nearly drowned; an allergic reaction; a baby grey or blue
    Pattern("medical", r"in (?:het|de|een) (?:water|vijver|sloot|zwembad|gracht|kanaal|bad|meer) (?:\S+ ){0,2}(?:gevallen|gelegen|liggen|lag|ligt|gedreven|drijft)|onder water (?:gelegen|geweest|gezeten|gebleven)|bijna verdronken|verdrinkt|aan het verdrinken"
                       r"|allergische (?:reactie|shock)|anafylact\w*|(?:keel|tong|lippen|gezicht) (?:\S+ ){0,2}(?:zwelt|zwellen|opgezwollen|dik|dicht)|kan (?:\S+ )?(?:niet|nauwelijks) (?:meer )?(?:slikken|ademen)"
                       r"|(?:baby|kindje|peuter|dreumes|zoontje|dochtertje) (?:\S+ ){0,4}(?:grauw|blauwe lippen|blauw|lijkbleek|helemaal slap)|ademt (?:\S+ )?(?:heel |erg )?(?:snel|piepend|hijgend|oppervlakkig|gierend)",
            "acuut", media="topic", unless=r"\b(?:niks aan de hand|gaat (?:\S+ )?(?:weer )?goed|paniek\w*|hyperventil\w*|zwemles|zwemmen|sport\w*|rennen|gerend|hooikoorts)\b"),
    # a burglar or attacker still in the house
    Pattern("violence_now", r"ingebroken|inbreker\w*|inbraak|overval\w*|overvallen", "acuut", person="object", kind="now_scene",
            needs=r"\b(?:nog in huis|nog binnen|in huis|nu|net|help|zojuist|beneden|boven)\b"),

    # ---------------- self-harm -------------------------------------------------------------------
    # cutting without an object, in chat speech: "ik heb net weer gesneden", "snijden helpt", "zit te snijden"
    Pattern("self_harm", rf"(?:{CUT_BARE})(?= *$| (?:en|maar|want|omdat|anders|dan|dat|om|tot|helpt|help|is|was|doe|doet|deed|weer|nog|zo|ook|op (?:mijn|haar|zijn) kamer|in de badkamer)\b)", "acuut",
            cue=r"\b(?:weer|net|nu|moet|wil|ga|gaat|zit|zat|te|helpt|bloed\w*|diep\w*|mesje\w*|scheermes\w*|drang|behoefte|zin|ermee|vanavond|vannacht|heb|heeft|aan het|bezig|stoppen)\b",
            unless=rf"\b(?:{CUT_OBJECT}|\w*kook\w*|gekookt|kok|les|practicum|biologie|knutsel\w*)\b"),
    # a blade found, hidden arms, odd marks: a check question
    Pattern("self_harm", rf"(?:{BLADE}) (?:\S+ ){{0,4}}(?:gevonden|prullenbak|etui|toilettas|verstopt|onder (?:haar|zijn) kussen)|(?:gevonden|vond|vind) (?:\S+ ){{0,4}}(?:{BLADE})\b|verpakking\w* (?:\S+ ){{0,2}}(?:{BLADE})"
                         rf"|(?:rare|vreemde) (?:dingen|plekken|plekjes|wondjes|strepen|lijnen|krassen|sneetjes) (?:\S+ ){{0,2}}(?:op|in|aan) (?:haar|zijn|mijn|de) (?:{BODY})\b",
            "check", unless=rf"\b(?:{CUT_OBJECT}|keuken|aanrecht|afwas|scouting|kamp)\b"),
    Pattern("self_harm", rf"(?:pleisters|verband|pleister) (?:\S+ ){{0,3}}(?:op|om) (?:haar|zijn|mijn) (?:{BODY})\b(?=.*\b(?:steeds|altijd|wil (?:\S+ )?niet|verstop\w*|zeggen|vertellen)\b)|bebloede \w+|bloed (?:\S+ ){0,3}(?:tissues|handdoek\w*|zakdoek\w*|laken\w*|mouwen|prullenbak|wc-papier|wastafel)|(?:tissues|handdoeken|lakens|mouwen) (?:\S+ ){0,2}(?:met|vol|onder het) bloed",
            "check", unless=r"\b(?:ongesteld\w*|menstruatie|bloedneus|neus|tand\w*|kies)\b"),

    # hitting oneself against a wall: "ik heb mn hand tegen de muur geslagen tot hij blauw was"
    Pattern("self_harm", r"(?:hand|handen|hoofd|vuist|vuisten|kop) (?:\S+ ){0,3}tegen (?:de|het|een) (?:muur|deur|kast|raam|vloer|muren) (?:\S+ )?(?:geslagen|slaan|sla|slaat|gebonkt|bonk\w*|gebeukt|beuk\w*|geramd|ram\w*|gestompt|stomp\w*)"
                         r"|(?:sla|slaat|slaan|bonk\w*|beuk\w*|ram|ramt|rammen|stomp\w*) (?:\S+ ){0,2}(?:mijn|zijn|haar) (?:hand|handen|hoofd|vuist|vuisten|kop) (?:\S+ ){0,2}tegen", "acuut",
            unless=r"\b(?:peuter|kleuter|baby|dreumes|driftbui\w*|per ongeluk|gestoten)\b"),
    # blood on the arms or wrists: "ik vond haar in de badkamer met bloed aan haar armen"
    Pattern("self_harm", rf"(?:{BLEED}) (?:\S+ ){{0,3}}(?:aan|op|uit) (?:haar|zijn|mijn|de) (?:{BODY})\b|(?:{BODY}) (?:\S+ ){{0,2}}(?:onder het|vol|onder|onder de) bloed\b", "acuut",
            unless=r"\b(?:gevallen|val|skate\w*|fiets\w*|sport\w*|voetbal\w*|hockey|ongeluk|per ongeluk|kat|hond|operatie|prik|bloedprik\w*|neus)\b"),

    # ---------------- violence now ----------------------------------------------------------------
    # taking the family along into death: "heeft gezegd dat hij ons allemaal meeneemt in zijn dood"
    Pattern("violence_now", r"(?:meeneemt|meenemen|mee te nemen|neemt (?:\S+ ){0,3}mee) (?:\S+ ){0,2}in (?:zijn|haar|de) dood|(?:ons|de kinderen|jullie) (?:allemaal )?(?:\S+ )?mee (?:\S+ )?(?:de dood in|in (?:zijn|haar|de) dood)",
            "acuut", person="object", kind="threat_kill"),
    Pattern("violence_now", r"met (?:ons|de kinderen|jullie|mij|me) (?:\S+ ){0,2}(?:doodgaat|dood gaat|sterft|uit het leven stapt|een eind aan maakt)", "acuut", person="object", kind="threat_kill"),
    # a death threat in words of its own: "hij zegt dat ik morgen dood ben"
    Pattern("violence_now", r"(?:zegt|zei|dreigt|dreigde|riep|roept|schreeuwt|schreeuwde|appt|appte|stuurt) (?:\S+ ){0,2}dat (?:ik|je|jij|we|wij|zij|ze|hij|mijn \w+) (?:\S+ ){0,3}dood (?:ben|bent|is|zijn|gaat|ga|gaan|zal zijn)\b",
            "acuut", person="object", kind="threat_kill", figurative=True),
    # a child taken by a stranger: "door een man in een auto meegenomen"
    Pattern("violence_now", r"(?:door|met) (?:een|die|twee) (?:man|mannen|vrouw|vreemde|onbekende|jongens)\w* (?:\S+ ){0,4}(?:meegenomen|meegetrokken|meegesleurd|ingetrokken|ontvoerd)|in (?:een|de|zijn) (?:auto|busje|bus|bestelbus) (?:\S+ )?(?:getrokken|gesleurd|meegenomen|gezet|geduwd)",
            "acuut", person="object", kind="now_scene", media="topic"),
    # a parent afraid to harm their own baby: "ik ben bang dat ik mijn baby iets aandoe"
    Pattern("violence_now", r"bang (?:\S+ ){0,2}dat ik (?:\S+ ){0,4}(?:baby|kind|kinderen|kindje|zoon|dochter|zoontje|dochtertje) (?:\S+ ){0,3}(?:iets aandoe|iets aan ga doen|pijn doe|sla|door elkaar schud|schud|laat vallen)"
                            r"|(?:door elkaar (?:geschud|schudden|schud)|geschud) (?:\S+ ){0,3}(?:baby|kindje|zoontje|dochtertje)|(?:baby|kindje|zoontje|dochtertje) (?:\S+ ){0,3}(?:door elkaar (?:geschud|schudden|geschud)|geschud)",
            "acuut", person="object", kind="own_child"),
    # stabbing, shooting, knocking down: "mn vader heeft mn moeder net neergestoken"
    Pattern("violence", r"neergestoken|doodgestoken|neergeschoten|doodgeschoten|beschoten|neergeslagen|bewusteloos geslagen|(?:steekt|stak|steken) (?:\S+ ){0,3}(?:neer|met (?:een|het|zijn|haar) mes)|(?:met (?:een|het|zijn|haar) mes) (?:\S+ ){0,2}gestoken"
                        r"|vingerafdrukken|afdrukken van (?:vingers|een hand)|handafdruk\w*|beroofd|aangevallen|zo hard (?:\S+ ){0,4}(?:gepakt|geduwd|geknepen|geslagen|getrokken|geschud|vastgepakt|gegrepen)",
            "zorg", person="object", kind="violence", unless=r"\b(?:door (?:een|de) (?:wesp|bij|mug|kwal|brandnetel)\w*|\w*steek|doelpunt|goal|bal)\b"),
    # a child abducted: "mijn dochter is ontvoerd door haar vader"
    Pattern("violence_now", r"(?:is|zijn|werd|heeft|hebben) (?:\S+ ){0,4}(?:ontvoerd|gekidnapt)|(?:ontvoerd|gekidnapt) (?:door|naar)", "acuut", person="object", kind="now_scene", media="topic"),
    # a fight going on: "ze zijn beneden aan het vechten en mn moeder gilt"
    Pattern("violence_now", rf"(?:is|zijn|ben|zitten|staan|staat|zit|liggen) (?:\S+ ){{0,3}}aan het (?:\S+ )?(?:{FIGHT})\b|(?:staat|staan|zit|zitten|ligt|liggen|loopt|lopen) (?:\S+ ){{0,3}}te (?:{FIGHT})\b",
            "acuut", person="object", kind="now_scene",
            needs=rf"\b(?:{SCREAM}|help|bang|bloed\w*|politie|mes|dronken|gedronken|gewond|pijn|kapot|agressief|woedend|ouders|vader|moeder|papa|mama|mijn man|stief\w+|vriend van)\b",
            unless=r"\b(?:broers?|zussen|broertjes?|zusjes?|zoons|dochters|jongens|meiden|elkaar (?:om|voor)|om de|spel|spelen|stoeien|playstation|afstandsbediening|judo|karate|kickboks\w*|training|wedstrijd|voor de lol|voor de grap|kussen\w*)\b"),
    # the children are not brought back, with danger: "hij brengt de kinderen niet terug en klonk dronken"
    # a child taken away: "brengt haar niet meer terug", "riep dat ik haar nooit meer terugzie"
    Pattern("violence_now", r"(?:brengt|brengen|bracht) (?:\S+ ){0,4}(?:niet|nie) (?:meer )?terug|(?:niet|nie) (?:meer )?(?:terugbrengt|teruggebracht|terug ?brengen|terug gebracht|terugbracht)"
                            r"|(?:nooit|niet|nie) (?:meer )?(?:terugzie|terugziet|terugzien|terug zien|terug ziet)|(?:zie|ziet|zien) (?:\S+ ){0,2}(?:nooit|niet|nie) (?:meer )?terug\b", "acuut",
            person="object", kind="now_scene", negates=False, needs=r"\b(?:dronken|gedronken|eind|einde|dood|vermoord\w*|nooit meer|dreig\w*|wapen|mes|agressief|rijdt|auto|buitenland|iets aan\w*)\b"),

    # ---------------- abuse, threats, neglect (zorg) ----------------------------------------------
    Pattern("threat", r"stalk\w*|achtervolg\w*|weet (?:\S+ ){0,3}(?:waar|op welke school|welke school) (?:ik|we|wij|de kinderen|mijn \w+|ze|hij) (?:\S+ ){0,3}(?:woon\w*|zit|zitten|school|werk\w*)"
                      r"|anders (?:\S+ ){0,4}(?:sla\w*|schop\w*|trap\w*|stomp\w*|mep\w*|in elkaar|pijn|iets aan\w*|vermoord\w*|kapot)", "zorg", person="object", media="topic"),
    Pattern("threat", r"bang (?:\S+ ){0,2}dat (?:mijn |de |hij |ze )?(?:\S+ ){0,2}(?:iets|wat) (?!fout|verkeerd|mis\b|vergeet)(?:\S+ )?(?:doet|zal doen|gaat doen|doen|flikt)\b", "check", person="object", kind="harm_other", media="topic"),
    # a parent who tells a child, day after day, that it is worthless or unwanted
    Pattern("violence", r"(?:schreeuwt|zegt|noemt|roept|scheldt|vertelt|zei|riep|noemde)\w* (?:\S+ ){0,6}(?:waardeloos|niks waard|niets waard|mislukt\w*|een mislukking|stom|dom|lelijk|dik|hoer|slet|kutkind|een fout|nooit (?:\S+ )?(?:willen|gewild)|spijt (?:\S+ ){0,5}(?:gekregen|geboren))",
            "zorg", person="object", kind="verbal", cue=rf"\b(?:{PARENT_WORD})\b", needs=r"\b(?:elke dag|iedere dag|altijd|steeds|vaak|de hele tijd|telkens|nooit)\b"),
    Pattern("violence", r"(?:zegt|zei|roept|riep|schreeuwt|schreeuwde) (?:\S+ ){0,5}(?:(?:me|mij) haat|haat (?:me|mij)|had (?:me|mij) (?:\S+ )?nooit (?:\S+ )?(?:gewild|willen))|huis uit (?:moet|zetten|gooien|gooit|zet) als",
            "zorg", person="object", kind="verbal", cue=rf"\b(?:{PARENT_WORD})\b"),
    # an injury the child does not dare to explain
    Pattern("violence", r"(?:bult|blauwe plek|blauw oog|wond|schram|bloedneus|brandwond|buil)\w* (?:\S+ ){0,8}(?:durft|durfde|wil|wilde|mag|mocht) (?:\S+ ){0,2}(?:niet|nie) (?:\S+ ){0,2}(?:zeggen|vertellen) (?:hoe|wat|waarom|wie|waar)",
            "zorg", person="object", kind="violence", negates=False),
    # signs of physical abuse: marks like cigarette burns, objects thrown at the head, flinching
    Pattern("violence", r"(?:brandplek|brandwond|brandwondje|brandplekje)\w*", "zorg", person="object", cue=None,
            # ... or explained by the child in words the writer quotes or doubts ("die ze 'van de strijkbout' noemt")
            needs=r"\b(?:sigaret\w*|rond\w*|onverklaarbaar\w*|weekend|vader|moeder|stiefvader|stiefmoeder|wil niet zeggen|zegt niet|noemt|noemde|smoes\w*|verklaring|op (?:haar|zijn) (?:onder|boven)?(?:arm|armen|rug|buik|benen|been|billen))\b"),
    Pattern("violence", r"(?:naar|tegen) (?:mijn|zijn|haar) (?:hoofd|kop|gezicht) (?:\S+ )?(?:gegooid|gesmeten|gesmeet)|(?:gooit|gooide|smijt|smeet) (?:\S+ ){0,4}(?:naar|tegen) (?:mijn|zijn|haar) (?:hoofd|kop|gezicht)"
                        r"|(?:sla\w*|slaan|schop\w*|trap\w*) (?:\S+ ){0,3}in elkaar\b|(?:geef|geeft|gaf) (?:\S+ ){0,3}(?:een )?(?:klap|klappen|tik|mep|dreun)\b|(?:een )?(?:klap|klappen|tik|mep|dreun) (?:\S+ )?geef\b"
                        r"|schrikt (?:\S+ ){0,4}(?:aanraak\w*|aanraken|hand opheft|hand opsteekt)|(?:wil|durft) (?:\S+ ){0,3}(?:niet|nooit) (?:\S+ ){0,2}vertellen wat (?:\S+ ){0,3}(?:gedaan|gebeurd)",
            "zorg", person="object", kind="violence"),
    # a relationship with an adult in charge; kisses or touches the child does not want; touched again
    Pattern("sexual", r"(?:relatie|verkering|scharrel|affaire|iets) (?:\S+ ){0,2}met (?:haar|zijn|de|een|mijn) (?:docent|leraar|lerares|trainer|coach|baas|mentor|leider|oppas|stiefvader|begeleider)\b"
                      r"|(?:zoent|kust|betast|aanraakt|knuffelt|zoende|kuste|aanraakte) (?:\S+ ){0,6}(?:niet wil|niet wilde|eng|vervelend|ongemakkelijk|niet fijn)"
                      r"|(?:heeft|heb) (?:\S+ ){0,3}(?:weer |opnieuw )?aangeraakt",
            "zorg", media="topic", person="object", needs=rf"\b(?:{ADULT}|stief\w+)\b"),
    Pattern("sexual", r"(?:rare|vreemde|enge|ongemakkelijke|ongepaste) manier (?:\S+ )?(?:aanraakt|aanraken|aangeraakt|aanraakte|knuffelt|zoent|streelt|vastpakt)", "zorg", media="topic", person="object",
            needs=rf"\b(?:{ADULT}|stief\w+|iemand)\b"),
    Pattern("violence", r"(?:kelder|kast|schuur|donker|hok) (?:\S+ ){0,4}als straf|als straf (?:\S+ ){0,4}(?:kelder|kast|schuur|donker|opgesloten|opsluit)", "zorg", person="object", kind="violence"),
    Pattern("threat", rf"(?:{KILL}|doodmaakt|dood maakt|vermoordt|verdrinkt|weggeeft|wegdoet) (?:\S+ ){{0,3}}als (?:ik|je|ze|hij) (?:\S+ ){{0,3}}(?:iets|het|dit|wat) (?:\S+ )?(?:vertel|vertelt|zeg|zegt|verklap|verklapt)",
            "zorg", person="object", media="topic"),
    Pattern("threat", r"(?:tientallen|honderden|heel veel|ontelbaar) (?:\S+ )?(?:berichten|appjes|telefoontjes)|staat (?:\S+ ){0,2}(?:bij|voor) (?:mijn|ons|haar|zijn) (?:werk|huis|deur|school)", "zorg", person="object", media="topic",
            needs=r"\b(?:ex|ex-\w+|vroegere|vorige vriend|stalk\w*|contactverbod|straatverbod|bang)\b"),
    # an adult who enters the bathroom while the child showers, wants it to sleep over
    Pattern("sexual", r"(?:komt|kwam|loopt|liep) (?:\S+ ){0,2}(?:in|naar) de (?:badkamer|douche|wc|kleedkamer)\b|bij (?:hem|haar) (?:\S+ ){0,2}(?:komen |moet |mag |moest )?(?:slapen|slaap|slaapt|logeren|logeer|overnachten)\b",
            "zorg", media="none", person="object", cue=r"\b(?:douch\w*|bad|bloot|naakt|omkle\w*|als (?:ik|ze|hij)|moet|wil|zegt|zei|vraagt)\b",
            needs=r"\b(?:trainer|coach|\w*leraar|docent|meester|leider|buurman|man|meneer|volwassene|iemand van|stiefvader|vriend van (?:mijn|haar|zijn) (?:ex|moeder|vader)|vriend van mama|oom|neef)\b"),
    # drugged at a party: "iemand heeft iets in haar drankje gedaan"
    Pattern("sexual", r"iets in (?:haar|zijn|mijn) (?:drankje|drinken|glas|drank)|gedrogeerd|drogeren|knock-?out ?druppels", "zorg", media="topic", person="object"),
    # a stranger luring children: "vraagt of ze mee willen", "geeft snoep"
    Pattern("threat", r"(?:vraagt|vroeg|vragen) (?:\S+ ){0,3}(?:of )?(?:ze|ik|hij|kinderen|de kinderen) (?:\S+ )?mee (?:willen|wil|gaan|komen|gaat|komt)|snoep (?:\S+ ){0,3}(?:geeft|gaf|aanbiedt|aanbood)|(?:lokt|lokte|lokken) (?:\S+ ){0,3}(?:kinderen|meisjes|jongens)",
            "zorg", person="object", media="topic", cue=r"\b(?:man|meneer|vreemde|onbekende|volwassene|auto|busje)\b"),
    # an adult coming into the child's room at night, a child afraid to go to sleep
    Pattern("sexual", r"(?:mijn|haar|zijn) kamer (?:in|binnen) (?:komt|kwam|komen|sluipt)|(?:komt|kwam|sluipt) (?:\S+ ){0,3}(?:mijn|haar|zijn) kamer (?:in|binnen)|(?:laat|liet|laten) (?:\S+ ){0,4}(?:"
                      + PRIVATE + r") (?:\S+ )?zien|(?:moet|moest|moeten) (?:\S+ ){0,4}seks (?:\S+ )?(?:hebben|doen)|seks (?:\S+ )?(?:hebben|doen) anders",
            "zorg", media="topic", person="object", needs=rf"\b(?:{ADULT}|vriend|nachts|'s nachts|vannacht|bang|eng)\b"),
    Pattern("unsafe_home", r"(?:durf|durft|durven) (?:\S+ ){0,3}(?:niet|nie) (?:te )?(?:gaan )?slapen", "acuut", negates=False, media="none", kind="unsafe",
            needs=rf"\b(?:{ADULT})\b.*\b(?:bed|kamer|aan (?:me|mij) zit|sla\w*|dronken|agressief|schreeuw\w*|dreig\w*)\b|\b(?:bed|kamer|sla\w*|dronken|agressief|dreig\w*)\b.*\b(?:{ADULT})\b"),
    # signs of sexual abuse: forbidden or secret "games", injuries
    Pattern("sexual", r"dingen (?:\S+ ){0,2}(?:met|bij) (?:me|mij|haar|hem|ons) (?:\S+ ){0,2}die (?:\S+ )?(?:niet|nie) (?:mag|mocht|mochten|mogen|oke|ok|goed|normaal|fijn)"
                      r"|geheime (?:spelletjes|spelletje|spel|spellen|dingen)|gescheurde (?:onderbroek|slip|broek)|bloed in (?:haar|zijn) (?:onderbroek|broek|luier|slip)|pijn aan (?:haar|zijn|mijn) (?:plassertje|piemel|poes|poesje|vagina|billen|kruis|onderkant)",
            "zorg", media="topic", person="object"),
    # an adult crossing lines step by step: massages, a hand going higher, remarks on the body
    Pattern("sexual", r"(?:masseert|masseren|masseerde|massage)\w*|(?:hand|handen) (?:\S+ ){0,3}(?:steeds )?hoger|(?:opmerkingen|grappen) over (?:mijn|haar|zijn) (?:lichaam|borsten|billen|kont|lijf)"
                      r"|(?:zegt|vindt|noemt|zei) (?:\S+ ){0,4}(?:sexy|lekker ding|geil|hot)\b",
            "zorg", media="topic", person="object", needs=rf"\b(?:{ADULT})\b", unless=r"\b(?:fysio\w*|sportmassage|masseur|dokter|huisarts)\b"),
    Pattern("neglect", near(r"krijg|krijgt|krijgen|kreeg|kregen", r"(?:geen|nauwelijks|nooit|bijna nooit|te weinig|amper|zelden) (?:\S+ )?(?:te )?eten", 4)
                       + r"|zonder eten (?:\S+ ){0,3}(?:staan|naar bed|opgesloten|op (?:de|zijn|haar) kamer|in de gang)|(?:staan|naar bed|opgesloten) (?:\S+ ){0,3}zonder eten"
                       r"|zonder jas (?:\S+ ){0,3}(?:winter|kou|koud|regen|sneeuw)|(?:winter|kou|vriest) (?:\S+ ){0,4}zonder jas|te dun gekleed"
                       r"|(?:ouders|vader|moeder) (?:zijn|is) (?:\S+ )?nooit thuis|pas '?s avonds (?:een fles|eten|te eten)"
                       r"|(?:box|wieg|bedje) (?:\S+ ){0,2}(?:de hele dag|hele dagen|urenlang)|(?:de hele dag|hele dagen|urenlang) (?:\S+ ){0,3}in (?:de|zijn|haar) (?:box|wieg|bedje)"
                       r"|(?:urenlang|uren|dagen) alleen thuis|(?:laat|laten|liet) (?:\S+ ){0,3}(?:uren|urenlang|de hele dag|altijd) (?:\S+ )?huilen|zonder (?:te )?(?:eten|drinken)\b|(?:laat|liet|laten) (?:\S+ ){0,4}in de auto (?:\S+ )?(?:zitten|wachten|achter)|alleen in de auto|vieze luier|luier (?:\S+ ){0,3}(?:niet verschoond|vol|vies)|niet verschoond|(?:nooit|niet) (?:\S+ ){0,2}mee(?:-| )?eten|apart (?:moet |laten )?eten"
                       r"|(?:moest|moet|moesten|moeten) (?:\S+ ){0,4}(?:in de schuur|in de kelder|in de gang|op de grond|op de vloer|in de hondenmand|buiten) (?:\S+ )?slapen"
                       r"|(?:in de schuur|in de kelder|in de gang|op de vloer|in de hondenmand) (?:\S+ ){0,2}(?:moest|moet|moesten|moeten) (?:\S+ )?slapen",
            "zorg", person="object", unless=r"\b(?:(?:kan|mag|mogen|kunnen) (?:ik|we|wij) (?:\S+ ){0,4}alleen|hoe lang (?:mag|kan)|vanaf welke leeftijd|bang (?:\S+ )?om alleen)\b"),
    # ---------------- families generalised from the misses of dev5 --------------------------------
    # a farewell to a whole group by message, unless a leaving anywhere in the message explains it
    Pattern("suicide", FAREWELL_BY_MESSAGE, "acuut", negates=False, media="topic", kind="farewell",
            needs=r"^(?!.*\b(?:pensioen|verhuis\w*|verhuiz\w*|vakantie|nieuwe school|andere school|stage|emigr\w*|uitwisseling|juf|meester|docent|leraar|trainer|coach|club|team|vereniging)\b)"),
    # gone off with a means and not reachable: "met een touw het bos in gegaan", "zijn telefoon staat uit"
    Pattern("suicide", near(rf"(?:{ROPE}|{BLADE}|{MEDS})", r"(?:het|naar het|naar de|de) (?:bos|bossen|park|duinen|strand|heide)\b|de deur uit|weggegaan|weggelopen|vertrokken", 6),
            "acuut", negates=False, kind="means", needs=rf"\b(?:{UNREACHABLE}|{FAREWELL}|briefje|brief|{DESPAIR})", unless=r"\b(?:picknick|kamp\w*|klimmen|schommel\w*|hut|tent|boomhut)\b"),
    # a means kept at hand, used on oneself: "zei dat hij het vandaag bij zichzelf gaat gebruiken"
    Pattern("suicide", rf"(?:bij|op|tegen) (?:{SELF_TRUE}) (?:\S+ ){{0,2}}(?:gebruiken|gebruikt|gebruik|te gebruiken|zetten|zet|richten|richt)\b", "acuut",
            needs=rf"\b(?:{WEAPON}|{BLADE}|{MEDS}|{ROPE})\b"),
    # shut in alone with a means: "heeft zich opgesloten in de badkamer met een scheermes", "... en doet de deur niet open"
    Pattern("suicide", near(r"opgesloten|opsluit|sluit (?:zich|zichzelf|me|mezelf) op|verschanst|op slot|(?:doet|deed) (?:\S+ ){0,2}(?:niet|nie) open",
                            rf"(?:{BLADE}|{ROPE}|{MEDS}|{WEAPON})\b", 6), "acuut", negates=False, kind="means", unless=rf"\b(?:{CUT_OBJECT})\b"),
    # cutting right now, said bare: "ik snij nu", "ben aan het krassen"
    Pattern("self_harm", rf"(?:ik|hij|ze|zij) (?:\S+ )?(?:{CUT_BARE})(?: \S+)? (?:nu|op dit moment|op dit ogenblik|zojuist|net)\b|(?:ben|is|zit) (?:\S+ )?aan het (?:snijden|krassen)\b", "acuut",
            unless=rf"\b(?:{CUT_OBJECT}|eten|koken|keuken|aanrecht|mes en vork)\b"),
    # asking how much of a means kills, or how long dying of it takes
    Pattern("suicide", near(r"(?:hoe|hoeveel|wanneer|welke|hoelang|wat)\b(?: \S+){0,6} (?:doodga\w*|dood ga\w*|dood van|sterft|sterf|sterven|overlijd\w*|dodelijk\w*|overdosis|fataal)|(?:dodelijke|letale|fatale) (?:dosis|hoeveelheid)",
                            rf"(?:{MEDS}|{TOXIC})\b", 6), "acuut", media="topic",
            unless=r"\b(?:hond|kat|poes|cavia|konijn|hamster|vis|paard|dier\w*|huisdier\w*)\b"),
    # preparations for leaving life: the children brought elsewhere, everything laid out or arranged
    Pattern("suicide", r"(?:alles|alle papieren|mijn papieren|mijn zaken|het testament) (?:\S+ )?(?:klaargelegd|klaar gelegd|klaargezet|geregeld|op orde gemaakt)"
                       r"|(?:de kinderen|mijn kinderen|de kids) (?:\S+ ){0,4}(?:gebracht|ondergebracht|weggebracht)", "check", kind="means", needs=rf"\b(?:{DESPAIR}|geen uitweg)"),
    # a date chosen in secret: "ze schrijft in haar dagboek dat ze een datum heeft gekozen"
    Pattern("suicide", r"(?:een |de )?datum (?:\S+ ){0,2}(?:gekozen|geprikt|uitgekozen|vastgesteld|bepaald|kiezen|gepland)|(?:gekozen|geprikt|gepland) (?:\S+ )?(?:een |de )?datum", "acuut",
            needs=r"\b(?:dagboek|briefje|brief|schrift|notitie\w*|aantekening\w*|geheim|afscheid\w*|dood|zelfmoord\w*|niet meer (?:leven|zijn)|niet had mogen lezen)\b",
            unless=r"\b(?:bruiloft|feest\w*|verjaardag|verhuiz\w*|vakantie|afspraak|trouw\w*|examen\w*|operatie|toets\w*|uitje|party)\b"),
    # crashing on purpose: "ik rijd ergens tegenaan", "tegen een boom rijden"
    Pattern("suicide", r"(?:rij|rijd|rijdt|rijden|knal|knalt|knallen|crash|crasht|crashen|sturen|stuur) (?:\S+ ){0,3}(?:ergens tegenaan|tegen (?:een|de) (?:boom|muur|paal|vrachtwagen|pijler|brugpijler|betonblok)\w*(?: aan)?)"
                       r"|(?:ergens tegenaan|tegen (?:een|de) (?:boom|muur|paal|vrachtwagen|pijler|brugpijler)\w* (?:aan )?)(?:rij|rijd|rijdt|rijden|knal|knalt|knallen|crashen|te rijden)\b",
            "check", kind="means", needs=rf"\b(?:{DESPAIR}|expres|express|met opzet|bewust)"),
    # a burden to others: "het is voor iedereen makkelijker als ik er niet was"
    Pattern("suicide", r"(?:beter|makkelijker|fijner|rustiger|leuker|beter af) (?:\S+ ){0,4}(?:als|wanneer|zonder dat) (?:ik|hij|ze|zij) (?:\S+ )?(?:er )?(?:niet|nie|nooit) (?:meer )?(?:was|ben|zou zijn|is|zijn|geweest|bestond|besta)\b"
                       r"|(?:als|wanneer) (?:ik|hij|ze|zij) (?:\S+ )?er (?:niet|nie|nooit) (?:meer )?(?:was|ben|zou zijn|is|bestond)\b(?:\S+ ){0,3} (?:beter|makkelijker|fijner|rustiger)",
            "check", negates=False, kind="check_class"),
    # a calm, ominous hint after despair: "toen ik vroeg wat ze bedoelde zei ze dat ik het wel zou merken"
    Pattern("suicide", r"(?:zou|zal|zult|zullen|ga|gaat|gaan) (?:\S+ )?(?:het )?(?:wel|vanzelf|snel|gauw|straks) (?:\S+ )?(?:merken|zien|ontdekken|horen)\b"
                       r"|het (?:wel|vanzelf|snel|gauw|straks) (?:zou|zal|zult|zullen|gaat|gaan) (?:merken|zien|ontdekken|horen)\b|(?:je|jij|jullie|u) (?:merkt|merken|ziet|zien) het (?:wel|vanzelf|snel|straks)\b",
            "acuut", negates=False, media="topic", needs=rf"\b(?:{DESPAIR}|hoef (?:\S+ )?(?:niet|nie) meer)"),
    # lingering at a railway or motorway without a reason: "heel lang bij de spoorwegovergang staan, zonder fiets"
    Pattern("suicide", rf"(?:{LINGER}) (?:\S+ ){{0,3}}(?:bij|op|aan|langs) (?:de|het) (?:{STRONG_PLACE})\b|(?:bij|op|aan|langs) (?:de|het) (?:{STRONG_PLACE}) (?:\S+ ){{0,3}}(?:{LINGER})\b",
            "acuut", negates=False, unless=r"\b(?:wachten op|wacht op|trein\w* (?:te )?(?:zien|kijken|spotten)|fotograf\w*|werkzaamheden|storing|vertraging|file)\b"),
    # ... and at a bridge, roof or water when the child cannot be reached or despairs
    Pattern("suicide", rf"(?:{LINGER}) (?:\S+ ){{0,3}}(?:bij|op|aan|langs) (?:de|het|een) (?:{LETHAL_PLACE})\b|(?:bij|op|aan|langs) (?:de|het|een) (?:{LETHAL_PLACE}) (?:\S+ ){{0,3}}(?:{LINGER})\b",
            "acuut", negates=False, needs=rf"\b(?:{UNREACHABLE}|{DESPAIR})", unless=rf"\b(?:{FUN}|foto\w*|uitzicht|vissen|zwemmen|wachten op|wacht op)\b"),
    # drawing or writing oneself dead: "een tekening gemaakt van zichzelf in een kist"
    Pattern("suicide", near(r"tekening\w*|tekent|tekende|getekend|schrijft|schreef|gedicht\w*|verhaaltje",
                            rf"(?:{SELF_TRUE}) (?:\S+ ){{0,2}}(?:in een (?:kist|doodskist|graf)|dood|begraven|opgehangen)|in een (?:doodskist|kist|graf)\b", 5),
            "check", negates=False, media="none"),
    # sitting staring, not eating, barely responding: withdrawn, worth one question
    Pattern("distress", r"voor (?:zich|zichzelf|me|mij|mezelf) uit (?:te )?(?:staren|staart|staarde|kijken|kijkt)|(?:zit|zat|ligt|lag) (?:\S+ ){0,3}(?:al uren|uren|urenlang|de hele dag) (?:\S+ )?stil\b(?! te (?!staren))",
            "check", negates=False, media="none", kind="distress"),
    # a parent's own frightening thoughts about a baby or a child: "gedachten waar ik van schrik als de baby blijft huilen"
    Pattern("threat", near(r"gedachten|gedachtes|gedachte|beelden|ideeen|impulsen|neiging", r"schrik|schrok|eng|enge|bang|angstig|verschrikkelijk|vreselijk|akelig", 4), "check",
            negates=False, media="topic", person="object", kind="harm_other", cue=r"\bik\b",
            needs=rf"\b(?:baby|kind|kindje|zoon|dochter|peuter|dreumes|kleintje|{YOUNG_CHILD})\b"),
    # ... or about oneself: "ik heb soms gedachten die me bang maken, over mezelf"
    Pattern("distress", near(r"gedachten|gedachtes|gedachte|impulsen|neiging", r"schrik|schrok|eng|enge|bang|angstig|akelig", 4), "check",
            negates=False, media="topic", kind="distress", needs=r"\b(?:over|aan|tegen) (?:mezelf|mijzelf|mij|me)\b"),
    # doubting one's own survival: "ik weet niet of ik volgend jaar nog haal"
    Pattern("distress", r"(?:weet|denk) (?:\S+ )?(?:niet|nie) of ik (?:\S+ ){0,3}nog (?:haal|red|meemaak|overleef|ben|leef)\b", "check", negates=False, media="topic", kind="distress",
            unless=r"\b(?:school|examen\w*|diploma|toets\w*|rapport|overgaan|over ga|deadline|trein|bus|op tijd)\b"),
    # a parent at the end of their tether: "als hij nog een keer gilt weet ik niet wat ik doe"
    Pattern("threat", r"weet ik (?:\S+ )?(?:niet|nie) (?:meer )?wat ik (?:\S+ )?(?:doe|ga doen|zal doen|doen zal)|(?:sta|staan) ik (?:\S+ )?(?:niet|nie) (?:meer )?(?:in )?voor (?:mezelf|mijzelf)|(?:sta|staat) (?:\S+ )?op ontploffen",
            "check", negates=False, media="topic", person="object", kind="harm_other", needs=r"\b(?:als (?:hij|ze|zij|het|de baby|mijn \w+)|hij|ze|zij|baby|kind|zoon|dochter|huilt|gilt|krijst|schreeuwt)\b"),
    # a threat to show up: a photo of one's home sent, a visit announced against a contact ban
    Pattern("threat", r"(?:foto|foto's|filmpje|video) van (?:mijn|ons|onze|haar|zijn) (?:voordeur|deur|huis|raam|ramen|auto|school|werk|straat|tuin)\b"
                      r"|(?:contactverbod|straatverbod|huisverbod|gebiedsverbod|locatieverbod)\b", "zorg", person="object",
            needs=r"\b(?:ex|stiefvader|contactverbod|straatverbod|huisverbod|gebiedsverbod|tot vanavond|tot straks|tot zo|ik kom|ik weet waar|stalk\w*|bedreig\w*|dreig\w*)\b"),
    # harm planned for tonight with a weapon in the message: "heeft een vuurwerkbom gekocht en neemt hem er vanavond mee te grazen"
    Pattern("violence_now", rf"(?:{KILL})\b", "acuut", person="object", kind="threat_kill", figurative=True,
            cue=r"\b(?:vanavond|vannacht|vandaag|straks|zo meteen|zometeen|morgen)\b", needs=rf"\b(?:{WEAPON})\b"),
    # waylaid tonight: "hij wordt vanavond opgewacht door een groep"
    Pattern("threat", r"opgewacht|opwachten|op te wachten|wachten (?:\S+ ){0,3}op (?:hem|haar|mij|me|ons)\b(?= .*\b(?:mes|wapen|groep|jongens|pakken|grazen)\b)", "zorg", person="object",
            unless=r"\b(?:station|school uit|vliegveld|verrassing|feest)\b"),
    # poison gas opened at home: "ze heeft de gaskraan open gedraaid"
    Pattern("medical", r"gaskraan\w* (?:\S+ ){0,2}(?:open|opengedraaid|open gedraaid|opengezet|open gezet)|gas (?:\S+ ){0,2}(?:opengedraaid|open gedraaid|opengezet|laten stromen|aan laten)|(?:open|opengedraaid) (?:\S+ )?gaskraan\w*",
            "acuut", negates=False, media="topic", person="object"),
    # a child with a stranger met online, or out in the cold at night after a row, and unreachable
    Pattern("unsafe_home", r"(?:weet|weten|wist) (?:\S+ ){0,2}(?:niet|nie) (?:\S+ )?waar (?:ze|hij|zij|ik|we) (?:\S+ )?(?:is|ben|zijn|zit|zitten|naartoe)\b",
            "acuut", negates=False, media="none", kind="missing",
            needs=rf"\b(?:{UNREACHABLE}|verbinding|viel weg|valt weg|online|vreemde man|onbekende man|bij een man|in de auto|busje|huilend|in paniek)\b"),
    Pattern("unsafe_home", r"(?:de deur uit|naar buiten|weg) (?:\S+ )?(?:gegaan|gelopen|gerend|gestormd|gefietst)|(?:weggelopen|weggerend|weggegaan|weggefietst|vertrokken)\b",
            "acuut", negates=False, media="none", kind="missing",
            cue=r"\b(?:zoon\w*|dochter\w*|kind|jongste|oudste|puber|tiener|ik)\b",
            needs=rf"^(?=.*\b(?:{UNREACHABLE}|(?:niet|nie) op\b))(?=.*\b(?:vriest|ijskoud|koud|nachts|nacht|vannacht|zonder jas|(?:1[0-2]|[1-9]|een|twee|drie) uur)\b)"),
    # locked up and deprived for days: "ik word opgesloten en krijg al twee dagen geen eten"
    Pattern("unsafe_home", near(r"opgesloten|sluit (?:\S+ )?(?:me|mij|ons|haar|hem) op|opsluit", r"al (?:\S+ )?(?:dagen|dag|nachten|nacht)|geen eten|geen drinken|zonder eten|zonder drinken|niks te eten|niets te eten", 8),
            "acuut", negates=False, media="topic", person="object"),
    # forced marriage and other harmful practices
    Pattern("threat", r"uithuwelijk\w*|uit te huwelijken|gedwongen (?:\S+ )?(?:huwelijk|trouwen|te trouwen)|(?:moet|moeten|wil\w*) (?:\S+ ){0,3}trouwen met (?:een )?(?:neef|man|oom|vreemde)|besnijd\w*|besneden|meisjesbesnijdenis|eerwraak|achterlating|achtergelaten in (?:het )?(?:buitenland|land van herkomst)",
            "zorg", media="topic", person="object", unless=r"\b(?:jongen\w* (?:laten )?besnijden|besnijdenis van (?:mijn|onze) zoon|mannelijke besnijdenis)\b"),
    # partner control and rough handling: "haar vriendje pakt haar soms hard vast en controleert haar telefoon"
    Pattern("violence", r"(?:hard|ruw|hardhandig) (?:\S+ )?(?:vastpakt|vastpakken|vastgepakt|vastpakte|vastgrijpt|beetpakt|beetgepakt|beetpakte|duwt|geduwd|knijpt)|(?:pakt|grijpt|pakte|greep) (?:\S+ ){0,2}(?:hard|ruw) (?:\S+ )?(?:vast|beet)"
                        r"|(?:controleert|checkt|doorzoekt|bekijkt) (?:\S+ ){0,2}(?:haar|mijn|zijn) (?:telefoon|berichten|appjes|locatie)|(?:mag|mocht) (?:\S+ ){0,2}(?:niet|nie) (?:\S+ )?(?:met|naar) (?:haar|mijn|zijn) (?:vriendinnen|vrienden)",
            "zorg", media="topic", person="object", cue=r"\b(?:vriend|vriendje|vriendin|partner|man|ex|verkering|hij)\b", unless=r"\b(?:ik controleer|wij controleren|we controleren|ouderlijk toezicht|schermtijd)\b"),
    # blows at home as a punishment: "ik krijg thuis vaak klappen als ik te laat ben"
    Pattern("violence", r"(?:krijg|krijgt|krijgen|kreeg|kregen|gehad) (?:\S+ ){0,3}(?:klappen|klap|slaag|een pak slaag|pak rammel|tikken|een tik|mep|meppen|oorvijg|oorvijgen)\b", "zorg", person="object",
            unless=r"\b(?:voetbal\w*|hockey|training|wedstrijd|judo|boksen|kickboks\w*|stoeien|applaus|schouder\w*|trots|high five)\b"),
    # sexual euphemism: "haar broer doet 's nachts dingen met haar", "een neef heeft dingen met me gedaan"
    Pattern("sexual", r"dingen (?:\S+ ){0,2}met (?:me|mij|haar|hem|ons) (?:\S+ ){0,2}(?:doet|deed|gedaan|doen|deden|heeft gedaan)\b|(?:doet|deed|deden|gedaan) (?:\S+ ){0,2}dingen (?:\S+ )?met (?:me|mij|haar|hem|ons)\b",
            "zorg", media="topic", person="object", unless=r"\b(?:leuke|gezellige|samen|veel|allerlei|andere|dezelfde|nieuwe|sportieve|dingen met de klas)\b"),
    # an adult watching a child bathe or undress: "laat mij en mijn nichtje samen in bad gaan en kijkt dan"
    Pattern("sexual", near(r"in bad|in de douche|douchen|uitkleden|omkleden|naakt|bloot", r"kijkt|kijken|keek|gluurt|gluurde|filmt|filmde|staart", 6), "zorg",
            media="topic", person="object", cue=rf"\b(?:{ADULT})\b"),
    # sexualised play or drawings of a young child
    Pattern("sexual", r"(?:tekent|tekende|tekening\w*|getekend|speelt|naspeelt) (?:\S+ ){0,4}(?:zonder kleren|bloot|blote|naakt|piemel\w*|geslachtsde\w*|seks\w*)|dingen met (?:haar|zijn) (?:poppen|knuffels|barbie\w*)\b(?= .*\b(?:niet van|ken|raar|vreemd|seks\w*)\b)",
            "zorg", media="none", person="object"),

    # ---------------- families generalised from the youth, parent, bystander and implicit corpora ---
    # a blow to the head or a fall, then vomiting, double vision, confusion or drowsiness
    Pattern("medical", HEAD_BLOW + "|" + rf"(?:{FALL})\b", "acuut", negates=False, media="topic",
            needs=rf"^(?=.*\b(?:{HEAD_BLOW}|helm|trampoline|commode|trap|fiets\w*|step|paard|stoep\w*|ijsbaan|doelpaal|skate\w*|glijbaan))(?=.*\b(?:{BRAIN_SIGN}))",
            unless=r"\b(?:ongevaarlijk|niks aan de hand|gaat (?:\S+ )?(?:weer )?goed|lachen)\b"),
    # a baby of weeks or months with fever, limp or not drinking
    Pattern("medical", BABY_SIGN, "acuut", negates=False, media="topic",
            needs=rf"^(?=.*\b(?:{YOUNG_BABY}))(?=.*\b(?:{FEVER}|{BABY_SIGN}).*\b(?:{FEVER}|{BABY_SIGN}))"),
    # a rash that does not fade or a stiff neck, with fever
    Pattern("medical", MENINGITIS, "acuut", negates=False, media="topic", needs=rf"\b(?:{FEVER}|ziek|slap|suf)"),
    # the airway: choking, an asthma attack the inhaler does not stop, blue lips
    Pattern("medical", AIRWAY_SIGN, "acuut", negates=False, media="topic", needs=rf"\b(?:{AIRWAY_CAUSE})",
            unless=r"\b(?:hooikoorts|verkouden|verkoudheid|zwem\w*|kou|koud|ijsje|snoep|stift|verf|bosbes\w*|zenuw\w*|spreekbeurt|presentatie|stotter\w*|nog steeds niet|gaat (?:weer )?goed)\b"),
    # a fit that does not stop or comes back without waking up
    Pattern("medical", SEIZURE, "acuut", negates=False, media="topic", needs=rf"\b(?:{SEIZURE_ON})",
            unless=r"\b(?:woede\w*|paniek\w*|driftbui\w*|lach\w*|hoest\w*|niez\w*|jaloezie\w*|astma\w*)\b"),
    # something taken (drugs, drink, pills, a poison), then a severe sign
    Pattern("medical", near(rf"(?:{SUBSTANCE})", rf"(?:{TAKE_ANY})", 4), "acuut", negates=False, media="none",
            needs=rf"\b(?:{SEVERE_SIGN})", unless=r"\b(?:bijwerking\w*|voorgeschreven|huisarts zegt|tegen (?:de |mijn |zijn |haar )?(?:hoofdpijn|koorts|griep))\b"),
    # heavy bleeding: spurting, through the towel, in pregnancy, vomiting blood
    Pattern("medical", HEAVY_BLEED, "acuut", negates=False, media="topic",
            unless=r"\b(?:ongesteld\w*|menstruatie|maandverband|neus|bloedneus|tandvlees|tand|tanden|kies|wiebeltand|bloed ?prik\w*|film|serie)\b"),
    # a scald or burn with (large) blisters
    Pattern("medical", BURN, "acuut", negates=False, media="topic", needs=rf"\b(?:{BURN_CAUSE})",
            unless=r"\b(?:zon|zonnebrand|verbrand door de zon|schoenen|wandel\w*|lopen|roeien|gitaar|handschoenen|hiel)\b"),
    # poisoned by a household product, a battery, magnets: the ingestion said in any order
    Pattern("medical", near(r"(?:magneet\w*|knoopbatterij\w*|knoopcel\w*|batterij\w*|muntje|kraal|knikker|dopje|stuk (?:druif|appel|worst|wortel|snoep))", r"ingeslikt|doorgeslikt|geslikt|ingeademd|in (?:zijn|haar) (?:keel|mond|neus)|spelen|speelde", 6),
            "acuut", negates=False, media="none", needs=rf"\b(?:ingeslikt|doorgeslikt|geslikt|ingeademd|keel|{AIRWAY_SIGN}|buikpijn|kwijlt|huilt|spuugt)"),
    # a chest pain that spreads, a heart that skips after starving or an electric shock
    Pattern("medical", r"pijn op (?:de|mijn|zijn|haar) borst|hart (?:\S+ ){0,3}(?:onregelmatig|overslaat|slaat over)|hartslag (?:\S+ ){0,2}(?:heel |erg |super )?(?:hoog|snel)", "acuut", negates=False, media="topic",
            needs=r"\b(?:straalt|uitstraalt|eetstoornis|boulimie|anorexia|(?:eet|eten|drinkt|drinken) (?:\S+ ){0,4}(?:niks|niets|nauwelijks)|duizelig|flauw\w*|(?:niet|nie) (?:meer )?(?:blijven )?staan|schok|stroom|stopcontact|ingenomen|genomen|geslikt|benauwd|zweet|zweten)\b"),
    # diabetes with confusion or sweating: a dangerously low or high sugar
    Pattern("medical", r"diabet\w*|suikerziekte|type 1", "acuut", negates=False, media="topic",
            needs=r"\b(?:verward|zwet\w*|onsamenhangend|ruikt (?:\S+ )?(?:heel )?raar|niet wakker|reageert (?:\S+ )?(?:niet|nie|traag)|flauw\w*|suf)\b"),
    # not waking, a slow or pausing breath, falling asleep again and again after something taken
    Pattern("medical", r"krijg (?:\S+ ){0,2}(?:niet|nie) wakker|valt (?:\S+ )?(?:steeds )?(?:weer )?in slaap|reageert (?:\S+ ){0,2}(?:heel |erg )?(?:traag|alleen met)|ademt (?:\S+ )?(?:heel |erg )?(?:langzaam|met (?:lange )?pauzes)|(?:zegt|praat) (?:niks|niets|nauwelijks) meer",
            "acuut", negates=False, media="topic",
            needs=rf"\b(?:{SUBSTANCE}|feest\w*|op heeft|genomen|gedronken|strip\w*|doosje|prullenbak|gevallen|stil|badkamer|op slot|in bad|ogen (?:\S+ )?weg)\b",
            unless=r"\b(?:wekker|ochtend\w*|uitslapen|puber\w*|huiswerk|gamen|verlegen|nieuwe school|tegen (?:me|mij|ons))\b"),
    # a baby or small child limp, grey or blue, or not responding
    Pattern("medical", r"(?:reageert|beweegt) (?:\S+ ){0,3}(?:niet|nie|nauwelijks)|(?:heel |helemaal )?slap\b|grauw|blauw (?:rond|aangelopen)|lipjes (?:\S+ ){0,2}blauw",
            "acuut", negates=False, media="topic", needs=rf"^(?=.*\b(?:{YOUNG_BABY}|peuter|kindje|zoontje|dochtertje))(?=.*\b(?:slap|grauw|blauw|reageert (?:\S+ ){{0,3}}(?:niet|nie)))(?=.*\b(?:slap|grauw|blauw|suf|koorts|aanraak|aanraken)\b.*\b(?:slap|grauw|blauw|suf|koorts|aanraak|aanraken|reageert)\b)"),
    # young children alone now: a parent in hospital, in the pub, abroad, or at night
    Pattern("unsafe_home", ALONE, "acuut", negates=False, media="none", kind="unsafe",
            needs=rf"^(?=.*\b(?:{YOUNG_AGE}))(?=.*\b(?:{NOBODY_THERE})\b)",
            unless=r"\b(?:(?:kan|mag|mogen|kunnen) (?:ik|we|wij|hij|ze) (?:\S+ ){0,4}alleen|hoe lang (?:mag|kan)|vanaf welke leeftijd|welke leeftijd|bang (?:\S+ )?om alleen|oppas (?:\S+ )?(?:komt|is er)|oma (?:\S+ )?(?:past|is er))\b"),
    # a child missing now: "nergens te vinden", "zoeken al een uur", "niet thuisgekomen en het is donker"
    Pattern("unsafe_home", MISSING_NOW, "acuut", negates=False, media="none", kind="missing",
            needs=rf"\b(?:{MISSING_RISK})", unless=r"\b(?:gevonden|terecht|weer thuis|is er weer|kat|hond|poes|konijn|sleutels|sleutel|portemonnee|pakket\w*|post|bus|trein|vertraging|file)\b"),
    # an adult met online comes to fetch the child tonight, in secret
    Pattern("unsafe_home", MEET, "acuut", negates=False, media="none", kind="missing", person="object",
            needs=rf"^(?=.*\b(?:{ONLINE_CONTACT}))(?=.*\b(?:vanavond|vannacht|straks|zo|nu|vandaag|na de training|om (?:\d+|half|acht|negen|tien|elf|twaalf)|\d+ ?u\b|\d+ uur|\d+[.:]\d+|20|21|22|23)\b)(?=.*\b(?:{GROOM_RISK}))"),
    # a drunk or drugged adult about to drive a child or take it along
    Pattern("unsafe_home", INTOXICATED, "acuut", negates=False, media="none", kind="unsafe", person="object",
            needs=rf"^(?=.*\b(?:{DRIVE_CHILD}))(?=.*\b(?:kind\w*|dochter\w*|zoon\w*|kleuter|peuter|baby|kleinkind|meisje|jongetje|hem|haar)\b)",
            unless=r"\b(?:ik reed|ik rij|ik rijd|bob|taxi|(?:niet|nooit) (?:\S+ )?(?:in de auto|rijden))\b"),
    # thrown out at night: "ik mag niet meer naar huis", "nooit meer thuis komen" and it is late or cold
    Pattern("unsafe_home", r"(?:mag|mocht|mogen) (?:\S+ ){0,3}(?:niet|nie|nooit) (?:meer )?(?:naar huis|thuis ?komen|binnen|naar binnen|terug)|(?:niet|nie|nooit) (?:meer )?(?:naar huis|thuis|binnen|naar binnen) (?:mag|mocht|mogen)\b|(?:eruit|buiten) (?:\S+ )?gegooid|(?:eruit|buiten) gezet",
            "acuut", negates=False, media="none", kind="unsafe",
            needs=r"\b(?:koud|kou|vriezen|vriest|nacht|nachts|vannacht|avond|avonds|vanavond|donker|bankje|slapen|fietsenhok|\d+ uur)\b", unless=r"\b(?:telefoon|tablet|computer|game\w*|snoep|hond)\b"),
    # wishing oneself dead in other words: regret of existing, no future, not getting older
    Pattern("suicide", r"spijt (?:\S+ ){0,2}(?:dat|van) ik (?:\S+ )?(?:besta|leef|geboren ben|er ben)|waarom (?:ben|besta|leef) ik (?:hier )?(?:nog|eigenlijk)\b(?! (?:\S+ )?(?:op school|thuis|wakker))"
                       r"|(?:zie|zag) (?:mezelf|mijzelf|me) (?:\S+ )?(?:niet|nie|nooit) (?:\S+ )?(?:ouder|oud|volwassen) worden|geen toekomst (?:\S+ ){0,3}(?:omdat|want) (?:ik|ze|hij) (?:er )?(?:dan )?(?:niet|nie) meer"
                       r"|geen (?:zin|kracht) (?:meer )?(?:om )?(?:\S+ ){0,3}(?:wakker te worden|mee te maken|door te gaan|verder te gaan)|(?:niet|nie) meer meemaken",
            "check", negates=False, kind="check_class", unless=r"\b(?:school|examen\w*|toets\w*|vakantie|wachtlijst|kerst)\b(?!.*\b(?:dood|leven|ouder worden)\b)"),
    # not being there any more at a set moment: "morgen ben ik er niet meer", "na vanavond ben ik er niet meer"
    Pattern("suicide", r"(?:ben|is) (?:ik|ze|zij|hij) er (?:\S+ )?(?:niet|nie) (?:lang )?meer\b(?! (?:bij|uit|over|aan|zo|tegen|op|in|mee|te|voor|van|met|goed|blij|klaar)\b)|(?:ik|ze|zij|hij) (?:\S+ ){0,2}er (?:dan )?(?:\S+ )?(?:niet|nie) (?:meer|lang meer) (?:ben|is)\b|(?:ben|is) (?:ik|ze|zij|hij) (?:\S+ ){0,2}(?:niet|nie) meer in leven",
            "acuut", negates=False, media="topic", needs=rf"\b(?:{WHEN})\b",
            unless=r"\b(?:vakantie|op reis|kamp|ziek|werk|logeer\w*|afwezig|vrij\b|dienst|kantoor|weekend weg|verhuis\w*|oppas\w*|mama is er|papa is er|overleden|thuis|op school|naar school)\b"),
    # telling somebody before the act: "ik wil dat iemand het weet voordat ik het doe"
    Pattern("suicide", r"voordat (?:ik|het) (?:\S+ ){0,2}(?:doe|ga|zover is)$|(?:weet|wist) (?:\S+ ){0,2}hoe en wanneer|(?:vannacht|vanavond|vandaag|morgen|zaterdag|vrijdag|zondag) (?:\S+ ){0,2}(?:doe|ga) (?:ik|hij|ze) het(?: doen)?$|(?:dat|ik|hij|ze) (?:\S+ )?(?:vannacht|vanavond|zaterdag|vrijdag|zondag|morgen) het (?:gaat|ga|zal) doen\b",
            "check", negates=False, kind="check_class",
            needs=rf"\b(?:{DESPAIR}|nagedacht|geregeld|besloten|plan|wachten|dagboek|en hoe|brief|last|weet|wist|iemand)"),
    # the wish that it stops for good
    Pattern("suicide", r"(?:wil|wou|hoop) (?:\S+ ){0,3}dat (?:het|alles) (?:\S+ ){0,2}(?:ophoudt|stopt|klaar is|over is|stil is)", "check", negates=False, kind="check_class",
            needs=r"\b(?:voor altijd|voorgoed|nooit meer|brug|spoor|pillen|slaapmiddel|moe van alles|kapot|dood)\b", unless=r"\b(?:pesten|ruzie|ruziemaken|regen|lawaai|herrie)\b"),
    # joining a dead person: "ik wil bij mama zijn en mama is dood", "naar oma in de hemel"
    Pattern("suicide", r"(?:wil|wou|wilde) (?:\S+ ){0,3}bij (?:mama|papa|opa|oma|hem|haar|mijn \w+) (?:\S+ )?zijn|(?:naar|bij) (?:\S+ ){0,2}in de hemel|net als (?:opa|oma|mama|papa|\w+) in de hemel|(?:snel|gauw) weer (?:\S+ )?(?:ziet|zie|zien)",
            "acuut", negates=False, needs=r"\b(?:dood|overleden|hemel|begraven|gestorven)\b", unless=r"\b(?:logeren|vakantie|weekend|ziekenhuis)\b"),
    # a testament or a list of who gets what, written by a young person
    Pattern("suicide", r"testament|laatste wens|wat er met (?:mijn|zijn|haar) (?:spullen|dingen) (?:moet|gebeurt)|wie (?:\S+ ){0,2}(?:mijn|zijn|haar) \w+ (?:\S+ )?(?:krijgt|mag hebben|mag houden|erft)"
                       r"|(?:mag|krijgt) (?:\S+ ){0,3}(?:mijn|zijn|haar) \w+ (?:\S+ )?(?:hebben|houden)? ?omdat (?:ik|hij|ze) (?:\S+ )?(?:weg ga|weggaat|er (?:niet|nie))",
            "check", negates=False, kind="check_class", unless=r"\b(?:opa|oma|notaris|erfenis|overleden|verhuiz\w*|verkoop\w*)\b"),
    # giving away what one loves, with a farewell or a leaving that is not a move
    Pattern("suicide", near(r"(?:gitaar|playstation|ps5|sneakers|knuffel\w*|konijn\w*|hond|kat|hamster|spaargeld|wachtwoorden|spullen|alles|clubshirt|voetbalschoenen)", r"gegeven|weggegeven|weg aan het geven|weggeven|gebracht|overmaken|teruggebracht|aan het weggeven", 5),
            "check", negates=False, kind="check_class", needs=rf"\b(?:vergeten|weg is|als (?:ik|hij|ze) weg|(?:niet|nie) meer nodig|op reis|beter verdient|{FAREWELL}|gedag|voor als er iets is|niet verhuizen|was het maar zo|somber|lachte)",
            unless=r"\b(?:verjaardag|sinterklaas|kerst|te klein|uitgegroeid|kringloop|goede doel|marktplaats)\b"),
    # a place to die, at it or on the way, with a farewell or despair in the message
    Pattern("suicide", rf"(?:sta|zit|ben|staat|zit|is) (?:\S+ ){{0,3}}op (?:de|het|een) (?:brug|balkon|dak|flat|viaduct|spoorbrug|vensterbank)\b|op (?:de|het|een) (?:brug|balkon|dak|viaduct|spoorbrug|vensterbank) (?:\S+ )?(?:staat|sta|zit|zitten|staan)\b|naar de (?:brug|spoorbrug|spoor)\b|(?:vensterbank|dak) (?:\S+ ){{0,4}}(?:benen naar buiten|\d+ hoog|hoog)",
            "acuut", negates=False,
            needs=rf"\b(?:sorry|hou van|water|(?:zei|zegt) (?:\S+ )?(?:aan de telefoon )?dat|beter (?:\S+ )?(?:af|vader|moeder)|moe van alles|ophoudt|stopt|(?:niet|nie) (?:\S+ )?naar binnen|weg moet|(?:niet|nie) (?:mag )?bellen|ophing|hing (?:\S+ )?op|verdieping|\d+ hoog|naar huis maar|laatste|{DESPAIR})",
            unless=rf"\b(?:{FUN}|foto\w*|uitzicht|vissen|zwemmen|wachten op|wacht op|vuurwerk|barbecue|bbq|roken|rookt|zon)\b"),
    # walking into the water: "naar de zee lopen en blijven doorlopen", "het water in lopen"
    Pattern("suicide", r"blijven doorlopen|(?:de|het) (?:zee|water|rivier|meer|kanaal) in (?:\S+ )?(?:lopen|loop|te lopen)", "acuut", negates=False, unless=r"\b(?:zwem\w*|pootje\w*|badpak|zomer)\b"),
    # a question about heights or depths that is about oneself
    Pattern("suicide", LETHAL_QUESTION, "acuut", negates=False, media="topic", needs=rf"\b(?:{LETHAL_QUESTION_SELF})",
            unless=r"\b(?:werkstuk|spreekbeurt|aardrijkskunde|vakantie|dier\w*|vogel\w*|kat|hond)\b"),
    # looking up ways to die, painlessly or quickly
    Pattern("suicide", r"pijnlo\w+ (?:dood\w*|sterven|zelfmoord\w*|er ?uit|weg)|(?:snelste|pijnloze|makkelijkste|beste|zekerste) (?:manier|methode) (?:\S+ ){0,2}(?:om )?(?:er (?:\S+ )?(?:niet|nie) meer (?:te )?zijn|er ?(?:zonder \S+ )?tussenuit|weg te zijn|dood)"
                       r"|(?:gezocht|zoekt|zocht|googl\w*|opgezocht|gegoogeld) (?:\S+ ){0,4}(?:manieren|methode\w*|hoe je) (?:\S+ ){0,3}(?:zelfmoord|dood|sterven|een eind|het doet zonder)",
            "acuut", negates=False, media="none"),
    # a means ready and the moment chosen: "ik wacht tot iedereen slaapt", "al geteld, het zijn er genoeg"
    Pattern("suicide", rf"(?:{MEDS}|{ROPE}|{BLADE}|riem|aansteker|doosjes|doos|blaadje|puntenslijper\w*)\b", "acuut", kind="means",
            needs=r"\b(?:wacht (?:\S+ ){0,2}tot (?:iedereen|mama|papa|ze|hij|mijn ouders|mn ouders|de anderen) (?:\S+ )?(?:slaapt|slapen|weg)|(?:al )?(?:geteld|getelt)|weet (?:\S+ )?dat (?:dat|het) genoeg is|(?:zijn|is) (?:er )?genoeg\b|glas water|kan hangen|aan kan hangen|ik doe het nu|het gevoel weer|(?:de kinderen|iedereen) (?:\S+ )?(?:slapen|slaapt)|(?:niet|nie) of ik ze (?:\S+ )?moet nemen|niemand weet het)\b",
            unless=rf"\b(?:{CUT_OBJECT}|voorgeschreven|vakantie|apotheek|koken)\b"),
    # exhaust gas in a closed garage
    Pattern("suicide", near(r"(?:dichte|afgesloten|gesloten) garage|garage (?:\S+ )?dicht", r"motor (?:\S+ )?(?:loopt|draait|aan)", 8), "acuut", negates=False),
    # a violence threat to stab or "get" somebody today, or with a weapon
    Pattern("violence_now", r"(?:gaat|ga|gaan|zal|zullen|komt|komen|wil|willen) (?:\S+ ){0,3}(?:steken|neersteken|neerschieten|pakken|afmaken|af te maken)\b|(?:iemand|hem|haar|me|mij|jou) (?:\S+ ){0,2}(?:gaan|gaat) (?:steken|pakken)",
            "acuut", person="object", kind="threat_kill", needs=rf"\b(?:{WEAPON}|boksbeugel|vandaag|vanavond|vannacht|straks|na school|zometeen)\b",
            unless=r"\b(?:in brand|de draak|wesp|bij|mug|kwal|bal|pakket|koffer|tas|spullen|trein|bus|taxi|ik ga (?:hem|haar) pakken)\b"),
    # knives or weapons at the door, looking for the writer
    Pattern("violence_now", rf"(?:bij|voor) (?:mijn|mn|ons|onze|de) (?:\S+ )?(?:deur|voordeur|huis|school|uitgang) (?:\S+ ){{0,4}}(?:met (?:een |hun |zijn )?(?:{WEAPON}))|(?:met (?:een |hun )?(?:{WEAPON})) (?:\S+ ){{0,4}}(?:bij|voor) (?:mijn|mn|ons|de) (?:\S+ )?(?:deur|voordeur|huis)",
            "acuut", person="object", kind="now_scene"),
    # a stabbing just now: "iemand heeft mn vriend net gestoken"
    Pattern("violence", r"(?:heeft|hebben|is|zijn|werd|wordt) (?:\S+ ){0,3}gestoken\b", "zorg", person="object", kind="violence",
            unless=r"\b(?:wesp\w*|bij|bijen|mug\w*|kwal\w*|brandnetel\w*|teek|tatoe\w*|piercing\w*|oor\w*|gaatjes|in brand|stekker|sleutel|zak|tas|hand op|vinger op|bal|doel)\b"),
    # the own head commanding death: "mijn hoofd zegt de hele tijd dat ik dood moet"
    Pattern("suicide", r"(?:mijn|mn) hoofd (?:\S+ ){0,4}(?:zegt|zeggen|roept|schreeuwt) (?:\S+ ){0,4}(?:dood|verdwijnen|sterven|springen|er niet meer|mezelf)\b", "acuut", negates=False, media="topic"),
]


def _compile(p: Pattern):
    return re.compile(rf"\b(?:{p.regex})(?!\w)")


_PATTERN_RES = [(p, _compile(p)) for p in P]
_CUE_RES = {id(p): tuple(re.compile(x) if x else None for x in (p.cue, p.needs, p.unless)) for p in P}

# =================================================================================================
# 4. Context
# =================================================================================================
NEGATORS = re.compile(r"\b(?:geen|niet|nooit|niks|nergens|niemand|nee|geenszins|nimmer|niets)\b")
# negators that belong to something else than the hit
NEGATION_BREAKERS = re.compile(r"\b(?:(?:niemand|nooit iemand|aan niemand|geen mens|nooit aan iemand|nog niemand|niet aan iemand) (?:\S+ ){0,2}(?:weet|wist|weten|verteld|vertellen|gezegd|zeggen|gemerkt|merkt|ziet|zag|heeft door|doorheeft|snapt)(?: \S+){0,2} (?:dat|hoe|wat)|(?:nog )?(?:niet|nooit) (?:\S+ ){0,3}(?:verteld|durven vertellen|durven zeggen|durf te vertellen)(?: \S+){0,2} dat"
                               r"|weet (?:ik )?(?:niet|nooit) (?:zeker )?of|niet zeker|niet of|of niet|weet niet|niet meer|niet uit te sluiten|niet uitsluiten|niet gerust|niet helemaal|niet alleen|niet wat|niet hoe|niet waarom|niet wie|niet waar|niet wanneer|niet goed|niet normaal|niet lekker|niet veilig"
                               r"|(?:wist|weet|wisten|merkte|merkten|zag|zagen|besefte|doorhad|dacht|had|hadden|snap|snapte|begrijp) (?:\S+ ){0,2}(?:niet|nooit) (?:dat|hoe|waarom)|geen idee|geen zin|geen (?:andere )?(?:uitweg|oplossing|keus|keuze|optie|mogelijkheid)|(?:niks|niets) anders (?:dan|meer)|geen eten|niet meer (?:wakker|leven|zijn))\b")
# a negator inside a hit is tested by swapping it for its positive: if the pattern still
# matches, the negator was optional and cancels the hit ("wil niet dood", "doet zichzelf niks
# aan"); if not, the negation is part of the signal ("krijgen nooit eten", "niet meer leven")
NEG_SWAP = {"niet": "", "nie": "", "geen": "een", "niks": "iets", "niets": "iets", "nooit": "altijd",
            "niemand": "iemand", "nergens": "ergens", "nee": "", "geenszins": "", "nimmer": "altijd"}
# "hij slaat niemand" negates the hit; "slaat haar, niemand weet het" does not
POST_NEGATION = re.compile(r"^(?:(?:is|was|wordt|werd|zijn|waren|er|echt|helemaal|absoluut|hoor|me|mij|haar|hem|ons|hen|jou|zichzelf|mezelf|zich|elkaar|(?:mijn|zijn|haar|onze|de|het) \S+) )*(?:niet|nooit|geen|niks|niets)\b(?! (?:meer|alleen|zo|eens|goed|lang|op|met|uit|naar|van|in))|^niemand\b(?! (?:\S+ )?(?:weet|wist|ziet|zag|merkt|gelooft|geloofde|helpt|hielp|doet|deed|hoort|mag|mocht))")

TOPIC_MEDIA = (r"uitleggen|uit te leggen|uitleg|informatie over|les(?:sen)?(?: \S+){0,4} over|gastles|project over|thema|artikel|film|films|serie|series|netflix|boek|boeken|boekverslag|verhaal|stripboek\w*|stripverha\w*|liedje|nummer van|spreekbeurt|werkstuk|presentatie|op school over|in de klas over|les op school|voorlichting|"
               r"het nieuws|nieuws|documentaire|docu|podcast|toneel|toneelstuk|musical|rollenspel|songtekst\w*|teksten over|muziek over|rap over|drill\w*|horror\w*|gelezen over|lezen over|stripfiguren|"
               # compounds ("schoolmusical", "horrorfilm") and questions asked to learn, not to tell
               r"\w*(?:film|films|serie|series|musical|toneel|toneelstuk|voorstelling|roman)|personage\w*|(?:speelt|speel|spelen) (?:\S+ ){0,4}(?:een|de) (?:rol|jongen|meisje|man|vrouw|moeder|vader) die|signalen|signaal|herken\w*|casus|scriptie|essay|onderzoek (?:naar|over)|"
               r"ehbo\w*|cursus|geleerd (?:wat|hoe)|om te weten|gewoon weten|als leerkracht|ik ben leerkracht|(?:stel dat|als|wat als|wanneer) (?:\S+ ){0,4}ooit (?:\S+ ){0,2}(?:zegt|zou zeggen|vertelt|zou vertellen|merk|merkt|ontdek\w*|zou|vermoed\w*|zie|ziet|hoor|hoort|denk|denkt|signaleer\w*)|vraagt (?:\S+ ){0,2}wat (?:\S+ ){0,2}(?:is|betekent)|wat betekent|uitleggen wat")
GAME_MEDIA = (r"spel|spelletje|game|games|gamen|gamet|gamede|\w*game|schietspel\w*|fortnite|gta|call of duty|minecraft|roblox|among us|playstation|ps5|xbox|filmpje|filmpjes|youtube|youtuber|tiktok|"
              r"verkleed|speelt (?:dat|alsof)|doen alsof|deed alsof|zombies?|zombie\w*|monster\w*|personage\w*|ridders?|superheld\w*|sinterklaas|halloween|kat en muis|judo|karate|kickboks\w*|boksen|boksles|taekwondo|vechtsport\w*|paintball|lasergame\w*|waterpistool\w*|nerfgun|nerf|level|sniper")
MEDIA_ALL = re.compile(rf"\b(?:{TOPIC_MEDIA}|{GAME_MEDIA})\b")
MEDIA_TOPIC = re.compile(rf"\b(?:{TOPIC_MEDIA})\b")
JOKE = re.compile(r"\b(?:haha\w*|hihi\w*|hehe\w*|lol|lool|xd|grapje|grappig|geintje)\b|😂|🤣|😅|:p|;\)|:d\b")
PAST_TIME = re.compile(r"\b(?:vroeger|vorig jaar|vorige (?:jaar|week|maand|zomer|keer|school|relatie|winter)|vorig (?:schooljaar|weekend)|jaren geleden|jaar geleden|een tijd geleden|lang geleden|maanden geleden|weken geleden|in het verleden|ooit|destijds|jarenlang"
                  r"|toen (?:hij|ze|zij|ik|we|wij) (?:\d+|klein|jonger|nog|op|in|bij|\w+ was)|toen ik|toen we nog|in groep \d|op de basisschool|als kind|vorige relatie|mijn vorige|zijn vorige|haar vorige|eerder|in (?:\d{4}|de brugklas)"
                  r"|(?:een|twee|drie|vier|vijf|paar|\d+) (?:jaar|jaren|maanden|weken) (?:terug|geleden)|(?:jaren|maanden|lang|een tijd) terug|was (?:vroeger|toen)|ex-\w+)\b")
# ... or told as over in the perfect tense: "heeft een psychose gehad"
PAST = re.compile(rf"{PAST_TIME.pattern}|\bheeft\b.*\bgehad\b")
# the harm itself is over (self-harm, suicide attempts) ...
# "de laatste keer was twee weken geleden": a habit whose last occurrence lies back
LAST_TIME_AGO = re.compile(r"\b(?:de |het )?laatste (?:keer|incident) (?:\S+ ){0,2}(?:was|is) (?:\S+ ){0,3}(?:dagen|weken|maanden|jaar|jaren) (?:geleden|terug)\b")
ENDED_HARM = re.compile(r"\b(?:littekens?|is (?:nu )?(?:gestopt|voorbij|over)|gaat (?:nu )?(?:\S+ )?(?:goed|beter)|niet meer (?:gedaan|gebeurd)|doet (?:ze|hij|ik) (?:het )?niet meer|sindsdien niet meer|al lang niet meer|clean|in therapie|hersteld|niet meer sinds)\b")
# ... or the person who did it is out of the picture (violence, abuse)
ENDED = re.compile(rf"{ENDED_HARM.pattern}|\b(?:is (?:nu )?weg|woont (?:er )?niet meer|geen contact meer|uit beeld|nu (?:veilig|rustig))\b")
# injuries are what was done to the child, never the child's own aggression
INJURY = re.compile(r"(?:blauwe plekken|blauw oog|blauwe ogen|striemen|brandwond\w*|brandplek\w*)\b")
GRIEF = re.compile(r"\b(?:overleden|gestorven|begrafenis|uitvaart|om het leven gekomen|rouw\w*|heeft zelfmoord gepleegd|hebben zelfmoord gepleegd|zelfmoord van (?:zijn|haar|mijn|onze|hun|de) \w+|iemand (?:\S+ ){0,3}voor de trein|aanrijding met een persoon|(?:opa|oma|vader|moeder|papa|mama|broer|zus|oom|tante|hond|kat|poes|konijn|cavia|hamster) (?:\S+ )?(?:dood is|dood ging|is doodgegaan)|sinds (?:\S+ ){0,2}dood (?:is|was))\b")
# "mensen die zichzelf pijn doen": people in general, nobody in particular
GENERIC = re.compile(r"\b(?:mensen|kinderen|jongeren|anderen|meisjes|jongens|personen|leerlingen|tieners|pubers)\b(?: \S+){0,3} die\b")
# "now" cues: the strict ones (nu, vannacht, staat te schreeuwen) also override a habit or the past
_NOW_STRICT = r"(?:komt|is|ben) (?:\S+ )?(?:zo|dadelijk|zometeen|straks) (?:thuis|terug|hier)|kom (?:\S+ )?snel|(?:slaat|schopt|trapt|wurgt|duwt) (?:\S+ ){0,2}nog steeds|(?:staat|zit|ligt|loopt|is) (?:\S+ ){0,3}te (?:schreeuwen|slaan|gooien|razen|tieren|dreigen|bonken|trappen|schoppen|vechten)|is aan het (?:\S+ )?(?:slaan|schreeuwen|gooien|vechten|trappen)|nu(?! \d)|op dit moment|vannacht|vanavond|voor de deur|net(?! als| zo| zoals| niet| wat| iets| een)|zojuist|help|zo meteen|zometeen|straks|(?:is|zijn) (?:nog )?(?:steeds )?bezig|nog (?:steeds|altijd) (?:aan de gang|bezig)|gaat nog (?:steeds )?door|al (?:een |een half |anderhalf )?(?:uur|kwartier)|al (?:\d+|tien|twintig|dertig) minuten|al uren"
NOW_STRICT = re.compile(rf"\b(?:{_NOW_STRICT})\b")
PLANNED_TIME = re.compile(r"\b(?:vannacht|vanavond|vandaag|straks|zo meteen|zometeen|morgen|dit weekend)\b")
# it happened today: outweighs "als hij thuiskomt" and other habits
TODAY = re.compile(r"\b(?:vannacht|vanavond|vanmiddag|vanochtend|vanmorgen|zojuist|de hele (?:avond|nacht)|net(?! als| zo| zoals| niet| wat| iets| een)|op dit moment)\b")
NOW = re.compile(rf"\b(?:{_NOW_STRICT}|nu net|op dit ogenblik|vandaag|morgen|deze nacht|hier voor|ik hoor|hoor ik|gaat (?:tekeer|door)|is bezig|gebeurt nu|aan de gang|komt eraan|op weg hierheen)\b")
RECUR = re.compile(r"\b(?:weer|opnieuw|nog steeds|nog altijd|sinds kort|verse?|nu ook|steeds vaker|wil ik het)\b")
# "hoe weet ik of het weer misgaat" asks about the future, it does not say it is back
CONDITIONAL_RECUR = re.compile(r"\b(?:of|als|wanneer|voordat|bang dat|zorgen dat|voorkomen dat) (?:\S+ ){0,3}(?:weer|opnieuw)\b")
RECENT = re.compile(r"\b(?:vorige week|afgelopen (?:week|weekend|nacht|dagen)|laatst|onlangs|een paar dagen geleden|deze week|gisteren|eergisteren)\b")


def _recurs(text: str) -> bool:
    return bool(RECUR.search(CONDITIONAL_RECUR.sub(" ", text)))

HABITUAL = re.compile(r"\b(?:vaak|regelmatig|altijd|soms|(?<!nog )steeds|elke (?:dag|week|keer|avond|nacht|ochtend)|iedere (?:dag|keer|week)|telkens|meestal|de hele tijd|weleens|wel eens|af en toe|bij (?:elke|iedere)"
                      r"|als (?:hij|ze|zij|ik|we|papa|mama|mijn \w+) (?:\S+ ){0,4}(?:is|ben|boos|dronken|gedronken|te laat|iets|fout|slecht|niet|thuiskom\w*|heeft)|wanneer (?:hij|ze|ik))\b")
UNCERTAIN_OTHER = re.compile(r"\b(?:weet (?:ik )?(?:niet|nooit) (?:zeker )?of (?!ik\b)|(?:ben |is )?(?:niet|nie) zeker of (?!ik\b)|(?:ben|is) (?:ik |hij |ze )?bang dat (?!ik\b)|ik vrees dat (?!ik\b)|vraag (?:me|mij) af of (?!ik\b)|als (?:hij|ze|zij|het) (?:zo )?doorgaat|misschien (?:doet|wil|denkt|heeft|is) (?:hij|ze|zij)|misschien (?:dat )?(?:hij|ze|zij)|vermoed|ik hoop niet dat|stel dat|wat als|twijfel (?:of|over)|(?:ik )?maak me zorgen (?:of|dat))\b")
UNCERTAIN = re.compile(r"\b(?:weet (?:ik )?(?:niet|nooit) (?:zeker )?of|(?:ben|is) (?:ik |hij |ze )?bang dat|ik vrees dat|vraag (?:me|mij) af of|als (?:hij|ze|zij|het) (?:zo )?doorgaat|misschien|zou (?:kunnen|het kunnen)|soms denk ik dat|niet uit te sluiten|niet uitsluiten|twijfel|vermoed|ik hoop niet dat|stel dat|wat als|of (?:hij|ze|zij) (?:ooit|wel))\b")
SUSPECT = re.compile(r"\b(?:ik denk dat|volgens mij|ik vermoed|vermoed|ik heb het idee dat|lijkt (?:erop|alsof))\b")
CERTAIN = re.compile(r"\b(?:ik denk dat|ik weet (?:dat|zeker)|zegt|zei|zeggen|riep|schreef|appte|vertelde|heeft gezegd|gezegd)\b")
ACCIDENT = re.compile(r"\b(?:aan (?:de|het|een) (?:\S+ )?(?:kachel|fornuis|pan|oven|strijkijzer|glas|mes|papier|blikje|rand|hek|spijker|doorn\w*|struik\w*|kaars\w*|theepot|waterkoker|barbecue|bbq|vuur)|per ongeluk|ongeluk\w*|bij het koken|bij de afwas|tijdens het koken|gevallen|van de fiets|van de kat|van de poes|(?:gesneden|snijdt|sneed|snij|snijden|geprikt|prikt|gebrand|brandde|brandt) (?:zich |me |mezelf )?aan (?:een|het|de|papier|glas)\b)")
DESPAIR_RE = re.compile(rf"\b(?:{DESPAIR})")
AT_HAND_RE = re.compile(rf"\b(?:{AT_HAND})\b")
SYMPTOM_NOW = re.compile(rf"\b(?:{SYMPTOM})")
ACCIDENTAL = re.compile(r"\bper ongeluk\b")
# "... maar dat komt van voetbal": the writer explains the injury in the next clause
EXPLAINED_INJURY = re.compile(r"\b(?:dat|die|het|ze) (?:komt|komen|zijn|is) (?:\S+ ){0,2}(?:van|door) (?:het |de )?(?:hockey\w*|voetbal\w*|sport\w*|training|skaten|turnen|judo|rugby|stoeien|klimmen|paardrijden|gym|keepen|vallen|spelen)\b")
INNOCENT_INJURY = re.compile(r"\b(?:hockey\w*|voetbal\w*|sport\w*|training|trainen|skaten|turnen|judo|rugby|stoeien|klimmen|paardrijden|gym|(?:van|bij|tijdens|door) (?:het |de )?(?:spelen|fietsen|vallen|buitenspelen))\b")
PAST_VERB = re.compile(r"^(?:ge\w+(?:d|t|en)|\w+(?:de|te|den|ten)|sloeg|sloegen|sneed|sneden|stak|staken|schoot|kneep|greep|brak|gooide|trapte|schopte|duwde|wurgde|beet|dreigde|zei|riep|nam|kreeg|deed|sprong|ging|lag|zat|stond|was|waren|had|hadden)$")
REFLEXIVE_ME = re.compile(r"\b(?:me|mij)\b")
THIRD_SUBJECT = re.compile(r"\b(?:hij|ze|zij|mijn \w+|de \w+|die \w+|haar \w+|zijn \w+|papa|mama|iemand)\b")

# persons (all on normalised text)
WRITER = re.compile(r"\b(?:ik|me|mij|mezelf|mijzelf|mijn leven)\b")
CHILD = re.compile(r"\b(?:hij|ze|zij|hem|haar|zichzelf|zich|mijn (?:zoon|dochter|kind|kinderen|jongste|oudste|meisje|jongen|meid|puber|tiener|stief(?:zoon|dochter|kind)\w*|pleeg\w+|klein\w+)|onze? (?:zoon|dochter|kind|kinderen|jongste|oudste)|de kinderen|het kind|de kids|ons|wij|we|zoonlief|dochterlief|mijn kleine)\b")
OTHER = re.compile(r"\b(?:buur\w*|overbuur\w*|neef\w*|nicht\w*|vriend(?:je|innetje|in)? van|een vriend(?:in|innetje|je)?|(?:haar|zijn) vriend(?:in|innetje|je)?|klasgeno\w+|een (?:kind|jongen|meisje) (?:in|uit|bij|van)|(?:kind|kinderen|jongen|meisje) (?:van|uit|bij) (?:de |het |onze |mijn )?(?:buren|school|klas|straat|overkant|familie|zus|broer|vriend\w*|kennis\w*)"
                   r"|mijn (?:zus|zusje|broer|broertje|moeder|vader|mama|papa|schoonzus|collega|vriendin|vriend|partner|vrouw|man|buurvrouw|buurman|stiefvader|stiefmoeder|ex|oom|tante|opa|oma|nicht|neef)|zijn (?:vrouw|vriendin|moeder)|haar (?:man|vriend|moeder)|mama|papa)\b")
YOUTH = re.compile(r"\b(?:mijn (?:moeder|vader|ouders|mama|papa|stiefvader|stiefmoeder|mentor|juf|meester|docent|broertje|zusje|klas|trainer|oom|opa|oma)|mama|papa|ik zit in (?:groep|de klas|klas|de brugklas|havo|vwo|vmbo|mbo)|school vind ik|mijn klas|mijn crush)\b")
YOUTH_AGE = re.compile(r"\bik ben (?:1[0-7]|[89]|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)(?: jaar)?\b|\bik zit in (?:groep|de brugklas|klas \d)")
YOUTH_SLANG = re.compile(r"\b(?:nie|gwn|ff|wtf|kut|sws|idk|fk|ofzo|lol|mn|zn|k|tog|irritant|crush)\b")
CHILD_AGGRESSOR = re.compile(r"(?:^|\b(?:mijn|onze?|de) )(?:zoon|dochter|kind|kinderen|jongste|oudste|peuter|kleuter|zoontje|dochtertje|puber|tweeling)\b|\b(?:hij|ze|zij) (?:slaat|schopt|bijt|duwt|knijpt|trapt|sloeg|schopte)(?: \w+)? (?:zijn|haar) (?:broer\w*|zus\w*|klasgeno\w+|vriend\w*)|\b(?:zijn|haar) (?:broer\w*|zus\w*|klasgeno\w+|vriend\w*)\b")
ADULT_AGGRESSOR = re.compile(r"\b(?:vader|moeder|papa|mama|stiefvader|stiefmoeder|man|vrouw|partner|vriend|ex|oom|opa|oma|tante|leraar|lerares|juf|meester|docent|trainer|coach|buurman|buurvrouw|oppas|volwassene|pleegvader|pleegmoeder|schoonzoon|schoondochter|schoonvader|zwager|\w+vader|\w+moeder|hij slaat mij|hij slaat me)\b")
# a boyfriend or girlfriend as the doer: dating violence, not child behaviour ("haar vriendje pakt haar hard vast")
PARTNER_DOER = re.compile(r"\b(?:haar|zijn) (?:vriendje|vriendinnetje|verkering|date|vriend|vriendin)(?: \S+){0,2}\s*$")
WRITER_VICTIM = re.compile(r"\b(?:ik|wij|we) (?:krijg|krijgen|kreeg|kregen) (?:\S+ ){0,3}(?:klappen|klap|slaag|een pak slaag|tikken|meppen|een mep|oorvijg\w*)\b(?! op (?:mijn|de|onze) (?:schouder|rug))(?!.*\b(?:voetbal\w*|hockey|training|wedstrijd|judo|boksen|keeper|stoeien)\b)|\b(?:slaat|sloeg|schopt|schopte|duwt|duwde|bedreigt|bedreigde|dreigt|mishandelt|knijpt|wurgt|trapt|geeft|gaf|gooit|trekt) (?:\S+ ){0,2}?(?:mij|me|ons)\b|\b(?:ik|wij|we) (?:word|worden|werd|werden) (?:\S+ ){0,4}(?:geslagen|geschopt|mishandeld|bedreigd|gewurgd|geduwd|opgesloten|getrapt)|\b(?:mij|me|ons) (?:\S+ ){0,2}(?:geslagen|geschopt|mishandeld|bedreigd|gewurgd)\b")
PASSIVE = re.compile(r"\b(?:word|wordt|worden|werd|werden)\b")
REPORTED = re.compile(r"\b(?:(?:mijn|onze?|de|het|haar|zijn) \w+|hij|ze|zij)\b(?: \w+){0,4} (?:zei|zegt|zeggen|zeiden|riep|roept|schreef|schrijft|appte|appt|vertelde|vertelt|belde|belt|typte|huilde|gilde|schreeuwde)\b")
# persons named by a noun (no pronouns) and the pronouns that refer back to them
CHILD_NOUN = re.compile(r"\b(?:mijn|onze?|ons) (?:zoon\w*|dochter\w*|kind|kinderen|kindje|jongste|oudste|meisje|jongen|meid|puber|tiener|stief(?:zoon|dochter|kind)\w*|pleeg\w+|klein\w+|peuter|kleuter|baby)\b|\b(?:de kinderen|het kind|de kids|zoonlief|dochterlief|mijn kleine)\b")
PRONOUN = re.compile(r"\b(?:hij|ze|zij|hem|haar|zichzelf|zich|haarzelf|hemzelf)\b(?! (?:\w+ )?(?:zoon|dochter|kind|vriend\w*|moeder|vader|broer\w*|zus\w*|man|vrouw))")
PARENT = re.compile(r"\b(?:mijn|onze?) (?:zoon\w*|dochter\w*|kind|kinderen|kindje|jongste|oudste|man|vrouw|partner|stiefzoon|stiefdochter|pleegzoon|pleegdochter|pleegkind\w*|peuter|kleuter|puber|tiener|baby|kleinzoon|kleindochter)\b|\bals (?:moeder|vader|ouder)\b"
                    # an adult's life: agencies, divorce, the children as what keeps one going
                    r"|\b(?:instanties|sinds (?:de|mijn|onze) scheiding|(?:de|mijn) kinderen (?:\S+ ){0,2}(?:houden me|op de been)|voor (?:de|mijn) kinderen (?:moet|blijf) ik)\b")


@dataclass
class Signal:
    category: str
    level: str           # acuut | zorg | check
    text: str            # the words that triggered it
    at_risk: str         # kind | ouder | ander
    clause: str
    kind: str = ""       # the pattern's sub-kind (means, farewell, ...), for weighing signs together

    def as_dict(self) -> dict:
        return {"text": self.text, "at_risk": self.at_risk, "category": self.category, "level": self.level}


@dataclass
class SafetyResult:
    level: str = "geen"                     # acuut | zorg | geen
    needs_check: bool = False               # ask one calm check question
    check_kind: Optional[str] = None        # suicide_self | suicide_kind | danger
    signals: List[Signal] = field(default_factory=list)
    idioms: List[str] = field(default_factory=list)
    speaker: str = "ouder"
    learned_danger: float = 0.0             # the add-on's chance of acuut or check (0 when it did not run)

    @property
    def doubt_only(self) -> bool:
        """Nothing but the add-on's doubt: no rule signal, no level, a check question."""
        return self.level == "geen" and self.needs_check and all(s.kind == "learned" for s in self.signals)

    @property
    def flagged(self) -> bool:
        return self.level != "geen" or self.needs_check

    @property
    def categories(self) -> List[str]:
        return sorted({s.category for s in self.signals})

    def as_dict(self) -> dict:
        return {"level": self.level, "needs_check": self.needs_check, "check_kind": self.check_kind,
                "signals": [s.as_dict() for s in self.signals], "idioms": self.idioms,
                "speaker": self.speaker, "learned_danger": round(self.learned_danger, 3), "doubt_only": self.doubt_only}

    def summary(self) -> dict:
        """The `safety` object of the contract's summary JSON."""
        return {"level": self.level, "signals": [s.as_dict() for s in self.signals]}


# =================================================================================================
# 5. Clauses
# =================================================================================================
_SPLIT_BEFORE = {"maar", "want", "terwijl"}
# "alleen maar", "nog maar", "ook maar": "maar" as an adverb does not start a clause
_ADVERB_BEFORE_MAAR = {"alleen", "nog", "ook", "eens", "gewoon", "zo", "toch", "niet", "wel"}


@dataclass
class Clause:
    toks: List[Tok]            # the word tokens of the clause (idioms left out)
    text: str                  # their normalised words joined by single spaces
    lemmas: str                # their lemmas joined by single spaces
    starts: List[int]          # where each token starts in `text`
    lstarts: List[int]         # where each token starts in `lemmas`
    sentence: int = 0          # which sentence of the message it belongs to


def _joined(words: List[str]) -> Tuple[str, List[int]]:
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w) + 1
    return " ".join(words), starts


def clauses(toks: List[Tok]) -> List[Clause]:
    groups: List[List[Tok]] = [[]]
    sentence_of = [0]
    for t in toks:
        if t.split or t.word in _SPLIT_BEFORE and groups[-1] and not (t.word == "maar" and groups[-1][-1].word in _ADVERB_BEFORE_MAAR):
            groups.append([])
            sentence_of.append(sentence_of[-1] + (1 if t.sentence_end else 0))
        if not t.word:
            continue
        groups[-1].append(t)
    out = []
    for g, sentence in zip(groups, sentence_of):
        # a blanked idiom stays as one placeholder, so words around it do not become neighbours
        words, kept = [], []
        for t in g:
            if t.blank:
                if words and words[-1] == "~":
                    continue
                words.append("~")
            else:
                words.append(t.word)
            kept.append(t)
        if not any(w != "~" for w in words):
            continue
        text, starts = _joined(words)
        lem, lstarts = _joined([lemma(w) if w != "~" else "~" for w in words])
        out.append(Clause(kept, text, lem, starts, lstarts, sentence))
    return out


def lemma_text(clause: str) -> str:
    """The clause with every word replaced by its lookup lemma ('sneed' -> 'snijden')."""
    return " ".join(lemma(w) for w in clause.split())


def _token_span(starts: List[int], text: str, s: int, e: int) -> Tuple[int, int]:
    """Token indices [first, last] covering the char span s..e of a joined text."""
    first = max(i for i, st in enumerate(starts) if st <= s)
    last = max(i for i, st in enumerate(starts) if st < e) if e > s else first
    return first, last


# =================================================================================================
# 6. Speaker, negation, who is at risk, level
# =================================================================================================
def detect_speaker(norm: str, hint: Optional[str] = None, raw: str = "") -> str:
    """Who writes: 'jongere', 'ouder' or 'onbekend' (short messages often do not say)."""
    if hint in ("ouder", "jongere"):
        return hint
    if YOUTH_AGE.search(norm):
        return "jongere"
    if PARENT.search(norm):
        return "ouder"
    if YOUTH.search(norm) or YOUTH_SLANG.search(raw):
        return "jongere"
    return "onbekend"


# a new finite clause starts: "ik eet niks meer en wil niet meer leven", "dat ik ze nooit meer zie
# en dat hij er een eind aan maakt"; "en" before a noun still shares the negation ("geen sprake
# van geweld en mishandeling")
CLAUSE_START = re.compile(r"\b(?:dat|omdat|want|dus|toen|zodat|anders|terwijl|en (?=(?:ik|hij|ze|zij|we|wij|je|jij|het|er|dan|nu|toen|daarna|straks|vandaag|morgen|gisteren|vanavond|vannacht|wil\w*|wou|ga|gaat|ging|ben|is|was|heb|heeft|had|zit|zat|staat|stond|ligt|lag|zegt|zei|doe|doet|deed|kan|kon|moet|moest|zal|zou|wordt|werd|denk\w*|voel\w*|loop\w*|stuur\w*|appt\w*|neem\w*)\b))")
# ... unless the negator denies the thought or the saying itself: "ik denk niet dat", "heeft nooit gezegd dat"
_DENY_VERB = r"denk\w*|dacht|geloof\w*|verwacht\w*|vind|vindt|zeg|zegt|zei|gezegd|verteld|beweer\w*|lijkt|vrees|weet|is|was|hoeft|bang|bezorgd"
DENIED_CLAUSE = re.compile(rf"\b(?:(?:{_DENY_VERB})(?: \S+){{0,2}} (?:niet|nie|nooit|geen sprake)|(?:niet|nie|nooit)(?: \S+){{0,2}} (?:{_DENY_VERB}))(?: \S+)? (?:dat|of)$")


# the next clause denies what this one asked or suspected: "de school vroeg of er sprake is van
# zelfbeschadiging, maar dat is niet zo"
SUSPICION_CLAUSE = re.compile(r"\b(?:of|vroeg|vraagt|vragen|vroegen|vermoed\w*|dacht\w*|denkt|gedacht|bang dat|zorgen)\b")
DENIAL_NEXT = re.compile(r"^(?:maar |en )?(?:(?:dat|het) (?:is|was|bleek) (?:\S+ )?(?:niet|nie) (?:zo|het geval|waar)|(?:dat|het) klopt (?:\S+ )?(?:niet|nie)|er is geen sprake van|gelukkig (?:niet|nie))(?: hoor| gelukkig)?$")
# somebody else's word rejected by the writer: "geen idee waarom de juf over 'verwaarlozing' begon"
DISPUTED_WORD = re.compile(r"\b(?:geen idee|snap (?:\S+ )?(?:niet|nie)|begrijp (?:\S+ )?(?:niet|nie)|weet (?:\S+ )?(?:niet|nie)) waarom (?:\S+ ){0,4}(?:over|het woord|met)\s*$")
# a third person's saying denied: "hij heeft nooit gezegd dat hij er niet meer wil zijn" (not "nooit
# verteld dat ...", which is a late disclosure)
DENIED_SAYING = re.compile(r"\b(?:hij|ze|zij|mijn \w+|de \w+) (?:heeft|had|is) (?:\S+ )?(?:nooit|niet|nie) (?:\S+ ){0,2}(?:gezegd|geuit|beweerd) (?:dat|of)\b")


def _negation_scope(before: str, hit: str) -> str:
    """The words before a hit that a negator in them can still reach."""
    cuts = [m for m in CLAUSE_START.finditer(before + " " + hit) if m.start() < len(before)]
    if not cuts or DENIED_CLAUSE.search(before[:cuts[-1].start()] + cuts[-1].group(0)):
        return before
    return before[cuts[-1].start():]


def _negated(text: str, start: int, end: int, pattern: Pattern, regex) -> Optional[str]:
    """'neg' when a negator cancels the hit, 'ended' for "doet het niet meer", else None."""
    if not pattern.negates:
        return None
    before = _negation_scope(" ".join(text[:start].split()[-6:]), text[start:end])
    if NEGATORS.search(NEGATION_BREAKERS.sub(" ", before)):
        return "neg"
    words = text[start:end].split(" ")
    for i, w in enumerate(words):
        if w in NEG_SWAP and not NEGATION_BREAKERS.search(" ".join(words[max(0, i - 3):i + 3])):
            swapped = " ".join(words[:i] + ([NEG_SWAP[w]] if NEG_SWAP[w] else []) + words[i + 1:])
            if regex.search(swapped):
                return "neg"
    # Dutch main clauses put the negator after the verb and object: "ze snijdt zichzelf niet";
    # but a hit that carries its own negation is only repeated ("wil niet meer leven echt niet")
    after = text[end:].strip()
    if POST_NEGATION.search(after) and not NEGATORS.search(text[start:end]):
        return "neg"
    if re.match(r"^(?:\S+ )?(?:niet|nooit) meer\b", after):
        return "ended"
    return None


def _last_named(text: str, writer: str) -> Optional[str]:
    """The class of the last person named by a noun in `text` (pronouns do not count)."""
    found = [(m.start(), "kind") for m in CHILD_NOUN.finditer(text)] + [(m.start(), "ander") for m in OTHER.finditer(text)]
    return max(found)[1] if found else None


def _at_risk(text: str, start: int, end: int, pattern: Pattern, speaker: str, before_msg: str = "", sentence_before: str = "") -> str:
    """kind, ouder or ander. `before_msg` is the message up to the hit (the last few hundred
    characters are enough to find who is talked about), `sentence_before` the sentence up to
    this clause."""
    writer = "kind" if speaker == "jongere" else "ouder"
    before_msg = before_msg[-400:] if before_msg else text[:start]
    # "mijn zus appt dat ze ... ", "Mijn dochter zei 'ik wil niet meer'": first person inside
    # reported speech is the one who said it
    reporter = REPORTED.search(before_msg)
    if reporter and re.search(r"\b(?:ik|me|mij|mezelf|mijn)\b", text[max(0, start - 40):end]):
        writer = "ander" if OTHER.search(reporter.group(0)) else "kind"
    if pattern.person == "object":
        if WRITER_VICTIM.search(text):
            return writer
        if OTHER.search(text[max(0, start - 50):end + 40]):
            return "ander"
        after = text[end:end + 40]
        if re.search(r"\b(?:mij|me|ons)\b", after) and not CHILD.search(after):
            return writer
        return "kind"
    # subject: reflexive words inside the hit decide first ("mezelf" vs "zichzelf")
    hit = text[start:end]
    if re.search(r"\b(?:mezelf|mijzelf|me|mij)\b", hit) and not _reflexive_is_other(text, start, end):
        return writer
    # else the last person mentioned before the hit in its clause; a pronoun ("ze", "hij",
    # "zichzelf") stands for the last person named by a noun earlier in the message
    mentions = [(m.start(), "writer") for m in re.finditer(r"\b(?:ik|we|wij)\b", text[:start])]
    mentions += [(m.start(), "kind") for m in CHILD_NOUN.finditer(text[:start])]
    mentions += [(m.start(), "ander") for m in OTHER.finditer(text[:start])]
    mentions += [(m.start(), "pronoun") for m in PRONOUN.finditer(text[:start])]
    last = max(mentions)[1] if mentions else ("pronoun" if PRONOUN.search(hit) else None)
    if last == "writer":
        return writer
    if last in ("kind", "ander"):
        return last
    if last == "pronoun":
        # in reported speech the pronoun is the one who speaks, the first person named in the
        # sentence ("mijn dochter heeft tegen een klasgenoot gezegd dat ze dood wil"); a sentence
        # that opens with a pronoun continues the person named before it
        sentence = sentence_before + " " + text[:start]
        first = min([(m.start(), "kind") for m in CHILD_NOUN.finditer(sentence)] + [(m.start(), "ander") for m in OTHER.finditer(sentence)]
                    + [(m.start(), "pronoun") for m in PRONOUN.finditer(sentence)], default=None)
        if first and first[1] != "pronoun":
            return first[1]
        named = _last_named(before_msg[:max(0, len(before_msg) - len(sentence))], writer)
        if named:
            return named
        # nobody named: a parent speaks about their child, a young person about somebody else
        return "ander" if speaker == "jongere" else "kind"
    # no subject at all ("wil dood echt waar"): the writer
    return writer


def _reflexive_is_other(text: str, start: int, end: int) -> bool:
    """'hij doet me iets aan' is a threat to the writer, not self-harm: a reflexive me/mij
    with a third person as subject and no 'ik' before it."""
    hit = text[start:end]
    if not REFLEXIVE_ME.search(hit) or re.search(rf"\b(?:{SELF_TRUE})\b", hit):
        return False
    before = text[:start] + " " + hit[:REFLEXIVE_ME.search(hit).start()]
    return bool(THIRD_SUBJECT.search(before)) and not re.search(r"\bik\b", before)


# facts about the whole message, looked up once per message (long messages have many hits)
MESSAGE_FACTS = {
    "joke": JOKE,
    "now": NOW_STRICT,
    "weapon": re.compile(rf"\b(?:{WEAPON})\b"),
    "reason": re.compile(r"\b(?:want|omdat|doordat)\b"),
    "injured": re.compile(r"\b(?:ik bloed|bloedt|bloeden|ligt in (?:zijn|haar|het) bloed|bewusteloos|buiten westen|(?:ligt|liggen) (?:\S+ ){0,2}op (?:de|het) (?:grond|vloer|straat)|reageert (?:\S+ )?(?:niet|nergens)|(?:niet|nie) meer (?:opstaat|overeind komt|beweegt)|blijft liggen)\b"),
    # the condition of a habit holds right now: "slaat me als hij dronken is ... hij is nu dronken"
    "trigger_now": re.compile(r"\bnu (?:\S+ )?(?:weer |ook )?(?:dronken|boos|agressief|woedend|razend|thuis|bezig|aan het)\b|\b(?:is|zijn) (?:weer |nu )+(?:dronken|agressief|woedend|razend)\b"
                              r"|(?<!als hij )(?<!als ze )(?<!als zij )(?<!wanneer hij )(?<!wanneer ze )\b(?:is|zijn) (?:heel |erg |zo |helemaal )*(?:dronken|stomdronken|agressief|woedend|razend|stoned)\b(?! (?:is|was|geweest))"
                              r"|(?:me|mij) (?:\S+ )?(?:komt|komen) halen|haal (?:me|mij) (?:op|hier weg)"),
}


@lru_cache(maxsize=256)
def _message_has(fact: str, message: str) -> bool:
    return bool(MESSAGE_FACTS[fact].search(message))


@dataclass
class Context:
    """What the words around one hit say: its clause, the whole message and its writer."""
    text: str          # the clause (normalised words)
    start: int         # the hit within the clause
    end: int
    whole: str         # all clauses of the message
    raw: str           # the folded message, with punctuation and emoji
    speaker: str
    at_risk: str
    past: bool = False
    ended_harm: bool = False
    now: bool = False
    habitual: bool = False
    uncertain_other: bool = False
    past_tense: bool = False

    @property
    def hit(self) -> str:
        return self.text[self.start:self.end]

    @property
    def before(self) -> str:
        return self.text[:self.start]


def _media_frames(text: str, end: int, pattern: Pattern) -> bool:
    """A game, film or lesson explains a hit away when it frames it: named before the hit in its
    clause or right after it ("... in een game"), not when it comes up later ("hij zei dat hij
    beter dood kan zijn en kijkt filmpjes")."""
    if pattern.media == "none":
        return False
    media = MEDIA_ALL if pattern.media == "all" else MEDIA_TOPIC
    right_after = re.split(r"\ben\b", text[end:], maxsplit=1)[0]
    return bool(media.search(text[:end]) or media.search(right_after))


def _level(text: str, start: int, end: int, pattern: Pattern, at_risk: str, speaker: str, whole: str, raw: str, regex=None) -> Optional[str]:
    """The level of one hit in its clause, or None when the context explains it away."""
    neg = _negated(text, start, end, pattern, regex or _compile(pattern))
    if neg == "neg" or DISPUTED_WORD.search(text[:start]) or DENIED_SAYING.search(text[:start]):
        return None
    if _media_frames(text, end, pattern):
        return None
    if pattern.figurative and _message_has("joke", raw):
        return None
    cat = pattern.category
    c = Context(text, start, end, whole, raw, speaker, at_risk)
    c.ended_harm = bool(ENDED_HARM.search(text)) or neg == "ended"
    # the harm is over when it was self-inflicted; for violence also when the doer is gone
    # a suicidal statement of last week still counts now; one of years ago is history
    past = PAST.search(RECENT.sub(" ", text) if cat == "suicide" else text)
    if past and cat == "suicide" and past.group(0).startswith("toen") and TODAY.search(whole):
        past = None   # "vanavond zei ze ... toen ik vroeg wat ze bedoelde": a story of today
    c.past = bool(past) or (c.ended_harm if cat in ("suicide", "self_harm", "medical") else bool(ENDED.search(text))) or neg == "ended" \
        or cat == "self_harm" and bool(LAST_TIME_AGO.search(whole)) and not NOW_STRICT.search(text)
    c.now = bool(NOW.search(text))
    c.habitual = bool(HABITUAL.search(text))
    c.uncertain_other = bool(UNCERTAIN_OTHER.search(text[:end + 25])) and not CERTAIN.search(c.before)
    words = c.hit.split()
    c.past_tense = bool(words) and bool(PAST_VERB.match(words[-1]) or PAST_VERB.match(words[0]))
    if cat == "medical":
        return _level_medical(c, pattern)
    if cat in ("suicide", "self_harm"):
        return _level_self(c, pattern)
    if cat == "violence":
        return _level_violence(c, pattern)
    if cat == "violence_now":
        return _level_violence_now(c, pattern)
    if cat in ("sexual", "threat", "neglect"):
        if pattern.kind == "harm_other" and (c.uncertain_other or UNCERTAIN.search(c.before)):
            return "check"
        if c.now and not c.past and cat != "neglect" and NOW_STRICT.search(text) and not (ONLINE_ONLY.search(text) and not PHYSICAL_NOW.search(text)):
            return "acuut"
        if cat == "threat" and CONTACT_BAN.search(whole) and PHYSICAL_NOW.search(whole) and not c.past:
            return "acuut"   # a contact ban broken by showing up: "heeft een huisverbod maar stuurde net een foto van onze deur"
        return pattern.base
    if cat == "unsafe_home" and (c.past or c.habitual) and not NOW_STRICT.search(text):
        return "zorg"
    return pattern.base


# harm done through images and messages only ("nu dreigt hij de foto's te verspreiden") is
# serious but not a danger to life now, unless the doer is physically close
ONLINE_ONLY = re.compile(r"\b(?:naaktfoto\w*|nudes?|foto'?s|filmpjes?|video'?s|beelden|verspreid\w*|doorsturen|doorstuurt|online|posten|chat\w*|screenshot\w*)\b")
CONTACT_BAN = re.compile(r"\b(?:contactverbod|straatverbod|huisverbod|gebiedsverbod|locatieverbod)\b")
PHYSICAL_NOW = re.compile(r"\b(?:(?:foto|filmpje|video) van (?:mijn|ons|onze|haar|zijn) (?:voordeur|deur|huis|raam|school)|tot (?:vanavond|straks|zo)|bij (?:hem|haar) (?:thuis|in)|in (?:de|zijn|haar) auto|voor de deur|staat (?:\S+ )?(?:hier|buiten|voor)|komt (?:\S+ )?(?:hierheen|eraan|langs|halen|ophalen)|afspreken|ontmoeten|hotel)\b")


def _level_medical(c: Context, pattern: Pattern) -> Optional[str]:
    told_past = re.search(r"\b(?:was|waren|werd|had|lag|kreeg|zag|zagen|viel|raakte)\b(?: \S+){0,2}$", c.before.rstrip()) \
        or re.match(r"^(?:\S+ )?(?:kreeg|had|was|werd|gehad)\b", c.text[c.end:].strip())
    if pattern.kind == "psychosis" and told_past:
        return None   # "heeft een psychose gehad": a history, what happens now is said elsewhere
    if (NOW_STRICT.search(c.text) or SYMPTOM_NOW.search(c.text)) and not PAST_TIME.search(c.text):
        return pattern.base   # "heeft een vaatwastablet in zijn mond gehad en moet nu overgeven"
    if (c.past or told_past) and not _recurs(c.text) and (not NOW_STRICT.search(c.text) or c.past_tense or c.ended_harm or told_past):
        # "vorig jaar heeft ze een overdosis genomen" is a past attempt; a past fall or fit is no signal
        return "zorg" if re.search(rf"\b(?:overdosis|{MEDS}|vergiftig\w*|geslikt|ingenomen)\b", c.text) else None
    return pattern.base


# "ik wil dood" shouted in anger over a lost device or a bad mark: the protocol asks a check question
ANGER_TRIGGER = re.compile(r"\b(?:toen|als|omdat|want|nadat|wanneer) (?:\S+ ){0,5}(?:inleveren|in moest leveren|afgepakt|afpakken|afpakt|moest stoppen|verknalt|verknald|verknalde|verpest|verliest|verloor|onvoldoende)\b"
                           r"|\b(?:heeft|hebben|had|pakte|pakt) (?:\S+ ){0,3}(?:switch|telefoon|mobiel|playstation|ps5|xbox|ipad|tablet|laptop|console|game)\w* (?:\S+ )?(?:afgepakt|af)\b|\b(?:smeet|smijt|sloeg|knalde) (?:\S+ )?de deur\b")
ANY_MEANS = re.compile(rf"\b(?:{MEDS}|{ROPE}|{BLADE}|{LETHAL_PLACE}|{VEHICLE}|{JUMP}|{TOXIC})\b")
SELF_HYPOTHETICAL = re.compile(r"\b(?:stel dat|wat als|en als) ik\b")
# a parent's passive wish not to be here is asked about, not escalated (safety.md)
PASSIVE_WISH = re.compile(r"\b(?:niet|nie) meer wakker|\ber (?:\S+ ){0,3}(?:niet|nie) meer (?:zijn|te zijn)\b")
# marks seen on a child, with the child's own explanation the writer doubts: "krassen op zijn arm, zegt dat het de kat was"
MARKS = re.compile(r"^(?:krassen|krasjes|sneetjes|sneden|wondjes|wonden|schrammen|schrammetjes|plekken|plekjes)\b")
MARKS_EXPLAINED = re.compile(r"\b(?:zegt|zei|beweert|volgens (?:hem|haar)) (?:\S+ ){0,2}(?:dat )?(?:het|ze|die|dat) (?:\S+ ){0,3}(?:was|waren|is|komt|komen|van)\b")


def _level_self(c: Context, pattern: Pattern) -> Optional[str]:
    """Suicide and self-harm."""
    text, level = c.text, pattern.base
    if pattern.category == "self_harm" and ACCIDENT.search(text):
        return None
    if GENERIC.search(c.before):
        return None   # "mensen die zichzelf pijn doen"
    # "nu hun oom zo is overleden": somebody else's death by suicide is grief, not a plan
    if pattern.category == "suicide" and GRIEF.search(text) and not re.search(rf"\b(?:{WANT}|denk\w*|plan\w*|ga|gaat|wou|zelf|mezelf|zichzelf|ook)\b", text):
        return None
    if level == "check" and pattern.kind == "check_class":
        # "ik wil er niet meer zijn": acuut from a young person about themself or about a
        # child, a check question from a parent about themself; unknown writer: recall first
        if c.speaker in ("jongere", "onbekend") and c.at_risk != "ander" \
                or c.at_risk == "kind" and (CHILD.search(text[max(0, c.start - 40):c.start]) or c.speaker == "ouder"):
            level = "acuut"
        elif PLANNED_TIME.search(text):
            level = "acuut"   # from anybody, with a time it is a plan: "vannacht de snelweg op en nooit meer stoppen"
    if level == "acuut" and (c.ended_harm or c.past) and not _recurs(text) and (not c.now or c.past_tense or c.ended_harm):
        level = "zorg"   # "ik sneed mezelf in de brugklas", unless it is back ("nu wil ik het weer doen")
    elif level != "check" and c.uncertain_other and not (SELF_HYPOTHETICAL.search(text) and PLANNED_TIME.search(text)):
        level = "check"  # "ik weet niet of ze zichzelf pijn doet"; but "stel dat ik vannacht niet meer wakker word" is a plan
    elif level == "acuut" and pattern.category == "self_harm" and SUSPECT.search(c.before) and c.at_risk != ("kind" if c.speaker == "jongere" else "ouder"):
        level = "zorg"   # "ik denk dat hij het zelf doet": a worry about ongoing harm, not an emergency
    if _message_has("joke", c.raw) and level == "acuut":
        level = "check"  # "ik wil dood lol": still worth one question
    if level == "acuut" and pattern.category == "suicide" and re.search(r"\bdood\b", c.hit) and ANGER_TRIGGER.search(c.whole) \
            and not ANY_MEANS.search(c.whole) and not DESPAIR_RE.search(c.whole.replace(c.hit, " ")):
        level = "check"  # "IK WIL DOOD mijn moeder heeft mijn switch afgepakt"; a method or more despair stays acuut
    if level == "acuut" and c.speaker == "ouder" and c.at_risk == "ouder" and PASSIVE_WISH.search(c.hit) and not ANY_MEANS.search(c.whole):
        level = "check"  # "sinds de scheiding wil ik soms niet meer wakker worden, maar de kinderen ..."
    if level == "acuut" and pattern.category == "self_harm" and MARKS.match(c.hit) and MARKS_EXPLAINED.search(c.whole) \
            and not NOW_STRICT.search(c.whole):
        level = "check"  # marks explained away: ask, do not escalate
    return level


def _child_behaviour(c: Context) -> bool:
    """A child's own aggression towards siblings or peers is behaviour, not abuse."""
    text = c.text
    if c.at_risk == "ouder" or PASSIVE.search(c.before) or INJURY.match(c.hit) or WRITER_VICTIM.search(text) or PARTNER_DOER.search(c.before):
        return False
    peers = r"(?:zijn|haar) (?:broer\w*|zus\w*|klasgeno\w+|vriend\w*)|elkaar|(?<!haar )(?<!zijn )(?<!mijn )(?<!onze )kinderen|andere kinderen|klasgenoten"
    peer_victim = re.search(rf"^(?:\S+ ){{0,3}}(?:{peers})\b", text[c.end:].strip()) or re.search(rf"\b(?:{peers})(?: \S+){{0,2}}$", c.before.rstrip())
    if re.search(r"\b(?:ik|we|wij) (?:heb|hebben|had|hadden|sla|slaan|sloeg|geef|gaf|geven|schop|duw)\b", c.before):
        return False   # "ik heb mijn kind een klap gegeven": the child is the victim
    # the doer is named in the (last) subordinate clause: "de juf zegt dat mijn zoon ... duwt"
    subject_zone = re.split(r"\b(?:dat|omdat|als|wanneer|terwijl|zegt|zei|vertelt|vertelde)\b", c.before)[-1]
    if not (CHILD_AGGRESSOR.search(subject_zone) or peer_victim) or ADULT_AGGRESSOR.search(subject_zone):
        return False
    child = CHILD_AGGRESSOR.search(subject_zone)
    if child and re.search(r"\b(?:hij|zij|ze)\b", subject_zone[:child.start()]):
        return False   # "dat hij de kinderen weer slaat": the children are the object
    return not re.search(r"\b(?:wordt|werd|worden|word) (?:\S+ ){0,6}(?:geslagen|geschopt|mishandeld|getrapt)|blauwe plek|mishandel|huiselijk geweld|kindermishandeling|opgesloten|striemen", text)


def _level_violence(c: Context, pattern: Pattern) -> Optional[str]:
    """Violence and abuse: zorg, acuut when it happens now."""
    text, whole = c.text, c.whole
    if pattern.kind == "fear_adult":
        # "ze wil niet meer bij oma logeren want ...": a reason given explains it
        return None if _message_has("reason", whole) else pattern.base
    if INNOCENT_INJURY.search(text) and not re.search(r"\b(?:zegt|zei|elke keer|steeds|altijd|maar)\b", text) or EXPLAINED_INJURY.search(whole):
        return None   # "blauwe plekken van het voetballen", unless the explanation is doubted
    if ACCIDENTAL.search(text):
        return None   # "mijn zusje sloeg per ongeluk mijn telefoon uit mijn hand"
    if re.search(r"\bblauwe plek\b", c.hit) and not re.search(r"\b(?:steeds|vaak|weer|nieuwe|elke|onverklaarbare)\b", text):
        return None   # one bruise is no sign
    if _child_behaviour(c):
        return None
    if c.at_risk == "ander" and re.search(r"\b(?:zin (?:\S+ )?om|neiging (?:\S+ )?om|drang (?:\S+ )?om)\b", c.before) and not c.now:
        return "check"   # an urge to hit another child ("zin om die jongen kapot te slaan") is asked about
    # the condition of a habit holds right now: "slaat me als hij dronken is ... hij is nu dronken"
    if _message_has("trigger_now", whole) and not c.past:
        return "acuut"
    if re.search(r"\bik (?:\S+ ){0,2}$", c.before) and not WRITER_VICTIM.search(text) and not re.search(rf"\b(?:{VICTIM}|mijn \w+|kind|kinderen)\b", text[max(0, c.start - 30):c.start] + text[c.end:c.end + 30]):
        return None   # the writer's own anger at things: "ik sla soms dingen kapot"
    if TODAY.search(text) and not c.past or (NOW_STRICT.search(text) or c.now and _message_has("now", whole) or _message_has("injured", whole)) and not c.past and not c.habitual:
        return "acuut"
    return pattern.base


# a threat stated as one, or tied to leaving or telling, is meant: "hij dreigt dat hij me vermoordt als ik wegga"
REAL_THREAT = re.compile(r"\b(?:dreig\w*|bedreig\w*|als (?:ik|we|wij) (?:\S+ ){0,3}(?:wegga|weg ga|weggaan|verlaat|verlaten|vertel|vertellen|scheid\w*|aangifte|politie|bij (?:hem|haar) weg)|als (?:ik|we|wij) (?:\S+ ){0,3}(?:niet|nie) (?:doe|doen|luister|luisteren|gehoorzaam))\b")


def _level_violence_now(c: Context, pattern: Pattern) -> Optional[str]:
    """Violence happening or threatened now; zorg when it is past, a habit or only feared."""
    text = c.text
    if pattern.kind == "threat_kill":
        # the writer's own angry words ("ik ga mijn broertje vermoorden") are hyperbole
        if re.search(r"\bik\b", c.before) and not re.search(r"\b(?:me|mij|ons)\b", c.hit):
            return None
        if re.search(r"\bals\b", text) and not NOW_STRICT.search(text) and re.search(r"\b(?:vermoord\w*|af\w*|dood ?maak\w*|dood maken|pakken|dood)\b", c.hit) \
                and not REAL_THREAT.search(text):
            return None   # "hij maakt me af als ik mijn huiswerk vergeet"
        # a threat is acuut when it is about now or tonight, shouted right now, with a weapon,
        # or with the doer announcing his return ("hij zei dat hij terugkomt met zijn broers om ...")
        live = re.search(r"\b(?:schreeuwt|roept|brult|tiert|krijst|gilt|staat te \w+|terugkomt|terug komt|komt (?:\S+ ){0,2}terug|terugkomen|onderweg|op weg)\b", text) \
            or _message_has("weapon", c.whole)
        return "acuut" if (c.now or live or REAL_THREAT.search(text) and _message_has("now", c.whole)) and not c.past else "zorg"
    if pattern.kind == "own_child":
        return "zorg" if c.past else "acuut"   # a parent's fear of harming their own baby is the emergency itself
    if pattern.kind == "rage" and (c.habitual or c.past) and not NOW_STRICT.search(text):
        return "zorg"
    # a habit ("ik hoor bijna elke avond geschreeuw") is zorg unless it is said to happen right now
    if (c.past or c.habitual) and not (c.now and not c.habitual or NOW_STRICT.search(text)):
        return "zorg"
    if UNCERTAIN.search(text) and not c.now:
        return "zorg"
    return pattern.base


def _category(pattern: Pattern, level: str, text: str, start: int, end: int) -> str:
    """Violence that turned acute is reported as violence_now (112 first); a reflexive hit
    with another person as doer is harm done to the writer."""
    if pattern.kind == "reflexive" and _reflexive_is_other(text, start, end):
        return "threat" if pattern.category == "suicide" else "violence"
    if pattern.category == "violence" and level == "acuut":
        return "violence_now"
    if pattern.category == "violence_now" and level != "acuut":
        return "violence" if pattern.kind != "threat_kill" else "threat"
    return pattern.category


def detect(text: str, speaker_hint: Optional[str] = None, learned: bool = True) -> SafetyResult:
    """Analyse one message: the rules, then the learned add-on, which may raise the level or add a
    check question but never lowers what the rules found. Deterministic."""
    result = detect_rules(text, speaker_hint)
    if learned and text and text.strip():
        from bot.safety import learned as addon     # sklearn only loads when a message arrives
        add_learned(result, addon.assess(text))
    return result


def add_learned(result: SafetyResult, found) -> SafetyResult:
    """Merge the add-on's assessment (bot.safety.learned.Assessment) into the rules' result."""
    result.learned_danger = found.probabilities.get("acuut", 0.0) + found.probabilities.get("check", 0.0)
    if found.level == "geen" or found.level == "zorg" and result.level != "geen":
        return result
    if found.level == "check" and (result.level == "acuut" or result.needs_check):
        return result
    if found.level == "acuut" and result.level == "acuut":
        return result
    category = found.kind or ("distress" if found.level == "check" else "violence_now")
    if found.level == "zorg" and category in ("suicide", "self_harm", "medical", "violence_now", "unsafe_home", "distress"):
        category = {"violence_now": "violence", "unsafe_home": "neglect"}.get(category, category)
    words = ", ".join(found.words) or "het bericht als geheel"
    result.signals.append(Signal(category, found.level, words, found.at_risk or "kind", "", "learned"))
    result.level = max_level(result.level, found.level if found.level != "check" else "geen")
    if found.level == "check" and result.level != "acuut":
        result.needs_check = True
        if category in ("suicide", "self_harm", "distress"):
            at = found.at_risk or "kind"
            result.check_kind = "suicide_self" if at == "ouder" or result.speaker == "jongere" else "suicide_kind"
        else:
            result.check_kind = "danger"
    if result.level == "acuut":
        result.needs_check, result.check_kind = False, None
    return result


def detect_rules(text: str, speaker_hint: Optional[str] = None) -> SafetyResult:
    """The rules alone. Deterministic: the same text always gives the same result."""
    if not text or not text.strip():
        return SafetyResult()
    folded, where = _fold_with_map(text)
    toks = tokenise(folded)
    idioms = blank_idioms(toks)
    parts = clauses(toks)
    whole = " . ".join(c.text for c in parts)
    speaker = detect_speaker(" ".join(t.word for t in toks if t.word), speaker_hint, folded)
    result = SafetyResult(idioms=idioms, speaker=speaker)
    best = {}
    # where each clause starts in `whole` and in its sentence, for the look-back of _at_risk
    offsets, sentence_starts, pos = [], {}, 0
    for c in parts:
        offsets.append(pos)
        sentence_starts.setdefault(c.sentence, pos)
        pos += len(c.text) + 3
    # a pattern's conditions are only checked where it matches (most patterns match nowhere);
    # its message-level condition once per message
    needs_met = {}
    for ci, clause in enumerate(parts):
        if ci + 1 < len(parts) and DENIAL_NEXT.search(parts[ci + 1].text) and SUSPICION_CLAUSE.search(clause.text):
            continue   # a question or suspicion the writer denies right after
        for pattern, regex in _PATTERN_RES:
            if not (regex.search(clause.text) or regex.search(clause.lemmas)):
                continue
            cue, needs, unless = _CUE_RES[id(pattern)]
            if cue and not cue.search(clause.text) or unless and unless.search(clause.text):
                continue
            if needs:
                if id(pattern) not in needs_met:
                    needs_met[id(pattern)] = bool(needs.search(whole))
                if not needs_met[id(pattern)]:
                    continue
            found = None
            for variant, starts in ((clause.text, clause.starts), (clause.lemmas, clause.lstarts)):
                for m in regex.finditer(variant):
                    if m.end() == m.start():
                        continue
                    first, last = _token_span(starts, variant, m.start(), m.end())
                    # judge the context on the normalised words, whichever variant matched
                    s = clause.starts[first]
                    e = clause.starts[last] + len(clause.text.split(" ")[last])
                    sentence_before = whole[sentence_starts[clause.sentence]:offsets[ci]][-400:]
                    at_risk = _at_risk(clause.text, s, e, pattern, speaker, whole[:offsets[ci] + s], sentence_before)
                    level = _level(clause.text, s, e, pattern, at_risk, speaker, whole, folded, regex)
                    if level is None:
                        continue
                    toks_hit = [t for t in clause.toks[first:last + 1] if not t.blank]
                    if toks_hit:
                        o_start, o_end = where[toks_hit[0].start], where[toks_hit[-1].end - 1] + 1
                        trigger = text[o_start:o_end].strip()
                    else:
                        trigger = m.group(0)
                    category = _category(pattern, level, clause.text, s, e)
                    if category != pattern.category and pattern.kind == "reflexive":
                        at_risk = "kind" if speaker == "jongere" else "ouder"
                        if level == "check":
                            level = "zorg"
                    found = Signal(category, level, trigger, at_risk, clause.text, pattern.kind)
                    break
                if found:
                    break
            if not found:
                continue
            key = (found.category, ci)
            if key not in best or LEVEL_RANK[found.level] > LEVEL_RANK[best[key].level]:
                best[key] = found
    result.signals = [best[k] for k in sorted(best, key=lambda k: (k[1], k[0]))]
    _accumulate(result, whole)
    _settle(result)
    return result


def _accumulate(result: SafetyResult, whole: str) -> None:
    """Several independent signs of despair from a young (or unknown) writer about themself
    weigh as much as one explicit sentence: 'ik wil niet meer, ik kap ermee, niemand mist me'.
    From anybody, a means at hand together with despair is a plan: 'ik kan niet meer, ik heb
    alle pillen uit de kast gehaald'. So is a means laid ready beside oneself."""
    despair = [s for s in result.signals if s.category in ("suicide", "distress", "self_harm") and s.level in ("check", "acuut")]
    if any(s.kind == "means" for s in despair) and (any(s.kind != "means" for s in despair) or DESPAIR_RE.search(whole) or AT_HAND_RE.search(whole)):
        for s in despair:
            s.level = "acuut"
    if result.speaker == "ouder":
        return
    weak = [s for s in result.signals if s.level == "check" and s.category in ("suicide", "distress", "self_harm") and s.at_risk != "ander"]
    if len({s.clause for s in weak}) >= 2 and (result.speaker == "jongere" or any(s.category == "suicide" for s in weak)):
        for s in weak:
            s.level = "acuut"


def _settle(result: SafetyResult) -> None:
    levels = [s.level for s in result.signals]
    if "acuut" in levels:
        result.level = "acuut"
    elif "zorg" in levels:
        result.level = "zorg"
    if "check" in levels and result.level != "acuut":
        result.needs_check = True
        checks = [s for s in result.signals if s.level == "check"]
        first = checks[0]
        if first.category in ("suicide", "self_harm", "distress"):
            result.check_kind = "suicide_self" if first.at_risk in ("ouder",) or result.speaker == "jongere" else "suicide_kind"
        else:
            result.check_kind = "danger"


def with_nlu_hint(result: SafetyResult, intent: Optional[str], confidence: float, threshold: float = 0.6) -> SafetyResult:
    """The learned intent may add a check question; it can never lower what the rules found."""
    if intent == "topic_veiligheid" and confidence >= threshold and not result.flagged:
        result.needs_check = True
        result.check_kind = "danger"
        result.signals.append(Signal("nlu", "check", f"intent {intent} ({confidence:.2f})", "kind", ""))
    return result


def as_record(result: SafetyResult) -> dict:
    return asdict(result)
