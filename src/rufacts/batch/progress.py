"""Progress of a batch run on stderr: a live bar on a terminal, plain lines otherwise.

On a terminal, a tqdm bar shows articles done, articles/s and the error count.
When stderr is not a terminal (a log file, CI, a pipe), a plain line is printed
every ``every`` seconds instead, so logs stay readable.
"""
from __future__ import annotations

import shutil
import sys
import time
from typing import IO, Any, Optional


class Progress:
    """Reports ``done`` articles and ``errors`` as a run goes; :meth:`close` at the end."""

    def __init__(self, stream: Optional[IO[str]] = None, every: float = 5.0,
                 bar: Optional[bool] = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.start = self.last = time.monotonic()
        self.done = self.errors = 0
        isatty = getattr(self.stream, "isatty", lambda: False)()
        self._bar: Any = None
        if bar if bar is not None else isatty:
            from tqdm import tqdm

            size = shutil.get_terminal_size(fallback=(100, 24))  # ptys may say 0 x 0
            self._bar = tqdm(file=self.stream, unit=" articles", ncols=min(size.columns, 120),
                             nrows=max(size.lines, 2), desc="rufacts", smoothing=0.1)
            self._bar.set_postfix(errors=0, refresh=False)

    def update(self, done: int, errors: int) -> None:
        """Totals so far: articles done (this run) and error records among them."""
        now = time.monotonic()
        if self._bar is not None:
            self._bar.update(done - self.done)
            if errors != self.errors:
                self._bar.set_postfix(errors=errors, refresh=False)
        elif now - self.last >= self.every:
            self.last = now
            rate = done / (now - self.start) if now > self.start else 0.0
            print(f"rufacts: {done} articles ({rate:.1f}/s), {errors} errors",
                  file=self.stream, flush=True)
        self.done, self.errors = done, errors

    def close(self) -> None:
        """End the bar (a no-op for plain lines)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
