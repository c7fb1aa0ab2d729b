"""One shared Dutch spaCy pipeline: the blank `nl` tokenizer plus the lookup lemmatizer.

No trained Dutch spaCy model can be downloaded on these machines, so we use spaCy's Dutch
language data (tokenizer exceptions, stop words) and the lemma lookup table from
`spacy-lookups-data`, both installed from PyPI.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import spacy
from spacy.language import Language


@lru_cache(maxsize=1)
def nlp() -> Language:
    pipeline = spacy.blank("nl")
    pipeline.add_pipe("lemmatizer", config={"mode": "lookup"})
    pipeline.initialize()
    return pipeline


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00b4": "'", "`": "'"})


def fold(text: str) -> str:
    """Lowercase and strip accents (suïcidaal -> suicidaal), keeping string length stable per char."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_QUOTES))
    return "".join(c for c in text if not unicodedata.combining(c))


_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Collapse white space; the text users see and we analyse."""
    return _SPACES.sub(" ", text or "").strip()
