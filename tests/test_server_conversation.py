"""Starts the real Rasa and action servers, holds a whole conversation over the REST channel,
then reads the stored facts from the tracker store and the project's tables."""
import json
import sqlite3

import pytest

from bot import sociale_kaart
from bot.run import MODEL, LocalServers

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does)")
    srv = LocalServers(tmp_path_factory.mktemp("srv")).start()
    yield srv
    srv.stop()


def texts(replies):
    return " ".join(r.get("text", "") for r in replies)


def test_whole_conversation_is_stored(servers):
    sender = "test-parent-1"
    assert "digitale assistent" in texts(servers.say(sender, "hallo"))
    r = servers.say(sender, "mijn zoon van 9 slaapt heel slecht sinds opa is overleden")
    assert "Wat vervelend" in texts(r)  # a worry after a loss: the full acknowledgement
    servers.say(sender, "hij ligt elke avond uren te huilen in bed")
    servers.say(sender, "sinds zes weken en het blijft gelijk")
    servers.say(sender, "vooral thuis")
    servers.say(sender, "een 5")
    r = servers.say(sender, "wat doen jullie met mijn gegevens?")
    assert "wissen" in texts(r)
    for answer in ["als hij bij zijn vriendje logeert slaapt hij beter", "ik, mijn man en zijn zusje van 5",
                   "mijn moeder helpt veel", "nog niemand, we hebben een nachtlampje geprobeerd", "dat hij weer goed slaapt"]:
        r = servers.say(sender, answer)
    assert "Klopt het dat" in texts(r)
    r = servers.say(sender, "ja")
    assert "POH-Jeugd" in texts(r)

    db = sqlite3.connect(servers.database)
    summary = json.loads(db.execute("select summary from conversations where sender_id=?", (sender,)).fetchone()[0])
    assert summary["child"]["age"] == 9 and summary["intake"]["ernst"] == 5
    assert "slaap" in summary["topics"] and summary["route"]["id"] == "poh_jeugd"
    tracker = sqlite3.connect(servers.tracker_db)
    events = [json.loads(row[0]) for row in tracker.execute("select data from events where sender_id=?", (sender,))]
    facts = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") == "facts"][-1]
    assert facts["summary_confirmed"] is True and facts["child"]["age"] == 9


def test_safety_disclosure_mid_intake_and_bad_input(servers):
    sender = "test-parent-2"
    servers.say(sender, "mijn dochter van 15 is heel somber")
    assert "Sinds wanneer" in texts(servers.say(sender, "ze zit de hele dag op haar kamer"))
    r = texts(servers.say(sender, "gisteren zei ze dat ze dood wil"))
    assert "113" in r and "0800-0113" in r
    assert "Ik ben er nog" in texts(servers.say(sender, "sinds de zomer"))  # the intake stays paused
    assert "verder" in texts(servers.say(sender, "ik ben veilig, ga maar verder"))
    assert "leeg bericht" in texts(servers.say(sender, "   "))
    assert "alleen tekst" in texts(servers.say(sender, "😢😢😢"))
    assert "helemaal gelezen" in texts(servers.say(sender, "ze huilt veel. " * 1400))  # about 20,000 characters
    r = texts(servers.say(sender, "<script>alert(1)</script>"))
    assert "<script>" not in r and "alleen tekst" in r
    db = sqlite3.connect(servers.database)
    row = db.execute("select safety_level, urgent from conversations where sender_id=?", (sender,)).fetchone()
    assert row == ("acuut", 1)
    assert db.execute("select count(*) from safety_flags where sender_id=?", (sender,)).fetchone()[0] >= 1


def test_check_question_answered_no_continues_the_intake(servers):
    sender = "test-parent-3"
    servers.say(sender, "mijn zoon van 12 is heel boos de laatste tijd")
    r = texts(servers.say(sender, "ik kan niet meer"))
    assert "jezelf iets aan te doen" in r
    r = texts(servers.say(sender, "nee"))
    assert "geen direct gevaar" in r and "?" in r.split("dag en nacht.")[-1]  # settled, and the intake goes on


def test_check_question_answered_yes_gives_the_acute_reply(servers):
    sender = "test-parent-4"
    servers.say(sender, "ik trek het niet meer")
    r = texts(servers.say(sender, "ja"))
    assert "113" in r and "0800-0113" in r
    assert "Als je ja zegt, deel ik de samenvatting van dit gesprek" in r  # consent: what is shared, with whom
    # consent question after the safety reply: "ja" hands over (office hours) or starts an urgent
    # call back request; it does not resume the intake
    open_now = sociale_kaart.get(None).is_open()
    r = texts(servers.say(sender, "ja"))
    assert ("neemt het gesprek nu over" if open_now else "Hoe mogen we je noemen?") in r
    row = sqlite3.connect(servers.database).execute(
        "select safety_level, handover_requested, consent from conversations where sender_id=?", (sender,)).fetchone()
    assert row[0] == "acuut" and row[1] == open_now and json.loads(row[2])["given"] is True


def test_burst_of_repeats_and_other_language(servers):
    sender = "test-parent-5"
    servers.say(sender, "mijn dochter van 6 plast weer in bed")
    first = texts(servers.say(sender, "ze wordt elke nacht nat wakker"))
    for _ in range(3):
        assert "al ontvangen" in texts(servers.say(sender, "ze wordt elke nacht nat wakker"))
    assert "only chat in Dutch" in texts(servers.say(sender, "my daughter wets the bed and I do not know what to do"))
    facts = json.loads(sqlite3.connect(servers.database).execute(
        "select facts from conversations where sender_id=?", (sender,)).fetchone()[0])
    assert facts["texts"].count("ze wordt elke nacht nat wakker") == 1 and first
