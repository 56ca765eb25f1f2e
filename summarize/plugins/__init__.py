"""Plugins for other tools: ``llm summarize FILE`` for simonw's ``llm`` (``plugins/llm.py``).

Layer 8 (the top). May import every layer below; each plugin imports its host only when loaded.
"""
