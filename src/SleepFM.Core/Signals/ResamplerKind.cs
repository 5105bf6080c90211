using System.Text.Json.Serialization;

namespace SleepFM.Signals;

/// <summary>How a <see cref="PreprocessingChain"/> changes the sampling rate.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ResamplerKind>))]
public enum ResamplerKind
{
    /// <summary>Polyphase FIR, <c>scipy.signal.resample_poly</c> (<see cref="PolyphaseResampler"/>); needs a rational rate ratio.</summary>
    Polyphase,

    /// <summary>Linear interpolation as SleepFM's release does (<see cref="LinearResampler"/>); any rates.</summary>
    Linear,
}
