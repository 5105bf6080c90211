using System.Text.Json;
using SleepFM.Evaluation.Metrics;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Evaluation.Metrics;

/// <summary>
/// Edge cases against scikit-learn 1.2 at test time (tests/python/metrics_sklearn_reference.py, seed 20240): ties,
/// constant scores, perfect and inverted predictions, single-class y_true, classes absent from y_true or only in
/// y_pred. sklearn's ValueError must map to <see cref="UndefinedMetricException"/>; its 0/NaN substitutions must match.
/// </summary>
public sealed class SklearnEdgeCaseTests
{
    [PythonFact("sklearn")]
    public void Goldens_come_from_sklearn_1_2() => Assert.StartsWith("1.2", SklearnGoldens.Version);

    [PythonFact("sklearn")]
    public void Label_metrics_match_including_zero_division_and_nan_kappa()
    {
        var cases = SklearnGoldens.Cases("labels");
        Assert.Equal(10, cases.Count);
        foreach (var c in cases)
        {
            string name = c.GetProperty("name").GetString()!;
            var t = MetricAssert.Ints(c.GetProperty("y_true"));
            var p = MetricAssert.Ints(c.GetProperty("y_pred"));
            MetricAssert.Matches(c.GetProperty("accuracy"), () => ClassificationMetrics.Accuracy(t, p), name + " accuracy");
            MetricAssert.Matches(c.GetProperty("balanced_accuracy"), () => ClassificationMetrics.BalancedAccuracy(t, p), name + " balanced_accuracy");
            MetricAssert.Matches(c.GetProperty("cohen_kappa"), () => ClassificationMetrics.CohenKappa(t, p), name + " kappa");
            foreach (var (key, average) in new[] { ("macro", Averaging.Macro), ("weighted", Averaging.Weighted), ("binary", Averaging.Binary) })
            {
                if (!c.TryGetProperty("f1_" + key, out var f1)) continue;
                var prf = ClassificationMetrics.PrecisionRecallF1(t, p, average);
                MetricAssert.Close(MetricAssert.Number(c.GetProperty("precision_" + key)), prf.Precision, $"{name} precision_{key}");
                MetricAssert.Close(MetricAssert.Number(c.GetProperty("recall_" + key)), prf.Recall, $"{name} recall_{key}");
                MetricAssert.Close(MetricAssert.Number(f1), prf.F1, $"{name} f1_{key}");
            }
            if (c.TryGetProperty("sensitivity", out var sensitivity))
            {
                MetricAssert.Matches(sensitivity, () => ClassificationMetrics.Sensitivity(t, p), name + " sensitivity");
                MetricAssert.Matches(c.GetProperty("specificity"), () => ClassificationMetrics.Specificity(t, p), name + " specificity");
            }
            int k = c.GetProperty("class_count").GetInt32();
            var cm = ConfusionMatrix.Compute(t, p, k);
            var expected = MetricAssert.Ints(c.GetProperty("confusion_matrix"));
            for (int i = 0; i < k; i++)
                for (int j = 0; j < k; j++)
                    Assert.True(expected[i * k + j] == cm[i, j], $"{name} confusion[{i},{j}]");
        }
    }

    [PythonFact("sklearn")]
    public void Score_metrics_match_with_ties_constant_scores_and_single_class()
    {
        var cases = SklearnGoldens.Cases("scores");
        Assert.Equal(11, cases.Count);
        Assert.Contains(cases, c => MetricAssert.IsError(c.GetProperty("roc_auc")));
        foreach (var c in cases)
        {
            string name = c.GetProperty("name").GetString()!;
            var t = MetricAssert.Ints(c.GetProperty("y_true"));
            var s = MetricAssert.Doubles(c.GetProperty("y_score"));
            MetricAssert.Matches(c.GetProperty("roc_auc"), () => RankingMetrics.RocAuc(t, s), name + " roc_auc");
            MetricAssert.Matches(c.GetProperty("average_precision"), () => RankingMetrics.AveragePrecision(t, s), name + " average_precision");

            var curve = RankingMetrics.PrecisionRecall(t, s);
            Assert.Equal(MetricAssert.Doubles(c.GetProperty("pr_thresholds")), curve.Thresholds);
            MetricAssert.Close(MetricAssert.Doubles(c.GetProperty("pr_precision")), curve.Precision, name + " PR precision");
            MetricAssert.Close(MetricAssert.Doubles(c.GetProperty("pr_recall")), curve.Recall, name + " PR recall");

            var best = MultilabelMetrics.BestF1Threshold(t, s);
            Assert.True(c.GetProperty("best_threshold").GetDouble() == best.Threshold, $"{name} best threshold {best.Threshold:R}");
            MetricAssert.Close(c.GetProperty("best_f1").GetDouble(), best.F1, name + " best F1");
        }
    }

