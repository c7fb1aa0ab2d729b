"""Storage against a real SQLite database file."""
from bot import store


def test_conversation_upsert_and_urgency_only_rises(tmp_path):
    url = f"sqlite:///{tmp_path / 'v.db'}"
    store.save_conversation("s1", {"safety": {"level": "acuut"}, "hoge_nood": False}, {"a": 1}, url=url)
    store.save_conversation("s1", {"safety": {"level": "geen"}, "hoge_nood": True}, {"a": 2}, url=url)
    row = store.get_conversation("s1", url=url)
    assert row.safety_level == "acuut" and row.urgent and row.hoge_nood and row.facts == {"a": 2}


def test_safety_flag_keeps_the_triggering_message(tmp_path):
    url = f"sqlite:///{tmp_path / 'v.db'}"
    store.flag_safety("s2", "zorg", "ik denk dat de buurjongen geslagen wordt", [{"text": "geslagen", "at_risk": "ander"}], url=url)
    flags = store.safety_flags("s2", url=url)
    assert flags[0].message.startswith("ik denk") and store.get_conversation("s2", url=url).urgent
