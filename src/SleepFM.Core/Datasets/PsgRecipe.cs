using System.Globalization;
using System.Text.RegularExpressions;
using SleepFM.Channels;
using SleepFM.IO;
using SleepFM.IO.Edf;
using SleepFM.Signals;

namespace SleepFM.Datasets;

/// <summary>
/// <c>psg</c>: a folder tree of overnight EDF/EDF+ PSG recordings for pretraining (and sleep staging).
/// </summary>
/// <remarks>
/// <para><b>Files.</b> Every <c>*.edf</c> under the source folder is a night, except Sleep-EDF hypnogram files
/// (<c>*-Hypnogram.edf</c>). This covers the synthetic world's layout <c>psg/&lt;cohort&gt;/&lt;subject&gt;.edf</c>.</para>
/// <para><b>Sleep stages</b>, first match wins: a sibling <c>&lt;stem&gt;.hypnogram.csv</c> (columns
/// <c>epoch,onset_s,stage</c>, optional <c>duration_s</c>; otherwise an epoch lasts until the next onset); a
/// Sleep-EDF sibling <c>&lt;prefix&gt;*-Hypnogram.edf</c> (the PSG stem without <c>-PSG</c> and its last character,
/// e.g. SC4001E0-PSG ↔ SC4001EC-Hypnogram); or the night's own EDF+ annotations. See <see cref="SleepStages.TryParse"/>.</para>
/// <para><b>Subjects.</b> The file stem, except: Sleep-EDF names (<c>SC4ssN…</c>, <c>ST7ssN…</c>) give <c>SC4ss</c>/<c>ST7ss</c>
/// so both nights of a subject stay together; and a <c>subjects.csv</c> anywhere under the source folder with
/// columns <c>subject_id</c> and <c>file</c> (or <c>recording_id</c>: a relative path or stem) maps recordings to subjects.
/// A <c>subjects.csv</c> without such a column (the synthetic world's: <c>subject_id, cohort, …</c>) only adds properties
/// (cohort, …) to the recording whose stem equals <c>subject_id</c>.</para>
/// <para><b>Channels.</b> Split into BAS, ECG, RESP, EMG with <see cref="ChannelCatalog"/>, at most 10/2/7/4 in file order
/// (<see cref="ModalityLimits"/>); other channels are ignored.</para>
/// <para><b>Windows.</b> Consecutive, non-overlapping clips of <see cref="WindowSeconds"/> (60 s by default, the paper's
/// pretraining clip; SleepFM-clinical used 300 s) from the start; a trailing partial clip is dropped. Each is labelled with
/// its majority stage (−1 when unscored).</para>
/// </remarks>
public sealed partial class PsgRecipe : IDatasetRecipe
{
    /// <summary>Creates the recipe.</summary>
    /// <param name="windowSeconds">Clip length, seconds, &gt; 0 (60 = 60 tokens of 1 s).</param>
    /// <param name="chain">Preprocessing; null = <see cref="PreprocessingChain.Pretraining"/> (anti-alias, 128 Hz, z-score per channel over the night).</param>
    public PsgRecipe(double windowSeconds = 60, PreprocessingChain? chain = null)
    {
        if (!(windowSeconds > 0) || double.IsInfinity(windowSeconds))
            throw new ArgumentOutOfRangeException(nameof(windowSeconds), windowSeconds, "must be finite and > 0");
        WindowSeconds = windowSeconds;
        Chain = (chain ?? PreprocessingChain.Pretraining).Validate();
    }

    /// <inheritdoc />
    public string Name => "psg";

