"""`python -m cobalt_kit.sandbox`: the same as `cobalt sandbox` (see `cobalt sandbox --help`). It becomes
`python -m cobalt_kit sandbox` (exec: the same process, so signals reach it), without importing the CLI,
which sits above the sandbox."""

import os
import sys

if __name__ == "__main__":
    os.execv(sys.executable, [sys.executable, "-m", "cobalt_kit", "sandbox", *sys.argv[1:]])
