"""`make run`: start the action server and the Rasa server (REST + socket.io) on the SQL tracker
store, and stop both cleanly on Ctrl-C. Settings from .env (see .env.example)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import List

from bot import config

ROOT = config.ROOT
MODEL = ROOT / "models" / "vraagbaak.tar.gz"


def server_commands(model: Path = MODEL) -> List[List[str]]:
    config.load()
    (ROOT / "var").mkdir(exist_ok=True)
    rasa = str(Path(sys.executable).with_name("rasa"))
    return [
        [rasa, "run", "actions", "--actions", "bot.actions", "--port", os.environ["ACTION_PORT"]],
        [rasa, "run", "--model", str(model), "--endpoints", str(ROOT / "endpoints.yml"),
         "--credentials", str(ROOT / "credentials.yml"), "--port", os.environ["RASA_PORT"],
         "--enable-api", "--auth-token", os.environ["RASA_API_TOKEN"], "--cors", os.environ["VRAAGBAAK_CORS_ORIGINS"]],
    ]


def main() -> int:
    config.load()
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3")
    procs = [subprocess.Popen(cmd, cwd=ROOT, env=env) for cmd in server_commands()]
    print(f"Vraagbaak assistant: Rasa on :{env['RASA_PORT']}, actions on :{env['ACTION_PORT']}. Ctrl-C stops.", flush=True)

    def stop(*_):
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGINT)
        deadline = time.time() + 15
        for p in procs:
            try:
                p.wait(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                p.kill()
        sys.exit(0)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    while all(p.poll() is None for p in procs):
        time.sleep(0.5)
    stop()
    return 1


if __name__ == "__main__":
    sys.exit(main())
