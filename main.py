"""Start the registry: ``python main.py`` for the application, ``python main.py --help`` for
the headless commands."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    # an installed (frozen) program is also the child that reads untrusted workbooks
    # (excel/isolated.py spawns it): PyInstaller's freeze_support runs that child's code
    multiprocessing.freeze_support()
    sys.exit(main())
