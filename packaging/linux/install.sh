#!/bin/sh
# Install AIPIA for one user, or into a prefix you choose; or remove it again.
#
#   ./install.sh                      # into ~/.local (no administrator rights needed)
#   ./install.sh --prefix /opt/aipia  # elsewhere (run with sudo for a system folder)
#   ./install.sh --uninstall [--prefix DIR]
#
# Installs: the app folder as PREFIX/lib/aipia, the command PREFIX/bin/aipia (a link
# to it), the menu entry PREFIX/share/applications/aipia.desktop and the icons in
# PREFIX/share/icons/hicolor. Uninstalling removes exactly those; your assessments
# (~/.local/share/AIPIA, or the folder you chose) are never touched.
set -eu

usage() {
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
}

prefix="${HOME:?HOME is not set}/.local"
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
                  prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done
case "$prefix" in
    /*) ;;
    *) prefix="$(pwd)/$prefix" ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
app_dir="$prefix/lib/aipia"
bin_dir="$prefix/bin"
launcher="$bin_dir/aipia"
apps_dir="$prefix/share/applications"
desktop_file="$apps_dir/aipia.desktop"
icon_root="$prefix/share/icons/hicolor"
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh_caches() {  # only caches that exist: without one, desktops read the folders directly
    if [ -f "$apps_dir/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps_dir" 2>/dev/null || true
    fi
    if [ -f "$icon_root/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$icon_root" 2>/dev/null || true
    fi
}

desktop_quoted() {  # $1 as one quoted argument of an Exec key (desktop entry specification)
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')"
}

write_desktop_file() {  # the menu entry, starting the installed launcher by its full path
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            Exec=*) printf 'Exec=%s\n' "$(desktop_quoted "$launcher")" ;;
            TryExec=*) printf 'TryExec=%s\n' "$launcher" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done < "$here/aipia.desktop" > "$desktop_file"
}

install_app() {
    [ -x "$here/aipia/aipia" ] || { echo "install.sh: no aipia/aipia next to this script" >&2; exit 1; }
    mkdir -p "$prefix/lib" "$bin_dir" "$apps_dir"
    rm -rf "$app_dir.new"
    cp -R "$here/aipia" "$app_dir.new"          # copy first, then swap: never half an app
    cp "$here/install.sh" "$app_dir.new/install.sh"
    rm -rf "$app_dir"
    mv "$app_dir.new" "$app_dir"
    ln -sfn "$app_dir/aipia" "$launcher"
    write_desktop_file
    for size in $ICON_SIZES; do
        mkdir -p "$icon_root/${size}x$size/apps"
        cp "$here/icons/aipia-$size.png" "$icon_root/${size}x$size/apps/aipia.png"
    done
    mkdir -p "$icon_root/scalable/apps"
    cp "$here/icons/aipia.svg" "$icon_root/scalable/apps/aipia.svg"
    refresh_caches
    echo "AIPIA is installed in $app_dir."
    echo "Start it from your applications menu, or run: $launcher"
    case ":${PATH:-}:" in
        *":$bin_dir:"*) ;;
        *) echo "($bin_dir is not on your PATH; add it to run 'aipia' by name.)" ;;
    esac
    echo "To remove it: $app_dir/install.sh --uninstall --prefix \"$prefix\""
}

remove_if_empty() {  # folders this script may have made, innermost first
    for folder in "$@"; do
        rmdir "$folder" 2>/dev/null || true
    done
}

uninstall_app() {
    if [ -L "$launcher" ] && [ "$(readlink "$launcher")" = "$app_dir/aipia" ]; then
        rm -f "$launcher"
    fi
    if [ -f "$desktop_file" ] && grep -q "^Name=AIPIA$" "$desktop_file"; then
        rm -f "$desktop_file"
    fi
    for size in $ICON_SIZES; do
        rm -f "$icon_root/${size}x$size/apps/aipia.png"
        remove_if_empty "$icon_root/${size}x$size/apps" "$icon_root/${size}x$size"
    done
    rm -f "$icon_root/scalable/apps/aipia.svg"
    remove_if_empty "$icon_root/scalable/apps" "$icon_root/scalable"
    if [ -x "$app_dir/aipia" ] || [ -d "$app_dir/_internal" ]; then
        rm -rf "$app_dir"
    fi
    refresh_caches
    remove_if_empty "$icon_root" "$prefix/share/icons" "$apps_dir" "$prefix/share" \
        "$prefix/lib" "$bin_dir"
    echo "AIPIA is removed from $prefix. Your assessments were not touched."
}

if [ "$action" = install ]; then install_app; else uninstall_app; fi
