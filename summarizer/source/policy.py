"""Where a fetch may go: the address policy and the deadline every fetch runs under."""
# public addresses only, unless allow-listed

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

DEADLINE = 30.0
"""Default seconds a whole fetch (every redirect, every byte) may take."""
SCHEMES = ("http", "https")
"""The only URL schemes fetched."""

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def is_url(spec: str) -> bool:
    """Whether `spec` is an http(s) URL (the scheme in any case) rather than a file path."""
    scheme, sep, _ = spec.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


# `guard_first` checks the URL itself (a link found in a feed), not only its redirects; allow-listed
# hosts and networks pass the check
@dataclass(frozen=True)
class Policy:
    """Where a fetch may go, and its `deadline` in seconds."""

    guard_first: bool = False
    allow_hosts: frozenset[str] = frozenset()
    allow_networks: tuple[Network, ...] = ()
    deadline: float = DEADLINE

    def allows(self, host: str, address: str) -> bool:
        """Whether a guarded connection to `host` at `address` may go ahead."""
        ip = ipaddress.ip_address(address.split("%")[0])
        if host.lower().rstrip(".") in self.allow_hosts or any(
            ip in net for net in self.allow_networks
        ):
            return True
        return public(ip)


def public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether `ip` is a public unicast address (not loopback, link-local, private, ...)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_loopback
        or ip.is_link_local
        or ip.is_private
        or ip.is_multicast
        or ip.is_unspecified
        or ip.is_reserved
    )
