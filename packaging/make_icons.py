"""Render resources/icons/app.svg into every icon a desktop needs: hicolor PNGs, a Windows .ico, a macOS .icns.

    python packaging/make_icons.py OUTDIR

writes (see /work/notes/packaging_contract.md):
    OUTDIR/hicolor/{16,24,32,48,64,128,256,512}x{same}/apps/org.collectdesk.CollectDesk.png
    OUTDIR/hicolor/scalable/apps/org.collectdesk.CollectDesk.svg
    OUTDIR/collectdesk.ico    16, 24, 32, 48, 64, 128 and 256 px in one file
    OUTDIR/collectdesk.icns   16 to 1024 px (PNG entries)

PySide6 only, and it runs without a display (QT_QPA_PLATFORM=offscreen unless the caller chose a platform).

Why the containers are written by hand: Qt's ico plugin writes one image per file, and its icns plugin
wrote a file its own reader calls corrupt (PySide6 6.11, checked). Both formats are a short header and a
table of entries, so they are written here with struct.

Why 16 and 32 px have their own drawing: app.svg is drawn on a 24 px grid. Scaled to 16 px its three
lines fall between pixel rows and the middle one smears into a pale band; at 32 px all three are soft.
The two drawings below are the same icon (same colours, same proportions) snapped to whole pixels, the
way icon designers hint small sizes. Every other size is app.svg itself.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

APP_ID = "org.collectdesk.CollectDesk"
ROOT = Path(__file__).resolve().parent.parent
SOURCE_SVG = ROOT / "resources" / "icons" / "app.svg"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types, each a PNG of the given pixel size (Apple's "icon family" types from OS X 10.7 on).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"ic12", 64), (b"ic07", 128), (b"ic13", 256),
    (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
)

# app.svg snapped to the pixel grid for the sizes where its 24 px geometry does not land on pixels.
HINTED_SVG = {
    16: """<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
<rect x="1" y="1" width="14" height="14" rx="3" fill="#1f6f8b"/>
<g fill="#ffffff"><rect x="4" y="4" width="8" height="2" rx="1"/><rect x="4" y="7" width="8" height="2" rx="1"/>
<rect x="4" y="10" width="6" height="2" rx="1"/></g></svg>""",
    32: """<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
<rect x="3" y="3" width="26" height="26" rx="5" fill="#1f6f8b"/>
<g fill="#ffffff"><rect x="9" y="10" width="14" height="2" rx="1"/><rect x="9" y="15" width="14" height="2" rx="1"/>
<rect x="9" y="20" width="10" height="2" rx="1"/></g></svg>""",
}


class IconError(Exception):
    """A problem the person running the build can fix; printed without a traceback."""


_APP = None  # the QGuiApplication this script created, kept alive for the whole run


def _qt() -> None:
    """Make sure a QGuiApplication exists (QSvgRenderer and QPainter need one), offscreen unless chosen."""
    global _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _APP = QGuiApplication(["make_icons"])


def render(svg: bytes, size: int):
    """The SVG drawn anti-aliased on a transparent size x size image (QImage, ARGB32 not premultiplied)."""
    _qt()
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise IconError("The icon is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def render_size(source: bytes, size: int):
    """The icon at one pixel size: the hinted drawing where there is one, app.svg otherwise."""
    hinted = HINTED_SVG.get(size)
    return render(hinted.encode("utf-8") if hinted else source, size)


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise IconError("Qt could not encode a PNG image.")
    buffer.close()
    return bytes(data)


def _bgra_rows(image) -> list[bytes]:
    """Pixel rows top to bottom as B, G, R, A bytes (QImage ARGB32 is stored that way on little-endian)."""
    width, height = image.width(), image.height()
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    rows = [bits[y * stride: y * stride + 4 * width] for y in range(height)]
    if sys.byteorder == "big":
        rows = [b"".join(row[i:i + 4][::-1] for i in range(0, len(row), 4)) for row in rows]
    return rows


def dib_bytes(image) -> bytes:
    """A 32-bit BMP (DIB) icon entry: the form every Windows version and resource tool reads for small sizes."""
    width, height = image.width(), image.height()
    rows = _bgra_rows(image)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(reversed(rows))  # bottom-up
    mask_stride = ((width + 31) // 32) * 4
    mask = bytearray()
    for row in reversed(rows):  # AND mask: 1 = transparent, for programs that ignore the alpha channel
        line = bytearray(mask_stride)
        for x in range(width):
            if row[4 * x + 3] == 0:
                line[x // 8] |= 0x80 >> (x % 8)
        mask += line
    return header + pixels + bytes(mask)


def ico_bytes(images: dict[int, object]) -> bytes:
    """An ICO file holding every size: BMP entries below 256 px, a PNG entry at 256 px (Windows Vista on)."""
    sizes = sorted(images)
    blobs = [png_bytes(images[s]) if s >= 256 else dib_bytes(images[s]) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size, blob in zip(sizes, blobs):
        side = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blobs)


def icns_bytes(images: dict[int, object]) -> bytes:
    """An ICNS file: the 'icns' header, then one (type, length, PNG) entry per Apple icon type."""
    body = b""
    for ostype, size in ICNS_TYPES:
        png = png_bytes(images[size])
        body += ostype + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(outdir: Path, source_svg: Path = SOURCE_SVG) -> list[Path]:
    """Write every icon into outdir; returns the files written."""
    try:
        source = source_svg.read_bytes()
    except OSError as exc:
        raise IconError(f"Cannot read the icon {source_svg}: {exc.strerror}.") from exc
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    images = {size: render_size(source, size) for size in sizes}
    written = []
    try:
        for size in HICOLOR_SIZES:
            path = outdir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(png_bytes(images[size]))
            written.append(path)
        scalable = outdir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source_svg, scalable)
        written.append(scalable)
        ico = outdir / "collectdesk.ico"
        ico.write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
        icns = outdir / "collectdesk.icns"
        icns.write_bytes(icns_bytes(images))
        written += [ico, icns]
    except OSError as exc:
        raise IconError(f"Cannot write the icons into {outdir}: {exc.strerror}.") from exc
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the CollectDesk icon for Linux, Windows and macOS.")
    parser.add_argument("outdir", type=Path, help="folder for hicolor/, collectdesk.ico and collectdesk.icns")
    parser.add_argument("--svg", type=Path, default=SOURCE_SVG, help="the icon to render (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        written = make_icons(args.outdir, args.svg)
    except IconError as exc:
        print(f"make_icons: {exc}", file=sys.stderr)
        return 1
    print(f"{len(written)} icon files written to {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
