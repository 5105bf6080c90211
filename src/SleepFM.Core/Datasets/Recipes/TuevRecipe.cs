using System.Globalization;
using SleepFM.Signals;
using SleepFM.Tasks;

namespace SleepFM.Datasets.Recipes;

/// <summary>
/// <c>tuev</c>: TUH EEG Events Corpus, <c>edf/{train,eval}/&lt;subject&gt;/&lt;subject&gt;_&lt;nnnnnnnn&gt;.edf</c> with a
/// <c>.rec</c> beside each.
/// </summary>
/// <remarks>
/// <para><c>.rec</c> lines are <c>channel,start_s,stop_s,label</c>: the channel indexes the 22-channel TCP bipolar
/// montage (<see cref="TcpMontage"/>), labels 1–6 are spsw, gped, pled, eyem, artf, bckg (class index = label − 1,
/// <see cref="TaskCatalog.Tuev"/> order). An annotator marks one event as 1-s lines on every channel it shows on, so
/// the lines are merged (<see cref="MergeEvents"/>): per class, lines whose time spans touch or overlap on any channel
/// form one event, which gets one window.</para>
/// <para>Windows: <see cref="WindowSeconds"/> (default 5 s, as BIOT/LaBraM: the 1-s event with 2 s either side) centred
/// on the event, shifted inside the recording. The window's event channel is the active electrode of the event's
/// first TCP channel (lowest index), which is one of the stored referential channels.</para>
/// <para><c>eval/</c> is the official test set; subject = file name up to the first '_'. Channels:
/// <see cref="EegMontage.Tuh19"/>. Preprocessing: <see cref="PreprocessingChain.EegDownstream"/>, 60-Hz notch.</para>
/// </remarks>
public sealed class TuevRecipe : IDatasetRecipe
{
    /// <summary>The TCP montage the <c>.rec</c> channel numbers index (0-based), as (active, reference) electrodes.</summary>
    public static IReadOnlyList<(string Active, string Reference)> TcpMontage { get; } =
    [
        ("FP1", "F7"), ("F7", "T3"), ("T3", "T5"), ("T5", "O1"),
        ("FP2", "F8"), ("F8", "T4"), ("T4", "T6"), ("T6", "O2"),
        ("A1", "T3"), ("T3", "C3"), ("C3", "CZ"), ("CZ", "C4"), ("C4", "T4"), ("T4", "A2"),
        ("FP1", "F3"), ("F3", "C3"), ("C3", "P3"), ("P3", "O1"),
        ("FP2", "F4"), ("F4", "C4"), ("C4", "P4"), ("P4", "O2"),
    ];

    /// <summary>Creates the recipe.</summary>
    /// <param name="windowSeconds">Window length, whole seconds, &gt; 0.</param>
    public TuevRecipe(double windowSeconds = 5)
    {
        RecipeChecks.WindowLength(windowSeconds);
        WindowSeconds = windowSeconds;
    }

    /// <inheritdoc />
    public string Name => "tuev";

    /// <inheritdoc />
    public PreprocessingChain Chain { get; } = PreprocessingChain.EegDownstream(60);

    /// <inheritdoc />
    public double WindowSeconds { get; }

    /// <inheritdoc />
    public LabelSpace Labels { get; } = new(TaskCatalog.Tuev.Classes, MultiLabel: false);

    /// <inheritdoc />
    public IReadOnlyList<RecordingDescriptor> Enumerate(string sourceDirectory)
    {
        var result = new List<RecordingDescriptor>();
        foreach (var file in SourceFiles.Find(sourceDirectory, ".edf"))
        {
            string rec = Path.ChangeExtension(file, ".rec");
            if (!File.Exists(rec)) throw new DatasetLayoutException(rec, "the event list (.rec) of this EDF is missing");
            string id = SourceFiles.RelativeId(sourceDirectory, file);
            DataSplit? split = EegMontage.HasFolder(id, "eval") ? DataSplit.Test : null;
            result.Add(new RecordingDescriptor(id, EegMontage.TuhSubject(file), [file, rec], split, new Dictionary<string, string>()));
        }
        return result;
    }

    /// <inheritdoc />
    public SourceRecording Open(RecordingDescriptor recording)
    {
        var events = MergeEvents(ReadRec(recording.Files[1]));
        return EegMontage.Open(recording.MainFile, EegMontage.Tuh19, duration => WindowPlanner.EventCentred(events, duration, WindowSeconds));
    }

    /// <summary>
    /// Parses a <c>.rec</c> file: one <see cref="EventSpan"/> per line, channel = the line's TCP channel number as text
    /// (0–21), label = class index (0–5).
    /// </summary>
    /// <exception cref="DatasetLayoutException">A line is not four numbers, or a channel/label is out of range.</exception>
    public static IReadOnlyList<EventSpan> ReadRec(string path)
    {
        var lines = File.ReadAllLines(path);
        var result = new List<EventSpan>(lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            var cells = text.Split(',');
            if (cells.Length != 4
                || !int.TryParse(cells[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int channel)
                || !double.TryParse(cells[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double start)
                || !double.TryParse(cells[2].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double stop)
                || !double.TryParse(cells[3].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double code))
                throw new DatasetLayoutException(path, $"'{text}' is not 'channel,start_s,stop_s,label'", i + 1);
            if (channel < 0 || channel >= TcpMontage.Count)
                throw new DatasetLayoutException(path, $"channel {channel} is outside the 22-channel TCP montage (0–21)", i + 1);
            int label = (int)Math.Round(code) - 1;
            if (label < 0 || label >= TaskCatalog.Tuev.Classes.Count || Math.Abs(code - Math.Round(code)) > 1e-9)
                throw new DatasetLayoutException(path, $"label {cells[3].Trim()} is not one of 1–6", i + 1);
            if (!double.IsFinite(start) || !double.IsFinite(stop) || stop < start || start < 0)
                throw new DatasetLayoutException(path, $"time span {start}–{stop} s is not a forward span", i + 1);
            result.Add(new EventSpan(channel.ToString(CultureInfo.InvariantCulture), start, stop, label));
        }
        return result;
    }

    /// <summary>
    /// Merges <see cref="ReadRec"/> lines into events: per class, spans that overlap or touch (on any channel) become
    /// one event spanning their union; its channel is the active electrode of the lowest TCP channel involved.
    /// </summary>
    /// <returns>Events ordered by start, then class.</returns>
    public static IReadOnlyList<EventSpan> MergeEvents(IReadOnlyList<EventSpan> lines)
    {
        var merged = new List<EventSpan>();
        foreach (var group in lines.GroupBy(l => l.Label))
        {
            double start = double.NaN, end = double.NaN;
            int channel = int.MaxValue;
            foreach (var line in group.OrderBy(l => l.StartSeconds))
            {
                int ch = int.Parse(line.Channel!, CultureInfo.InvariantCulture);
                if (!double.IsNaN(end) && line.StartSeconds <= end + 1e-6)
                {
                    end = Math.Max(end, line.EndSeconds);
                    channel = Math.Min(channel, ch);
                    continue;
                }
                if (!double.IsNaN(start)) merged.Add(new EventSpan(TcpMontage[channel].Active, start, end, group.Key));
                (start, end, channel) = (line.StartSeconds, line.EndSeconds, ch);
            }
            if (!double.IsNaN(start)) merged.Add(new EventSpan(TcpMontage[channel].Active, start, end, group.Key));
        }
        return merged.OrderBy(e => e.StartSeconds).ThenBy(e => e.Label).ToList();
    }
}
