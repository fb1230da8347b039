"""``fielddesk sync …`` and ``fielddesk simulate``: file sync with headquarters (SYNC.md).

The command names, options and exit statuses are a stable interface:

    fielddesk sync join-request --db LAPTOP --person CODE --out REQUEST
    fielddesk sync approve      --db HQ REQUEST --out ENROLMENT
    fielddesk sync enrol        --db LAPTOP ENROLMENT
    fielddesk sync export       --db DB --to PEER --out DIR      # prints the bundle path
    fielddesk sync import       --db DB FILE...                  # one line per file
    fielddesk sync status       --db DB
    fielddesk sync digest       --db DB [--scope DEVICE]
    fielddesk simulate          --db DB --edits N --seed S

``import`` exits 0 when every file was applied or was a duplicate, 3 when any was
parked for a gap, 2 when any was rejected (and nothing from it was written).
Nothing heavy is imported before a command runs.
"""

from __future__ import annotations

import argparse
import json
import socket
from pathlib import Path
from typing import Any

EXIT_GAP = 3
EXIT_REJECTED = 2


def _tools() -> Any:
    from desktop import cli

    return cli


def _service(db_arg: str, create: bool = False) -> Any:
    from desktop.services.sync import SyncService

    return SyncService(_tools()._open(db_arg, create=create))


def cmd_join_request(args: argparse.Namespace) -> int:
    from desktop.services.sync import join_request

    data = join_request(args.db, args.person, args.machine or socket.gethostname())
    _tools()._write_atomic(Path(args.out), data)
    print(args.out)
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    service = _service(args.db)
    data = service.approve(_read(args.request))
    _tools()._write_atomic(Path(args.out), data)
    print(args.out)
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    device = _service(args.db).enrol(_read(args.enrolment)).value
    print(device)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    _service(args.db).revoke(args.device, args.reason)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    result = _service(args.db).export_bundle(args.to, out)
    print(result.path)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    service = _service(args.db)
    translate = _tools()._cli_translate()
    worst = 0
    for line in service.import_files([Path(p) for p in args.files]):
        text = f"{line.path}: {line.result}"
        if line.message is not None:
            text += f": {line.message.render(translate)}"
        elif line.result == "applied":
            text += f" ({line.applied} changes, {line.conflicts} conflicts)"
        print(text)
        if line.result == "rejected":
            worst = EXIT_REJECTED
        elif line.result == "gap" and worst != EXIT_REJECTED:
            worst = EXIT_GAP
    return worst


def _when(value: Any) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


def cmd_status(args: argparse.Namespace) -> int:
    status = _service(args.db).status()
    peers = [
        {
            "peer": p.peer,
            "epoch": p.epoch,
            "received": p.received,
            "sent": p.sent,
            "acknowledged": p.acknowledged,
            "waiting": p.waiting,
            "gaps": ", ".join(f"{a}–{b}" for a, b in p.gaps),
            "last_in": _when(p.last_in_at),
            "last_out": _when(p.last_out_at),
        }
        for p in status.peers
    ]
    if args.json:
        print(json.dumps({"device": status.device_id, "role": status.role,
                          "epoch": status.epoch, "peers": peers,
                          "pending_gaps": status.pending_gaps,
                          "open_conflicts": status.open_conflicts},
                         ensure_ascii=False, indent=1))  # fmt: skip
        return 0
    print(f"device {status.device_id} ({status.role}, epoch {status.epoch})")
    if peers:
        _tools()._print_table(peers, list(peers[0]))
    print(f"pending gaps: {status.pending_gaps}")
    print(f"open conflicts: {status.open_conflicts}")
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    print(_service(args.db).digest(args.scope))
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop.services.simulate import simulate

    summary = simulate(_tools()._open(args.db), args.edits, args.seed)
    print(json.dumps(asdict(summary), ensure_ascii=False, sort_keys=True))
    return 0


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a number of edits: {text!r}")
    return value


def _read(path: str) -> bytes:
    from desktop.errors import QT_TRANSLATE_NOOP, UserError

    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"),
            path=path,
            reason=e.strerror or str(e),
        ) from e


def add_sync_commands(sub: Any) -> None:
    """Register ``sync`` and ``simulate`` on the main parser's subcommands."""
    sy = sub.add_parser("sync", help="file sync with headquarters (SYNC.md)")
    cmds = sy.add_subparsers(dest="sync_command", required=True)

    jr = cmds.add_parser("join-request", help="a laptop asks to join (creates its database)")
    jr.add_argument("--db", required=True, help="the laptop's database (created when missing)")
    jr.add_argument("--person", required=True, help="the code of the person the laptop is for")
    jr.add_argument("--machine", help="the machine's name (default: this computer's)")
    jr.add_argument("--out", required=True, help="the request file to write")
    jr.set_defaults(func=cmd_join_request)

    ap = cmds.add_parser("approve", help="headquarters approves a join request")
    ap.add_argument("--db", required=True, help="headquarters' database (path or URL)")
    ap.add_argument("request", help="the request file")
    ap.add_argument("--out", required=True, help="the enrolment file to write")
    ap.set_defaults(func=cmd_approve)

    en = cmds.add_parser("enrol", help="a laptop loads its enrolment file")
    en.add_argument("--db", required=True)
    en.add_argument("enrolment", help="the enrolment file from headquarters")
    en.set_defaults(func=cmd_enrol)

    rv = cmds.add_parser("revoke", help="headquarters refuses a device's files from now on")
    rv.add_argument("--db", required=True)
    rv.add_argument("device", help="the device id, as sync status lists it")
    rv.add_argument("--reason", required=True)
    rv.set_defaults(func=cmd_revoke)

    ex = cmds.add_parser("export", help="write the next bundle for a peer; prints its path")
    ex.add_argument("--db", required=True)
    ex.add_argument("--to", required=True, help="the peer's device id (on a laptop: hq)")
    ex.add_argument("--out", required=True, help="the folder to write the bundle into")
    ex.set_defaults(func=cmd_export)

    im = cmds.add_parser("import", help="import bundle files; one line per file")
    im.add_argument("--db", required=True)
    im.add_argument("files", nargs="+", metavar="FILE")
    im.set_defaults(func=cmd_import)

    st = cmds.add_parser("status", help="peers, cursors, pending gaps, open conflicts")
    st.add_argument("--db", required=True)
    st.add_argument("--json", action="store_true")
    st.set_defaults(func=cmd_status)

    dg = cmds.add_parser("digest", help="SHA-256 of the replicated content")
    dg.add_argument("--db", required=True)
    dg.add_argument("--scope", metavar="DEVICE", help="at headquarters: what that device holds")
    dg.set_defaults(func=cmd_digest)

    si = sub.add_parser("simulate", help="random plausible edits as the database's owner")
    si.add_argument("--db", required=True)
    si.add_argument("--edits", type=_count, required=True)
    si.add_argument("--seed", type=int, default=1)
    si.set_defaults(func=cmd_simulate)
