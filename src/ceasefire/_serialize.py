"""
The report format at the edge: dicts, JSON and JSON Schema, on one cattrs converter.

The model knows nothing of JSON; everything about how a value is written lives here.
Structuring is strict, not coercing: ``"1200"`` where an integer belongs, or ``true``
where a number belongs, is a `FormatError` naming the field's path.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import re
import types
import typing
from typing import Any, Final

import attrs
import cattrs
import orjson
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ceasefire._model import (
    Actor,
    Article,
    Corridor,
    DailyWindow,
    Dateline,
    Event,
    Figure,
    HumanitarianPause,
    Quote,
    Report,
    Span,
    When,
    span_at,
)
from ceasefire.exceptions import FormatError, InvariantError, Problem


_MODEL_TYPES: Final = (
    Span,
    When,
    Dateline,
    Article,
    Actor,
    Event,
    DailyWindow,
    Corridor,
    HumanitarianPause,
    Figure,
    Quote,
    Report,
)
_RENAMES: Final[dict[type, dict[str, str]]] = {DailyWindow: {"start": "from", "end": "to"}}


# --------------------------------------------------------------------------- scalar rules


def _type_name(value: object) -> str:
    return {
        type(None): "null",
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
    }.get(type(value), type(value).__name__)


def _expect(value: object, kinds: tuple[type, ...], wanted: str) -> None:
    # bool is an int in Python but never a number in JSON.
    if isinstance(value, bool) and bool not in kinds:
        msg = f"expected {wanted}, got boolean {json.dumps(value)}"
        raise TypeError(msg)
    if not isinstance(value, kinds):
        msg = f"expected {wanted}, got {_type_name(value)} {value!r}"
        raise TypeError(msg)


def _structure_str(value: object, _: type) -> str:
    if type(value) is str:  # the common case, without the checks that explain a mistake
        return value
    _expect(value, (str,), "a string")
    return typing.cast("str", value)


def _structure_int(value: object, _: type) -> int:
    if type(value) is int:
        return value
    _expect(value, (int,), "an integer")
    return typing.cast("int", value)


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is bool:
        return value
    _expect(value, (bool,), "a boolean")
    return typing.cast("bool", value)


def _structure_number(value: object, _: type) -> int | float:
    if type(value) is int or type(value) is float:
        return value
    _expect(value, (int, float), "a number")
    return typing.cast("int | float", value)


def _is_number_union(cl: Any) -> bool:
    args = set(typing.get_args(cl))
    return typing.get_origin(cl) in {typing.Union, types.UnionType} and args in ({int, float}, {int, float, type(None)})


def _is_optional(cl: Any) -> bool:
    args = typing.get_args(cl)
    return (
        typing.get_origin(cl) in {typing.Union, types.UnionType}
        and len(args) == 2
        and type(None) in args
        and not _is_number_union(cl)
    )


def _structure_optional_factory(cl: Any, converter: cattrs.Converter) -> Any:
    """``X | None`` with the hook for X looked up once, not at every value."""
    (inner,) = [arg for arg in typing.get_args(cl) if arg is not type(None)]
    handler = converter.get_structure_hook(inner)

    def structure(value: object, _: type) -> Any:
        return None if value is None else handler(value, inner)

    return structure


def _structure_optional_number(value: object, cl: type) -> int | float | None:
    if value is None and type(None) in typing.get_args(cl):
        return None
    return _structure_number(value, cl)


_ISO_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


def _structure_date(value: object, _: type) -> datetime.date:
    _expect(value, (str,), "a date string YYYY-MM-DD")
    text = typing.cast("str", value)
    if _ISO_DATE.fullmatch(text) is None:
        msg = f"expected a date YYYY-MM-DD, got {text!r}"
        raise ValueError(msg)
    return datetime.date.fromisoformat(text)


_ISO_DURATION: Final = re.compile(
    r"P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?"
)


def format_duration(duration: datetime.timedelta) -> str:
    """Write a duration in ISO 8601: ``PT10H``, ``P3D``, ``P1DT12H``."""
    seconds = int(duration.total_seconds())
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, seconds = divmod(rest, 60)
    clock = "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
    day_part = f"{days}D" if days else ""
    if not day_part and not clock:
        return "PT0S"
    return f"P{day_part}" + (f"T{clock}" if clock else "")


def parse_duration(text: str) -> datetime.timedelta:
    """
    Read an ISO 8601 duration made of weeks, days, hours, minutes and seconds.

    Raises:
        ValueError: `text` is not such a duration (months and years have no fixed length).
    """
    match = _ISO_DURATION.fullmatch(text)
    if match is None or text in {"P", "PT"} or text.endswith("T"):
        msg = f"expected an ISO 8601 duration such as 'PT10H' or 'P3D', got {text!r}"
        raise ValueError(msg)
    parts = {name: int(number) for name, number in match.groupdict().items() if number}
    return datetime.timedelta(**parts)


def _structure_duration(value: object, _: type) -> datetime.timedelta:
    _expect(value, (str,), "an ISO 8601 duration string")
    return parse_duration(typing.cast("str", value))


def _structure_enum_factory(cl: type[enum.Enum]) -> Any:
    by_value = {member.value: member for member in cl}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: type) -> enum.Enum:
        if type(value) is not str:
            _expect(value, (str,), "a string")
        try:
            return by_value[value]
        except KeyError:
            msg = f"{value!r} is not one of {allowed}"
            raise ValueError(msg) from None

    return structure


def _is_tuple(cl: Any) -> bool:
    return typing.get_origin(cl) is tuple


def _structure_tuple_factory(cl: Any, converter: cattrs.Converter) -> Any:
    (item_type, _ellipsis) = typing.get_args(cl)
    handler = converter.get_structure_hook(item_type)

    if not converter.detailed_validation:

        def structure_quickly(value: object, _: type) -> tuple[Any, ...]:
            if type(value) is not list:
                _expect(value, (list, tuple), "an array")
            return tuple([handler(item, item_type) for item in typing.cast("list[Any]", value)])

        return structure_quickly

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if type(value) is not list:
            _expect(value, (list, tuple), "an array")
        try:  # the common case in one pass; on any problem, again item by item to name each bad index
            return tuple([handler(item, item_type) for item in typing.cast("list[Any]", value)])
        except Exception:  # noqa: BLE001, S110 - the careful pass below reports it
            pass
        items = []
        errors: list[Exception] = []
        for index, item in enumerate(typing.cast("list[Any]", value)):
            try:
                items.append(handler(item, item_type))
            except Exception as exc:  # noqa: BLE001 - collected and re-raised with its index as cattrs does
                exc.__notes__ = [
                    *getattr(exc, "__notes__", []),
                    cattrs.errors.IterableValidationNote(f"@ index {index}", index, item_type),
                ]
                errors.append(exc)
        if errors:
            msg = f"While structuring {cl!r}"
            raise IterableValidationError(msg, errors, cl)
        return tuple(items)

    return structure


# --------------------------------------------------------------------------- the converter


def _renamed(path: str, keys: dict[str, str]) -> str:
    head, _, rest = path.removeprefix("$.").partition(".")
    return "$." + ".".join(filter(None, (keys.get(head, head), rest)))


def _class_hooks(converter: cattrs.Converter, cl: type) -> None:
    renames = {name: override(rename=key) for name, key in _RENAMES.get(cl, {}).items()}
    inner: Any = make_dict_structure_fn(cl, converter, _cattrs_forbid_extra_keys=True, **renames)  # type: ignore[arg-type]
    name = cl.__name__

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, dict):
            msg = f"expected an object ({name}), got {_type_name(value)}"
            raise TypeError(msg)
        return inner(value, cl)

    def structure_span(value: object, _: type) -> Any:
        if type(value) is dict and len(value) == 2:  # start and end
            start, end = value.get("start"), value.get("end")
            if type(start) is int and type(end) is int:
                return span_at(start, end)  # checks their order and sign
        return structure(value, cl)

    if cl is Span:  # spans are most of a report: their own fast paths
        converter.register_structure_hook(cl, structure_span)
        converter.register_unstructure_hook(cl, _unstructure_span)
        return
    # The quick converter needs no friendly type check: whatever fails, the detailed one explains.
    converter.register_structure_hook(cl, structure if converter.detailed_validation else inner)
    converter.register_unstructure_hook(cl, make_dict_unstructure_fn(cl, converter, **renames))  # type: ignore[arg-type]


def _unstructure_span(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def configure_converter(converter: cattrs.Converter) -> None:
    """Register the report format's rules on `converter`: strict scalars, ISO dates and durations, enums by value."""
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(float, _structure_number)
    converter.register_structure_hook_func(_is_number_union, _structure_optional_number)
    converter.register_structure_hook_factory(_is_optional, lambda cl: _structure_optional_factory(cl, converter))
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.timedelta, _structure_duration)
    converter.register_unstructure_hook(datetime.timedelta, format_duration)
    converter.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _structure_enum_factory
    )
    converter.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda member: member.value
    )
    converter.register_structure_hook_factory(_is_tuple, lambda cl: _structure_tuple_factory(cl, converter))
    for cl in _MODEL_TYPES:
        attrs.resolve_types(cl)
        _class_hooks(converter, cl)


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """
    A converter for the report format, with tuples written as lists.

    Args:
        detailed_validation: Collect every problem with its path (the default), or stop at
            the first, which is faster: the same data pass and fail either way.
    """
    converter = cattrs.Converter(
        forbid_extra_keys=True,
        unstruct_collection_overrides={tuple: list},
        detailed_validation=detailed_validation,
    )
    configure_converter(converter)
    return converter


