"""The engine: from a ``Document`` (or the offline backend's draft) to a validated ``Briefing``.

Layer 4. May import the foundation, ``summarize.schemas``, ``summarize.sources`` and
``summarize.offline`` (the overview of a long article reuses the offline backend's rules); never
``render``, ``api``, ``batch`` or the command line.
"""
