"""``summarize`` console script and ``python -m summarize``.

Kept tiny: ``--version`` answers from here without loading typer, pydantic or the LLM stack.
"""

from __future__ import annotations

import sys

from summarize._version import __version__


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:
        sys.stdout.write(f"summarize {__version__}\n")
        return 0
    from summarize.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
