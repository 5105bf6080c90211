"""Reads a synthetic PSG night with MNE (the independent reference) and prints what it sees as JSON.

usage: synth_mne_check.py FILE.edf
Prints {"ch_names", "sfreq", "n_times", "n_samps" (per channel, from the header as MNE parsed it),
"first_microvolts" (first 20 samples of each channel at MNE's common rate; volts → µV for voltage channels,
other units as stored), "annotations": [[onset, duration, text]]}.
Used by SleepFM.Tests.Synthetic.SyntheticWorldTests to check that the generated EDF+ reads in MNE.
"""
import json
import sys
import warnings

import mne

path = sys.argv[1]
mne.set_log_level("ERROR")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    raw = mne.io.read_raw_edf(path, preload=True)
    annotations = mne.read_annotations(path)

extras = raw._raw_extras[0]
data = raw.get_data()[:, :20]
first = []
for i, name in enumerate(raw.ch_names):
    unit = raw._orig_units.get(name, "")
    scale = 1e6 if unit in ("uV", "µV", "mV", "V") else 1.0
    first.append([float(x) * scale for x in data[i]])
out = {
    "ch_names": raw.ch_names,
    "sfreq": float(raw.info["sfreq"]),
    "n_times": int(raw.n_times),
    "n_samps": [int(x) for x in extras["n_samps"]],
    "units": [raw._orig_units.get(n, "") for n in raw.ch_names],
    "first_microvolts": first,
    "annotations": [[float(a["onset"]), float(a["duration"]), a["description"]] for a in annotations],
}
json.dump(out, sys.stdout)
