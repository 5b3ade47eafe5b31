"""Lines that label a picture, as easy-read and young people's versions of a chapter keep one
beside each point ("Picture: a calendar", "Picture of a front door")."""

from __future__ import annotations

import re

PICTURE_LABEL = re.compile(
    r"\s*(?:picture|image|photo(?:graph)?|drawing|illustration|icon)"
    r"(?:\s+of\s+(?:an?|the|some|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"my|your|our|their|his|her)\b|\s*:)[^.;!?]*$",
    re.IGNORECASE,
)
"""A picture's label: the word for the picture, then what it shows after a colon, or after "of"
as a thing seen ("Picture of a front door", "Picture of three boxes"), with no stop. Words about
the picture, not a sentence or a heading of the text. "Of" before an idea ("Picture of success")
may name a section ("a picture of success" is what the chapter hopes for), so it is no label."""

_EDGE_MARKS = "*_[]() \t"


def labels_a_picture(line: str) -> bool:
    """Whether one line, its emphasis and brackets set aside ("**Picture of a door**",
    "[Picture: a phone]"), only labels a picture."""
    words = line.strip(_EDGE_MARKS)
    return bool(words) and "\n" not in words and PICTURE_LABEL.match(words) is not None
