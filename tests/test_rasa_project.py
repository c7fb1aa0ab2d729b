"""`rasa data validate` is clean and the end-to-end test stories pass (`rasa test core`)."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RASA = str(Path(sys.executable).with_name("rasa"))
# Intents set by pipeline components, never by training data (bot/nlu/components.py).
COMPONENT_INTENTS = {"safety_acuut", "safety_zorg", "safety_check", "bad_input"}
# Questions a form asks by itself (Rasa's validator does not see that forms use them).
FORM_QUESTIONS = {"utter_ask_cb_name", "utter_ask_cb_contact", "utter_ask_route_preference"}
pytestmark = pytest.mark.slow


def test_rasa_data_validate_is_clean():
    out = subprocess.run([RASA, "data", "validate", "--data", "bot/data"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    warnings = [line for line in (out.stdout + out.stderr).splitlines() if "UserWarning" in line]
    unexpected = [w for w in warnings if not any(f"'{i}'" in w for i in COMPONENT_INTENTS | FORM_QUESTIONS)]
    assert not unexpected, unexpected


def test_end_to_end_stories(tmp_path):
    out = subprocess.run([RASA, "test", "core", "--stories", "tests/stories", "--model", "models/vraagbaak.tar.gz",
                          "--out", str(tmp_path), "--fail-on-prediction-errors", "--no-plot"],
                         cwd=ROOT, capture_output=True, text=True)
    failed = (tmp_path / "failed_test_stories.yml")
    detail = failed.read_text() if failed.exists() else ""
    assert out.returncode == 0, detail[-4000:] + out.stdout[-2000:] + out.stderr[-2000:]
