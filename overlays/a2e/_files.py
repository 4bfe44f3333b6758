"""`client.files`: local files up to A2E (presigned PUT), result files down from its CDNs.

A2E takes inputs as URLs. `upload` asks A2E for a presigned upload URL, PUTs the file there
(streamed, never read whole, within the client's timeout) and returns the public CDN URL; every
operation field the spec marks `x-a2e-file-input` also takes a path, bytes or an open binary
file, uploaded this way first, while a `str` there must be an http(s) URL (`url_or_local_file`
is the same decision for the CLI and the MCP server, which take paths as text). `download` streams
a result file to a temporary file beside the destination and renames it into place, so a broken
download never leaves a partial file. Neither ever sends the API token: it goes only with requests
to the API's own origin. `Files` and `AsyncFiles` are twins over the helpers here.
"""

from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeGuard

import httpx
from a2e_api.api import operation
from a2e_api.descriptors import Operation
from a2e_api.types import Record, Unset, parse_any

from ._exceptions import ArgumentTypeError, ArgumentValueError, DownloadError, UploadError
from ._replies import scrub
from ._requests import Prepared, prepare
from ._results import (
    ResultFile,
    checked_dest,
    detail_of,
    file_name,
    fresh_url,
    is_file_url,
    one_file,
    public_url,
    result_files,
)
from ._transport import DEADLINE

if TYPE_CHECKING:
    from ._settings import Settings

UPLOAD_OPERATION = "storage_presigned_upload_url"
DOWNLOAD_TIMEOUT = httpx.Timeout(120.0, connect=10.0)
"""Per phase of a download (one read may take 2 minutes); a download as a whole has no limit."""
CHUNK = 1024 * 1024
Progress = Callable[[int, int | None], object]
"""Called as `on_progress(bytes_done, bytes_total_or_None)` while a file moves."""
Source = str | os.PathLike[str] | bytes | IO[bytes]
Destination = str | os.PathLike[str]
URL_OR_FILE = "an http(s) URL; pass a local file as Path(...), bytes or an open binary file"
TRANSFER_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, TimeoutError)
"""What moving a file may raise below the client (TimeoutError: `anyio.fail_after`)."""
PLACEHOLDER_URL = "https://upload.invalid/file"
"""Stands for a local file while the other arguments are checked, before anything is uploaded."""


class Sender(Protocol):
    """What `Files` needs of a client's engine: its settings, its httpx client, and `send` for the API's
    own calls (the presigned upload URL, a record read again), which carry the token; the PUT and the
    downloads go to CDNs through `http` and never do."""

    settings: Settings
    http: httpx.Client

    def send(
        self, operation: Operation, prepared: Prepared, parse: Callable[[Any], Any]
    ) -> tuple[Any, httpx.Response, str | None]: ...


class AsyncSender(Protocol):
    """`Sender` for `AsyncFiles`."""

    settings: Settings
    http: httpx.AsyncClient

    async def send(
        self, operation: Operation, prepared: Prepared, parse: Callable[[Any], Any]
    ) -> tuple[Any, httpx.Response, str | None]: ...


def _is_local(value: object) -> TypeGuard[Source]:
    return isinstance(value, os.PathLike | bytes | bytearray) or hasattr(value, "read")


def url_or_local_file(text: str) -> str | Path | None:
    """A file input given as text (a command-line flag, an MCP tool argument): the http(s) URL as given,
    or the existing local file it names (to upload first); None when it is neither."""
    if is_file_url(text):
        return text
    path = Path(text).expanduser()
    return path if path.is_file() else None


def _file_fields(operation: Operation) -> Iterator[tuple[str, bool]]:
    """Each file-input argument of `operation`, and whether it takes a list."""
    schemas = {argument.name: argument.schema for argument in operation.arguments}
    for name in operation.files:
        yield name, "array" in schemas.get(name, {}).get("type", [])


def _local_items(operation: Operation, arguments: Mapping[str, Any]) -> list[tuple[str, int | None]]:
    """Where local files are in `arguments` (name, list index); an ArgumentError for a str that is not a
    URL, or one local file where a list is expected, before anything is sent."""
    found: list[tuple[str, int | None]] = []
    for name, is_list in _file_fields(operation):
        value = arguments.get(name)
        if value is None or isinstance(value, Unset):
            continue
        if is_list and _is_local(value):
            raise ArgumentTypeError(operation.name, name, value, "a list of URLs or local files (wrap one in [...])")
        items: list[tuple[int | None, Any]] = (
            list(enumerate(value)) if is_list and isinstance(value, list | tuple) else [(None, value)]
        )
        for index, item in items:
            if _is_local(item):
                found.append((name, index))
            elif isinstance(item, str) and not is_file_url(item):
                raise ArgumentValueError(
                    operation.name, name if index is None else f"{name}[{index}]", item, URL_OR_FILE
                )
    return found


