"""Reads a SleepFM prepared shard with h5py (tests/SleepFM.Tests/Pipeline/ShardInteropTests.cs).

usage: shard_h5py_read.py SHARD.h5 ROW
Prints JSON: dataset shapes and dtypes, root attributes, channel names/modalities, the mask, labels,
start times, and window ROW's samples of channel 0 (first 16) with their float64 sum over the window.
"""
import json
import sys

import h5py
import numpy as np

path, row = sys.argv[1], int(sys.argv[2])
with h5py.File(path, "r") as f:
    signals = f["signals"]
    out = {
        "shapes": {k: list(f[k].shape) for k in f.keys()},
        "dtypes": {k: str(f[k].dtype) for k in f.keys()},
        "contiguous": signals.chunks is None and signals.compression is None,
        "attrs": {k: (v.decode() if isinstance(v, bytes) else v.item() if hasattr(v, "item") else v) for k, v in f.attrs.items()},
        "channel_names": [n.decode() if isinstance(n, bytes) else n for n in f["channel_names"][()]],
        "channel_modality": [n.decode() if isinstance(n, bytes) else n for n in f["channel_modality"][()]],
        "channel_mask": f["channel_mask"][()].astype(int).tolist(),
        "labels": f["labels"][()].tolist(),
        "start_s": f["start_s"][()].tolist(),
        "positions_row0": [None if np.isnan(x) else float(x) for x in f["positions"][0]],
        "window_ch0_first16": signals[row, 0, :16].astype(np.float64).tolist(),
        "window_sum": float(signals[row].astype(np.float64).sum()),
    }
print(json.dumps(out))
