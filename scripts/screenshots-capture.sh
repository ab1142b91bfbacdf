#!/usr/bin/env bash
# Takes the README screenshots of the first-run wizard and the counter workflow: the queue, every
# capture step, the receipt PDF, a resumed draft, the outage banner, the waiting-room display, the
# booth screen, the call list, the duplicate decision and the search screen. The window tests
# (FirstRunWizardTest, QueueWindowTest, CaptureEndToEndTest, CaptureResumeTest, OutageWindowTest,
# WaitingRoomWindowTest, BoothWindowTest, CallListWindowTest, DuplicateDecisionWindowTest, SearchWindowTest)
# run in a real GTK window on Xvfb (Maven profile xvfb-screenshots, not Monocle) and grab the X
# screen at each step; the receipt's first page is rendered with pdftoppm.
# Needs: xvfb, imagemagick, libgtk-3-0, libgl1, poppler-utils.
#   scripts/screenshots-capture.sh [extra Maven options, e.g. -o]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/docs/screenshots"
GRABS="$ROOT/app/desktop/target/xvfb-screenshots"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DISPLAY_NUM="${SCREENSHOT_DISPLAY:-:98}"

for tool in Xvfb import pdftoppm; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb imagemagick poppler-utils)" >&2; exit 1; }
done

Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
export DISPLAY="$DISPLAY_NUM"
sleep 1

rm -rf "$GRABS"
(cd "$ROOT" && ./mvnw -B "$@" test -pl app/desktop -am -Pxvfb-screenshots \
    -Dtest='FirstRunWizardTest,QueueWindowTest,CaptureEndToEndTest,CaptureResumeTest,OutageWindowTest,WaitingRoomWindowTest,BoothWindowTest,CallListWindowTest,DuplicateDecisionWindowTest,SearchWindowTest' -Dsurefire.failIfNoSpecifiedTests=false)

mkdir -p "$OUT"
copy() { cp "$GRABS/$1.png" "$OUT/$2.png"; echo "saved docs/screenshots/$2.png"; }
copy setup-1-office         1-first-run
copy setup-3-fingers        1b-provisioning-fingers
copy queue                  4-queue
copy queue-appointments     5-queue-appointments
copy capture-1-applicant    6-capture-applicant
copy capture-2-documents    7-capture-documents
copy capture-3-photo        8-capture-photo
copy capture-4-fingerprints 9-capture-fingerprints
copy capture-5-interview    10-capture-interview
copy capture-6-payment      11-capture-payment
copy capture-7-review       12-capture-review
copy capture-8-finalised    13-capture-finalised
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$GRABS/receipt.pdf" "$OUT/14-receipt"
echo "saved docs/screenshots/14-receipt.png"
copy capture-0-home-drafts  15-home-resume-draft
copy duplicate-side-by-side 16-duplicate-side-by-side
copy search-name            17-search
copy outage-banner          20-outage-banner
copy waiting-room-display   21-waiting-room-display
copy booth-event            22-booth-event
copy call-list              23-call-list
