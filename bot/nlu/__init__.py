"""Dutch language handling: tokenizer and rules on spaCy's Dutch data, and the Rasa NLU components."""
