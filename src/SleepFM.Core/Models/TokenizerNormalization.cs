namespace SleepFM.Models;

/// <summary>How the LayerNorm inside each tokenizer block normalises a <c>[N, channels, length]</c> feature map.</summary>
public enum TokenizerNormalization
{
    /// <summary>
    /// Normalise each time position over the feature channels (the map is transposed to
    /// <c>[N, length, channels]</c>, normalised over the last axis, and transposed back); the affine
    /// parameters have shape <c>[channels]</c>. Independent of the token length. The default.
    /// </summary>
    Channels,

    /// <summary>
    /// The SleepFM release's <c>nn.LayerNorm([channels, length])</c>: normalise jointly over channels
    /// and time, with affine parameters of shape <c>[channels, length]</c>, which ties the weights to
    /// one token length.
    /// </summary>
    ChannelsAndTime,
}
