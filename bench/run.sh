#!/usr/bin/env bash
# Measures, in one run, everything docs/performance.md records:
#   floor    gzip -dc and the JDK inflater (java.util.zip, what the scanner uses) over the bench image's gzip
#            layers, two at a time, largest first: decompression alone, no tar, no hashing, no scanning
#   scan     the whole bench image: default heap, -Xmx256m, one thread (--parallelism 1); no layer cache
#   startup  the sample image (a few KiB): what every run costs whatever the image (JVM start, rules, report)
#   warm     the same scan REPEAT+1 times in one JVM (bench/WarmScan.java); the rounds after the first run compiled
#            code, as every scan after the first does in a Jenkins agent, whose JVM lives across builds
#   cache    the layer cache: the scan that fills it, then rescans of the image unchanged and rebuilt with only its
#            top layer changed (bench-image-v2.tar), each starting from a copy of the filled cache; the latter also
#            in a warm JVM (bench/WarmRescan.java), as a Jenkins agent rescans a rebuilt image
#   scaling  MiB/s against layer size, file size (number of files) and number of layers, with their floors
# Each scan row is repeated REPEAT times (default 3), the kinds interleaved so that machine load hits all alike;
# tables show the median. The load average is recorded when each part begins ("load" rows). Raw numbers go to
# WORK_DIR/results.tsv; bench/chart.py prints the tables and draws docs/images/throughput.svg and
# docs/images/scaling.svg from it. Reports are compared (rule, path, line, layer, deleted/overwritten, severity,
# fingerprint): pipelined vs one thread, default heap vs -Xmx256m, cache vs none, cached rescans vs full scans;
# the results go to WORK_DIR/checks.txt, and the script exits 1 when any differ.
# Not part of CI (it takes minutes); run it after `./mvnw -B -P '!jenkins' package -DskipTests`.
# Usage: bench/run.sh [WORK_DIR]     Environment: REPEAT=N, SKIP_SCALING=1
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$root/bench/work}
jar=$root/cli/target/baked-secrets.jar
repeat=${REPEAT:-3}
[ -f "$jar" ] || { echo "build first: ./mvnw -B -P '!jenkins' package -DskipTests" >&2; exit 2; }
for tool in /usr/bin/time gzip python3; do
  command -v "$tool" > /dev/null || { echo "missing tool: $tool" >&2; exit 2; }
done
image=$work/bench-image.tar
image2=$work/bench-image-v2.tar
if [ ! -f "$image" ] || [ ! -f "$image2" ]; then
  rm -rf "$work/layers"
  "$root/bench/build-image.sh" "$work"
fi
results=$work/results.tsv
key=$work/fingerprint.key
[ -f "$key" ] || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$key"
printf 'group\tlabel\tseconds\tmib\tpeak_rss_mib\tcpu_percent\n' > "$results"

# record GROUP LABEL SECONDS MIB RSS_KIB CPU: one row of results.tsv.
record() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$(awk "BEGIN{printf \"%.0f\", $5/1024}")" "${6%\%}" \
      >> "$results"
}

# members ARCHIVE: "OFFSET SIZE" of every gzip member (layer blob) of a tar archive, largest first.
members() {
  python3 - "$1" <<'EOF'
import sys, tarfile
found = []
with tarfile.open(sys.argv[1]) as tar, open(sys.argv[1], "rb") as raw:
    for m in tar:
        if m.isfile() and m.size > 2:
            raw.seek(m.offset_data)
            if raw.read(2) == b"\x1f\x8b":
                found.append((m.size, m.offset_data))
for size, offset in sorted(found, reverse=True):
    print(offset, size)
EOF
}

# floor GROUP ARCHIVE: gzip -dc and the JDK inflater over the archive's gzip layers, two at a time, largest first.
floor() {
  local group=$1 archive=$2 start secs out
  start=$(date +%s.%N)
  members "$archive" | xargs -P 2 -L 1 sh -c \
      'dd if="$0" iflag=skip_bytes,count_bytes skip="$1" count="$2" bs=1M status=none | gzip -dc > /dev/null' \
      "$archive"
  secs=$(awk "BEGIN{printf \"%.2f\", $(date +%s.%N) - $start}")
  out=$(java -cp "$jar" "$root/bench/InflateFloor.java" "$archive" 2)
  record "$group" "gzip -dc, 2 at a time" "$secs" "${out#* }" 0 0
  record "$group" "JDK inflater, 2 at a time" "${out% *}" "${out#* }" 0 0
}

# load WHEN: the load averages over 1, 5 and 15 minutes as a row, to read the numbers against.
load() {
  local one five fifteen rest
  read -r one five fifteen rest < /proc/loadavg
  printf 'load\t%s\t%s\t%s\t%s\t0\n' "$1" "$one" "$five" "$fifteen" >> "$results"
}

# scan GROUP LABEL MIB JVM_OPTION OUTPUT ARGS...: one scan, wall time, peak RSS and CPU use from GNU time.
scan() {
  local group=$1 label=$2 mib=$3 jvm=$4 output=$5
  shift 5
  /usr/bin/time -f '%e %M %P' -o "$work/time.txt" java $jvm -jar "$jar" scan "$@" --format json \
      --output "$output" --fail-on none --fingerprint-key-file "$key" 2> "$work/stderr.txt" \
      || { cat "$work/stderr.txt" >&2; exit 2; }
  read -r secs rss cpu < "$work/time.txt"
  record "$group" "$label" "$secs" "$mib" "$rss" "$cpu"
}

