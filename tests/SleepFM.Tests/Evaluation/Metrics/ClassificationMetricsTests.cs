using SleepFM.Evaluation.Metrics;

namespace SleepFM.Tests.Evaluation.Metrics;

/// <summary>Hand-computed cases, warnings and argument errors for hard-label metrics.</summary>
public sealed class ClassificationMetricsTests
{
    [Fact]
    public void Balanced_accuracy_is_mean_recall_not_accuracy_on_imbalanced_binary()
    {
        // 8 negatives all right, 2 positives, 1 right: accuracy 0.9 but balanced accuracy (1 + 0.5)/2 = 0.75.
        int[] t = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1];
        int[] p = [0, 0, 0, 0, 0, 0, 0, 0, 1, 0];
        Assert.Equal(0.9, ClassificationMetrics.Accuracy(t, p), 15);
        Assert.Equal(0.75, ClassificationMetrics.BalancedAccuracy(t, p), 15);
        Assert.Equal(0.5, ClassificationMetrics.Sensitivity(t, p), 15);
        Assert.Equal(1.0, ClassificationMetrics.Specificity(t, p), 15);
    }

    [Fact]
    public void Balanced_accuracy_ignores_classes_only_predicted_and_warns()
    {
        var warnings = new List<MetricWarning>();
        Assert.Equal(0.75, ClassificationMetrics.BalancedAccuracy([0, 0, 1], [0, 2, 1], warnings), 15);
        Assert.Contains(warnings, w => w.Metric == "balanced_accuracy");
    }

    [Fact]
    public void F1_zero_division_returns_zero_with_warning()
    {
        var warnings = new List<MetricWarning>();
        Assert.Equal(0, ClassificationMetrics.F1([0, 0, 0], [0, 0, 0], Averaging.Binary, warnings));
        Assert.NotEmpty(warnings);

        var prf = ClassificationMetrics.PrecisionRecallF1([1, 1, 0], [0, 0, 0], Averaging.Binary);
        Assert.Equal((0.0, 0.0, 0.0), (prf.Precision, prf.Recall, prf.F1));
        Assert.Contains(prf.Warnings, w => w.Metric.StartsWith("precision"));
        Assert.DoesNotContain(prf.Warnings, w => w.Metric.StartsWith("recall"));
    }

    [Fact]
    public void Macro_and_weighted_f1_by_hand()
    {
        // Class 0: P=2/3 R=1 F=0.8 (support 2); class 1: P=1 R=1/2 F=2/3 (support 2); class 2: P=R=F=1 (support 1).
        int[] t = [0, 0, 1, 1, 2];
        int[] p = [0, 0, 0, 1, 2];
        Assert.Equal((0.8 + 2.0 / 3 + 1) / 3, ClassificationMetrics.F1(t, p, Averaging.Macro), 14);
        Assert.Equal((2 * 0.8 + 2 * 2.0 / 3 + 1) / 5, ClassificationMetrics.F1(t, p, Averaging.Weighted), 14);
    }

    [Fact]
    public void Kappa_by_hand_and_nan_when_both_constant()
    {
        // Confusion [[2, 1], [0, 1]]: po = 3/4, pe = (3·2 + 1·2)/16 = 1/2, κ = (3/4 − 1/2)/(1/2) = 1/2.
        Assert.Equal(0.5, ClassificationMetrics.CohenKappa([0, 0, 0, 1], [0, 0, 1, 1]), 14);
        var warnings = new List<MetricWarning>();
        Assert.True(double.IsNaN(ClassificationMetrics.CohenKappa([2, 2], [2, 2], warnings)));
        Assert.Single(warnings);
    }

    [Fact]
    public void Sparse_labels_behave_like_dense_ones()
    {
        // Negative and huge label ids take the dictionary path; relabelled they must give identical results.
        int[] t = [-5, -5, int.MaxValue, 7, 7, 7];
        int[] p = [-5, 7, int.MaxValue, 7, -5, 7];
        int[] td = [0, 0, 2, 1, 1, 1];
        int[] pd = [0, 1, 2, 1, 0, 1];
        Assert.Equal(ClassificationMetrics.BalancedAccuracy(td, pd), ClassificationMetrics.BalancedAccuracy(t, p));
        Assert.Equal(ClassificationMetrics.CohenKappa(td, pd), ClassificationMetrics.CohenKappa(t, p));
        Assert.Equal(ClassificationMetrics.F1(td, pd, Averaging.Macro), ClassificationMetrics.F1(t, p, Averaging.Macro));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => ClassificationMetrics.Accuracy([0, 1], [0]));
        Assert.Equal("y_pred", e.ParamName);
        Assert.Throws<ArgumentException>(() => ClassificationMetrics.Accuracy([], []));
        var binary = Assert.Throws<ArgumentException>(() => ClassificationMetrics.F1([0, 2], [0, 1], Averaging.Binary));
        Assert.Contains("y_true[1] = 2", binary.Message);
        Assert.Throws<ArgumentException>(() => ClassificationMetrics.Sensitivity([0, 1], [0, -1]));
    }

    [Fact]
    public void Confusion_matrix_rows_are_truth_and_columns_predictions()
    {
        var cm = ConfusionMatrix.Compute([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 0, 2], classCount: 4);
        Assert.Equal(new long[,] { { 1, 1, 0, 0 }, { 0, 1, 0, 0 }, { 1, 0, 2, 0 }, { 0, 0, 0, 0 } }, cm.ToArray());
        Assert.Equal(6, cm.SampleCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => cm[4, 0]);
        Assert.Throws<ArgumentException>(() => ConfusionMatrix.Compute([0, 5], [0, 1], classCount: 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfusionMatrix.Compute([0], [0], classCount: 100_000));
    }
}
