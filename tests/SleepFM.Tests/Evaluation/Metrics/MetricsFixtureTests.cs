using System.Text.Json;
using SleepFM.Evaluation.Metrics;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Evaluation.Metrics;

/// <summary>Every value of fixtures/reference/metrics.json (scikit-learn 1.2.1) to 1e-9.</summary>
public sealed class MetricsFixtureTests
{
    static JsonElement Load(string section)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FixturePaths.Get("reference", "metrics.json")));
        return doc.RootElement.GetProperty(section).Clone();
    }

    [FixtureFact]
    public void Binary_values_match()
    {
        var b = Load("binary");
        var y = MetricAssert.Ints(b.GetProperty("y_true"));
        var score = MetricAssert.Doubles(b.GetProperty("y_score"));
        var pred = MetricAssert.Ints(b.GetProperty("y_pred_at_0.5"));
        double V(string name) => b.GetProperty(name).GetDouble();

        MetricAssert.Close(V("accuracy"), ClassificationMetrics.Accuracy(y, pred), "accuracy");
        MetricAssert.Close(V("balanced_accuracy"), ClassificationMetrics.BalancedAccuracy(y, pred), "balanced_accuracy");
        MetricAssert.Close(V("auroc"), RankingMetrics.RocAuc(y, score), "auroc");
        MetricAssert.Close(V("auprc_average_precision"), RankingMetrics.AveragePrecision(y, score), "auprc");
        MetricAssert.Close(V("f1"), ClassificationMetrics.F1(y, pred), "f1");
        MetricAssert.Close(V("cohen_kappa"), ClassificationMetrics.CohenKappa(y, pred), "cohen_kappa");
        MetricAssert.Close(V("sensitivity"), ClassificationMetrics.Sensitivity(y, pred), "sensitivity");
        MetricAssert.Close(V("specificity"), ClassificationMetrics.Specificity(y, pred), "specificity");

        // The same numbers through the report, with the 0.5 threshold reproducing the fixture's y_pred.
        var set = TaskMetrics.Binary(y, score, decisionThreshold: 0.5);
        MetricAssert.Close(V("accuracy"), set[MetricNames.Accuracy], "set accuracy");
        MetricAssert.Close(V("balanced_accuracy"), set[MetricNames.BalancedAccuracy], "set balanced_accuracy");
        MetricAssert.Close(V("sensitivity"), set[MetricNames.Sensitivity], "set sensitivity");
        MetricAssert.Close(V("specificity"), set[MetricNames.Specificity], "set specificity");
        MetricAssert.Close(V("f1"), set[MetricNames.F1], "set f1");
        MetricAssert.Close(V("cohen_kappa"), set[MetricNames.CohenKappa], "set cohen_kappa");
        MetricAssert.Close(V("auroc"), set[MetricNames.Auroc], "set auroc");
        MetricAssert.Close(V("auprc_average_precision"), set[MetricNames.Auprc], "set auprc");
        Assert.Empty(set.Warnings);
    }

    [FixtureFact]
    public void Multiclass_values_match()
    {
        var m = Load("multiclass");
        int k = m.GetProperty("n_classes").GetInt32();
        var y = MetricAssert.Ints(m.GetProperty("y_true"));
        var p = MetricAssert.Matrix(m.GetProperty("probabilities"), k);
        var pred = MetricAssert.Ints(m.GetProperty("y_pred_argmax"));
        double V(string name) => m.GetProperty(name).GetDouble();

        Assert.Equal(pred, TaskMetrics.PredictedClasses(p));
        MetricAssert.Close(V("balanced_accuracy"), ClassificationMetrics.BalancedAccuracy(y, pred), "balanced_accuracy");
        MetricAssert.Close(V("cohen_kappa"), ClassificationMetrics.CohenKappa(y, pred), "cohen_kappa");
        MetricAssert.Close(V("weighted_f1"), ClassificationMetrics.F1(y, pred, Averaging.Weighted), "weighted_f1");
        MetricAssert.Close(V("macro_f1"), ClassificationMetrics.F1(y, pred, Averaging.Macro), "macro_f1");
        MetricAssert.Close(V("auroc_ovr_macro"), RankingMetrics.RocAucOneVsRest(y, p), "auroc_ovr_macro");
        MetricAssert.Close(V("auprc_ovr_macro"), RankingMetrics.AveragePrecisionOneVsRest(y, p), "auprc_ovr_macro");

        var set = TaskMetrics.Multiclass(y, p);
        Assert.Equal(
            [MetricNames.Accuracy, MetricNames.BalancedAccuracy, MetricNames.CohenKappa, MetricNames.WeightedF1,
             MetricNames.MacroF1, MetricNames.Auroc, MetricNames.Auprc],
            set.Values.Keys.ToArray());
        MetricAssert.Close(V("balanced_accuracy"), set[MetricNames.BalancedAccuracy], "set balanced_accuracy");
        MetricAssert.Close(V("cohen_kappa"), set[MetricNames.CohenKappa], "set cohen_kappa");
        MetricAssert.Close(V("weighted_f1"), set[MetricNames.WeightedF1], "set weighted_f1");
        MetricAssert.Close(V("macro_f1"), set[MetricNames.MacroF1], "set macro_f1");
        MetricAssert.Close(V("auroc_ovr_macro"), set[MetricNames.Auroc], "set auroc");
        MetricAssert.Close(V("auprc_ovr_macro"), set[MetricNames.Auprc], "set auprc");
    }

    [FixtureFact]
    public void Multilabel_thresholds_f1_and_auroc_match()
    {
        var m = Load("multilabel");
        int labels = m.GetProperty("n_labels").GetInt32();
        var y = MetricAssert.IntMatrix(m.GetProperty("y_true"), labels);
        var s = MetricAssert.Matrix(m.GetProperty("y_score"), labels);
        var expected = m.GetProperty("per_label_best_f1_threshold_and_f1").EnumerateArray()
            .Select(e => (Threshold: e[0].GetDouble(), F1: e[1].GetDouble())).ToArray();

        var choices = MultilabelMetrics.BestF1Thresholds(y, s);
        Assert.Equal(labels, choices.Length);
        for (int l = 0; l < labels; l++)
        {
            // The threshold is one of the scores, so it must be bit-identical, not just close.
            Assert.Equal(expected[l].Threshold, choices[l].Threshold);
            MetricAssert.Close(expected[l].F1, choices[l].F1, $"label {l} best F1");
        }
        // Applying the chosen thresholds to the same data reproduces the F1 the choice promised.
        var thresholds = choices.Select(c => c.Threshold).ToArray();
        MetricAssert.Close(expected.Select(e => e.F1).ToArray(), MultilabelMetrics.PerLabelF1(y, s, thresholds), "per-label F1");
        MetricAssert.Close(expected.Average(e => e.F1), MultilabelMetrics.MacroF1(y, s, thresholds), "macro F1");
        MetricAssert.Close(m.GetProperty("macro_auroc").GetDouble(), MultilabelMetrics.MacroRocAuc(y, s), "macro_auroc");

        var set = TaskMetrics.Multilabel(y, s, thresholds, ["a", "b", "c", "d", "e"]);
        MetricAssert.Close(m.GetProperty("macro_auroc").GetDouble(), set[MetricNames.Auroc], "set auroc");
        Assert.Equal(thresholds[2], set[MetricNames.LabelThreshold("c")]);
        MetricAssert.Close(expected[2].F1, set[MetricNames.LabelF1("c")], "set f1[c]");
    }
}
