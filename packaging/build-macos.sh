#!/usr/bin/env bash
# Builds CollectDesk for macOS in one command, from the repository root:
#
#     bash packaging/build-macos.sh
#
# Needs Python 3.11 (python3.11 on PATH, or PYTHON=/path/to/python3.11) and the Xcode command line tools.
#   1. packaging/build/venv: a fresh venv, `pip install <repository>` (not editable) and PyInstaller
#   2. the version from the package metadata (collectdesk.__version__), the only place it is written
#   3. packaging/make_icons.py -> packaging/build/icons (collectdesk.icns among them)
#   4. PyInstaller on packaging/collectdesk.spec -> packaging/build/dist/CollectDesk.app
#      (the spec's BUNDLE step writes the Info.plist: bundle id org.collectdesk.CollectDesk, versions, ...)
#   5. the app's own self-test (CollectDesk --self-test, offscreen, temporary database)
#   6. optional, driven only by the environment so that no secret is ever in the repository:
#        CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"  signs every Mach-O file inside-out
#            with the hardened runtime and a secure timestamp, then the app (packaging/macos/entitlements.plist),
#            and runs the self-test again on the signed app;
#        NOTARY_PROFILE=name  (a keychain profile made once with `xcrun notarytool store-credentials name`)
#            notarises the app and staples it, then does the same for the disk image.
#   7. packaging/build/CollectDesk-VERSION-macos-ARCH.dmg (hdiutil, UDZO), ARCH from `uname -m`.
# The PyPI wheels (psycopg-binary among them) are per architecture, so a universal2 build is not possible:
# build once on an Apple silicon Mac (arm64) and once on an Intel Mac (x86_64) to serve both.
#
# Written for the bash 3.2 that macOS ships (no mapfile, no associative arrays, no ${x,,}).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD="$ROOT/packaging/build"
VENV="$BUILD/venv"
PY="$VENV/bin/python"
ICONS="$BUILD/icons"
WORK="$BUILD/work"
DIST="$BUILD/dist"
APP="$DIST/CollectDesk.app"
APP_EXE="$APP/Contents/MacOS/CollectDesk"
SPEC="$ROOT/packaging/collectdesk.spec"
ENTITLEMENTS="$ROOT/packaging/macos/entitlements.plist"
# The spec is written for PyInstaller 6; 6.22 is the release the project's packaging was checked with.
PYINSTALLER_REQUIREMENT='pyinstaller>=6.22,<7'

PYTHON="${PYTHON:-python3.11}"
SELFTEST_TIMEOUT="${SELFTEST_TIMEOUT:-900}"
CODESIGN_IDENTITY="${CODESIGN_IDENTITY:-}"
NOTARY_PROFILE="${NOTARY_PROFILE:-}"
STARTED=$SECONDS

say() { printf '\n==> %s\n' "$*"; }
die() { printf '\nbuild-macos: %s\n' "$*" >&2; exit 1; }

# A PYTHONPATH or PYTHONHOME left in the environment would mix other packages into the bundle.
unset PYTHONPATH PYTHONHOME
# Work from packaging/build: in the repository root, `import collectdesk` (PyInstaller's helper processes
# among them) could find the source tree instead of the installed package. Every path here is absolute.
mkdir -p "$BUILD"
cd "$BUILD"

