"""``python -m tui`` runs the same command as ``quotescope``."""

from tui.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
