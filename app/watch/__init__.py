"""Watching sources, the edge that goes out to the network: fetch due sources politely, record
snapshots and versions through `app.store`, and deliver notifications (decision 0021)."""

from app.watch.check import RoundSummary, check_due_sources
from app.watch.deliver import DELIVERY_HEADER, SIGNATURE_HEADER, deliver_pending, sign
from app.watch.fetch import Fetched, Fetcher, FetchFailed, HostRateLimiter, NotModified, user_agent
from app.watch.loop import BackgroundWatcher, WatchRound, run_forever, run_once
from app.watch.messages import change_email, change_payload

__all__ = [
    "DELIVERY_HEADER",
    "SIGNATURE_HEADER",
    "BackgroundWatcher",
    "FetchFailed",
    "Fetched",
    "Fetcher",
    "HostRateLimiter",
    "NotModified",
    "RoundSummary",
    "WatchRound",
    "change_email",
    "change_payload",
    "check_due_sources",
    "deliver_pending",
    "run_forever",
    "run_once",
    "sign",
    "user_agent",
]
