"""Many articles: the concurrent runner, its inputs and results log, and the OpenAI Batch API path.

Layer 7. May import everything below it (``summarize.api`` and lower); never the command line.

    runner.py           BatchRun, summarize_many: bounded concurrency, totals, budgets
    inputs.py           files, folders, globs and JSONL lists, read lazily
    results_log.py      the JSONL results file: whole lines, resumable, locked
    openai_requests.py  a Batch API request line: the body a direct request sends
    openai_manifest.py  the local record of a submitted batch
    openai_answers.py   a Batch API answer validated (and re-asked) like a direct run's
    openai_job.py       submit, wait, collect
"""
