#!/usr/bin/env bash
# Per-user install of the unpacked tarball: no root needed, nothing outside $HOME is touched.
#   ./install.sh              install (or update) into ~/.local/opt/reviewdesk
#   ./install.sh --uninstall  remove it again (caches and settings in ~/.local/share stay)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/reviewdesk
launcher=$HOME/.local/bin/reviewdesk
entry=$data/applications/reviewdesk.desktop
icon=$data/icons/hicolor/scalable/apps/reviewdesk.svg

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$target" "$launcher" "$entry" "$icon"
    echo "已卸载湖南省水运奖补资金审核桌面端（本机缓存与设置仍保留在 $data/reviewdesk）"
    exit 0
fi

if [ "$here" != "$target" ]; then
    rm -rf "$target"
    mkdir -p "$(dirname "$target")"
    cp -a "$here" "$target"
fi
mkdir -p "$(dirname "$launcher")" "$(dirname "$entry")" "$(dirname "$icon")"
ln -sf "$target/reviewdesk" "$launcher"
sed "s|^Exec=reviewdesk|Exec=$target/reviewdesk|" "$target/reviewdesk.desktop" > "$entry"
cp "$target/reviewdesk.svg" "$icon"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "已安装到 $target；从应用菜单或命令 reviewdesk 启动"
