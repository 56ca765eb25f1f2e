"""The prompt templates, package data read by ``summarize.engine.prompt`` (no code here).

``system.md`` holds the instructions; ``user.md`` frames the article between two markers.
"""