_CONVERTER: Final = make_converter()
_QUICK_CONVERTER: Final = make_converter(detailed_validation=False)


# --------------------------------------------------------------------------- errors with paths


def _problems(exc: BaseException, path: str) -> list[Problem]:
    """Flatten a cattrs error tree into problems with ``$.a.b[3]`` paths."""
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        found = [problem for inner, note in with_notes for problem in _problems(inner, f"{path}.{note.name}")]
        # The model's own checks name its fields; the document names its keys.
        keys = _RENAMES.get(exc.cl, {})
        found += [
            Problem(path + _renamed(problem.path, keys).removeprefix("$"), problem.message)
            for inner in without
            for problem in _problems(inner, "$")
        ]
        return found
    if isinstance(exc, IterableValidationError):
        with_notes_i, without_i = exc.group_exceptions()
        found = [problem for inner, note in with_notes_i for problem in _problems(inner, f"{path}[{note.index}]")]
        return found + [problem for inner in without_i for problem in _problems(inner, path)]
    if isinstance(exc, InvariantError):
        return [Problem(path + problem.path.removeprefix("$"), problem.message) for problem in exc.problems]
    if isinstance(exc, ForbiddenExtraKeysError):
        return [Problem(f"{path}.{key}", "unknown field") for key in sorted(exc.extra_fields)]
    if isinstance(exc, KeyError):
        return [Problem(path, "required field is missing")]
    return [Problem(path, str(exc))]


