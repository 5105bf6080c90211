"""Golden PSDs for SleepFM.Synthetic.Analysis.Welch from scipy.signal.welch (Debian python3-scipy), on seeded inputs.

Usage: /usr/bin/python3 welch_scipy_reference.py [seed]
Prints one JSON object; floats are written with repr(), so they round-trip exactly.
Run by tests/SleepFM.Tests/Interactive/WelchScipyTests.cs; never needed at run time.
"""
import json
import sys

import numpy as np
import scipy
from scipy import signal


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1234
    rng = np.random.default_rng(seed)
    cases = []
    # (rate, segment, samples): a 30-s epoch at 100/128/256 Hz, a ragged length that leaves a partial last segment.
    for fs, nperseg, n in [(100.0, 256, 3000), (128.0, 512, 3840), (256.0, 1024, 7680), (128.0, 64, 1000)]:
        t = np.arange(n) / fs
        x = (20 * np.sin(2 * np.pi * 10.3 * t) + 35 * np.sin(2 * np.pi * 1.7 * t) + 5 + rng.normal(0, 8, n)).astype(np.float32)
        f, p = signal.welch(x.astype(np.float64), fs=fs, window="hann", nperseg=nperseg, noverlap=nperseg // 2,
                            detrend="constant", scaling="density", average="mean")
        cases.append({"fs": fs, "nperseg": nperseg, "x": [float(v) for v in x], "f": [float(v) for v in f], "psd": [float(v) for v in p]})
    print(json.dumps({"scipy": scipy.__version__, "seed": seed, "cases": cases}))


if __name__ == "__main__":
    main()
