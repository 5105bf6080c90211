"""SciPy side of the "filters" benchmark: the pretraining chain on one long float32 channel.

sosfiltfilt(butter(4, 57.6 Hz, fs, sos)) -> resample_poly(1, 2) -> z-score, the same steps and order as
SleepFM.Signals' PreprocessingChain.Pretraining. Prints one JSON line like the C# benchmark.
Usage: /usr/bin/python3 scipy_chain.py [--hours H] [--rate HZ] [--repeats N]
"""
import argparse
import json
import math
import time

import numpy as np
import scipy
from scipy import signal


def chain(x, fs, target=128.0):
    sos = signal.butter(4, 0.45 * target, fs=fs, output="sos")
    y = signal.sosfiltfilt(sos, x)
    g = math.gcd(int(fs), int(target))
    y = signal.resample_poly(y, int(target) // g, int(fs) // g)
    return (y - y.mean()) / y.std()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--hours", type=float, default=8)
    p.add_argument("--rate", type=float, default=256)
    p.add_argument("--repeats", type=int, default=3)
    a = p.parse_args()
    n = int(round(a.hours * 3600 * a.rate))
    i = np.arange(n, dtype=np.uint64)
    # Same signal as FiltersBenchmark.cs: Knuth multiplicative hash noise plus a 10-Hz rhythm, in µV.
    noise = ((i * np.uint64(2654435761)) & np.uint64(0xFFFFFFFF)).astype(np.float64) / 4294967296.0 - 0.5
    x = (20 * noise + 30 * np.sin(2 * np.pi * 10 * i.astype(np.float64) / a.rate)).astype(np.float32)
    chain(x[: int(a.rate * 60)], a.rate)  # warm-up
    times = []
    mid = 0.0
    for _ in range(a.repeats):
        t0 = time.perf_counter()
        y = chain(x, a.rate)
        times.append(time.perf_counter() - t0)
        mid = float(y[len(y) // 2])
    times.sort()
    best, median = times[0], times[len(times) // 2]
    print(json.dumps({"benchmark": "filters", "tool": "scipy " + scipy.__version__,
                      "hours": a.hours, "rateHz": a.rate, "samples": n, "repeats": a.repeats,
                      "bestSeconds": round(best, 4), "medianSeconds": round(median, 4),
                      "hoursPerSecond": round(a.hours / best, 2), "midSample": mid}))


if __name__ == "__main__":
    main()
