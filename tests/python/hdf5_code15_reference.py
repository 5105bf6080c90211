"""h5py reference for SleepFM's CODE-15% HDF5 reader and writer.

  hdf5_code15_reference.py read PATH        -> JSON summary of a file SleepFM wrote
  hdf5_code15_reference.py write PATH N T   -> writes a CODE-15%-style file with h5py (contiguous,
                                               float32 tracings, int64 exam_id) and prints the same summary
Values are a deterministic function of (exam, sample, lead) so both sides can recompute them.
"""
import json
import sys

import h5py
import numpy as np


def expected(n, t):
    e = np.arange(n, dtype=np.float64)[:, None, None]
    s = np.arange(t, dtype=np.float64)[None, :, None]
    l = np.arange(12, dtype=np.float64)[None, None, :]
    return (np.sin(0.01 * s * (l + 1)) + 0.1 * e - 0.05 * l).astype(np.float32)


def summary(path):
    with h5py.File(path, "r") as f:
        tr = f["tracings"]
        ids = f["exam_id"]
        data = tr[...]
        return {
            "tracings_shape": list(tr.shape),
            "tracings_dtype": str(tr.dtype),
            "exam_id_dtype": str(ids.dtype),
            "exam_ids": [int(x) for x in ids[...]],
            "per_exam_sum": [float(x) for x in data.astype(np.float64).sum(axis=(1, 2))],
            "exam1_sample5": [float(x) for x in data[1, 5, :]] if data.shape[0] > 1 else [],
        }


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "write":
        n, t = int(sys.argv[3]), int(sys.argv[4])
        with h5py.File(path, "w") as f:
            f.create_dataset("tracings", data=expected(n, t))
            f.create_dataset("exam_id", data=np.arange(n, dtype=np.int64) * 1000 + 7)
    print(json.dumps(summary(path)))


if __name__ == "__main__":
    main()
