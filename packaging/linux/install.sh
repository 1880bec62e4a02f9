#!/usr/bin/env bash
# Install CollectDesk from this unpacked folder.
#
#   ./install.sh                      for you only: ~/.local/opt/collectdesk, ~/.local/bin/collectdesk,
#                                     the menu entry and icons under ~/.local/share (no root needed)
#   sudo ./install.sh --prefix /usr/local
#                                     for everyone: /opt/collectdesk, /usr/local/bin/collectdesk,
#                                     /usr/local/share/{applications,icons,metainfo}
#   --app-dir DIR                     put the program folder somewhere else
#
# A newer version replaces an older one: the new folder is copied next to the old one first and swapped in
# only when the copy is complete, so a failed copy leaves the old version working.
# Your data (~/.local/share/CollectDesk) and settings (~/.config/CollectDesk) are never touched.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"   # run with sh: start again in bash
set -euo pipefail

APP_ID=org.collectdesk.CollectDesk
HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
MARKER=.collectdesk-install   # marks a folder this script made; only such folders are ever replaced

die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

prefix=""
app_dir=""
while (($#)); do
    case $1 in
        --prefix) (($# >= 2)) || die "--prefix needs a folder, e.g. --prefix /usr/local"; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#*=}; shift ;;
        --app-dir) (($# >= 2)) || die "--app-dir needs a folder"; app_dir=$2; shift 2 ;;
        --app-dir=*) app_dir=${1#*=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown option '$1' (see ./install.sh --help)" ;;
    esac
done

if [[ -n $prefix ]]; then
    [[ $prefix == /* ]] || die "--prefix must be an absolute path, not '$prefix'"
    prefix=${prefix%/}
    bin_dir=$prefix/bin
    share_dir=$prefix/share
    default_app_dir=/opt/collectdesk
else
    [[ -n ${HOME:-} && -d $HOME ]] || die "HOME is not set to a folder"
    bin_dir=$HOME/.local/bin
    share_dir=$HOME/.local/share
    [[ ${XDG_DATA_HOME:-} == /* ]] && share_dir=$XDG_DATA_HOME
    default_app_dir=$HOME/.local/opt/collectdesk
fi
app_dir=${app_dir:-$default_app_dir}
[[ $app_dir == /* ]] || die "--app-dir must be an absolute path, not '$app_dir'"
app_dir=${app_dir%/}
case $app_dir in
    /|/opt|/usr|/usr/local|"${HOME:-/}"|"${HOME:-/}/.local"|"${HOME:-/}/.local/opt") die "refusing to use '$app_dir' as the program folder" ;;
esac

source_app=$HERE/collectdesk
[[ -x $source_app/collectdesk ]] || die "$source_app/collectdesk is missing: run install.sh from the unpacked CollectDesk folder"
for f in uninstall.sh "share/applications/$APP_ID.desktop" "share/metainfo/$APP_ID.metainfo.xml" "share/icons/hicolor"; do
    [[ -e $HERE/$f ]] || die "$HERE/$f is missing: the unpacked folder is incomplete"
done
version=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$HERE/share/metainfo/$APP_ID.metainfo.xml" | sed -n 1p)

# A running CollectDesk would lose the files it loads later; ask for it to be closed first.
running_from() {
    local exe pid
    for exe in /proc/[0-9]*/exe; do
        pid=${exe#/proc/}; pid=${pid%/exe}
        [[ $pid == "$$" ]] && continue
        case $(readlink "$exe" 2>/dev/null || true) in
            "$1"/*) printf '%s\n' "$pid"; return 0 ;;
        esac
    done
    return 1
}
if [[ -d $app_dir ]] && pid=$(running_from "$app_dir"); then
    die "CollectDesk is running from $app_dir (process $pid). Close it, then run install.sh again."
fi

if [[ -e $app_dir && ! -e $app_dir/$MARKER ]]; then
    die "$app_dir exists but was not made by this installer; move it away or choose --app-dir"
fi

parent=$(dirname -- "$app_dir")
mkdir -p -- "$parent" "$bin_dir" || die "cannot create $parent or $bin_dir (for a system-wide install run as root)"
[[ -w $parent ]] || die "cannot write to $parent (for a system-wide install run as root)"

# Leftovers of an interrupted earlier run, recognisable by the marker.
for old in "$app_dir".new.* "$app_dir".old.*; do
    if [[ -e $old/$MARKER ]]; then
        rm -rf -- "$old"
    fi
done

# 1. Copy the new version next to the old one.
staging=$app_dir.new.$$
cleanup() { rm -rf -- "$staging"; }
trap cleanup EXIT
cp -R -- "$source_app" "$staging" || die "copying the program to $staging failed; the installed version (if any) is unchanged"
chmod -R u+rwX,go+rX,go-w -- "$staging"   # readable by everyone, writable by the owner only, whatever the umask
cp -- "$HERE/uninstall.sh" "$staging/uninstall.sh"
chmod 755 "$staging/uninstall.sh"
printf 'CollectDesk %s\n' "${version:-unknown}" > "$staging/$MARKER"
[[ -x $staging/collectdesk ]] || die "the copied program in $staging is not executable; the installed version is unchanged"

# 2. Swap it in: two renames in the same folder.
if [[ -e $app_dir ]]; then
    retired=$app_dir.old.$$
    mv -- "$app_dir" "$retired"
    if ! mv -- "$staging" "$app_dir"; then
        mv -- "$retired" "$app_dir"
        die "could not put the new version in place; the old one is back"
    fi
    rm -rf -- "$retired"
else
    mv -- "$staging" "$app_dir"
fi
trap - EXIT

# 3. The command, the menu entry, the icons and the software-centre description.
link=$bin_dir/collectdesk
if [[ ! -e $link && ! -L $link ]] || [[ -L $link && ( $(readlink -- "$link") == "$app_dir/collectdesk" || ! -e $link ) ]]; then
    ln -sfn -- "$app_dir/collectdesk" "$link"
else
    printf 'install.sh: %s exists and was not made by this installer; left as it is.\n' "$link" >&2
fi

# Desktop Entry quoting: inside "...", escape " ` $ \ with a backslash; % is written %%; then the string
# escape doubles every backslash.
exec_quoted() {
    local s=$1
    if [[ $s =~ ^[A-Za-z0-9/._+-]+$ ]]; then
        printf '%s' "$s"
        return
    fi
    s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//\`/\\\`}; s=${s//\$/\\\$}; s=${s//%/%%}
    s=${s//\\/\\\\}
    printf '"%s"' "$s"
}
exec_value=$(exec_quoted "$app_dir/collectdesk")
tryexec_value=${app_dir//\\/\\\\}/collectdesk

mkdir -p -- "$share_dir/applications" "$share_dir/metainfo" "$share_dir/icons/hicolor"
desktop=$share_dir/applications/$APP_ID.desktop
while IFS= read -r line || [[ -n $line ]]; do
    line=${line//@TRYEXEC@/"$tryexec_value"}
    printf '%s\n' "${line//@EXEC@/"$exec_value"}"
done < "$HERE/share/applications/$APP_ID.desktop" > "$desktop.tmp.$$"
chmod 644 "$desktop.tmp.$$"
mv -- "$desktop.tmp.$$" "$desktop"

cp -- "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$share_dir/metainfo/$APP_ID.metainfo.xml"
chmod 644 "$share_dir/metainfo/$APP_ID.metainfo.xml"

while IFS= read -r -d '' icon; do
    rel=${icon#"$HERE/share/icons/hicolor/"}
    mkdir -p -- "$share_dir/icons/hicolor/$(dirname -- "$rel")"
    cp -- "$icon" "$share_dir/icons/hicolor/$rel"
    chmod 644 "$share_dir/icons/hicolor/$rel"
done < <(find "$HERE/share/icons/hicolor" -type f -name "$APP_ID.*" -print0)

# Caches the desktop keeps: refreshed where they exist, never created (without one the desktop reads the
# folders themselves). CollectDesk opens no file types, so the desktop database only needs to stay current.
if [[ -e $share_dir/applications/mimeinfo.cache ]] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share_dir/applications" || true
fi
touch "$share_dir/icons/hicolor"
if [[ -e $share_dir/icons/hicolor/icon-theme.cache ]] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$share_dir/icons/hicolor" || true
fi

printf 'CollectDesk %s is installed in %s.\n' "${version:-}" "$app_dir"
printf 'Start it from the applications menu, or run: %s\n' "$link"
case ":${PATH:-}:" in
    *":$bin_dir:"*) ;;
    *) printf 'Note: %s is not on your PATH; the menu entry works regardless.\n' "$bin_dir" ;;
esac
options=${prefix:+ --prefix $prefix}
[[ $app_dir == "$default_app_dir" ]] || options+=" --app-dir $app_dir"
printf 'To remove it (your data and settings stay): %s/uninstall.sh%s\n' "$app_dir" "$options"
