"""The wheel a branch office installs carries the migrations, the compiled translations and the icons."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_migrations_translations_and_resources(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    [wheel] = list(tmp_path.glob("collectdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    migrations = sorted(p.name for p in (ROOT / "collectdesk/store/migrations/versions").glob("*.py"))
    assert {f"collectdesk/store/migrations/versions/{m}" for m in migrations} <= names
    assert "collectdesk/store/migrations/env.py" in names
    assert "collectdesk/store/migrations/script.py.mako" in names
    for lang in ("it", "pl", "de", "en"):
        assert f"collectdesk/translations/collectdesk_{lang}.qm" in names
    icons = {p.name for p in (ROOT / "resources/icons").glob("*.svg")}
    assert icons and {f"collectdesk/resources/icons/{i}" for i in icons} <= names


def test_version_has_one_source_the_package_metadata():
    import importlib.metadata
    import tomllib

    import collectdesk

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert collectdesk.__version__ == importlib.metadata.version("collectdesk") == declared
    source = (ROOT / "collectdesk/__init__.py").read_text(encoding="utf-8")
    assert declared not in source  # not written down twice
