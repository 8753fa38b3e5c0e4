#!/usr/bin/env python3
"""Where the machine's CPU went during a measurement, by process and (for the app) by thread group.

  cpu-by-process.py sample FILE APP_PID SECONDS   every 0.2 s, cumulative CPU ticks of the app's threads (grouped:
                                                  JIT compiler, collector, background jobs, HTTP, other) and of every
                                                  PostgreSQL process (grouped by its title), one JSON line each
  cpu-by-process.py window FILE FROM_MS TO_MS     CPU seconds per group between two moments (ms since the epoch)

A process or thread that ends keeps the last ticks read for it; one that starts and ends between two samples is
missed (short-lived autovacuum workers, mostly). Linux /proc only.
"""
import json
import os
import re
import sys
import time


def ticks(path):
    try:
        with open(path) as f:
            s = f.read()
    except OSError:
        return None, None
    end = s.rfind(')')
    fields = s[end + 2:].split()
    return s[s.find('(') + 1:end], int(fields[11]) + int(fields[12])


def thread_group(name):
    n = name.lower()
    if 'compiler' in n:
        return 'app: JIT compiler'
    if n.startswith('gc') or n.startswith('g1'):
        return 'app: garbage collector'
    if 'recompute' in n or 'db-scheduler' in n:
        return 'app: background jobs (recompute)'
    if 'http-nio' in n:
        return 'app: HTTP requests'
    return 'app: other threads'


def postgres_group(title):
    for word, group in (('autovacuum', 'database: autovacuum'), ('walwriter', 'database: WAL writer'),
                        ('checkpointer', 'database: checkpointer'), ('background writer', 'database: writer')):
        if word in title:
            return group
    if re.match(r'postgres: \S+ \S+ ', title):
        return 'database: connections (statements)'
    return 'database: other'


def sample(out, app_pid, seconds):
    seen = {}
    until = time.time() + seconds
    with open(out, 'w') as f:
        while time.time() < until:
            now = time.time()
            for tid in os.listdir(f'/proc/{app_pid}/task') if os.path.isdir(f'/proc/{app_pid}/task') else []:
                name, t = ticks(f'/proc/{app_pid}/task/{tid}/stat')
                if t is not None:
                    seen[('app', tid)] = (thread_group(name), t)
            for pid in filter(str.isdigit, os.listdir('/proc')):
                try:
                    with open(f'/proc/{pid}/cmdline', 'rb') as c:
                        title = c.read().replace(b'\0', b' ').decode(errors='replace')
                except OSError:
                    continue
                if title.startswith('postgres:') or '/bin/postgres ' in title:
                    _, t = ticks(f'/proc/{pid}/stat')
                    if t is not None:
                        # a connection's group is kept from the first sample (its title changes with its state)
                        group = seen[('pg', pid)][0] if ('pg', pid) in seen else postgres_group(title)
                        seen[('pg', pid)] = (group, t)
            groups = {}
            for group, t in seen.values():
                groups[group] = groups.get(group, 0) + t
            with open('/proc/stat') as s:
                cpu = [int(x) for x in s.readline().split()[1:]]
            f.write(json.dumps({'t': round(now * 1000), 'groups': groups, 'busy': sum(cpu) - cpu[3] - cpu[4],
                                'all': sum(cpu)}) + '\n')
            f.flush()
            time.sleep(0.2)


def window(file, start, end):
    rows = [json.loads(line) for line in open(file)]
    first = min((r for r in rows if r['t'] >= start), key=lambda r: r['t'])
    last = max((r for r in rows if r['t'] <= end), key=lambda r: r['t'])
    hz = os.sysconf('SC_CLK_TCK')
    print(f"   {(last['t'] - first['t']) / 1000:.1f} s: machine busy {(last['busy'] - first['busy']) / hz:.1f} of "
          f"{(last['all'] - first['all']) / hz:.1f} CPU-seconds ({os.cpu_count()} cores)")
    spent = {g: (last['groups'].get(g, 0) - first['groups'].get(g, 0)) / hz
             for g in set(first['groups']) | set(last['groups'])}
    for group, seconds in sorted(spent.items(), key=lambda x: -x[1]):
        if seconds >= 0.05:
            print(f"   {group}: {seconds:.1f} CPU-s")


if __name__ == '__main__':
    if sys.argv[1] == 'sample':
        sample(sys.argv[2], sys.argv[3], float(sys.argv[4]))
    else:
        window(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
