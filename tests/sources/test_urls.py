"""Which URLs a source may name and which addresses the watcher may reach."""

from __future__ import annotations

import pytest

from app.errors import InvalidParameter
from app.sources import check_http_url, is_public_address


def test_an_http_url_is_kept_without_its_fragment():
    assert check_http_url(" https://example.org/a.html#top ") == "https://example.org/a.html"
    assert check_http_url("http://example.org") == "http://example.org/"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/x",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https://",
        "no scheme",
        "https://user:pw@example.org/",
        "http://example.org:99999/",
    ],
)
def test_other_urls_are_refused(url):
    with pytest.raises(InvalidParameter):
        check_http_url(url)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.1", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("::ffff:127.0.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
    ],
)
def test_only_public_addresses_are_public(address, public):
    assert is_public_address(address) is public
