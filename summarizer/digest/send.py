"""Delivery over SMTP: STARTTLS or SSL, transient failures retried, a refusal is an error."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence

from summarizer.digest.config import SmtpSettings
from summarizer.errors import ConfigurationError, DeliveryError, SummarizerError


def send(
    raw: bytes,
    sender: str,
    recipients: Sequence[str],
    smtp: SmtpSettings,
    credentials: tuple[str, str] | None,
    *,
    attempts: int = 4,
    backoff: float = 2.0,
) -> None:
    """Hand `raw` to the mail server; returns only once the server accepted it for everyone."""
    from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

    if credentials is not None and not all(part.isascii() for part in credentials):
        raise ConfigurationError(
            f"the SMTP user or password from {_variables(smtp)} has non-ASCII characters, "
            "which smtplib cannot send: use an ASCII user name and password"
        )
    retrying = Retrying(
        stop=stop_after_attempt(max(1, attempts)),
        wait=wait_exponential(multiplier=backoff),
        retry=retry_if_exception(_transient),
        reraise=True,
    )
    tries = 0
    try:
        for attempt in retrying:
            with attempt:
                tries += 1
                _deliver(raw, sender, recipients, smtp, credentials)
    except (smtplib.SMTPException, OSError) as exc:
        user = credentials[0] if credentials is not None else None
        raise _failure(exc, smtp, user, tries) from None
    except (UnicodeError, ValueError) as exc:
        raise ConfigurationError(
            f"cannot connect to SMTP host {smtp.host!r}: {exc}; check [smtp] host",
            host=smtp.host,
        ) from None


def _deliver(
    raw: bytes,
    sender: str,
    recipients: Sequence[str],
    smtp: SmtpSettings,
    credentials: tuple[str, str] | None,
) -> None:
    """One attempt: connect, secure, log in, send; any refused recipient is an error."""
    client = _connect(smtp)
    try:
        if smtp.security == "starttls":
            _starttls(client, smtp)
        client.ehlo_or_helo_if_needed()
        if credentials is not None:
            advice = 'SMTP AUTH here: set security = "starttls" or "ssl", or drop user_env'
            _require(client, "auth", smtp, advice)
            client.login(*credentials)
        options = _utf8_options(client, (sender, *recipients), smtp)
        refused = client.sendmail(sender, list(recipients), raw, mail_options=options)
    finally:
        _hang_up(client)
    if refused:
        code, text = next(iter(refused.values()))
        raise DeliveryError(
            f"mail server {_where(smtp)} refused the recipient {', '.join(refused)}: "
            f"{code} {_text(text)} (the others accepted the message)",
            code=code,
            refused=tuple(refused),
        )


def _connect(smtp: SmtpSettings) -> smtplib.SMTP:
    """An open session, already inside TLS for security "ssl"."""
    if smtp.security == "ssl":
        context = ssl.create_default_context()
        return smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
    return smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)


def _starttls(client: smtplib.SMTP, smtp: SmtpSettings) -> None:
    """Upgrade to TLS, verifying the certificate against the default trust store."""
    client.ehlo()
    if not client.has_extn("starttls"):
        raise ConfigurationError(
            f'{_where(smtp)} does not offer STARTTLS; set security = "ssl" or "none"',
            host=smtp.host,
            port=smtp.port,
        )
    client.starttls(context=ssl.create_default_context())


def _require(client: smtplib.SMTP, extension: str, smtp: SmtpSettings, advice: str) -> None:
    """ConfigurationError when the server does not announce `extension` in its EHLO reply."""
    if not client.has_extn(extension):
        raise ConfigurationError(f"{_where(smtp)} does not offer {advice}", host=smtp.host)


def _utf8_options(
    client: smtplib.SMTP, addresses: Sequence[str], smtp: SmtpSettings
) -> tuple[str, ...]:
    """("SMTPUTF8",) when an address is not ASCII (and the server supports it), else ()."""
    wide = [address for address in addresses if not address.isascii()]
    if not wide:
        return ()
    _require(client, "smtputf8", smtp, f"SMTPUTF8, needed for {wide[0]}; use an ASCII address")
    return ("SMTPUTF8",)


def _hang_up(client: smtplib.SMTP) -> None:
    """QUIT politely; once the message is accepted, a failing QUIT must not cause a resend."""
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def _transient(exc: BaseException) -> bool:
    """Worth another attempt: dropped or refused connections, timeouts, any 4xx reply."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in exc.recipients.values())
    if isinstance(exc, (smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected)):
        return True
    if isinstance(exc, smtplib.SMTPResponseException):
        return 400 <= exc.smtp_code < 500
    if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        return True
    if isinstance(exc, (smtplib.SMTPException, ssl.SSLError)):
        return False
    return isinstance(exc, OSError)


