using SleepFM.Pipeline;

namespace SleepFM.Tests.Pipeline;

/// <summary>Batches that stay within one group (montage): whole batches per group, leftovers last, nothing lost.</summary>
public sealed class WindowOrderTests
{
    static readonly string[] Groups = [.. Enumerable.Repeat("A", 10), .. Enumerable.Repeat("B", 7)];

    [Fact]
    public void EveryWholeBatchHoldsOneGroupAndNoWindowIsLost()
    {
        var order = WindowOrder.BuildGrouped(Groups, batchSize: 4, seed: 42, epoch: 0);
        Assert.Equal(Enumerable.Range(0, 17), order.Order());
        // A gives two whole batches and B one (12 windows); the 2 + 3 left over come last.
        for (int b = 0; b < 3; b++)
            Assert.Single(order.Skip(4 * b).Take(4).Select(i => Groups[i]).Distinct());
        Assert.Equal(["A", "A", "B", "B", "B"], order.Skip(12).Select(i => Groups[i]).Order());
    }

    [Fact]
    public void TheOrderIsSeededAndChangesFromEpochToEpoch()
    {
        var first = WindowOrder.BuildGrouped(Groups, 4, seed: 7, epoch: 1);
        Assert.Equal(first, WindowOrder.BuildGrouped(Groups, 4, seed: 7, epoch: 1));
        Assert.NotEqual(first, WindowOrder.BuildGrouped(Groups, 4, seed: 7, epoch: 2));
        Assert.NotEqual(first, WindowOrder.BuildGrouped(Groups, 4, seed: 8, epoch: 1));
    }

    [Fact]
    public void BatchesOfBothGroupsAreInterleavedAcrossTheEpoch()
    {
        // 40 windows per group in batches of 4: twenty single-group batches whose order is shuffled, not A then B.
        string[] groups = [.. Enumerable.Repeat("A", 40), .. Enumerable.Repeat("B", 40)];
        var order = WindowOrder.BuildGrouped(groups, 4, seed: 42, epoch: 0);
        var batchGroups = Enumerable.Range(0, 20).Select(b => groups[order[4 * b]]).ToList();
        Assert.Contains("B", batchGroups.Take(10));
        Assert.Contains("A", batchGroups.Skip(10));
    }
}
