#!/usr/bin/env bash
# Runs the slider evaluation on every core (resumable), then prints the summary tables.
set -euo pipefail
cd "$(dirname "$0")/../.."
SEEDS=${1:-50}
W=$(nproc)
mkdir -p .cache/eval
for ((k = 0; k < W; k++)); do
  npx tsx scripts/fit/evaluate-sliders.ts --seeds "$SEEDS" --worker "$k" --workers "$W" >> ".cache/eval/evaluate-$k.log" 2>&1 &
done
wait
npx tsx scripts/fit/summarize-evaluation.ts --write
