"""The result files of finished records: which URLs a job produced, and the names they are saved under.

Which fields hold a job's results comes from the spec (`x-a2e-task.result`): every job record
class carries them as `_result_fields`, with `_detail`, the operation that reads it again, so a
record from `wait`, from `get` (a webhook's flow) or from a list works alike. A field holds one
URL or a list of them (`image_urls`). One home for Python (`client.files`), the CLI (`--download`)
and the MCP server: they agree on what a record's files are and what they are called; and
`as_json`, a result as the plain JSON data the CLI prints and the MCP server answers.
"""

from __future__ import annotations

import email.message
import mimetypes
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

import httpx
from a2e_api.descriptors import Operation
from a2e_api.types import Record

from ._exceptions import ArgumentTypeError, ArgumentValueError, DownloadError

MAX_NAME_BYTES = 200
"""The longest file name written: file systems take 255 bytes, and the temporary name adds a few."""
TOKEN_LIKE = re.compile(r"[A-Za-z0-9%+=_~.-]{40,}")
"""A URL path segment this long may be a signature or token: messages show `...` instead."""
SOURCE = "a URL, a finished job record, or a list of them"


def is_file_url(value: object) -> bool:
    """Whether `value` is an absolute http(s) URL with a host (what A2E takes for a file)."""
    if not isinstance(value, str) or not value[:8].lower().startswith(("http://", "https://")):
        return False
    try:
        return bool(httpx.URL(value).host)
    except (httpx.InvalidURL, ValueError, TypeError):
        return False


def public_url(url: str) -> str:
    """A URL fit for a message: no query, fragment or user:password@, token-like segments elided."""
    base = re.split(r"[?#]", str(url), maxsplit=1)[0]
    base = re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", r"\1", base)
    base = "/".join("..." if TOKEN_LIKE.fullmatch(part) else part for part in base.split("/"))
    return base if len(base) <= 200 else base[:197] + "..."


def safe_name(raw: str, fallback: str = "download") -> str:
    """`raw` (from a URL, a header or a caller) as one file name: no separators, no control characters,
    no leading or trailing dots (so never `..`), at most MAX_NAME_BYTES bytes with its extension kept."""
    name = re.sub(r"[^\w.-]", "_", unquote(raw).replace("\\", "/").rsplit("/", 1)[-1]).strip(".")
    if not name.strip("_"):
        return fallback
    if len(name.encode()) <= MAX_NAME_BYTES:
        return name
    stem, dot, extension = name.rpartition(".")
    suffix = dot + extension if stem and len(extension) <= 16 else ""
    room = MAX_NAME_BYTES - len(suffix.encode())
    return (name[: -len(suffix)] if suffix else name).encode()[:room].decode(errors="ignore") + suffix


class ResultFile(NamedTuple):
    """One file to download: its URL and, for a record's file, where in the record it is."""

    url: str
    record: Record | None = None
    field: str = ""
    position: int = 0
    """Its index in a list field (`image_urls[1]`)."""
    stem: str | None = None
    """Its name in a folder, without the extension: `<record id>` or `<record id>-<n>`; None: from the URL."""


def as_json(value: Any) -> Any:
    """A call's result as plain JSON data: records back to the dicts they read, a failed job of
    `wait_many` as its error's name and message."""
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [as_json(item) for item in value]
    if isinstance(value, BaseException):
        return {"error": type(value).__name__, "message": str(value)}
    return value


def result_files(source: object, operation: str) -> list[ResultFile]:
    """The files of `source`: a URL, a finished record, or a list of them (every record's files)."""
    items = list(source) if isinstance(source, list | tuple) else [source]
    if not items:
        raise ArgumentValueError(operation, "source", source, SOURCE + " (this list is empty)")
    files: list[ResultFile] = []
    for item in items:
        if isinstance(item, str):
            if not is_file_url(item):
                raise ArgumentValueError(operation, "source", item, "an absolute http(s) URL")
            files.append(ResultFile(item))
        elif isinstance(item, Record) and hasattr(type(item), "_result_fields"):
            files.extend(record_files(item))
        else:
            raise ArgumentTypeError(operation, "source", item, SOURCE)
    return files