    [PythonFact("sklearn")]
    public void One_vs_rest_metrics_match_and_absent_class_throws()
    {
        var cases = SklearnGoldens.Cases("multiclass");
        Assert.Equal(5, cases.Count);
        foreach (var c in cases)
        {
            string name = c.GetProperty("name").GetString()!;
            int k = c.GetProperty("k").GetInt32();
            var t = MetricAssert.Ints(c.GetProperty("y_true"));
            var p = MetricAssert.Matrix(c.GetProperty("probabilities"), k);
            var pred = TaskMetrics.PredictedClasses(p);
            Assert.Equal(MetricAssert.Ints(c.GetProperty("y_pred_argmax")), pred);
            MetricAssert.Close(c.GetProperty("weighted_f1").GetDouble(), ClassificationMetrics.F1(t, pred, Averaging.Weighted), name + " weighted F1");
            MetricAssert.Close(c.GetProperty("macro_f1").GetDouble(), ClassificationMetrics.F1(t, pred, Averaging.Macro), name + " macro F1");
            MetricAssert.Matches(c.GetProperty("roc_auc_ovr_macro"), () => RankingMetrics.RocAucOneVsRest(t, p), name + " auroc ovr");

            bool classAbsent = Enumerable.Range(0, k).Any(cls => !t.Contains(cls));
            if (classAbsent)
            {
                // Documented deviation: sklearn 1.2's label_binarize recipe scores the absent class 0; we refuse.
                Assert.True(MetricAssert.IsError(c.GetProperty("roc_auc_ovr_macro")), name);
                var e = Assert.Throws<UndefinedMetricException>(() => RankingMetrics.AveragePrecisionOneVsRest(t, p));
                Assert.Contains("2", e.Reason);
                var set = TaskMetrics.Multiclass(t, p);
                Assert.True(double.IsNaN(set[MetricNames.Auroc]) && double.IsNaN(set[MetricNames.Auprc]), name);
                Assert.Contains(set.Warnings, w => w.Metric == "roc_auc_ovr");
            }
            else
            {
                MetricAssert.Close(c.GetProperty("average_precision_ovr_macro_label_binarize").GetDouble(),
                    RankingMetrics.AveragePrecisionOneVsRest(t, p), name + " auprc ovr");
            }
        }
    }

    [PythonFact("sklearn")]
    public void Multilabel_validation_thresholds_carry_to_test()
    {
        var cases = SklearnGoldens.Cases("multilabel");
        Assert.Equal(2, cases.Count);
        foreach (var c in cases)
        {
            string name = c.GetProperty("name").GetString()!;
            int l = c.GetProperty("labels").GetInt32();
            var yv = MetricAssert.IntMatrix(c.GetProperty("y_val"), l);
            var sv = MetricAssert.Matrix(c.GetProperty("s_val"), l);
            var yt = MetricAssert.IntMatrix(c.GetProperty("y_test"), l);
            var st = MetricAssert.Matrix(c.GetProperty("s_test"), l);

            var thresholds = MultilabelMetrics.BestF1Thresholds(yv, sv).Select(x => x.Threshold).ToArray();
            Assert.Equal(MetricAssert.Doubles(c.GetProperty("thresholds")), thresholds);
            var warnings = new List<MetricWarning>();
            MetricAssert.Close(MetricAssert.Doubles(c.GetProperty("per_label_f1")), MultilabelMetrics.PerLabelF1(yt, st, thresholds, warnings), name + " per-label F1");
            MetricAssert.Close(c.GetProperty("macro_f1").GetDouble(), MultilabelMetrics.MacroF1(yt, st, thresholds), name + " macro F1");
            MetricAssert.Matches(c.GetProperty("macro_auroc_test"), () => MultilabelMetrics.MacroRocAuc(yt, st), name + " macro AUROC");
            if (MetricAssert.IsError(c.GetProperty("macro_auroc_test"))) Assert.Contains(warnings, w => w.Metric.StartsWith("label 1"));
        }
    }

    [PythonFact("sklearn")]
    public void Percentile_and_std_match_numpy()
    {
        var c = Assert.Single(SklearnGoldens.Cases("stats"));
        var v = MetricAssert.Doubles(c.GetProperty("values"));
        foreach (var q in c.GetProperty("percentiles").EnumerateObject())
        {
            double percent = double.Parse(q.Name, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(q.Value.GetDouble() == Bootstrap.Percentile(v, percent), $"percentile {q.Name}");
        }
        var sample = SeedSummary.Of(v);
        var population = SeedSummary.Of(v, deltaDegreesOfFreedom: 0);
        MetricAssert.Close(c.GetProperty("mean").GetDouble(), sample.Mean, "mean");
        MetricAssert.Close(c.GetProperty("std_ddof1").GetDouble(), sample.StandardDeviation, "std ddof=1");
        MetricAssert.Close(c.GetProperty("std_ddof0").GetDouble(), population.StandardDeviation, "std ddof=0");
    }
}
