namespace SleepFM.IO.Edf;

/// <summary>
/// Everything the header of an EDF/EDF+/BDF/BDF+ file says, parsed once and validated against the file
/// length. Samples are not read until asked for (see <see cref="EdfRecording"/>).
/// </summary>
public sealed record EdfHeader
{
    /// <summary>The flavour of the file, from its version and reserved fields.</summary>
    public required EdfFileType FileType { get; init; }

    /// <summary>Bytes per sample: 2 (EDF, 16-bit two's complement) or 3 (BDF, 24-bit); both little-endian.</summary>
    public required int BytesPerSample { get; init; }

    /// <summary>Local patient identification, all 80 bytes as stored, trailing spaces removed.</summary>
    public required string PatientIdentification { get; init; }

    /// <summary>Local recording identification, all 80 bytes as stored, trailing spaces removed.</summary>
    public required string RecordingIdentification { get; init; }

    /// <summary>EDF+ patient subfields; null for plain EDF/BDF, whose patient field is free text.</summary>
    public required EdfPatient? Patient { get; init; }

    /// <summary>EDF+ recording subfields; null for plain EDF/BDF or when the field does not start with "Startdate".</summary>
    public required EdfRecordingInfo? Recording { get; init; }

    /// <summary>
    /// Start of the recording as written (local clock time, no zone; MNE reports the same value as UTC),
    /// or null when the date/time fields are unreadable (a warning says why). Two-digit years 85–99 are
    /// 1985–1999 and 00–84 are 2000–2084; the EDF+ "Startdate" subfield supplies the year beyond that.
    /// </summary>
    public required DateTime? StartDateTime { get; init; }

    /// <summary>Header size in bytes: 256 × (number of signals + 1).</summary>
    public required int HeaderBytes { get; init; }

    /// <summary>The 44-byte reserved field, trimmed ("EDF+C", "EDF+D", "BDF+C", "BDF+D", "24BIT" or empty).</summary>
    public required string Reserved { get; init; }

    /// <summary>Number of data records as stored; −1 means "unknown" (the file was not closed properly).</summary>
    public required long DeclaredRecordCount { get; init; }

    /// <summary>Number of complete data records actually used: the declared count, or what the file length holds when it disagrees (with a warning).</summary>
    public required long RecordCount { get; init; }

    /// <summary>Duration of one data record in seconds (≥ 0; 0 only for annotation-only files).</summary>
    public required double RecordDurationSeconds { get; init; }

    /// <summary>Bytes in one data record: Σ SamplesPerRecord × BytesPerSample over all signals.</summary>
    public required long RecordBytes { get; init; }

    /// <summary>All signals in file order, annotation signals included.</summary>
    public required IReadOnlyList<EdfSignal> Signals { get; init; }

    /// <summary>True for EDF+ and BDF+ (annotation signal, header subfields, time-keeping TALs).</summary>
    public bool IsPlus => FileType is EdfFileType.EdfPlusContinuous or EdfFileType.EdfPlusDiscontinuous
        or EdfFileType.BdfPlusContinuous or EdfFileType.BdfPlusDiscontinuous;

    /// <summary>True for EDF+D and BDF+D, whose records may have gaps between them.</summary>
    public bool IsDiscontinuous => FileType is EdfFileType.EdfPlusDiscontinuous or EdfFileType.BdfPlusDiscontinuous;

    /// <summary>Duration covered by the records: RecordCount × RecordDurationSeconds (gaps of EDF+D not included).</summary>
    public double DataDurationSeconds => RecordCount * RecordDurationSeconds;
}
