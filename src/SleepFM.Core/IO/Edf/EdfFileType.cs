namespace SleepFM.IO.Edf;

/// <summary>
/// Which flavour of the European Data Format a file is, from its version field (EDF "0", BDF
/// 0xFF "BIOSEMI") and its reserved field ("EDF+C", "EDF+D", "BDF+C", "BDF+D", "24BIT" or blank).
/// </summary>
public enum EdfFileType
{
    /// <summary>Original EDF (1992): 16-bit samples, no annotation signal required.</summary>
    Edf,
    /// <summary>EDF+ continuous ("EDF+C"): records follow each other without gaps.</summary>
    EdfPlusContinuous,
    /// <summary>EDF+ discontinuous ("EDF+D"): each record's start comes from its time-keeping annotation.</summary>
    EdfPlusDiscontinuous,
    /// <summary>BioSemi BDF: 24-bit samples (reserved field usually "24BIT").</summary>
    Bdf,
    /// <summary>BDF+ continuous ("BDF+C"): BDF samples with EDF+ annotations and header subfields.</summary>
    BdfPlusContinuous,
    /// <summary>BDF+ discontinuous ("BDF+D").</summary>
    BdfPlusDiscontinuous,
}
