using PureHDF;
using PureHDF.Selections;

namespace SleepFM.IO.Hdf5;

/// <summary>
/// Writes a CODE-15% style HDF5 file (<see cref="Code15Layout"/>): <c>exam_id</c> int64 [N] up front,
/// then <c>tracings</c> float32 [N, T, 12] in any number of exam ranges, chunked one exam per chunk so
/// lazy readers touch only the exams they need. Exams never written read back as zeros.
/// Dispose to finish the file.
/// </summary>
public sealed class Code15Hdf5Writer : IDisposable
{
    readonly H5NativeWriter _writer;
    readonly H5Dataset<float[]> _tracings;

    Code15Hdf5Writer(string path, H5NativeWriter writer, H5Dataset<float[]> tracings, int examCount, int samplesPerTracing)
    {
        FilePath = path;
        _writer = writer;
        _tracings = tracings;
        ExamCount = examCount;
        SamplesPerTracing = samplesPerTracing;
    }

    /// <summary>Path of the file being written.</summary>
    public string FilePath { get; }

    /// <summary>Number of exams N.</summary>
    public int ExamCount { get; }

    /// <summary>Samples per tracing T.</summary>
    public int SamplesPerTracing { get; }

    /// <summary>Creates (or overwrites) the file with its exam ids.</summary>
    /// <param name="path">Target path.</param>
    /// <param name="examIds">Exam ids, one per exam (N ≥ 1).</param>
    /// <param name="samplesPerTracing">T, ≥ 1 (4096 in CODE-15%).</param>
    public static Code15Hdf5Writer Create(string path, IReadOnlyList<long> examIds, int samplesPerTracing = Code15Layout.SamplesPerTracing)
    {
        if (examIds.Count == 0) throw new ArgumentException("at least one exam is required", nameof(examIds));
        if (samplesPerTracing < 1) throw new ArgumentOutOfRangeException(nameof(samplesPerTracing), samplesPerTracing, "must be ≥ 1");
        var tracings = new H5Dataset<float[]>(
            fileDims: [(ulong)examIds.Count, (ulong)samplesPerTracing, Code15Layout.LeadCount],
            chunks: [1, (uint)samplesPerTracing, Code15Layout.LeadCount]);
        var file = new H5File
        {
            [Code15Layout.ExamIdDataset] = examIds.ToArray(),
            [Code15Layout.TracingsDataset] = tracings,
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        return new Code15Hdf5Writer(path, file.BeginWrite(path), tracings, examIds.Count, samplesPerTracing);
    }

    /// <summary>
    /// Writes exams [<paramref name="firstExam"/>, <paramref name="firstExam"/> + k) from
    /// <paramref name="tracings"/> laid out <c>[k, T, 12]</c> row-major, mV (k = length / (T × 12)).
    /// </summary>
    public void WriteTracings(int firstExam, float[] tracings)
    {
        int perExam = SamplesPerTracing * Code15Layout.LeadCount;
        if (tracings.Length == 0 || tracings.Length % perExam != 0)
            throw new ArgumentException($"length {tracings.Length} is not a positive multiple of T × 12 = {perExam}", nameof(tracings));
        int count = tracings.Length / perExam;
        if (firstExam < 0 || firstExam > ExamCount - count)
            throw new ArgumentOutOfRangeException(nameof(firstExam), $"exams [{firstExam}, {firstExam + count}) are outside [0, {ExamCount})");
        var selection = new HyperslabSelection(3,
            [(ulong)firstExam, 0, 0],
            [(ulong)count, (ulong)SamplesPerTracing, Code15Layout.LeadCount]);
        _writer.Write(_tracings, tracings, fileSelection: selection);
    }

    /// <summary>Writes a whole file at once: <paramref name="tracings"/> is <c>[N, T, 12]</c> row-major, mV.</summary>
    public static void Write(string path, IReadOnlyList<long> examIds, float[] tracings, int samplesPerTracing = Code15Layout.SamplesPerTracing)
    {
        long expected = (long)examIds.Count * samplesPerTracing * Code15Layout.LeadCount;
        if (tracings.Length != expected)
            throw new ArgumentException($"length {tracings.Length} ≠ N × T × 12 = {expected}", nameof(tracings));
        using var writer = Create(path, examIds, samplesPerTracing);
        writer.WriteTracings(0, tracings);
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
