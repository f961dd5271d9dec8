"""Run the command line as ``python -m ceasefire``."""

from ceasefire.cli import main


if __name__ == "__main__":
    main()
