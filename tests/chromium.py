"""Headless Chromium driven over the DevTools protocol on a pipe, with nothing but the standard library.

`--remote-debugging-pipe` makes Chromium read commands on fd 3 and answer on fd 4, NUL-separated
JSON, so the tests need no WebDriver, no websocket client and no open port.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / ".ci" / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
)  # fmt: skip


def find_chromium() -> str | None:
    """`$CHROMIUM` if it is set (so a test run can say "no browser"), else Debian's `chromium` on the PATH."""
    if "CHROMIUM" in os.environ:
        return shutil.which(os.environ["CHROMIUM"])
    return shutil.which("chromium") or shutil.which("chromium-browser")


class ChromiumError(RuntimeError):
    pass


class Chromium:
    """One headless browser with one tab; `events` keeps every protocol event seen, in order."""

    def __init__(self, binary: str, profile: Path, *, width: int = 1100, height: int = 800) -> None:
        to_browser, self._out = os.pipe()
        self._in, from_browser = os.pipe()

        def on_fds_3_and_4() -> None:
            # Duplicate above 10 first, so neither dup2 can overwrite the other pipe's end.
            read_end = fcntl.fcntl(to_browser, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_browser, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.log = profile / "chromium.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [binary, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
                close_fds=False,
                preexec_fn=on_fds_3_and_4,
            )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session: str = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Network", "Runtime"):
            self.page(f"{domain}.enable")
        self.page(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        self.page(
            "Emulation.setEmulatedMedia",
            {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]},
        )

    def _message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChromiumError("Chromium did not answer in time")
            if select.select([self._in], [], [], left)[0]:
                chunk = os.read(self._in, 1 << 20)
                if not chunk:
                    raise ChromiumError(f"Chromium closed the pipe; see {self.log}")
                self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        session: str | None = None,
        timeout: float = 60,
    ) -> dict[str, Any]:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._out, data) :]
        deadline = time.monotonic() + timeout
        while True:
            answer = self._message(deadline)
            if answer.get("id") != self._id:
                self.events.append(answer)
                continue
            if "error" in answer:
                raise ChromiumError(f"{method}: {answer['error']}")
            result: dict[str, Any] = answer["result"]
            return result

    def page(
        self, method: str, params: dict[str, Any] | None = None, *, timeout: float = 60
    ) -> dict[str, Any]:
        """A command to the tab."""
        return self.send(method, params, session=self.session, timeout=timeout)

    def wait_for(self, method: str, timeout: float = 60) -> dict[str, Any]:
        """The first event called `method` not yet waited for."""
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            for i in range(seen, len(self.events)):
                if self.events[i].get("method") == method and not self.events[i].get("_waited"):
                    self.events[i]["_waited"] = True
                    return self.events[i]
            seen = len(self.events)
            self.events.append(self._message(deadline))

    def open(self, url: str) -> None:
        self.page("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str, *, timeout: float = 120) -> Any:
        """The value of a JavaScript expression in the page, awaited if it is a promise."""
        result = self.page(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            timeout=timeout,
        )
        if "exceptionDetails" in result:
            raise ChromiumError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def press(self, key: str, code: int, text: str = "") -> None:
        """A key pressed and released, as the keyboard sends it: Tab moves focus, Enter follows a link."""
        for kind in ("keyDown", "keyUp"):
            event: dict[str, Any] = {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code}
            if text and kind == "keyDown":
                event["text"] = text
            self.page("Input.dispatchKeyEvent", event)

    def requested(self) -> list[str]:
        """Every URL the tab asked for, from the Network domain's log."""
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def screenshot(self) -> bytes:
        return base64.b64decode(self.page("Page.captureScreenshot", {"format": "png"})["data"])

    def close(self) -> None:
        with contextlib.suppress(ChromiumError):
            self.send("Browser.close", timeout=10)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._in)
        os.close(self._out)
