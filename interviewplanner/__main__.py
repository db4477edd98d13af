"""``python -m interviewplanner``: same as the ``interviewplanner`` command."""

import sys

from interviewplanner.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
