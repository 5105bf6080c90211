using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace SleepFM.IO.Wfdb;

/// <summary>
/// An opened single-segment WFDB record: the parsed header plus its signal files, checked for
/// existence and length, read lazily. <see cref="Open"/> reads only the header and file sizes;
/// <see cref="ReadPhysical"/> and <see cref="ReadDigital"/> read just the requested frame range;
/// <see cref="Read"/> loads everything and verifies checksums and initial values.
/// Instances hold no open file handles, so they need no disposal and can be shared between threads.
/// </summary>
public sealed class WfdbRecord
{
    // Samples decoded per chunk: bounds the scratch memory (1 MB of ints) whatever the record size.
    const int ChunkSamples = 1 << 18;

    readonly WfdbSignalFileGroup[] _groups;
    readonly int[] _groupOfSignal;
    readonly int[] _memberOfSignal;

    WfdbRecord(WfdbHeader header, WfdbReadOptions options, WfdbSignalFileGroup[] groups, long frameCount, IReadOnlyList<ReadWarning> warnings)
    {
        Header = header;
        Options = options;
        _groups = groups;
        FrameCount = frameCount;
        Warnings = warnings;
        _groupOfSignal = new int[header.Signals.Count];
        _memberOfSignal = new int[header.Signals.Count];
        for (int g = 0; g < groups.Length; g++)
            for (int m = 0; m < groups[g].SignalIndices.Length; m++)
            {
                _groupOfSignal[groups[g].SignalIndices[m]] = g;
                _memberOfSignal[groups[g].SignalIndices[m]] = m;
            }
    }

    /// <summary>The parsed header.</summary>
    public WfdbHeader Header { get; }

    /// <summary>The options the record was opened with.</summary>
    public WfdbReadOptions Options { get; }

    /// <summary>Frames in the record: the header's sample count, or, when omitted, what the shortest signal file holds.</summary>
    public long FrameCount { get; }

    /// <summary>Header warnings plus oddities of the signal files (extra trailing bytes, MAT prefix disagreements).</summary>
    public IReadOnlyList<ReadWarning> Warnings { get; }

    /// <summary>Parses the header, locates the signal files beside it and checks their lengths.</summary>
    /// <param name="headerPath">Path of the .hea file; a path without extension gets ".hea" appended.</param>
    /// <param name="options">Read options; <see cref="WfdbReadOptions.Default"/> when null.</param>
    /// <exception cref="WfdbFormatException">Malformed header, missing or truncated signal file.</exception>
    public static WfdbRecord Open(string headerPath, WfdbReadOptions? options = null)
    {
        if (!headerPath.EndsWith(".hea", StringComparison.OrdinalIgnoreCase) && !File.Exists(headerPath))
            headerPath += ".hea";
        var header = WfdbHeaderParser.ParseFile(headerPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(headerPath)) ?? ".";
        var groups = WfdbSignalFileGroup.Build(header, directory);
        var warnings = new List<ReadWarning>(header.Warnings);

        long frames;
        if (header.FrameCount is { } declared) frames = declared;
        else
        {
            frames = groups.Length == 0 ? 0 : groups.Min(g => g.FramesInFile);
            if (groups.Select(g => g.FramesInFile).Distinct().Count() > 1)
                warnings.Add(new ReadWarning("number of samples", $"omitted by the header and the signal files differ in length; using the shortest, {frames} frames"));
        }

        Span<byte> prefix = stackalloc byte[20];
        foreach (var g in groups)
        {
            if (frames > long.MaxValue / 8 / g.SamplesPerFrame)
                throw new WfdbFormatException(headerPath, "number of samples per signal", null, $"is {frames}, which is absurdly large");
            long needed = WfdbSampleCodec.BytesForSamples(g.Format, frames * g.SamplesPerFrame);
            if (g.DataBytes < needed)
                throw new WfdbFormatException(g.FullPath, "signal data", g.ByteOffset + g.DataBytes,
                    $"is truncated: the header declares {frames} samples per signal ({g.SignalIndices.Length} signal(s), format {(int)g.Format}), " +
                    $"needing {needed} bytes after the {g.ByteOffset}-byte prefix, but the file holds only {g.DataBytes}");
            if (g.DataBytes > needed)
                warnings.Add(new ReadWarning($"signal file {g.FileName}", $"{g.DataBytes - needed} bytes after the last of the header's {frames} frames were ignored"));
            if (g.FileName.EndsWith(".mat", StringComparison.OrdinalIgnoreCase) && g.ByteOffset >= 20)
            {
                using var handle = File.OpenHandle(g.FullPath);
                if (RandomAccess.Read(handle, prefix, 0) == 20 &&
                    MatV4Prefix.Check(prefix, g.SamplesPerFrame, frames) is { } problem)
                    warnings.Add(new ReadWarning($"signal file {g.FileName}", problem + "; the WFDB header's layout is used"));
            }
        }
        return new WfdbRecord(header, options ?? WfdbReadOptions.Default, groups, frames, warnings);
    }