def _failure(exc: OSError, smtp: SmtpSettings, user: str | None, tries: int) -> SummarizerError:
    """The one-line error the user sees for a final failure (never containing the password)."""
    code, reply = _reply(exc, smtp)
    where = _where(smtp)
    if isinstance(exc, smtplib.SMTPAuthenticationError) and not _transient(exc):
        return ConfigurationError(
            f"SMTP authentication failed for user {user} at {where} ({reply}): "
            f"check the variables {_variables(smtp)}",
            code=code,
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ConfigurationError(
            f"the TLS certificate of {where} is not trusted ({exc.verify_message}): if the "
            "server uses a private CA, set SSL_CERT_FILE to its certificate; else check smtp.host",
            host=smtp.host,
        )
    if isinstance(exc, ssl.SSLError) and not _transient(exc):
        return ConfigurationError(
            f"TLS with {where} failed ({exc.reason or exc}): check that "
            f'security = "{smtp.security}" is what the server speaks on port {smtp.port}',
            host=smtp.host,
        )
    if _transient(exc):
        return DeliveryError(
            f"could not deliver to {where} after {tries} attempts: {reply}",
            code=code,
            attempts=tries,
        )
    return DeliveryError(
        f"mail server {where} refused {_refused_what(exc)}: {reply}", code=code, attempts=tries
    )


def _reply(exc: OSError, smtp: SmtpSettings) -> tuple[int | None, str]:
    """The server's last reply code and text, or what went wrong on the wire."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused) and exc.recipients:
        code, text = next(iter(exc.recipients.values()))
        return code, f"{code} {_text(text)}"
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code, f"{exc.smtp_code} {_text(exc.smtp_error)}"
    if isinstance(exc, smtplib.SMTPServerDisconnected) and not _timed_out(exc):
        return None, "the server closed the connection"
    if isinstance(exc, ConnectionRefusedError):
        return None, "connection refused"
    if _timed_out(exc):
        return None, f"no answer within {smtp.timeout:g} s (smtp.timeout)"
    return None, exc.strerror or str(exc) or type(exc).__name__


def _timed_out(exc: BaseException) -> bool:
    """A timeout, also when smtplib reports it as a disconnection."""
    return isinstance(exc, TimeoutError) or isinstance(exc.__context__, TimeoutError)


def _refused_what(exc: OSError) -> str:
    """What a permanent refusal was about: the sender, recipients, or the message."""
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return f"the sender {exc.sender}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return f"the recipient {', '.join(exc.recipients)}"
    return "the message"


def _text(text: bytes | str) -> str:
    """A reply text on one line."""
    decoded = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return " ".join(decoded.split())


def _variables(smtp: SmtpSettings) -> str:
    """The environment variables the credentials came from, for messages."""
    return f"{smtp.user_env or 'user_env'} / {smtp.password_env or 'password_env'}"


def _where(smtp: SmtpSettings) -> str:
    """host:port."""
    return f"{smtp.host}:{smtp.port}"
