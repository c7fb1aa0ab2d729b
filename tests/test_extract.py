import datetime as dt

import pytest

from bot.nlu import extract

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("text,age", [
    ("mijn zoon van 9 slaapt slecht", 9), ("mijn dochter is 14 jaar oud", 14), ("onze 12-jarige", 12),
    ("hij is net 3 geworden", 3), ("dochter van veertien", 14), ("mijn zoontje (6) huilt veel", 6),
])
def test_ages(text, age):
    assert [s.value for s in extract.extract_ages(text)][0] == age


@pytest.mark.parametrize("text", ["al 2 jaar", "sinds de zomer", "hij speelt 3 keer per week voetbal"])
def test_durations_are_not_ages(text):
    assert extract.extract_ages(text) == []


@pytest.mark.parametrize("answer,age", [("9", 9), ("negen", 9), ("bijna 16", 15), ("2,5 jaar", 2.5), ("hij is 12", 12)])
def test_bare_age_answers(answer, age):
    assert extract.bare_age(answer) == age


@pytest.mark.parametrize("text,months", [
    ("al twee jaar", 24), ("een paar weken", 0.5), ("drie maanden", 3), ("zes weken al", 1.5),
    ("sinds de zomer", 4), ("sinds september", 2), ("anderhalf jaar", 18),
])
def test_durations(text, months):
    assert extract.extract_duration(text, TODAY).months == months


def test_duration_since_an_event_keeps_words_without_inventing_months():
    d = extract.extract_duration("sinds de scheiding van mijn ex", TODAY)
    assert d.text.startswith("sinds de scheiding") and d.months is None


@pytest.mark.parametrize("text,trend", [("het wordt steeds erger", "erger"), ("het blijft gelijk", "gelijk"),
                                        ("gelukkig wordt het minder", "minder"), ("het wordt niet erger", "gelijk")])
def test_trend(text, trend):
    assert extract.extract_trend(text) == trend


def test_leefgebieden_with_negation():
    assert extract.extract_leefgebieden("thuis en op school, niet bij voetbal") == ["thuis", "school"]
    assert set(extract.extract_leefgebieden("eigenlijk overal")) >= {"thuis", "school", "vrienden"}


@pytest.mark.parametrize("text,expecting,score", [("7/10", False, 7), ("een 7", True, 7), ("ik denk een 6 of 7", True, 7),
                                                   ("8", True, 8), ("hij haalde een 7 voor rekenen", False, None)])
def test_scores(text, expecting, score):
    assert extract.extract_score(text, expecting_score=expecting) == score


@pytest.mark.parametrize("text,roles", [
    ("mijn ex en zijn nieuwe vriendin", ["ex", "partner_ouder"]),
    ("haar stiefvader woont ook bij ons", ["stiefvader"]),
    ("de kinderen van mijn nieuwe partner", ["stiefbroer_of_stiefzus"]),
    ("oma en opa helpen veel", ["oma", "opa"]),
    ("zijn halfzusje van 3", ["halfzus"]),
])
def test_family_roles(text, roles):
    assert [s.value for s in extract.extract_roles(text)] == roles


def test_professionals_and_negation():
    assert [s.value for s in extract.extract_professionals("de huisarts weet ervan, niet bij de poh geweest")] == ["huisarts"]
    assert extract.says_nobody("nog niemand")


def test_keyword_topics_find_a_second_worry():
    from bot.nlu.topic_keywords import keyword_topics
    assert keyword_topics("mijn zoon slaapt slecht sinds opa is overleden") == ["slaap", "verlies_rouw"]
    assert keyword_topics("hij wordt gepest en sliep slecht") == ["pesten", "slaap"]


def test_about_n_units_and_places_where_it_goes_well():
    assert extract.extract_duration("een week of zes en het blijft gelijk", TODAY).months == 1.5
    assert extract.extract_leefgebieden("Vooral thuis, op school gaat het goed") == ["thuis"]


@pytest.mark.parametrize("text,age", [("ik mail over mijn dochter Noor van 12", 12), ("de vader van Mila van 9 jaar", 9)])
def test_ages_next_to_names(text, age):
    assert extract.extract_ages(text)[0].value == age


def test_months_are_not_years_and_named_age_answers():
    assert extract.extract_ages("een baby van vier maanden")[0].value == 0.3
    assert extract.bare_age("Yusuf is elf. Hij heeft autisme.") == 11


def test_score_in_running_text():
    assert extract.extract_score("Als ik moet zeggen hoe zwaar het is: een 7, voor haar en voor mij.") == 7


def test_only_one_place_and_named_child_age():
    assert extract.extract_leefgebieden("Alleen thuis. Op de opvang laten ze hem met rust") == ["thuis"]
    assert extract.extract_ages("Mijn zoontje Finn is drie.")[0].value == 3
