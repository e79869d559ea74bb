#!/usr/bin/env python3
"""Shares of request time per frame in a speedscope file from bench/trace-interview.sh (evented, as dotnet-trace writes it).

Usage: bench/speedscope-shares.py <trace.speedscope.json> [root frame, default ProcessRequests] [how many, default 60]
Prints each frame's inclusive share of the time spent under the root frame (a frame counted once per stack), then self shares.
"""
import json, sys, collections
path = sys.argv[1]; root = sys.argv[2] if len(sys.argv) > 2 else 'ProcessRequests'
top = int(sys.argv[3]) if len(sys.argv) > 3 else 60
d = json.load(open(path))
frames = [f['name'] for f in d['shared']['frames']]
incl = collections.Counter(); selfc = collections.Counter(); total = 0.0
for prof in d['profiles']:
    stack = []  # open frame indexes, outermost first
    last = None
    for ev in prof['events']:
        at = ev['at']
        if stack and last is not None:
            dt = at - last
            names = [frames[f] for f in stack]
            idx = next((i for i, n in enumerate(names) if root in n), None)
            if idx is not None:
                sub = names[idx:]
                total += dt
                for n in set(sub): incl[n] += dt
                selfc[sub[-1]] += dt
        last = at
        if ev['type'] == 'O': stack.append(ev['frame'])
        else:
            while stack:
                if stack.pop() == ev['frame']: break
print(f'total {total:.0f}')
for n, w in incl.most_common(top):
    print(f'{100*w/total:6.1f}%  {n[:200]}')
print('--- self')
for n, w in selfc.most_common(40):
    print(f'{100*w/total:6.1f}%  {n[:200]}')
