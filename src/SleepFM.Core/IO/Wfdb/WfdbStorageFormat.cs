namespace SleepFM.IO.Wfdb;

/// <summary>
/// The WFDB signal storage formats this reader decodes (PhysioNet signal(5)). The numeric values are
/// the format codes written in the header.
/// </summary>
public enum WfdbStorageFormat
{
    /// <summary>8-bit offset binary: stored byte minus 128. Invalid sample: -128.</summary>
    Format80 = 80,
    /// <summary>Two 12-bit two's-complement samples packed into three bytes (MIT-BIH). Invalid sample: -2048.</summary>
    Format212 = 212,
    /// <summary>16-bit two's complement, little-endian. Invalid sample: -32768.</summary>
    Format16 = 16,
    /// <summary>24-bit two's complement, little-endian. Invalid sample: -8388608.</summary>
    Format24 = 24,
    /// <summary>32-bit two's complement, little-endian. Invalid sample: -2147483648.</summary>
    Format32 = 32,
}
