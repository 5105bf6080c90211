namespace SleepFM.Synthetic.Physiology;

/// <summary>
/// A pathology layered on a <see cref="BrainState"/>: the extension point for the wake tasks.
/// <see cref="EegSynthesizer"/> renders each concrete kind (<see cref="FocalSlowing"/>,
/// <see cref="HemisphericAsymmetry"/>); a new kind is a new record plus its case in the synthesizer.
/// Records compare by value, so the same modifier on consecutive epochs is one continuous generator.
/// </summary>
public abstract record EegModifier;
