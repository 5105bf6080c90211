using SleepFM.Runtime;
using TorchSharp;
using SleepFM.Training.Losses;
using static TorchSharp.torch;

namespace SleepFM.Tests.Training.Losses;

/// <summary>Retrieval top-1/top-5 on batches whose answers are known.</summary>
[Collection("Torch")]
public sealed class CrossModalRetrievalTests
{
    [Fact]
    public void AlignedModalitiesRetrievePerfectly()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var clip = randn([10, 8], generator: new Generator(1));
        var embeddings = stack([clip, clip * 2, clip * 0.5], 0);   // same directions in every modality
        var result = CrossModalRetrieval.Evaluate(embeddings);
        Assert.Equal(1.0, result.Top1);
        Assert.Equal(1.0, result.Top5);
        Assert.Equal(30, result.Queries);
    }

    [Fact]
    public void ShuffledModalityFailsTop1ButItsRankIsCountedExactly()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        // Orthogonal one-hot clips; modality 1 swaps clips 0 and 1. Those four queries score 0 against their own
        // target and 1 against the swapped one, and tie at 0 with the other six: ties count against, so they
        // miss top-5 as well (rank 7 of 8).
        var eye8 = eye(8);
        var swapped = eye8.index_select(0, tensor(new long[] { 1, 0, 2, 3, 4, 5, 6, 7 }));
        var result = CrossModalRetrieval.Evaluate(stack([eye8, swapped], 0));
        Assert.Equal(12.0 / 16, result.Top1, 1e-12);
        Assert.Equal(12.0 / 16, result.Top5, 1e-12);
        Assert.Equal([0.75, 0.75], result.Top1PerModality.ToArray());
    }

    [Fact]
    public void AbsentClipsAreNeitherQueriesNorCandidates()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var eye4 = eye(4);
        var wrong = eye4.index_select(0, tensor(new long[] { 1, 0, 2, 3 }));
        var presence = tensor(new[] { true, false, true, true, true, true, true, true }, [2, 4]);
        // Clip 1 lacks modality 0, so clip 1 is out of both terms; clip 0's modality-1 row (pointing at clip 1) can't be matched.
        var result = CrossModalRetrieval.Evaluate(stack([eye4, wrong], 0), presence);
        Assert.Equal(6, result.Queries);
        Assert.Equal(4.0 / 6, result.Top1, 1e-12);
    }
}