# --- 0. Prerequisites, checked before anything long starts ----------------------------------------------
say "Checking the tools"
[ "$(uname -s)" = Darwin ] || die "this recipe runs on macOS only (packaging/build-linux.sh and build-windows.ps1 are the others)"
command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found. Install Python 3.11 (the macOS 64-bit universal2 installer from https://www.python.org/downloads/macos/, or 'brew install python@3.11'), or point PYTHON at one."
"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' \
    || die "$PYTHON is not Python 3.11. 3.11 exactly: the project pins PySide6 6.11 there, because PySide6 6.12 crashes on Python 3.11."
for tool in hdiutil ditto lipo file codesign; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found: install the Xcode command line tools (xcode-select --install)"
done
for needed in "$SPEC" "$ENTITLEMENTS" "$ROOT/packaging/make_icons.py"; do
    [ -f "$needed" ] || die "missing $needed"
done
if [ -n "$NOTARY_PROFILE" ] && [ -z "$CODESIGN_IDENTITY" ]; then
    die "NOTARY_PROFILE is set but CODESIGN_IDENTITY is not: Apple notarises only apps signed with a Developer ID"
fi
if [ -n "$CODESIGN_IDENTITY" ]; then
    # The name ("Developer ID Application: ...") or the SHA-1 hash that codesign also accepts.
    security find-identity -v -p codesigning | grep -F -- "$CODESIGN_IDENTITY" >/dev/null \
        || die "no valid code-signing identity \"$CODESIGN_IDENTITY\" in the keychain (security find-identity -v -p codesigning lists them)"
    echo "signing as: $CODESIGN_IDENTITY"
fi
if [ -n "$NOTARY_PROFILE" ]; then
    xcrun --find notarytool >/dev/null 2>&1 || die "xcrun notarytool not found: Xcode 13 or newer (or its command line tools) is needed"
    # Asks Apple with the stored credentials, so a wrong profile fails now and not after the whole build.
    xcrun notarytool history --keychain-profile "$NOTARY_PROFILE" >/dev/null \
        || die "the keychain profile \"$NOTARY_PROFILE\" does not work (make it once with: xcrun notarytool store-credentials \"$NOTARY_PROFILE\" --apple-id ... --team-id ...)"
    echo "notarising with keychain profile: $NOTARY_PROFILE"
fi

# --- 1. Build venv ------------------------------------------------------------------------------------
say "Creating the build venv in $VENV"
"$PYTHON" -m venv --clear "$VENV"
# -I (isolated): neither the current folder nor PYTHON* variables can put a source checkout on sys.path.
"$PY" -I -m pip install --upgrade pip
# setuptools builds in <repository>/build; files deleted from the sources since the last build would stay
# there and end up in the wheel. The folder is a throwaway (git-ignored).
rm -rf "$ROOT/build"
say "Installing CollectDesk (not editable) and PyInstaller into the venv"
"$PY" -I -m pip install "$ROOT" "$PYINSTALLER_REQUIREMENT"

# --- 2. Version, from the package metadata; architecture ------------------------------------------------
VERSION=$("$PY" -I -c 'import collectdesk; print(collectdesk.__version__)')
case "$VERSION" in
    "" | 0+unknown*) die "could not read the version from the installed package (got '$VERSION')" ;;
esac
ARCH=$(uname -m)
PY_ARCH=$("$PY" -I -c 'import platform; print(platform.machine())')
[ "$PY_ARCH" = "$ARCH" ] \
    || die "this shell runs as $ARCH but the build Python as $PY_ARCH (Rosetta?); run both natively so the dmg's name says what is inside"
DMG="$BUILD/CollectDesk-$VERSION-macos-$ARCH.dmg"
echo "CollectDesk $VERSION for $ARCH"

# --- 3. Icons -----------------------------------------------------------------------------------------
say "Rendering the icons into $ICONS"
"$PY" "$ROOT/packaging/make_icons.py" "$ICONS"
[ -f "$ICONS/collectdesk.icns" ] || die "make_icons.py did not write $ICONS/collectdesk.icns"

# --- 4. PyInstaller -------------------------------------------------------------------------------------
say "Freezing the app with PyInstaller (a few minutes)"
COLLECTDESK_ICON_DIR="$ICONS" "$VENV/bin/pyinstaller" --noconfirm --clean \
    --distpath "$DIST" --workpath "$WORK" "$SPEC"
