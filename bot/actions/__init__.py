"""Custom actions for the Rasa action server (`rasa run actions --actions bot.actions`)."""
from bot.actions.actions import *  # noqa: F401,F403
