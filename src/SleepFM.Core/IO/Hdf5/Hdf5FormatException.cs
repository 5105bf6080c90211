namespace SleepFM.IO.Hdf5;

/// <summary>
/// An HDF5 file that cannot be used as a CODE-15% tracing file: not HDF5 at all, a missing
/// <c>tracings</c> or <c>exam_id</c> dataset, or a wrong shape or element type. The field names the dataset.
/// </summary>
public sealed class Hdf5FormatException : SignalFileException
{
    /// <summary>Creates the exception; the message is composed from the parts.</summary>
    /// <param name="filePath">The file that failed.</param>
    /// <param name="field">The dataset or structure at fault, e.g. "dataset 'tracings'".</param>
    /// <param name="byteOffset">Byte offset, when known (rarely, for HDF5).</param>
    /// <param name="problem">What is wrong with it.</param>
    /// <param name="inner">Underlying exception, if any.</param>
    public Hdf5FormatException(string filePath, string field, long? byteOffset, string problem, Exception? inner = null)
        : base(filePath, field, byteOffset, problem, inner)
    {
    }
}
