#!/bin/sh
# Regenerates every icon file from DrawIcon.java. Needs a JDK 17, ImageMagick (convert) and
# icnsutils (png2icns): apt-get install imagemagick icnsutils
set -eu
cd "$(dirname "$0")"
rm -rf png
java DrawIcon.java png 16 24 32 48 64 128 256 512 1024
# Windows: one .ico holding the sizes Explorer and the taskbar ask for
convert png/ringside-16.png png/ringside-24.png png/ringside-32.png png/ringside-48.png \
        png/ringside-64.png png/ringside-128.png png/ringside-256.png ringside.ico
# macOS: png2icns picks the icns slot from each PNG's size
png2icns ringside.icns png/ringside-16.png png/ringside-32.png png/ringside-48.png \
        png/ringside-128.png png/ringside-256.png png/ringside-512.png png/ringside-1024.png
# Linux: jpackage takes one PNG for the launcher and the menu
cp png/ringside-256.png ringside.png
# the 1024 master only feeds the icns
rm png/ringside-1024.png
ls -l ringside.ico ringside.icns ringside.png
