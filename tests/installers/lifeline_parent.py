"""A stand-in desktop for the lifeline test: starts the demo server on ``argv[1]``, prints the
child's pid and waits to be killed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop.demo_server import DemoServer


def main() -> None:
    server = DemoServer(Path(sys.argv[1]), start_timeout_s=300)
    server.start()
    print(server.pid, server.url, flush=True)
    time.sleep(3600)


if __name__ == "__main__":
    main()
