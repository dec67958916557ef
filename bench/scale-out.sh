#!/usr/bin/env bash
# Scale-out throughput: the same batch through the in-JVM SEDA queue and through an Artemis broker,
# with 1 and 2 workers. Builds a batch of COPIES x the sample articles (each copy with its own
# canonical URL), then times each set-up from process start to the last narration published.
# Usage: bench/scale-out.sh [COPIES]   (default 6: 42 articles)
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-6}"
work="$(mktemp -d /tmp/narrator-scale-out.XXXXXX)"
broker_pid=""
trap '[ -z "$broker_pid" ] || kill "$broker_pid" 2>/dev/null; rm -rf "$work"' EXIT
[ -f target/narrator.jar ] && [ -f target/narrator-broker.jar ] || mvn -B -q -DskipTests package
run() { java -Xmx256m -jar target/narrator.jar "$@"; }

mkdir -p "$work/batch" "$work/routes"
for i in $(seq 1 "$copies"); do
  for page in samples/articles/*.html; do
    name="$(basename "$page" .html)"
    sed -E "s#(rel=\"canonical\" href=\"[^\"]*)\"#\1?copy=$i\"#" "$page" > "$work/batch/$name-$i.html"
  done
done
articles=$(ls "$work/batch" | wc -l)
cat > "$work/routes/batch.yaml" <<YAML
- route:
    from:
      uri: file:$work/batch
      parameters: {include: ".*\\\\.html", noop: true, initialDelay: 0}
      steps:
        - to: {uri: direct:narrator-file}
YAML

now() { date +%s.%N; }
last_publish() { find "$1/articles" -name metadata.json -printf '%T@\n' | sort -n | tail -1; }
rate() { python3 -c "import sys; n,a,b=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print(f'{(b-a):.1f} s  {n/((b-a)/60):.1f} articles/min  {(b-a)/n:.2f} s/article')" "$@"; }

echo "batch: $articles articles; load: $(cut -d' ' -f1-3 /proc/loadavg)"
for workers in 1 2; do
  out="$work/seda-$workers"
  start=$(now)
  run run --once --routes "$work/routes" --out "$out" --workers "$workers" >/dev/null 2>&1 || true
  echo "seda     $workers worker(s):  $(rate "$articles" "$start" "$(last_publish "$out")")"
done

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# the embedded broker is packaged apart: its jar and libraries join the product's on the class path
java -Xmx256m -cp "target/narrator.jar:target/narrator-broker.jar:target/broker-lib/*" io.github.narrator.cli.NarratorCommand \
  broker --port "$port" --data "$work/broker" >/dev/null 2>&1 &
broker_pid=$!
until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do sleep 0.2; done
for workers in 1 2; do
  out="$work/artemis-$workers"
  common=(--out "$out" --set narrator.queue=artemis --set "narrator.artemis.url=tcp://127.0.0.1:$port"
          --set "narrator.artemis.queue=bench.work.$workers")
  start=$(now)
  run run --once --role ingest --routes "$work/routes" "${common[@]}" >/dev/null 2>&1
  queued=$(now)
  pids=()
  for w in $(seq 1 "$workers"); do   # one worker process each, as on separate machines
    run run --once --role worker --workers 1 "${common[@]}" >/dev/null 2>&1 & pids+=($!)
  done
  wait "${pids[@]}" || true
  echo "artemis  $workers worker process(es): $(rate "$articles" "$start" "$(last_publish "$out")")  (ingest to queue: $(python3 -c "print(f'{$queued-$start:.1f}')") s)"
done
