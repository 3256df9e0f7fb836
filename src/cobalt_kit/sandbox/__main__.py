"""`python -m cobalt_kit.sandbox`: the same as `cobalt sandbox` (see `cobalt sandbox --help`)."""

import sys

from cobalt_kit.cli import main

if __name__ == "__main__":
    sys.exit(main(["sandbox", *sys.argv[1:]]))
