using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// Saves and loads a module's state dict in either <see cref="WeightFormat"/>, with an explicit policy for
/// keys that may be absent from the file (the channel-PE MLP, which is new at fine-tuning).
/// </summary>
public static class WeightFiles
{
    /// <summary>Writes the module's state dict.</summary>
    /// <param name="module">Any module.</param>
    /// <param name="path">Destination file; its folder must exist.</param>
    /// <param name="format">File format.</param>
    public static void Save(nn.Module module, string path, WeightFormat format)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        switch (format)
        {
            case WeightFormat.TorchSharp: module.save(path); break;
            case WeightFormat.PyTorch: module.save_py(path); break;
            default: throw new ArgumentException($"Unknown weight format {format}.", nameof(format));
        }
    }

    /// <summary>
    /// Loads weights into <paramref name="module"/>. Every key of the module must be in the file except
    /// those <paramref name="mayBeMissing"/> accepts (they keep their fresh initialisation); every key of
    /// the file must exist in the module.
    /// </summary>
    /// <returns>The module keys that were absent from the file and kept their initial values.</returns>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">The file lacks required keys or has keys the module does not.</exception>
    public static IReadOnlyList<string> Load(nn.Module module, string path, WeightFormat format, Func<string, bool>? mayBeMissing = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (!File.Exists(path)) throw new FileNotFoundException($"Weight file not found: {path}", path);
        var expected = module.state_dict().Keys.ToHashSet(StringComparer.Ordinal);
        HashSet<string> inFile;
        try
        {
            inFile = KeysInFile(path, format);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or InvalidDataException or ArgumentException or NotSupportedException
                                      or InvalidCastException or FormatException || e.GetType().Namespace?.StartsWith("Razorvine", StringComparison.Ordinal) == true)
        {
            throw new InvalidDataException($"{path} is not a readable {format} weight file: {e.Message}", e);
        }
        var unexpected = inFile.Where(k => !expected.Contains(k)).ToList();
        if (unexpected.Count > 0)
            throw new InvalidDataException(
                $"Weight file {path} has {unexpected.Count} key(s) the model does not: {Preview(unexpected)}. Was it saved with a different EncoderConfig?");
        var missing = expected.Where(k => !inFile.Contains(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        var notAllowed = missing.Where(k => mayBeMissing is null || !mayBeMissing(k)).ToList();
        if (notAllowed.Count > 0)
            throw new InvalidDataException(
                $"Weight file {path} lacks {notAllowed.Count} key(s) the model needs: {Preview(notAllowed)}. Was it saved with a different EncoderConfig?");
        bool strict = missing.Count == 0;
        switch (format)
        {
            case WeightFormat.TorchSharp: module.load(path, strict); break;
            case WeightFormat.PyTorch: module.load_py(path, strict); break;
            default: throw new ArgumentException($"Unknown weight format {format}.", nameof(format));
        }
        return missing;
    }

    static HashSet<string> KeysInFile(string path, WeightFormat format)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (format == WeightFormat.PyTorch)
        {
            using var stream = File.OpenRead(path);
            var table = PyTorchUnpickler.UnpickleStateDict(stream, leaveOpen: true, skipTensorRead: true);
            foreach (var key in table.Keys) keys.Add((string)key);
            return keys;
        }
        // TorchSharp format: a LEB128 count, then per entry a name and a tensor record (dtype, shape, data).
        using var reader = new BinaryReader(File.OpenRead(path));
        long count = DecodeLeb128(reader);
        for (long i = 0; i < count; i++)
        {
            keys.Add(reader.ReadString());
            TensorExtensionMethods.Load(reader)?.Dispose();
        }
        return keys;
    }

    static long DecodeLeb128(BinaryReader reader)
    {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte next = reader.ReadByte();
            value |= (long)(next & 0x7F) << shift;
            if ((next & 0x80) == 0) return value;
        }
        throw new InvalidDataException("Malformed entry count in TorchSharp weight file.");
    }

    static string Preview(IReadOnlyList<string> keys) =>
        string.Join(", ", keys.Take(5)) + (keys.Count > 5 ? $", … ({keys.Count - 5} more)" : "");
}
