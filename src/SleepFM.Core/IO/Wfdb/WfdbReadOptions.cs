namespace SleepFM.IO.Wfdb;

/// <summary>Options for reading WFDB records.</summary>
/// <param name="ChecksumPolicy">What to do on a checksum or initial-value mismatch; <see cref="WfdbChecksumPolicy.Error"/> by default.</param>
public sealed record WfdbReadOptions(WfdbChecksumPolicy ChecksumPolicy = WfdbChecksumPolicy.Error)
{
    /// <summary>The defaults: verify checksums and initial values, and throw on a mismatch.</summary>
    public static WfdbReadOptions Default { get; } = new();
}