def _replaced(arguments: Mapping[str, Any], where: list[tuple[str, int | None]], urls: list[str]) -> dict[str, Any]:
    changed = dict(arguments)
    for (name, index), url in zip(where, urls, strict=True):
        if index is None:
            changed[name] = url
        else:
            changed[name] = [*changed[name]]
            changed[name][index] = url
    return changed


def local_inputs(operation: Operation, arguments: Mapping[str, Any]) -> bool:
    """Whether any file-input argument holds a local file to upload first.

    Checks every file input first (a `str` must be an http(s) URL) and, when there are files to
    upload, every other argument too: a bad argument is an ArgumentError before any upload."""
    where = _local_items(operation, arguments)
    if where:
        prepare(operation, _replaced(arguments, where, [PLACEHOLDER_URL] * len(where)), None, None)
    return bool(where)


class _Upload:
    """One file to upload: its name, type, size and a way to stream it (exactly `size` bytes)."""

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
        except (OSError, ValueError) as exc:
            raise UploadError(f"cannot read {str(source)[:200]!r}: {exc}") from None
        import mimetypes  # here, not at import time: most programs never upload
        import uuid

        self.content_type = content_type or mimetypes.guess_type(self.name)[0] or "application/octet-stream"
        safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in self.name)[-100:]
        self.key = f"{uuid.uuid4().hex[:16]}-{safe}"

    def __enter__(self) -> _Upload:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._close is not None:
            self._close.close()

    def presign_arguments(self) -> dict[str, Any]:
        arguments: dict[str, Any] = {"key": self.key, "content_type": self.content_type}
        if self.size is not None:
            arguments["file_size"] = self.size
        return arguments

    def chunks(self, on_progress: Progress | None, deadline: float | None) -> Iterator[bytes]:
        """The body; a file that grows or shrinks while it is sent is an UploadError, not a broken request."""
        if isinstance(self.stream, bytes):
            yield self.stream
            if on_progress:
                on_progress(len(self.stream), self.size)
            return
        done = 0
        while self.size is None or done < self.size:
            if deadline is not None and time.monotonic() > deadline:
                raise httpx.WriteTimeout("the call's total timeout passed")
            chunk = self.stream.read(CHUNK if self.size is None else min(CHUNK, self.size - done))
            if not chunk:
                if self.size is None:
                    return
                raise UploadError(f"{self.name} shrank while it was uploaded ({done} of {self.size} bytes)")
            done += len(chunk)
            yield chunk
            if on_progress:
                on_progress(done, self.size)
        if self.stream.read(1):
            raise UploadError(f"{self.name} grew while it was uploaded (beyond its {self.size} bytes)")

    async def achunks(self, on_progress: Progress | None) -> AsyncIterator[bytes]:
        for chunk in self.chunks(on_progress, None):
            yield chunk

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": self.content_type}
        if self.size is not None:
            headers["Content-Length"] = str(self.size)
        return headers


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


def _scrubbed(text: str, url: str, secret: str) -> str:
    """An error text without `url`'s query or tokens (httpx may quote the URL) or the API token."""
    text = scrub(text.replace(url, public_url(url)), secret)
    return re.sub(r"\?[^\s'\"]*", "?...", text)[:300]


@contextmanager
def _upload_errors(url: str, secret: str, deadline: float | None) -> Iterator[None]:
    """Every failure of the PUT as an UploadError whose text shows no signature, token or query."""
    try:
        yield
    except UploadError:
        raise
    except (httpx.TimeoutException, TimeoutError):
        limit = f" ({deadline:g} s)" if deadline is not None else ""
        raise UploadError(
            f"the upload to {public_url(url)} timed out: it must finish within the client's timeout{limit}; "
            "for big files raise it, e.g. client.with_options(timeout=600).files.upload(...)"
        ) from None
    except Exception as exc:  # httpx, h11 (a body that does not match its length), OSError: all the PUT's
        raise UploadError(
            f"the upload to {public_url(url)} failed: {type(exc).__name__}: {_scrubbed(str(exc), url, secret)}"
        ) from None


