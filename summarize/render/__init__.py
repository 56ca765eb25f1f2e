"""Rendering: a finished ``Briefing`` as JSON, Markdown or an HTML report, and the diff of two.

Layer 5. May import the foundation, ``summarize.schemas`` and the layers below it (sources,
offline, engine); never ``api``, ``batch`` or the command line.

    formats.py        a briefing in one of the three formats (JSON is the contract's own ``to_json``)
    markdown.py       the Markdown briefing
    html_report.py    the self-contained HTML report (``report_assets/`` inlined)
    report_warnings.py  what a reader must know first (unread parts, text addressed to an AI, warnings)
    diff.py           what changed between two briefings of a story
    diff_markdown.py  that diff as Markdown
    output.py         rendered text to a file, whole or not at all
"""
