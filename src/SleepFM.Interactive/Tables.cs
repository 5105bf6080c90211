using Deedle;

namespace SleepFM.Interactive;

/// <summary>Turns the library's result records into Deedle frames, which notebooks show as tables.</summary>
public static class Tables
{
    /// <summary>One row per record, one column per public property.</summary>
    public static Frame<int, string> ToFrame<T>(IEnumerable<T> records) => Frame.FromRecords(records);
}
