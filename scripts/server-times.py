#!/usr/bin/env python3
"""Server time per request kind from the app's access log (pattern '%{begin:msec}t %U%q %s %D', %D in microseconds).
The kind is the load=<kind> tag the load clients put in every request's query. Lines before FROM_MS are left out.
   scripts/server-times.py ACCESS_LOG [FROM_MS] [TO_MS]"""
import math, re, sys

def pct(v, p):
    return v[max(0, min(len(v) - 1, math.ceil(p / 100 * len(v)) - 1))] if v else 0

start = int(sys.argv[2]) if len(sys.argv) > 2 else 0
stop = int(sys.argv[3]) if len(sys.argv) > 3 else 1 << 62
kinds = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) < 4 or not parts[0].isdigit() or not (start <= int(parts[0]) <= stop):
        continue
    m = re.search(r'[?&]load=([\w-]+)', parts[1])
    if m:
        kinds.setdefault(m.group(1), []).append(int(parts[3]) / 1000.0)
for kind, v in sorted(kinds.items()):
    v.sort()
    print("server %-14s n=%6d  p50=%7.1f ms  p95=%7.1f ms  p99=%7.1f ms  max=%7.1f ms"
          % (kind, len(v), pct(v, 50), pct(v, 95), pct(v, 99), v[-1]))
