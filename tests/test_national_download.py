"""`national update` against real HTTP servers on 127.0.0.1: the shared copy, one that fails part way,
one that answers something else. A failed download must leave the previous copy exactly as it was."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from national_data import SHARED_LOOKUP, shared_history, small_history, write_history
from trafford_timeline.cli import app
from trafford_timeline.errors import DataError
from trafford_timeline.national.download import download_history

Answer = Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def serving(answer: Answer) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 whose every GET is answered by `answer`; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            answer(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def files(lookup: bytes) -> Answer:
    """Serve the shared history at any path but /lookup.csv, which serves `lookup`."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        body = lookup if handler.path.endswith("lookup.csv") else shared_history().read_bytes()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/csv")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return answer


def fails_midway(handler: BaseHTTPRequestHandler) -> None:
    """Promise the whole file, send a third of it, then drop the connection."""
    body = shared_history().read_bytes()
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body[: len(body) // 3])
    handler.wfile.flush()
    handler.close_connection = True


def not_the_csv(handler: BaseHTTPRequestHandler) -> None:
    body = b"<!doctype html><html><head><title>Rate limited</title></head><body>Try later</body></html>"
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def truncated_at_a_line(handler: BaseHTTPRequestHandler) -> None:
    """A complete answer (no length promised) whose last row is cut at a comma."""
    text = shared_history().read_bytes()
    body = text[: text.index(b"\n", len(text) // 2)] + b"\n80573,trafford,https://x\n"
    handler.send_response(200)
    handler.end_headers()
    handler.wfile.write(body)
    handler.close_connection = True


def missing(handler: BaseHTTPRequestHandler) -> None:
    handler.send_error(404, "Not Found")


def update(*args: str) -> Result:
    return CliRunner().invoke(app, ["national", "update", *args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_update_downloads_the_file_and_the_lookup(tmp_path: Path) -> None:
    lookup = SHARED_LOOKUP.read_bytes() if SHARED_LOOKUP.is_file() else b"urn,la_code\n"
    target = tmp_path / "data" / "history.csv"
    with serving(files(lookup)) as base:
        result = update(
            "--url", f"{base}/h.csv", "--lookup-url", f"{base}/lookup.csv", "--output", str(target)
        )
    assert result.exit_code == (0 if SHARED_LOOKUP.is_file() else 1), result.stderr
    assert target.read_bytes() == shared_history().read_bytes()
    reports = len(shared_history().read_text(encoding="utf-8").splitlines()) - 1
    assert f"{reports} reports" in result.stderr
    if SHARED_LOOKUP.is_file():
        assert (target.parent / "la_lookup.csv").read_bytes() == lookup
    listing = CliRunner().invoke(app, ["--national", str(target), "context", "--json"])
    assert listing.exit_code == 0


def test_update_goes_to_the_users_data_folder_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("TRAFFORD_NATIONAL", raising=False)
    with serving(files(b"")) as base:
        result = update("--url", f"{base}/h.csv", "--lookup-url", "none")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "xdg" / "trafford" / "ofsted_csc_ilacs_history.csv").read_bytes() == (
        shared_history().read_bytes()
    )
    assert CliRunner().invoke(app, ["national", "--council", "trafford", "--json"]).exit_code == 0


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (fails_midway, "stopped part way"),
        (not_the_csv, "is not the CSV expected"),
        (truncated_at_a_line, "wrong number of fields"),
        (missing, "404"),
    ],
)
def test_a_failed_download_leaves_the_previous_copy_untouched(
    tmp_path: Path, answer: Answer, message: str
) -> None:
    shared_history()
    previous = write_history(tmp_path, small_history())
    before = digest(previous)
    with serving(answer) as base:
        result = update("--url", f"{base}/h.csv", "--lookup-url", "none", "--output", str(previous))
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(previous) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.csv"]


def test_the_download_code_refuses_what_is_not_http(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not an http"):
        download_history("file:///etc/passwd", tmp_path / "h.csv")
    assert not (tmp_path / "h.csv").exists()


def test_a_server_that_is_not_there_is_a_message(tmp_path: Path) -> None:
    with serving(missing) as base:
        pass
    result = update("--url", f"{base}/h.csv", "--lookup-url", "none", "--output", str(tmp_path / "h.csv"))
    assert result.exit_code == 1
    assert "cannot be fetched" in result.stderr


def first_half(handler: BaseHTTPRequestHandler) -> None:
    """A well-formed CSV, cut cleanly at a line's end: only its length can give it away."""
    text = shared_history().read_bytes()
    body = text[: text.index(b"\n", len(text) // 2) + 1]
    handler.send_response(200)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def test_a_download_with_fewer_reports_than_the_copy_is_refused_unless_forced(tmp_path: Path) -> None:
    previous = tmp_path / "history.csv"
    previous.write_bytes(shared_history().read_bytes())
    before = digest(previous)
    with serving(first_half) as base:
        refused = update("--url", f"{base}/h.csv", "--lookup-url", "none", "--output", str(previous))
        assert refused.exit_code == 1
        assert "fewer than the" in refused.stderr
        assert digest(previous) == before
        forced = update(
            "--url", f"{base}/h.csv", "--lookup-url", "none", "--output", str(previous), "--force"
        )
    assert forced.exit_code == 0, forced.stderr
    assert digest(previous) != before