@functools.cache
def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class _Download:
    """One download into a temporary file beside `path`, renamed into place when complete; removed on
    any failure (the rename's own included)."""

    def __init__(self, path: Path) -> None:
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:60]}.", suffix=".part")
        self.file = os.fdopen(descriptor, "wb")
        self.temporary = Path(name)
        self.path = path
        self.done = 0

    def write(self, chunk: bytes, total: int | None, on_progress: Progress | None) -> None:
        self.file.write(chunk)
        self.done += len(chunk)
        if on_progress:
            on_progress(self.done, total)

    def __enter__(self) -> _Download:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        try:
            self.file.close()
            if kind is None:
                os.chmod(self.temporary, 0o666 & ~_umask())  # mkstemp makes it private; a download is a normal file
                os.replace(self.temporary, self.path)
        finally:
            self.temporary.unlink(missing_ok=True)


@contextmanager
def _download_errors(url: str) -> Iterator[None]:
    """Every failure of a download (the request, the connection, the disk) as a DownloadError."""
    try:
        yield
    except DownloadError:
        raise
    except OSError as exc:
        raise DownloadError(
            f"cannot save {public_url(url)}: {exc.strerror or type(exc).__name__}", url=public_url(url)
        ) from None
    except TRANSFER_ERRORS as exc:
        raise DownloadError(
            f"downloading {public_url(url)} failed: {type(exc).__name__}", url=public_url(url)
        ) from None


def _check_download(response: httpx.Response, url: str) -> int | None:
    public = public_url(url)
    if response.status_code in (403, 404, 410):
        raise DownloadError(
            f"the file at {public} is gone (HTTP {response.status_code}): result URLs expire after 1 to 7 days; "
            "read the record again for a fresh URL",
            url=public, http_status=response.status_code, expired=True,
        )  # fmt: skip
    if not response.is_success:
        raise DownloadError(
            f"{public} answered HTTP {response.status_code}", url=public, http_status=response.status_code
        )
    length = response.headers.get("content-length", "")
    return int(length) if length.isdigit() else None


class _Saving:
    """One `download`/`download_all` call: its files, where each goes, and the records read again."""

    def __init__(self, source: object, dest: object, operation: str, *, many: bool) -> None:
        self.dest, folder = checked_dest(dest, operation)
        files = result_files(source, operation)
        if many and self.dest.exists() and not folder:
            raise ArgumentValueError(operation, "dest", dest, "a folder (this is a file)")
        self.folder = many or folder
        self.files = files if many else [one_file(files, source, operation)]
        self.fresh: dict[int, Any] = {}
        """id(record) -> its fresh read, so that a record is read again at most once."""

    def target(self, file: ResultFile, response: httpx.Response) -> Path:
        return self.dest / file_name(file, response) if self.folder else self.dest

    def reread(self, file: ResultFile, expired: DownloadError) -> tuple[Operation, Prepared] | None:
        """The detail operation and prepared request that read `file`'s record again, if it is expired."""
        detail = detail_of(file)
        if not expired.expired or detail is None:
            return None
        reader, arguments = detail
        return reader, prepare(reader, arguments, None, None)


