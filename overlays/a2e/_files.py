"""`client.files`: local files up to A2E (presigned PUT), result files down from its CDNs.

A2E takes inputs as URLs. `upload` asks A2E for a presigned upload URL, PUTs the file there
(streamed, never read whole) and returns the public CDN URL; every operation field the spec
marks `x-a2e-file-input` also takes a path, bytes or an open binary file, uploaded this way
first. `download` streams a result file to a temporary file beside the destination and renames
it into place, so a broken download never leaves a partial file. Neither ever sends the API token:
it goes only with requests to the API's own origin.
"""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeGuard

import httpx
from a2e_api.api import operation
from a2e_api.types import Record, parse_any

from ._exceptions import DownloadError, UploadError
from ._requests import prepare

if TYPE_CHECKING:
    from ._async_client import AsyncRunner
    from ._client import SyncRunner

UPLOAD_OPERATION = "storage_presigned_upload_url"
UPLOAD_TIMEOUT = httpx.Timeout(120.0, connect=10.0)
DOWNLOAD_TIMEOUT = httpx.Timeout(120.0, connect=10.0)
CHUNK = 1024 * 1024
Progress = Callable[[int, int | None], object]
"""Called as `on_progress(bytes_done, bytes_total_or_None)` while a file moves."""
Source = str | os.PathLike[str] | bytes | IO[bytes]


def _is_local(value: object) -> TypeGuard[Source]:
    return isinstance(value, os.PathLike | bytes | bytearray) or hasattr(value, "read")


def local_inputs(operation: Mapping[str, Any], arguments: Mapping[str, Any]) -> bool:
    """Whether any file-input argument holds a local file (rather than a URL) to upload first."""
    for name in operation["files"]:
        value = arguments.get(name)
        if _is_local(value) or (isinstance(value, list | tuple) and any(_is_local(v) for v in value)):
            return True
    return False


class _Upload:
    """One file to upload: its name, type, size and a way to stream it."""

    def __init__(self, source: Source, content_type: str | None, name: str | None) -> None:
        self._close: IO[bytes] | None = None
        try:
            if isinstance(source, str | os.PathLike):
                path = Path(source)
                stream: IO[bytes] = path.open("rb")
                self._close = stream
                self.name = name or path.name
                self.size: int | None = os.fstat(stream.fileno()).st_size
                self.stream: IO[bytes] | bytes = stream
            elif isinstance(source, bytes | bytearray):
                self.name, self.size, self.stream = name or "upload.bin", len(source), bytes(source)
            elif hasattr(source, "read"):
                self.name = name or Path(str(getattr(source, "name", "upload.bin"))).name
                self.stream = source
                self.size = _remaining(source)
            else:
                raise UploadError(f"cannot upload a {type(source).__name__}: pass a path, bytes or an open binary file")
        except OSError as exc:
            raise UploadError(f"cannot read {source!r}: {exc}") from None
        import mimetypes  # here, not at import time: most programs never upload
        import uuid

        self.content_type = content_type or mimetypes.guess_type(self.name)[0] or "application/octet-stream"
        safe_name = "".join(c if c.isalnum() or c in "._-" else "_" for c in self.name)[-100:]
        self.key = f"{uuid.uuid4().hex[:16]}-{safe_name}"

    def presign_arguments(self) -> dict[str, Any]:
        arguments: dict[str, Any] = {"key": self.key, "content_type": self.content_type}
        if self.size is not None:
            arguments["file_size"] = self.size
        return arguments

    def chunks(self, on_progress: Progress | None) -> Iterator[bytes]:
        if isinstance(self.stream, bytes):
            yield self.stream
            if on_progress:
                on_progress(len(self.stream), self.size)
            return
        done = 0
        while chunk := self.stream.read(CHUNK):
            done += len(chunk)
            yield chunk
            if on_progress:
                on_progress(done, self.size)

    async def achunks(self, on_progress: Progress | None) -> AsyncIterator[bytes]:
        for chunk in self.chunks(on_progress):
            yield chunk

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": self.content_type}
        if self.size is not None:
            headers["Content-Length"] = str(self.size)
        return headers

    def close(self) -> None:
        if self._close is not None:
            self._close.close()


def _remaining(stream: IO[bytes]) -> int | None:
    try:
        position = stream.tell()
        end = stream.seek(0, os.SEEK_END)
        stream.seek(position)
        return end - position
    except (OSError, AttributeError, ValueError):
        return None


def _cdn_url(presigned: Any) -> tuple[str, str]:
    upload_url, cdn_url = presigned.get("uploadUrl"), presigned.get("cdnUrl")
    if not isinstance(upload_url, str) or not isinstance(cdn_url, str) or not cdn_url:
        raise UploadError("A2E's presigned upload reply has no uploadUrl and cdnUrl")
    return upload_url, cdn_url


