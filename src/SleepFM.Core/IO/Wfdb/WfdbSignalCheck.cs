namespace SleepFM.IO.Wfdb;

/// <summary>
/// A signal's header checksum and initial value compared with its stored data. Both are computed over
/// the samples as stored in the file (skew is not applied): the checksum is the sum of all samples
/// mod 65536 read as a signed 16-bit number, the initial value is the first stored sample.
/// </summary>
/// <param name="SignalIndex">Header index of the signal.</param>
/// <param name="Description">Signal description.</param>
/// <param name="HeaderInitialValue">Initial value from the header, or null when omitted.</param>
/// <param name="DataInitialValue">First stored sample, or null for an empty record.</param>
/// <param name="HeaderChecksum">Checksum from the header (as signed 16-bit), or null when omitted.</param>
/// <param name="DataChecksum">Checksum of the stored samples, signed 16-bit.</param>
public sealed record WfdbSignalCheck(
    int SignalIndex,
    string Description,
    int? HeaderInitialValue,
    int? DataInitialValue,
    int? HeaderChecksum,
    int DataChecksum)
{
    /// <summary>True when the header omits the checksum or it equals the data's.</summary>
    public bool ChecksumMatches => HeaderChecksum is not { } h || h == DataChecksum;

    /// <summary>True when the header omits the initial value, the record is empty, or they agree.</summary>
    public bool InitialValueMatches => HeaderInitialValue is not { } h || DataInitialValue is not { } d || h == d;

    /// <summary>Folds a sum of samples into WFDB's signed 16-bit checksum.</summary>
    public static int Fold(long sum) => (short)(ushort)(sum & 0xFFFF);
}
