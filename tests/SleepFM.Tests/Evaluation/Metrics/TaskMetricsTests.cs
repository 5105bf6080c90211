using SleepFM.Evaluation.Metrics;

namespace SleepFM.Tests.Evaluation.Metrics;

/// <summary>Report sets: fixed key order per task, NaN plus warning instead of exceptions for undefined metrics.</summary>
public sealed class TaskMetricsTests
{
    [Fact]
    public void Binary_set_has_the_paper_metrics_in_order()
    {
        var set = TaskMetrics.Binary([0, 0, 1, 1], [0.2, 0.6, 0.7, 0.4]);
        Assert.Equal(MetricTask.Binary, set.Task);
        Assert.Equal(
            [MetricNames.Accuracy, MetricNames.BalancedAccuracy, MetricNames.Sensitivity, MetricNames.Specificity,
             MetricNames.F1, MetricNames.CohenKappa, MetricNames.Auroc, MetricNames.Auprc],
            set.Values.Keys.ToArray());
        Assert.Equal(0.5, set[MetricNames.Accuracy]);
        Assert.Equal(0.75, set[MetricNames.Auroc]);
        var missing = Assert.Throws<KeyNotFoundException>(() => set["macro_f1"]);
        Assert.Contains("balanced_accuracy", missing.Message);
    }

    [Fact]
    public void Single_class_test_set_reports_nan_auroc_with_warning()
    {
        var set = TaskMetrics.Binary([0, 0, 0], [0.2, 0.6, 0.1]);
        Assert.True(double.IsNaN(set[MetricNames.Auroc]));
        Assert.Equal(0, set[MetricNames.Sensitivity]);
        Assert.Contains(set.Warnings, w => w.Metric == "roc_auc");
        Assert.Contains(set.Warnings, w => w.Metric == "sensitivity");
    }

    [Fact]
    public void Multiclass_predictions_are_first_argmax()
    {
        var p = new double[,] { { 0.4, 0.4, 0.2 }, { 0.1, 0.3, 0.6 }, { 0.2, 0.5, 0.3 } };
        Assert.Equal([0, 2, 1], TaskMetrics.PredictedClasses(p));
        var set = TaskMetrics.Multiclass([0, 2, 1], p);
        Assert.Equal(1.0, set[MetricNames.BalancedAccuracy]);
        Assert.Equal(1.0, set[MetricNames.Auroc]);
    }

    [Fact]
    public void Multilabel_set_lists_per_label_f1_and_threshold()
    {
        var y = new[,] { { 1, 0 }, { 0, 1 }, { 1, 1 }, { 0, 0 } };
        var s = new[,] { { 0.9, 0.2 }, { 0.3, 0.7 }, { 0.6, 0.4 }, { 0.1, 0.5 } };
        var set = TaskMetrics.Multilabel(y, s, [0.5, 0.6], ["RBBB", "AF"]);
        Assert.Equal(["macro_f1", "auroc", "f1[RBBB]", "threshold[RBBB]", "f1[AF]", "threshold[AF]"], set.Values.Keys.ToArray());
        // RBBB: predictions 1,0,1,0 = truth → F1 1. AF: predictions 0,1,0,0 vs 0,1,1,0 → P 1, R ½, F1 2/3.
        Assert.Equal(1.0, set["f1[RBBB]"]);
        Assert.Equal(2.0 / 3, set["f1[AF]"], 15);
        Assert.Equal((1 + 2.0 / 3) / 2, set[MetricNames.MacroF1], 15);
        Assert.Throws<ArgumentException>(() => TaskMetrics.Multilabel(y, s, [0.5], null));
        Assert.Throws<ArgumentException>(() => TaskMetrics.Multilabel(y, s, [0.5, 0.5], ["only one"]));
    }

    [Fact]
    public void Duplicate_metric_names_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new MetricSet(MetricTask.Binary, [new("a", 1), new("a", 2)], []));
    }
}
