"""The `local` engine's server: llama.cpp's OpenAI server on 127.0.0.1, started once per run."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from summarizer.errors import ConfigurationError, ModelError

STARTUP_TIMEOUT = 180.0
STOP_TIMEOUT = 3.0
POLL_INTERVAL = 0.05
PR_SET_PDEATHSIG = 1


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_command(model_path: Path, port: int, context_window: int) -> list[str]:
    """The command line that starts llama-cpp-python's server for `model_path`."""
    options = {"--model": str(model_path), "--host": "127.0.0.1", "--port": str(port)}
    options["--n_ctx"] = str(context_window)
    return [sys.executable, "-m", "llama_cpp.server", *(x for kv in options.items() for x in kv)]


@contextlib.contextmanager
def serve(model_path: str, context_window: int, ready: Callable[[str], bool]) -> Iterator[str]:
    """Start the server, yield its base URL once `ready(base_url)` is true, stop it on exit."""
    path = Path(model_path).expanduser()
    if not path.is_file():
        raise ConfigurationError(f"model file not found: {model_path}")
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError:
        raise ConfigurationError(
            "the local engine needs llama.cpp's server: pip install 'summarizer[local]'"
        ) from None
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    log = open(os.devnull, "wb")  # noqa: SIM115
    proc = subprocess.Popen(
        server_command(path, port, context_window),
        stdout=log,
        stderr=subprocess.STDOUT,
        preexec_fn=_die_with_parent(os.getpid()) if sys.platform == "linux" else None,
    )
    try:
        _wait(proc, base_url, ready)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _die_with_parent(parent: int) -> Callable[[], None]:
    """A pre-exec hook: the kernel kills the server when we die, even by SIGTERM or SIGKILL."""
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl

    def hook() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:
            os._exit(1)

    return hook


def _wait(proc: subprocess.Popen[bytes], base_url: str, ready: Callable[[str], bool]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ModelError(f"llama.cpp server exited with code {proc.returncode} while starting")
        if ready(base_url):
            return
        time.sleep(POLL_INTERVAL)
    raise ModelError(f"llama.cpp server did not answer within {STARTUP_TIMEOUT:.0f} s")
