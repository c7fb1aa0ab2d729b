"""The learned add-on of the safety layer: it may raise a level, never lower one.

The rules of detector.py are precise but only know the phrasings somebody wrote down; on text
nobody had seen they caught about two thirds of the acuut cases. This add-on is a linear model
(character and word n-grams, logistic regression) trained on the labelled safety corpus
(bot/safety/corpus/*.yml) plus the everyday messages of the NLU data as examples of "geen".

It runs after the rules on every message and can only add:
- a check question when the chance of danger (acuut or check) is at least CHECK_AT;
- acuut when the chance of acuut alone is at least ACUUT_AT and the message names one of the
  lexicon's danger concepts (a statistical hunch alone asks, it does not sound the alarm);
- zorg when the chance of zorg (or worse) is at least ZORG_AT and the rules found nothing.
Every signal it adds names the words that weighed most (each word is left out in turn and the
drop in probability is measured), the kind of danger (for the right numbers) and who is at risk.
It is deterministic: fixed training data, a fixed solver, no randomness.

The trained model is cached in models/ under a hash of the corpus, the NLU data and this file,
so `make train` builds it and any process that finds it missing or stale trains it again
(about half a minute on two cores).
"""
from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = Path(__file__).with_name("corpus")
NLU_DIR = ROOT / "bot" / "data" / "nlu"
CACHE_DIR = Path(os.environ.get("VRAAGBAAK_MODEL_DIR", ROOT / "models"))

# Thresholds, chosen by leave-one-file-out cross-validation (scripts/evaluate_learned.py):
# recall first (safety.md: a false alarm costs a polite check question, a miss can cost a life).
CHECK_AT = 0.20
ACUUT_AT = 0.80
ZORG_AT = 0.60
# In a conversation, an answer to an intake question is read as that answer unless the doubt is
# at least this strong (or a rule fires): the question gives the words their meaning.
ANSWER_CHECK_AT = 0.65

LEVELS = ("acuut", "check", "zorg", "geen")
# intents whose examples may carry danger; the rest of the NLU data is everyday talk
NLU_NOT_EVERYDAY = {"topic_veiligheid", "topic_trauma", "topic_somberheid", "topic_middelen"}
# the kinds of danger the corpus labels, mapped to the detector's signal categories
KINDS = ("suicide", "self_harm", "medical", "violence_now", "unsafe_home", "sexual", "violence", "neglect", "threat", "distress")


@dataclass
class Item:
    text: str
    level: str
    kind: Optional[str] = None
    at_risk: Optional[str] = None
    source: str = ""


def load_corpus(exclude: Iterable[str] = ()) -> List[Item]:
    """All labelled safety messages; `exclude` names corpus files (without .yml) to leave out."""
    items = []
    for path in sorted(CORPUS_DIR.glob("*.yml")):
        if path.stem in set(exclude):
            continue
        for row in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if not isinstance(row, dict) or not str(row.get("text", "")).strip() or row.get("level") not in LEVELS:
                continue
            kind = row.get("kind") if row.get("kind") in KINDS else None
            if kind is None and row["level"] != "geen":
                kind = _kind_from_rules(str(row["text"]))
            items.append(Item(str(row["text"]), row["level"], kind, row.get("at_risk"), path.stem))
    return items


def _kind_from_rules(text: str) -> Optional[str]:
    """Older corpus files have no `kind`: take the category of the rules' strongest signal."""
    from bot.safety.detector import LEVEL_RANK, detect_rules
    signals = detect_rules(text).signals
    if not signals:
        return None
    best = max(signals, key=lambda s: LEVEL_RANK[s.level])
    return best.category if best.category in KINDS else None


def load_everyday() -> List[Item]:
    """NLU examples of everyday intents, as 'geen'."""
    items = []
    for path in sorted(NLU_DIR.rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu", []) or []:
            if "intent" not in block or block["intent"] in NLU_NOT_EVERYDAY:
                continue
            for line in str(block.get("examples", "")).splitlines():
                text = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}", lambda m: m.group(1) or m.group(2), line.strip()[2:])
                if text.strip():
                    items.append(Item(text, "geen", None, None, f"nlu:{block['intent']}"))
    return items


