"""Languages: Simplified Chinese first, English complete (QTranslator over compiled .qm files)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import translations_dir

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    """Chinese on a Chinese system, English otherwise."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(language: str) -> str:
    """Load our translation (and Qt's own, for standard buttons) into the running application."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language if language in LANGUAGES else system_language()
    ours = QTranslator(app)
    if ours.load(f"fielddesk_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English,
            QLocale.Country.China if language == "zh_CN" else QLocale.Country.UnitedKingdom,
        )
    )
    return language


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
