"""What the operating system says about a registry's file: which file system it lies on
(SQLite's WAL needs one with shared memory), and which file a path names (a registry
deleted or replaced while open is told apart from the one that was opened)."""

from __future__ import annotations

import os
from pathlib import Path


def file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode a path names now (None: nothing there)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


NETWORK_FILE_SYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "afs",
    "9p",
    "fuse.sshfs",
    "davfs",
    "ncpfs",
}


def file_system_of(path: Path) -> str:
    """The type of the file system a path lies on ("" where it cannot be told)."""
    if os.name == "nt":
        return "smb" if str(path).startswith("\\\\") else "ntfs"
    best, kind = "", ""
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                mount = parts[1] if len(parts) > 2 else ""
                inside = str(path) == mount or str(path).startswith(mount.rstrip("/") + "/")
                if inside and len(mount) > len(best):
                    best, kind = mount, parts[2]
    except OSError:
        return ""
    return kind
