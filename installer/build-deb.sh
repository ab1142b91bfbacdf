#!/usr/bin/env bash
# Builds the Loket installer for Linux: a jlink-trimmed Java runtime, a jpackage app-image and a .deb.
#
#   installer/build-deb.sh                 # builds the jars with the Maven wrapper first (offline if MAVEN_OFFLINE=1)
#   installer/build-deb.sh --skip-build    # uses app/desktop/target as it is (the Maven profile -Pinstaller does this)
#   installer/build-deb.sh --image-only    # stops after the app-image (no fakeroot/dpkg needed)
#
# Output in installer/target/: runtime/ (jlink), app-image/Loket/ (jpackage), loket_<version>_amd64.deb.
# Needs JDK 25 (jdeps, jlink, jpackage) and, for the .deb, fakeroot, binutils (objdump) and dpkg-deb.
# The Windows .msi uses the same settings: see installer/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/installer/target"
DESKTOP="$ROOT/app/desktop/target"
APP_VERSION="0.1.0"
MAIN_JAR="loket-desktop-0.1.0-SNAPSHOT.jar"
MAIN_CLASS="id.loket.desktop.Main"

build=1
deb=1
for arg in "$@"; do
  case "$arg" in
    --skip-build) build=0 ;;
    --image-only) deb=0 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "build-deb: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

if [[ -z "${JAVA_HOME:-}" ]]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk /usr/lib/jvm/java-25-openjdk-amd64; do
    [[ -x "$candidate/bin/jpackage" ]] && { export JAVA_HOME="$candidate"; break; }
  done
fi
if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/jpackage" ]]; then
  echo "build-deb: no JDK 25 with jpackage found; set JAVA_HOME" >&2
  exit 1
fi
JBIN="$JAVA_HOME/bin"
log() { printf '== build-deb: %s\n' "$*"; }

if [[ $build -eq 1 ]]; then
  log "building the desktop jar and its libraries"
  offline=()
  [[ "${MAVEN_OFFLINE:-0}" == 1 ]] && offline=(-o)
  (cd "$ROOT" && ./mvnw -B -q -ntp "${offline[@]}" -pl app/desktop -am -DskipTests package)
fi
[[ -f "$DESKTOP/$MAIN_JAR" && -d "$DESKTOP/lib" ]] || {
  echo "build-deb: $DESKTOP/$MAIN_JAR or its lib/ is missing; build app/desktop first" >&2; exit 1; }

