"""The ``summarize`` command line: one module per subcommand.

Layer 8 (the top), with ``summarize.mcp`` and ``summarize.plugins``: may import every layer below;
nothing below imports it. ``summarize.__main__`` is the console script.

    main.py       dispatch to a subcommand; every failure becomes one line and an exit code
    brief.py      summarize [FILE | URL | -]: brief one article
    batch.py      summarize batch
    batch_api.py  summarize batch-status, batch-collect
    eval.py       summarize eval
    diff.py       summarize diff
    cache.py      summarize cache stats|clear
    mcp.py        summarize mcp
    options.py    what every subcommand shares: sub_app() and the option choices
    output.py     stdout or --output, and the one-line messages on stderr
    protected.py  what --output never overwrites: a file a batch writes, results, the cache, a manifest
"""
