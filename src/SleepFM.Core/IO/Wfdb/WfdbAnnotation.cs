namespace SleepFM.IO.Wfdb;

/// <summary>One annotation of a WFDB annotation file (PhysioNet annot(5)).</summary>
/// <param name="Sample">Sample (frame) index the annotation refers to, ≥ 0.</param>
/// <param name="TimeSeconds">Sample / sampling frequency, when a frequency was supplied; otherwise null.</param>
/// <param name="Code">Annotation type code, 0–49 (e.g. 1 = NORMAL, 28 = RHYTHM).</param>
/// <param name="Symbol">Standard mnemonic for <paramref name="Code"/>: "N", "A", "V", "+", "~", "|", "Q", "/" …</param>
/// <param name="SubType">The 'subtyp' field (0 unless a SUB word set it).</param>
/// <param name="Channel">The 'chan' field; it persists from one annotation to the next, as in the WFDB library.</param>
/// <param name="Number">The 'num' field; it persists from one annotation to the next, as in the WFDB library.</param>
/// <param name="Aux">Auxiliary text, e.g. a rhythm label "(N" or "(AFIB"; empty when absent.</param>
public sealed record WfdbAnnotation(
    long Sample,
    double? TimeSeconds,
    int Code,
    string Symbol,
    int SubType,
    int Channel,
    int Number,
    string Aux);
