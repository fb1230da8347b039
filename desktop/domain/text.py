"""Search keys for Chinese names: pinyin initials and full pinyin (typing ``bjhy`` finds 北京华悦)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def pinyin_keys(text: str) -> tuple[str, str]:
    """(initials, full) in lower case; non-Chinese characters pass through lower-cased.

    Polyphonic characters take their most common reading, which is what people type.
    """
    if not text:
        return "", ""
    from pypinyin import Style, lazy_pinyin  # its dictionaries take 0.2 s: load on first use

    syllables = lazy_pinyin(text, style=Style.NORMAL, errors="default")
    full = "".join(s.lower() for s in syllables if s.strip())
    initials = "".join(s[0].lower() for s in syllables if s.strip() and s[0].isalnum())
    return initials, full


def search_key(text: str) -> str:
    """One string to match a query against: initials, a space, then the full pinyin."""
    initials, full = pinyin_keys(text)
    return f"{initials} {full}"
