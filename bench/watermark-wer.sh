#!/usr/bin/env bash
# Round-trip word error rate of narrations with and without the watermark: each narration.mp3 is
# transcribed by pocketsphinx (Debian: apt-get install pocketsphinx pocketsphinx-en-us) and compared
# with the script.txt it was spoken from (the spoken form: numbers already in words).
#
#   ./narrator run --once --out /tmp/marked
#   ./narrator run --once --out /tmp/plain --set narrator.watermark.enabled=false
#   bench/watermark-wer.sh /tmp/marked /tmp/plain
#
# Prints the WER of each narration in each folder and of all of them together.
set -euo pipefail
command -v pocketsphinx_continuous >/dev/null || { echo "needs pocketsphinx and pocketsphinx-en-us (apt)" >&2; exit 1; }
command -v ffmpeg >/dev/null || { echo "needs ffmpeg (apt)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for out in "$@"; do
  for dir in "$out"/articles/*/; do
    slug="$(basename "$dir")"
    ffmpeg -v error -y -i "$dir/narration.mp3" -ar 16000 -ac 1 "$work/$slug.wav"
    pocketsphinx_continuous -infile "$work/$slug.wav" -logfn /dev/null > "$work/$slug.$(basename "$out").hyp" 2>/dev/null
    cp "$dir/script.txt" "$work/$slug.ref"
  done
done
python3 - "$work" "$@" <<'PY'
import os, re, sys
work, outs = sys.argv[1], sys.argv[2:]
def words(text):
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()
def distance(ref, hyp):
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]
for out in outs:
    name = os.path.basename(out.rstrip("/"))
    errors = total = 0
    for f in sorted(os.listdir(work)):
        if f.endswith("." + name + ".hyp"):
            slug = f[: -len("." + name + ".hyp")]
            ref = words(open(os.path.join(work, slug + ".ref")).read())
            hyp = words(open(os.path.join(work, f)).read())
            e = distance(ref, hyp)
            errors += e; total += len(ref)
            print(f"{name}\t{slug}\tWER {e / len(ref):.3f}\t({e}/{len(ref)})")
    print(f"{name}\tall\tWER {errors / total:.4f}\t({errors}/{total})")
PY
