"""How often the chat records the right topic for a first message: held-out topic examples
(tests/nlu_heldout, never trained on), classifier top intent alone vs. classifier + topic words
(bot/nlu/topic_keywords.py), as the first turn of a chat does (bot/actions/actions.py).

    .venv/bin/python -m scripts.evaluate_topics
"""
from __future__ import annotations

import asyncio
import glob
import json

import yaml

from bot.nlu.topic_keywords import keyword_topics
from bot.run import MODEL


def main() -> int:
    from rasa.core.agent import Agent
    agent = Agent.load(str(MODEL))
    loop = asyncio.new_event_loop()
    items = []
    for path in glob.glob("tests/nlu_heldout/**/*.yml", recursive=True):
        for block in yaml.safe_load(open(path, encoding="utf-8"))["nlu"]:
            if block["intent"].startswith("topic_"):
                items += [(block["intent"][6:], line.strip()[2:]) for line in block["examples"].splitlines() if line.strip().startswith("- ")]
    top = combined = 0
    for topic, text in items:
        parsed = loop.run_until_complete(agent.parse_message(text))
        intent = (parsed.get("original_intent") or parsed.get("intent") or {}).get("name", "")
        predicted = [intent[6:]] if intent.startswith("topic_") else []
        top += topic in predicted
        combined += topic in predicted + keyword_topics(text)[:2]
    print(json.dumps({"examples": len(items), "top_intent_topic_accuracy": round(top / len(items), 3),
                      "with_topic_words": round(combined / len(items), 3)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