def _put_failed(response: httpx.Response) -> UploadError:
    return UploadError(
        f"the upload host answered HTTP {response.status_code} to the PUT (the presigned URL may have expired)"
    )


def _public(url: str) -> str:
    """A URL without its query: presigned and signed CDN URLs keep their signature out of messages."""
    return url.split("?", 1)[0]


def _upload_operation() -> Mapping[str, Any]:
    return operation(UPLOAD_OPERATION)


def _target(url: str, dest: str | os.PathLike[str]) -> Path:
    path = Path(dest)
    if path.is_dir():
        name = Path(_public(url)).name or "download"
        path = path / name
    return path


def _result_url(record: Record) -> str:
    for field in getattr(record, "_result_fields", ()):
        value = record.to_dict().get(field)
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value
    raise DownloadError(f"{type(record).__name__} has no result file URL", url="")


def _detail_of(record: Record) -> tuple[Mapping[str, Any], dict[str, Any]] | None:
    """The detail operation (and its arguments) that reads `record` again, for a fresh URL."""
    detail = getattr(record, "_detail", None)
    if detail is None:
        return None
    reader = operation(detail)
    return reader, {reader["record_id"]: record.to_dict()["_id"]}


def _fresh_url(record: Record, data: Any, expired: DownloadError) -> str:
    """The result URL in a fresh read of `record` (`data`: the detail reply, a record or a list of them)."""
    rows = data if isinstance(data, list) else [data]
    identity = record.to_dict().get("_id")
    for row in rows:
        if isinstance(row, dict) and row.get("_id", identity) == identity:
            for field in getattr(record, "_result_fields", ()):
                if isinstance(row.get(field), str) and row[field]:
                    return str(row[field])
    raise expired


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class _Download:
    """One download into a temporary file beside `path`, renamed into place when complete."""

    def __init__(self, path: Path) -> None:
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        self.file = os.fdopen(descriptor, "wb")
        self.temporary = Path(name)
        self.path = path
        self.done = 0

    def write(self, chunk: bytes, total: int | None, on_progress: Progress | None) -> None:
        self.file.write(chunk)
        self.done += len(chunk)
        if on_progress:
            on_progress(self.done, total)

    def finish(self) -> Path:
        self.file.close()
        os.chmod(self.temporary, 0o666 & ~_umask())  # mkstemp makes it private; a download is a normal file
        os.replace(self.temporary, self.path)
        return self.path

    def abandon(self) -> None:
        self.file.close()
        self.temporary.unlink(missing_ok=True)


def _check_download(response: httpx.Response, url: str) -> int | None:
    if response.status_code in (403, 404, 410):
        raise DownloadError(
            f"the file at {_public(url)} is gone (HTTP {response.status_code}): result URLs expire after 1 to 7 days; "
            "read the record again for a fresh URL",
            url=_public(url), http_status=response.status_code, expired=True,
        )  # fmt: skip
    if not response.is_success:
        raise DownloadError(
            f"{_public(url)} answered HTTP {response.status_code}", url=_public(url), http_status=response.status_code
        )
    length = response.headers.get("content-length", "")
    return int(length) if length.isdigit() else None