# --------------------------------------------------------------------------- public functions


def to_dict(report: Report) -> dict[str, Any]:
    """Turn a report into plain dicts, lists, strings and numbers, ready for JSON."""
    return typing.cast("dict[str, Any]", _CONVERTER.unstructure(report, Report))


def from_dict(data: object) -> Report:
    """
    Build a report from plain data, checking every field.

    Raises:
        FormatError: The data does not fit the report format; it names every bad field's path.
    """
    try:  # good data, the common case, passes the quick converter; bad data is read again for its paths
        return _QUICK_CONVERTER.structure(data, Report)
    except Exception:  # noqa: BLE001, S110 - the detailed pass below names the problem
        pass
    try:
        return _CONVERTER.structure(data, Report)
    except (ClassValidationError, IterableValidationError, InvariantError, TypeError, ValueError, KeyError) as exc:
        raise FormatError(_problems(exc, "$")) from exc


def to_json(report: Report, *, indent: int | None = None) -> str:
    """
    Write a report as JSON.

    Args:
        report: The report.
        indent: Spaces per level for people to read, or None (the default) for one compact
            line, written by orjson, many times faster.
    """
    data = to_dict(report)
    if indent is None:
        try:
            return orjson.dumps(data).decode()
        except orjson.JSONEncodeError:
            pass  # what orjson refuses (a lone surrogate from the article, an integer past 64 bits) json writes
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Report:
    """
    Read a report from JSON, checking every field.

    Raises:
        FormatError: The text is not JSON, or the JSON does not fit the report format.
    """
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:  # orjson is strict (no lone surrogates, no NaN): json reads those or explains
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise FormatError([Problem("$", f"not JSON: {exc}")]) from exc
    return from_dict(data)


