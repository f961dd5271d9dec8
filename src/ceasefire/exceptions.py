"""
Exceptions raised by ceasefire.

Every exception the library raises on purpose derives from `CeasefireError`, and each
leaf also derives from the builtin it resembles, so ``except ValueError`` keeps working:

    CeasefireError
    ├── FormatError(ValueError)     a JSON document or dict does not fit the report format
    ├── InvariantError(ValueError)  a model object was built in a state the format forbids
    └── InputError(ValueError)      `parse` was given something it cannot read

and one warning, `StageWarning`, for a stage of `parse` that failed and was skipped.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class Problem:
    """
    One thing wrong with a document or an object, and where.

    Attributes:
        path: Where the problem is, in ``$.figures[3].value`` notation.
        message: What is wrong there.
    """

    path: str
    message: str

    def __str__(self) -> str:
        """Render as ``path: message``, the form users grep for."""
        return f"{self.path}: {self.message}"


class CeasefireError(Exception):
    """Base of every error ceasefire raises on purpose."""


class _ProblemsError(CeasefireError, ValueError):
    """An error that lists every `Problem` found, not only the first."""

    problems: tuple[Problem, ...]

    def __init__(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(*self.problems)

    def __str__(self) -> str:
        """List every problem, one a line, so a bad document is fixed in one pass."""
        return "; ".join(str(problem) for problem in self.problems)

    @property
    def paths(self) -> tuple[str, ...]:
        """The paths of all problems, in the order they were found."""
        return tuple(problem.path for problem in self.problems)


class FormatError(_ProblemsError):
    """
    A document does not fit the report format.

    Raised by `ceasefire.from_json` and `ceasefire.from_dict`; `problems` names the path of
    every offending field, for example ``$.figures[3].bound: 'lots' is not one of ...``.
    """


class InvariantError(_ProblemsError):
    """
    A model object would break one of the format's invariants.

    Raised when a type is built by hand in a state the format forbids: a span running past
    the text, ``low > value``, a reference to an actor that does not exist. Paths are
    relative to the object being built (``$`` is the object itself).
    """


class InputError(CeasefireError, ValueError):
    """
    `parse` was given something it cannot read: not a `str`, or more text than the limit.

    Attributes:
        reason: What was wrong with the input.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class StageWarning(UserWarning):
    """
    A stage of `parse` failed on a text and was skipped: the report lacks that stage's items.

    `parse` never raises on text content; a failing stage is a bug in ceasefire, reported this
    way so that the rest of the report (and the rest of a batch) is not lost. Please report it
    with the text. Turn it into an error with ``warnings.simplefilter("error", StageWarning)``.
    """