# ------------------------------------------------------------------------------------------------
# Text as the model sees it: the detector's folding and typo normalisation; idioms as one marker
# ------------------------------------------------------------------------------------------------
def words_of(text: str) -> List[Tuple[str, int, int]]:
    """(normalised word, start, end in the original text); idiom words become '_idiom_' and a
    clause boundary (punctuation that splits clauses) becomes '|'."""
    from bot.safety.detector import _fold_with_map, blank_idioms, tokenise
    folded, where = _fold_with_map(text[:4000])
    toks = tokenise(folded)
    blank_idioms(toks)
    out = []
    for t in toks:
        start, end = where[t.start], where[max(t.start, t.end - 1)] + 1
        if not t.word:
            if (t.split or t.sentence_end) and out and out[-1][0] != "|":
                out.append(("|", start, end))
            continue
        out.append(("_idiom_" if t.blank else t.word, start, end))
    return out


def model_text(text: str) -> str:
    return " ".join(w for w, _, _ in words_of(text)).strip("| ")


NEGATION = {"niet", "geen", "nooit", "niks", "niets", "nergens", "noch", "geeneens"}
SCOPE_END = {"|", "maar", "want", "omdat", "terwijl", "alleen", "behalve"}
NEGATION_REACH = 4


def _concepts() -> List[Tuple[str, "re.Pattern"]]:
    """The detector's concept lexicons as features: a phrasing nobody wrote down still shares
    its concepts (a means, a lethal place, a farewell, dying) with the labelled examples."""
    from bot.safety import lexicon as lx
    names = ("DIE", "END", "DEATH_IDEA", "DEATH_EVENT", "DESPAIR", "MEDS", "HOARD", "ROPE", "BLADE", "WEAPON", "LETHAL_PLACE",
             "JUMP", "TOXIC", "INGEST", "CUT_BODY", "UNRESPONSIVE", "COLLAPSE", "SYMPTOM", "BLEED", "KILL", "FIGHT", "SCREAM",
             "PRIVATE", "TOUCH", "IMAGES", "NUDE", "FAREWELL_STRONG", "FAREWELL", "MISSING", "UNREACHABLE", "PSYCHOSIS",
             "YOUNG_CHILD", "AT_HAND", "SELF_TRUE")
    out = [(n.lower(), re.compile(rf"(?<!\S)(?:{getattr(lx, n)})(?!\S)")) for n in names if hasattr(lx, n)]
    out.append(("now", re.compile(r"(?<!\S)(?:nu|net|vanavond|vannacht|vandaag|straks|zo meteen|zometeen|morgen|op dit moment)(?!\S)")))
    return out


_CONCEPTS: List[Tuple[str, "re.Pattern"]] = []
# concepts strong enough to let the add-on sound the alarm itself (a means, a lethal place, dying,
# a weapon, a farewell, a body in trouble, ...); despair alone ("ik kan niet meer") is what
# safety.md calls ambiguous, so it grounds a check question at most
GROUNDING = {"die", "end", "death_idea", "death_event", "meds", "hoard", "rope", "blade", "weapon", "lethal_place", "jump",
             "toxic", "cut_body", "unresponsive", "bleed", "kill", "fight", "private", "nude", "farewell_strong", "farewell",
             "missing", "psychosis"}
