"""The ``summarize`` command line: one module per subcommand.

Layer 8 (the top), with ``summarize.mcp`` and ``summarize.plugins``: may import every layer below;
nothing below imports it. ``summarize.__main__`` is the console script.
"""
