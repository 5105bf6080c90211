using Microsoft.Win32.SafeHandles;

namespace SleepFM.IO.Edf;

/// <summary>
/// Positional reads from a file or an in-memory copy. Positional (not seek-then-read) so that reads
/// from several threads never race on a shared file position.
/// </summary>
internal abstract class EdfByteSource : IDisposable
{
    /// <summary>Name used in error messages: the path, or the name given for in-memory data.</summary>
    public abstract string Name { get; }

    /// <summary>Total length in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>Fills <paramref name="destination"/> from <paramref name="offset"/>; the caller has checked the range against <see cref="Length"/>.</summary>
    public abstract void ReadExactly(long offset, Span<byte> destination);

    /// <inheritdoc />
    public virtual void Dispose() { }

    public static EdfByteSource OpenFile(string path) => new FileSource(path);

    public static EdfByteSource FromMemory(ReadOnlyMemory<byte> bytes, string name) => new MemorySource(bytes, name);

    sealed class FileSource(string path) : EdfByteSource
    {
        readonly SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        long? length;

        public override string Name => path;

        public override long Length => length ??= RandomAccess.GetLength(handle);

        public override void ReadExactly(long offset, Span<byte> destination)
        {
            while (!destination.IsEmpty)
            {
                int n = RandomAccess.Read(handle, destination, offset);
                // The file shrank after it was opened: report it as the format error it now is.
                if (n <= 0) throw new EdfFormatException(path, "data record", offset, "could not be read: the file ended early (was it truncated while open?)");
                destination = destination[n..];
                offset += n;
            }
        }

        public override void Dispose() => handle.Dispose();
    }

    sealed class MemorySource(ReadOnlyMemory<byte> bytes, string name) : EdfByteSource
    {
        public override string Name => name;

        public override long Length => bytes.Length;

        public override void ReadExactly(long offset, Span<byte> destination) =>
            bytes.Span.Slice(checked((int)offset), destination.Length).CopyTo(destination);
    }
}
