"""The Windows and macOS build recipes the test_windows_recipe, test_macos_recipe and
test_recipes_hold_no_secrets modules check, and the one line both build scripts must run for the version."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "collectdesk.iss"
PS1 = ROOT / "packaging" / "build-windows.ps1"
MACOS_SH = ROOT / "packaging" / "build-macos.sh"
ENTITLEMENTS = ROOT / "packaging" / "macos" / "entitlements.plist"
VERSION_CODE = "import collectdesk; print(collectdesk.__version__)"