# same A B: whether two JSON reports hold the same findings (rule, path, line, flags, fingerprint).
same() {
  python3 - "$1" "$2" <<'EOF'
import json, sys
def rows(path):
    out = []
    for f in json.load(open(path))['findings']:
        l = f['location']
        out.append((f['ruleId'], l.get('path'), l.get('line'), l.get('layerIndex'), l.get('deleted'),
                    l.get('overwritten'), f['severity'], f['secretFingerprint']))
    return sorted(out, key=str)
a, b = rows(sys.argv[1]), rows(sys.argv[2])
print(f"{'identical' if a == b else 'DIFFERENT'} ({len(a)} and {len(b)} findings)")
EOF
}

# check LABEL A B: compares two reports' findings; the result goes to stdout and WORK_DIR/checks.txt.
differences=0
check() {
  local result
  result=$(same "$2" "$3")
  echo "findings, $1: $result" | tee -a "$work/checks.txt"
  case $result in identical*) ;; *) differences=$((differences + 1)) ;; esac
}

: > "$work/checks.txt"
echo "JVM: $(java -version 2>&1 | head -1); CPUs: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
load "start"
floor floor "$image"
mib=$(awk -F'\t' '$1 == "floor" {print $4; exit}' "$results")
java -jar "$jar" sample "$work/sample.tar" > /dev/null
for _ in $(seq "$repeat"); do
  scan scan "pipelined, default heap" "$mib" "" "$work/full.json" "docker-archive:$image" --no-cache
  scan scan "pipelined, -Xmx256m" "$mib" -Xmx256m "$work/small.json" "docker-archive:$image" --no-cache
  scan scan "one thread (--parallelism 1)" "$mib" "" "$work/single.json" "docker-archive:$image" --no-cache \
      --parallelism 1
  scan startup "sample image (fixed cost: JVM start, rules, report)" 0 "" "$work/sample.json" \
      "docker-archive:$work/sample.tar" --no-cache
done
load "warm"
java -cp "$jar" "$root/bench/WarmScan.java" $((repeat + 1)) scan "docker-archive:$image" --no-cache --format json \
    --output "$work/warm.json" --fail-on none --fingerprint-key-file "$key" > "$work/warm.txt" \
    || { cat "$work/warm.txt" >&2; exit 2; }
tail -n +2 "$work/warm.txt" | while read -r _ _ secs _; do
  record scan "warm JVM, second scan on" "$secs" "$mib" 0 0
done
check "pipelined vs one thread" "$work/full.json" "$work/single.json"
check "warm JVM vs a fresh one" "$work/full.json" "$work/warm.json"
check "default heap vs -Xmx256m" "$work/full.json" "$work/small.json"

# Cache: fill it from the image, keep a copy, then time rescans that each start from that copy.
load "cache"
rm -rf "$work/cache" "$work/cache.filled"
scan cache "first scan, filling the cache" "$mib" "" "$work/cold.json" "docker-archive:$image" \
    --cache-dir "$work/cache"
cp -a "$work/cache" "$work/cache.filled"
scan cache "full scan of the rebuilt image, no cache" "$mib" "" "$work/v2-full.json" "docker-archive:$image2" \
    --no-cache
for _ in $(seq "$repeat"); do
  rm -rf "$work/cache" && cp -a "$work/cache.filled" "$work/cache"
  scan cache "rescan, top layer changed" "$mib" "" "$work/v2-cached.json" "docker-archive:$image2" \
      --cache-dir "$work/cache"
  rm -rf "$work/cache" && cp -a "$work/cache.filled" "$work/cache"
  scan cache "rescan, unchanged" "$mib" "" "$work/v1-cached.json" "docker-archive:$image" --cache-dir "$work/cache"
done
# The same rescan in a warm JVM, as a Jenkins agent runs it for a rebuilt image (bench/WarmRescan.java: two full
# scans compile the code first; each rescan starts from a fresh copy of the filled cache).
java -cp "$jar" "$root/bench/WarmRescan.java" 2 "$repeat" "$work/cache.filled" "$image" "$image2" "$key" \
    "$work/v2-warm-cached.json" > "$work/warm-rescan.txt" || { cat "$work/warm-rescan.txt" >&2; exit 2; }
grep '^rescan' "$work/warm-rescan.txt" | while read -r _ _ secs _; do
  record cache "rescan, top layer changed, warm JVM" "$secs" "$mib" 0 0
done
check "scan filling the cache vs no cache" "$work/cold.json" "$work/full.json"
check "warm cached rescan vs full scan of the rebuilt image" "$work/v2-warm-cached.json" "$work/v2-full.json"
check "cached rescan vs full scan of the rebuilt image" "$work/v2-cached.json" "$work/v2-full.json"
check "cached rescan vs full scan of the image" "$work/v1-cached.json" "$work/full.json"

if [ -z "${SKIP_SCALING:-}" ]; then
  load "scaling"
  java -cp "$jar" "$root/bench/ScaleImages.java" "$work/layers/usr_share.tar" "$work/scale"
  for archive in "$work"/scale/size-*.tar "$work"/scale/files-*.tar "$work"/scale/layers-*.tar; do
    name=$(basename "$archive" .tar)
    out=$(java -cp "$jar" "$root/bench/InflateFloor.java" "$archive" 2)
    record "scaling" "$name JDK inflater" "${out% *}" "${out#* }" 0 0
    scan scaling "$name scan" "${out#* }" "" "$work/scale.json" "docker-archive:$archive" --no-cache
  done
fi
load "end"

python3 "$root/bench/chart.py" "$results" "$root/docs/images"
[ "$differences" -eq 0 ] || { echo "$differences report comparisons differ" >&2; exit 1; }
