#!/usr/bin/env bash
# bash bundle/build.sh OUT_DIR
#   OUT_DIR/ir-registry/                     the one-folder bundle (run ir-registry in it)
#   OUT_DIR/ir-registry_VERSION_amd64.deb    the same, installed under /opt/ir-registry with a
#                                            menu entry, an icon and ir-registry on the PATH
# Uses the project's .venv (python3.11 -m venv .venv && .venv/bin/pip install -e ".[test]"),
# or the Python named by $PYTHON. Needs dpkg-deb for the package.
set -euo pipefail
OUT=$(realpath -m "${1:?usage: bash bundle/build.sh OUT_DIR}")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
WORK="$OUT/.work"
mkdir -p "$OUT"

# Translations are compiled here, never by the installed program.
(cd "$ROOT" && "$PY" -m desktop.ui.translations >/dev/null)
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$OUT" --workpath "$WORK/pyinstaller" "$ROOT/bundle/ir-registry.spec"

VERSION=$("$PY" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")
PKG="$WORK/deb"
rm -rf "$PKG"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
    "$PKG/usr/share/icons/hicolor/scalable/apps"
cp -a "$OUT/ir-registry" "$PKG/opt/ir-registry"
ln -s /opt/ir-registry/ir-registry "$PKG/usr/bin/ir-registry"
install -m 644 "$ROOT/bundle/ir-registry.desktop" "$PKG/usr/share/applications/"
install -m 644 "$ROOT/bundle/ir-registry.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/"
SIZE=$(du -sk "$PKG" | cut -f1)
# The bundle carries its libraries but the system's C library: it needs the build machine's
# glibc or newer (build on the oldest distribution the offices run).
GLIBC=$(ldd --version | awk 'NR == 1 {print $NF}')  # awk reads it all: no SIGPIPE under pipefail
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$SIZE/" -e "s/@GLIBC@/$GLIBC/" "$ROOT/bundle/debian-control" >"$PKG/DEBIAN/control"
# Compressed with xz at level 1: a third of the time of the default, a few MB larger.
dpkg-deb --root-owner-group -Zxz -z1 --build "$PKG" "$OUT/ir-registry_${VERSION}_amd64.deb" >/dev/null
rm -rf "$WORK"
echo "$OUT/ir-registry"
echo "$OUT/ir-registry_${VERSION}_amd64.deb"
