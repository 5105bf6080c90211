namespace SleepFM.Benchmarks;

/// <summary>One named benchmark. It prints its own measurements (and ratios to the reference tool) as JSON lines.</summary>
public interface IBenchmark
{
    /// <summary>Short name used on the command line, e.g. "edf-read".</summary>
    string Name { get; }

    /// <summary>What it measures, one line.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark; returns a process exit code.</summary>
    int Run(string[] args);
}