# --------------------------------------------------------------------------- JSON Schema

_ATTRIBUTE_LINE: Final = re.compile(r"^ {4}(\w+): (.+)$")


def _docs(cl: type) -> tuple[str, dict[str, str]]:
    """The summary of a class docstring and the descriptions in its ``Attributes:`` section."""
    doc = inspect.cleandoc(cl.__doc__ or "")
    summary = doc.split("\n\n", 1)[0].replace("\n", " ").strip()
    fields: dict[str, str] = {}
    if "Attributes:" in doc:
        current = None
        for line in doc.split("Attributes:", 1)[1].splitlines():
            match = _ATTRIBUTE_LINE.match(line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2).strip()
            elif current and line.strip():
                fields[current] += " " + line.strip()
    return summary, fields


_TIMEX_PATTERN: Final = r"^(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-.+)?$|^(?:PRESENT|PAST|FUTURE)_REF$"


class _SchemaGenerator:
    """Walks the attrs classes once, collecting one ``$defs`` entry per class."""

    __slots__ = ("defs",)

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def schema(self, tp: Any) -> dict[str, Any]:
        origin = typing.get_origin(tp)
        if origin in {typing.Union, types.UnionType}:
            args = typing.get_args(tp)
            numeric = {int, float} <= set(args)
            options = [{"type": "number"}] if numeric else []
            options += [
                self.schema(arg) for arg in args if arg is not type(None) and not (numeric and arg in {int, float})
            ]
            if type(None) in args:
                options.append({"type": "null"})
            return options[0] if len(options) == 1 else {"anyOf": options}
        if origin is tuple:
            return {"type": "array", "items": self.schema(typing.get_args(tp)[0])}
        if origin is typing.Literal:
            (value,) = typing.get_args(tp)
            return {"const": value}
        if attrs.has(tp):
            return self._class(tp)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [member.value for member in tp]}
        return self._scalar(tp)

    @staticmethod
    def _scalar(tp: Any) -> dict[str, Any]:
        scalars: dict[Any, dict[str, Any]] = {
            str: {"type": "string"},
            int: {"type": "integer"},
            float: {"type": "number"},
            bool: {"type": "boolean"},
            datetime.date: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            datetime.timedelta: {
                "type": "string",
                "pattern": r"^P(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$",
            },
        }
        return dict(scalars[tp])

    def _class(self, cl: type) -> dict[str, Any]:
        name = cl.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name first, for recursive types
            summary, field_docs = _docs(cl)
            renames = _RENAMES.get(cl, {})
            properties: dict[str, Any] = {}
            required = []
            for field in attrs.fields(cl):
                key = renames.get(field.name, field.name)
                prop = self.schema(field.type)
                if field.name in field_docs:
                    prop = (
                        {**prop, "description": field_docs[field.name]}
                        if "$ref" not in prop
                        else {"allOf": [prop], "description": field_docs[field.name]}
                    )
                properties[key] = prop
                if field.default is attrs.NOTHING:
                    required.append(key)
            self.defs[name] = {
                "title": name,
                "description": summary,
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}


def _add_patterns(defs: dict[str, dict[str, Any]]) -> None:
    """Tighten string fields whose form the model checks with a pattern."""
    defs["When"]["properties"]["value"]["pattern"] = _TIMEX_PATTERN
    for key in ("from", "to"):
        defs["DailyWindow"]["properties"][key]["pattern"] = r"^(?:[01]\d|2[0-3]):[0-5]\d$"
    for key in ("start", "end"):
        defs["Span"]["properties"][key]["minimum"] = 0


def json_schema() -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of a report, derived from the attrs classes.

    Returns:
        A new dict each call, safe to change.
    """
    generator = _SchemaGenerator()
    root = generator.schema(Report)
    _add_patterns(generator.defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://ceasefire.readthedocs.io/schema/report-1.json",
        "title": "ceasefire report",
        "description": "Facts read from one conflict or humanitarian news article (report format version 1).",
        **root,
        "$defs": generator.defs,
    }
