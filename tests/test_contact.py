"""Contact details for a call back: Dutch phone formats, e-mail, names and moments, with friendly corrections."""
import pytest

from bot.contact import format_phone, parse_contact, parse_moment, parse_name


@pytest.mark.parametrize("text, phone", [
    ("06-12345678", "0612345678"), ("0612345678", "0612345678"), ("06 1234 5678", "0612345678"),
    ("+31 6 12345678", "0612345678"), ("+31612345678", "0612345678"), ("0031 6 1234 5678", "0612345678"),
    ("020-1234567", "0201234567"), ("(020) 123 45 67", "0201234567"), ("+31 (0)20 123 4567", "0201234567"),
    ("0345-123456", "0345123456"), ("bel me op 06 123 456 78 graag", "0612345678"),
])
def test_dutch_phone_numbers_in_the_formats_people_type(text, phone):
    assert parse_contact(text) == (phone, None, None)


@pytest.mark.parametrize("text", ["06 1234", "0612345", "+31 6 1234", "12345678901234", "0800-2000", "0900 1234567"])
def test_wrong_numbers_get_a_friendly_correction(text):
    phone, email, problem = parse_contact(text)
    assert phone is None and email is None and problem and "?" not in problem[-1]


def test_email_and_both():
    assert parse_contact("Sanne.de.Vries@Example.NL") == (None, "sanne.de.vries@example.nl", None)
    assert parse_contact("0612345678 of sanne@voorbeeld.nl") == ("0612345678", "sanne@voorbeeld.nl", None)
    assert parse_contact("sanne@")[2].startswith("Dat e-mailadres klopt nog niet")
    assert parse_contact("weet ik niet")[2].startswith("Ik heb een telefoonnummer of een e-mailadres nodig")


def test_readable_phone_numbers():
    assert format_phone("0612345678") == "06-12345678"
    assert format_phone("0201234567") == "020-1234567"
    assert format_phone("0345123456") == "0345-123456"


@pytest.mark.parametrize("text, name", [
    ("Sanne", "Sanne"), ("ik ben Mo", "Mo"), ("Hoi, ik heet Fatima", "Fatima"), ("noem me maar Jo-Anne", "Jo-Anne"),
    ("mijn naam is ans van dijk", "Ans van dijk"), ("Sem.", "Sem"), ("Renée", "Renée"), ("D'Angelo", "D'Angelo"),
])
def test_a_first_name_or_nickname_is_enough(text, name):
    assert parse_name(text) == (name, None)


@pytest.mark.parametrize("text", ["", "hoi", "06-12345678", "<b>Sanne</b>", "x" * 60, "liever niet", "a b c d e f"])
def test_not_a_name(text):
    name, problem = parse_name(text)
    assert name is None and problem


@pytest.mark.parametrize("text, ok", [
    ("morgenochtend", True), ("dinsdagmiddag na 14 uur", True), ("maakt niet uit", True), ("vanaf 9 uur", True),
    ("zaterdag", False), ("'s avonds na het eten", False), ("om 20 uur", False), ("blabla", False),
])
def test_a_preferred_moment_within_the_calling_hours(text, ok):
    moment, problem = parse_moment(text, "op werkdagen", 8, 17)
    assert (moment is not None) == ok and (problem is None) == ok
    if not ok and ("avond" in text or "zaterdag" in text or "20" in text):
        assert "tussen 8 en 17 uur" in problem
