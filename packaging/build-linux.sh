#!/usr/bin/env bash
# Build the Linux bundle of CollectDesk and prove it works offline.
#
#   bash packaging/build-linux.sh            build venv, icons, bundle, offline self-test, screenshots, tarball
#   bash packaging/build-linux.sh --smoke    bundle + offline self-test only (what CI runs)
#
# Everything lands in packaging/build/ (git-ignored): the bundle in dist/CollectDesk/, the tarball
# CollectDesk-VERSION-linux-ARCH.tar.gz, the self-test's report self-test.txt and the figures figures.txt.
# Needs Python 3.11 (PYTHON=... to choose another) and, to run the bundle, libgl1 libegl1 fontconfig.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
B=packaging/build
PYTHON=${PYTHON:-python3.11}
SMOKE=0
[ "${1:-}" = "--smoke" ] && SMOKE=1

t0=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - t0 ))"; }

step "build environment"
[ -x "$B/venv/bin/python" ] || "$PYTHON" -m venv "$B/venv"
VPY=$ROOT/$B/venv/bin/python
"$VPY" -m pip install -q --upgrade pip
# the package itself, not editable (PyInstaller follows what is installed), always the working tree's code;
# setuptools' build/ in the repository keeps files of earlier builds (a deleted module would come back)
rm -rf "$ROOT/build"
"$VPY" -m pip install -q "$ROOT" "pyinstaller>=6.22,<7"
"$VPY" -m pip install -q --force-reinstall --no-deps "$ROOT"
# (from inside build/: in the repository root, "import collectdesk" would find the source tree, not the install)
VERSION=$(cd "$B" && "$VPY" -c 'import collectdesk; print(collectdesk.__version__)')
ARCH=$(uname -m)
echo "CollectDesk $VERSION for linux-$ARCH"
t_env=$(date +%s)

step "icons"
QT_QPA_PLATFORM=offscreen "$VPY" packaging/make_icons.py "$B/icons"

step "bundle (PyInstaller)"
rm -rf "$B/dist" "$B/work"
(cd "$B" && COLLECTDESK_ICON_DIR=$ROOT/$B/icons "$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath work "$ROOT/packaging/collectdesk.spec")
t_bundle=$(date +%s)
BIN=$B/dist/CollectDesk/collectdesk

step "every Qt library a shipped plugin or library needs is shipped"
# the spec leaves plugins and libraries out; a desktop platform plugin (xcb, Wayland) that lost a library
# would only fail on a real desktop, which the offscreen self-test does not use
QT=$B/dist/CollectDesk/_internal/PySide6/Qt
missing=0
while IFS= read -r so; do
    for need in $(readelf -d "$so" 2>/dev/null | sed -n 's/.*Shared library: \[\(libQt6[^]]*\)\].*/\1/p'); do
        if [ ! -e "$QT/lib/$need" ]; then echo "missing $need, needed by ${so#"$QT"/}"; missing=1; fi
    done
done < <(find "$B/dist/CollectDesk/_internal/PySide6" -maxdepth 4 -name '*.so*' -type f)
[ "$missing" = 0 ] || { echo "the bundle is incomplete"; exit 1; }

# Offline: a network namespace with no interfaces (nothing at all can leave), plus the self-test's socket guard.
offline() {
    if unshare -n true 2>/dev/null; then unshare -n "$@"
    elif unshare -rn true 2>/dev/null; then unshare -rn "$@"
    else echo "(no network namespace here: the self-test's socket guard alone checks the network)"; "$@"
    fi
}

step "self-test of the bundle, offline"
s0=$(date +%s)
rm -rf "$B/self-test"
offline env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen HOME="$ROOT/$B/home" \
    "$BIN" --self-test --self-test-report "$B/self-test.txt" --keep-self-test "$B/self-test"
t_selftest=$(( $(date +%s) - s0 ))

bundle_mb=$(du -sm "$B/dist/CollectDesk" | cut -f1)
files=$(find "$B/dist/CollectDesk" -type f | wc -l)
{
    echo "CollectDesk $VERSION linux-$ARCH, built $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores"
    echo "build environment: $(( t_env - t0 )) s; PyInstaller: $(( t_bundle - t_env )) s; self-test: ${t_selftest} s"
    echo "bundle: ${bundle_mb} MB in ${files} files"
    echo "largest parts (MB):"
    du -sm "$B/dist/CollectDesk/_internal/"* | sort -rn | sed -n '1,12s/^/  /p'  # sed reads it all: head would end the pipe early (SIGPIPE, exit 141 under pipefail)
} > "$B/figures.txt"

if [ "$SMOKE" = 1 ]; then
    cat "$B/figures.txt"
    echo "smoke test passed"
    exit 0
fi

step "screenshots for AppStream (the bundle itself, offline)"
rm -rf "$B/shots" "$B/shots.sqlite3"
offline env QT_QPA_PLATFORM=offscreen HOME="$ROOT/$B/home" COLLECTDESK_DATA_DIR="$ROOT/$B/home/data" \
    COLLECTDESK_CONFIG_DIR="$ROOT/$B/home/config" "$BIN" --db "$B/shots.sqlite3" demo --accounts 2000
offline env QT_QPA_PLATFORM=offscreen HOME="$ROOT/$B/home" COLLECTDESK_DATA_DIR="$ROOT/$B/home/data" \
    COLLECTDESK_CONFIG_DIR="$ROOT/$B/home/config" "$BIN" --db "$B/shots.sqlite3" --lang en --user "Giulia Ferri" shots --out "$B/shots"

step "tarball"
NAME=CollectDesk-$VERSION-linux-$ARCH
rm -rf "${B:?}/$NAME"
"$VPY" packaging/linux/stage.py --bundle "$B/dist/CollectDesk" --icons "$B/icons" --shots "$B/shots" \
    --version "$VERSION" --out "$B/$NAME"
tar -C "$B" -czf "$B/$NAME.tar.gz" "$NAME"
t_end=$(date +%s)
{
    echo "tarball: $NAME.tar.gz $(du -m "$B/$NAME.tar.gz" | cut -f1) MB"
    echo "whole build: $(( t_end - t0 )) s"
} >> "$B/figures.txt"
cat "$B/figures.txt"
echo "built $B/$NAME.tar.gz"
