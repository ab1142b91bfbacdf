#!/usr/bin/env bash
# Start time of Loket to its first window, median of 5 runs with hyperfine (apt-get install hyperfine),
# under Xvfb. Each run is a new JVM; one warm-up run first creates the store in a private data directory,
# so every timed run opens an existing encrypted store (migrations checked) and shows the setup screen.
#   installer/measure-start.sh [LAUNCHER]   (default /opt/loket/bin/Loket, else the app-image in installer/target)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LAUNCHER="${1:-}"
if [[ -z "$LAUNCHER" ]]; then
  LAUNCHER=/opt/loket/bin/Loket
  [[ -x "$LAUNCHER" ]] || LAUNCHER="$ROOT/installer/target/app-image/Loket/bin/Loket"
fi
[[ -x "$LAUNCHER" ]] || { echo "measure-start: no launcher at $LAUNCHER (build with installer/build-deb.sh)" >&2; exit 1; }
for tool in hyperfine Xvfb xdotool python3; do
  command -v "$tool" >/dev/null || { echo "measure-start: $tool is missing" >&2; exit 1; }
done
WORK="$(mktemp -d)"
DISPLAY_NUM=":$((80 + RANDOM % 19))"
Xvfb "$DISPLAY_NUM" -screen 0 1100x760x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT
sleep 1
export DISPLAY="$DISPLAY_NUM" LOKET_HOME="$WORK/data"
hyperfine --runs 5 --warmup 1 --export-json "$WORK/start.json" \
  "$ROOT/installer/scripts/start-to-window.sh $LAUNCHER"
python3 - "$WORK/start.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"median {r['median']:.2f} s, min {r['min']:.2f} s, max {r['max']:.2f} s over {len(r['times'])} runs")
PY