    /// <summary>
    /// Reads a whole record into memory, in physical units, verifying every signal's checksum and
    /// initial value according to <see cref="WfdbReadOptions.ChecksumPolicy"/> (an error by default).
    /// </summary>
    /// <exception cref="WfdbFormatException">Any reading error, or a checksum mismatch under the Error policy.</exception>
    public static WfdbRecordData Read(string headerPath, WfdbReadOptions? options = null) => Open(headerPath, options).ReadAll();

    /// <summary>Reads every signal in full, verifying checksums per <see cref="Options"/>.</summary>
    public WfdbRecordData ReadAll()
    {
        int maxSpf = Header.Signals.Count == 0 ? 1 : Header.Signals.Max(s => s.SamplesPerFrame);
        if (FrameCount > Array.MaxLength / maxSpf)
            throw new WfdbFormatException(Header.HeaderPath, "number of samples per signal", null,
                $"is {FrameCount}: too long to load at once; use ReadPhysical on ranges");
        var all = Enumerable.Range(0, Header.Signals.Count).ToArray();
        bool verify = Options.ChecksumPolicy != WfdbChecksumPolicy.Skip;
        var sums = verify ? new long[Header.Signals.Count] : null;
        var firsts = verify ? new int?[Header.Signals.Count] : null;
        var data = ReadCore(all, 0, (int)FrameCount, physical: true, sums, firsts).Physical!;
        var warnings = new List<ReadWarning>(Warnings);
        var checks = verify ? ApplyChecks(sums!, firsts!, warnings) : Array.Empty<WfdbSignalCheck>();
        return new WfdbRecordData(Header, FrameCount, data, checks, warnings);
    }

    /// <summary>
    /// Scans every signal file once (chunked, constant memory) and compares each signal's checksum and
    /// initial value with the header. Under the Error policy a mismatch throws
    /// <see cref="WfdbFormatException"/>; under Warn or Skip it is reported through the returned checks
    /// (<c>ChecksumMatches</c>/<c>InitialValueMatches</c> false) and, when given, <paramref name="warnings"/>.
    /// </summary>
    /// <param name="warnings">Receives one warning per mismatch when the policy is not Error; may be null.</param>
    public IReadOnlyList<WfdbSignalCheck> Verify(ICollection<ReadWarning>? warnings = null)
    {
        var sums = new long[Header.Signals.Count];
        var firsts = new int?[Header.Signals.Count];
        for (int g = 0; g < _groups.Length; g++)
            Accumulate(_groups[g], sums, firsts);
        var list = new List<ReadWarning>();
        var checks = ApplyChecks(sums, firsts, list, force: true);
        if (warnings is not null) foreach (var w in list) warnings.Add(w);
        return checks;
    }

    /// <summary>
    /// Reads frames [<paramref name="startFrame"/>, <paramref name="startFrame"/> + <paramref name="frameCount"/>)
    /// of the chosen signals in physical units, touching only those bytes of the files.
    /// </summary>
    /// <param name="signalIndices">Header indices of the signals wanted (any order, repeats allowed).</param>
    /// <param name="startFrame">First frame, 0 ≤ start ≤ <see cref="FrameCount"/>.</param>
    /// <param name="frameCount">Frames to read, start + count ≤ <see cref="FrameCount"/>.</param>
    /// <returns><c>[requested signal][frame × samples-per-frame]</c> float32 in the signal's units; NaN for invalid samples (and for samples a skewed signal lacks at the record's end).</returns>
    public float[][] ReadPhysical(IReadOnlyList<int> signalIndices, long startFrame, int frameCount)
    {
        CheckRange(signalIndices, startFrame, frameCount);
        return ReadCore(signalIndices, startFrame, frameCount, physical: true, null, null).Physical!;
    }

    /// <summary>Reads a frame range of one signal as stored digital values (the format's invalid value marks missing samples).</summary>
    /// <param name="signalIndex">Header index of the signal.</param>
    /// <param name="startFrame">First frame, 0 ≤ start ≤ <see cref="FrameCount"/>.</param>
    /// <param name="frameCount">Frames to read, start + count ≤ <see cref="FrameCount"/>.</param>
    /// <returns>frameCount × samples-per-frame digital samples.</returns>
    public int[] ReadDigital(int signalIndex, long startFrame, int frameCount)
    {
        CheckRange([signalIndex], startFrame, frameCount);
        return ReadCore([signalIndex], startFrame, frameCount, physical: false, null, null).Digital![0];
    }

