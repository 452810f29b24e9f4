#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/reviewdesk/ and self-test it; --tarball also packs
# dist/reviewdesk-<version>-linux-x86_64.tar.gz (bundle + .desktop entry + icon + install.sh).
#
# PyInstaller lives in its own environment (build/venv, dependency group "build" of uv.lock),
# never in .venv: `./dev test` syncs .venv to exactly the locked dev set and would remove it.
set -euo pipefail
cd "$(dirname "$0")/.."
export UV_PYTHON_DOWNLOADS=never UV_SYSTEM_CERTS=1 UV_NO_PROGRESS=1

tarball=false
case "${1:-}" in
    --tarball) tarball=true ;;
    "") ;;
    *) echo "用法：installers/build-linux.sh [--tarball]" >&2; exit 2 ;;
esac

uv=$(command -v uv || echo .tools/bin/uv)
if [ ! -x "$uv" ]; then
    echo "找不到 uv：请先运行一次 ./dev test 或 ./dev run（它们会把 uv 装到 .tools/）" >&2
    exit 1
fi

started=$SECONDS
UV_PROJECT_ENVIRONMENT=build/venv "$uv" sync --locked --quiet --no-dev --group build \
    --python "$(command -v python3.11 || command -v python3)"
build/venv/bin/pyinstaller installers/reviewdesk.spec --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller
echo "打包用时 $((SECONDS - started)) 秒，大小 $(du -sh dist/reviewdesk | cut -f1)"

QT_QPA_PLATFORM=offscreen dist/reviewdesk/reviewdesk --self-test

if $tarball; then
    version=$(build/venv/bin/python -c \
        'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
    install -m 644 installers/linux/reviewdesk.desktop resources/icons/reviewdesk.svg dist/reviewdesk/
    install -m 755 installers/linux/install.sh dist/reviewdesk/
    tar -C dist -czf "dist/reviewdesk-$version-linux-x86_64.tar.gz" reviewdesk
    echo "已生成 dist/reviewdesk-$version-linux-x86_64.tar.gz"
fi
