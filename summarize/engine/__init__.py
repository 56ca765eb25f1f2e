"""The engine: from a ``Document`` (or the offline backend's draft) to a validated ``Briefing``.

Layer 4. May import the foundation, ``summarize.schemas``, ``summarize.sources`` and
``summarize.offline`` (the overview of a long article reuses the offline backend's rules); never
``render``, ``api``, ``batch`` or the command line.

In the order an LLM briefing uses them:

    session.py           the entry: one configured session; an article's path, written once
    response_cache.py    finished briefings in SQLite, keyed by what determines the answer
    budget.py            tokens, estimated offline, and how many one request may carry
    split.py             a long article cut into chunks on paragraph and sentence boundaries
    read_chunks.py       the chunks read concurrently; a failed part is never lost silently
    llm.py               one extraction: the endpoint, the mode fallback, errors made ours
    messages.py          the prompt templates with the article spliced in, as data
    instructor_patch.py  the one reach into instructor's internals, pinned by a test
    chat_request.py      a chat completion sent without openai's per-request walk over its types
    transport.py         every HTTP request, and the only layer that retries one
    run.py               the run record: ledger, usage, cost, RunInfo (every path reports here)
    prices.py            what a model's tokens cost
    merge.py, overview.py  chunks' drafts made one, and what only the whole article shows
                         (merge_words.toml: the titles, pronouns and stopwords merge.py compares by)
    merge_finish.py      the merged draft validated against the whole article, conflicts and BLUF added
    assemble.py          a draft to the final briefing: offsets, ids in order, meta
    offline_briefing.py  the offline backend's draft through the same validation and assembly
    steps.py             the two drivers (sync, async) of the cores above
    dry_run.py           what a briefing will cost, computed without calling anything
"""
