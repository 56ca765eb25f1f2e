"""The MCP server (``summarize mcp``): tools, resources and a prompt for editors and chat apps.

Layer 8 (the top). May import every layer below; the ``mcp`` package itself is an optional extra.
"""
