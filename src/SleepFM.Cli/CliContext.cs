namespace SleepFM.Cli;

/// <summary>Where a command writes: stdout for results, stderr for progress and errors.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error);
