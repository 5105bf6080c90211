namespace SleepFM.IO;

/// <summary>
/// A recoverable oddity found while reading a file (a non-standard unit spelling, a bad date):
/// the data is still usable, and the warning travels with the result instead of being logged away.
/// </summary>
/// <param name="Field">The field concerned, e.g. "physical dimension of 'EEG Fpz-Cz'".</param>
/// <param name="Message">What was found and what the reader did about it.</param>
public sealed record ReadWarning(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
