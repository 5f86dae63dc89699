#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# stop-octavia.sh - stop exactly the process groups start-octavia.sh recorded in
# $DEVCLOUD_DIR/octavia/run/octavia.pids (TERM, then KILL after $GRACE s).
# The devcloud itself, the octavia DB and the keystone entries are left alone.
set -uo pipefail
DC=${DEVCLOUD_DIR:-/tmp/devcloud}
PIDFILE=$DC/octavia/run/octavia.pids
GRACE=${GRACE:-20}
[ -f "$PIDFILE" ] || { echo "no pid file at $PIDFILE - nothing to stop"; exit 0; }

alive() { kill -0 -- "-$1" 2>/dev/null; }
# pid-reuse guard: a live leader must still be its own session leader (setsid)
ours() { [ "$(ps -o sid= -p "$1" 2>/dev/null | tr -d ' ')" = "$1" ]; }

pids=()
while read -r name pid; do
  [ -n "${pid:-}" ] || continue
  if ! alive "$pid"; then echo "$name ($pid) not running"; continue; fi
  if kill -0 "$pid" 2>/dev/null && ! ours "$pid"; then echo "$name ($pid): pid reused, skipping"; continue; fi
  kill -TERM -- "-$pid" 2>/dev/null && pids+=("$pid") && echo "$name ($pid) TERM"
done < "$PIDFILE"
for _ in $(seq $((GRACE * 4))); do
  any=0; for pid in "${pids[@]}"; do alive "$pid" && any=1; done
  [ $any = 0 ] && break; sleep 0.25
done
for pid in "${pids[@]}"; do alive "$pid" && { kill -KILL -- "-$pid" 2>/dev/null; echo "group $pid SIGKILLed"; }; done
rm -f "$PIDFILE"
echo "octavia stopped"
