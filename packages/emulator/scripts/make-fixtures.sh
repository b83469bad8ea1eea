#!/bin/sh
# Regenerates the tiny result media in fixtures/ (development time only: tests and CI never need
# ffmpeg). Debian: apt-get install -y ffmpeg. Afterwards run `node scripts/embed-fixtures.mjs`.
set -eu
cd "$(dirname "$0")/../fixtures"
video() { # name width height
  ffmpeg -v error -y -f lavfi -i "testsrc=size=$2x$3:rate=10:duration=1" \
    -c:v libx264 -preset veryslow -crf 40 -pix_fmt yuv420p -movflags +faststart "$1"
}
image() {
  ffmpeg -v error -y -f lavfi -i "testsrc=size=$2x$3:duration=0.1" -frames:v 1 "$1"
}
video result-16x9.mp4 160 90
video result-9x16.mp4 90 160
video result-1x1.mp4 120 120
image result-16x9.png 160 90
image result-9x16.png 90 160
image result-1x1.png 120 120
ffmpeg -v error -y -f lavfi -i "sine=frequency=440:duration=1" -c:a libmp3lame -b:a 32k result.mp3
