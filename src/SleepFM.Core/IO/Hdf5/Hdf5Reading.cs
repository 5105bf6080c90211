using PureHDF;
using PureHDF.VOL.Native;

namespace SleepFM.IO.Hdf5;

/// <summary>Opens HDF5 files and their datasets for reading, turning PureHDF's failures into <see cref="Hdf5FormatException"/>s that name the file.</summary>
public static class Hdf5Reading
{
    /// <summary>Opens <paramref name="path"/> read-only.</summary>
    /// <exception cref="Hdf5FormatException">The file is missing or is not HDF5.</exception>
    public static NativeFile OpenFile(string path)
    {
        if (!File.Exists(path)) throw new Hdf5FormatException(path, "file", null, "does not exist");
        try
        {
            return H5File.OpenRead(path);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new Hdf5FormatException(path, "file signature", 0, $"is not a readable HDF5 file ({e.Message})", e);
        }
    }

    /// <summary>The dataset <paramref name="name"/> of <paramref name="file"/>.</summary>
    /// <param name="file">The open file.</param>
    /// <param name="path">Its path, for errors.</param>
    /// <param name="name">The dataset's path in the file.</param>
    /// <param name="whenMissing">What a missing dataset suggests, appended to the error (e.g. "not a SleepFM shard?").</param>
    /// <exception cref="Hdf5FormatException">No such link, or it is not a dataset.</exception>
    public static IH5Dataset Dataset(NativeFile file, string path, string name, string? whenMissing = null)
    {
        if (!file.LinkExists(name))
            throw new Hdf5FormatException(path, $"dataset '{name}'", null, whenMissing is null ? "is missing" : $"is missing; {whenMissing}");
        try
        {
            return file.Dataset(name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new Hdf5FormatException(path, $"dataset '{name}'", null, $"cannot be opened as a dataset ({e.Message})", e);
        }
    }
}
