"""A loopback TCP proxy in front of the live server that cuts connections on purpose.

Every request is forwarded on its own upstream connection (the proxy adds ``Connection:
close``), so a request boundary is a connection boundary and a fault can be placed exactly:

* ``BEFORE`` — the request never reaches the server (the client's connection is dropped);
* ``AFTER`` — the server receives and answers it (a write is committed!), but the answer is
  thrown away and the client's connection dropped: the case idempotency keys exist for;
* ``MIDWAY`` — the answer is cut after a random part of it (a pull page arrives half).

``plan(index, request_line)`` decides the fate of each request; ``down`` drops everything.
The proxy records each request head it saw (a test checks where a pull resumed, or that a
download asked for a ``Range``), and ``tamper(request_line, answer)`` may alter an answer on
its way (a material download whose bytes are damaged in transit).
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from collections.abc import Callable
from enum import Enum

RECV_BYTES = 65536
IO_TIMEOUT_S = 30.0


class Fault(Enum):
    BEFORE = "before"
    AFTER = "after"
    MIDWAY = "midway"


Plan = Callable[[int, str], Fault | None]


def _no_faults(_index: int, _line: str) -> Fault | None:
    return None


class FaultProxy:
    """See the module docstring."""

    def __init__(self, upstream_port: int, *, seed: int = 0) -> None:
        self.upstream_port = upstream_port
        self.plan: Plan = _no_faults
        self.tamper: Callable[[str, bytes], bytes] | None = None
        self.down = False
        self.lines: list[str] = []
        self.heads: list[str] = []
        self.faults = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._closed = False
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def requests_matching(self, fragment: str) -> list[str]:
        with self._lock:
            return [line for line in self.lines if fragment in line]

    def heads_matching(self, fragment: str) -> list[str]:
        with self._lock:
            return [head for head in self.heads if fragment in head.split("\r\n", 1)[0]]

    # ---- machinery ------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _address = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        client.settimeout(IO_TIMEOUT_S)
        try:
            request = _read_request(client)
            if request is None:
                return
            head = request.partition(b"\r\n\r\n")[0].decode("latin-1")
            line = head.split("\r\n", 1)[0]
            with self._lock:
                index = len(self.lines)
                self.lines.append(line)
                self.heads.append(head)
                tamper = self.tamper
                fault = Fault.BEFORE if self.down else self.plan(index, line)
                cut_fraction = self._rng.random()
                if fault is not None:
                    self.faults += 1
            if fault is Fault.BEFORE:
                return
            answer = self._forward(_with_connection_close(request))
            if fault is Fault.AFTER:
                return
            if fault is Fault.MIDWAY:
                answer = answer[: int(len(answer) * cut_fraction)]
            if tamper is not None:
                answer = tamper(line, answer)
            client.sendall(answer)
        except OSError:
            return
        finally:
            _close_hard(client)

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(
            ("127.0.0.1", self.upstream_port), timeout=IO_TIMEOUT_S
        ) as upstream:
            upstream.sendall(request)
            chunks = []
            while chunk := upstream.recv(RECV_BYTES):
                chunks.append(chunk)
        return b"".join(chunks)


def _read_request(client: socket.socket) -> bytes | None:
    """One whole HTTP request (head and ``Content-Length`` body), or None if the client left."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = client.recv(RECV_BYTES)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for header in head.split(b"\r\n")[1:]:
        name, _, value = header.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = client.recv(RECV_BYTES)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _with_connection_close(request: bytes) -> bytes:
    head, _, body = request.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.lower().startswith(b"connection:")]
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def _close_hard(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
