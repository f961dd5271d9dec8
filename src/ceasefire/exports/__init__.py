"""
Exports: a `Report` as rows for the tools analysts already use.

Every export is a pure function from a report to rows (dicts with a fixed key order); what
the text does not support is empty, never guessed.

- `flat_tables`: events, figures, actors, pauses, corridors; one row per item, ids linking them.
- `acled_rows`: events in the layout of the ACLED event record.
- `plover_records`: events as PLOVER event records (JSON Lines objects).
- `ceasefire_dataset_rows`: pauses in the layout of the ETH/PRIO ceasefire dataset.
- `write_csv` and `to_dataframes` (pandas, the ``ceasefire[pandas]`` extra) for any of them.
"""

from __future__ import annotations

from ceasefire.exports._acled import ACLED_FIELDS, acled_rows
from ceasefire.exports._ceasefire_dataset import CEASEFIRE_DATASET_FIELDS, ceasefire_dataset_rows
from ceasefire.exports._plover import PLOVER_FIELDS, plover_records
from ceasefire.exports._tables import TABLES, flat_tables, to_dataframes, write_csv


__all__ = [
    "ACLED_FIELDS",
    "CEASEFIRE_DATASET_FIELDS",
    "PLOVER_FIELDS",
    "TABLES",
    "acled_rows",
    "ceasefire_dataset_rows",
    "flat_tables",
    "plover_records",
    "to_dataframes",
    "write_csv",
]