def word_features(text: str) -> List[str]:
    """Word features for the model (a module-level function, so the model pickles): words, with
    the ones in a negation's scope marked ('ik ben niet suicidaal' -> neg_suicidaal), word pairs,
    and the concepts each clause mentions (neg_ when the clause negates before them)."""
    global _CONCEPTS
    if not _CONCEPTS:
        _CONCEPTS = _concepts()
    words = text.split()
    feats, reach = [], 0
    for w in words:
        if w in SCOPE_END:
            reach = 0
            continue
        feats.append(f"neg_{w}" if reach else w)
        reach = NEGATION_REACH if w in NEGATION else max(0, reach - 1)
    plain = [w for w in words if w != "|"]
    feats += [f"{a}_{b}" for a, b in zip(plain, plain[1:])]
    for clause in " ".join(words).split("|"):
        clause = f" {clause.strip()} "
        for name, regex in _CONCEPTS:
            m = regex.search(clause)
            if m:
                negated = any(n in clause[:m.start()].split()[-NEGATION_REACH:] for n in NEGATION)
                feats.append(f"{'neg_' if negated else ''}c_{name}")
    return feats


# ------------------------------------------------------------------------------------------------
# Training
# ------------------------------------------------------------------------------------------------
def _vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion
    return FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, max_features=60000)),
        ("words", TfidfVectorizer(analyzer=word_features, min_df=1, sublinear_tf=True)),
    ])


def _classifier(c: float = 8.0):
    from sklearn.linear_model import LogisticRegression
    return LogisticRegression(C=c, solver="liblinear", max_iter=5000, random_state=0)  # deterministic


@dataclass
class Model:
    vectorizer: object
    level: object
    kind: object
    at_risk: object

    def probabilities(self, texts: List[str]) -> List[Dict[str, float]]:
        x = self.vectorizer.transform(texts)
        rows = self.level.predict_proba(x)
        return [dict(zip(self.level.classes_, map(float, r))) for r in rows]


def train(items: List[Item]) -> Model:
    from sklearn.pipeline import make_pipeline  # noqa: F401  (sklearn import check)
    texts = [model_text(i.text) for i in items]
    vec = _vectorizer().fit(texts)
    x = vec.transform(texts)
    level = _classifier().fit(x, [i.level for i in items])
    danger = [n for n, i in enumerate(items) if i.level != "geen" and i.kind]
    kind = _classifier(2.0).fit(x[danger], [items[n].kind for n in danger])
    risky = [n for n, i in enumerate(items) if i.level != "geen" and i.at_risk in ("kind", "ouder", "ander")]
    at_risk = _classifier(2.0).fit(x[risky], [items[n].at_risk for n in risky])
    return Model(vec, level, kind, at_risk)


def training_items(exclude: Iterable[str] = ()) -> List[Item]:
    return load_corpus(exclude) + load_everyday()


