using SleepFM.Models;

namespace SleepFM.Tests.Models;

/// <summary>Presets, validation messages and the JSON round trip of <see cref="EncoderConfig"/>.</summary>
public sealed class EncoderConfigTests
{
    [Fact]
    public void PaperPresetHasThePapersSizes()
    {
        var paper = EncoderConfig.Paper;
        Assert.Equal(128, paper.EmbeddingDim);
        Assert.Equal(128, paper.TokenSamples);
        Assert.Equal([4, 8, 16, 32, 64, 128], paper.TokenizerChannels);
        Assert.Equal(5, paper.TokenizerKernelSize);
        Assert.Equal((8, 8, 3, 2048, 0.3), (paper.SpatialHeads, paper.TemporalHeads, paper.TemporalLayers, paper.TemporalFeedForwardDim, paper.Dropout));
        Assert.Equal([64, 32, 16, 8, 4, 2], paper.TokenizerLengths());
        Assert.Equal(4, EncoderConfig.PaperEcg.SpatialHeads);
        Assert.Equal(4, EncoderConfig.PaperEcg.TemporalHeads);
        Assert.False(paper.UseChannelPositions);
        Assert.Equal(ChannelPositionalEncoding.Mode.AllAxes, paper.ChannelPositionMode);
        Assert.False(paper.AuthorsSpatialMean);
    }

    [Theory]
    [InlineData("paper")]
    [InlineData("paper-ecg")]
    [InlineData("small")]
    [InlineData("TINY")]
    public void PresetsValidateAndRoundTripThroughJson(string name)
    {
        var preset = EncoderConfig.FromPreset(name).Validate();
        var json = preset.ToJson();
        var back = EncoderConfig.FromJson(json);
        Assert.Equal(preset, back);
        Assert.Equal(preset.GetHashCode(), back.GetHashCode());
        // Enums are written by name; small normalises like the authors' release, the others per time position.
        Assert.Contains(name == "small" ? "\"TokenizerNormalization\": \"ChannelsAndTime\"" : "\"TokenizerNormalization\": \"Channels\"", json);
    }

    [Fact]
    public void EqualityComparesTokenizerChannelsByValue()
    {
        var a = EncoderConfig.Tiny with { TokenizerChannels = [4, 8] };
        var b = EncoderConfig.Tiny with { TokenizerChannels = new List<int> { 4, 8 } };
        Assert.Equal(a, b);
        Assert.NotEqual(a, a with { TokenizerChannels = [4, 9] });
    }

    [Theory]
    [InlineData("SpatialHeads", "divide EmbeddingDim (128)", "got 7")]
    [InlineData("Dropout", "[0, 1)", "got 1")]
    [InlineData("TokenizerKernelSize", "odd", "got 4")]
    [InlineData("TemporalLayers", "[0, 64]", "got -1")]
    [InlineData("EmbeddingDim", "even", "got 127")]
    public void ValidateNamesTheFieldTheRangeAndTheBadValue(string field, string range, string got)
    {
        var bad = field switch
        {
            "SpatialHeads" => EncoderConfig.Paper with { SpatialHeads = 7 },
            "Dropout" => EncoderConfig.Paper with { Dropout = 1.0 },
            "TokenizerKernelSize" => EncoderConfig.Paper with { TokenizerKernelSize = 4 },
            "TemporalLayers" => EncoderConfig.Paper with { TemporalLayers = -1 },
            _ => EncoderConfig.Paper with { EmbeddingDim = 127, SpatialHeads = 1, TemporalHeads = 1 },
        };
        var error = Assert.Throws<ArgumentException>(() => bad.Validate());
        Assert.Equal(field, error.ParamName);
        Assert.Contains("EncoderConfig." + field, error.Message);
        Assert.Contains(range, error.Message);
        Assert.Contains(got, error.Message);
    }

    [Fact]
    public void FromJsonRejectsMalformedAndInvalidInput()
    {
        Assert.Throws<ArgumentException>(() => EncoderConfig.FromJson("{ \"EmbeddingDim\": "));
        var invalid = Assert.Throws<ArgumentException>(() => EncoderConfig.FromJson("{ \"TemporalHeads\": 3 }"));
        Assert.Equal("TemporalHeads", invalid.ParamName);
        Assert.Throws<ArgumentException>(() => EncoderConfig.FromJson("{ \"ChannelPositionMode\": \"Sideways\" }"));
        Assert.Throws<ArgumentException>(() => EncoderConfig.FromPreset("huge"));
    }

    [Fact]
    public void TokensForRequiresWholeTokens()
    {
        Assert.Equal(60, EncoderConfig.Paper.TokensFor(60 * 128));
        var error = Assert.Throws<ArgumentException>(() => EncoderConfig.Paper.TokensFor(1000));
        Assert.Contains("multiple of TokenSamples (128)", error.Message);
    }
}
