namespace SleepFM.Models;

/// <summary>
/// Analytic floating-point operation counts of <see cref="ChannelAgnosticEncoder"/> (a multiply-add counts
/// as 2), for judging achieved GFLOP/s. Counts convolutions, linear layers and attention products; norms,
/// activations and softmaxes are ignored (a few percent). Training costs about 3× the forward pass.
/// </summary>
public static class EncoderFlops
{
    /// <summary>Forward FLOPs for one clip of one modality.</summary>
    /// <param name="config">Encoder sizes.</param>
    /// <param name="channels">Real channels C ≥ 1 (padded ones are never tokenised; they do enter spatial attention, ignored here).</param>
    /// <param name="tokens">Tokens S ≥ 1.</param>
    public static double ForwardPerClip(EncoderConfig config, int channels, int tokens)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(tokens, 1);
        double d = config.EmbeddingDim;
        double tokenizer = 0;
        int inChannels = 1;
        var lengths = config.TokenizerLengths();
        for (int i = 0; i < lengths.Count; i++)
        {
            tokenizer += 2.0 * config.TokenizerKernelSize * inChannels * config.TokenizerChannels[i] * lengths[i];
            inChannels = config.TokenizerChannels[i];
        }
        tokenizer += 2.0 * inChannels * d;
        double pe = config.UseChannelPositions ? 2.0 * ChannelPositionalEncoding.FeatureCount * d : 0;
        double spatial = Layer(d, config.SpatialFeedForwardDim, channels);
        double temporal = config.TemporalLayers * Layer(d, config.TemporalFeedForwardDim, tokens);
        double pooling = 2.0 * d;
        return channels * tokens * (tokenizer + spatial) + channels * pe + tokens * (temporal + pooling);
    }

    /// <summary>Per-element FLOPs of one transformer layer over sequences of <paramref name="length"/>.</summary>
    static double Layer(double d, double feedForward, double length) =>
        2 * d * 3 * d + 2 * d * d        // packed q/k/v projection and output projection
        + 2 * 2 * length * d             // q·kᵀ scores and the weighted sum of values
        + 2 * 2 * d * feedForward;       // the two feed-forward linears
}
