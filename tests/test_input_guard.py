import pytest

from bot.input_guard import classify_input, strip_markup


@pytest.mark.parametrize("text,problem", [
    ("", "empty"), ("   \n ", "empty"), ("😢😢😢", "no_words"), ("<b></b>", "no_words"), ("\x00\x01binary", "binary"),
    ("<script>alert(1)</script> mijn zoon slaapt slecht", "markup"), ("a" * 20000, "too_long"), ("mijn zoon slaapt slecht", None),
    ("8", None), ("06-12345678", None), ("!!! ???", "no_words"),
])
def test_classify(text, problem):
    assert classify_input(text)["problem"] == problem


def test_markup_is_read_as_text_only():
    assert "alert" not in strip_markup("<script>alert(1)</script>hallo")


@pytest.mark.parametrize("text,other", [("my son does not sleep and I don't know what to do", True),
                                        ("mijn zoon slaapt niet en ik weet niet wat ik moet doen", False),
                                        ("hallo", False), ("ok thanks", False)])
def test_other_language(text, other):
    assert (classify_input(text)["problem"] == "other_language") is other
