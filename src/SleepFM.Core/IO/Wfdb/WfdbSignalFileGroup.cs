namespace SleepFM.IO.Wfdb;

/// <summary>
/// The signals stored together in one signal file: consecutive header lines naming the same file.
/// A frame in the file holds <see cref="SamplesPerFrame"/> samples: each member signal's
/// samples-per-frame, in header order.
/// </summary>
internal sealed class WfdbSignalFileGroup
{
    public required string FileName { get; init; }
    public required string FullPath { get; init; }
    public required WfdbStorageFormat Format { get; init; }
    public required long ByteOffset { get; init; }
    /// <summary>Header indices of the member signals, in storage order.</summary>
    public required int[] SignalIndices { get; init; }
    /// <summary>Position of each member's first sample within a frame.</summary>
    public required int[] FramePositions { get; init; }
    /// <summary>Each member's samples per frame.</summary>
    public required int[] MemberSamplesPerFrame { get; init; }
    /// <summary>Each member's skew in frames.</summary>
    public required int[] MemberSkews { get; init; }
    public required int SamplesPerFrame { get; init; }
    /// <summary>Bytes of the file after <see cref="ByteOffset"/>.</summary>
    public required long DataBytes { get; init; }

    /// <summary>Whole frames the file holds.</summary>
    public long FramesInFile => WfdbSampleCodec.SamplesInBytes(Format, DataBytes) / SamplesPerFrame;

    /// <summary>Groups the header's signals by file, checking that each group is consistent.</summary>
    public static WfdbSignalFileGroup[] Build(WfdbHeader header, string directory)
    {
        var groups = new List<WfdbSignalFileGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        var signals = header.Signals;
        while (i < signals.Count)
        {
            var first = signals[i];
            int end = i + 1;
            while (end < signals.Count && signals[end].FileName == first.FileName) end++;
            if (!seen.Add(first.FileName))
                throw new WfdbFormatException(header.HeaderPath, $"line {first.HeaderLine}: file name of signal {i}", null,
                    $"'{first.FileName}' was already used by an earlier, non-adjacent group of signals; WFDB requires a file's signals to be consecutive");
            var positions = new int[end - i];
            var spf = new int[end - i];
            var skews = new int[end - i];
            long total = 0;
            for (int k = i; k < end; k++)
            {
                var s = signals[k];
                if (s.Format != first.Format)
                    throw new WfdbFormatException(header.HeaderPath, $"line {s.HeaderLine}: format of signal {k}", null,
                        $"is {(int)s.Format} but signal {i} in the same file '{first.FileName}' uses {(int)first.Format}");
                if (s.ByteOffset != first.ByteOffset)
                    throw new WfdbFormatException(header.HeaderPath, $"line {s.HeaderLine}: byte offset of signal {k}", null,
                        $"is {s.ByteOffset} but signal {i} in the same file '{first.FileName}' uses {first.ByteOffset}");
                positions[k - i] = (int)total;
                spf[k - i] = s.SamplesPerFrame;
                skews[k - i] = s.Skew;
                total += s.SamplesPerFrame;
                if (total > 1 << 24)
                    throw new WfdbFormatException(header.HeaderPath, $"line {s.HeaderLine}: samples per frame of signal {k}", null,
                        $"make frames of file '{first.FileName}' hold {total} samples; at most {1 << 24} are supported");
            }
            var fullPath = Path.Combine(directory, first.FileName);
            if (!File.Exists(fullPath))
                throw new WfdbFormatException(fullPath, "signal file", null,
                    $"does not exist (named by line {first.HeaderLine} of {header.HeaderPath})");
            long length = new FileInfo(fullPath).Length;
            if (length < first.ByteOffset)
                throw new WfdbFormatException(fullPath, "byte offset", length,
                    $"is {first.ByteOffset} but the file has only {length} bytes");
            groups.Add(new WfdbSignalFileGroup
            {
                FileName = first.FileName,
                FullPath = fullPath,
                Format = first.Format,
                ByteOffset = first.ByteOffset,
                SignalIndices = Enumerable.Range(i, end - i).ToArray(),
                FramePositions = positions,
                MemberSamplesPerFrame = spf,
                MemberSkews = skews,
                SamplesPerFrame = (int)total,
                DataBytes = length - first.ByteOffset,
            });
            i = end;
        }
        return groups.ToArray();
    }
}
