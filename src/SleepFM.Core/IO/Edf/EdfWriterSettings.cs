namespace SleepFM.IO.Edf;

/// <summary>
/// What <see cref="EdfWriter"/> writes: signals, record duration, header identification and annotations.
/// The file is EDF+C (or BDF+C with <see cref="Bdf"/>); giving <see cref="RecordStartSeconds"/> makes it
/// EDF+D/BDF+D.
/// </summary>
public sealed record EdfWriterSettings
{
    /// <summary>The data signals, in file order; the "EDF Annotations" signal is added after them. May be empty for an annotation-only file.</summary>
    public required IReadOnlyList<EdfSignalSpec> Signals { get; init; }

    /// <summary>Seconds per data record (&gt; 0; ignored for annotation-only files, which get 0). 1 s suits most rates.</summary>
    public double RecordDurationSeconds { get; init; } = 1.0;

    /// <summary>Start date/time written to the header (whole seconds; years 1985–2084 fit the two-digit field, later ones use the EDF+ "yy" convention).</summary>
    public DateTime StartDateTime { get; init; } = new(2000, 1, 1, 0, 0, 0);

    /// <summary>EDF+ patient subfields; null writes "X X X X" (all unknown).</summary>
    public EdfPatient? Patient { get; init; }

    /// <summary>EDF+ recording subfields (its StartDate is ignored: the header start date is written); null writes unknowns.</summary>
    public EdfRecordingInfo? Recording { get; init; }

    /// <summary>Write BDF+ (24-bit samples, version 0xFF "BIOSEMI") instead of EDF+ (16-bit).</summary>
    public bool Bdf { get; init; }

    /// <summary>Annotations to store in the annotation signal, any order; onsets in seconds after <see cref="StartDateTime"/>.</summary>
    public IReadOnlyList<EdfAnnotation> Annotations { get; init; } = [];

    /// <summary>
    /// Optional start time of each record (seconds after the start), which makes the file discontinuous
    /// (EDF+D). Must be increasing by at least the record duration; there must be one per record written.
    /// </summary>
    public IReadOnlyList<double>? RecordStartSeconds { get; init; }

    /// <summary>Bytes reserved per record for TALs, or null to size it from the annotations.</summary>
    public int? AnnotationBytesPerRecord { get; init; }
}
