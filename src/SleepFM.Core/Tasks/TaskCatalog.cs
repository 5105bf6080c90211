namespace SleepFM.Tasks;

/// <summary>The eight downstream tasks of the paper, in the order its figures use (SPEC.md §4).</summary>
public static class TaskCatalog
{
    /// <summary>TUAB: normal vs abnormal clinical EEG, scored by balanced accuracy.</summary>
    public static readonly DownstreamTask Tuab = new("tuab", "TUAB", SignalFamily.Eeg, TaskKind.Binary,
        ["normal", "abnormal"], "balanced_accuracy", "EDF in train|eval/normal|abnormal/ folders");

    /// <summary>TUEV: six EEG event classes, scored by balanced accuracy.</summary>
    public static readonly DownstreamTask Tuev = new("tuev", "TUEV", SignalFamily.Eeg, TaskKind.Multiclass,
        ["spsw", "gped", "pled", "eyem", "artf", "bckg"], "balanced_accuracy", "EDF + per-file .rec event lists");

    /// <summary>TUSL: normal, complex background, seizure, slowing; scored by AUROC.</summary>
    public static readonly DownstreamTask Tusl = new("tusl", "TUSL", SignalFamily.Eeg, TaskKind.Multiclass,
        ["normal", "complex_background", "seizure", "slowing"], "auroc", "EDF + .tse/.lbl term annotations");

    /// <summary>CHB-MIT: seizure vs non-seizure paediatric EEG windows, scored by balanced accuracy.</summary>
    public static readonly DownstreamTask ChbMit = new("chbmit", "CHB-MIT", SignalFamily.Eeg, TaskKind.Binary,
        ["non_seizure", "seizure"], "balanced_accuracy", "EDF + chbNN-summary.txt seizure times");

    /// <summary>BrainCapture: normal vs abnormal portable 19-channel EEG, scored by F1.</summary>
    public static readonly DownstreamTask BrainCapture = new("braincapture", "BrainCapture", SignalFamily.Eeg, TaskKind.Binary,
        ["normal", "abnormal"], "f1", "folder of EDF + labels CSV");

    /// <summary>PTB-XL: multilabel RBBB, LBBB, SB, AF; scored by macro F1.</summary>
    public static readonly DownstreamTask PtbXl = new("ptbxl", "PTB-XL", SignalFamily.Ecg, TaskKind.Multilabel,
        ["RBBB", "LBBB", "SB", "AF"], "macro_f1", "WFDB records100|500 + ptbxl_database.csv SCP codes");

    /// <summary>Georgia 12-lead ECG challenge set: 1dAVb, RBBB, LBBB, AF; scored by macro F1.</summary>
    public static readonly DownstreamTask G12ec = new("g12ec", "G12EC", SignalFamily.Ecg, TaskKind.Multilabel,
        ["1dAVb", "RBBB", "LBBB", "AF"], "macro_f1", "WFDB .mat + .hea with SNOMED codes in #Dx");

    /// <summary>CPSC 2018: 1dAVb, RBBB, LBBB, AF; scored by macro F1.</summary>
    public static readonly DownstreamTask Cpsc = new("cpsc", "CPSC", SignalFamily.Ecg, TaskKind.Multilabel,
        ["1dAVb", "RBBB", "LBBB", "AF"], "macro_f1", "WFDB .mat + .hea with SNOMED codes in #Dx");

    /// <summary>All eight, EEG first, in the paper's order.</summary>
    public static IReadOnlyList<DownstreamTask> All { get; } = [Tuev, Tuab, Tusl, BrainCapture, ChbMit, PtbXl, G12ec, Cpsc];

    /// <summary>Finds a task by id (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Unknown id; the message lists the valid ones.</exception>
    public static DownstreamTask Get(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown task '{id}'. Valid tasks: {string.Join(", ", All.Select(t => t.Id))}.", nameof(id));
}
