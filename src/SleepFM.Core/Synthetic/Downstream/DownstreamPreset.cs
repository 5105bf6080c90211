namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// How much of each synthetic downstream dataset to make. Class balance follows the paper's Figure 1
/// proportions; rare classes get a floor (<see cref="MinimumLabelPrevalence"/>, the seizure share) so
/// that the 10 %/10 % subject splits of the small presets still hold positives. Named presets:
/// <see cref="Tiny"/> (tests, seconds), <see cref="Quick"/> (the main demo, well under a minute on
/// 2 cores), <see cref="Large"/> (benchmarks).
/// </summary>
public sealed record DownstreamPreset
{
    /// <summary>Preset name (tiny, quick, large), recorded in <c>downstream.json</c>.</summary>
    public required string Name { get; init; }

    /// <summary>TUAB subjects (one 60-s-multiple recording each, some two sessions), 4–100,000.</summary>
    public required int TuabSubjects { get; init; }

    /// <summary>Length of one TUAB recording, whole minutes, 1–60.</summary>
    public int TuabMinutes { get; init; } = 2;

    /// <summary>TUEV subjects (one recording each), 4–100,000.</summary>
    public required int TuevSubjects { get; init; }

    /// <summary>Length of one TUEV recording, seconds, 30–3,600 (a multiple of 10).</summary>
    public int TuevSeconds { get; init; } = 60;

    /// <summary>TUSL subjects (one session, one recording each), 4–100,000.</summary>
    public required int TuslSubjects { get; init; }

    /// <summary>Length of one TUSL recording, seconds, 60–3,600 (a multiple of 10).</summary>
    public int TuslSeconds { get; init; } = 180;

    /// <summary>CHB-MIT subjects (chb01 …; at most 99, the two-digit naming), 2–99.</summary>
    public required int ChbMitSubjects { get; init; }

    /// <summary>Recordings per CHB-MIT subject, 1–99.</summary>
    public int ChbMitFilesPerSubject { get; init; } = 2;

    /// <summary>Length of one CHB-MIT recording, seconds, 60–3,600 (a multiple of 10).</summary>
    public int ChbMitFileSeconds { get; init; } = 120;

    /// <summary>
    /// Target share of 10-s CHB-MIT windows inside seizures, 0.001–0.2. The real corpus has 0.46 %
    /// (220 of 47,785); small presets raise it so a test split of a few subjects still has seizures.
    /// </summary>
    public double ChbMitSeizureWindowShare { get; init; } = 0.035;

    /// <summary>BrainCapture subjects, 4–100,000.</summary>
    public required int BrainCaptureSubjects { get; init; }

    /// <summary>Length of one BrainCapture recording, whole minutes, 1–60.</summary>
    public int BrainCaptureMinutes { get; init; } = 2;

    /// <summary>CODE-15% exams (several per patient), 12–1,000,000.</summary>
    public required int Code15Exams { get; init; }

    /// <summary>Exams per <c>exams_part&lt;k&gt;.hdf5</c> file, ≥ 1.</summary>
    public int Code15ExamsPerPart { get; init; } = 500;

    /// <summary>PTB-XL records, 20–100,000 (one to three per patient).</summary>
    public required int PtbXlRecords { get; init; }

    /// <summary>G12EC records, 10–100,000.</summary>
    public required int G12ecRecords { get; init; }

    /// <summary>CPSC 2018 records, 10–9,999 (the four-digit A#### naming).</summary>
    public required int CpscRecords { get; init; }

    /// <summary>
    /// Floor on each ECG label's prevalence, 0–0.3. Real prevalences (1–3 % for most CODE-15% labels)
    /// leave a few hundred records with one or two positives; the floor keeps every label scorable.
    /// </summary>
    public double MinimumLabelPrevalence { get; init; } = 0.06;

    /// <summary>Floor on each TUEV class's share of events, 0–0.3 (spsw and eyem are ~1–2 % in the corpus).</summary>
    public double MinimumEventShare { get; init; } = 0.08;

    /// <summary>Seconds, everything included: a few seconds of EEG and a few dozen ECGs per dataset.</summary>
    public static DownstreamPreset Tiny { get; } = new()
    {
        Name = "tiny",
        TuabSubjects = 12, TuabMinutes = 1,
        TuevSubjects = 8, TuevSeconds = 40,
        TuslSubjects = 8, TuslSeconds = 60,
        ChbMitSubjects = 8, ChbMitFilesPerSubject = 1, ChbMitFileSeconds = 90, ChbMitSeizureWindowShare = 0.08,
        BrainCaptureSubjects = 32, BrainCaptureMinutes = 1,
        Code15Exams = 80, Code15ExamsPerPart = 40,
        PtbXlRecords = 60, G12ecRecords = 50, CpscRecords = 50,
        MinimumLabelPrevalence = 0.15, MinimumEventShare = 0.1,
    };