[ -x "$APP_EXE" ] || die "PyInstaller did not produce $APP_EXE"
lipo -archs "$APP_EXE" | tr ' ' '\n' | grep -x "$ARCH" >/dev/null \
    || die "$APP_EXE is built for '$(lipo -archs "$APP_EXE")', not $ARCH"

# --- 5. The app's self-test -----------------------------------------------------------------------------
# Runs the app's own checks offscreen in a temporary folder; exit 0 only when every check passed.
self_test() {
    local label=$1 report="$BUILD/self-test-report-$1.txt" pid rc=0 waited=0
    say "Running the app's self-test ($label)"
    rm -f "$report"
    "$APP_EXE" --self-test --self-test-report "$report" &
    pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$waited" -ge "$SELFTEST_TIMEOUT" ]; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            die "the self-test ($label) did not finish within $SELFTEST_TIMEOUT s (SELFTEST_TIMEOUT=... to allow more)"
        fi
        sleep 1
        waited=$((waited + 1))
    done
    wait "$pid" || rc=$?
    [ "$rc" -eq 0 ] || die "the self-test ($label) failed with exit code $rc; report: $report"
    echo "self-test passed ($label), report: $report"
}
self_test unsigned

# --- 6. Signing (CODESIGN_IDENTITY) ---------------------------------------------------------------------
is_macho() {
    case "$(file -b "$1")" in
        Mach-O*) return 0 ;;
        *) return 1 ;;
    esac
}

# The main binary of a .framework is signed together with its framework bundle, not on its own.
is_framework_binary() {
    local base=${1##*/}
    case "$1" in
        */"$base".framework/Versions/*/"$base" | */"$base".framework/"$base") return 0 ;;
        *) return 1 ;;
    esac
}

# Only folders that really are code bundles: PyInstaller may leave a data-only *.framework folder.
is_code_bundle() {
    local dir=$1 name
    name=${dir##*/}
    name=${name%.*}
    case "$dir" in
        *.framework) [ -f "$dir/Versions/Current/$name" ] || [ -f "$dir/$name" ] ;;
        *) [ -d "$dir/Contents/MacOS" ] ;;
    esac
}

codesign_one() {
    codesign --force --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$@"
}

# Inside-out, as Apple asks instead of `codesign --deep`: every nested Mach-O file (.so, .dylib, the Python
# library) and every nested bundle (Qt's and Python's .framework) is signed before what contains it, the
# deepest paths first; the app itself last, with the entitlements on its main executable. Entitlements
# belong to executables only: libraries run with those of the process that loads them.
sign_app() {
    local list item count=0
    list=$(mktemp "${TMPDIR:-/tmp}/collectdesk-sign.XXXXXX")
    # (each loop body ends in an `if`, so a file that is skipped does not fail the pipeline under pipefail)
    {
        find "$APP/Contents" -type f ! -path "$APP_EXE" -print | while IFS= read -r item; do
            if ! is_framework_binary "$item" && is_macho "$item"; then
                printf '%s\n' "$item"
            fi
        done
        find "$APP/Contents" -type d \( -name '*.framework' -o -name '*.app' -o -name '*.bundle' \) -print \
            | while IFS= read -r item; do
                if is_code_bundle "$item"; then
                    printf '%s\n' "$item"
                fi
            done
    } | awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2- >"$list"
    while IFS= read -r item; do
        codesign_one "$item" || die "codesign failed on $item"
        count=$((count + 1))
    done <"$list"
    rm -f "$list"
    echo "signed $count nested binaries and frameworks"
    codesign_one --entitlements "$ENTITLEMENTS" "$APP" || die "codesign failed on $APP"
    codesign --verify --deep --strict --verbose=2 "$APP" || die "the signature of $APP does not verify"
}

