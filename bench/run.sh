#!/usr/bin/env bash
# Measures scan throughput and peak memory on a >= 1 GiB image of real content; writes the numbers to stdout in the
# form docs/performance.md records. Not part of CI (it takes minutes); run it after `./mvnw -P '!jenkins' package`.
# Usage: bench/run.sh [WORK_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$root/bench/work}
jar=$root/cli/target/baked-secrets.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -P '!jenkins' package -DskipTests" >&2; exit 2; }
[ -f "$work/bench-image.tar" ] || "$root/bench/build-image.sh" "$work"

bytes=$(du -cb "$work"/layers/*.tar | tail -1 | cut -f1)
mib=$(awk "BEGIN{printf \"%.0f\", $bytes/1048576}")

# Baseline: just decompressing the same layers with gzip.
start=$(date +%s.%N)
for f in "$work"/bench-image.tar; do tar -xOf "$f" --wildcards '*/layer.tar' | gzip -dc > /dev/null; done
gz=$(awk "BEGIN{print $(date +%s.%N) - $start}")

# run LABEL HEAP PARALLELISM
run() {
  local label=$1 heap=$2 parallelism=$3
  /usr/bin/time -f '%e %M' -o "$work/time.txt" java "$heap" -jar "$jar" scan "docker-archive:$work/bench-image.tar" \
      --parallelism "$parallelism" --format json --output "$work/report.json" --fail-on none 2> "$work/stderr.txt"
  read -r secs rss_kib < "$work/time.txt"
  printf '| %s | %s | %.0f | %.2f | %.0f |\n' "$label" "$secs" "$(awk "BEGIN{print $mib/$secs}")" \
      "$(awk "BEGIN{print $secs/$gz}")" "$(awk "BEGIN{print $rss_kib/1024}")"
}

echo "content: $mib MiB uncompressed in $(ls "$work"/layers | wc -l) layers; gzip -dc alone: ${gz}s ($(awk "BEGIN{printf \"%.0f\", $mib/$gz}") MiB/s)"
echo
echo "| run | seconds | MiB/s | time / gzip -dc | peak RSS MiB |"
echo "|---|---|---|---|---|"
run "-Xmx512m, 2 layers at once" -Xmx512m 2
run "-Xmx512m, 1 layer at a time" -Xmx512m 1
run "-Xmx256m, 2 layers at once" -Xmx256m 2
echo
echo "findings: $(grep -o '"ruleId"' "$work/report.json" | wc -l)"
