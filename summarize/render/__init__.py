"""Rendering: a finished ``Briefing`` as JSON, Markdown or an HTML report, and the diff of two.

Layer 5. May import the foundation, ``summarize.schemas`` and the layers below it (sources,
offline, engine); never ``api``, ``batch`` or the command line.
"""
