"""The custom actions on real rasa_sdk trackers (no server): topics, pause, consent, bad input."""
import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import intake
from bot.actions.actions import ActionBadInput, ActionIntakeStep, ActionSafetyResponse
from bot.safety.detector import detect


@pytest.fixture(autouse=True)
def _db(tmp_path, monkeypatch):
    monkeypatch.setenv("VRAAGBAAK_DATABASE_URL", f"sqlite:///{tmp_path / 'v.db'}")


def tracker(text, intent, confidence=0.95, ranking=None, slots=None, events=None, **extra):
    message = {"text": text, "intent": {"name": intent, "confidence": confidence},
               "intent_ranking": ranking or [{"name": intent, "confidence": confidence}], "entities": []}
    message.update(extra)
    return Tracker("s-" + intent, slots or {}, message, (events or []) + [{"event": "user", "text": text}], False, None, {}, "action_listen")


def run(action, t):
    d = CollectingDispatcher()
    events = action.run(d, t, {})
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    return [m.get("text") or "" for m in d.messages], slots


def test_first_message_with_two_worries_keeps_both_topics():
    texts, slots = run(ActionIntakeStep(), tracker("mijn zoon van 9 slaapt slecht sinds opa is overleden", "topic_verlies_rouw"))
    assert slots["facts"]["topics"][:2] == ["verlies_rouw", "slaap"]
    assert "digitale assistent" in texts[0]  # no greeting before: say what it is first


def test_topic_change_mid_intake_needs_a_confident_classifier():
    facts = intake.mark_asked(intake.process_answer(intake.new_facts(), "mijn zoon van 7 is heel druk"), "beloop")
    facts["topics"] = ["concentratie_adhd"]
    sure = tracker("eigenlijk maak ik me meer zorgen over onze schulden", "topic_financien_praktisch", 0.93, slots={"facts": facts})
    texts, slots = run(ActionIntakeStep(), sure)
    assert "financien_praktisch" in slots["facts"]["topics"] and any("Ik noteer ook" in t for t in texts)
    unsure = tracker("sinds groep 3", "topic_school_leren", 0.5, slots={"facts": facts})
    _, slots = run(ActionIntakeStep(), unsure)
    assert slots["facts"]["topics"] == ["concentratie_adhd"]


def test_acute_reply_pauses_and_asks_consent_for_a_person():
    text = "mijn dochter zegt dat ze dood wil"
    texts, slots = run(ActionSafetyResponse(), tracker(text, "safety_acuut", 1.0, safety=detect(text).as_dict()))
    assert slots["intake_paused"] is True and slots["safety_level"] == "acuut"
    assert slots["facts"]["pending"] == "handover_consent"
    assert "113" in " ".join(texts)


def test_safety_level_never_drops():
    text = "ik denk dat de buurjongen geslagen wordt"
    _, slots = run(ActionSafetyResponse(), tracker(text, "safety_zorg", 1.0, safety=detect(text).as_dict(),
                                                   slots={"safety_level": "acuut"}))
    assert slots["safety_level"] == "acuut"


def test_paused_intake_waits_until_safe():
    facts = intake.mark_asked(intake.new_facts(), "beloop")
    texts, _ = run(ActionIntakeStep(), tracker("sinds de zomer", "inform_beloop", slots={"facts": facts, "intake_paused": True}))
    assert "Ik ben er nog" in texts[0]
    texts, slots = run(ActionIntakeStep(), tracker("ik ben veilig", "say_safe", slots={"facts": facts, "intake_paused": True}))
    assert slots["intake_paused"] is False


def test_bad_input_reasks_the_pending_question():
    facts = intake.mark_asked(intake.new_facts(), "ernst")
    texts, _ = run(ActionBadInput(), tracker("", "bad_input", 1.0, slots={"facts": facts}, input_check={"problem": "empty"}))
    assert "leeg bericht" in texts[0] and texts[1] == intake.QUESTIONS["ernst"]


def test_privacy_answer_states_the_configured_retention(monkeypatch):
    from bot.actions.actions import ActionPrivacy
    monkeypatch.setenv("VRAAGBAAK_RETENTION_DAYS", "30")
    texts, _ = run(ActionPrivacy(), tracker("wat doen jullie met mijn gegevens", "ask_privacy"))
    assert "Na 30 dagen" in texts[0] and "toestemming" in texts[0]
