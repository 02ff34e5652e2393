"""SMTP delivery against a real aiosmtpd server: TLS, auth, retries of transient failures only."""

from __future__ import annotations

import dataclasses
import functools
import time

import pytest

from summarizer.digest.config import SmtpSettings
from summarizer.digest.send import send
from summarizer.errors import ConfigurationError, DeliveryError
from tests.smtpserver import Cert, SmtpServer, free_port, self_signed_cert

RAW = (
    "From: Desk <briefing@example.org>\r\n"
    "To: ann@example.org\r\n"
    "Subject: =?utf-8?b?5paw6Ze7566A5oql?=\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "今日要闻\r\n"
    ".a line that starts with a dot\r\n"
    "..and two\r\n"
    "end\r\n"
).encode()
SENDER = "briefing@example.org"
quick_send = functools.partial(send, attempts=3, backoff=0.01)


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cert, Cert]:
    """The server's self-signed certificate, and an unrelated one."""
    base = tmp_path_factory.mktemp("certs")
    return self_signed_cert(base / "server"), self_signed_cert(base / "other")


def with_env_names(settings: SmtpSettings) -> SmtpSettings:
    """The settings as digest.toml would give them: credentials named by variables."""
    return dataclasses.replace(
        settings, user_env="DIGEST_SMTP_USER", password_env="DIGEST_SMTP_PASSWORD"
    )


def test_plain_delivery_keeps_the_bytes_and_the_envelope() -> None:
    recipients = ["ann@example.org", "li@example.org"]
    with SmtpServer() as server:
        send(RAW, SENDER, recipients, server.settings(), None)
    [message] = server.messages
    assert message.raw == RAW
    assert message.sender == SENDER
    assert message.recipients == tuple(recipients)


def test_login_with_the_right_credentials_delivers() -> None:
    with SmtpServer(auth=("ann", "s3cret")) as server:
        send(RAW, SENDER, ["li@example.org"], server.settings(), ("ann", "s3cret"))
    assert server.auth_attempts == ["ann"]
    assert [m.raw for m in server.messages] == [RAW]


def test_wrong_credentials_fail_at_once_without_showing_the_password() -> None:
    with SmtpServer(auth=("ann", "s3cret")) as server:
        smtp = with_env_names(server.settings())
        with pytest.raises(ConfigurationError) as caught:
            quick_send(RAW, SENDER, ["li@example.org"], smtp, ("ann", "hunter2"))
    message = str(caught.value)
    assert f"user ann at 127.0.0.1:{server.port}" in message
    assert "535" in message
    assert "DIGEST_SMTP_USER / DIGEST_SMTP_PASSWORD" in message
    assert "hunter2" not in message and "hunter2" not in repr(caught.value.evidence)
    assert server.auth_attempts == ["ann"]
    assert server.messages == []


def test_451_twice_then_accepted_is_delivered_exactly_once() -> None:
    with SmtpServer(fail_data=2) as server:
        send(RAW, SENDER, ["li@example.org"], server.settings(), None, attempts=4, backoff=0.01)
    assert server.data_attempts == 3
    assert [m.raw for m in server.messages] == [RAW]


def test_permanent_550_is_reported_and_not_retried() -> None:
    spam = "550 5.7.1 Message rejected as spam"
    with SmtpServer(fail_data=9, fail_reply=spam) as server, pytest.raises(DeliveryError) as caught:
        quick_send(RAW, SENDER, ["li@example.org"], server.settings(), None)
    assert str(caught.value) == (
        f"mail server 127.0.0.1:{server.port} refused the message: "
        "550 5.7.1 Message rejected as spam"
    )
    assert caught.value.evidence["code"] == 550
    assert server.data_attempts == 1


def test_closed_port_fails_after_every_attempt_with_growing_waits() -> None:
    smtp = SmtpSettings("127.0.0.1", free_port(), security="none", timeout=2)
    started = time.monotonic()
    with pytest.raises(DeliveryError) as caught:
        send(RAW, SENDER, ["li@example.org"], smtp, None, attempts=3, backoff=0.1)
    elapsed = time.monotonic() - started
    assert str(caught.value) == (
        f"could not deliver to 127.0.0.1:{smtp.port} after 3 attempts: connection refused"
    )
    assert caught.value.evidence == {"code": None, "attempts": 3}
    assert 0.25 <= elapsed < 3


def test_a_dropped_connection_is_retried() -> None:
    with SmtpServer(drop_data=1) as server:
        quick_send(RAW, SENDER, ["li@example.org"], server.settings(), None)
    assert server.data_attempts == 2
    assert [m.raw for m in server.messages] == [RAW]


def test_a_failing_quit_after_acceptance_does_not_send_again() -> None:
    with SmtpServer(quit_reply="451 4.3.0 Busy") as server:
        quick_send(RAW, SENDER, ["li@example.org"], server.settings(), None)
    assert [m.raw for m in server.messages] == [RAW]


def test_a_server_that_never_answers_times_out_after_the_attempts() -> None:
    with SmtpServer(data_delay=2.0) as server:
        started = time.monotonic()
        with pytest.raises(DeliveryError) as caught:
            quick_send(RAW, SENDER, ["li@example.org"], server.settings(timeout=0.2), None)
        elapsed = time.monotonic() - started
    assert "after 3 attempts: no answer within 0.2 s (smtp.timeout)" in str(caught.value)
    assert elapsed < 1.5


def test_one_refused_recipient_is_an_error_naming_it() -> None:
    refuse = {"gone@example.org": "550 5.1.1 No such user"}
    with SmtpServer(refuse=refuse) as server, pytest.raises(DeliveryError) as caught:
        send(RAW, SENDER, ["li@example.org", "gone@example.org"], server.settings(), None)
    assert "refused the recipient gone@example.org: 550 5.1.1 No such user" in str(caught.value)
    assert caught.value.evidence["refused"] == ("gone@example.org",)


