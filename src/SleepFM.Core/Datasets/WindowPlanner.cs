namespace SleepFM.Datasets;

/// <summary>Where windows go in a recording: fixed consecutive clips, or clips centred on annotated events.</summary>
public static class WindowPlanner
{
    /// <summary>
    /// Start times of consecutive windows that fit entirely in the recording: 0, stride, 2·stride, …
    /// A trailing piece shorter than a window is dropped (never padded).
    /// </summary>
    /// <param name="recordingSeconds">Recording length, seconds, ≥ 0.</param>
    /// <param name="windowSeconds">Window length, seconds, &gt; 0.</param>
    /// <param name="strideSeconds">Step between starts, seconds, &gt; 0; null = <paramref name="windowSeconds"/> (no overlap).</param>
    public static IReadOnlyList<double> FixedStarts(double recordingSeconds, double windowSeconds, double? strideSeconds = null)
    {
        RequirePositive(windowSeconds, nameof(windowSeconds));
        double stride = strideSeconds ?? windowSeconds;
        RequirePositive(stride, nameof(strideSeconds));
        if (!(recordingSeconds >= 0) || double.IsInfinity(recordingSeconds))
            throw new ArgumentOutOfRangeException(nameof(recordingSeconds), recordingSeconds, "must be finite and ≥ 0");
        var starts = new List<double>();
        // Index-based so rounding never accumulates; 1e-9 s of slack keeps a window ending exactly at the end.
        for (long k = 0; k * stride + windowSeconds <= recordingSeconds + 1e-9; k++) starts.Add(k * stride);
        return starts;
    }

    /// <summary>
    /// One window per event, centred on the event's midpoint and shifted to lie inside the recording
    /// (TUEV: each event on a channel becomes a labelled clip). Events longer than a window keep their centre.
    /// Events in a recording shorter than one window are skipped.
    /// </summary>
    /// <param name="events">Annotated events.</param>
    /// <param name="recordingSeconds">Recording length, seconds.</param>
    /// <param name="windowSeconds">Window length, seconds, &gt; 0.</param>
    /// <returns>One single-label window per usable event, ordered by start (stable).</returns>
    public static IReadOnlyList<LabelledWindow> EventCentred(IEnumerable<EventSpan> events, double recordingSeconds, double windowSeconds)
    {
        ArgumentNullException.ThrowIfNull(events);
        RequirePositive(windowSeconds, nameof(windowSeconds));
        var windows = new List<LabelledWindow>();
        if (!(recordingSeconds >= windowSeconds)) return windows;
        foreach (var e in events)
        {
            if (!(e.EndSeconds >= e.StartSeconds) || !double.IsFinite(e.StartSeconds) || !double.IsFinite(e.EndSeconds))
                throw new ArgumentException($"Event {e} has a non-finite or reversed time span.", nameof(events));
            double start = (e.StartSeconds + e.EndSeconds) / 2 - windowSeconds / 2;
            start = Math.Clamp(start, 0, recordingSeconds - windowSeconds);
            windows.Add(new LabelledWindow(start, [e.Label], e.Channel));
        }
        return windows.OrderBy(w => w.StartSeconds).ToList();
    }

    /// <summary>
    /// The class covering most of [start, start + duration) (ties → the smaller class index), or
    /// <see cref="LabelSpace.Unknown"/> when no interval with a known class overlaps it. Unscored (−1)
    /// intervals do not vote.
    /// </summary>
    /// <param name="intervals">Labelled intervals (e.g. scored sleep epochs), any order.</param>
    /// <param name="startSeconds">Window start, seconds.</param>
    /// <param name="durationSeconds">Window length, seconds, &gt; 0.</param>
    public static int MajorityLabel(IReadOnlyList<LabelledInterval> intervals, double startSeconds, double durationSeconds)
    {
        double end = startSeconds + durationSeconds;
        var votes = new SortedDictionary<int, double>();
        foreach (var iv in intervals)
        {
            if (iv.Label < 0) continue;
            double overlap = Math.Min(end, iv.StartSeconds + iv.DurationSeconds) - Math.Max(startSeconds, iv.StartSeconds);
            if (overlap > 0) votes[iv.Label] = votes.GetValueOrDefault(iv.Label) + overlap;
        }
        int best = LabelSpace.Unknown;
        double bestSeconds = 0;
        foreach (var (label, seconds) in votes)
            if (seconds > bestSeconds + 1e-9) (best, bestSeconds) = (label, seconds);
        return best;
    }

    static void RequirePositive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(name, value, "must be finite and > 0");
    }
}
