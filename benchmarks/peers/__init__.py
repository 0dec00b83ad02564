"""Peer comment systems the load benchmark runs side by side with this app.

Each peer installs itself into its own virtualenv under `benchmarks/.peers/<name>/` (pinned
versions), prepares a fresh database with a thread to post to and one of 1,000 comments to read,
and runs under gunicorn so wrk can load it like this app. See `base.Peer` for the interface.
"""

from __future__ import annotations

from benchmarks.peers.base import Peer
from benchmarks.peers.isso import IssoPeer
from benchmarks.peers.xtd import XtdPeer

PEERS: dict[str, type[Peer]] = {peer.name: peer for peer in (XtdPeer, IssoPeer)}

__all__ = ["PEERS", "IssoPeer", "Peer", "XtdPeer"]
