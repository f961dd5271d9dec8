"""Stage placeholder: the whole text as one paragraph and one sentence."""

from __future__ import annotations

import datetime

from ceasefire._model import Article, Span, text_id


def segment(text: str, *, published: datetime.date | None = None) -> Article:
    """Wrap `text` in an Article with one paragraph and one sentence."""
    whole = (Span(start=0, end=len(text)),) if text else ()
    return Article(id=text_id(text), text=text, published=published, paragraphs=whole, sentences=whole)