rm -rf "$OUT/input" "$OUT/runtime" "$OUT/app-image" "$OUT"/*.deb "$OUT/jpackage-temp"
mkdir -p "$OUT/input/lib"
cp "$DESKTOP/$MAIN_JAR" "$OUT/input/"
# the jar's manifest Class-Path names lib/<jar>; JavaFX stays on the class path (ADR 0005)
cp "$DESKTOP"/lib/*.jar "$OUT/input/lib/"

# --- 1. the modules the app needs (jdeps), then a trimmed runtime (jlink) --------------------------
log "jdeps: finding the JDK modules the application uses"
modules="$("$JBIN/jdeps" -q --ignore-missing-deps --multi-release 25 --print-module-deps --recursive \
  --class-path "$OUT/input/lib/*" "$OUT/input/$MAIN_JAR")"
# never found by jdeps (loaded by name): Indonesian locale data, elliptic-curve/zip providers,
# sun.misc.Unsafe for libraries that probe for it
modules="$modules,jdk.localedata,jdk.zipfs,jdk.unsupported,jdk.charsets"
log "modules: $modules"

log "jlink: trimmed runtime with its own CDS archive of the JDK classes"
"$JBIN/jlink" --add-modules "$modules" --include-locales=id,en \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --generate-cds-archive \
  --output "$OUT/runtime"

# --- 2. the app-image: GUI launcher "Loket" and CLI launcher "loket-cli" ---------------------------
# Start-up: an AOT cache (JDK 25 AppCDS, JEP 483/514) of the classes a real start loads, made by a
# training run below and shipped as lib/app/loket.aot. If the JVM cannot use it (another GC chosen,
# a changed jar) it starts without it, silently: the -Xlog options keep the CLI's output clean.
# The window's own options (GC, native access) come from the one file every start uses (ADR 0024);
# the training run below uses them too, so the cache is made under the collector that will read it.
app_opts=()
while read -r line || [[ -n "$line" ]]; do
  read -ra words <<<"${line%%#*}"
  app_opts+=("${words[@]}")
done < "$ROOT/app/desktop/src/main/resources/id/loket/desktop/jvm.options"
java_opts=()
for opt in "${app_opts[@]}" "-XX:AOTCache=\$APPDIR/loket.aot" "-Xlog:aot*=off" "-Xlog:cds*=off"; do
  java_opts+=(--java-options "$opt")
done
printf 'main-class=%s\narguments=--help\nlauncher-as-service=false\n' "$MAIN_CLASS" >"$OUT/loket-cli.properties"
log "jpackage: app-image"
"$JBIN/jpackage" --type app-image --dest "$OUT/app-image" \
  --name Loket --app-version "$APP_VERSION" --vendor "Loket" \
  --description "Loket: offline-first passport counter client" \
  --copyright "Loket contributors" \
  --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" "${java_opts[@]}" \
  --add-launcher loket-cli="$OUT/loket-cli.properties"

# --- 3. the AOT cache: one training run of the window (under Xvfb) or, without Xvfb, of the CLI -----
APP="$OUT/app-image/Loket/lib/app"
# the same class path, jar for jar, as the launcher's (the cache records it; relocating the whole
# directory to /opt/loket is fine)
CP="$APP/$MAIN_JAR"
for jar in $(grep '^app.classpath=.APPDIR/lib/' "$APP/Loket.cfg" | cut -d/ -f2-); do CP="$CP:$APP/$jar"; done
train_home="$(mktemp -d)"
# the store exists before the training run, as on every start but the first: the cache then holds
# the classes of opening an existing store, not of creating one (Flyway is skipped then, ADR 14)
"$OUT/app-image/Loket/lib/runtime/bin/java" "${app_opts[@]}" -Dloket.home="$train_home" \
  -cp "$CP" "$MAIN_CLASS" audit verify >/dev/null
train=("$OUT/app-image/Loket/lib/runtime/bin/java" -XX:AOTCacheOutput="$APP/loket.aot"
       "-Xlog:aot*=warning:file=$OUT/aot-training.log" "${app_opts[@]}"
       -Dloket.home="$train_home" -cp "$CP" "$MAIN_CLASS")
xvfb_pid=""
trap '[[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$train_home"' EXIT
if command -v Xvfb >/dev/null && command -v xdotool >/dev/null && [[ "${LOKET_AOT_TRAINING:-gui}" == gui ]]; then
  log "AOT training: the window until it shows, under Xvfb"
  display=":$((90 + RANDOM % 9))"
  Xvfb "$display" -screen 0 1100x760x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  DISPLAY="$display" "${train[@]}" >"$OUT/aot-training-app.log" 2>&1 &
  app_pid=$!
  shown=0
  for _ in $(seq 120); do
    if DISPLAY="$display" xdotool search --name '^Loket' >/dev/null 2>&1; then shown=1; break; fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
  done
  if [[ $shown -ne 1 ]]; then
    kill "$app_pid" 2>/dev/null || true
    echo "build-deb: the training run's window never appeared; see $OUT/aot-training-app.log" >&2
    exit 1
  fi
  sleep 3
  kill -TERM "$app_pid"        # an orderly exit: the JVM writes the AOT cache before it ends
  wait "$app_pid" || true
  kill "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""
else
  log "AOT training: the CLI (no Xvfb here, so the window's own classes are not in the cache)"
  "${train[@]}" nik check 5171014708900001 >/dev/null
fi
[[ -s "$APP/loket.aot" ]] || { echo "build-deb: no AOT cache was written; see $OUT/aot-training.log" >&2; exit 1; }
rm -f "$APP/loket.aot.config"
log "AOT cache: $(du -h "$APP/loket.aot" | cut -f1)"

[[ $deb -eq 1 ]] || { log "app-image ready: $OUT/app-image/Loket"; exit 0; }

# --- 4. the .deb ----------------------------------------------------------------------------------
for tool in fakeroot objdump dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (apt-get install -y fakeroot binutils)" >&2; exit 1; }
done
log "jpackage: .deb"
# no --linux-shortcut: its xdg-desktop-menu scripts fail on headless build and CI machines
"$JBIN/jpackage" --type deb --dest "$OUT" \
  --app-image "$OUT/app-image/Loket" --name Loket --app-version "$APP_VERSION" --vendor "Loket" \
  --description "Loket: offline-first passport counter client" \
  --linux-package-name loket --linux-package-deps "libgtk-3-0" --linux-app-category misc \
  --linux-menu-group Office --install-dir /opt \
  --resource-dir "$ROOT/installer/src/deb"
deb_file="$(ls "$OUT"/loket_*.deb)"
log "done: $deb_file ($(du -h "$deb_file" | cut -f1))"
