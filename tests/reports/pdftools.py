"""Reading PDFs back with poppler (pdftotext, pdffonts, pdfinfo) for assertions.

Independent of reportlab, so a test cannot pass merely because reportlab
agrees with itself. Tests skip if poppler-utils is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class PdfInfo:
    """What poppler sees in a PDF: text per page (reading order and ``-layout``), fonts, info."""

    pages: list[str]
    layout: str
    fonts: str
    info: str

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def has(self, needle: str, page: int | None = None) -> bool:
        """Whether ``needle`` is printed (on 1-based ``page``, or anywhere), ignoring whitespace.

        pdftotext drops the spaces reportlab sets between CJK and Latin text and
        breaks lines at cell edges, so comparisons squeeze whitespace out first.
        """
        haystack = self.text if page is None else self.pages[page - 1]
        return _squeeze(needle) in _squeeze(haystack)

    def count(self, needle: str) -> int:
        """How often ``needle`` is printed, ignoring whitespace (and so line breaks)."""
        return _squeeze(self.text).count(_squeeze(needle))


def _squeeze(value: str) -> str:
    return "".join(value.split())


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def read_pdf(pdf: bytes, path: Path) -> PdfInfo:
    """Write ``pdf`` to ``path`` and read it back with poppler."""
    assert pdf.startswith(b"%PDF-")
    path.write_bytes(pdf)

    def run(tool: str, *args: str) -> str:
        return subprocess.run(
            [_tool(tool), *args], check=True, capture_output=True, text=True
        ).stdout

    text = run("pdftotext", "-enc", "UTF-8", str(path), "-")
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return PdfInfo(
        pages=pages,
        layout=run("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"),
        fonts=run("pdffonts", str(path)),
        info=run("pdfinfo", "-enc", "UTF-8", str(path)),
    )
