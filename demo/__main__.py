"""``python -m demo [--records N] --out DIR [--seed S]`` — see ``demo.cli``."""

from demo.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
