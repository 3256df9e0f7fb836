"""`python -m cobalt_kit.contract`: the same as `cobalt contract` (see `cobalt contract --help`)."""

import sys

from cobalt_kit.cli import main

if __name__ == "__main__":
    sys.exit(main(["contract", *sys.argv[1:]]))
