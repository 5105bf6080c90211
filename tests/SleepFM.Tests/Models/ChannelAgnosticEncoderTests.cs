using SleepFM.Models;
using SleepFM.Runtime;
using SleepFM.Tests.Fixtures;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Tests.Models;

/// <summary>Shapes, masking, padding invariance, weights round trips and determinism of the encoder (Tiny preset).</summary>
[Collection("Torch")]
public sealed class ChannelAgnosticEncoderTests
{
    static ChannelAgnosticEncoder Tiny(long seed = 1, EncoderConfig? config = null)
    {
        TorchRuntime.Seed(seed, 1);
        var encoder = new ChannelAgnosticEncoder(config ?? EncoderConfig.Tiny);
        encoder.eval();
        return encoder;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void ShapesForOneAndManyChannels(int channels)
    {
        using var scope = NewDisposeScope();
        using var encoder = Tiny();
        using var output = encoder.forward(EncoderTestData.Signal(3, channels, 4));
        Assert.Equal([3L, 4L, 32L], output.Tokens.shape);
        Assert.Equal([3L, 32L], output.Clip.shape);
        Assert.False(output.Tokens.isnan().any().item<bool>());
    }

    [Fact]
    public void PaddedChannelsWithGarbageDoNotChangeTheOutput()
    {
        using var scope = NewDisposeScope();
        using var encoder = Tiny();
        using var no = no_grad();
        var signal = EncoderTestData.Signal(2, 3, 4);
        using var reference = encoder.forward(signal, EncoderTestData.AllReal(2, 3));

        // Two extra channels holding huge values and NaN, interleaved with the real ones, masked out.
        var garbage = EncoderTestData.Signal(2, 2, 4, seed: 9) * 1e6;
        garbage[0, 1, 5] = tensor(float.NaN);
        var padded = cat([signal[.., 0..1], garbage[.., 0..1], signal[.., 1..3], garbage[.., 1..2]], 1);
        var mask = tensor(new[] { true, false, true, true, false, true, false, true, true, false }, [2, 5]);
        using var paddedOutput = encoder.forward(padded, mask);
        Assert.True(EncoderTestData.MaxAbsDifference(reference.Tokens, paddedOutput.Tokens) < 1e-6);
        Assert.True(EncoderTestData.MaxAbsDifference(reference.Clip, paddedOutput.Clip) < 1e-6);
    }

    [Fact]
    public void MaskedChannelsMatchAnEncoderThatNeverSawThem()
    {
        using var scope = NewDisposeScope();
        using var encoder = Tiny();
        using var no = no_grad();
        var signal = EncoderTestData.Signal(2, 4, 3);
        var mask = tensor(new[] { true, true, false, false, true, true, true, true }, [2, 4]);
        using var masked = encoder.forward(signal, mask);
        using var firstOnly = encoder.forward(signal[0..1, 0..2]);
        Assert.True(EncoderTestData.MaxAbsDifference(masked.Clip[0], firstOnly.Clip[0]) < 1e-6);
        using var secondOnly = encoder.forward(signal[1..2]);
        Assert.True(EncoderTestData.MaxAbsDifference(masked.Clip[1], secondOnly.Clip[0]) < 1e-6);
    }

    [Fact]
    public void AuthorsMeanDoesDependOnPadding()
    {
        using var scope = NewDisposeScope();
        using var encoder = Tiny(config: EncoderConfig.Tiny with { AuthorsSpatialMean = true });
        using var no = no_grad();
        var signal = EncoderTestData.Signal(1, 3, 4);
        using var plain = encoder.forward(signal);
        var padded = cat([signal, zeros(1, 2, signal.shape[2])], 1);
        using var withPadding = encoder.forward(padded, tensor(new[] { true, true, true, false, false }, [1, 5]));
        Assert.True(EncoderTestData.MaxAbsDifference(plain.Clip, withPadding.Clip) > 1e-3);
    }

    [Fact]
    public void AClipWithNoRealChannelGivesFiniteOutputAndLeavesOthersAlone()
    {
        using var scope = NewDisposeScope();
        using var encoder = Tiny();
        using var no = no_grad();
        var signal = EncoderTestData.Signal(2, 3, 2);
        using var alone = encoder.forward(signal[0..1]);
        using var output = encoder.forward(signal, tensor(new[] { true, true, true, false, false, false }, [2, 3]));
        Assert.False(output.Clip.isnan().any().item<bool>());
        Assert.True(EncoderTestData.MaxAbsDifference(alone.Clip[0], output.Clip[0]) < 1e-6);
    }

    [Fact]
    public void RejectsInputsOfTheWrongShape()
    {
        using var scope = NewDisposeScope();
        using var encoder = Tiny();
        Assert.Contains("multiple of TokenSamples", Assert.Throws<ArgumentException>(() => encoder.forward(zeros(1, 2, 200))).Message);
        Assert.Throws<ArgumentException>(() => encoder.forward(zeros(2, 128)));
        Assert.Throws<ArgumentException>(() => encoder.forward(zeros(1, 2, 128), ones(1, 3, dtype: ScalarType.Bool)));
        Assert.Throws<ArgumentException>(() => encoder.forward(zeros(1, 2, 128), ones(1, 2)));
        Assert.Throws<ArgumentException>(() => encoder.forward(zeros(1, 2, 128), null, zeros(1, 2, 2)));
    }

    [Theory]
    [InlineData(WeightFormat.TorchSharp)]
    [InlineData(WeightFormat.PyTorch)]
    public void SaveLoadRoundTripIsBitIdentical(WeightFormat format)
    {
        using var temp = new TempDirectory();
        using var scope = NewDisposeScope();
        using var trained = Tiny(seed: 1);
        using var fresh = Tiny(seed: 2);
        var signal = EncoderTestData.Signal(2, 3, 4);
        // Make the BatchNorm running statistics non-trivial so buffers are part of what must survive.
        trained.train();
        using (no_grad()) trained.forward(signal).Dispose();
        trained.eval();
        var path = temp.File("encoder." + format);
        trained.SaveWeights(path, format);
        Assert.Empty(fresh.LoadWeights(path, format));
        using var no = no_grad();
        using var a = trained.forward(signal);
        using var b = fresh.forward(signal);
        Assert.Equal(0.0, EncoderTestData.MaxAbsDifference(a.Clip, b.Clip));
        Assert.Equal(0.0, EncoderTestData.MaxAbsDifference(a.Tokens, b.Tokens));
    }

    [Theory]
    [InlineData(WeightFormat.TorchSharp)]
    [InlineData(WeightFormat.PyTorch)]
    public void PretrainedWeightsWithoutPositionalEncodingLoadIntoAnEncoderWithIt(WeightFormat format)
    {
        using var temp = new TempDirectory();
        using var scope = NewDisposeScope();
        using var pretrained = Tiny(seed: 1);
        var path = temp.File("pretrained");
        pretrained.SaveWeights(path, format);
        using var fineTune = Tiny(seed: 3, EncoderConfig.Tiny with { UseChannelPositions = true });
        var missing = fineTune.LoadWeights(path, format);
        Assert.Equal(["channel_pe.linear.bias", "channel_pe.linear.weight", "channel_pe.norm.bias", "channel_pe.norm.weight"], missing);

        // Every pretrained tensor arrived; without positions the two encoders agree.
        using var no = no_grad();
        var signal = EncoderTestData.Signal(1, 2, 2);
        using var a = pretrained.forward(signal);
        using var b = fineTune.forward(signal);
        Assert.Equal(0.0, EncoderTestData.MaxAbsDifference(a.Clip, b.Clip));

        // The other way round is a config mismatch, and so is a missing non-PE key.
        var pePath = temp.File("with-pe");
        fineTune.SaveWeights(pePath, format);
        var error = Assert.Throws<InvalidDataException>(() => pretrained.LoadWeights(pePath, format));
        Assert.Contains("channel_pe.", error.Message);
        using var deeper = Tiny(config: EncoderConfig.Tiny with { TemporalLayers = 2 });
        Assert.Contains("transformer_encoder.layers.1", Assert.Throws<InvalidDataException>(() => deeper.LoadWeights(path, format)).Message);
    }

    [Fact]
    public void StateDictUsesPyTorchNames()
    {
        using var encoder = Tiny(config: EncoderConfig.Tiny with { UseChannelPositions = true });
        var keys = encoder.state_dict().Keys.ToHashSet();
        foreach (var name in new[]
                 {
                     "tokenizer.blocks.0.conv.weight", "tokenizer.blocks.3.batch_norm.running_var", "tokenizer.blocks.3.layer_norm.weight",
                     "tokenizer.proj.weight", "channel_pe.linear.weight", "channel_pe.norm.bias",
                     "spatial_pooling.layer.self_attn.in_proj_weight", "spatial_pooling.layer.self_attn.out_proj.bias",
                     "spatial_pooling.layer.linear1.weight", "spatial_pooling.layer.norm2.weight", "layer_norm.weight",
                     "transformer_encoder.layers.0.self_attn.in_proj_bias", "transformer_encoder.layers.0.linear2.bias",
                     "temporal_pooling.score.weight",
                 })
            Assert.Contains(name, keys);
    }

    [Fact]
    public void SameSeedSameOutputsAndAnotherSeedDiffers()
    {
        using var scope = NewDisposeScope();
        using var a = Tiny(seed: 4);
        using var b = Tiny(seed: 4);
        using var c = Tiny(seed: 5);
        using var no = no_grad();
        var signal = EncoderTestData.Signal(2, 2, 3);
        using var oa = a.forward(signal);
        using var ob = b.forward(signal);
        using var oc = c.forward(signal);
        Assert.Equal(0.0, EncoderTestData.MaxAbsDifference(oa.Clip, ob.Clip));
        Assert.True(EncoderTestData.MaxAbsDifference(oa.Clip, oc.Clip) > 1e-4);
    }
}
