"""Edge-case golden values for SleepFM.Evaluation.Metrics from scikit-learn (Debian python3-sklearn 1.2).

Usage: /usr/bin/python3 metrics_sklearn_reference.py [seed]
Prints one JSON object {"sklearn": version, "seed": seed, "cases": [...]}; floats are written with repr(), so they
round-trip exactly. Each case has a "kind", its inputs, and the expected values; an expected value of
{"error": "..."} means sklearn raised ValueError (the C# side must throw UndefinedMetricException there).
Run by tests/SleepFM.Tests/Evaluation/Metrics/SklearnEdgeCaseTests.cs at test time; never needed at run time.
"""
import json
import sys
import warnings

import numpy as np
import sklearn
from sklearn import metrics
from sklearn.preprocessing import label_binarize


def ints(a):
    return [int(v) for v in np.ravel(a)]


def floats(a):
    return [float(v) for v in np.ravel(a)]


def guarded(fn):
    """Value, "NaN", or {"error": message}; sklearn's warnings are silenced (the C# side reports its own).

    NaN is written as the string "NaN" because bare NaN is not valid JSON.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            v = float(fn())
        return "NaN" if np.isnan(v) else v
    except ValueError as e:
        return {"error": str(e)}


def label_case(name, y_true, y_pred):
    binary = set(np.unique(np.r_[y_true, y_pred]).tolist()) <= {0, 1}
    case = {
        "kind": "labels", "name": name, "y_true": ints(y_true), "y_pred": ints(y_pred),
        "accuracy": guarded(lambda: metrics.accuracy_score(y_true, y_pred)),
        "balanced_accuracy": guarded(lambda: metrics.balanced_accuracy_score(y_true, y_pred)),
        "cohen_kappa": guarded(lambda: metrics.cohen_kappa_score(y_true, y_pred)),
    }
    for avg in ("macro", "weighted") + (("binary",) if binary else ()):
        for m in ("precision", "recall", "f1"):
            fn = getattr(metrics, m + "_score")
            case[f"{m}_{avg}"] = guarded(lambda: fn(y_true, y_pred, average=avg, zero_division="warn"))
    if binary:
        case["sensitivity"] = guarded(lambda: metrics.recall_score(y_true, y_pred, pos_label=1))
        case["specificity"] = guarded(lambda: metrics.recall_score(y_true, y_pred, pos_label=0))
    k = int(max(np.max(y_true), np.max(y_pred))) + 1
    case["confusion_matrix"] = ints(metrics.confusion_matrix(y_true, y_pred, labels=list(range(k))))
    case["class_count"] = k
    return case


def score_case(name, y_true, y_score):
    case = {"kind": "scores", "name": name, "y_true": ints(y_true), "y_score": floats(y_score),
            "roc_auc": guarded(lambda: metrics.roc_auc_score(y_true, y_score)),
            "average_precision": guarded(lambda: metrics.average_precision_score(y_true, y_score))}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p, r, t = metrics.precision_recall_curve(y_true, y_score)
        denom = p + r
        f = np.where(denom > 0, 2 * p * r / np.where(denom > 0, denom, 1), 0.0)
        best = int(np.argmax(f[:-1]))
    case.update(pr_precision=floats(p), pr_recall=floats(r), pr_thresholds=floats(t),
                best_threshold=float(t[best]), best_f1=float(f[best]))
    return case


def multiclass_case(name, y_true, prob):
    k = prob.shape[1]
    case = {"kind": "multiclass", "name": name, "y_true": ints(y_true), "k": k, "probabilities": floats(prob),
            "roc_auc_ovr_macro": guarded(lambda: metrics.roc_auc_score(y_true, prob, multi_class="ovr", average="macro")),
            # sklearn 1.2 has no multiclass average_precision_score: this is the recipe used for metrics.json.
            "average_precision_ovr_macro_label_binarize": guarded(lambda: metrics.average_precision_score(
                label_binarize(y_true, classes=list(range(k))), prob, average="macro"))}
    y_pred = np.argmax(prob, axis=1)
    case["y_pred_argmax"] = ints(y_pred)
    case["weighted_f1"] = guarded(lambda: metrics.f1_score(y_true, y_pred, average="weighted"))
    case["macro_f1"] = guarded(lambda: metrics.f1_score(y_true, y_pred, average="macro"))
    return case


def multilabel_case(name, y_val, s_val, y_test, s_test):
    thresholds = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for j in range(y_val.shape[1]):
            p, r, t = metrics.precision_recall_curve(y_val[:, j], s_val[:, j])
            denom = p + r
            f = np.where(denom > 0, 2 * p * r / np.where(denom > 0, denom, 1), 0.0)
            thresholds.append(float(t[int(np.argmax(f[:-1]))]))
        pred = (s_test >= np.array(thresholds)).astype(int)
        per_label = metrics.f1_score(y_test, pred, average=None, zero_division="warn")
        macro = metrics.f1_score(y_test, pred, average="macro", zero_division="warn")
    return {"kind": "multilabel", "name": name, "labels": int(y_val.shape[1]),
            "y_val": ints(y_val), "s_val": floats(s_val), "y_test": ints(y_test), "s_test": floats(s_test),
            "thresholds": thresholds, "per_label_f1": floats(per_label), "macro_f1": float(macro),
            "macro_auroc_test": guarded(lambda: metrics.roc_auc_score(y_test, s_test, average="macro"))}


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 20240
    rng = np.random.default_rng(seed)
    cases = []

    # Hard-label cases: random binary and 6-class, perfect, one class everywhere, classes only in y_pred.
    yb = rng.integers(0, 2, 150)
    cases.append(label_case("binary random", yb, np.where(rng.random(150) < 0.7, yb, 1 - yb)))
    cases.append(label_case("binary perfect", yb, yb))
    cases.append(label_case("binary all-negative truth", np.zeros(40, int), rng.integers(0, 2, 40)))
    cases.append(label_case("binary all-positive truth, all-positive pred", np.ones(30, int), np.ones(30, int)))
    cases.append(label_case("binary all-negative both", np.zeros(25, int), np.zeros(25, int)))
    cases.append(label_case("binary never predicts positive", yb, np.zeros(150, int)))
    ym = rng.choice(6, 400, p=[0.5, 0.1, 0.15, 0.05, 0.15, 0.05])
    cases.append(label_case("6-class random", ym, np.where(rng.random(400) < 0.5, ym, rng.integers(0, 6, 400))))
    cases.append(label_case("6-class perfect", ym, ym))
    ym_missing = np.where(ym == 3, 0, ym)
    cases.append(label_case("6-class, class 3 only predicted", ym_missing, np.where(rng.random(400) < 0.6, ym, 3)))
    cases.append(label_case("4-class constant prediction", rng.integers(0, 4, 80), np.full(80, 2)))

    # Score cases: continuous, heavy ties, constant, perfect, inverted, one class, large with ties.
    n = 300
    y = rng.integers(0, 2, n)
    s = np.clip(0.5 + 0.25 * (2 * y - 1) + rng.normal(0, 0.3, n), 0, 1)
    cases.append(score_case("continuous", y, s))
    cases.append(score_case("ties (1 decimal)", y, np.round(s, 1)))
    cases.append(score_case("ties (3 levels)", y, np.round(s * 2) / 2))
    cases.append(score_case("constant scores", y, np.full(n, 0.3)))
    cases.append(score_case("perfect separation", y, y * 0.5 + rng.random(n) * 0.4))
    cases.append(score_case("inverted", y, (1 - y) * 0.5 + rng.random(n) * 0.4))
    cases.append(score_case("all-negative y_true", np.zeros(50, int), rng.random(50)))
    cases.append(score_case("all-positive y_true", np.ones(50, int), rng.random(50)))
    cases.append(score_case("single positive", np.r_[1, np.zeros(60, int)], rng.random(61)))
    cases.append(score_case("negative and zero scores", y[:80], np.round(rng.normal(0, 1, 80), 1) * (rng.random(80) < 0.7)))
    yl = rng.integers(0, 2, 4000)
    cases.append(score_case("n=4000 ties", yl, np.round(np.clip(0.5 + 0.1 * (2 * yl - 1) + rng.normal(0, 0.3, 4000), 0, 1), 2)))

    # Multiclass probability cases.
    def softmax(z):
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    for k, nn in ((3, 200), (6, 500)):
        yk = rng.integers(0, k, nn)
        logits = rng.normal(0, 1, (nn, k))
        logits[np.arange(nn), yk] += 1.2
        cases.append(multiclass_case(f"{k}-class", yk, softmax(logits)))
    yk = rng.integers(0, 4, 120)
    pk = softmax(np.round(rng.normal(0, 1, (120, 4)), 0) + 2 * np.eye(4)[yk])
    cases.append(multiclass_case("4-class tied logits", yk, pk))
    cases.append(multiclass_case("4-class absent class 2", np.where(yk == 2, 0, yk), pk))
    cases.append(multiclass_case("3-class uniform probabilities", rng.integers(0, 3, 60), np.full((60, 3), 1 / 3)))

    # Multilabel: thresholds chosen on validation, applied to test; one label with no validation positives.
    L = 4
    yv = (rng.random((200, L)) < [0.3, 0.1, 0.2, 0.0]).astype(int)
    sv = np.clip(0.3 + 0.3 * yv + rng.normal(0, 0.2, (200, L)), 0, 1).round(3)
    yt = (rng.random((150, L)) < [0.3, 0.1, 0.2, 0.05]).astype(int)
    st = np.clip(0.3 + 0.3 * yt + rng.normal(0, 0.2, (150, L)), 0, 1).round(3)
    cases.append(multilabel_case("4 labels, label 3 without validation positives", yv, sv, yt, st))
    yt0 = yt.copy()
    yt0[:, 1] = 0
    cases.append(multilabel_case("test label 1 without positives", yv, sv, yt0, st))

    # numpy percentile ('linear') and std with ddof 0/1, for Bootstrap.Percentile and SeedSummary.
    v = np.sort(rng.normal(0.8, 0.05, 37))
    cases.append({"kind": "stats", "name": "percentile and std", "values": floats(v),
                  "percentiles": {str(q): float(np.percentile(v, q)) for q in (0, 2.5, 5, 25, 50, 97.5, 100)},
                  "std_ddof0": float(np.std(v)), "std_ddof1": float(np.std(v, ddof=1)), "mean": float(np.mean(v))})

    json.dump({"sklearn": sklearn.__version__, "seed": seed, "cases": cases}, sys.stdout)


if __name__ == "__main__":
    main()
