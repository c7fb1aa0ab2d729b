"""Vraagbaak Jeugd assistant: domain logic shared by the Rasa actions, the triage command and the web app."""
