using SleepFM.Models;
using SleepFM.Runtime;
using SleepFM.Tests.Fixtures;
using SleepFM.Training.Losses;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Tests.Models;

/// <summary>The encoder and LOO-CL together: a tiny model overfits one batch, without leaking tensors.</summary>
[Collection("Torch")]
public sealed class EncoderTrainingTests
{
    sealed class Setup : IDisposable
    {
        public required MultiModalEncoder Encoder { get; init; }
        public required LeaveOneOutContrastiveLoss Loss { get; init; }
        public required optim.Optimizer Optimizer { get; init; }
        public required Dictionary<string, ModalityBatch> Batch { get; init; }

        public double Step()
        {
            using var scope = NewDisposeScope();
            Optimizer.zero_grad();
            var (embeddings, presence) = Encoder.EncodeClips(Batch);
            var loss = Loss.forward(embeddings, presence);
            loss.backward();
            Optimizer.step();
            return loss.item<float>();
        }

        public void Dispose()
        {
            Encoder.Dispose();
            Loss.Dispose();
            Optimizer.Dispose();
            foreach (var part in Batch.Values) { part.Signal.Dispose(); part.ChannelMask?.Dispose(); }
        }
    }

    static Setup Create(bool shareEncoder = true)
    {
        TorchRuntime.Seed(11, 1);
        var encoder = new MultiModalEncoder(EncoderConfig.Tiny, ["BAS", "ECG", "RESP"], shareEncoder);
        var loss = new LeaveOneOutContrastiveLoss();
        var optimizer = optim.Adam(encoder.parameters().Concat(loss.parameters()), lr: 1e-2);
        // RESP is missing for clips 6 and 7 (all channels masked): the loss must leave them out of its terms.
        var respMask = ones(8, 2, dtype: ScalarType.Bool);
        respMask[6..8] = tensor(false);
        var batch = new Dictionary<string, ModalityBatch>
        {
            ["BAS"] = new(EncoderTestData.Signal(8, 3, 2, seed: 1), EncoderTestData.AllReal(8, 3)),
            ["ECG"] = new(EncoderTestData.Signal(8, 1, 2, seed: 2)),
            ["RESP"] = new(EncoderTestData.Signal(8, 2, 2, seed: 3), respMask),
        };
        return new Setup { Encoder = encoder, Loss = loss, Optimizer = optimizer, Batch = batch };
    }

    [Fact]
    public void TinyEncoderOverfitsOneBatch()
    {
        using var setup = Create();
        double first = setup.Step();
        double last = first;
        for (int i = 0; i < 49; i++) last = setup.Step();
        Assert.InRange(first, 1.5, 2.5);               // ≈ ln 8 for an untrained encoder
        Assert.True(last < 0.5 * first, $"loss went from {first:F3} to {last:F3} in 50 steps");
    }

    [Fact]
    public void LiveTensorCountStaysFlatOverManySteps()
    {
        using var setup = Create(shareEncoder: false);
        for (int i = 0; i < 3; i++) setup.Step();   // optimiser state is created lazily in the first steps
        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        for (int i = 0; i < 25; i++) setup.Step();
        long after = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        Assert.Equal(before, after);
    }

    [Fact]
    public void PresenceFollowsTheChannelMasks()
    {
        using var setup = Create();
        using var scope = NewDisposeScope();
        using var no = no_grad();
        var (embeddings, presence) = setup.Encoder.EncodeClips(setup.Batch);
        Assert.Equal([3L, 8L, 32L], embeddings.shape);
        Assert.Equal(22L, presence.sum().item<long>());
        Assert.False(presence[2, 7].item<bool>());
        Assert.Equal(0.0, embeddings[2, 7].abs().sum().item<float>());
    }

    [Theory]
    [InlineData(true, "encoder.tokenizer.proj.weight")]
    [InlineData(false, "encoders.ECG.tokenizer.proj.weight")]
    public void SharedOrPerModalityEncodersHaveDistinctStateDicts(bool share, string expectedKey)
    {
        using var setup = Create(share);
        Assert.Contains(expectedKey, setup.Encoder.state_dict().Keys);
        Assert.Equal(share, ReferenceEquals(setup.Encoder.EncoderFor("BAS"), setup.Encoder.EncoderFor("ECG")));
        using var temp = new TempDirectory();
        setup.Encoder.SaveWeights(temp.File("mm.pt"), WeightFormat.PyTorch);
        using var other = new MultiModalEncoder(EncoderConfig.Tiny with { UseChannelPositions = true }, ["BAS", "ECG", "RESP"], share);
        Assert.All(other.LoadWeights(temp.File("mm.pt"), WeightFormat.PyTorch), key => Assert.Contains(".channel_pe.", key));
    }
}