def test_temporary_recipient_refusals_are_retried_then_reported() -> None:
    refuse = {"li@example.org": "450 4.2.1 Mailbox busy"}
    with SmtpServer(refuse=refuse) as server, pytest.raises(DeliveryError) as caught:
        quick_send(RAW, SENDER, ["li@example.org"], server.settings(), None)
    assert str(caught.value).endswith("after 3 attempts: 450 4.2.1 Mailbox busy")
    assert caught.value.evidence == {"code": 450, "attempts": 3}


def test_permanent_recipient_refusal_is_not_retried() -> None:
    refuse = {"gone@example.org": "550 5.1.1 No such user"}
    with SmtpServer(refuse=refuse) as server, pytest.raises(DeliveryError) as caught:
        quick_send(RAW, SENDER, ["gone@example.org"], server.settings(), None)
    assert "refused the recipient gone@example.org: 550 5.1.1 No such user" in str(caught.value)
    assert caught.value.evidence["attempts"] == 1


def test_starttls_with_a_certificate_trusted_through_ssl_cert_file(
    certs: tuple[Cert, Cert], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certs[0].cert))
    with SmtpServer(tls=certs[0], auth=("ann", "s3cret")) as server:
        assert server.settings().security == "starttls"
        send(RAW, SENDER, ["li@example.org"], server.settings(), ("ann", "s3cret"))
    assert server.auth_attempts == ["ann"]
    assert [m.raw for m in server.messages] == [RAW]


@pytest.mark.parametrize("implicit", [False, True], ids=["starttls", "ssl"])
def test_an_untrusted_certificate_is_a_configuration_error(
    certs: tuple[Cert, Cert], monkeypatch: pytest.MonkeyPatch, implicit: bool
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certs[1].cert))
    server = SmtpServer(tls=certs[0], implicit_tls=implicit)
    with server, pytest.raises(ConfigurationError) as caught:
        quick_send(RAW, SENDER, ["li@example.org"], server.settings(), None)
    message = str(caught.value)
    assert f"TLS certificate of 127.0.0.1:{server.port} is not trusted" in message
    assert "SSL_CERT_FILE" in message
    assert server.messages == []


def test_implicit_tls_with_a_trusted_certificate(
    certs: tuple[Cert, Cert], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(certs[0].cert))
    with SmtpServer(tls=certs[0], implicit_tls=True) as server:
        assert server.settings().security == "ssl"
        send(RAW, SENDER, ["li@example.org"], server.settings(), None)
    assert [m.raw for m in server.messages] == [RAW]


def test_a_server_without_starttls_is_a_configuration_error() -> None:
    with SmtpServer() as server:
        smtp = dataclasses.replace(server.settings(), security="starttls")
        with pytest.raises(ConfigurationError) as caught:
            quick_send(RAW, SENDER, ["li@example.org"], smtp, None)
    assert str(caught.value) == (
        f'127.0.0.1:{server.port} does not offer STARTTLS; set security = "ssl" or "none"'
    )
    assert server.messages == []


def test_ssl_against_a_plain_server_is_a_configuration_error() -> None:
    with SmtpServer() as server:
        smtp = dataclasses.replace(server.settings(), security="ssl")
        with pytest.raises(ConfigurationError) as caught:
            quick_send(RAW, SENDER, ["li@example.org"], smtp, None)
    assert f"TLS with 127.0.0.1:{server.port} failed" in str(caught.value)
    assert 'security = "ssl"' in str(caught.value)


def test_credentials_for_a_server_without_auth_are_a_configuration_error() -> None:
    with SmtpServer() as server, pytest.raises(ConfigurationError) as caught:
        quick_send(RAW, SENDER, ["li@example.org"], server.settings(), ("ann", "s3cret"))
    assert f"127.0.0.1:{server.port} does not offer SMTP AUTH" in str(caught.value)
    assert server.messages == []


def test_a_non_ascii_password_is_refused_before_connecting() -> None:
    smtp = with_env_names(SmtpSettings("127.0.0.1", free_port(), security="none"))
    with pytest.raises(ConfigurationError) as caught:
        quick_send(RAW, SENDER, ["li@example.org"], smtp, ("ann", "pässwort"))
    assert "DIGEST_SMTP_USER / DIGEST_SMTP_PASSWORD has non-ASCII characters" in str(caught.value)
    assert "pässwort" not in str(caught.value)


def test_a_non_ascii_address_is_sent_with_smtputf8() -> None:
    with SmtpServer() as server:
        send(RAW, SENDER, ["李雷@example.org"], server.settings(), None)
    assert server.messages[0].recipients == ("李雷@example.org",)
    assert server.messages[0].raw == RAW


def test_a_non_ascii_address_needs_a_server_with_smtputf8() -> None:
    with SmtpServer(smtputf8=False) as server, pytest.raises(ConfigurationError) as caught:
        quick_send(RAW, SENDER, ["李雷@example.org"], server.settings(), None)
    assert "does not offer SMTPUTF8, needed for 李雷@example.org" in str(caught.value)
    assert server.messages == []


def test_a_malformed_host_name_is_a_configuration_error() -> None:
    settings = SmtpSettings("smtp..example.org", 25, security="none", timeout=2)
    with pytest.raises(ConfigurationError, match=r"SMTP host 'smtp\.\.example\.org'"):
        send(b"Subject: x\r\n\r\nx\r\n", "a@example.org", ["b@example.org"], settings, None)
