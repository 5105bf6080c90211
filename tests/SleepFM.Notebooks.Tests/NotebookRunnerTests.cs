using System.Text.Json;

namespace SleepFM.Notebooks.Tests;

/// <summary>The runner itself: failures name the cell, outputs are saved, #r "nuget:" works.</summary>
public class NotebookRunnerTests : IDisposable
{
    readonly string directory = Path.Combine(Path.GetTempPath(), "sleepfm-runner-" + Guid.NewGuid().ToString("N")[..8]);

    public NotebookRunnerTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    string WriteNotebook(params string[] codeCells)
    {
        var cells = new List<object> { new { cell_type = "markdown", id = "m0", metadata = new { }, source = new[] { "# test" } } };
        cells.AddRange(codeCells.Select((code, i) => (object)new
        {
            cell_type = "code", id = $"c{i}", execution_count = (int?)null, outputs = Array.Empty<object>(),
            metadata = new { dotnet_interactive = new { language = "csharp" } }, source = new[] { code },
        }));
        var notebook = new
        {
            cells,
            metadata = new { kernelspec = new { display_name = ".NET (C#)", language = "C#", name = ".net-csharp" } },
            nbformat = 4, nbformat_minor = 5,
        };
        var path = Path.Combine(directory, "test.ipynb");
        File.WriteAllText(path, JsonSerializer.Serialize(notebook));
        return path;
    }

    [Fact]
    public async Task A_failing_cell_is_named_by_index_first_line_and_error_and_later_cells_do_not_run()
    {
        var path = WriteNotebook("var x = 1;", "// divide\nvar y = 1 / (x - 1);", "System.IO.File.WriteAllText(\"ran.txt\", \"\");");

        var run = await NotebookRunner.RunAsync(path);

        Assert.NotNull(run.Failure);
        Assert.Equal(2, run.Failure!.Index);               // markdown cell 0, then code cells 1 and 2
        var description = run.Describe();
        Assert.Contains("cell 2 ('// divide')", description);
        Assert.Contains("DivideByZeroException", description);
        Assert.False(File.Exists(Path.Combine(directory, "ran.txt")));
    }

    [Fact]
    public async Task Relative_paths_resolve_against_the_notebook_folder_and_outputs_are_saved()
    {
        File.WriteAllText(Path.Combine(directory, "input.txt"), "forty-two");
        var path = WriteNotebook("System.IO.File.ReadAllText(\"input.txt\")", "Console.WriteLine(\"printed\");");
        var executed = Path.Combine(directory, "out", "executed.ipynb");

        var run = await NotebookRunner.RunAsync(path, executed);

        Assert.True(run.Failure is null, run.Describe());
        var saved = File.ReadAllText(executed);
        Assert.Contains("forty-two", saved);
        Assert.Contains("printed", saved);
        Assert.Contains("\"execution_count\": 1", saved);
    }

    [Fact]
    public async Task Nuget_references_work()
    {
        var path = WriteNotebook(
            "#r \"nuget: Newtonsoft.Json, 13.0.1\"",
            "Newtonsoft.Json.JsonConvert.SerializeObject(new { answer = 42 })");

        var run = await NotebookRunner.RunAsync(path, cellTimeout: TimeSpan.FromMinutes(3));

        Assert.True(run.Failure is null, run.Describe());
        Assert.Contains(run.Cells[^1].Outputs, o => o.Value.Contains("{&quot;answer&quot;:42}") || o.Value.Contains("{\"answer\":42}"));
    }

    [Fact]
    public async Task Environment_variables_are_set_for_the_run_and_restored()
    {
        Environment.SetEnvironmentVariable("SLEEPFM_RUNNER_PROBE", "before");
        var path = WriteNotebook("if (Environment.GetEnvironmentVariable(\"SLEEPFM_RUNNER_PROBE\") != \"during\") throw new Exception(\"not set\");");

        var run = await NotebookRunner.RunAsync(path, environment: new Dictionary<string, string> { ["SLEEPFM_RUNNER_PROBE"] = "during" });

        Assert.True(run.Failure is null, run.Describe());
        Assert.Equal("before", Environment.GetEnvironmentVariable("SLEEPFM_RUNNER_PROBE"));
    }
}