    /// <summary>The main demo: 24–360 subjects per EEG dataset (a few hundred to 3,500 windows each), 4,200 ECGs; sized so every task × regime × seed fine-tunes within the quick budget on 2 cores.</summary>
    public static DownstreamPreset Quick { get; } = new()
    {
        Name = "quick",
        TuabSubjects = 50, TuabMinutes = 1,
        // BrainCapture: a test split of about 90 windows; with a third of the subjects it held 30, and differences
        // between regimes stayed inside the seed-to-seed spread. TUEV: with 90 subjects (616 training windows) no
        // network learnt the focal events (SPSW, PLED, EYEM went to BCKG; 0.35 balanced accuracy); with 360 (2,478)
        // scratch reaches 0.88 (benchmarks/learnability/README.md).
        TuevSubjects = 360, TuevSeconds = 60,
        TuslSubjects = 24, TuslSeconds = 180,
        ChbMitSubjects = 30, ChbMitFilesPerSubject = 2, ChbMitFileSeconds = 120, ChbMitSeizureWindowShare = 0.05,
        BrainCaptureSubjects = 120, BrainCaptureMinutes = 1,
        // ECG: enough positives per label (about 120 in CODE-15%, 36+ per external set) that a macro F1 over
        // seeds measures the model rather than which few records were drawn; with 500 exams no model learnt SB.
        // The 12 % label floor leaves about 24 positives per label in CODE-15%'s 10 % validation split, where each label's
        // F1-optimal threshold is chosen; at 6 % (about 12) the thresholds, and every external macro F1, followed the draw.
        Code15Exams = 2000, Code15ExamsPerPart = 1000,
        PtbXlRecords = 1000, G12ecRecords = 600, CpscRecords = 600,
        MinimumLabelPrevalence = 0.12,
    };

    /// <summary>Benchmarks: thousands of windows per task, real-like rarity of seizures.</summary>
    public static DownstreamPreset Large { get; } = new()
    {
        Name = "large",
        TuabSubjects = 600, TuabMinutes = 5,
        TuevSubjects = 300, TuevSeconds = 120,
        TuslSubjects = 112, TuslSeconds = 600,
        ChbMitSubjects = 24, ChbMitFilesPerSubject = 10, ChbMitFileSeconds = 600, ChbMitSeizureWindowShare = 0.01,
        BrainCaptureSubjects = 400, BrainCaptureMinutes = 5,
        Code15Exams = 20_000, Code15ExamsPerPart = 5_000,
        PtbXlRecords = 6_000, G12ecRecords = 3_000, CpscRecords = 3_000,
        MinimumLabelPrevalence = 0.02, MinimumEventShare = 0.03,
    };

    /// <summary>The named presets.</summary>
    public static IReadOnlyList<DownstreamPreset> All { get; } = [Tiny, Quick, Large];

    /// <summary>A preset by name (case-insensitive); the names match <see cref="SynthesisPreset"/>'s.</summary>
    /// <param name="name">tiny, quick or large.</param>
    /// <exception cref="ArgumentException">Unknown name; the message lists the valid ones.</exception>
    public static DownstreamPreset FromName(string name) =>
        All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown downstream preset '{name}'; expected one of: {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));

    /// <summary>Throws when a field is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A field is out of its documented range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name);
        static void Range(double value, double min, double max, string name)
        {
            if (!(value >= min && value <= max)) throw new ArgumentOutOfRangeException(name, value, $"{name} must lie in [{min}, {max}].");
        }
        static void Tens(int value, string name)
        {
            if (value % 10 != 0) throw new ArgumentOutOfRangeException(name, value, $"{name} must be a multiple of 10 s (the label grid).");
        }
        Range(TuabSubjects, 4, 100_000, nameof(TuabSubjects)); Range(TuabMinutes, 1, 60, nameof(TuabMinutes));
        Range(TuevSubjects, 4, 100_000, nameof(TuevSubjects)); Range(TuevSeconds, 30, 3600, nameof(TuevSeconds)); Tens(TuevSeconds, nameof(TuevSeconds));
        Range(TuslSubjects, 4, 100_000, nameof(TuslSubjects)); Range(TuslSeconds, 60, 3600, nameof(TuslSeconds)); Tens(TuslSeconds, nameof(TuslSeconds));
        Range(ChbMitSubjects, 2, 99, nameof(ChbMitSubjects)); Range(ChbMitFilesPerSubject, 1, 99, nameof(ChbMitFilesPerSubject));
        Range(ChbMitFileSeconds, 60, 3600, nameof(ChbMitFileSeconds)); Tens(ChbMitFileSeconds, nameof(ChbMitFileSeconds));
        Range(ChbMitSeizureWindowShare, 0.001, 0.2, nameof(ChbMitSeizureWindowShare));
        Range(BrainCaptureSubjects, 4, 100_000, nameof(BrainCaptureSubjects)); Range(BrainCaptureMinutes, 1, 60, nameof(BrainCaptureMinutes));
        Range(Code15Exams, 12, 1_000_000, nameof(Code15Exams)); Range(Code15ExamsPerPart, 1, 1_000_000, nameof(Code15ExamsPerPart));
        Range(PtbXlRecords, 20, 100_000, nameof(PtbXlRecords)); Range(G12ecRecords, 10, 100_000, nameof(G12ecRecords));
        Range(CpscRecords, 10, 9_999, nameof(CpscRecords));
        Range(MinimumLabelPrevalence, 0, 0.3, nameof(MinimumLabelPrevalence)); Range(MinimumEventShare, 0, 0.3, nameof(MinimumEventShare));
    }
}
