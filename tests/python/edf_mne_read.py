"""Reads an EDF/BDF with MNE (the independent reference) and prints what it sees as JSON.

usage: edf_mne_read.py FILE
Prints {"ch_names", "sfreq", "n_times", "meas_date", "data_microvolts": [[...]], "annotations": [[onset, duration, text]]}.
Used by SleepFM.Tests.IO.Edf.EdfMneInteropTests to check that files from EdfWriter are read by MNE as written.
"""
import json
import sys
import warnings

import mne

path = sys.argv[1]
mne.set_log_level("ERROR")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    if path.lower().endswith(".bdf"):
        raw = mne.io.read_raw_bdf(path, preload=True)
    else:
        raw = mne.io.read_raw_edf(path, preload=True)
    annotations = mne.read_annotations(path)

out = {
    "ch_names": raw.ch_names,
    "sfreq": float(raw.info["sfreq"]),
    "n_times": int(raw.n_times),
    "meas_date": None if raw.info["meas_date"] is None else raw.info["meas_date"].strftime("%Y-%m-%d %H:%M:%S"),
    # MNE stores volts for voltage channels; back to microvolts, as written.
    "data_microvolts": (raw.get_data() * 1e6).tolist(),
    "annotations": [[float(a["onset"]), float(a["duration"]), a["description"]] for a in annotations],
}
json.dump(out, sys.stdout)
