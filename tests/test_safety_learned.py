"""The learned add-on of the safety layer (bot/safety/learned.py): it adds recall, never removes."""
import copy

import pytest

from bot.safety import learned
from bot.safety.detector import SafetyResult, Signal, add_learned, detect, detect_rules


def assessment(level, kind="suicide", at_risk="kind", words=("woord",)):
    return learned.Assessment(level, {"acuut": 0.9}, kind, at_risk, list(words), True)


def test_it_never_lowers_what_the_rules_found():
    rules = detect_rules("Mijn dochter zegt dat ze dood wil en heeft pillen verzameld.")
    assert rules.level == "acuut"
    for level in ("geen", "zorg", "check"):
        merged = add_learned(copy.deepcopy(rules), assessment(level))
        assert merged.level == "acuut" and not merged.needs_check
    zorg = detect_rules("Ik denk dat de buurjongen thuis geslagen wordt.")
    assert add_learned(copy.deepcopy(zorg), assessment("geen")).level == "zorg"


def test_it_raises_and_says_why():
    merged = add_learned(SafetyResult(speaker="jongere"), assessment("acuut", "medical", "kind", ["ademt", "raar"]))
    assert merged.level == "acuut" and merged.categories == ["medical"]
    assert merged.signals[0].text == "ademt, raar" and merged.signals[0].at_risk == "kind"
    check = add_learned(SafetyResult(speaker="jongere"), assessment("check", "suicide"))
    assert check.level == "geen" and check.needs_check and check.check_kind == "suicide_self"
    danger = add_learned(SafetyResult(speaker="ouder"), assessment("check", "violence_now"))
    assert danger.needs_check and danger.check_kind == "danger"


def test_zorg_from_the_model_keeps_a_check_question_of_the_rules():
    rules = SafetyResult(needs_check=True, check_kind="danger",
                         signals=[Signal("violence", "check", "bang", "kind", "")])
    merged = add_learned(rules, assessment("zorg", "sexual"))
    assert merged.level == "zorg" and merged.needs_check


@pytest.mark.parametrize("text", [
    # phrasings written for this test, not in the corpus
    "ik heb mijn spullen verdeeld en mijn wachtwoorden aan mijn zus gegeven, morgen hoeft niemand meer op mij te wachten",
    "het zusje van mijn vriendin van 3 heeft een paar van die kleine ronde batterijtjes uit de afstandsbediening doorgeslikt",
])
def test_unseen_phrasings_get_at_least_a_check_question(text):
    r = detect(text)
    assert r.level == "acuut" or r.needs_check, r.as_dict()


@pytest.mark.parametrize("text", [
    "we gaan zaterdag met de kinderen naar de dierentuin, is daar korting voor met de ooievaarspas?",
    "Ik ben niet suicidaal hoor, ik wil alleen tips om beter te slapen",
    "sinds de zomervakantie, vooral 's avonds",
])
def test_everyday_messages_stay_calm(text):
    r = detect(text)
    assert r.level == "geen" and not r.needs_check, r.as_dict()


@pytest.mark.parametrize("text", ["ik, mijn man en zijn zusje van 5", "wat eten we vanavond, hij wil alleen maar pannenkoeken"])
def test_an_answer_to_a_question_is_read_as_the_answer_when_only_the_add_on_doubts_weakly(text):
    """Standing alone, these get a check question from the add-on (its false alarms, measured in the
    closing note); as the answer to an intake question they do not interrupt the intake."""
    from bot.actions.answering import reads_as_answer
    r = detect(text)
    assert r.doubt_only and r.learned_danger < learned.ANSWER_CHECK_AT
    assert reads_as_answer(r.as_dict(), "household") and not reads_as_answer(r.as_dict(), None)
    rules = detect("ik kan niet meer")                   # a rule's check question always stands
    assert not reads_as_answer(rules.as_dict(), "household")


def test_the_words_it_names_are_the_writers_own():
    text = "Sorry dat ik stoor, mijn zoontje ademt heel raar en zijn lippen worden blauw"
    a = learned.assess(text)
    assert a.level in ("acuut", "check")
    assert a.words and all(w in text for w in a.words)


def test_deterministic_and_cached(tmp_path, monkeypatch):
    text = "ik wil er gewoon niet meer zijn, ik heb alles al weggegeven"
    assert learned.assess(text) == learned.assess(text)
    path = learned.CACHE_DIR / f"safety_learned-{learned._fingerprint()}.joblib"
    assert path.exists(), "make train (or the first message) writes the cache"


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    """A truncated cache file must not break the safety layer: it trains again."""
    monkeypatch.setattr(learned, "CACHE_DIR", tmp_path)
    (tmp_path / f"safety_learned-{learned._fingerprint()}.joblib").write_bytes(b"\x00garbage")
    learned.model.cache_clear()
    try:
        m = learned.model()
        assert m.probabilities([learned.model_text("ik wil dood")])[0]["acuut"] > 0.5
        assert (tmp_path / f"safety_learned-{learned._fingerprint()}.joblib").stat().st_size > 1000
    finally:
        learned.model.cache_clear()


def test_negation_scope_marks_words():
    feats = learned.word_features(learned.model_text("Hij heeft geen suicidale gedachten, maar hij slaapt slecht"))
    assert "neg_suicidale" in feats and "slaapt" in feats and "neg_slaapt" not in feats


def test_bad_input_does_not_break_it():
    for text in ("", "   ", "\x00\x01\x02", "🙂" * 50, "a" * 20000, "<script>alert(1)</script>"):
        r = detect(text)
        assert r.level in ("geen", "zorg", "acuut")


def test_a_long_message_names_words_from_its_most_alarming_part():
    """A pasted e-mail is narrowed to its most alarming clause before occlusion (speed: see
    scripts.benchmark_safety); the words named still come from the sentence that carries the danger."""
    danger = "Mijn zoontje ademt heel raar en zijn lippen worden blauw."
    text = "We hebben een fijne vakantie gehad aan zee. " * 12 + danger + " Groetjes van ons allemaal. " * 8
    words = learned.explain(text, "acuut")
    assert words and all(w in danger for w in words), words
    assert len(learned.words_of(text)) > learned.LONG_WORDS
