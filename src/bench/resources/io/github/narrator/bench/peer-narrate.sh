#!/usr/bin/env bash
# The do-it-yourself peer: what a user might write instead of Narrator. Readability (npm) pulls the
# article text out of each page, espeak-ng speaks it at Narrator's rate, lame encodes it at Narrator's
# bitrate, two pages at a time.
# usage: peer-narrate.sh PAGES_DIR OUT_DIR NODE_MODULES_DIR
set -euo pipefail
export PEER_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PEER_OUT="$2"
export NODE_PATH="$3"

narrate() {
  local name
  name="$(basename "$1" .html)"
  node "$PEER_HOME/peer-extract.cjs" "$1" > "$PEER_OUT/$name.txt"
  espeak-ng -s 150 -f "$PEER_OUT/$name.txt" --stdout | lame --quiet -b 48 - "$PEER_OUT/$name.mp3"
}
export -f narrate

mkdir -p "$PEER_OUT"
find "$1" -name '*.html' -print0 | xargs -0 -n 1 -P 2 bash -c 'narrate "$0"'
