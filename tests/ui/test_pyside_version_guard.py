"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns nothing and
aborts after a few thousand calls (Fatal Python error: none_dealloc). This fails if an upgrade brings
that bug back. Run in a child process so an abort is reported as a failure, not a dead test run."""

import subprocess
import sys

CHILD = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for i in range(100_000):
    label.setText("x")
print("ok", sys.getrefcount(None) - before)
"""


def test_100k_void_qt_calls_do_not_crash():
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("ok")
