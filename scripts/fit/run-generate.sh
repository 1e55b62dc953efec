#!/usr/bin/env bash
# Generates the fitting faces on every core, in the background-friendly way: resumable, logged.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-4000}
W=$(nproc)
mkdir -p .cache/fit
for ((k = 0; k < W; k++)); do
  nice -n 5 npx tsx scripts/fit/generate-faces.ts --n "$N" --worker "$k" --workers "$W" >> ".cache/fit/generate-$k.log" 2>&1 &
done
wait
