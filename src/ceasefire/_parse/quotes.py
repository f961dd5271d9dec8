"""Stage placeholder: returns the analysis unchanged until the stage is written."""

from __future__ import annotations

from ceasefire._parse._mentions import Analysis


def find_quotes(analysis: Analysis) -> Analysis:
    """Return the analysis unchanged."""
    return analysis
