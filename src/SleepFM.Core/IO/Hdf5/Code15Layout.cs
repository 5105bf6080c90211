namespace SleepFM.IO.Hdf5;

/// <summary>
/// The CODE-15% tracing file layout (Ribeiro et al., Zenodo 4916206): dataset <c>tracings</c> float32
/// [N, 4096, 12] in mV at 400 Hz (10 s of signal zero-padded to 4096 samples), leads in the order
/// DI, DII, DIII, AVR, AVL, AVF, V1…V6, and dataset <c>exam_id</c> int64 [N].
/// </summary>
public static class Code15Layout
{
    /// <summary>Name of the tracing dataset.</summary>
    public const string TracingsDataset = "tracings";

    /// <summary>Name of the exam id dataset.</summary>
    public const string ExamIdDataset = "exam_id";

    /// <summary>Sampling rate of the tracings, Hz.</summary>
    public const double SampleRateHz = 400;

    /// <summary>Samples per tracing in the published files.</summary>
    public const int SamplesPerTracing = 4096;

    /// <summary>Leads per tracing.</summary>
    public const int LeadCount = 12;

    /// <summary>Lead names in storage order.</summary>
    public static IReadOnlyList<string> LeadNames { get; } =
        ["DI", "DII", "DIII", "AVR", "AVL", "AVF", "V1", "V2", "V3", "V4", "V5", "V6"];
}
