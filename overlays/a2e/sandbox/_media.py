"""Small valid files that depend on what they were made from, in pure Python (no codec needed).

A sandbox result must show that the right thing came back: a PNG of the requested size whose
colour and text chunk come from the request, an MP3 whose ID3 tag holds the text it speaks, an
MP4 whose media data carries the input files' bytes (the speech an avatar video was made from)
and whose `udta` box names the request's checksum. Each parses as its kind (magic bytes, PNG
IHDR, ID3 header and MPEG frame sync, MP4 box tree); none plays as real media.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from collections.abc import Mapping
from typing import Any

MAX_SIDE = 4096
"""A requested image side above this is clamped (the file stays small: rows compress to nothing)."""
DEFAULT_SIDE = 64
MPEG_FRAME = b"\xff\xfb\x90\x64" + bytes(413)
"""One silent MPEG-1 Layer III frame, 128 kbit/s at 44.1 kHz (417 bytes, about 26 ms)."""


def digest(source: Mapping[str, Any]) -> str:
    """A stable checksum of a request: what a file made from it records."""
    return hashlib.sha256(json.dumps(source, sort_keys=True, default=str).encode()).hexdigest()


def png(width: int, height: int, source: Mapping[str, Any]) -> bytes:
    """A `width` x `height` RGB PNG of one colour picked by the request, with its checksum in a tEXt chunk."""
    width, height = (max(1, min(int(side), MAX_SIDE)) for side in (width, height))
    checksum = digest(source)
    row = b"\x00" + bytes.fromhex(checksum[:6]) * width
    pixels = zlib.compress(row * height, 9)
    text = b"a2e-sandbox\x00" + checksum.encode()
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"tEXt", text)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def mp3(text: str, source: Mapping[str, Any]) -> bytes:
    """An MP3 whose ID3v2 title is `text` (and comment the request's checksum), about 60 ms per word."""
    frames = _id3_frame(b"TIT2", text) + _id3_frame(b"TXXX", "a2e-sandbox\x00" + digest(source))
    header = b"ID3\x03\x00\x00" + _syncsafe(len(frames))
    return header + frames + MPEG_FRAME * max(2, 2 * len(text.split()))


def _id3_frame(kind: bytes, text: str) -> bytes:
    body = b"\x03" + text.encode()  # encoding 3: UTF-8
    return kind + struct.pack(">I", len(body)) + b"\x00\x00" + body


def _syncsafe(size: int) -> bytes:
    return bytes((size >> shift) & 0x7F for shift in (21, 14, 7, 0))


def mp4(inputs: list[bytes], source: Mapping[str, Any]) -> bytes:
    """An MP4 box tree (ftyp, moov with mvhd and udta, mdat): `mdat` carries the input files' bytes,
    `udta` the request's checksum."""
    mvhd = _box(b"mvhd", bytes(4) + struct.pack(">IIII", 0, 0, 1000, 1000) + bytes(80))
    udta = _box(b"udta", _box(b"a2es", digest(source).encode()))
    return (
        _box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2mp41")
        + _box(b"moov", mvhd + udta)
        + _box(b"mdat", b"".join(inputs))
    )


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def boxes(data: bytes) -> dict[bytes, bytes]:
    """The top-level boxes of an MP4, by type (for tests and for reading a sandbox file back)."""
    found: dict[bytes, bytes] = {}
    offset = 0
    while offset + 8 <= len(data):
        (size,) = struct.unpack(">I", data[offset : offset + 4])
        if size < 8 or offset + size > len(data):
            raise ValueError(f"bad MP4 box at {offset}")
        found[data[offset + 4 : offset + 8]] = data[offset + 8 : offset + size]
        offset += size
    return found
