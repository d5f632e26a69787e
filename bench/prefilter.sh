#!/usr/bin/env bash
# Prefilter cost: scans the same 64 MiB of mixed text with 10, 150 and 1,000 rules and prints MB/s per rule set
# (the table docs/performance.md records under "Prefilter"). Not part of CI. Usage: bench/prefilter.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -o -B -q -P '!jenkins' -pl core test -Dtest=PrefilterBenchmarkTest -Dbench.prefilter=true \
    -Dsurefire.failIfNoSpecifiedTests=false
echo "JVM: $(java -version 2>&1 | head -1); CPUs: $(nproc)"
cat core/target/prefilter.md
