"""Build the translations: ``python -m desktop.i18n_build [--update]``.

Without ``--update`` it compiles every ``resources/translations/*.ts`` into ``.qm``
(part of set-up, so a fresh clone speaks Chinese). ``--update`` first runs lupdate
over the sources to add new strings to both .ts files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"i18n_build: pyside6-{name} not found (is PySide6 installed?)")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "desktop").rglob("*.py")) + sorted((ROOT / "db").rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files if "migrations" not in p.parts]


def update() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"fielddesk_{lang}.ts"
        subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-source-language", "en", "-target-language",
             lang, *sources(), "-ts", str(ts)],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip


def compile_all() -> int:
    count = 0
    for ts in sorted(TS_DIR.glob("fielddesk_*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
        )
        count += 1
    return count


def main(argv: list[str]) -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if "--update" in argv:
        update()
    compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
