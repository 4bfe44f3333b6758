"""Idempotency keys in Redis: one store for every worker of a fleet, on every machine.

The client's default store is a SQLite file, shared by the processes of one machine; Celery's
workers span machines, so `RedisStore` keeps the same records in the Redis they already use
(each operation one Lua script, so atomic for all of them). Records expire after `keep` seconds.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import redis

from .._idempotency import Entry

__all__ = ["RedisStore"]

KEEP = 14 * 24 * 3600.0
"""Seconds a key's record is kept: longer than any task is redelivered or retried."""

_CLAIM = """
if redis.call('EXISTS', KEYS[1]) == 0 then
  redis.call('HSET', KEYS[1], 'state', 'sending', 'owner', ARGV[1], 'lease', ARGV[2])
  redis.call('EXPIRE', KEYS[1], ARGV[3])
end
return redis.call('HGETALL', KEYS[1])
"""
_TAKE_OVER = """
if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] and redis.call('HGET', KEYS[1], 'state') ~= 'started' then
  redis.call('HSET', KEYS[1], 'state', 'sending', 'owner', ARGV[2], 'lease', ARGV[3])
  return 1
end
return 0
"""
_LOST = """
if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] and redis.call('HGET', KEYS[1], 'state') == 'sending' then
  redis.call('HSET', KEYS[1], 'state', 'unknown', 'lease', '0')
end
return 0
"""
_RELEASE = """
if redis.call('HGET', KEYS[1], 'owner') == ARGV[1] and redis.call('HGET', KEYS[1], 'state') ~= 'started' then
  redis.call('DEL', KEYS[1])
end
return 0
"""


class RedisStore:
    """An `IdempotencyStore` in Redis (`A2E(...)`'s keyed starts, shared by a whole fleet)."""

    def __init__(self, url: str, *, prefix: str = "a2e:idempotency:", keep: float = KEEP) -> None:
        self._redis = redis.Redis.from_url(url)
        self.prefix = prefix
        self.keep = int(keep)
        self._claim = self._redis.register_script(_CLAIM)
        self._take_over = self._redis.register_script(_TAKE_OVER)
        self._lost = self._redis.register_script(_LOST)
        self._release = self._redis.register_script(_RELEASE)

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self.prefix!r})"

    def _key(self, scope: str, key: str) -> str:
        return self.prefix + hashlib.sha256(f"{scope}\n{key}".encode()).hexdigest()

    def get(self, scope: str, key: str) -> Entry | None:
        return _entry(self._redis.hgetall(self._key(scope, key)))

    def claim(self, scope: str, key: str, owner: str, lease: float) -> Entry:
        fields = self._claim(keys=[self._key(scope, key)], args=[owner, repr(lease), self.keep])
        entry = _entry(dict(zip(fields[::2], fields[1::2], strict=True)))
        assert entry is not None
        return entry

    def take_over(self, scope: str, key: str, previous: str, owner: str, lease: float) -> bool:
        return bool(self._take_over(keys=[self._key(scope, key)], args=[previous, owner, repr(lease)]))

    def started(self, scope: str, key: str, job_id: str, data: Any) -> None:
        name = self._key(scope, key)
        with self._redis.pipeline() as pipe:
            pipe.hset(name, mapping={"state": "started", "job_id": job_id, "data": json.dumps(data)})
            pipe.expire(name, self.keep)
            pipe.execute()

    def lost(self, scope: str, key: str, owner: str) -> None:
        self._lost(keys=[self._key(scope, key)], args=[owner])

    def release(self, scope: str, key: str, owner: str) -> None:
        self._release(keys=[self._key(scope, key)], args=[owner])

    def close(self) -> None:
        self._redis.close()


def _entry(fields: Any) -> Entry | None:
    if not fields:
        return None
    text = {k.decode(): v.decode() for k, v in fields.items()}
    data = text.get("data")
    return Entry(
        state=text["state"],
        owner=text["owner"],
        lease=float(text["lease"]),
        job_id=text.get("job_id"),
        data=None if data is None else json.loads(data),
    )
