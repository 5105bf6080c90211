namespace SleepFM.Synthetic.Physiology;

/// <summary>Output of <see cref="EegSynthesizer.Generate"/>.</summary>
/// <param name="Signals">One array per requested derivation, in request order: [C][T] float32, µV.</param>
/// <param name="SampleRateHz">Sample rate of every signal, Hz.</param>
/// <param name="Transients">Every transient event placed, sorted by onset (the ground truth).</param>
public sealed record EegSynthesisResult(float[][] Signals, double SampleRateHz, IReadOnlyList<EegTransient> Transients);
