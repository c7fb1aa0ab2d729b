"""The safety layer: detection (detector.py), the fixed replies (protocol.py), numbers (safety.yml)."""
