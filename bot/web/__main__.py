"""`python -m bot.web`: the web server on WEB_PORT (see bot/web/server.py)."""
from bot.web.server import main

main()
