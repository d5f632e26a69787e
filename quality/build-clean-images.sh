#!/usr/bin/env bash
# Builds clean images of real third-party content and scans them, to find rules that misfire on ordinary files.
# Not part of CI (it downloads packages and takes minutes). Needs: node/npm (npm registry), python3, a built CLI
# (./mvnw -P '!jenkins' -pl core,cli package -DskipTests) and, for the Debian root file system, the Debian package
# debootstrap (skipped with a message when missing). Usage: quality/build-clean-images.sh [WORK_DIR]
# Writes WORK_DIR/<image>.json reports and prints one TSV line per finding: image, severity, rule, path.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$root/quality/work}
jar=${BAKED_SECRETS_JAR:-$root/cli/target/baked-secrets.jar}
[ -f "$jar" ] || { echo "build first: ./mvnw -B -P '!jenkins' -pl core,cli package -DskipTests" >&2; exit 2; }
mkdir -p "$work"

# 1. Debian root file system.
if command -v debootstrap > /dev/null; then
  [ -d "$work/debian" ] || debootstrap --variant=minbase bookworm "$work/debian" http://deb.debian.org/debian
else
  echo "debootstrap not installed: skipping the Debian image (apt-get install debootstrap)" >&2
fi

# 2. node_modules of widely used npm packages (their own test fixtures included, as npm ships them).
if [ ! -d "$work/node/app/node_modules" ]; then
  mkdir -p "$work/node/app"
  (cd "$work/node/app" && npm init -y > /dev/null && npm install --no-audit --no-fund --ignore-scripts \
      express lodash axios react react-dom webpack typescript eslint jest moment request aws-sdk \
      @aws-sdk/client-s3 googleapis firebase-admin stripe jsonwebtoken passport mongoose pg mysql2 ssh2 \
      node-forge jose > /dev/null)
fi

# 3. A Maven repository of common jars (the build's own ~/.m2, jars and poms only).
if [ ! -d "$work/maven/root/.m2/repository" ]; then
  mkdir -p "$work/maven/root/.m2"
  (cd "$HOME/.m2" && find repository \( -name '*.jar' -o -name '*.pom' \) -print0 | tar --null -T - -cf -) \
      | tar -xf - -C "$work/maven/root/.m2"
fi

# 4. Python site-packages of this machine's interpreters.
if [ ! -d "$work/python/usr/lib" ]; then
  mkdir -p "$work/python/usr/lib"
  for sp in $(python3 -c 'import site,sys; print(" ".join(site.getsitepackages()))') /usr/lib/python3/dist-packages; do
    [ -d "$sp" ] && mkdir -p "$work/python$sp" && cp -r "$sp/." "$work/python$sp/"
  done
fi

for image in debian node maven python; do
  [ -d "$work/$image" ] || continue
  python3 "$root/quality/make-archive.py" "$work/$image" "$work/$image.tar" "clean/$image:1"
  java -jar "$jar" scan "docker-archive:$work/$image.tar" --format json --output "$work/$image.json" \
      --fail-on none 2> "$work/$image.err" || true
  size=$(du -sb "$work/$image" | cut -f1)
  python3 - "$work/$image.json" "$image" "$size" <<'PY'
import json, sys
report, image, size = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3])
findings = report.get("findings", [])
print(f"# {image}: {len(findings)} findings in {size / 2**30:.2f} GiB ({len(findings) / (size / 2**30):.1f} per GiB)")
for f in findings:
    loc = f.get("location", {})
    print("\t".join([image, f.get("severity", "?"), f.get("ruleId", "?"), loc.get("path", loc.get("kind", "?"))]))
PY
done