    void CheckRange(IReadOnlyList<int> signalIndices, long startFrame, int frameCount)
    {
        foreach (var s in signalIndices)
            if ((uint)s >= (uint)Header.Signals.Count)
                throw new ArgumentOutOfRangeException(nameof(signalIndices), s, $"signal index must be in [0, {Header.Signals.Count})");
        if (startFrame < 0 || frameCount < 0 || startFrame > FrameCount - frameCount)
            throw new ArgumentOutOfRangeException(nameof(startFrame),
                $"frames [{startFrame}, {startFrame + frameCount}) are outside the record's [0, {FrameCount})");
        foreach (var s in signalIndices)
            if ((long)frameCount * Header.Signals[s].SamplesPerFrame > Array.MaxLength)
                throw new ArgumentOutOfRangeException(nameof(frameCount), frameCount, "too many samples for one array");
    }

    (float[][]? Physical, int[][]? Digital) ReadCore(IReadOnlyList<int> signals, long start, int count, bool physical,
        long[]? sums, int?[]? firsts)
    {
        var physicalOut = physical ? new float[signals.Count][] : null;
        var digitalOut = physical ? null : new int[signals.Count][];
        for (int r = 0; r < signals.Count; r++)
        {
            var spec = Header.Signals[signals[r]];
            int length = count * spec.SamplesPerFrame;
            if (physical)
            {
                physicalOut![r] = new float[length];
                if (spec.Skew > 0) Array.Fill(physicalOut[r], float.NaN);
            }
            else
            {
                digitalOut![r] = new int[length];
                if (spec.Skew > 0) Array.Fill(digitalOut[r], WfdbSampleCodec.InvalidValue(spec.Format));
            }
        }

        for (int g = 0; g < _groups.Length; g++)
        {
            var group = _groups[g];
            var requests = new List<int>();
            for (int r = 0; r < signals.Count; r++)
                if (_groupOfSignal[signals[r]] == g) requests.Add(r);
            if (requests.Count == 0) continue;
            int minSkew = requests.Min(r => Header.Signals[signals[r]].Skew);
            int maxSkew = requests.Max(r => Header.Signals[signals[r]].Skew);
            long first = Math.Min(FrameCount, start + minSkew);
            long end = Math.Min(FrameCount, start + count + maxSkew);
            // Checksums need the whole stored stream, whatever the skew.
            if (sums is not null) { first = 0; end = FrameCount; }
            var plan = requests.Select(r =>
            {
                var spec = Header.Signals[signals[r]];
                int member = _memberOfSignal[signals[r]];
                return (Row: r, Spec: spec, Position: group.FramePositions[member],
                    Invalid: WfdbSampleCodec.InvalidValue(spec.Format));
            }).ToArray();
            var seenForChecks = new HashSet<int>();

            Scan(group, first, end - first, (chunkFirst, frames, samples) =>
            {
                int spfTotal = group.SamplesPerFrame;
                foreach (var p in plan)
                {
                    int spf = p.Spec.SamplesPerFrame;
                    long t0 = chunkFirst - p.Spec.Skew - start; // output frame of the chunk's first frame
                    int fFrom = (int)Math.Max(0, -t0);
                    int fTo = (int)Math.Min(frames, count - t0);
                    if (physical)
                    {
                        var output = physicalOut![p.Row];
                        double gain = p.Spec.AdcGain;
                        int baseline = p.Spec.Baseline;
                        for (int f = fFrom; f < fTo; f++)
                        {
                            int src = f * spfTotal + p.Position;
                            long dst = (t0 + f) * spf;
                            for (int k = 0; k < spf; k++)
                            {
                                int v = samples[src + k];
                                output[dst + k] = v == p.Invalid ? float.NaN : (float)((v - baseline) / gain);
                            }
                        }
                    }
                    else
                    {
                        var output = digitalOut![p.Row];
                        for (int f = fFrom; f < fTo; f++)
                            samples.Slice(f * spfTotal + p.Position, spf).CopyTo(output.AsSpan((int)((t0 + f) * spf), spf));
                    }
                }
                if (sums is not null) AccumulateChunk(group, chunkFirst, frames, samples, sums, firsts!);
            });
        }
        return (physicalOut, digitalOut);
    }

