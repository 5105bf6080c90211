"""MNE side of the edf-read benchmark: the same measurements as SleepFM's EdfReadBenchmark, on the same file.

usage: mne_read.py FILE [--repeats N] [--range-reads N] [--seed S]
Prints JSON lines like the .NET benchmark:
  full_decode_mb_per_s       mne.io.read_raw_edf(FILE, preload=True), best of N after one warm-up
  one_channel_60s_median_ms  raw.get_data(picks=[ch], start, stop) for 60 s of one random channel,
                             on an already-opened lazy raw (preload=False), median over --range-reads
"""
import argparse
import json
import os
import random
import time
import warnings

import mne

parser = argparse.ArgumentParser()
parser.add_argument("file")
parser.add_argument("--repeats", type=int, default=2)
parser.add_argument("--range-reads", type=int, default=50)
parser.add_argument("--seed", type=int, default=42)
args = parser.parse_args()
mne.set_log_level("ERROR")
file_bytes = os.path.getsize(args.file)


def emit(metric, value, unit):
    print(json.dumps({"tool": "mne", "benchmark": "edf-read", "metric": metric, "value": round(value, 3),
                      "unit": unit, "file": args.file, "file_mb": round(file_bytes / 1e6, 1),
                      "mne": mne.__version__}), flush=True)


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    best = float("inf")
    for rep in range(args.repeats + 1):
        t0 = time.perf_counter()
        raw = mne.io.read_raw_edf(args.file, preload=True)
        elapsed = time.perf_counter() - t0
        del raw
        if rep > 0:
            best = min(best, elapsed)
    emit("full_decode_mb_per_s", file_bytes / 1e6 / best, "MB/s")
    emit("full_decode_seconds", best, "s")

    raw = mne.io.read_raw_edf(args.file, preload=False)
    sfreq = raw.info["sfreq"]
    rng = random.Random(args.seed)
    duration = raw.n_times / sfreq
    latencies = []
    for i in range(10 + args.range_reads):
        ch = rng.randrange(len(raw.ch_names))
        start = int((rng.random() * (duration - 60)) // 1 * sfreq)
        t0 = time.perf_counter()
        x = raw.get_data(picks=[ch], start=start, stop=start + int(60 * sfreq))
        if i >= 10:
            latencies.append((time.perf_counter() - t0) * 1e3)
        assert x.shape == (1, int(60 * sfreq))
    latencies.sort()
    emit("one_channel_60s_median_ms", latencies[len(latencies) // 2], "ms")
