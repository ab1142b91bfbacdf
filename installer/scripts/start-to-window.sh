#!/usr/bin/env bash
# One start of Loket, timed by the caller (hyperfine): launches the program given as $1 on $DISPLAY,
# returns as soon as a window titled "Loket..." is mapped, then stops the program.
# Exit 1 if no window appears within ${LOKET_WINDOW_TIMEOUT:-60} seconds.
set -uo pipefail
"$@" >/dev/null 2>&1 &
app=$!
deadline=$(( $(date +%s) + ${LOKET_WINDOW_TIMEOUT:-60} ))
until xdotool search --onlyvisible --name '^Loket' >/dev/null 2>&1; do
  if ! kill -0 "$app" 2>/dev/null || (( $(date +%s) > deadline )); then
    kill "$app" 2>/dev/null; echo "no Loket window" >&2; exit 1
  fi
  sleep 0.02
done
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
exit 0
