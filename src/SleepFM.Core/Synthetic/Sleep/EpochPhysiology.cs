using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>The parameters of every physiological generator for one epoch.</summary>
/// <param name="Brain">EEG/EOG/EMG state.</param>
/// <param name="Cardiac">Heart-rhythm state.</param>
/// <param name="Breathing">Breathing state.</param>
public sealed record EpochPhysiology(BrainState Brain, CardiacState Cardiac, BreathingState Breathing);