class Files:
    """Uploads and downloads for `A2E` (`client.files`)."""

    def __init__(self, runner: Sender) -> None:
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
        with _Upload(file, content_type, name) as upload:
            upload_operation = operation(UPLOAD_OPERATION)
            prepared = prepare(upload_operation, upload.presign_arguments(), None, None)
            presigned, _, _ = self._runner.send(upload_operation, prepared, parse_any)
            upload_url, cdn_url = _cdn_url(presigned)
            settings = self._runner.settings
            deadline = None if settings.deadline is None else time.monotonic() + settings.deadline
            with _upload_errors(upload_url, settings.api_key, settings.deadline):
                token = DEADLINE.set(deadline)
                try:
                    response = self._runner.http.put(
                        upload_url,
                        content=upload.chunks(on_progress, deadline),
                        headers=upload.headers(),
                        timeout=settings.timeout,
                    )
                finally:
                    DEADLINE.reset(token)
            if not response.is_success:
                raise _put_failed(response)
            return cdn_url

    def upload_inputs(self, operation: Operation, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments with every local file of a file-input field uploaded and replaced by its URL."""
        where = _local_items(operation, arguments)
        urls = [self.upload(_item(arguments, name, index)) for name, index in where]
        return _replaced(arguments, where, urls)

    def download(self, source: str | Record, dest: Destination, *, on_progress: Progress | None = None) -> Path:
        """Stream one result file to `dest` and return its path.

        `source` is the file's URL, or a finished record (from `wait`, or `get`) with one result file:
        if its URL has expired (403/404), the record is read again once for a fresh one. `dest` is a
        file, or a folder: an existing one, or a path ending in `/`. A record with several files is an
        ArgumentValueError: `download_all` saves them all.
        """
        return self._save(_Saving(source, dest, "files.download", many=False), on_progress)[0]

    def download_all(
        self,
        source: str | Record | Sequence[str | Record],
        folder: Destination,
        *,
        on_progress: Progress | None = None,
    ) -> list[Path]:
        """Stream every result file of `source` (a record, a list of records, URLs) into `folder`; their paths.

        A record's files are named `<record id>.<ext>`, or `<record id>-<n>.<ext>` when it has several."""
        return self._save(_Saving(source, folder, "files.download_all", many=True), on_progress)

    def _save(self, saving: _Saving, on_progress: Progress | None) -> list[Path]:
        paths = []
        for file in saving.files:
            try:
                paths.append(self._fetch(saving, file, file.url, on_progress))
            except DownloadError as exc:
                reread = saving.reread(file, exc)
                if reread is None:
                    raise
                reader, prepared = reread
                if id(file.record) not in saving.fresh:
                    saving.fresh[id(file.record)], _, _ = self._runner.send(reader, prepared, parse_any)
                url = fresh_url(file, saving.fresh[id(file.record)], exc)
                paths.append(self._fetch(saving, file, url, on_progress))
        return paths

    def _fetch(self, saving: _Saving, file: ResultFile, url: str, on_progress: Progress | None) -> Path:
        with (
            _download_errors(url),
            self._runner.http.stream("GET", url, follow_redirects=True, timeout=DOWNLOAD_TIMEOUT) as response,
        ):
            total = _check_download(response, url)
            with _Download(saving.target(file, response)) as download:
                for chunk in response.iter_bytes(CHUNK):
                    download.write(chunk, total, on_progress)
            return download.path


class AsyncFiles:
    """Uploads and downloads for `AsyncA2E` (`client.files`): `Files`, awaited."""

    def __init__(self, runner: AsyncSender) -> None:
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
        import anyio

        with _Upload(file, content_type, name) as upload:
            upload_operation = operation(UPLOAD_OPERATION)
            prepared = prepare(upload_operation, upload.presign_arguments(), None, None)
            presigned, _, _ = await self._runner.send(upload_operation, prepared, parse_any)
            upload_url, cdn_url = _cdn_url(presigned)
            settings = self._runner.settings
            with _upload_errors(upload_url, settings.api_key, settings.deadline), anyio.fail_after(settings.deadline):
                response = await self._runner.http.put(
                    upload_url, content=upload.achunks(on_progress), headers=upload.headers(), timeout=settings.timeout
                )
            if not response.is_success:
                raise _put_failed(response)
            return cdn_url

    async def upload_inputs(self, operation: Operation, arguments: dict[str, Any]) -> dict[str, Any]:
        """The arguments with every local file of a file-input field uploaded and replaced by its URL."""
        where = _local_items(operation, arguments)
        urls = [await self.upload(_item(arguments, name, index)) for name, index in where]
        return _replaced(arguments, where, urls)

    async def download(self, source: str | Record, dest: Destination, *, on_progress: Progress | None = None) -> Path:
        """As `A2E.files.download`, awaited (the file is written from the event loop, chunk by chunk)."""
        return (await self._save(_Saving(source, dest, "files.download", many=False), on_progress))[0]

    async def download_all(
        self,
        source: str | Record | Sequence[str | Record],
        folder: Destination,
        *,
        on_progress: Progress | None = None,
    ) -> list[Path]:
        """As `A2E.files.download_all`, awaited."""
        return await self._save(_Saving(source, folder, "files.download_all", many=True), on_progress)

    async def _save(self, saving: _Saving, on_progress: Progress | None) -> list[Path]:
        paths = []
        for file in saving.files:
            try:
                paths.append(await self._fetch(saving, file, file.url, on_progress))
            except DownloadError as exc:
                reread = saving.reread(file, exc)
                if reread is None:
                    raise
                reader, prepared = reread
                if id(file.record) not in saving.fresh:
                    saving.fresh[id(file.record)], _, _ = await self._runner.send(reader, prepared, parse_any)
                url = fresh_url(file, saving.fresh[id(file.record)], exc)
                paths.append(await self._fetch(saving, file, url, on_progress))
        return paths

    async def _fetch(self, saving: _Saving, file: ResultFile, url: str, on_progress: Progress | None) -> Path:
        with _download_errors(url):
            async with self._runner.http.stream(
                "GET", url, follow_redirects=True, timeout=DOWNLOAD_TIMEOUT
            ) as response:
                total = _check_download(response, url)
                with _Download(saving.target(file, response)) as download:
                    async for chunk in response.aiter_bytes(CHUNK):
                        download.write(chunk, total, on_progress)
                return download.path


def _item(arguments: Mapping[str, Any], name: str, index: int | None) -> Any:
    return arguments[name] if index is None else arguments[name][index]
