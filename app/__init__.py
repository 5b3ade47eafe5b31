"""policydiff: keep, parse and compare versions of public-sector policy documents."""

__version__ = "0.1.0"
