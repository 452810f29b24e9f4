"""Every error leaves the server as ``application/problem+json`` (RFC 9457, SPEC §7).

A problem has ``type``, ``title``, ``status``, a Chinese ``detail`` the desktop shows as is, a
stable machine-readable ``code`` and, where useful, extras (``errors`` for validation, ``current``
for version conflicts, ``unlock_at`` for lockouts). Handlers raise ``ProblemError`` with one of
the ``ProblemKind`` constants; the kinds live here so the list of codes is one place a client
developer can read. Add a kind here when a new error condition appears.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from server.validation_messages import FieldProblem, describe_validation_errors

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:reviewdesk:problem:"


@dataclass(frozen=True)
class ProblemKind:
    """A class of problem: its stable code, HTTP status and Chinese title."""

    code: str
    status: int
    title: str


BAD_REQUEST = ProblemKind("bad_request", 400, "请求无效")
VALIDATION_FAILED = ProblemKind("validation_failed", 422, "提交的数据有误")
NOT_AUTHENTICATED = ProblemKind("not_authenticated", 401, "未登录")
INVALID_TOKEN = ProblemKind("invalid_token", 401, "登录凭据无效")
TOKEN_EXPIRED = ProblemKind("token_expired", 401, "登录已过期")
SESSION_ENDED = ProblemKind("session_ended", 401, "会话已结束")
INVALID_CREDENTIALS = ProblemKind("invalid_credentials", 401, "账号或密码错误")
ACCOUNT_INACTIVE = ProblemKind("account_inactive", 403, "账号已注销")
ACCOUNT_LOCKED = ProblemKind("account_locked", 423, "账号已锁定")
TOO_MANY_ATTEMPTS = ProblemKind("too_many_attempts", 429, "尝试次数过多")
MAINTENANCE = ProblemKind("maintenance", 503, "系统运维中")
PERMISSION_DENIED = ProblemKind("permission_denied", 403, "没有操作权限")
OUT_OF_SCOPE = ProblemKind("out_of_scope", 403, "超出管辖区划")
NOT_FOUND = ProblemKind("not_found", 404, "资源不存在")
METHOD_NOT_ALLOWED = ProblemKind("method_not_allowed", 405, "不支持的请求方法")
VERSION_CONFLICT = ProblemKind("version_conflict", 412, "版本冲突")
VERSION_REQUIRED = ProblemKind("version_required", 428, "缺少版本号")
IDEMPOTENCY_KEY_REQUIRED = ProblemKind("idempotency_key_required", 428, "缺少幂等键")
IDEMPOTENCY_KEY_INVALID = ProblemKind("idempotency_key_invalid", 400, "幂等键无效")
IDEMPOTENCY_KEY_REUSE = ProblemKind("idempotency_key_reuse", 422, "幂等键已用于其他请求")
CURSOR_EXPIRED = ProblemKind("cursor_expired", 410, "同步游标已过期")
WORKFLOW_REFUSED = ProblemKind("workflow_refused", 409, "审核流程不允许该操作")
DECLARATION_CLOSED = ProblemKind("declaration_closed", 409, "申报未开放")
ALREADY_EXISTS = ProblemKind("already_exists", 409, "记录已存在")
ACCOUNT_NOT_MANAGEABLE = ProblemKind("account_not_manageable", 403, "无权管理该账号")
ACCOUNT_DEACTIVATED = ProblemKind("account_deactivated", 409, "账号已注销")
STATUS_NOT_DELETABLE = ProblemKind("status_not_deletable", 409, "申报状态不能删除")
YEAR_IN_USE = ProblemKind("year_in_use", 409, "奖补年份已被使用")
ZIP_REJECTED = ProblemKind("zip_rejected", 422, "材料压缩包未通过检查")
PAYLOAD_TOO_LARGE = ProblemKind("payload_too_large", 413, "上传内容过大")
RANGE_NOT_SATISFIABLE = ProblemKind("range_not_satisfiable", 416, "请求的范围无效")
INTERNAL_ERROR = ProblemKind("internal_error", 500, "服务器内部错误")


class ProblemError(Exception):
    """Raise to answer with a problem document; ``extras`` become extra members."""

    def __init__(
        self,
        kind: ProblemKind,
        detail: str,
        *,
        headers: Mapping[str, str] | None = None,
        **extras: Any,
    ) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.headers = dict(headers or {})
        self.extras = extras

    def to_body(self, instance: str | None = None) -> dict[str, Any]:
        return problem_body(self.kind, self.detail, instance=instance, **self.extras)

    def to_response(self, instance: str | None = None) -> Response:
        return problem_response(
            self.kind, self.detail, instance=instance, headers=self.headers, **self.extras
        )


def validation_problem(errors: Sequence[FieldProblem]) -> ProblemError:
    """One 422 problem that lists every field problem at once."""
    return ProblemError(
        VALIDATION_FAILED,
        f"提交的数据有 {len(errors)} 处错误，请修改后再提交",
        errors=[{"field": error.field, "message": error.message} for error in errors],
    )


def problem_body(
    kind: ProblemKind, detail: str, *, instance: str | None = None, **extras: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": TYPE_PREFIX + kind.code,
        "title": kind.title,
        "status": kind.status,
        "detail": detail,
        "code": kind.code,
    }
    if instance:
        body["instance"] = instance
    body.update(extras)
    return body


def problem_response(
    kind: ProblemKind,
    detail: str,
    *,
    instance: str | None = None,
    headers: Mapping[str, str] | None = None,
    **extras: Any,
) -> Response:
    return JSONResponse(
        problem_body(kind, detail, instance=instance, **extras),
        status_code=kind.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=dict(headers or {}),
    )


class ProblemDocument(BaseModel):
    """The shape of every error response, for the OpenAPI document."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    instance: str | None = None


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ProblemDocument, "content": {PROBLEM_MEDIA_TYPE: {}}},
    "5XX": {"model": ProblemDocument, "content": {PROBLEM_MEDIA_TYPE: {}}},
}

_HTTP_KINDS = {
    404: (NOT_FOUND, "请求的资源不存在"),
    405: (METHOD_NOT_ALLOWED, "该地址不支持此请求方法"),
}


async def _handle_problem(request: Request, error: Exception) -> Response:
    assert isinstance(error, ProblemError)
    return error.to_response(instance=request.url.path)


async def _handle_validation(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    problem = validation_problem(describe_validation_errors(error.errors()))
    return problem.to_response(instance=request.url.path)


async def _handle_http(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    kind, detail = _HTTP_KINDS.get(
        error.status_code,
        (ProblemKind(f"http_{error.status_code}", error.status_code, "请求失败"), "请求失败"),
    )
    return problem_response(
        kind, detail, instance=request.url.path, headers=getattr(error, "headers", None)
    )


async def _handle_unexpected(request: Request, _error: Exception) -> Response:
    return problem_response(
        INTERNAL_ERROR, "服务器内部错误，请稍后重试或联系系统管理员", instance=request.url.path
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Make every error of ``app`` — ours, FastAPI's and Starlette's — a problem document."""
    app.add_exception_handler(ProblemError, _handle_problem)
    app.add_exception_handler(RequestValidationError, _handle_validation)
    app.add_exception_handler(StarletteHTTPException, _handle_http)
    app.add_exception_handler(Exception, _handle_unexpected)
