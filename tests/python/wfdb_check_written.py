"""Independent check of a WFDB record written by SleepFM's WfdbWriter (format 16 .dat or 16+24 .mat).

Parses the header minimally, reads the samples with numpy (and, for .mat, with scipy.io.loadmat,
which knows the MATLAB v4 layout), recomputes each signal's 16-bit checksum and initial value and
prints JSON. Usage: wfdb_check_written.py RECORD.hea
"""
import json
import os
import sys

import numpy as np
import scipy.io


def main(header_path):
    lines = [l.strip() for l in open(header_path) if l.strip() and not l.strip().startswith("#")]
    name, nsig, fs, nsamp = lines[0].split()[:4]
    nsig, nsamp = int(nsig), int(nsamp)
    specs = [l.split() for l in lines[1:1 + nsig]]
    data_file = os.path.join(os.path.dirname(header_path), specs[0][0])
    fmt = specs[0][1]
    offset = int(fmt.split("+")[1]) if "+" in fmt else 0
    raw = np.fromfile(data_file, dtype="<i2", offset=offset)
    digital = raw.reshape(nsamp, nsig).T.astype(np.int64)  # frames are interleaved
    out = {}
    if data_file.endswith(".mat"):
        val = scipy.io.loadmat(data_file)["val"]
        out["loadmat_shape"] = list(val.shape)
        out["loadmat_equal"] = bool(np.array_equal(val.astype(np.int64), digital))
        assert out["loadmat_equal"], "scipy.io.loadmat disagrees with the WFDB layout"
    checksums = [int(np.int16(np.uint16(int(d.sum()) % 65536))) for d in digital]
    gains = [float(s[2].split("(")[0].split("/")[0]) for s in specs]
    baselines = [int(s[2].split("(")[1].split(")")[0]) for s in specs]
    out["checksums_match"] = all(c == int(s[6]) for c, s in zip(checksums, specs))
    out["initial_values_match"] = all(int(d[0]) == int(s[5]) for d, s in zip(digital, specs))
    out["digital_sums"] = [int(d.sum()) for d in digital]
    out["physical_first_column"] = [(int(d[0]) - b) / g for d, b, g in zip(digital, baselines, gains)]
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