# --- Notarisation (NOTARY_PROFILE) ----------------------------------------------------------------------
# Sends a zip or dmg to Apple's notary service and waits for the verdict; prints Apple's log when rejected.
notarise() {
    local file=$1 out rc=0 id status
    say "Notarising $(basename "$file") (waits for Apple, usually a few minutes)"
    out=$(xcrun notarytool submit "$file" --keychain-profile "$NOTARY_PROFILE" --wait --output-format json) || rc=$?
    id=$(printf '%s' "$out" | "$PY" -I -c 'import json, sys
try:
    print(json.load(sys.stdin).get("id") or "")
except ValueError:
    print("")')
    status=$(printf '%s' "$out" | "$PY" -I -c 'import json, sys
try:
    print(json.load(sys.stdin).get("status") or "")
except ValueError:
    print("")')
    if [ "$rc" -ne 0 ] || [ "$status" != Accepted ]; then
        printf '%s\n' "$out"
        if [ -n "$id" ]; then
            xcrun notarytool log "$id" --keychain-profile "$NOTARY_PROFILE" || true
        fi
        die "notarisation of $(basename "$file") was not accepted (status '${status:-none}', exit code $rc)"
    fi
    echo "accepted by Apple's notary service (submission $id)"
}

staple() {
    xcrun stapler staple "$1" || die "stapling the ticket to $1 failed"
    xcrun stapler validate "$1" || die "the stapled ticket of $1 does not validate"
}

SIGNED=no
NOTARISED=no
if [ -n "$CODESIGN_IDENTITY" ]; then
    say "Signing the app (every nested binary first)"
    sign_app
    SIGNED=yes
    # The hardened runtime can stop what ran unsigned: the signed app must pass the same self-test.
    self_test signed
    if [ -n "$NOTARY_PROFILE" ]; then
        # The app is notarised and stapled on its own, before it goes into the disk image, so that a copy in
        # /Applications carries its ticket and opens on a Mac without internet (a branch office) too.
        APP_ZIP="$BUILD/CollectDesk-$VERSION-macos-$ARCH-app.zip"
        rm -f "$APP_ZIP"
        ditto -c -k --keepParent "$APP" "$APP_ZIP"
        notarise "$APP_ZIP"
        rm -f "$APP_ZIP"
        staple "$APP"
        spctl --assess --type execute --verbose=2 "$APP" || die "Gatekeeper does not accept the notarised app"
    fi
fi

# --- 7. Disk image --------------------------------------------------------------------------------------
say "Making the disk image"
STAGE="$BUILD/dmg"
rm -rf "$STAGE"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/CollectDesk.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
made=no
for attempt in 1 2 3; do
    # hdiutil now and then fails with "Resource busy" while Spotlight looks at the new files.
    if hdiutil create -volname CollectDesk -srcfolder "$STAGE" -ov -format UDZO "$DMG"; then
        made=yes
        break
    fi
    echo "hdiutil failed (attempt $attempt of 3), trying again"
    sleep 5
done
[ "$made" = yes ] || die "hdiutil could not create $DMG"
rm -rf "$STAGE"
if [ "$SIGNED" = yes ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG" || die "codesign failed on $DMG"
    if [ -n "$NOTARY_PROFILE" ]; then
        notarise "$DMG"
        staple "$DMG"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG" \
            || die "Gatekeeper does not accept the notarised disk image"
        NOTARISED=yes
    fi
fi

# --- Summary ------------------------------------------------------------------------------------------
elapsed=$((SECONDS - STARTED))
printf '\nDisk image: %s (%s)\n' "$DMG" "$(du -h "$DMG" | cut -f1)"
printf 'App:        %s (%s unpacked)\n' "$APP" "$(du -sh "$APP" | cut -f1)"
printf 'Signed: %s, notarised: %s\n' "$SIGNED" "$NOTARISED"
printf 'Time taken: %dm %02ds\n' $((elapsed / 60)) $((elapsed % 60))
if [ "$SIGNED" = no ]; then
    echo "Not signed (CODESIGN_IDENTITY unset): Gatekeeper blocks the app on other Macs until the user allows it"
    echo "in System Settings > Privacy & Security > Open Anyway. For distribution, see packaging/README.md."
fi
