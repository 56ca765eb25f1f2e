"""``summarize`` console script and ``python -m summarize``.

Kept tiny: ``--version`` answers from here without loading typer, pydantic or the LLM stack.
"""

from __future__ import annotations

import os
import sys

from summarize.version import __version__

EXIT_INTERRUPTED = 130  # the same as summarize.cli.main.EX_INTERRUPTED (not imported: --version stays light)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        sys.stdout.write(f"summarize {__version__}\n")
        return 0
    from summarize.cli.main import main as cli_main

    code = cli_main(args)
    if code == EXIT_INTERRUPTED and argv is None:
        # Ctrl-C: leave now. Requests still in flight on worker threads would otherwise hold the
        # process until they time out. Output files are written atomically, results lines whole.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
