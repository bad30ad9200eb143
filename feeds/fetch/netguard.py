"""SSRF guard: which addresses a feed fetch may connect to.

The check runs on the address of every connection, inside the connector: names are checked
as they resolve (a resolver wrapper), so a redirect or a DNS answer that changes between check
and connect cannot reach a private address: the addresses checked are the ones used. aiohttp
hands IP-literal hosts to no resolver, so :class:`GuardedConnector` checks every address it is
about to connect to, literal or resolved. The host it sees is the one aiohttp connects to,
after IDNA mapping: ``１２７.０.０.１`` or ``169。254。169。254`` arrive as the IPs they become.
(:func:`check_literal_host` lets a caller refuse a literal earlier, with the same words.)
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import TCPConnector
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver
from yarl import URL

from feeds.config import parse_url_allowlist

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Ranges that ``is_global`` lets through but no public feed lives on.
_EXTRA_BLOCKED: tuple[IPNetwork, ...] = (
    ipaddress.ip_network("100.64.0.0/10"),  # CGNAT shared address space
    ipaddress.ip_network("64:ff9b:1::/48"),  # local-use NAT64
    # IPv4-compatible (deprecated by RFC 4291; some stacks still route ::a.b.c.d to a.b.c.d)
    # and IPv4-translated (SIIT) forms: refused whatever they embed.
    ipaddress.ip_network("::/96"),
    ipaddress.ip_network("::ffff:0:0:0/96"),
)


class AddressRefusedError(OSError):
    """Raised inside aiohttp's connection path when every resolved address is refused."""


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address hidden in mapped, 6to4, Teredo or NAT64 forms, if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in ipaddress.ip_network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public(address: IPAddress) -> bool:
    """True only for globally routable unicast addresses (and their IPv6 embeddings)."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            return is_public(inner)
        if address.scope_id:
            return False
    if address.is_multicast or not address.is_global:
        return False
    return not any(address in net for net in _EXTRA_BLOCKED if net.version == address.version)


@dataclass(frozen=True)
class AddressPolicy:
    """Private addresses are refused unless the operator allows all of them or exactly some."""

    allow_private: bool = False
    networks: tuple[IPNetwork, ...] = ()
    host_ports: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    @classmethod
    def from_settings(cls, allow_private: bool, allowlist: Iterable[str]) -> AddressPolicy:
        networks, host_ports = parse_url_allowlist(allowlist)
        return cls(allow_private=allow_private, networks=tuple(networks), host_ports=frozenset(host_ports))

    def allows(self, address: IPAddress, host: str, port: int) -> bool:
        if self.allow_private or is_public(address):
            return True
        if (host.lower().strip("[]"), port) in self.host_ports:
            return True
        return any(address in net for net in self.networks if net.version == address.version)

    def refusal(self, address: IPAddress, host: str, port: int) -> str | None:
        """None when allowed, else a one-line reason."""
        if self.allows(address, host, port):
            return None
        return (
            f"refused to connect to non-public address {address} (host {host}:{port}); "
            "the operator can allow it in VIDRADAR_URL_ALLOWLIST"
        )


def check_literal_host(policy: AddressPolicy, host: str, port: int) -> str | None:
    """The reason an IP-literal URL host is refused, or None (names are checked at resolution)."""
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    return policy.refusal(address, host, port)


def literal_refusal(policy: AddressPolicy, url: str) -> str | None:
    """The reason a feed URL whose host is an IP address is refused, as the fetch would refuse
    it (parsed as aiohttp parses it); None for a name (checked when it resolves) or a URL the
    fetch itself will call invalid."""
    try:
        parsed = URL(url)
        host, port = parsed.raw_host, parsed.port
    except (ValueError, UnicodeError):
        return None
    if not host or port is None:
        return None
    name = host.rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return policy.refusal(ipaddress.ip_address("127.0.0.1"), host, port)
    try:  # the resolver's legacy IPv4 forms too: "127.1", "0x7f.1", "2130706433"
        legacy = ipaddress.IPv4Address(socket.inet_aton(name))
    except (OSError, ValueError):
        return check_literal_host(policy, host, port)
    return policy.refusal(legacy, host, port)


def allowed_results(
    policy: AddressPolicy, host: str, port: int, results: Iterable[ResolveResult]
) -> list[ResolveResult]:
    """The addresses of ``results`` the policy allows; AddressRefusedError when none is.
    An address that does not parse is refused (fail closed), never passed through."""
    allowed: list[ResolveResult] = []
    reasons: list[str] = []
    for result in results:
        try:
            address = ipaddress.ip_address(result["host"].split("%")[0])
        except ValueError:
            reasons.append(f"refused to connect to unrecognised address {result['host'][:100]!r}")
            continue
        reason = policy.refusal(address, host, port)
        if reason is None:
            allowed.append(result)
        else:
            reasons.append(reason)
    if not allowed:
        raise AddressRefusedError(reasons[0] if reasons else f"no address for {host}")
    return allowed


class GuardedResolver(AbstractResolver):
    """Resolves through the default resolver and drops addresses the policy refuses."""

    def __init__(self, policy: AddressPolicy, inner: AbstractResolver | None = None) -> None:
        self._policy = policy
        self._inner = inner or DefaultResolver()

    async def resolve(self, host: str, port: int = 0, family: Any = socket.AF_INET) -> list[ResolveResult]:
        return allowed_results(self._policy, host, port, await self._inner.resolve(host, port, family))

    async def close(self) -> None:
        await self._inner.close()


# The connector hook below is aiohttp's (private) per-connection lookup. Fail at import, not
# open, if an aiohttp release renames it.
if not callable(getattr(TCPConnector, "_resolve_host", None)):  # pragma: no cover
    raise ImportError("aiohttp.TCPConnector._resolve_host is gone: feeds.fetch.netguard needs updating")


class GuardedConnector(TCPConnector):
    """A TCPConnector that checks every address it connects to against the policy.

    aiohttp resolves a host with ``_resolve_host`` just before connecting; for an IP literal
    it returns the literal without asking any resolver, so the resolver wrapper alone would
    not see it. Checking the results here covers literals, resolved names and cached
    answers alike, with the host aiohttp actually uses (``URL.raw_host``, IDNA-mapped)."""

    def __init__(
        self, policy: AddressPolicy, resolver: AbstractResolver | None = None, **kwargs: Any
    ) -> None:
        super().__init__(resolver=GuardedResolver(policy, resolver), **kwargs)
        self._policy = policy

    async def _resolve_host(self, host: str, port: int, traces: Any = None) -> list[ResolveResult]:
        results = await super()._resolve_host(host, port, traces=traces)
        return allowed_results(self._policy, host, port, results)
