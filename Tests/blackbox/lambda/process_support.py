"""What the kernel says about local-runtime's processes: children, open descriptors, listening sockets.
Read from /proc, so the tests see what any process on the machine would."""

import os
import time
from pathlib import Path


def children(pid: int) -> dict[int, str]:
    """The live children of `pid` (zombies excluded), by pid, with their command names."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        stat = _stat(int(entry.name))
        if stat and stat["ppid"] == pid and stat["state"] != "Z":
            found[int(entry.name)] = stat["comm"]
    return found


def descendants(pid: int) -> dict[int, str]:
    """The live descendants of `pid` (children, their children, …), by pid, with their command names."""
    found = {}
    frontier = [pid]
    while frontier:
        below = {}
        for parent in frontier:
            below.update(children(parent))
        found.update(below)
        frontier = list(below)
    return found


def alive(pid: int) -> bool:
    """Running, or at least not yet a zombie waiting for a reaper that may never come."""
    stat = _stat(pid)
    return stat is not None and stat["state"] not in ("Z", "X")


def wait_until_gone(pids, timeout: float = 60) -> list[int]:
    """Polls until none of `pids` is alive (the bound is generous; the event ends the wait); returns the
    ones still alive at the bound."""
    deadline = time.monotonic() + timeout
    remaining = [pid for pid in pids if alive(pid)]
    while remaining and time.monotonic() < deadline:
        time.sleep(0.05)
        remaining = [pid for pid in remaining if alive(pid)]
    return remaining


def wait_for(predicate, timeout: float = 60, interval: float = 0.05):
    """Polls `predicate` until it returns something truthy or the bound passes; returns its last value."""
    deadline = time.monotonic() + timeout
    value = predicate()
    while not value and time.monotonic() < deadline:
        time.sleep(interval)
        value = predicate()
    return value


def descriptors(pid: int) -> dict[int, str]:
    """The process's open descriptors and what they point at (`socket:[inode]`, a path, `pipe:[…]`)."""
    found = {}
    base = Path(f"/proc/{pid}/fd")
    try:
        entries = list(base.iterdir())
    except OSError:  # the process has gone
        return found
    for entry in entries:
        try:
            found[int(entry.name)] = os.readlink(entry)
        except OSError:
            continue
    return found


def close_on_exec(pid: int, descriptor: int) -> bool:
    """Whether the descriptor has FD_CLOEXEC (shown as O_CLOEXEC in its fdinfo flags, octal)."""
    for line in Path(f"/proc/{pid}/fdinfo/{descriptor}").read_text().splitlines():
        if line.startswith("flags:"):
            return bool(int(line.split()[1], 8) & 0o2000000)
    return False


def listening_inodes() -> dict[int, int]:
    """Every listening TCP socket on the machine: inode → port."""
    found = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A":  # TCP_LISTEN
                found[int(fields[9])] = int(fields[1].rsplit(":", 1)[1], 16)
    return found


def socket_inodes(pid: int) -> set[int]:
    return {int(target[8:-1]) for target in descriptors(pid).values() if target.startswith("socket:[")}


def _stat(pid: int):
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name is in parentheses and may itself hold spaces or parentheses.
    comm = text[text.index("(") + 1:text.rindex(")")]
    rest = text[text.rindex(")") + 2:].split()
    return {"comm": comm, "state": rest[0], "ppid": int(rest[1])}
