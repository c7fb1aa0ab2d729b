"""Call back requests stored through SQLAlchemy in a real SQLite file, only with consent; Alembic
migrations upgrade an existing database without losing rows."""
import datetime as dt
import json
import sqlite3

import pytest

from bot import store
from bot.migrations import current_revision, upgrade

CONSENT = {"given": True, "what": "samenvatting van dit gesprek en contactgegevens",
           "with": "medewerkers van Vraagbaak Jeugd Voorbeeldstad", "text": "Dan deel ik …", "at": "2026-11-23T10:00:00+00:00"}
SUMMARY = {"topics": ["slaap"], "safety": {"level": "geen", "signals": []}, "hoge_nood": False,
           "route": {"id": "poh_jeugd", "provisional": False, "reasons": ["Omdat …"]}}


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'vraagbaak.db'}"


def test_a_call_back_request_is_stored_with_consent_summary_route_and_urgency(url, tmp_path):
    due = dt.datetime(2026, 11, 25, 16, 0, tzinfo=dt.timezone.utc)
    row_id = store.save_callback("s1", gemeente="voorbeeldstad", name="Sanne", phone="0612345678", email=None,
                                 preferred_moment="morgenochtend", consent=CONSENT, summary=SUMMARY, due_by=due, url=url)
    [row] = store.callbacks("s1", url=url)
    assert row.id == row_id and row.name == "Sanne" and row.phone == "0612345678" and row.status == "nieuw"
    assert row.consent == CONSENT and row.summary["route"]["id"] == "poh_jeugd" and row.route == "poh_jeugd"
    assert row.due_by == dt.datetime(2026, 11, 25, 16, 0) and not row.urgent and not row.hoge_nood
    # really in the file, readable by anything that speaks SQLite
    raw = sqlite3.connect(tmp_path / "vraagbaak.db").execute("select consent, status from callback_requests").fetchone()
    assert json.loads(raw[0])["given"] is True and raw[1] == "nieuw"


def test_no_consent_no_storage(url):
    for consent in ({"given": False}, {}):
        with pytest.raises(ValueError, match="consent"):
            store.save_callback("s2", gemeente="voorbeeldstad", name="Mo", phone="0612345678", email=None,
                                preferred_moment=None, consent=consent, summary=SUMMARY, due_by=None, url=url)
    with pytest.raises(ValueError, match="phone number or an e-mail"):
        store.save_callback("s2", gemeente="voorbeeldstad", name="Mo", phone=None, email=None,
                            preferred_moment=None, consent=CONSENT, summary=SUMMARY, due_by=None, url=url)
    assert store.callbacks("s2", url=url) == []


def test_the_queue_puts_safety_then_hoge_nood_then_due_time_first(url):
    def add(sender, level="geen", hoge_nood=False, day=26):
        summary = dict(SUMMARY, safety={"level": level, "signals": []}, hoge_nood=hoge_nood)
        store.save_callback(sender, gemeente="voorbeeldstad", name="X", phone="0612345678", email=None,
                            preferred_moment=None, consent=CONSENT, summary=summary,
                            due_by=dt.datetime(2026, 11, day, 16, tzinfo=dt.timezone.utc), url=url)
    add("later", day=27)
    add("sooner", day=25)
    add("nood", hoge_nood=True, day=28)
    add("veilig", level="zorg", day=29)
    assert [c.sender_id for c in store.callbacks(url=url)] == ["veilig", "nood", "sooner", "later"]
    store.set_callback_status(store.callbacks("sooner", url=url)[0].id, "teruggebeld", url=url)
    assert store.callbacks("sooner", url=url)[0].status == "teruggebeld"
    with pytest.raises(ValueError):
        store.set_callback_status(1, "vergeten", url=url)


def test_a_database_from_before_migrations_is_upgraded_without_loss(tmp_path):
    """The schema of session 1 (create_all, no alembic_version) with a conversation in it."""
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE conversations (sender_id VARCHAR(128) PRIMARY KEY, summary JSON NOT NULL, facts JSON NOT NULL,
            safety_level VARCHAR(8) NOT NULL, urgent BOOLEAN NOT NULL, hoge_nood BOOLEAN NOT NULL,
            handover_requested BOOLEAN NOT NULL, consent JSON, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL);
        CREATE TABLE safety_flags (id INTEGER PRIMARY KEY, sender_id VARCHAR(128) NOT NULL, level VARCHAR(8) NOT NULL,
            message TEXT NOT NULL, signals JSON NOT NULL, created_at DATETIME NOT NULL);
        INSERT INTO conversations VALUES ('oud', '{"topics": ["slaap"]}', '{}', 'zorg', 1, 0, 0, NULL,
            '2026-11-01 10:00:00', '2026-11-01 10:00:00');
        INSERT INTO safety_flags VALUES (1, 'oud', 'zorg', 'een bericht', '[]', '2026-11-01 10:00:00');
    """)
    con.commit()
    con.close()
    url = f"sqlite:///{path}"
    row = store.get_conversation("oud", url=url)   # first use migrates
    assert current_revision(url) == "0002"
    assert row.summary == {"topics": ["slaap"]} and row.safety_level == "zorg" and row.gemeente is None
    assert len(store.safety_flags("oud", url=url)) == 1
    store.save_callback("oud", gemeente="rivierdal", name="Ans", phone=None, email="ans@voorbeeld.nl",
                        preferred_moment=None, consent=CONSENT, summary=SUMMARY, due_by=None, url=url)
    assert store.callbacks("oud", url=url)[0].email == "ans@voorbeeld.nl"


def test_migrations_step_by_step_keep_rows(tmp_path):
    url = f"sqlite:///{tmp_path / 'steps.db'}"
    upgrade(url, "0001")
    assert current_revision(url) == "0001"
    con = sqlite3.connect(tmp_path / "steps.db")
    con.execute("INSERT INTO conversations VALUES ('a', '{}', '{}', 'geen', 0, 1, 0, NULL, '2026-11-20 09:00:00', '2026-11-20 09:00:00')")
    con.commit()
    con.close()
    upgrade(url, "head")
    assert current_revision(url) == "0002"
    assert store.get_conversation("a", url=url).hoge_nood is True
    upgrade(url, "head")  # idempotent
    assert current_revision(url) == "0002"
