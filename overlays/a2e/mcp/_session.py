"""What the MCP server remembers across restarts: the credits its starts spent and the jobs they made.

Agent clients restart their servers often (a new chat, a crash); a session total that started from
0 each time would be no limit. One JSON file in the state folder, rewritten whole and atomically
(a temporary file, then a rename) after every start. One server per state folder.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._budget import SessionBudget
from .._exceptions import ConfigurationError

STATE_FILE = "mcp-session.json"
VERSION = 1


def default_state_dir() -> Path:
    """`$XDG_STATE_HOME/a2e`, else `~/.local/state/a2e`."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "a2e"


@dataclass
class Session:
    budget: SessionBudget
    path: Path | None
    """The state file; None keeps nothing (tests, or a server that needs no memory)."""
    jobs: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Job id -> its group, kind (the start's name), operation, cost of its start and when it began."""

    @classmethod
    def load(cls, budget: SessionBudget, folder: Path | None) -> Session:
        """The session kept in `folder`, or a new one; a file that cannot be read is an error, not a reset."""
        if folder is None:
            return cls(budget, None)
        path = folder / STATE_FILE
        if not path.exists():
            return cls(budget, path)
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
            budget.spent = float(kept["spent"])
            jobs = {str(job_id): dict(job) for job_id, job in kept["jobs"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            problem = f"the MCP state file {path} cannot be read ({exc}); move it away to start over"
            raise ConfigurationError(problem) from None
        return cls(budget, path, jobs)

    def started(self, group: str, kind: str, operation: str, job_ids: list[str], cost: float | None) -> None:
        """Count a start's cost and remember its jobs, on disk before the start's answer goes out."""
        self.budget.spent += cost or 0.0
        for job_id in job_ids:
            self.jobs[job_id] = {
                "group": group,
                "kind": kind,
                "operation": operation,
                "cost": cost,
                "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            }
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": VERSION, "spent": self.budget.spent, "jobs": self.jobs}, indent=1)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".mcp-session-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def summary(self) -> dict[str, Any]:
        return {
            "spent": self.budget.spent,
            "max_credits_per_job": self.budget.per_job,
            "max_credits_total": self.budget.total,
            "state_file": None if self.path is None else str(self.path),
            "jobs": [{"id": job_id, **job} for job_id, job in self.jobs.items()],
        }
