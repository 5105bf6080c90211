using PureHDF;
using PureHDF.Selections;
using PureHDF.VOL.Native;

namespace SleepFM.IO.Hdf5;

/// <summary>
/// A CODE-15% HDF5 tracing file opened for lazy reading: only the requested exams' hyperslabs of
/// <c>tracings</c> are read. See <see cref="Code15Layout"/> for the layout. Not thread-safe; dispose to
/// close the file.
/// </summary>
public sealed class Code15Hdf5File : IDisposable
{
    readonly NativeFile _file;
    readonly IH5Dataset _tracings;
    readonly IH5Dataset _examIds;

    Code15Hdf5File(string path, NativeFile file, IH5Dataset tracings, IH5Dataset examIds, int examCount, int samplesPerTracing)
    {
        FilePath = path;
        _file = file;
        _tracings = tracings;
        _examIds = examIds;
        ExamCount = examCount;
        SamplesPerTracing = samplesPerTracing;
    }

    /// <summary>Path of the file.</summary>
    public string FilePath { get; }

    /// <summary>Number of exams N, ≥ 0.</summary>
    public int ExamCount { get; }

    /// <summary>Samples per tracing T (4096 in the published files).</summary>
    public int SamplesPerTracing { get; }

    /// <summary>Opens the file and checks both datasets' presence, rank, shape and element type.</summary>
    /// <param name="path">Path of the .hdf5 file.</param>
    /// <exception cref="Hdf5FormatException">Missing file, not HDF5, missing dataset, wrong shape or type.</exception>
    public static Code15Hdf5File Open(string path)
    {
        var file = Hdf5Reading.OpenFile(path);
        try
        {
            var tracings = Hdf5Reading.Dataset(file, path, Code15Layout.TracingsDataset);
            var examIds = Hdf5Reading.Dataset(file, path, Code15Layout.ExamIdDataset);
            var dims = tracings.Space.Dimensions;
            string field = $"dataset '{Code15Layout.TracingsDataset}'";
            if (dims.Length != 3 || dims[2] != Code15Layout.LeadCount || dims[1] == 0 || dims[1] > int.MaxValue / Code15Layout.LeadCount || dims[0] > int.MaxValue)
                throw new Hdf5FormatException(path, field, null,
                    $"has shape [{string.Join(", ", dims)}]; expected [N, T, {Code15Layout.LeadCount}] (T = {Code15Layout.SamplesPerTracing} in CODE-15%)");
            if (tracings.Type.Class != H5DataTypeClass.FloatingPoint || tracings.Type.Size != 4)
                throw new Hdf5FormatException(path, field, null, $"has element type {tracings.Type.Class} of {tracings.Type.Size} bytes; expected float32");
            var idDims = examIds.Space.Dimensions;
            string idField = $"dataset '{Code15Layout.ExamIdDataset}'";
            if (idDims.Length != 1 || idDims[0] != dims[0])
                throw new Hdf5FormatException(path, idField, null, $"has shape [{string.Join(", ", idDims)}]; expected [{dims[0]}] to match '{Code15Layout.TracingsDataset}'");
            if (examIds.Type.Class != H5DataTypeClass.FixedPoint || examIds.Type.Size is not (4 or 8))
                throw new Hdf5FormatException(path, idField, null, $"has element type {examIds.Type.Class} of {examIds.Type.Size} bytes; expected int64");
            return new Code15Hdf5File(path, file, tracings, examIds, (int)dims[0], (int)dims[1]);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>All exam ids, in storage order (length <see cref="ExamCount"/>).</summary>
    public long[] ReadExamIds()
    {
        if (ExamCount == 0) return [];
        return Guard("dataset 'exam_id'", () => _examIds.Type.Size == 8
            ? _examIds.Read<long[]>()
            : Array.ConvertAll(_examIds.Read<int[]>(), v => (long)v));
    }

    /// <summary>
    /// Reads exams [<paramref name="firstExam"/>, <paramref name="firstExam"/> + <paramref name="examCount"/>) as stored:
    /// <c>[examCount, T, 12]</c> float32 mV, row-major (sample-major, leads fastest).
    /// </summary>
    public float[] ReadTracings(int firstExam, int examCount)
    {
        if (firstExam < 0 || examCount < 0 || firstExam > ExamCount - examCount)
            throw new ArgumentOutOfRangeException(nameof(firstExam), $"exams [{firstExam}, {firstExam + examCount}) are outside [0, {ExamCount})");
        if ((long)examCount * SamplesPerTracing * Code15Layout.LeadCount > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(examCount), examCount, "too many exams for one array; read in smaller ranges");
        if (examCount == 0) return [];
        var selection = new HyperslabSelection(3,
            [(ulong)firstExam, 0, 0],
            [(ulong)examCount, (ulong)SamplesPerTracing, Code15Layout.LeadCount]);
        return Guard($"dataset '{Code15Layout.TracingsDataset}'", () => _tracings.Read<float[]>(selection));
    }

    /// <summary>Reads one exam as <c>[12][T]</c> float32 mV, leads in <see cref="Code15Layout.LeadNames"/> order.</summary>
    public float[][] ReadLeads(int examIndex)
    {
        var stored = ReadTracings(examIndex, 1);
        int t = SamplesPerTracing;
        var leads = new float[Code15Layout.LeadCount][];
        for (int lead = 0; lead < leads.Length; lead++)
        {
            var x = new float[t];
            for (int s = 0; s < t; s++) x[s] = stored[s * Code15Layout.LeadCount + lead];
            leads[lead] = x;
        }
        return leads;
    }

    T Guard<T>(string field, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or Hdf5FormatException))
        {
            throw new Hdf5FormatException(FilePath, field, null, $"could not be read ({e.GetType().Name}: {e.Message})", e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
