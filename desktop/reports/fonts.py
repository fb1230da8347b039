"""The one bundled CJK font, made available to reportlab and matplotlib.

Every PDF and every chart uses WenQuanYi Micro Hei, shipped in
``resources/fonts/`` (Apache-2.0, see the licence file beside it), so output looks
the same on every laptop whatever fonts Windows happens to have, and Chinese
never turns into empty boxes.

This module imports neither reportlab nor matplotlib at import time: both are
heavy and the app must start without them. The two ``register``/``configure``
functions import them when first called and are safe to call again (and from a
printing worker thread).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

__all__ = [
    "FONT_FAMILY",
    "FONT_NAME",
    "FONT_PATH",
    "configure_matplotlib",
    "font_path",
    "register_pdf_font",
]

#: Name under which the font is registered with reportlab (and shown by ``pdffonts``).
FONT_NAME = "WenQuanYiMicroHei"

#: Family name matplotlib reads from the font file (face 0 of the collection).
FONT_FAMILY = "WenQuanYi Micro Hei"

_FONT_FILE = ("resources", "fonts", "wqy-microhei.ttc")


def font_path() -> Path:
    """Where the bundled font lives, in a source checkout or in a PyInstaller bundle.

    A frozen app unpacks its data files below ``sys._MEIPASS``; ``build.spec``
    must therefore ship ``resources/fonts`` at that same relative place.
    """
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        base = Path(sys._MEIPASS)
    else:
        base = Path(__file__).resolve().parents[2]
    return base.joinpath(*_FONT_FILE)


#: The bundled TrueType collection; face 0 is the proportional "Micro Hei".
FONT_PATH = font_path()

_lock = threading.Lock()
_pdf_registered = False
_mpl_family: str | None = None


def register_pdf_font() -> str:
    """Register the font with reportlab once and return its name.

    reportlab embeds TrueType fonts as subsets by default, so a one-page card
    stays small although the font file is 5 MB. There is no bold face: the font
    family maps bold and italic to the regular face so that ``<b>`` markup in a
    paragraph never fails; headings simulate bold with a thin outline instead
    (see ``base.BoldParagraph``).
    """
    global _pdf_registered
    with _lock:
        if _pdf_registered:
            return FONT_NAME
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH), subfontIndex=0))
        pdfmetrics.registerFontFamily(
            FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME
        )
        # The family registration leaves the name's reverse lookup at "bold italic";
        # point it back at the regular face so plain paragraphs are plain.
        addMapping(FONT_NAME, 0, 0, FONT_NAME)
        _pdf_registered = True
        return FONT_NAME


def configure_matplotlib() -> str:
    """Make matplotlib draw with the bundled font on the Agg backend; return the family.

    The bundled font is put first in ``font.sans-serif`` with DejaVu Sans (which
    matplotlib always ships) behind it as a per-glyph fallback, so both Chinese
    and the odd symbol render without "Glyph missing" warnings.
    ``axes.unicode_minus`` is off because the ASCII hyphen-minus is guaranteed
    to be in every font while U+2212 is not.
    """
    global _mpl_family
    with _lock:
        if _mpl_family is not None:
            return _mpl_family
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import font_manager

        known = {entry.fname for entry in font_manager.fontManager.ttflist}
        if str(FONT_PATH) not in known:
            font_manager.fontManager.addfont(str(FONT_PATH))
        family = font_manager.FontProperties(fname=str(FONT_PATH)).get_name()
        matplotlib.rcParams["font.family"] = ["sans-serif"]
        matplotlib.rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
        matplotlib.rcParams["axes.unicode_minus"] = False
        _mpl_family = family
        return family
