"""`make run`: start the action server, the Rasa server (REST + socket.io) on the SQL tracker store and
the web server (web chat pages, widget, chat and consultant API: bot/web), and stop them cleanly on
Ctrl-C. Settings from .env (see .env.example)."""
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
        [sys.executable, "-m", "bot.web"],  # reads WEB_PORT, RASA_PORT, RASA_API_TOKEN, VRAAGBAAK_CORS_ORIGINS
    ]


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalServers:
    """Rasa, action and web servers on free ports with their own databases in `workdir`:
    used by the end-to-end tests and the benchmarks, so they exercise the real thing."""

    def __init__(self, workdir: Path, model: Path = MODEL, **extra_env: str):
        self.workdir, self.model = Path(workdir), model
        self.rasa_port, self.action_port, self.web_port = free_port(), free_port(), free_port()
        self.web_url = f"http://127.0.0.1:{self.web_port}"
        self.tracker_db = self.workdir / "tracker.db"
        self.database = self.workdir / "vraagbaak.db"
        config.load()
        self.env = dict(os.environ, RASA_PORT=str(self.rasa_port), ACTION_PORT=str(self.action_port),
                        VRAAGBAAK_ACTION_URL=f"http://127.0.0.1:{self.action_port}/webhook",
                        VRAAGBAAK_TRACKER_DIALECT="sqlite", VRAAGBAAK_TRACKER_DB=str(self.tracker_db),
                        VRAAGBAAK_DATABASE_URL=f"sqlite:///{self.database}",
                        WEB_PORT=str(self.web_port),
                        VRAAGBAAK_CORS_ORIGINS=f"{self.web_url},http://localhost:{self.web_port}",
                        RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3")
        self.env.update(extra_env)
        self.procs: List[subprocess.Popen] = []

    def start(self, timeout: float = 300) -> "LocalServers":
        import urllib.request
        saved = dict(os.environ)
        os.environ.update(self.env)
        try:
            commands = self.commands = server_commands(self.model)
        finally:
            os.environ.clear()
            os.environ.update(saved)
        for i, cmd in enumerate(commands):
            log = open(self.workdir / f"server{i}.log", "wb")
            self.procs.append(subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT))
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(p.poll() is not None for p in self.procs):
                break
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.rasa_port}/", timeout=2)
                urllib.request.urlopen(f"http://127.0.0.1:{self.action_port}/health", timeout=2)
                urllib.request.urlopen(f"{self.web_url}/health", timeout=2)
                return self
            except Exception:
                time.sleep(1)
        self.stop()
        raise RuntimeError("servers did not start: " + self.log_tail())

    def log_tail(self, chars: int = 3000) -> str:
        return "\n".join((self.workdir / f"server{i}.log").read_text(errors="replace")[-chars:]
                         for i in range(len(self.procs)) if (self.workdir / f"server{i}.log").exists())

    def say(self, sender: str, message: str, timeout: float = 120) -> list:
        import json
        import urllib.request
        req = urllib.request.Request(f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/webhook",
                                     data=json.dumps({"sender": sender, "message": message}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read())

    def start_web(self) -> None:
        """(Re)starts only the web server, e.g. after `stop_web()` in a connection-loss test."""
        import urllib.request
        log = open(self.workdir / "server2.log", "ab")
        self.procs[2] = subprocess.Popen(self.commands[2], cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{self.web_url}/health", timeout=2)
                return
            except Exception:
                time.sleep(0.2)
        raise RuntimeError("web server did not restart: " + self.log_tail())

    def stop_web(self) -> None:
        self.procs[2].terminate()
        self.procs[2].wait(timeout=20)

    def stop(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def check_configuration() -> None:
    """Refuse to start on a broken sociale kaart (the message names the file and the field) and
    bring the project's database to the newest schema before the servers share it."""
    from bot import sociale_kaart, store
    gemeenten = sociale_kaart.validate_all()
    store.migrate(config.database_url())
    print(f"sociale kaart: {', '.join(gemeenten)} (default {sociale_kaart.default_id()}); database schema up to date",
          flush=True)


def main() -> int:
    config.load()
    try:
        check_configuration()
    except Exception as exc:  # SocialeKaartError, or a database that cannot be upgraded
        print(f"Vraagbaak assistant not started: {exc}", file=sys.stderr, flush=True)
        return 2
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3")
    procs = [subprocess.Popen(cmd, cwd=ROOT, env=env) for cmd in server_commands()]
    print(f"Vraagbaak assistant: Rasa on :{env['RASA_PORT']}, actions on :{env['ACTION_PORT']}, "
          f"web chat and API on http://localhost:{env['WEB_PORT']}/ . Ctrl-C stops.", flush=True)

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
    next_purge = 0.0
    while all(p.poll() is None for p in procs):
        if time.time() >= next_purge:  # retention: at start, then once a day
            try:
                from bot.retention import purge
                print(f"retention purge: {purge()}", flush=True)
            except Exception as exc:  # never take the assistant down for this; say it loudly
                print(f"retention purge failed: {exc}", file=sys.stderr, flush=True)
            next_purge = time.time() + 24 * 3600
        time.sleep(0.5)
    stop()
    return 1


if __name__ == "__main__":
    sys.exit(main())
