"""Both languages are complete: every string translated, placeholders kept, sources extracted."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.i18n_build import LANGUAGES, TS_DIR

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _messages(lang: str) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of every message in the .ts file."""
    root = ET.parse(TS_DIR / f"fielddesk_{lang}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            out.append((name, source, forms, tr.get("type")))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    missing = [
        f"{ctx}: {src!r}"
        for ctx, src, forms, kind in _messages(lang)
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms)
    ]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_survive_translation(lang: str) -> None:
    wrong = []
    for ctx, src, forms, _ in _messages(lang):
        expected = sorted(set(PLACEHOLDER.findall(src)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != expected:
                wrong.append(f"{ctx}: {src!r} -> {form!r}")
    assert wrong == []


def test_chinese_translations_are_chinese() -> None:
    not_chinese = [
        src
        for _, src, forms, _ in _messages("zh_CN")
        if re.search(r"[A-Za-z]{3,}", src)
        and not any(re.search(r"[\u4e00-\u9fff]", f) for f in forms)
        and not re.fullmatch(
            r"[A-Za-z0-9 .·/&()+\-{}_%:]*(FieldDesk|SLT|SSG|FSF|PDF|WeChat|E-mail)[A-Za-z0-9 .·/&()+\-{}_%:]*",
            src,
        )
    ]
    assert not_chinese == []


def test_compiled_files_exist() -> None:
    for lang in LANGUAGES:
        assert (TS_DIR / f"fielddesk_{lang}.qm").exists(), "set-up compiles the .ts files"


def test_every_string_in_the_code_is_in_the_translation_files(tmp_path: Path) -> None:
    """A tr() string added without running `make translations` would show in English."""
    import subprocess

    from desktop.i18n_build import ROOT, _tool, sources

    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", *sources(), "-ts", str(fresh)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    root = ET.parse(fresh).getroot()
    in_code = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }
    shipped = {(ctx, src) for ctx, src, _, _ in _messages("zh_CN")}
    assert sorted(in_code - shipped) == []


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate cannot see tr() inside an f-string: such a string would never be translated."""
    from desktop.i18n_build import ROOT, sources

    pattern = re.compile(r"""\bf["'][^"']*\{[^}]*\b(tr|translate)\(""")
    hidden = [
        f"{name}:{number}"
        for name in sources()
        for number, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hidden == []
