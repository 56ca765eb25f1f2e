"""``summarize mcp``: serve the MCP tools over stdio (the default) or Streamable HTTP on loopback.

The ``mcp`` package is an optional extra; it is imported only when the server starts, so
``summarize --help`` and ``summarize mcp --help`` work without it.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from summarize.cli.options import sub_app
from summarize.extras import import_extra


class TransportOption(StrEnum):
    stdio = "stdio"
    http = "http"


mcp_app = sub_app()


@mcp_app.command()
def serve(
    root: Annotated[
        list[Path] | None,
        typer.Option(
            "--root",
            metavar="DIR",
            help="A folder the tools may read files from (repeatable) [default: the working directory].",
        ),
    ] = None,
    transport: Annotated[
        TransportOption, typer.Option(help="stdio for editors and chat apps; http serves Streamable HTTP on 127.0.0.1.")
    ] = TransportOption.stdio,
    port: Annotated[int, typer.Option(min=1, max=65535, metavar="N", help="Port for --transport http.")] = 8765,
) -> None:
    """Serve summarize as a Model Context Protocol server (tools: summarize_article, render_briefing)."""
    from summarize.mcp.paths import resolve_roots

    allowed = resolve_roots(root or [])
    # The SDK first, on its own: a failure there is the extra's (missing, or broken inside), not ours.
    import_extra("mcp.server.mcpserver", needs="the MCP server needs the mcp package", extra="mcp")
    from summarize.mcp.server import serve as run_server

    run_server(allowed, transport.value, port)
