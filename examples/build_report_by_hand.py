"""
Build a report by hand, write it as JSON, read it back, and validate it against the schema.

Run: python examples/build_report_by_hand.py
"""

from __future__ import annotations

import datetime

import ceasefire
from ceasefire import Actor, ActorKind, Article, Bound, Figure, FigureCategory, Report, Span


text = "The U.N. estimates 275,000 people are trapped."
article = Article(
    id="hand-built-1",
    published=datetime.date(2016, 11, 2),
    text=text,
    paragraphs=[Span(start=0, end=len(text))],
    sentences=[Span(start=0, end=len(text))],
)
un = Actor(
    id="a1", name="United Nations", kind=ActorKind.INTERNATIONAL_ORG, aliases=["U.N."], mentions=[Span(start=4, end=8)]
)
trapped = Figure(
    value=275_000,
    bound=Bound.EXACT,
    unit="people",
    category=FigureCategory.TRAPPED,
    subject="people",
    source="a1",  # an actor id: the report checks that it resolves
    text="275,000",
    evidence=Span(start=19, end=45),
)
report = Report(article=article, actors=[un], figures=[trapped])

document = ceasefire.to_json(report)
assert ceasefire.from_json(document) == report  # reports round-trip exactly

try:
    import jsonschema
except ImportError:  # validation against the schema needs the optional jsonschema package
    print("jsonschema is not installed; skipping schema validation")
else:
    jsonschema.validate(ceasefire.to_dict(report), ceasefire.json_schema())
    print("valid against the JSON Schema")

print(report.text_of(trapped.evidence))
print(document[:200])
