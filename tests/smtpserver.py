"""A real SMTP server for tests (aiosmtpd on 127.0.0.1): auth, TLS and faults on demand.

    with SmtpServer(auth=("ann", "s3cret"), fail_data=2) as server:
        login = ("ann", "s3cret")
        send(raw, "a@example.org", ["b@example.org"], server.settings(), login, backoff=0.01)
        assert server.messages[0].raw == raw

Options (all keyword-only):
- auth=(user, password): offer AUTH PLAIN only (so one login() is one attempt, counted in
  `auth_attempts`); over plain text unless `tls` is set, in which case AUTH needs STARTTLS first.
- tls=Cert: offer STARTTLS with that certificate; with implicit_tls=True speak TLS from the start.
- fail_data=N, fail_reply="451 ...": answer the first N DATA commands with fail_reply.
- drop_data=N: close the connection instead of answering the first N DATA commands (before the
  fail_data ones).
- data_delay=S: wait S seconds before answering every DATA (the message is stored after the wait).
- refuse={address: reply}: answer RCPT TO for that address with the reply, every time.
- rcpt_delay={address: S}: wait S seconds before accepting RCPT TO for that address (before any
  DATA: a client killed meanwhile has not handed the message over); `rcpt_seen` logs RCPT TOs.
- quit_reply="451 ...": answer QUIT with this instead of 221 (after the message was accepted).
- smtputf8: announce SMTPUTF8 (default True).
`settings()` gives the matching SmtpSettings; `data_attempts` counts DATA commands seen.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from summarizer.digest.config import SmtpSettings

HOST = "127.0.0.1"


@dataclass(frozen=True)
class Received:
    """One accepted message: envelope sender, envelope recipients, the bytes exactly as sent."""

    sender: str
    recipients: tuple[str, ...]
    raw: bytes


@dataclass(frozen=True)
class Cert:
    """A PEM certificate and its private key."""

    cert: Path
    key: Path


def self_signed_cert(directory: Path, name: str = HOST) -> Cert:
    """A fresh self-signed certificate for `name` (an IP address or DNS name), made by `openssl`."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("the openssl command is needed to make test certificates; install openssl")
    directory.mkdir(parents=True, exist_ok=True)
    cert = Cert(directory / "cert.pem", directory / "key.pem")
    kind = "IP" if name.replace(".", "").isdigit() else "DNS"
    command = [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"]
    command += ["-nodes", "-days", "2", "-subj", f"/CN={name}"]
    command += ["-addext", f"subjectAltName={kind}:{name}"]
    command += ["-keyout", str(cert.key), "-out", str(cert.cert)]
    subprocess.run(command, check=True, capture_output=True, timeout=30)
    return cert


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (connecting to it is refused)."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


class _Controller(Controller):
    """aiosmtpd's Controller bound to port 0: learns the port the system picked."""

    def _trigger_server(self) -> None:
        assert isinstance(self.server, asyncio.Server)
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class SmtpServer:
    """aiosmtpd in a thread on 127.0.0.1 (a free port), recording what it receives."""

    def __init__(
        self,
        *,
        auth: tuple[str, str] | None = None,
        tls: Cert | None = None,
        implicit_tls: bool = False,
        fail_data: int = 0,
        fail_reply: str = "451 4.3.0 Try again later",
        drop_data: int = 0,
        data_delay: float = 0.0,
        refuse: Mapping[str, str] | None = None,
        rcpt_delay: Mapping[str, float] | None = None,
        quit_reply: str | None = None,
        smtputf8: bool = True,
    ) -> None:
        self.auth = auth
        self.tls = tls
        self.implicit_tls = implicit_tls
        self.fail_data = fail_data
        self.fail_reply = fail_reply
        self.drop_data = drop_data
        self.data_delay = data_delay
        self.refuse = dict(refuse or {})
        self.rcpt_delay = dict(rcpt_delay or {})
        self.rcpt_seen: list[str] = []
        self.quit_reply = quit_reply
        self.smtputf8 = smtputf8
        self.messages: list[Received] = []
        self.auth_attempts: list[str] = []
        self.data_attempts = 0
        self.host = HOST
        self.port = 0
        self._controller: _Controller | None = None

    def start(self) -> SmtpServer:
        """Listen; returns self."""
        context = None
        if self.tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(self.tls.cert, self.tls.key)
        options: dict[str, Any] = {"server_hostname": "smtp.test", "ready_timeout": 10}
        options["enable_SMTPUTF8"] = self.smtputf8
        if self.implicit_tls:
            options["ssl_context"] = context
        else:
            options["tls_context"] = context
        if self.auth is not None:
            options["authenticator"] = self._authenticate
            options["auth_require_tls"] = self.tls is not None and not self.implicit_tls
            options["auth_exclude_mechanism"] = ["LOGIN"]
        self._controller = _Controller(_Handler(self), hostname=HOST, port=0, **options)
        self._controller.start()
        self.port = self._controller.port
        return self

    def close(self) -> None:
        """Stop listening and end the server's thread."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def settings(self, timeout: float = 5.0) -> SmtpSettings:
        """SmtpSettings that reach this server with the security it speaks."""
        security: Literal["starttls", "ssl", "none"] = "none"
        if self.tls is not None:
            security = "ssl" if self.implicit_tls else "starttls"
        return SmtpSettings(self.host, self.port, security=security, timeout=timeout)

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        """aiosmtpd authenticator: one call per AUTH command."""
        assert isinstance(data, LoginPassword)
        user, password = data.login.decode(), data.password.decode()
        self.auth_attempts.append(user)
        return AuthResult(success=(user, password) == self.auth, handled=False, auth_data=data)


class _Handler:
    """aiosmtpd handler hooks applying the server's faults."""

    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        self.owner.rcpt_seen.append(address)
        await asyncio.sleep(self.owner.rcpt_delay.get(address, 0.0))
        if address in self.owner.refuse:
            return self.owner.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        owner = self.owner
        owner.data_attempts += 1
        await asyncio.sleep(owner.data_delay)
        if owner.data_attempts <= owner.drop_data:
            assert server.transport is not None
            server.transport.close()
            return "421 4.3.0 closing"
        if owner.data_attempts <= owner.drop_data + owner.fail_data:
            return owner.fail_reply
        assert envelope.mail_from is not None and envelope.original_content is not None
        received = Received(envelope.mail_from, tuple(envelope.rcpt_tos), envelope.original_content)
        owner.messages.append(received)
        return "250 OK queued"

    async def handle_QUIT(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        return self.owner.quit_reply or "221 Bye"
