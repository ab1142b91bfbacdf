#!/usr/bin/env bash
# Takes the README screenshots from the real app in a real window under Xvfb: it walks the
# first-run wizard, then login (wrong password), home. Needs: xvfb, xdotool, imagemagick, libgtk-3-0, libgl1.
#   scripts/screenshots.sh [JAR_DIR]   (default: app/desktop/target, built with ./mvnw -DskipTests package)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${1:-$ROOT/app/desktop/target}"
OUT="$ROOT/docs/screenshots"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
HOME_DIR="$(mktemp -d)"
DISPLAY_NUM=":97"

Xvfb "$DISPLAY_NUM" -screen 0 1100x760x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $APP $XVFB 2>/dev/null || true; rm -rf "$HOME_DIR"' EXIT
export DISPLAY="$DISPLAY_NUM"
sleep 1

LOKET_HOME="$HOME_DIR" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dprism.order=sw \
  -jar "$DIST"/loket-desktop-*.jar >"$HOME_DIR/app.log" 2>&1 &
APP=$!

wait_window() { for _ in $(seq 60); do xdotool search --name "Loket" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "no window" >&2; exit 1; }
shot() { sleep "${2:-1.5}"; import -window root "$OUT/$1.png"; echo "saved docs/screenshots/$1.png"; }
type_field() { xdotool type --delay 20 "$1"; xdotool key Tab; }

wait_window
win=$(xdotool search --name "Loket" | head -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1100 760 windowfocus "$win"
sleep 3   # the first-run wizard (its screenshots come from scripts/screenshots-capture.sh)
type_field DPS; type_field "Kantor Imigrasi Kelas I TPI Denpasar"; xdotool type --delay 20 3
xdotool key Return; sleep 1     # 2: the centre, offline for now
xdotool key Return; sleep 1     # 3: both index fingers, score 60
xdotool key Return; sleep 1     # 4: the default lane quotas
xdotool key Return; sleep 1     # 5: the first administrator
type_field ayu; type_field "Ayu Lestari"; type_field "rahasia-loket-1"
xdotool type --delay 20 "rahasia-loket-1"; xdotool key Return
sleep 4
xdotool type --delay 20 ayu; xdotool key Tab; xdotool type --delay 20 "salah-sekali"; xdotool key Return
shot 2-login-wrong-password 3
xdotool key ctrl+a; xdotool type --delay 20 "rahasia-loket-1"; xdotool key Return
shot 3-home 4
