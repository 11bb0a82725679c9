"""Start the registry: ``python main.py`` for the application, ``python main.py --help`` for
the headless commands."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
