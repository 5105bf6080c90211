#!/usr/bin/env python3
"""Recomputes every metric in results.csv from predictions.csv with scikit-learn.

Usage: recompute_results_sklearn.py RESULTS_DIR
Reads RESULTS_DIR/results.csv and RESULTS_DIR/predictions.csv (as written by SleepFM.Notebooks) and
exits 0 when every (task, regime, seed, metric) agrees within 1e-9, else prints the mismatches and
exits 1. Multilabel thresholds are recomputed from the validation rows (F1-optimal over sklearn's
precision_recall_curve thresholds, last PR point excluded, first maximum wins). A run without validation
rows tests a model trained on another dataset (the ECG tasks scored with the CODE-15% model): its thresholds
come from that dataset's validation split, so they are read from results.csv, and the predictions are still
checked to be the test scores at those thresholds.
"""
import csv
import math
import sys
from collections import defaultdict

import numpy as np
from sklearn import metrics
from sklearn.preprocessing import label_binarize

TOL = 1e-9


def rows_by_run(path):
    runs = defaultdict(list)
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            runs[(row["task"], row["regime"], row["seed"])].append(row)
    return runs


def prefixed(row, prefix):
    return [k for k in row if k.startswith(prefix) and row[k] != ""]


def binary(test):
    y = np.array([int(r["y_true"]) for r in test])
    pred = np.array([int(r["y_pred"]) for r in test])
    score_cols = prefixed(test[0], "score_")
    s = np.array([float(r[score_cols[1]]) for r in test])
    out = {
        "accuracy": metrics.accuracy_score(y, pred),
        "balanced_accuracy": metrics.balanced_accuracy_score(y, pred),
        "sensitivity": metrics.recall_score(y, pred, pos_label=1, zero_division=0),
        "specificity": metrics.recall_score(y, pred, pos_label=0, zero_division=0),
        "f1": metrics.f1_score(y, pred, zero_division=0),
        "cohen_kappa": metrics.cohen_kappa_score(y, pred),
        "auprc": metrics.average_precision_score(y, s),
    }
    if len(set(y)) == 2:
        out["auroc"] = metrics.roc_auc_score(y, s)
    return out


def multiclass(test):
    y = np.array([int(r["y_true"]) for r in test])
    pred = np.array([int(r["y_pred"]) for r in test])
    score_cols = prefixed(test[0], "score_")
    p = np.array([[float(r[c]) for c in score_cols] for r in test])
    k = len(score_cols)
    out = {
        "accuracy": metrics.accuracy_score(y, pred),
        "balanced_accuracy": metrics.balanced_accuracy_score(y, pred),
        "cohen_kappa": metrics.cohen_kappa_score(y, pred),
        "weighted_f1": metrics.f1_score(y, pred, average="weighted", zero_division=0),
        "macro_f1": metrics.f1_score(y, pred, average="macro", zero_division=0),
    }
    if len(set(y)) == k:
        out["auroc"] = metrics.roc_auc_score(y, p, multi_class="ovr", average="macro")
        onehot = label_binarize(y, classes=list(range(k)))
        out["auprc"] = metrics.average_precision_score(onehot, p, average="macro")
    return out


def best_threshold(y, s):
    precision, recall, thresholds = metrics.precision_recall_curve(y, s)
    p, r = precision[:-1], recall[:-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        f1 = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
    return thresholds[int(np.argmax(f1))]


def multilabel(test, validation, reported):
    labels = [c[len("true_"):] for c in prefixed(test[0], "true_")]
    def matrix(rows, prefix, cast):
        return np.array([[cast(r[prefix + l]) for l in labels] for r in rows]).reshape(len(rows), len(labels))
    y, s, pred = matrix(test, "true_", int), matrix(test, "score_", float), matrix(test, "pred_", int)
    yv, sv = matrix(validation, "true_", int), matrix(validation, "score_", float)
    out, thresholds = {}, {}
    per_label = metrics.f1_score(y, pred, average=None, zero_division=0)
    out["macro_f1"] = float(np.mean(per_label))
    for i, l in enumerate(labels):
        out[f"f1[{l}]"] = per_label[i]
        if len(validation) == 0:
            if f"threshold[{l}]" in reported:
                thresholds[l] = reported[f"threshold[{l}]"]
        elif 0 < yv[:, i].sum() < len(yv):
            out[f"threshold[{l}]"] = thresholds[l] = best_threshold(yv[:, i], sv[:, i])
    if all(0 < y[:, i].sum() < len(y) for i in range(len(labels))):
        out["auroc"] = metrics.roc_auc_score(y, s, average="macro")
    # Predictions must be the test scores at the validation thresholds.
    for i, l in enumerate(labels):
        if l in thresholds:
            expected = (s[:, i] >= thresholds[l]).astype(int)
            if not np.array_equal(expected, pred[:, i]):
                raise SystemExit(f"pred_{l} is not the test scores at the validation threshold")
    return out


def main(root):
    predictions = rows_by_run(f"{root}/predictions.csv")
    results = defaultdict(dict)
    with open(f"{root}/results.csv", newline="") as f:
        for row in csv.DictReader(f):
            results[(row["task"], row["regime"], row["seed"])][row["metric"]] = float(row["value"])
    compared, mismatches = 0, []
    for run, rows in predictions.items():
        test = [r for r in rows if r["split"] == "test"]
        validation = [r for r in rows if r["split"] == "validation"]
        if prefixed(rows[0], "true_"):
            expected = multilabel(test, validation, results[run])
        elif len(prefixed(rows[0], "score_")) == 2:
            expected = binary(test)
        else:
            expected = multiclass(test)
        for name, value in expected.items():
            ours = results[run].get(name)
            compared += 1
            if ours is None or not (abs(ours - value) <= TOL or (math.isnan(ours) and math.isnan(value))):
                mismatches.append(f"{run} {name}: ours {ours} sklearn {value}")
    print(f"compared {compared} metrics over {len(predictions)} runs")
    for m in mismatches:
        print("MISMATCH", m)
    return 1 if mismatches or compared == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
