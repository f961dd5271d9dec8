"""Run one stage (and the stages before it) on a text, for stage-level tests."""

from __future__ import annotations

import datetime

from ceasefire._lexicon import Lexicon
from ceasefire._parse._mentions import Analysis
from ceasefire._parse.segment import segment


def analyse(text: str, published: datetime.date | None = None) -> Analysis:
    """A fresh analysis of `text`: the article segmented, no stage run yet."""
    lexicon = Lexicon.default()
    return Analysis(article=segment(text, published=published, lexicon=lexicon), lexicon=lexicon)