    void Accumulate(WfdbSignalFileGroup group, long[] sums, int?[] firsts) =>
        Scan(group, 0, FrameCount, (chunkFirst, frames, samples) => AccumulateChunk(group, chunkFirst, frames, samples, sums, firsts));

    static void AccumulateChunk(WfdbSignalFileGroup group, long chunkFirst, int frames, ReadOnlySpan<int> samples, long[] sums, int?[] firsts)
    {
        int spfTotal = group.SamplesPerFrame;
        for (int m = 0; m < group.SignalIndices.Length; m++)
        {
            int signal = group.SignalIndices[m];
            int pos = group.FramePositions[m];
            int spf = group.MemberSamplesPerFrame[m];
            long sum = 0;
            for (int f = 0; f < frames; f++)
            {
                int src = f * spfTotal + pos;
                for (int k = 0; k < spf; k++) sum += samples[src + k];
            }
            sums[signal] += sum;
            if (chunkFirst == 0 && frames > 0) firsts[signal] = samples[pos];
        }
    }

    WfdbSignalCheck[] ApplyChecks(long[] sums, int?[] firsts, List<ReadWarning> warnings, bool force = false)
    {
        var checks = new WfdbSignalCheck[Header.Signals.Count];
        for (int i = 0; i < checks.Length; i++)
        {
            var spec = Header.Signals[i];
            int? headerChecksum = spec.Checksum is { } c ? WfdbSignalCheck.Fold(c) : null;
            var check = new WfdbSignalCheck(i, spec.Description, spec.InitialValue, firsts[i], headerChecksum, WfdbSignalCheck.Fold(sums[i]));
            checks[i] = check;
            var group = _groups[_groupOfSignal[i]];
            if (!check.ChecksumMatches)
                Report(group, $"checksum of signal {i} '{spec.Description}' (header line {spec.HeaderLine})",
                    $"is {check.HeaderChecksum} in the header but the data gives {check.DataChecksum}", warnings, force);
            if (!check.InitialValueMatches)
                Report(group, $"initial value of signal {i} '{spec.Description}' (header line {spec.HeaderLine})",
                    $"is {check.HeaderInitialValue} in the header but the first stored sample is {check.DataInitialValue}", warnings, force);
        }
        return checks;
    }

    void Report(WfdbSignalFileGroup group, string field, string problem, List<ReadWarning> warnings, bool force)
    {
        if (Options.ChecksumPolicy == WfdbChecksumPolicy.Error)
            throw new WfdbFormatException(group.FullPath, field, null, problem);
        if (Options.ChecksumPolicy == WfdbChecksumPolicy.Warn || force)
            warnings.Add(new ReadWarning(field, problem));
    }

    delegate void ChunkHandler(long chunkFirstFrame, int frames, ReadOnlySpan<int> samples);

    static void Scan(WfdbSignalFileGroup group, long firstFrame, long frameCount, ChunkHandler handler)
    {
        if (frameCount <= 0) return;
        int spfTotal = group.SamplesPerFrame;
        int framesPerChunk = Math.Max(1, ChunkSamples / spfTotal);
        int maxSamples = framesPerChunk * spfTotal + 1;
        int[] samples = ArrayPool<int>.Shared.Rent(maxSamples);
        byte[] bytes = ArrayPool<byte>.Shared.Rent((int)WfdbSampleCodec.BytesForSamples(group.Format, maxSamples + 1));
        try
        {
            using SafeFileHandle handle = File.OpenHandle(group.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
            long end = firstFrame + frameCount;
            for (long f = firstFrame; f < end; f += framesPerChunk)
            {
                int frames = (int)Math.Min(framesPerChunk, end - f);
                int count = frames * spfTotal;
                var (byteStart, lead) = WfdbSampleCodec.Locate(group.Format, f * spfTotal);
                int byteCount = (int)WfdbSampleCodec.BytesForSamples(group.Format, lead + count);
                ReadExactly(handle, group, bytes.AsSpan(0, byteCount), group.ByteOffset + byteStart);
                WfdbSampleCodec.Decode(group.Format, bytes.AsSpan(0, byteCount), samples.AsSpan(0, lead + count));
                handler(f, frames, samples.AsSpan(lead, count));
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(samples);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    static void ReadExactly(SafeFileHandle handle, WfdbSignalFileGroup group, Span<byte> buffer, long offset)
    {
        int done = 0;
        while (done < buffer.Length)
        {
            int n = RandomAccess.Read(handle, buffer[done..], offset + done);
            if (n == 0)
                throw new WfdbFormatException(group.FullPath, "signal data", offset + done,
                    $"ended early: needed {buffer.Length} bytes from byte {offset} (was the file truncated after it was opened?)");
            done += n;
        }
    }
}
