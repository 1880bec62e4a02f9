"""Self-test checks of what the bundle carries: versions, resources, translations and Qt plugins."""

from __future__ import annotations

import platform
import sys
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImageReader, QImageWriter

from collectdesk import __version__, i18n
from collectdesk.selftest.checks_gui import colours
from collectdesk.selftest.runner import SelfTestContext

tr = QCoreApplication.translate


def bundle(ctx: SelfTestContext) -> str:
    import PySide6

    frozen = tr("SelfTest", "bundle") if getattr(sys, "frozen", False) else tr("SelfTest", "source install")
    return (f"CollectDesk {__version__} ({frozen}), Qt {qVersion()}, PySide6 {PySide6.__version__}, "
            f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
            f"Qt platform {QGuiApplication.platformName()}")


def resource_files(ctx: SelfTestContext) -> str:
    """Icons, fonts, compliance profiles and migrations are where the code looks for them."""
    from collectdesk.compliance.profile_loader import load_shipped
    from collectdesk.store.migrate import known_revisions

    icons = sorted(p.name for p in (resources.files("collectdesk.resources") / "icons").iterdir()
                   if p.name.endswith(".svg"))
    if len(icons) < 20:
        raise RuntimeError(tr("SelfTest", "only {count} icons found").format(count=len(icons)))
    fonts = [p.name for p in (resources.files("collectdesk.resources") / "fonts").iterdir()
             if p.name.endswith(".ttf")]
    missing = sorted({"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"} - set(fonts))
    if missing:
        raise RuntimeError(tr("SelfTest", "the report fonts are missing: {fonts}").format(fonts=", ".join(missing)))
    profiles = load_shipped()
    if not profiles:
        raise RuntimeError(tr("SelfTest", "no compliance profile was found"))
    revisions = known_revisions()
    return tr("SelfTest", "{icons} icons, {fonts} fonts, {profiles} compliance profiles, {migrations} migrations").format(
        icons=len(icons), fonts=len(fonts), profiles=len(profiles), migrations=len(revisions))


# One string of ours and one of Qt's own (a standard button) must differ from English in every language.
_OURS = ("MainWindow", "&Quit")
_QTS = ("QPlatformTheme", "Cancel")


def translations(ctx: SelfTestContext) -> str:
    seen = []
    try:
        for lang in ctx.languages:
            if lang == "en":
                continue
            i18n.install(lang)
            ours = QCoreApplication.translate(*_OURS)
            qts = QCoreApplication.translate(*_QTS)
            if ours == _OURS[1]:
                raise RuntimeError(tr("SelfTest", "CollectDesk's {language} translation did not load").format(
                    language=lang))
            if qts == _QTS[1]:
                raise RuntimeError(tr("SelfTest", "Qt's own {language} translation did not load from {folder}").format(
                    language=lang, folder=QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
            seen.append(f"{lang}: {ours.replace('&', '')}/{qts}")
    finally:
        i18n.install(ctx.language)
    return ", ".join(seen)


def qt_plugins(ctx: SelfTestContext) -> str:
    """SVG icons, the image formats the icon tools need, the platform's style and fonts."""
    from PySide6.QtWidgets import QApplication, QStyleFactory

    readable = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    writable = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    for needed in ("svg", "png"):
        if needed not in readable:
            raise RuntimeError(tr("SelfTest", "Qt cannot read {format} images (image format plugin missing)").format(
                format=needed))
    from collectdesk.ui.icons import icon

    pixmap = icon("queue").pixmap(32, 32)
    if pixmap.isNull() or colours(pixmap.toImage()) < 2:
        raise RuntimeError(tr("SelfTest", "an SVG icon rendered empty"))
    families = QFontDatabase.families()
    if not families:
        raise RuntimeError(tr("SelfTest", "no font is available to draw text"))
    style = QApplication.style().name()
    return tr("SelfTest", "style {style} (available: {styles}); {families} font families; images {formats}").format(
        style=style, styles=", ".join(QStyleFactory.keys()), families=len(families),
        formats=",".join(sorted(readable & writable)))

