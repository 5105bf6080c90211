using Xunit.Abstractions;
using Xunit.Sdk;

namespace SleepFM.Notebooks.Tests;

/// <summary>
/// Runs the notebooks in their numbered order, as a reader would: each reuses what the earlier ones left in the
/// shared results folder, so no single cell has to redo a whole earlier stage (and run into the cell time limit).
/// </summary>
public sealed class NotebookOrder : ITestCaseOrderer
{
    /// <summary>This orderer's name for <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string TypeName = "SleepFM.Notebooks.Tests.NotebookOrder";

    /// <summary>This assembly's name for <see cref="TestCaseOrdererAttribute"/>.</summary>
    public const string AssemblyName = "SleepFM.Notebooks.Tests";

    /// <inheritdoc />
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(c => c.DisplayName, StringComparer.Ordinal);
}
