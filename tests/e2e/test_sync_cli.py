"""``fielddesk sync`` and ``fielddesk simulate`` as SYNC.md names them: a laptop joins HQ, both
edit, bundles go both ways, and the exit statuses say applied, duplicate, gap and rejected."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.e2e.test_cli import fielddesk


def sales_rep(hq: Path) -> str:
    people = json.loads(fielddesk("people", "--db", str(hq), "--json").stdout)
    return next(p["code"] for p in people if p["role"] == "sales_rep")


def export(db: Path, peer: str, folder: Path) -> Path:
    out = fielddesk("sync", "export", "--db", str(db), "--to", peer, "--out", str(folder))
    path = Path(out.stdout.strip())
    assert path.parent == folder and path.suffix == ".fdsync"
    return path


def test_join_edit_exchange_and_converge(tmp_path: Path) -> None:
    hq, laptop, files = tmp_path / "hq.db", tmp_path / "laptop.db", tmp_path / "usb"
    fielddesk("demo", "--db", str(hq), "--scale", "small", "--seed", "1")
    request = tmp_path / "request.fdjoin"
    fielddesk("sync", "join-request", "--db", str(laptop), "--person", sales_rep(hq),
              "--out", str(request))  # fmt: skip
    assert laptop.exists(), "join-request creates the laptop's database"
    enrolment = tmp_path / "enrolment.fdenrol"
    fielddesk("sync", "approve", "--db", str(hq), str(request), "--out", str(enrolment))
    device = fielddesk("sync", "enrol", "--db", str(laptop), str(enrolment)).stdout.strip()
    status = json.loads(fielddesk("sync", "status", "--db", str(hq), "--json").stdout)
    assert [p["peer"] for p in status["peers"]] == [device]

    summary = json.loads(fielddesk("simulate", "--db", str(laptop), "--edits", "25",
                                   "--seed", "4").stdout)  # fmt: skip
    assert summary["edits"] == 25 and not summary["at_hq"]
    first = export(laptop, "hq", files)
    done = fielddesk("sync", "import", "--db", str(hq), str(first))
    assert done.stdout.startswith(f"{first}: applied")
    again = fielddesk("sync", "import", "--db", str(hq), str(first))
    assert again.returncode == 0 and f"{first}: duplicate" in again.stdout

    fielddesk("simulate", "--db", str(hq), "--edits", "20", "--seed", "5")
    back = export(hq, device, files)
    fielddesk("sync", "import", "--db", str(laptop), str(back))
    last = export(laptop, "hq", files)  # carries the acknowledgement
    fielddesk("sync", "import", "--db", str(hq), str(last))
    mine = fielddesk("sync", "digest", "--db", str(laptop)).stdout.strip()
    held = fielddesk("sync", "digest", "--db", str(hq), "--scope", device).stdout.strip()
    assert len(mine) == 64 and mine == held
    whole = fielddesk("sync", "digest", "--db", str(hq)).stdout.strip()
    assert whole != held, "HQ holds more than one laptop's scope"


def test_a_gap_exits_3_and_a_damaged_file_exits_2_changing_nothing(tmp_path: Path) -> None:
    hq, laptop, files = tmp_path / "hq.db", tmp_path / "laptop.db", tmp_path / "usb"
    fielddesk("demo", "--db", str(hq), "--scale", "small", "--seed", "1")
    request, enrolment = tmp_path / "r.fdjoin", tmp_path / "e.fdenrol"
    fielddesk("sync", "join-request", "--db", str(laptop), "--person", sales_rep(hq),
              "--out", str(request))  # fmt: skip
    fielddesk("sync", "approve", "--db", str(hq), str(request), "--out", str(enrolment))
    device = fielddesk("sync", "enrol", "--db", str(laptop), str(enrolment)).stdout.strip()
    fielddesk("simulate", "--db", str(laptop), "--edits", "5", "--seed", "1")
    first = export(laptop, "hq", files / "a")
    backup = tmp_path / "hq-before.db"
    shutil.copyfile(hq, backup)  # HQ as it was before the first file
    fielddesk("sync", "import", "--db", str(hq), str(first))
    ack = export(hq, device, files / "ack")
    fielddesk("sync", "import", "--db", str(laptop), str(ack))
    fielddesk("simulate", "--db", str(laptop), "--edits", "5", "--seed", "2")
    second = export(laptop, "hq", files / "b")  # after the acknowledgement: the new changes only

    shutil.copyfile(backup, hq)  # HQ restored from its backup: the first file is missing
    parked = fielddesk("sync", "import", "--db", str(hq), str(second), check=False)
    assert parked.returncode == 3 and f"{second}: gap: " in parked.stdout
    assert device in parked.stdout, "the message names the device whose changes are missing"
    filled = fielddesk("sync", "import", "--db", str(hq), str(first))
    assert filled.returncode == 0
    status = json.loads(fielddesk("sync", "status", "--db", str(hq), "--json").stdout)
    assert status["pending_gaps"] == 0, "the parked file went in once the gap was filled"
    peer = next(p for p in status["peers"] if p["peer"] == device)
    assert peer["received"] == int(second.stem.rsplit("-", 1)[1])

    before = fielddesk("sync", "digest", "--db", str(hq)).stdout
    damaged = tmp_path / "damaged.fdsync"
    data = bytearray(export(laptop, "hq", files / "c").read_bytes())
    data[len(data) // 2] ^= 0x40
    damaged.write_bytes(bytes(data))
    refused = fielddesk("sync", "import", "--db", str(hq), str(damaged), check=False)
    assert refused.returncode == 2 and f"{damaged}: rejected: " in refused.stdout
    assert fielddesk("sync", "digest", "--db", str(hq)).stdout == before
