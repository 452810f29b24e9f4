"""The frozen app's entry script (PyInstaller needs a file, not a ``module:function``).

Everything happens in ``desktop.app.main``, including the hidden ``--demo-server-child``
dispatch that lets the one executable also be its own demo server. ``freeze_support`` first:
on Windows the demo server generates its data in a spawned process, which re-runs this
executable and must be caught here before the desktop starts.
"""

import multiprocessing
import sys

from desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
