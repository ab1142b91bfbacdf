#!/usr/bin/env bash
# Installs Loket the way office IT does and checks it, on this machine (CI: fresh, root, no display).
#   1. builds the .deb (installer/build-deb.sh; --skip-build reuses app/desktop/target)
#   2. dpkg -i, then starts the installed program under Xvfb and waits for its window (screenshot)
#   3. runs the installed CLI (`loket nik check`, `loket --help`)
#   4. dpkg -r, and checks the per-user data directory (store and key file) is still there
# Installs the apt packages it needs when they are missing. Needs root (dpkg). Exit 0 only if all passed.
#   installer/ci-install-test.sh [--skip-build] [--no-deb-build]   (--no-deb-build: use installer/target/*.deb)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/installer/target"
WINDOW_TIMEOUT="${LOKET_WINDOW_TIMEOUT:-90}"
step() { printf '\n== install test: %s\n' "$*"; }
fail() { printf '\ninstall test FAILED: %s\n' "$*" >&2; exit 1; }

build_args=()
build_deb=1
for arg in "$@"; do
  case "$arg" in
    --skip-build) build_args+=(--skip-build) ;;
    --no-deb-build) build_deb=0 ;;
    *) fail "unknown option $arg" ;;
  esac
done
[[ $(id -u) -eq 0 ]] || fail "run as root (dpkg -i / dpkg -r)"

# --- apt packages ---------------------------------------------------------------------------------
need=()
for pkg in fakeroot binutils xvfb xdotool x11-utils imagemagick libgtk-3-0 libgl1 fontconfig fonts-dejavu-core; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [[ ${#need[@]} -gt 0 ]]; then
  step "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get update -qq || fail "apt-get update"
  timeout 900 apt-get install -y -qq --no-install-recommends "${need[@]}" || fail "apt-get install ${need[*]}"
fi

# --- state and cleanup ----------------------------------------------------------------------------
WORK="$(mktemp -d /tmp/loket-install-test.XXXXXX)"
USER_HOME="$WORK/home"                      # the officer's home: data goes to $HOME/.local/share/loket
DATA_DIR="$USER_HOME/.local/share/loket"
mkdir -p "$USER_HOME"
# Java takes user.home from the passwd entry, not $HOME: XDG_DATA_HOME points Loket's default Linux path there
export XDG_DATA_HOME="$USER_HOME/.local/share"
APP_PID=""; XVFB_PID=""; INSTALLED=0
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null
  [[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null
  if [[ $INSTALLED -eq 1 ]]; then dpkg -r loket >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- 1. build ----------------------------------------------------------------------------------------
if [[ $build_deb -eq 1 ]]; then
  step "building the .deb"
  timeout 1200 "$ROOT/installer/build-deb.sh" "${build_args[@]}" || fail "installer/build-deb.sh"
fi
DEB="$(ls "$OUT"/loket_*_amd64.deb 2>/dev/null | head -1)"
[[ -f "$DEB" ]] || fail "no .deb in $OUT"
echo "package: $DEB ($(du -h "$DEB" | cut -f1))"

# --- 2. install and open the window ------------------------------------------------------------------
if dpkg-query -W -f='${Status}' loket 2>/dev/null | grep -q 'install ok installed'; then
  step "removing an earlier loket package"
  dpkg -r loket >/dev/null
fi
step "dpkg -i $(basename "$DEB")"
INSTALLED=1
if ! dpkg -i "$DEB"; then
  step "installing missing dependencies (apt-get -f install)"
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq -f || fail "dpkg -i: dependencies"
fi
[[ -x /opt/loket/bin/Loket ]] || fail "/opt/loket/bin/Loket is missing after dpkg -i"
[[ -x /usr/bin/loket ]] || fail "/usr/bin/loket is missing after dpkg -i"
echo "installed footprint: $(du -sh /opt/loket | cut -f1)"

step "starting /opt/loket/bin/Loket under Xvfb"
DISPLAY_NUM=""
for n in $(seq 80 99); do
  [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || { DISPLAY_NUM=":$n"; break; }
done
[[ -n "$DISPLAY_NUM" ]] || fail "no free X display between :80 and :99"
Xvfb "$DISPLAY_NUM" -screen 0 1100x760x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY="$DISPLAY_NUM"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || fail "Xvfb did not start on $DISPLAY_NUM: $(cat "$WORK/xvfb.log")"

started=$(date +%s%N)
HOME="$USER_HOME" /opt/loket/bin/Loket >"$WORK/app.log" 2>&1 &
APP_PID=$!
window=""
deadline=$(( $(date +%s) + WINDOW_TIMEOUT ))
while [[ -z "$window" ]]; do
  window="$(xdotool search --onlyvisible --name '^Loket' 2>/dev/null | head -1 || true)"
  [[ -n "$window" ]] && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; fail "the installed program exited before its window appeared"; }
  (( $(date +%s) <= deadline )) || { cat "$WORK/app.log" >&2; fail "no Loket window within ${WINDOW_TIMEOUT}s"; }
  sleep 0.1
done
echo "window \"$(xdotool getwindowname "$window")\" after $(( ($(date +%s%N) - started) / 1000000 )) ms"
xdotool windowmove "$window" 0 0 windowsize "$window" 1100 760 >/dev/null 2>&1 || true
sleep 3
import -window root "$OUT/installed-first-run.png" || fail "screenshot"
echo "screenshot: $OUT/installed-first-run.png"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
kill "$XVFB_PID"; wait "$XVFB_PID" 2>/dev/null || true; XVFB_PID=""

[[ -f "$DATA_DIR/loket.key" ]] || fail "no key file in the per-user data directory $DATA_DIR"
[[ -f "$DATA_DIR/loket.mv.db" ]] || fail "no store (loket.mv.db) in $DATA_DIR"
echo "data directory: $DATA_DIR ($(ls "$DATA_DIR" | tr '\n' ' '))"

# --- 3. the installed CLI ----------------------------------------------------------------------------
step "loket nik check (installed CLI)"
out="$(HOME="$USER_HOME" loket --lang en nik check 5171014708900001 --born 1990-08-07 --sex F)" || fail "loket nik check exited $?"
echo "$out"
grep -q "the NIK is valid" <<<"$out" || fail "loket nik check did not report a valid NIK"
HOME="$USER_HOME" loket --help | grep -q "nik" || fail "loket --help lists no commands"

# --- 4. uninstall, the data stays -----------------------------------------------------------------
step "dpkg -r loket"
dpkg -r loket
INSTALLED=0
[[ ! -e /opt/loket ]] || fail "/opt/loket is still there after dpkg -r"
[[ ! -e /usr/bin/loket ]] || fail "/usr/bin/loket is still there after dpkg -r"
[[ -f "$DATA_DIR/loket.key" ]] || fail "uninstalling removed the key file from $DATA_DIR"
[[ -f "$DATA_DIR/loket.mv.db" ]] || fail "uninstalling removed the store from $DATA_DIR"
echo "after dpkg -r the data directory is intact: $(ls "$DATA_DIR" | tr '\n' ' ')"

step "PASSED"
