#!/bin/sh
# Renders the app icon from icon.svg: icon.png (512x512, electron-builder derives the Windows .ico
# and macOS .icns from it) and icons/NxN.png (the Linux icon set for AppImage and deb).
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin). Run from anywhere.
set -eu
cd "$(dirname "$0")"
rsvg-convert -w 512 -h 512 icon.svg -o icon.png
mkdir -p icons
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
echo "build/icon.png and build/icons/*.png rendered from build/icon.svg"
