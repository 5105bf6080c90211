"""Reference for SleepFM.Datasets.SubjectSplitter / NumpyRandomState (tests/SleepFM.Tests/Datasets).

usage: shard_splits_sklearn.py GROUPS_JSON
GROUPS_JSON: {"groups": [subject id per recording, ...], "seed": 42, "test_size": 0.1}
Prints JSON: the first permutation(20) of RandomState(seed), and the held-out / kept subjects of one
GroupShuffleSplit(n_splits=1, test_size, random_state=seed), in permutation order.
"""
import json
import sys

import numpy as np
from sklearn.model_selection import GroupShuffleSplit

spec = json.load(open(sys.argv[1]))
groups = np.array(spec["groups"])
seed, test_size = spec["seed"], spec["test_size"]
splitter = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
train_idx, test_idx = next(splitter.split(np.zeros(len(groups)), groups=groups))
# Subjects in the order sklearn's permutation put them: recover it from the unique/permutation logic.
classes = np.unique(groups)
perm = np.random.RandomState(seed).permutation(len(classes))
print(json.dumps({
    "permutation20": np.random.RandomState(seed).permutation(20).tolist(),
    "held_out": sorted(set(groups[test_idx].tolist())),
    "kept": sorted(set(groups[train_idx].tolist())),
    "held_out_in_perm_order": [classes[i] for i in perm[: len(set(groups[test_idx].tolist()))]],
}))
