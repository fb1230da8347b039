"""The bundled CJK font: shipped with its licence, embedded in PDFs, used by matplotlib."""

from __future__ import annotations

import io
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from desktop.reports import fonts

REPO = Path(__file__).resolve().parents[2]


def test_font_and_licence_are_bundled() -> None:
    assert fonts.FONT_PATH == REPO / "resources" / "fonts" / "wqy-microhei.ttc"
    assert fonts.FONT_PATH.stat().st_size > 1_000_000
    licence = (REPO / "resources" / "fonts" / "LICENSE-wqy-microhei.txt").read_text("utf-8")
    assert "WenQuanYi" in licence
    assert "Apache License" in licence
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in licence


def test_frozen_app_finds_the_font_below_meipass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts.font_path() == tmp_path / "resources" / "fonts" / "wqy-microhei.ttc"


def test_importing_the_font_module_loads_neither_reportlab_nor_matplotlib() -> None:
    """The app imports report code lazily, but even the font module itself must stay light."""
    code = (
        "import sys, desktop.reports.fonts, desktop.reports; "
        "heavy = [m for m in ('reportlab', 'matplotlib') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_register_pdf_font_is_idempotent() -> None:
    from reportlab.pdfbase import pdfmetrics

    assert fonts.register_pdf_font() == fonts.FONT_NAME
    assert fonts.register_pdf_font() == fonts.FONT_NAME
    font = pdfmetrics.getFont(fonts.FONT_NAME)
    assert font.face.name == b"WenQuanYiMicroHei"  # face 0 of the collection, not the Mono one


def test_chinese_chart_renders_without_warnings() -> None:
    family = fonts.configure_matplotlib()
    assert fonts.configure_matplotlib() == family

    import matplotlib
    from matplotlib import font_manager
    from matplotlib.figure import Figure

    assert matplotlib.get_backend().lower() == "agg"
    assert matplotlib.rcParams["font.sans-serif"][0] == family
    assert matplotlib.rcParams["axes.unicode_minus"] is False
    found = font_manager.findfont(font_manager.FontProperties(family=family))
    assert Path(found).name == "wqy-microhei.ttc"

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = Figure(figsize=(4, 3), dpi=72)
        ax = fig.add_subplot()
        ax.plot([-3, -1, 2, 5], label="拜访次数")
        ax.set_title("华北区月度拜访完成率（−5% 同比）")
        ax.set_xlabel("月份")
        ax.set_ylabel("完成率 %")
        ax.legend()
        out = io.BytesIO()
        fig.savefig(out, format="png")
    assert [str(w.message) for w in caught] == []
    assert out.getvalue().startswith(b"\x89PNG")