def _fingerprint() -> str:
    h = hashlib.sha256()
    for path in sorted(CORPUS_DIR.glob("*.yml")) + sorted(NLU_DIR.rglob("*.yml")) + [Path(__file__),
                                                                                     Path(__file__).with_name("detector.py")]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def model() -> Model:
    """The trained model: from the cache in models/ when it matches the data, else trained now."""
    import joblib
    with _LOCK:
        path = CACHE_DIR / f"safety_learned-{_fingerprint()}.joblib"
        if path.exists():
            try:
                return joblib.load(path)
            except Exception:   # a truncated or foreign file: train again
                pass
        trained = train(training_items())
        try:
            CACHE_DIR.mkdir(parents=True, exist_ok=True)
            for old in CACHE_DIR.glob("safety_learned-*.joblib"):
                old.unlink(missing_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            joblib.dump(trained, tmp)
            tmp.replace(path)
        except OSError:         # a read-only checkout still works, it trains per process
            pass
        return trained


# ------------------------------------------------------------------------------------------------
# Use
# ------------------------------------------------------------------------------------------------
@dataclass
class Assessment:
    level: str                  # acuut | zorg | check | geen: what the add-on adds
    probabilities: Dict[str, float]
    kind: Optional[str]
    at_risk: Optional[str]
    words: List[str]            # the words that weighed most, in the writer's spelling
    grounded: bool = False      # the message names one of the lexicon's strong danger concepts


def decide(p: Dict[str, float], grounded: bool = True, check_at: float = CHECK_AT, acuut_at: float = ACUUT_AT,
           zorg_at: float = ZORG_AT) -> str:
    """The level the add-on adds; `grounded`: the message names a strong danger concept of the lexicon."""
    if p.get("acuut", 0.0) >= acuut_at:
        return "acuut" if grounded else "check"
    if p.get("acuut", 0.0) + p.get("check", 0.0) >= check_at:
        return "check"
    if p.get("zorg", 0.0) + p.get("acuut", 0.0) >= zorg_at:
        return "zorg"
    return "geen"


def _danger(p: Dict[str, float], level: str) -> float:
    if level == "zorg":
        return p.get("zorg", 0.0) + p.get("acuut", 0.0)
    return p.get("acuut", 0.0) + (p.get("check", 0.0) if level == "check" else 0.0)


# Function words a reader cannot check a signal against ("en", "van"). Only skipped when the
# signal has weightier words too; negations, verbs and "zijn" (as in "er niet meer zijn") stay.
FUNCTION_WORDS = frozenset(
    "de het een en of maar want dus van in op aan met voor naar bij om te tot dat die dit deze mijn "
    "je jouw jij hij zij ze we wij ik u hun haar ons onze er als ook nog al wel".split())


# Occlusion costs one model call per word: a long text (a pasted e-mail) is first narrowed to its
# most alarming clause, so a 4,000-character message costs milliseconds, not seconds.
LONG_WORDS = 60
PART_WORDS = 30


def _most_alarming_part(words: List[Tuple[str, int, int]], level: str, m: Model) -> List[Tuple[str, int, int]]:
    clauses, current = [], []
    for w in words:
        if w[0] == "|":
            clauses.append(current)
            current = []
        else:
            current.append(w)
    clauses.append(current)
    parts = [c[i:i + PART_WORDS] for c in clauses for i in range(0, len(c), PART_WORDS)]
    if not parts:
        return []
    scores = [_danger(p, level) for p in m.probabilities([" ".join(w for w, _, _ in part) for part in parts])]
    return parts[max(range(len(parts)), key=scores.__getitem__)]


def explain(text: str, level: str, m: Optional[Model] = None, top: int = 3) -> List[str]:
    """The words whose removal lowers the chance of `level` most (occlusion), in text order;
    function words only when nothing weightier lowers it."""
    m = m or model()
    words = words_of(text)
    if len(words) > LONG_WORDS:
        words = _most_alarming_part(words, level, m)
    if not words:
        return []
    variants = [" ".join(w for j, (w, _, _) in enumerate(words) if j != i) for i in range(len(words))]
    base = _danger(m.probabilities([" ".join(w for w, _, _ in words)])[0], level)
    drops = [(base - _danger(p, level), i) for i, p in enumerate(m.probabilities(variants)) if words[i][0] != "|"]
    drops = [(d, i) for d, i in drops if d > 0]
    content = [(d, i) for d, i in drops if words[i][0].lower() not in FUNCTION_WORDS]
    chosen = sorted(i for d, i in sorted(content or drops, reverse=True)[:top])
    return [text[words[i][1]:words[i][2]] for i in chosen]


def assess(text: str, m: Optional[Model] = None, with_words: bool = True, **thresholds) -> Assessment:
    m = m or model()
    mt = model_text(text)
    if not mt:
        return Assessment("geen", {}, None, None, [], False)
    x = m.vectorizer.transform([mt])
    p = dict(zip(m.level.classes_, map(float, m.level.predict_proba(x)[0])))
    grounded = bool({f[2:] for f in word_features(mt) if f.startswith("c_")} & GROUNDING)
    level = decide(p, grounded, **thresholds)
    if level == "geen" and with_words:
        return Assessment("geen", p, None, None, [], grounded)
    kind = str(m.kind.predict(x)[0])
    at_risk = str(m.at_risk.predict(x)[0])
    return Assessment(level, p, kind, at_risk, explain(text, level, m) if with_words and level != "geen" else [], grounded)
