using SleepFM.IO.Edf;

namespace SleepFM.IO.Inspection;

/// <summary>
/// Entry point of <c>sleepfm inspect</c>: recognises EDF/EDF+/BDF/BDF+, WFDB (the .hea file) and
/// CODE-15% HDF5 by extension or, failing that, by their leading bytes, and summarises the recording.
/// </summary>
public static class RecordingInspector
{
    static readonly byte[] Hdf5Signature = [0x89, (byte)'H', (byte)'D', (byte)'F', 0x0d, 0x0a, 0x1a, 0x0a];

    /// <summary>Reads the file's header (and, with <paramref name="withStatistics"/>, all its samples, streamed).</summary>
    /// <param name="path">An .edf/.bdf file, a WFDB .hea file, or an .h5/.hdf5 file.</param>
    /// <param name="withStatistics">Also compute each channel's mean and standard deviation.</param>
    /// <param name="maxAnnotations">How many annotations to list, ≥ 0.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SignalFileException">The file is not a supported format, or is malformed.</exception>
    public static RecordingSummary Inspect(string path, bool withStatistics = false, int maxAnnotations = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxAnnotations);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file", path);
        return Detect(path) switch
        {
            Kind.Edf => EdfInspection.Summarise(path, withStatistics, maxAnnotations),
            Kind.Wfdb => WfdbInspection.Summarise(path, withStatistics, maxAnnotations),
            Kind.Hdf5 => Code15Inspection.Summarise(path, withStatistics),
            _ => throw new SignalFileException(path, "file format", 0,
                "is not recognised; expected EDF/EDF+/BDF (.edf, .bdf), a WFDB header (.hea) or CODE-15% HDF5 (.h5, .hdf5)"),
        };
    }

    enum Kind { Unknown, Edf, Wfdb, Hdf5 }

    static Kind Detect(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".edf" or ".bdf" or ".rec": return Kind.Edf;
            case ".hea": return Kind.Wfdb;
            case ".h5" or ".hdf5" or ".hdf": return Kind.Hdf5;
        }
        Span<byte> head = stackalloc byte[8];
        using (var stream = File.OpenRead(path))
            if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length) return Kind.Unknown;
        if (head.SequenceEqual(Hdf5Signature)) return Kind.Hdf5;
        if (head[0] == (byte)'0' && head[1..].SequenceEqual("       "u8)) return Kind.Edf;
        if (head[0] == 0xFF && head[1..].SequenceEqual("BIOSEMI"u8)) return Kind.Edf;
        return Kind.Unknown;
    }
}
