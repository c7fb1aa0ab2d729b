"""Rasa NLU components of the Vraagbaak pipeline (see config.yml).

- DutchTokenizer: spaCy's Dutch tokenizer with lookup lemmas, so the count-vector
  featurizers see 'slapen' for 'slaapt' and 'sliep'.
- VraagbaakEntityExtractor: the rule-based entities of bot/nlu/extract.py.
- InputGuard: empty, emoji-only, markup-only or over-long input becomes intent `bad_input`.
- SafetyGate: runs the safety detector on every message, after the intent classifier,
  and overrides the intent when there is danger. It only ever adds: the learned intent
  may add a check question, never remove a signal.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.input_guard import classify_input
from bot.nlu.dutch import nlp
from bot.nlu.extract import extract_entities
from bot.safety.detector import detect, with_nlu_hint

# A doubt of the learned add-on alone is also safety_check; its `safety.doubt_only` lets an answer to
# a question the assistant asked be read as that answer (bot/actions/answering.py).
SAFETY_INTENTS = {"acuut": "safety_acuut", "zorg": "safety_zorg", "check": "safety_check"}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class DutchTokenizer(Tokenizer):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"intent_tokenization_flag": False, "intent_split_symbol": "_", "token_pattern": None,
                "prefix_separator_symbol": None}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "DutchTokenizer":
        return cls(config)

    @staticmethod
    def required_packages() -> List[Text]:
        return ["spacy"]

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        text = message.get(attribute) or ""
        tokens = [Token(t.text, t.idx, lemma=(t.lemma_ or t.text).lower())
                  for t in nlp()(text) if not t.is_space]
        return self._apply_token_pattern(tokens)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class VraagbaakEntityExtractor(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "VraagbaakEntityExtractor":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            entities = message.get(ENTITIES, []) + extract_entities(text[:20000])
            message.set(ENTITIES, entities, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


def _override_intent(message: Message, name: str) -> None:
    original = message.get(INTENT) or {}
    message.set("original_intent", original, add_to_output=True)
    message.set(INTENT, {"name": name, "confidence": 1.0}, add_to_output=True)
    ranking = [{"name": name, "confidence": 1.0}] + [
        r for r in (message.get(INTENT_RANKING_KEY) or []) if r.get("name") != name]
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class InputGuard(GraphComponent):
    """Marks input the assistant cannot read as a question (empty, emoji, markup, binary)."""

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "InputGuard":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            verdict = classify_input(message.get(TEXT) or "")
            message.set("input_check", verdict, add_to_output=True)
            if verdict["problem"] in ("empty", "no_words", "binary", "other_language"):
                _override_intent(message, "bad_input")
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyGate(GraphComponent):
    """The safety layer in the NLU pipeline: last component, so it sees the learned intent."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"nlu_hint_threshold": 0.6}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.threshold = float(config.get("nlu_hint_threshold", 0.6))

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyGate":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            intent = message.get(INTENT) or {}
            result = detect(text)
            result = with_nlu_hint(result, intent.get("name"), float(intent.get("confidence") or 0.0),
                                   self.threshold)
            message.set("safety", result.as_dict(), add_to_output=True)
            if result.level in ("acuut", "zorg"):
                _override_intent(message, SAFETY_INTENTS[result.level])
            elif result.needs_check:
                _override_intent(message, SAFETY_INTENTS["check"])
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
