"""`python -m bench [--records N] [--only NAME] [--json FILE]` — see bench/runner.py."""

from bench.runner import main

raise SystemExit(main())
