using SleepFM.Datasets.Recipes;
using SleepFM.Tasks;
using SleepFM.Training.Transfer;

namespace SleepFM.Tests.Training.Transfer;

public class SharedLabelsTests
{
    [Fact]
    public void Each_ecg_task_maps_onto_the_code15_outputs_by_label_name()
    {
        // CODE-15%: 1dAVb, RBBB, LBBB, SB, ST, AF (exams.csv order).
        Assert.Equal(["1dAVb", "RBBB", "LBBB", "SB", "ST", "AF"], Code15Recipe.Task.Classes);
        Assert.Equal([1, 2, 3, 5], SharedLabels.Columns(Code15Recipe.Task, TaskCatalog.PtbXl));   // RBBB, LBBB, SB, AF
        Assert.Equal([0, 1, 2, 5], SharedLabels.Columns(Code15Recipe.Task, TaskCatalog.G12ec));   // 1dAVb, RBBB, LBBB, AF
        Assert.Equal([0, 1, 2, 5], SharedLabels.Columns(Code15Recipe.Task, TaskCatalog.Cpsc));
    }

    [Fact]
    public void A_class_without_counterpart_is_named_in_the_error()
    {
        var error = Assert.Throws<ArgumentException>(() => SharedLabels.Columns(TaskCatalog.PtbXl, TaskCatalog.G12ec));

        Assert.Contains("1dAVb", error.Message);
    }
}
