"""Custom actions for the Rasa action server (`rasa run actions --actions bot.actions`).

Importing the package validates every sociale kaart, so the action server refuses to start with a
clear message (file and field) when a gemeente's kaart is broken.
"""
from bot import sociale_kaart

sociale_kaart.validate_all()

from bot.actions.actions import *  # noqa: F401,F403,E402
from bot.actions.callback import *  # noqa: F401,F403,E402
