"""Many articles: the concurrent runner, its inputs and results log, and the OpenAI Batch API path.

Layer 7. May import everything below it (``summarize.api`` and lower); never the command line.
"""
