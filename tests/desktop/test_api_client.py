"""The API client words every failure in Chinese, retries only what may succeed later, keeps
TLS verification on, accepts gzip, and shows the server's problem ``detail`` as is."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
import requests

from desktop.sync.api_client import ApiClient, Timeouts, describe_transport_error
from desktop.sync.errors import (
    AuthenticationRequired,
    NetworkError,
    ProblemResponse,
    RateLimited,
    ServerError,
    TlsError,
)
from desktop.sync.retry import Backoff, retry_after_seconds
from tests.desktop import server_world
from tests.desktop.live_server import LiveServer, free_port
from tests.desktop.stub_http import Canned, canned_server, self_signed_context, silent_server

PAGE = {"changes": [], "deletions": [], "next_cursor": 0, "more": False, "server_version": 0}


def _client(url: str, *, attempts: int = 3, read: float = 5.0) -> tuple[ApiClient, list[float]]:
    sleeps: list[float] = []
    client = ApiClient(
        url,
        timeouts=Timeouts(connect=2.0, read=read),
        backoff=Backoff(base=0.01, cap=0.02, attempts=attempts),
        sleep=sleeps.append,
    )
    return client, sleeps


def test_connection_refused() -> None:
    client, sleeps = _client(f"http://127.0.0.1:{free_port()}")
    with pytest.raises(NetworkError) as failure:
        client.changes(0, 10)
    assert "连接被拒绝" in failure.value.message and failure.value.transient
    assert len(sleeps) == 2


def test_unknown_host() -> None:
    client, _ = _client("http://reviewdesk-no-such-host.invalid", attempts=1)
    with pytest.raises(NetworkError) as failure:
        client.changes(0, 10)
    assert "域名解析失败" in failure.value.message


def test_a_server_that_never_answers_times_out() -> None:
    with silent_server() as url:
        client, _ = _client(url, attempts=1, read=0.3)
        with pytest.raises(NetworkError) as failure:
            client.changes(0, 10)
    assert "读取超时" in failure.value.message


def test_connect_timeout_is_worded() -> None:
    error = describe_transport_error(
        requests.exceptions.ConnectTimeout("timed out"), "10.0.0.1:443"
    )
    assert isinstance(error, NetworkError) and "连接服务器 10.0.0.1:443 超时" in error.message


def test_an_untrusted_certificate_is_refused_and_not_retried(tmp_path: Path) -> None:
    body = json.dumps(PAGE).encode()
    answers = [Canned(200, {"Content-Type": "application/json"}, body)]
    with canned_server(answers, tls=self_signed_context(tmp_path)) as (url, seen):
        client, sleeps = _client(url)
        with pytest.raises(TlsError) as failure:
            client.changes(0, 10)
        assert "安全连接" in failure.value.message and not failure.value.transient
        assert sleeps == [] and seen == []

        trusting = ApiClient(url, ca_bundle=str(tmp_path / "cert.pem"))
        assert trusting.changes(0, 10) == PAGE


def test_5xx_is_retried_with_retry_after_then_reported_with_the_detail() -> None:
    problem = {"detail": "数据库维护中", "code": "maintenance", "status": 503}
    headers = {"Content-Type": "application/problem+json", "Retry-After": "2"}
    with canned_server([Canned(503, headers, json.dumps(problem).encode())]) as (url, seen):
        client, sleeps = _client(url)
        with pytest.raises(ServerError) as failure:
            client.changes(0, 10)
    assert len(seen) == 3 and sleeps and all(delay >= 2 for delay in sleeps)
    assert "HTTP 503" in failure.value.message and "数据库维护中" in failure.value.message
    assert failure.value.retry_after == 2


def test_429_waits_as_asked_and_then_succeeds() -> None:
    answers = [
        Canned(
            429,
            {"Retry-After": "3", "Content-Type": "application/problem+json"},
            json.dumps({"detail": "尝试次数过多"}).encode(),
        ),
        Canned(200, {"Content-Type": "application/json"}, json.dumps(PAGE).encode()),
    ]
    with canned_server(answers) as (url, _seen):
        client, sleeps = _client(url)
        assert client.changes(0, 10) == PAGE
    assert sleeps and sleeps[0] >= 3


def test_rate_limited_carries_its_retry_after() -> None:
    answers = [Canned(429, {"Retry-After": "7"}, b"")]
    with canned_server(answers) as (url, _seen):
        client, _ = _client(url, attempts=1)
        with pytest.raises(RateLimited) as failure:
            client.changes(0, 10)
    assert failure.value.retry_after == 7 and failure.value.transient


def test_gzip_answers_are_accepted() -> None:
    body = gzip.compress(json.dumps(PAGE).encode())
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    with canned_server([Canned(200, headers, body)]) as (url, seen):
        client, _ = _client(url)
        assert client.changes(0, 10) == PAGE
    assert "gzip" in seen[0]["Accept-Encoding"]


def test_an_answer_that_is_not_the_api_is_a_server_error() -> None:
    with canned_server([Canned(200, {"Content-Type": "text/html"}, b"<html>portal</html>")]) as (
        url,
        _,
    ):
        client, _ = _client(url, attempts=1)
        with pytest.raises(ServerError) as failure:
            client.changes(0, 10)
    assert "无法识别" in failure.value.message


def test_problem_details_from_the_real_server_are_shown_as_is(live_server: LiveServer) -> None:
    client, _ = _client(live_server.url)
    with pytest.raises(AuthenticationRequired) as bad_login:
        client.login(server_world.REVIEWER, "Wrong123!@#")
    assert bad_login.value.message == "账号或密码错误，请检查后重新输入"
    assert not bad_login.value.transient

    client.token = client.login(server_world.REVIEWER, server_world.PASSWORD)["token"]
    with pytest.raises(ProblemResponse) as unknown_kind:
        client.versions("ships")
    assert unknown_kind.value.status == 422
    assert unknown_kind.value.message.startswith("提交的数据有 1 处错误")
    assert "未知的同步类型“ships”" in unknown_kind.value.message


def test_retry_after_as_http_date_is_measured_from_the_server_date() -> None:
    headers = {
        "Retry-After": "Wed, 21 Oct 2015 07:28:30 GMT",
        "Date": "Wed, 21 Oct 2015 07:28:00 GMT",
    }
    assert retry_after_seconds(headers) == 30
    assert retry_after_seconds({"Retry-After": "12"}) == 12
    assert retry_after_seconds({}) is None


def test_backoff_is_jittered_bounded_and_floors_at_retry_after() -> None:
    backoff = Backoff(base=0.5, cap=4.0)
    rng = random.Random(1)
    delays = [backoff.delay(attempt, rng=rng) for attempt in range(8)]
    assert all(0 <= delay <= min(4.0, 0.5 * 2**attempt) for attempt, delay in enumerate(delays))
    assert len(set(delays)) == len(delays)
    assert backoff.delay(0, retry_after=9, rng=rng) == 9
