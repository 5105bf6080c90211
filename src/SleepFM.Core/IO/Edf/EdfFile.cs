namespace SleepFM.IO.Edf;

/// <summary>
/// Entry point for reading EDF, EDF+, BDF and BDF+ files:
/// <code>using var edf = EdfFile.Open(path); float[] c3 = edf.ReadMicrovolts(edf.IndexOf("C3..."), 0, 60);</code>
/// Opening parses and validates the header and reads the annotations; samples are read on request.
/// </summary>
public static class EdfFile
{
    /// <summary>Opens a file for lazy reading.</summary>
    /// <param name="path">Path of an .edf/.bdf file.</param>
    /// <exception cref="EdfFormatException">The file is not a readable EDF/BDF (the message names the field and byte offset).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static EdfRecording Open(string path)
    {
        var source = EdfByteSource.OpenFile(path);
        return OpenSource(source);
    }

    /// <summary>Opens an EDF/BDF held in memory (e.g. downloaded or embedded).</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="name">Name used in error messages and <see cref="EdfRecording.FilePath"/>.</param>
    /// <exception cref="EdfFormatException">The bytes are not a readable EDF/BDF.</exception>
    public static EdfRecording Open(ReadOnlyMemory<byte> bytes, string name) => OpenSource(EdfByteSource.FromMemory(bytes, name));

    /// <summary>Parses only the header (no annotation pass); cheap even for very large files.</summary>
    /// <param name="path">Path of an .edf/.bdf file.</param>
    /// <param name="warnings">Recoverable problems found in the header.</param>
    /// <exception cref="EdfFormatException">The header is not readable.</exception>
    public static EdfHeader ReadHeader(string path, out IReadOnlyList<ReadWarning> warnings)
    {
        using var source = EdfByteSource.OpenFile(path);
        var list = new List<ReadWarning>();
        var header = EdfHeaderParser.Parse(source, list);
        warnings = list;
        return header;
    }

    static EdfRecording OpenSource(EdfByteSource source)
    {
        try
        {
            var warnings = new List<ReadWarning>();
            var header = EdfHeaderParser.Parse(source, warnings);
            return new EdfRecording(source, header, warnings);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }
}
