"""Errors about files on this machine are worded for them: which file, and no "upload"."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from app.cli.local_files import for_local_file

UPLOAD_WORDS = ["upload", "uploaded", "the upload limit", "POLICYDIFF_MAX_UPLOAD_BYTES"]


@given(st.lists(st.sampled_from([*UPLOAD_WORDS, ". To fix:", "the file", "it again."])))
def test_no_upload_is_left_and_the_setting_keeps_its_name(words):
    text = " ".join(words)
    worded = for_local_file(text)
    assert re.search(r"\bupload", worded) is None
    assert worded.count("POLICYDIFF_MAX_UPLOAD_BYTES") == text.count("POLICYDIFF_MAX_UPLOAD_BYTES")


@given(st.text())
def test_text_without_upload_is_unchanged(text):
    if "upload" not in text:
        assert for_local_file(text) == text


def test_the_advice_reads_as_an_instruction_about_a_local_file():
    uploaded = "the file is 9 bytes, over the upload limit of 3 bytes. To fix: upload the text."
    local = "the file is 9 bytes, over the size limit of 3 bytes. To fix: use the text."
    assert for_local_file(uploaded) == local
