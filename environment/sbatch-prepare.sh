#!/usr/bin/env bash
# Convert a dataset on a Slurm cluster as an array job: each task prepares every n-th recording
# (`sleepfm prepare --shard i/n`, 0-based round-robin over the recordings sorted by id), then one
# dependent job rebuilds index.csv, splits.csv and dataset.json from all finished shards.
#
#   sbatch --export=ALL,DATASET=psg,SOURCE=/data/nsrr/shhs,OUT=/scratch/$USER/shhs-prepared environment/sbatch-prepare.sh
#
# Re-submitting the same command resumes: finished recordings are skipped, and each task first removes only the
# temporary files its own part left behind. Exit codes per task: 0 done, 3 partial (see OUT/failures-p<i>of<n>.csv),
# 1 nothing converted. A partial task fails the array, so the index job below runs with afterany and says whether the
# dataset is complete ("complete": true in OUT/dataset.json).
#SBATCH --job-name=sleepfm-prepare
#SBATCH --array=0-15
#SBATCH --cpus-per-task=8
#SBATCH --mem=16G
#SBATCH --time=04:00:00
#SBATCH --output=%x-%A_%a.log
set -euo pipefail

: "${DATASET:?set DATASET (psg, edf-labels, …)}"
: "${SOURCE:?set SOURCE (the dataset folder)}"
: "${OUT:?set OUT (the prepared folder, on storage every node sees)}"
SLEEPFM="${SLEEPFM:-sleepfm}"   # the published CLI, e.g. $HOME/sleepfm/sleepfm

if [[ -z "${SLURM_ARRAY_TASK_ID:-}" ]]; then
  echo "submit with sbatch; this script runs as an array task" >&2
  exit 2
fi

parts="${SLURM_ARRAY_TASK_COUNT:-16}"
status=0
"$SLEEPFM" prepare --dataset "$DATASET" --source "$SOURCE" --out "$OUT" \
  --workers "${SLURM_CPUS_PER_TASK:-1}" --shard "${SLURM_ARRAY_TASK_ID}/${parts}" || status=$?

# The last task to start also queues the index job, once, after the whole array.
if [[ "${SLURM_ARRAY_TASK_ID}" == "${SLURM_ARRAY_TASK_MAX:-$((parts - 1))}" ]]; then
  sbatch --dependency=afterany:"${SLURM_ARRAY_JOB_ID}" --job-name=sleepfm-index --cpus-per-task=1 --mem=4G --time=00:30:00 \
    --wrap="$SLEEPFM prepare --dataset $DATASET --source $SOURCE --out $OUT --index-only"
fi
exit "$status"
