"""The cases safety.md names, one by one, and the labelled set's figures."""
import pytest

from bot.safety.detector import detect, with_nlu_hint
from scripts.evaluate_safety import evaluate, load


@pytest.mark.parametrize("text", [
    "Mijn dochter zegt dat ze dood wil en heeft pillen verzameld.", "wil dood", "zelfmoort", "ik snij mezelf",
    "hij staat voor de deur en dreigt me te vermoorden", "ik durf vannacht niet naar huis", "ze ligt bewusteloos op de grond",
    "Mijn zoon van 15 heeft vanavond gezegd dat hij niet meer wil leven", "ik ben 14 en ik wil er niet meer zijn",
])
def test_acuut(text):
    assert detect(text).level == "acuut"


@pytest.mark.parametrize("text", ["Ik denk dat de buurjongen thuis geslagen wordt.", "mijn ex sloeg me vroeger",
                                  "ze heeft zich vorig jaar gesneden", "de kinderen krijgen geen eten", "mijn oom zat aan haar lichaam"])
def test_zorg(text):
    assert detect(text).level == "zorg"


@pytest.mark.parametrize("text", [
    "Hij heeft geen suicidale gedachten", "ze is niet in gevaar", "we hebben het op school over pesten gehad",
    "Mijn zoon speelt een schietspel", "Ik schrok me dood", "ik word gek van hem", "ze keek een film over zelfmoord",
    "hij is doodmoe na school", "mijn zoon slaat zijn zusje als hij boos is", "snijden van groente vindt ze leuk",
    "hij schreeuwt en slaat met deuren als hij zijn zin niet krijgt",
])
def test_no_signal(text):
    r = detect(text)
    assert r.level == "geen" and not r.needs_check


@pytest.mark.parametrize("text", ["ik kan niet meer", "ik weet niet of ze zichzelf pijn doet",
                                  "als hij zo doorgaat ben ik bang dat hij zichzelf iets aandoet"])
def test_ambiguous_asks_a_check_question(text):
    r = detect(text)
    assert r.level == "geen" and r.needs_check and r.check_kind


def test_signals_name_the_words_and_who_is_at_risk():
    r = detect("Ik denk dat de buurjongen thuis geslagen wordt.")
    assert r.signals[0].text == "geslagen" and r.signals[0].at_risk == "ander"
    assert detect("ik wil niet meer leven, echt niet").signals[0].at_risk in ("ouder", "kind")


def test_nlu_intent_may_add_a_check_but_never_removes_a_signal():
    calm = with_nlu_hint(detect("ik maak me zorgen over thuis"), "topic_veiligheid", 0.9)
    assert calm.needs_check
    danger = with_nlu_hint(detect("hij wil dood"), "topic_slaap", 0.99)
    assert danger.level == "acuut"


def test_deterministic():
    text = "Mijn zoon zei 'misschien is het beter als ik gewoon niet besta'"
    assert detect(text).as_dict() == detect(text).as_dict()


@pytest.mark.parametrize("part", ["dev", "dev2", "dev3", "dev4", "dev5"])
def test_development_parts_miss_no_acuut_case(part):
    m = evaluate(load(part))
    assert m["acuut_recall"] == 1.0, [r["text"] for r in m["missed_acuut"]]
    assert m["zorg_recall"] >= 0.95 and m["geen_false_alarm"] <= 0.05


def test_held_out_part_does_not_regress():
    """test3 is held out: written independently, never tuned on, scored once (2026-11-23). The issue's
    bar (no missed acuut case) is NOT met there yet; these floors are the measured figures, so a change
    that loses recall fails. The item texts are deliberately not printed."""
    m = evaluate(load("test3"))
    figures = {k: round(m[k], 3) for k in ("acuut_recall", "acuut_caught", "zorg_recall", "geen_false_alarm")}
    assert m["acuut_recall"] >= 0.67 and m["acuut_caught"] >= 0.70, figures
    assert m["zorg_recall"] >= 0.74 and m["geen_false_alarm"] <= 0.03, figures


def test_a_habit_heard_through_the_wall_is_zorg_but_now_is_acuut():
    assert detect("Ik hoor bijna elke avond geschreeuw door de muur bij de buren").level == "zorg"
    assert detect("Ik hoor nu geschreeuw en harde klappen bij de buren").level == "acuut"