class Files:
    """Uploads and downloads for `A2E` (`client.files`)."""

    def __init__(self, runner: SyncRunner) -> None:
        self._runner = runner

    def upload(
        self,
        file: Source,
        *,
        content_type: str | None = None,
        name: str | None = None,
        on_progress: Progress | None = None,
    ) -> str:
        """Upload a local file (a path, bytes or an open binary file) and return its CDN URL."""
        upload = _Upload(file, content_type, name)
        try:
            upload_operation = _upload_operation()
            presigned, _, _ = self._runner.send(
                upload_operation,
                prepare(upload_operation, upload.presign_arguments(), None, None),
                parse_any,
                60.0,
                None,
            )
            upload_url, cdn_url = _cdn_url(presigned)
            try:
                response = self._runner.http.put(
                    upload_url, content=upload.chunks(on_progress), headers=upload.headers(), timeout=UPLOAD_TIMEOUT
                )
            except httpx.HTTPError as exc:
                raise UploadError(f"the upload to {_public(upload_url)} failed: {type(exc).__name__}: {exc}") from None
            if not response.is_success:
                raise _put_failed(response)
            return cdn_url
        finally:
            upload.close()

    def upload_inputs(self, operation: Mapping[str, Any], arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments with every local file of a file-input field uploaded and replaced by its URL."""
        changed = dict(arguments)
        for name in operation["files"]:
            value = changed.get(name)
            if isinstance(value, list | tuple):
                changed[name] = [self.upload(v) if _is_local(v) else v for v in value]
            elif _is_local(value):
                changed[name] = self.upload(value)
        return changed

    def download(
        self, source: str | Record, dest: str | os.PathLike[str], *, on_progress: Progress | None = None
    ) -> Path:
        """Stream a result file to `dest` (a file, or a folder to put it in) and return its path.

        `source` is the file's URL, or a finished record (from `wait`): its result URL is used and,
        if it has expired (403/404), the record is read again once for a fresh one.
        """
        if isinstance(source, str):
            return self._download(source, dest, on_progress)
        try:
            return self._download(_result_url(source), dest, on_progress)
        except DownloadError as exc:
            reread = _detail_of(source)
            if not exc.expired or reread is None:
                raise
            operation, arguments = reread
            fresh, _, _ = self._runner.send(operation, prepare(operation, arguments, None, None), parse_any, None, None)
            return self._download(_fresh_url(source, fresh, exc), dest, on_progress)

    def _download(self, url: str, dest: str | os.PathLike[str], on_progress: Progress | None) -> Path:
        target = _download_target(url, dest)
        try:
            with self._runner.http.stream("GET", url, follow_redirects=True, timeout=DOWNLOAD_TIMEOUT) as response:
                total = _check_download(response, url)
                download = _Download(target)
                try:
                    for chunk in response.iter_bytes(CHUNK):
                        download.write(chunk, total, on_progress)
                except BaseException:
                    download.abandon()
                    raise
                return download.finish()
        except httpx.HTTPError as exc:
            raise DownloadError(f"downloading {_public(url)} failed: {type(exc).__name__}", url=_public(url)) from None


class AsyncFiles:
    """Uploads and downloads for `AsyncA2E` (`client.files`)."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def upload(
        self,
        file: Source,
        *,
        content_type: str | None = None,
        name: str | None = None,
        on_progress: Progress | None = None,
    ) -> str:
        """Upload a local file (a path, bytes or an open binary file) and return its CDN URL."""
        upload = _Upload(file, content_type, name)
        try:
            upload_operation = _upload_operation()
            presigned, _, _ = await self._runner.send(
                upload_operation,
                prepare(upload_operation, upload.presign_arguments(), None, None),
                parse_any,
                60.0,
                None,
            )
            upload_url, cdn_url = _cdn_url(presigned)
            try:
                response = await self._runner.http.put(
                    upload_url, content=upload.achunks(on_progress), headers=upload.headers(), timeout=UPLOAD_TIMEOUT
                )
            except httpx.HTTPError as exc:
                raise UploadError(f"the upload to {_public(upload_url)} failed: {type(exc).__name__}: {exc}") from None
            if not response.is_success:
                raise _put_failed(response)
            return cdn_url
        finally:
            upload.close()

    async def upload_inputs(self, operation: Mapping[str, Any], arguments: dict[str, Any]) -> dict[str, Any]:
        changed = dict(arguments)
        for name in operation["files"]:
            value = changed.get(name)
            if isinstance(value, list | tuple):
                changed[name] = [await self.upload(v) if _is_local(v) else v for v in value]
            elif _is_local(value):
                changed[name] = await self.upload(value)
        return changed

    async def download(
        self, source: str | Record, dest: str | os.PathLike[str], *, on_progress: Progress | None = None
    ) -> Path:
        """As `A2E.files.download`, awaited (the file is written from the event loop, chunk by chunk)."""
        if isinstance(source, str):
            return await self._download(source, dest, on_progress)
        try:
            return await self._download(_result_url(source), dest, on_progress)
        except DownloadError as exc:
            reread = _detail_of(source)
            if not exc.expired or reread is None:
                raise
            operation, arguments = reread
            fresh, _, _ = await self._runner.send(
                operation, prepare(operation, arguments, None, None), parse_any, None, None
            )
            return await self._download(_fresh_url(source, fresh, exc), dest, on_progress)

    async def _download(self, url: str, dest: str | os.PathLike[str], on_progress: Progress | None) -> Path:
        target = _download_target(url, dest)
        try:
            async with self._runner.http.stream(
                "GET", url, follow_redirects=True, timeout=DOWNLOAD_TIMEOUT
            ) as response:
                total = _check_download(response, url)
                download = _Download(target)
                try:
                    async for chunk in response.aiter_bytes(CHUNK):
                        download.write(chunk, total, on_progress)
                except BaseException:
                    download.abandon()
                    raise
                return download.finish()
        except httpx.HTTPError as exc:
            raise DownloadError(f"downloading {_public(url)} failed: {type(exc).__name__}", url=_public(url)) from None


def _download_target(url: str, dest: str | os.PathLike[str]) -> Path:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise DownloadError(f"not a file URL: {str(url)[:100]!r}", url=str(url)[:100])
    return _target(url, dest)
