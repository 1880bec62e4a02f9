#!/usr/bin/env bash
# Remove CollectDesk: exactly what install.sh put in place, with the same options.
#
#   ./uninstall.sh                    your own installation (~/.local/opt/collectdesk and its menu entry)
#   sudo ./uninstall.sh --prefix /usr/local
#                                     the system-wide one (/opt/collectdesk, /usr/local/...)
#   --app-dir DIR                     if you installed with --app-dir DIR
#
# Your data and settings are NOT removed: the databases and reports in ~/.local/share/CollectDesk and the
# settings in ~/.config/CollectDesk stay, so a later installation finds them again. Delete those folders
# yourself if you really want them gone.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"   # run with sh: start again in bash
set -euo pipefail

APP_ID=org.collectdesk.CollectDesk
MARKER=.collectdesk-install

die() { printf 'uninstall.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
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
        *) die "unknown option '$1' (see ./uninstall.sh --help)" ;;
    esac
done

if [[ -n $prefix ]]; then
    [[ $prefix == /* ]] || die "--prefix must be an absolute path, not '$prefix'"
    prefix=${prefix%/}
    bin_dir=$prefix/bin
    share_dir=$prefix/share
    app_dir=${app_dir:-/opt/collectdesk}
else
    [[ -n ${HOME:-} && -d $HOME ]] || die "HOME is not set to a folder"
    bin_dir=$HOME/.local/bin
    share_dir=$HOME/.local/share
    [[ ${XDG_DATA_HOME:-} == /* ]] && share_dir=$XDG_DATA_HOME
    app_dir=${app_dir:-$HOME/.local/opt/collectdesk}
fi
[[ $app_dir == /* ]] || die "--app-dir must be an absolute path, not '$app_dir'"
app_dir=${app_dir%/}

if [[ -e $app_dir && ! -e $app_dir/$MARKER ]]; then
    die "$app_dir was not made by install.sh; nothing removed"
fi

for exe in /proc/[0-9]*/exe; do
    case $(readlink "$exe" 2>/dev/null || true) in
        "$app_dir"/*)
            pid=${exe#/proc/}
            die "CollectDesk is running from $app_dir (process ${pid%/exe}). Close it, then run uninstall.sh again." ;;
    esac
done

removed=0
remove() {  # remove one file or link if it is there, and count it
    if [[ -e $1 || -L $1 ]]; then
        rm -f -- "$1"
        removed=$((removed + 1))
    fi
}

link=$bin_dir/collectdesk
if [[ -L $link && $(readlink -- "$link") == "$app_dir/collectdesk" ]]; then
    remove "$link"
fi
remove "$share_dir/applications/$APP_ID.desktop"
remove "$share_dir/metainfo/$APP_ID.metainfo.xml"
if [[ -d $share_dir/icons/hicolor ]]; then
    while IFS= read -r -d '' icon; do
        remove "$icon"
        # the size folders install.sh made, once they hold nothing else
        apps=$(dirname -- "$icon")
        if rmdir -- "$apps" 2>/dev/null; then
            rmdir -- "$(dirname -- "$apps")" 2>/dev/null || true
        fi
    done < <(find "$share_dir/icons/hicolor" -path "*/apps/$APP_ID.*" \( -type f -o -type l \) -print0)
fi
if [[ -d $app_dir ]]; then
    rm -rf -- "$app_dir"
    removed=$((removed + 1))
    if [[ -z $prefix && $app_dir == "$HOME/.local/opt/collectdesk" ]]; then
        rmdir -- "$HOME/.local/opt" 2>/dev/null || true   # made by install.sh; only if nothing else is in it
    fi
fi

# Caches: refreshed where they exist, as install.sh does.
if [[ -e $share_dir/applications/mimeinfo.cache ]] && command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$share_dir/applications" || true
fi
if [[ -d $share_dir/icons/hicolor ]]; then
    touch "$share_dir/icons/hicolor"
    if [[ -e $share_dir/icons/hicolor/icon-theme.cache ]] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$share_dir/icons/hicolor" || true
    fi
fi

if ((removed == 0)); then
    printf 'CollectDesk was not installed in %s; nothing to remove.\n' "$app_dir"
else
    printf 'CollectDesk is removed from %s.\n' "$app_dir"
fi
if [[ -z $prefix ]]; then
    data=$HOME/.local/share
    [[ ${XDG_DATA_HOME:-} == /* ]] && data=$XDG_DATA_HOME
    config=$HOME/.config
    [[ ${XDG_CONFIG_HOME:-} == /* ]] && config=$XDG_CONFIG_HOME
    printf 'Your data (%s) and settings (%s) were kept.\n' "$data/CollectDesk" "$config/CollectDesk"
else
    printf "Each user's data (~/.local/share/CollectDesk) and settings (~/.config/CollectDesk) were kept.\n"
fi
