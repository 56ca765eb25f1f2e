"""The prompt templates, package data read by ``summarize.engine.messages`` (no code here).

``system.md`` holds the instructions; ``user.md`` frames the article between two markers.
"""