    /// <inheritdoc />
    public PreprocessingChain Chain { get; }

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    public LabelSpace Labels => SleepStages.Labels;

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory)
    {
        var edfs = SourceFiles.Find(sourceDirectory, ".edf")
            .Where(f => !Path.GetFileName(f).EndsWith("-Hypnogram.edf", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var subjectTables = Directory.EnumerateFiles(sourceDirectory, "subjects.csv", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(CsvTable.Read).ToList();
        var result = new List<RecordingDescriptor>();
        foreach (var edf in edfs)
        {
            string id = SourceFiles.RelativeId(sourceDirectory, edf);
            string stem = Path.GetFileNameWithoutExtension(edf);
            var properties = new Dictionary<string, string>();
            var parent = Path.GetFileName(Path.GetDirectoryName(edf));
            if (!string.IsNullOrEmpty(parent) && Path.GetFullPath(Path.GetDirectoryName(edf)!) != Path.GetFullPath(sourceDirectory))
                properties["folder"] = parent;
            string subject = DefaultSubject(stem);
            foreach (var table in subjectTables)
                if (LookUpSubject(table, sourceDirectory, id, stem, properties) is { } fromTable) subject = fromTable;
            var files = new List<string> { edf };
            if (FindHypnogram(edf, stem) is { } hypnogram) files.Add(hypnogram);
            result.Add(new RecordingDescriptor(id, subject, files, null, properties));
        }
        return result;
    }

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording)
    {
        var edf = EdfFile.Open(recording.MainFile);
        try
        {
            var warnings = new List<ReadWarning>(edf.Warnings);
            double duration = EdfChannelSelection.ContinuousDurationSeconds(edf);
            var channels = EdfChannelSelection.Select(edf, ModalityLimits.PretrainingModalities);
            if (channels.Count == 0)
                throw new DatasetLayoutException(recording.MainFile,
                    $"no channel is recognised as BAS, ECG, RESP or EMG (labels: {string.Join(", ", edf.DataSignals.Select(s => s.Label))})");
            duration = Math.Min(duration, channels.Min(c => SampleCount(edf, c) / c.SampleRateHz));
            var stages = ReadStages(recording, edf);
            var windows = WindowPlanner.FixedStarts(duration, WindowSeconds)
                .Select(start => new LabelledWindow(start, [WindowPlanner.MajorityLabel(stages, start, WindowSeconds)]))
                .ToList();
            return new SourceRecording(channels, windows, duration, warnings, edf);
        }
        catch
        {
            edf.Dispose();
            throw;
        }
    }

    static long SampleCount(EdfRecording edf, SourceChannel channel) =>
        edf.DataSignals.First(s => s.Label == channel.Label).SampleCount;

    static string DefaultSubject(string stem)
    {
        var m = SleepEdfName().Match(stem);
        return m.Success ? m.Groups[1].Value : stem;
    }

    static string? LookUpSubject(CsvTable table, string sourceDirectory, string id, string stem, Dictionary<string, string> properties)
    {
        int subjectColumn = table.Column("subject_id");
        int? fileColumn = table.OptionalColumn("file", "recording_id", "recording", "edf");
        string tableDir = Path.GetDirectoryName(Path.GetFullPath(table.Path))!;
        foreach (var (_, cells) in table.Rows)
        {
            bool match;
            if (fileColumn is { } fc)
            {
                var key = cells[fc].Replace('\\', '/');
                var keyStem = Path.GetFileNameWithoutExtension(key);
                var relativeToTable = SourceFiles.RelativeId(sourceDirectory, Path.Combine(tableDir, key));
                match = key.Length > 0 && (keyStem == stem && !key.Contains('/') || relativeToTable == id || key == id);
            }
            else match = cells[subjectColumn] == stem;
            if (!match) continue;
            for (int c = 0; c < cells.Length; c++)
                if (c != subjectColumn && c != fileColumn && cells[c].Length > 0) properties[table.Header[c]] = cells[c];
            return cells[subjectColumn].Length > 0 ? cells[subjectColumn] : null;
        }
        return null;
    }

    static string? FindHypnogram(string edf, string stem)
    {
        string dir = Path.GetDirectoryName(edf)!;
        string csv = Path.Combine(dir, stem + ".hypnogram.csv");
        if (File.Exists(csv)) return csv;
        int psg = stem.IndexOf("-PSG", StringComparison.OrdinalIgnoreCase);
        if (psg > 1)
        {
            string prefix = stem[..(psg - 1)];
            var match = Directory.EnumerateFiles(dir, prefix + "*-Hypnogram.edf").Order(StringComparer.Ordinal).FirstOrDefault();
            if (match is not null) return match;
        }
        return null;
    }

    static IReadOnlyList<LabelledInterval> ReadStages(RecordingDescriptor recording, EdfRecording edf)
    {
        var source = recording.Files.Count > 1 ? recording.Files[1] : null;
        if (source is not null && source.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) return ReadHypnogramCsv(source);
        if (source is not null)
        {
            using var hypnogram = EdfFile.Open(source);
            return StagesFromAnnotations(hypnogram.Annotations);
        }
        return StagesFromAnnotations(edf.Annotations);
    }

    static IReadOnlyList<LabelledInterval> StagesFromAnnotations(IEnumerable<EdfAnnotation> annotations)
    {
        var result = new List<LabelledInterval>();
        foreach (var a in annotations)
            if (SleepStages.TryParse(a.Text, out int label) && (a.DurationSeconds ?? 30) > 0)
                result.Add(new LabelledInterval(a.OnsetSeconds, a.DurationSeconds ?? 30, label));
        return result;
    }

    /// <summary>Reads a <c>&lt;stem&gt;.hypnogram.csv</c> (columns epoch, onset_s, stage[, duration_s]).</summary>
    /// <exception cref="DatasetLayoutException">A missing column, a bad number or an unknown stage, naming the line.</exception>
    public static IReadOnlyList<LabelledInterval> ReadHypnogramCsv(string path)
    {
        var table = CsvTable.Read(path);
        int onsetColumn = table.Column("onset_s"), stageColumn = table.Column("stage");
        int? durationColumn = table.OptionalColumn("duration_s");
        var rows = new List<(double Onset, double? Duration, int Label)>();
        foreach (var (line, cells) in table.Rows)
        {
            if (!double.TryParse(cells[onsetColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out double onset) || !double.IsFinite(onset))
                throw new DatasetLayoutException(path, $"onset_s '{cells[onsetColumn]}' is not a number", line);
            if (!SleepStages.TryParse(cells[stageColumn], out int label))
                throw new DatasetLayoutException(path, $"stage '{cells[stageColumn]}' is not a sleep stage (W, N1, N2, N3, REM, R&K 0-5 or ?)", line);
            double? duration = null;
            if (durationColumn is { } dc)
            {
                if (!double.TryParse(cells[dc], NumberStyles.Float, CultureInfo.InvariantCulture, out double d) || !(d > 0))
                    throw new DatasetLayoutException(path, $"duration_s '{cells[dc]}' is not a positive number", line);
                duration = d;
            }
            rows.Add((onset, duration, label));
        }
        rows.Sort((a, b) => a.Onset.CompareTo(b.Onset));
        var result = new List<LabelledInterval>(rows.Count);
        double lastDuration = 30;
        for (int i = 0; i < rows.Count; i++)
        {
            double d = rows[i].Duration ?? (i + 1 < rows.Count ? rows[i + 1].Onset - rows[i].Onset : lastDuration);
            if (d > 0) result.Add(new LabelledInterval(rows[i].Onset, d, rows[i].Label));
            lastDuration = d > 0 ? d : lastDuration;
        }
        return result;
    }

    [GeneratedRegex(@"^((?:SC4|ST7)\d\d)\d", RegexOptions.CultureInvariant)]
    private static partial Regex SleepEdfName();
}
