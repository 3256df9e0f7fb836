"""`python -m cobalt_kit`: the `cobalt` command."""

from cobalt_kit.cli import main

main()
