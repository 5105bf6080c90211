namespace SleepFM.Pipeline;

/// <summary>A recording that could not be converted, with the reason; listed in <c>failures.csv</c>.</summary>
/// <param name="RecordingId">Recording id.</param>
/// <param name="File">Its main file.</param>
/// <param name="ErrorType">Exception type name, e.g. <c>EdfFormatException</c>.</param>
/// <param name="Message">The error message (one line).</param>
public sealed record PrepareFailure(string RecordingId, string File, string ErrorType, string Message);
