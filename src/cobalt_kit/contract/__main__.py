"""`python -m cobalt_kit.contract`: the same as `cobalt contract` (see `cobalt contract --help`). It becomes
`python -m cobalt_kit contract` (exec: the same process, so signals reach it), without importing the CLI,
which sits above the contract."""

import os
import sys

if __name__ == "__main__":
    os.execv(sys.executable, [sys.executable, "-m", "cobalt_kit", "contract", *sys.argv[1:]])
