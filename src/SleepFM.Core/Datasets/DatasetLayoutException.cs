namespace SleepFM.Datasets;

/// <summary>A dataset folder or one of its label/subject tables does not have the layout a recipe expects.</summary>
public sealed class DatasetLayoutException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file or folder at fault.</param>
    /// <param name="problem">What is wrong, e.g. "column 'label' is missing".</param>
    /// <param name="line">1-based line of a table, or null.</param>
    public DatasetLayoutException(string path, string problem, int? line = null)
        : base($"{path}{(line is { } l ? $", line {l}" : "")}: {problem}")
    {
        Path = path;
        Problem = problem;
        Line = line;
    }

    /// <summary>The file or folder at fault.</summary>
    public string Path { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>1-based line of a table, or null.</summary>
    public int? Line { get; }
}
