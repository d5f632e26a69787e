#!/usr/bin/env bash
# Builds a docker-archive of at least 1 GiB of real content (this machine's /usr: JDKs, libraries, docs, locales),
# in several gzip layers, plus a few planted fake secrets so the scan has something to find; and a second archive,
# bench-image-v2.tar, the same image rebuilt with only its top (secrets) layer changed, for cached rescans.
# Usage: bench/build-image.sh OUT_DIR [MIN_MIB]
set -euo pipefail
out=${1:?usage: build-image.sh OUT_DIR [MIN_MIB]}
min_mib=${2:-1100}
mkdir -p "$out/layers"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Candidate trees, largest real content first; stop once enough uncompressed bytes are collected.
candidates=(usr/lib/jvm usr/lib/chromium usr/share usr/lib/x86_64-linux-gnu usr/lib/python3 usr/bin usr/lib/gcc usr/libexec)
layers=()
total=0
for dir in "${candidates[@]}"; do
  [ -d "/$dir" ] || continue
  name=$(echo "$dir" | tr '/' '_')
  tar -C / --exclude='*/proc/*' --warning=no-file-changed -cf "$work/$name.tar" "$dir" 2>/dev/null || true
  size=$(stat -c %s "$work/$name.tar")
  layers+=("$name")
  total=$((total + size))
  [ $((total / 1048576)) -ge "$min_mib" ] && break
done

# A small layer with planted fake secrets (generated now, valid formats, never real).
mkdir -p "$work/secrets/root/.aws" "$work/secrets/app"
key_id="AKIA$(head -c 64 /dev/urandom | tr -dc 'A-Z2-7' | head -c 16)"
secret=$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9/+' | head -c 40)
printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$key_id" "$secret" > "$work/secrets/root/.aws/credentials"
printf 'DATABASE_URL=postgres://app:%s@db.internal:5432/app\n' "$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)" > "$work/secrets/app/.env"
tar -C "$work/secrets" -cf "$work/secrets.tar" root app
layers+=("secrets")

# The rebuilt top layer: the same secrets plus a changed build stamp.
mkdir -p "$work/secrets/etc"
printf 'build %s\n' "$(date +%s%N)" > "$work/secrets/etc/build-stamp"
tar -C "$work/secrets" -cf "$work/secrets-v2.tar" root app etc

diff_ids=()
layer_paths=()
for name in "${layers[@]}"; do
  diff=$(sha256sum "$work/$name.tar" | cut -d' ' -f1)
  mkdir -p "$work/img/$diff"
  gzip -1 -c "$work/$name.tar" > "$work/img/$diff/layer.tar"   # classic docker-archive accepts gzip layers
  cp "$work/$name.tar" "$out/layers/$name.tar"
  diff_ids+=("\"sha256:$diff\"")
  layer_paths+=("\"$diff/layer.tar\"")
  rm -f "$work/$name.tar"
done

# archive DIR TAR: writes config and manifest for the layers in diff_ids/layer_paths, then the archive.
archive() {
  local dir=$1 tar=$2 config config_id
  config="{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Env\":[\"PATH=/usr/bin\"]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[$(IFS=,; echo "${diff_ids[*]}")]}}"
  config_id=$(printf '%s' "$config" | sha256sum | cut -d' ' -f1)
  printf '%s' "$config" > "$dir/$config_id.json"
  printf '[{"Config":"%s.json","RepoTags":["bench/usr:latest"],"Layers":[%s]}]' "$config_id" "$(IFS=,; echo "${layer_paths[*]}")" > "$dir/manifest.json"
  tar -C "$dir" -cf "$tar" .
}
archive "$work/img" "$out/bench-image.tar"

# v2: the same lower layers (hard links, no copies), a new top layer.
mkdir -p "$work/img2"
for path in "${layer_paths[@]::${#layer_paths[@]}-1}"; do
  p=${path//\"/}
  mkdir -p "$work/img2/$(dirname "$p")"
  ln "$work/img/$p" "$work/img2/$p"
done
diff=$(sha256sum "$work/secrets-v2.tar" | cut -d' ' -f1)
mkdir -p "$work/img2/$diff"
gzip -1 -c "$work/secrets-v2.tar" > "$work/img2/$diff/layer.tar"
diff_ids[${#diff_ids[@]}-1]="\"sha256:$diff\""
layer_paths[${#layer_paths[@]}-1]="\"$diff/layer.tar\""
archive "$work/img2" "$out/bench-image-v2.tar"
echo "uncompressed layer bytes: $(du -cb "$out"/layers/*.tar | tail -1 | cut -f1)"
echo "image: docker-archive:$out/bench-image.tar (top layer rebuilt: $out/bench-image-v2.tar)"
