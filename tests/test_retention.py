"""Retention deletes old conversations from both databases and keeps recent ones."""
import datetime as dt
import sqlite3

from bot import store
from bot.retention import purge


def test_purge_deletes_only_old_conversations(tmp_path):
    app = f"sqlite:///{tmp_path / 'app.db'}"
    tracker_path = tmp_path / "tracker.db"
    store.save_conversation("old", {"safety": {"level": "zorg"}}, {}, url=app)
    store.flag_safety("old", "zorg", "bericht", [], url=app)
    store.save_conversation("new", {"safety": {"level": "geen"}}, {}, url=app)
    for sender in ("old", "new"):
        store.save_callback(sender, gemeente="voorbeeldstad", name="X", phone="0612345678", email=None,
                            preferred_moment=None, consent={"given": True}, summary={}, due_by=None, url=app)
    with store.session(app) as s, s.begin():
        s.get(store.Conversation, "old").updated_at = dt.datetime(2020, 1, 1)
    db = sqlite3.connect(tracker_path)
    db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, timestamp REAL, data TEXT)")
    now = dt.datetime.now(dt.timezone.utc)
    db.executemany("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, 'user', ?, '{}')",
                   [("old", dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc).timestamp()), ("new", now.timestamp())])
    db.commit()
    deleted = purge(90, app_url=app, tracker=f"sqlite:///{tracker_path}")
    assert deleted == {"conversations": 1, "safety_flags": 1, "callback_requests": 1, "tracker_events": 1}
    assert store.get_conversation("old", url=app) is None and store.get_conversation("new", url=app) is not None
    assert [c.sender_id for c in store.callbacks(url=app)] == ["new"]
    assert [r[0] for r in db.execute("SELECT sender_id FROM events")] == ["new"]
