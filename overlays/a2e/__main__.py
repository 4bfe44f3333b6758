"""`python -m a2e`: the same as the `a2e` command."""

import sys

from .cli import main

sys.exit(main())
