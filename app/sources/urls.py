"""Which URLs a source or a webhook may name, and which addresses may be fetched."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

from app.errors import InvalidParameter

MAX_URL_LENGTH = 2000


def check_http_url(url: str, what: str = "source") -> str:
    """The URL without its fragment, or InvalidParameter: only http(s) with a host, and no
    user name or password in it (they would end up in logs and feeds)."""
    text = url.strip()
    if len(text) > MAX_URL_LENGTH:
        raise InvalidParameter(
            f"the {what} URL is longer than {MAX_URL_LENGTH} characters. To fix: give a "
            "shorter URL."
        )
    try:
        parts = urlsplit(text)
        _ = parts.port
    except ValueError as error:
        raise InvalidParameter(
            f"'{text}' is not a URL ({error}). To fix: give an http:// or https:// address."
        ) from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidParameter(
            f"'{text}' is not an http:// or https:// URL with a host. To fix: give the full "
            f"address of the {what}, e.g. https://example.org/chapter.html."
        )
    if parts.username is not None or parts.password is not None:
        raise InvalidParameter(
            f"the {what} URL holds a user name or password. To fix: give a URL without them."
        )
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def is_public_address(address: str) -> bool:
    """Whether an IP address is on the public internet (not private, loopback, link-local,
    multicast, reserved or unspecified), so fetching it cannot reach the server's own network."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast
