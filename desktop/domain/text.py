"""Text as it is stored: one spelling for what looks the same.

Pasted names carry characters nobody sees: zero-width spaces and joiners, soft hyphens,
bidirectional overrides (U+202E turns "fdp.exe" into "exe.pdf" on screen), non-breaking and
other Unicode spaces, decomposed accents. Stored as they are, "Харбин" and "Хар\u200bбин"
become two records and a search for one misses the other. ``normalise_text`` gives every
such text one form: NFC, no invisible format characters, ordinary spaces, one space between
words within a line; line breaks stay (notes and child lists are written line by line).
"""

from __future__ import annotations

import re
import unicodedata

# Unicode's "format" characters (category Cf: soft hyphen, zero-width space, joiners, bidi
# marks, embeddings, overrides and isolates, word joiner, BOM, tags …), written out because
# scanning the whole code space at start-up costs a second; tests/domain/test_text.py checks
# them against unicodedata.
INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)
# Space separators (Zs) other than the space itself, and the tab: each becomes a space.
SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAKS = re.compile("\r\n|[\r\u0085\u2028\u2029]")
_RUNS = re.compile(r" {2,}")
_LINE_ENDS = re.compile(r" *\n *")


def normalise_text(text: str) -> str:
    """``text`` in its one stored form (not stripped at its ends: callers decide that)."""
    # isprintable() is false for every format character, every space but " ", tabs and line
    # breaks: text that passes it, without double spaces, needs nothing (most text).
    if (
        text.isprintable()
        and "  " not in text
        and (text.isascii() or unicodedata.is_normalized("NFC", text))
    ):
        return text
    text = _LINE_BREAKS.sub("\n", SPACES.sub(" ", INVISIBLE.sub("", text)))
    text = _LINE_ENDS.sub("\n", _RUNS.sub(" ", text))
    return unicodedata.normalize("NFC", text)
