"""Chinese messages for request-validation errors, one per field, all at once.

FastAPI reports body and query errors in pydantic's English; the desktop shows ``message``
beside the field named by ``field`` (dotted path inside the body, or the parameter name), so
both must be stable and readable by a county reviewer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

_LOCATIONS = {"body", "query", "path", "header", "cookie"}


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field; ``field`` is "" when the whole request is at fault."""

    field: str
    message: str


def _ctx(name: str, template: str) -> Callable[[Mapping[str, Any]], str]:
    def render(ctx: Mapping[str, Any]) -> str:
        return template.format(ctx.get(name, ""))

    return render


def _fixed(message: str) -> Callable[[Mapping[str, Any]], str]:
    return lambda _ctx: message


def _value_error(ctx: Mapping[str, Any]) -> str:
    error = ctx.get("error")
    return str(error) if error else "值无效"


_MESSAGES: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "missing": _fixed("必填"),
    "string_type": _fixed("必须是文本"),
    "string_too_short": _ctx("min_length", "至少 {} 个字符"),
    "string_too_long": _ctx("max_length", "不能超过 {} 个字符"),
    "string_pattern_mismatch": _fixed("格式不正确"),
    "int_type": _fixed("必须是整数"),
    "int_parsing": _fixed("必须是整数"),
    "int_from_float": _fixed("必须是整数"),
    "float_type": _fixed("必须是数字"),
    "float_parsing": _fixed("必须是数字"),
    "decimal_type": _fixed("必须是数字"),
    "decimal_parsing": _fixed("必须是数字"),
    "decimal_max_places": _ctx("decimal_places", "最多 {} 位小数"),
    "decimal_max_digits": _ctx("max_digits", "最多 {} 位数字"),
    "greater_than": _ctx("gt", "必须大于 {}"),
    "greater_than_equal": _ctx("ge", "不能小于 {}"),
    "less_than": _ctx("lt", "必须小于 {}"),
    "less_than_equal": _ctx("le", "不能大于 {}"),
    "bool_type": _fixed("必须是“是”或“否”"),
    "bool_parsing": _fixed("必须是“是”或“否”"),
    "date_type": _fixed("必须是日期，格式为 YYYY-MM-DD"),
    "date_parsing": _fixed("必须是日期，格式为 YYYY-MM-DD"),
    "date_from_datetime_parsing": _fixed("必须是日期，格式为 YYYY-MM-DD"),
    "datetime_type": _fixed("必须是时间"),
    "datetime_parsing": _fixed("必须是时间"),
    "enum": _ctx("expected", "只能是 {}"),
    "literal_error": _ctx("expected", "只能是 {}"),
    "list_type": _fixed("必须是列表"),
    "dict_type": _fixed("必须是对象"),
    "model_type": _fixed("必须是对象"),
    "model_attributes_type": _fixed("必须是对象"),
    "json_invalid": _fixed("不是有效的 JSON"),
    "json_type": _fixed("不是有效的 JSON"),
    "extra_forbidden": _fixed("不允许的字段"),
    "value_error": _value_error,
    "assertion_error": _value_error,
}


def field_path(location: Iterable[Any]) -> str:
    """``("body", "owners", 0)`` → ``"owners.0"``; ``("query", "limit")`` → ``"limit"``."""
    parts = [str(part) for part in location]
    if parts and parts[0] in _LOCATIONS:
        parts = parts[1:]
    return ".".join(parts)


def describe_validation_errors(errors: Iterable[Mapping[str, Any]]) -> list[FieldProblem]:
    """Translate pydantic/FastAPI error dicts to field problems, keeping their order."""
    problems = []
    for error in errors:
        render = _MESSAGES.get(str(error.get("type", "")), _fixed("值无效"))
        problems.append(
            FieldProblem(field_path(error.get("loc", ())), render(error.get("ctx") or {}))
        )
    return problems
