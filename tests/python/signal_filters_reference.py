"""Golden values for SleepFM.Signals from SciPy (Debian python3-scipy 1.10), on seeded random inputs.

Usage: /usr/bin/python3 signal_filters_reference.py [seed]
Prints one JSON object; floats are written with repr(), so they round-trip exactly.
Run by tests/SleepFM.Tests/Signals/ScipyReferenceTests.cs; never needed at run time.
"""
import json
import sys

import numpy as np
import scipy
from scipy import signal


def arr(a):
    return [float(v) for v in np.ravel(a)]


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1234
    rng = np.random.default_rng(seed)
    out = {"scipy": scipy.__version__, "seed": seed}

    # Butterworth designs: orders 1-8, all band types, several rates; edges drawn inside (0, fs/2).
    designs = []
    for fs in (128.0, 160.0, 256.0, 500.0):
        nyq = fs / 2
        for order in range(1, 9):
            for btype in ("lowpass", "highpass", "bandpass", "bandstop"):
                if btype in ("lowpass", "highpass"):
                    edges = [float(rng.uniform(0.02, 0.9) * nyq)]
                else:
                    lo = float(rng.uniform(0.005, 0.4) * nyq)
                    hi = float(rng.uniform(lo / nyq + 0.05, 0.95) * nyq)
                    edges = [lo, hi]
                wn = edges[0] if len(edges) == 1 else edges
                b, a = signal.butter(order, wn, btype, fs=fs, output="ba")
                sos = signal.butter(order, wn, btype, fs=fs, output="sos")
                designs.append({"fs": fs, "order": order, "btype": btype, "edges": edges,
                                "b": arr(b), "a": arr(a), "sos": arr(sos)})
    out["butter"] = designs

    # Zero-phase SOS filtering of white noise plus drift, including the low-cutoff, high-order cases SOS is for.
    sosff = []
    for fs, order, btype, edges, n in [
        (128.0, 4, "lowpass", [40.0], 1500),
        (256.0, 8, "lowpass", [57.6], 3000),
        (512.0, 8, "highpass", [0.3], 4000),
        (256.0, 4, "bandpass", [0.5, 70.0], 3000),
        (500.0, 6, "bandpass", [0.5, 40.0], 4000),
        (200.0, 3, "bandstop", [45.0, 55.0], 1000),
        (160.0, 1, "highpass", [0.5], 300),
        (128.0, 5, "lowpass", [20.0], 2000),
    ]:
        x = rng.standard_normal(n).cumsum() * 0.1 + rng.standard_normal(n) * 20
        wn = edges[0] if len(edges) == 1 else edges
        sos = signal.butter(order, wn, btype, fs=fs, output="sos")
        sosff.append({"fs": fs, "order": order, "btype": btype, "edges": edges, "x": arr(x),
                      "zi": arr(signal.sosfilt_zi(sos)), "sosfilt": arr(signal.sosfilt(sos, x)),
                      "y": arr(signal.sosfiltfilt(sos, x))})
    out["sosfiltfilt"] = sosff

    # Polynomial-form filtering (stable low orders), lfilter_zi and the plain lfilter.
    ff = []
    for fs, order, btype, edges, n in [
        (160.0, 4, "bandpass", [0.5, 40.0], 1600),
        (256.0, 2, "lowpass", [30.0], 1000),
        (128.0, 3, "highpass", [1.0], 800),
        (200.0, 2, "bandstop", [48.0, 52.0], 700),
    ]:
        x = rng.standard_normal(n) * 30
        wn = edges[0] if len(edges) == 1 else edges
        b, a = signal.butter(order, wn, btype, fs=fs)
        ff.append({"fs": fs, "order": order, "btype": btype, "edges": edges, "x": arr(x),
                   "zi": arr(signal.lfilter_zi(b, a)), "lfilter": arr(signal.lfilter(b, a, x)),
                   "y": arr(signal.filtfilt(b, a, x))})
    out["filtfilt"] = ff

    notches = []
    for f0, fs in [(50.0, 160.0), (60.0, 160.0), (50.0, 256.0), (60.0, 256.0), (50.0, 500.0), (60.0, 128.0), (50.0, 128.0)]:
        b, a = signal.iirnotch(f0, 30.0, fs=fs)
        x = rng.standard_normal(900) * 10 + 40 * np.sin(2 * np.pi * f0 * np.arange(900) / fs)
        notches.append({"f0": f0, "q": 30.0, "fs": fs, "b": arr(b), "a": arr(a), "x": arr(x),
                        "y": arr(signal.filtfilt(b, a, x))})
    out["iirnotch"] = notches

    resampled = []
    for up, down, n in [(1, 2, 1001), (16, 25, 1000), (4, 5, 997), (32, 125, 2500), (8, 25, 1203),
                        (5, 4, 333), (3, 1, 50), (2, 4, 10), (128, 100, 401)]:
        x = rng.standard_normal(n)
        resampled.append({"up": up, "down": down, "x": arr(x), "y": arr(signal.resample_poly(x, up, down))})
    out["resample_poly"] = resampled

    interp = []
    for src, dst, n in [(200.0, 128.0, 1001), (256.0, 128.0, 999), (500.0, 128.0, 1250), (100.0, 128.0, 301)]:
        x = rng.standard_normal(n)
        n_out = int(n * dst / src)
        t_new = np.arange(n_out) / dst
        t_old = np.arange(n) / src
        interp.append({"src": src, "dst": dst, "x": arr(x), "y": arr(np.interp(t_new, t_old, x))})
    out["interp"] = interp

    # The documented PreprocessingChain orders, composed from SciPy calls (see PreprocessingChain remarks).
    chains = []
    fs = 256.0
    t = np.arange(7680) / fs
    x = rng.standard_normal(t.size) * 15 + 30 * np.sin(2 * np.pi * 50 * t) + 20 * np.sin(2 * np.pi * 10 * t)
    y = signal.sosfiltfilt(signal.butter(4, 0.45 * 128, fs=fs, output="sos"), x)
    y = signal.resample_poly(y, 1, 2)
    y = (y - y.mean()) / y.std()
    chains.append({"name": "pretraining", "fs": fs, "x": arr(x), "y": arr(y)})
    y = signal.sosfiltfilt(signal.butter(4, [0.5, 70.0], "bandpass", fs=fs, output="sos"), x)
    b, a = signal.iirnotch(50.0, 30.0, fs=fs)
    y = signal.filtfilt(b, a, y)
    y = signal.sosfiltfilt(signal.butter(4, 0.45 * 128, fs=fs, output="sos"), y)
    y = signal.resample_poly(y, 1, 2)
    y = np.clip(y, -50, 50) / 10
    chains.append({"name": "eeg50", "fs": fs, "x": arr(x), "y": arr(y)})
    out["chains"] = chains

    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
