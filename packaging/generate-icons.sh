#!/bin/sh
# Regenerates every icon from packaging/common/icons/nestling.svg. The outputs are checked in, so
# builds and CI never need these tools; run this only after editing the SVG.
#
# Needs (Debian/Ubuntu): apt-get install librsvg2-bin icnsutils icoutils
#   rsvg-convert (librsvg2-bin) renders the PNGs, png2icns (icnsutils) the macOS .icns,
#   icotool (icoutils) the Windows .ico. No ImageMagick: its PNG→ICO path varies by version.
set -eu
cd "$(dirname "$0")"
SVG=common/icons/nestling.svg
PNG=common/icons/png
UI=../src/main/resources/nestling/ui/icon

mkdir -p "$PNG" "$UI"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png --output "$PNG/nestling-$size.png" "$SVG"
done

# Linux: jpackage --icon takes one PNG (it becomes the menu icon).
cp "$PNG/nestling-256.png" linux/resources/Nestling.png
# macOS: the sizes an .icns holds (png2icns picks the type from each PNG's size).
png2icns macos/Nestling.icns "$PNG/nestling-16.png" "$PNG/nestling-32.png" "$PNG/nestling-128.png" \
  "$PNG/nestling-256.png" "$PNG/nestling-512.png" "$PNG/nestling-1024.png"
# Windows: 16…256, the 256 one stored as PNG (as Windows expects).
icotool --create --output windows/Nestling.ico "$PNG/nestling-16.png" "$PNG/nestling-24.png" \
  "$PNG/nestling-32.png" "$PNG/nestling-48.png" "$PNG/nestling-64.png" --raw="$PNG/nestling-256.png"
# The window icon (Stage.getIcons) inside the application itself.
for size in 16 32 48 64 128 256; do
  cp "$PNG/nestling-$size.png" "$UI/nestling-$size.png"
done
echo "icons regenerated from $SVG"