def record_files(record: Record) -> list[ResultFile]:
    data = record.to_dict()
    found = [
        (field, index, url)
        for field in type(record)._result_fields  # type: ignore[attr-defined]
        for index, url in enumerate(data[field] if isinstance(data.get(field), list) else [data.get(field)])
        if is_file_url(url)
    ]
    identity = safe_name(str(data.get("_id") or ""), fallback="result")
    if not found:
        raise DownloadError(
            f"{type(record).__name__} {identity} has no result file URL (is its job finished? "
            f"its result fields: {', '.join(type(record)._result_fields)})",  # type: ignore[attr-defined]
            url="",
        )
    return [
        ResultFile(url, record, field, index, identity if len(found) == 1 else f"{identity}-{number}")
        for number, (field, index, url) in enumerate(found, 1)
    ]


def one_file(files: Sequence[ResultFile], source: object, operation: str) -> ResultFile:
    if len(files) == 1:
        return files[0]
    raise ArgumentValueError(
        operation,
        "source",
        source,
        f"one file, and this has {len(files)}: files.download_all(source, folder) saves them all "
        "(and returns their paths), or pass one of its URLs",
    )


def is_folder(dest: str | os.PathLike[str]) -> bool:
    """A destination is a folder when it is one, or when it ends in a slash (`"out/"`, made if missing)."""
    text = os.fspath(dest)
    return text.endswith(("/", os.sep)) or Path(text).is_dir()


def checked_dest(dest: object, operation: str) -> tuple[Path, bool]:
    """`dest` as a path, and whether it names a folder."""
    if not isinstance(dest, str | os.PathLike) or not isinstance(os.fspath(dest), str) or not os.fspath(dest):
        raise ArgumentTypeError(operation, "dest", dest, "a file or folder path (str or Path)")
    return Path(dest), is_folder(dest)


def file_name(file: ResultFile, response: httpx.Response) -> str:
    """The name `file` is saved under in a folder: `<record id>[-<n>].<ext>` for a record's file; else
    the server's Content-Disposition name, or the URL's last segment."""
    from_url = safe_name(httpx.URL(file.url).path.rsplit("/", 1)[-1], fallback="")
    offered = safe_name(disposition_name(response), fallback="")
    if file.stem is None:
        return offered or from_url or "download"
    for candidate in (from_url, offered):
        extension = Path(candidate).suffix
        if re.fullmatch(r"\.[A-Za-z0-9]{1,10}", extension):
            return file.stem + extension
    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip()
    return file.stem + (mimetypes.guess_extension(content_type) or "")


def disposition_name(response: httpx.Response) -> str:
    header = response.headers.get("content-disposition")
    if not header:
        return ""
    message = email.message.Message()
    try:
        message["content-disposition"] = header
        return message.get_filename() or ""
    except (ValueError, TypeError, LookupError):
        return ""


def detail_of(file: ResultFile) -> tuple[Operation, dict[str, Any]] | None:
    """The detail operation and arguments that read `file`'s record again (for a fresh URL), if any."""
    from a2e_api.api import operation

    detail = getattr(type(file.record), "_detail", None) if file.record is not None else None
    if detail is None or file.record is None:
        return None
    reader = operation(detail)
    if reader.record_id is None:
        return None
    return reader, {reader.record_id: file.record.to_dict()["_id"]}


def fresh_url(file: ResultFile, data: Any, expired: DownloadError) -> str:
    """`file`'s URL in a fresh read of its record (`data`: the detail reply, a record or a list of them)."""
    identity = file.record.to_dict().get("_id") if file.record is not None else None
    for row in data if isinstance(data, list) else [data]:
        if isinstance(row, Mapping) and row.get("_id", identity) == identity:
            value = row.get(file.field)
            values = value if isinstance(value, list) else [value]
            if file.position < len(values) and is_file_url(values[file.position]):
                return str(values[file.position])
    raise expired
