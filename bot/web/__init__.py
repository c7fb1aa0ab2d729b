"""The web chat: demo gemeente pages, the embeddable widget, its chat API and the consultant API."""
