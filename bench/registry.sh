#!/usr/bin/env bash
# Compares scanning the bench image from a loopback registry (docker:// through the distribution API) with scanning
# the same image from its docker-archive. Prints one Markdown table row per source, in the form docs/performance.md
# records. Not part of CI (it takes minutes); run it after `./mvnw -P '!jenkins' package`.
# Needs docker-registry, skopeo and GNU time. The registry listens on 127.0.0.1 only and is removed afterwards.
# Usage: bench/registry.sh [WORK_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$root/bench/work}
jar=$root/cli/target/baked-secrets.jar
image=$work/bench-image.tar
[ -f "$jar" ] || { echo "build first: ./mvnw -B -P '!jenkins' package -DskipTests" >&2; exit 2; }
for tool in docker-registry skopeo /usr/bin/time curl; do
  command -v "$tool" > /dev/null || { echo "missing tool: $tool" >&2; exit 2; }
done
[ -f "$image" ] || "$root/bench/build-image.sh" "$work"

tmp=$(mktemp -d)
registry_pid=
cleanup() {
  if [ -n "$registry_pid" ]; then
    kill "$registry_pid" 2> /dev/null || true
    wait "$registry_pid" 2> /dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Uncompressed content, for MiB/s: the layer tars build-image.sh keeps, else the archive's own size.
if compgen -G "$work/layers/*.tar" > /dev/null; then
  bytes=$(du -cb "$work"/layers/*.tar | tail -1 | cut -f1)
else
  bytes=$(stat -c %s "$image")
fi
mib=$(awk "BEGIN{printf \"%.0f\", $bytes/1048576}")

# A random free port on loopback; the registry binds it right after, so a clash is unlikely and fails loudly.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$tmp/config.yml" <<EOF
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $tmp/storage
http:
  addr: 127.0.0.1:$port
  secret: bench-$port
EOF
docker-registry serve "$tmp/config.yml" > "$tmp/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/v2/" 2> /dev/null && break
  kill -0 "$registry_pid" 2> /dev/null || { cat "$tmp/registry.log" >&2; exit 2; }
  sleep 0.1
done
reference=127.0.0.1:$port/bench/usr:latest
skopeo copy --quiet --dest-tls-verify=false "docker-archive:$image" "docker://$reference"

# run LABEL REFERENCE: one scan, its wall time and peak RSS from GNU time.
run() {
  local label=$1 ref=$2
  /usr/bin/time -f '%e %M' -o "$tmp/time.txt" java -Xmx512m -jar "$jar" scan "$ref" --tls-verify=false \
      --format json --output "$tmp/$label.json" --fail-on none 2> "$tmp/$label.err" \
      || { cat "$tmp/$label.err" >&2; exit 2; }
  read -r secs rss_kib < "$tmp/time.txt"
  printf '| %s | %s | %.0f | %.0f |\n' "$label" "$secs" "$(awk "BEGIN{print $mib/$secs}")" \
      "$(awk "BEGIN{print $rss_kib/1024}")"
}

echo "content: $mib MiB uncompressed; registry: docker-registry on 127.0.0.1, plain HTTP, pushed with skopeo"
echo
echo "| source | seconds | MiB/s | peak RSS MiB |"
echo "|---|---|---|---|"
run docker-archive "docker-archive:$image"
run registry "docker://$reference"
echo
echo "findings: docker-archive $(grep -o '"ruleId"' "$tmp/docker-archive.json" | wc -l)," \
     "registry $(grep -o '"ruleId"' "$tmp/registry.json" | wc -l)" \
     "(the registry adds registry-anonymous-pull: the loopback registry is open)"
