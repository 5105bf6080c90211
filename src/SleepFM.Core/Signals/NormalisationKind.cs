using System.Text.Json.Serialization;

namespace SleepFM.Signals;

/// <summary>The last step of a <see cref="PreprocessingChain"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NormalisationKind>))]
public enum NormalisationKind
{
    /// <summary>Leave amplitudes in physical units.</summary>
    None,

    /// <summary>Per-channel z-score over the whole recording (pretraining); see <see cref="Normalisation.ZScoreInPlace"/>.</summary>
    ZScore,

    /// <summary>Clip to ±limit then divide by scale (EEG fine-tuning: ±50 µV, /10 µV); see <see cref="Normalisation.ClipAndScaleInPlace"/>.</summary>
    ClipAndScale,
}
