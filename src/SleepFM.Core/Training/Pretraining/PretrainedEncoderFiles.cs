using SleepFM.Models;
using SleepFM.Tasks;

namespace SleepFM.Training.Pretraining;

/// <summary>
/// Where a pretraining run folder keeps its encoders. <c>encoder.bin</c>/<c>.pt</c>/<c>.json</c> at the top is the
/// shared encoder (or, with per-modality encoders, the first modality's). With per-modality encoders each one is
/// also written to <c>modalities/&lt;MODALITY&gt;/</c> with the same three files, so every consumer that takes an
/// encoder folder or an <c>encoder.bin</c> with its <c>encoder.json</c> beside it can use any of them.
/// </summary>
public static class PretrainedEncoderFiles
{
    /// <summary>The weights file name in every encoder folder.</summary>
    public const string Weights = "encoder.bin";

    /// <summary>The same weights in PyTorch's format, for users who continue in Python.</summary>
    public const string PyTorchWeights = "encoder.pt";

    /// <summary>The configuration file name (<see cref="EncoderConfig.ToJson"/>) beside the weights.</summary>
    public const string Config = "encoder.json";

    /// <summary>The configuration of the encoder in <paramref name="directory"/>.</summary>
    public static EncoderConfig ReadConfig(string directory) => EncoderConfig.FromJson(File.ReadAllText(Path.Combine(directory, Config)));

    /// <summary>The folder of one modality's own encoder inside a run folder (it may not exist).</summary>
    public static string ModalityDirectory(string runDirectory, string modality) => Path.Combine(runDirectory, "modalities", modality);

    /// <summary>
    /// The folder holding the encoder to use for <paramref name="modality"/>: its own when the run trained one
    /// per modality, else the run folder (the shared encoder).
    /// </summary>
    public static string DirectoryFor(string runDirectory, string modality)
    {
        ArgumentNullException.ThrowIfNull(runDirectory);
        ArgumentNullException.ThrowIfNull(modality);
        var own = ModalityDirectory(runDirectory, modality);
        return File.Exists(Path.Combine(own, Weights)) ? own : runDirectory;
    }

    /// <summary>The pretraining modality a downstream family starts from: BAS for EEG, ECG for ECG.</summary>
    public static string ModalityFor(SignalFamily family) => family == SignalFamily.Ecg ? "ECG" : "BAS";

    /// <summary>
    /// The weights a task of <paramref name="family"/> should load when given <paramref name="weightsFile"/>: the
    /// matching modality's own encoder when the file is the top-level <c>encoder.bin</c> of a run that trained one
    /// per modality (that file is the first modality's), else the file itself. A pretraining run folder stands for its
    /// top-level <c>encoder.bin</c>.
    /// </summary>
    public static string ResolveWeights(string weightsFile, SignalFamily family)
    {
        ArgumentNullException.ThrowIfNull(weightsFile);
        var full = Path.GetFullPath(weightsFile);
        if (Directory.Exists(full)) weightsFile = full = Path.Combine(full, Weights);
        if (!Path.GetFileName(full).Equals(Weights, StringComparison.Ordinal)) return weightsFile;
        var runDirectory = Path.GetDirectoryName(full)!;
        var chosen = DirectoryFor(runDirectory, ModalityFor(family));
        return chosen == runDirectory ? weightsFile : Path.Combine(chosen, Weights);
    }
}
