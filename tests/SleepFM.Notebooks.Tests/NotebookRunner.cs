using System.Reflection;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace SleepFM.Notebooks.Tests;

/// <summary>
/// Executes a .ipynb in process with .NET Interactive's C# kernel, cell by cell, as VS Code or Jupyter
/// would: relative #r paths resolve against the notebook's folder, #r "nuget:..." works, and packages'
/// notebook extensions (interactive-extensions/dotnet) are loaded like the real tool does.
/// </summary>
public static class NotebookRunner
{
    // The process working directory is global state; notebooks must not run concurrently.
    static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Runs every code cell; stops at the first failure. Optionally writes the executed notebook.</summary>
    /// <param name="notebookPath">The .ipynb to execute.</param>
    /// <param name="executedNotebookPath">Where to save the notebook with its outputs, or null.</param>
    /// <param name="environment">Environment variables set for the run (e.g. SLEEPFM_PRESET=tiny), restored afterwards.</param>
    /// <param name="cellTimeout">Time limit per cell.</param>
    public static async Task<NotebookRun> RunAsync(string notebookPath, string? executedNotebookPath = null,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? cellTimeout = null)
    {
        var fullPath = Path.GetFullPath(notebookPath);
        var kernelInfos = new KernelInfoCollection { new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#", ["c#", "C#"]) };
        var document = Notebook.Parse(await File.ReadAllTextAsync(fullPath), kernelInfos);
        var limit = cellTimeout ?? TimeSpan.FromMinutes(5);

        await OneAtATime.WaitAsync();
        var previousDirectory = Directory.GetCurrentDirectory();
        var previousEnvironment = new Dictionary<string, string?>();
        try
        {
            foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            {
                previousEnvironment[key] = Environment.GetEnvironmentVariable(key);
                Environment.SetEnvironmentVariable(key, value);
            }
            Directory.SetCurrentDirectory(Path.GetDirectoryName(fullPath)!);
            using var kernel = CreateKernel();
            var cells = new List<CellResult>();
            int executionCount = 0;
            for (int index = 0; index < document.Elements.Count; index++)
            {
                var element = document.Elements[index];
                if (!IsCode(element) || string.IsNullOrWhiteSpace(element.Contents)) continue;
                var cell = await RunCellAsync(kernel, element, index, limit);
                element.ExecutionOrder = ++executionCount;
                cells.Add(cell);
                if (cell.Failed) break;
            }
            if (executedNotebookPath is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(executedNotebookPath))!);
                await File.WriteAllTextAsync(executedNotebookPath, document.ToJupyterJson());
            }
            return new NotebookRun(fullPath, cells);
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            foreach (var (key, value) in previousEnvironment) Environment.SetEnvironmentVariable(key, value);
            OneAtATime.Release();
        }
    }

    static bool IsCode(InteractiveDocumentElement element) =>
        element.KernelName is "csharp" or "C#" or "c#";

    static CompositeKernel CreateKernel()
    {
        var csharp = new CSharpKernel()
            .UseKernelHelpers()
            .UseNugetDirective(LoadExtensionsAsync);
        var kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;
        return kernel;
    }

    // What the real tool does after a #r "nuget:": reference the package's assemblies, then load its
    // notebook extensions (the callback replaces the tool's default handling, so both are needed).
    static async Task LoadExtensionsAsync(CSharpKernel kernel, IReadOnlyList<ResolvedPackageReference> packages)
    {
        kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
        foreach (var package in packages)
        {
            var extensions = Path.Combine(package.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(extensions)) continue;
            foreach (var dll in Directory.EnumerateFiles(extensions, "*.dll"))
            {
                var assembly = Assembly.LoadFrom(dll);
                foreach (var type in assembly.GetExportedTypes().Where(t => typeof(IKernelExtension).IsAssignableFrom(t) && !t.IsAbstract))
                    await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(kernel);
            }
        }
    }

    static async Task<CellResult> RunCellAsync(Kernel kernel, InteractiveDocumentElement element, int index, TimeSpan limit)
    {
        element.Outputs.Clear();
        var submit = kernel.SendAsync(new SubmitCode(element.Contents));
        var finished = await Task.WhenAny(submit, Task.Delay(limit));
        if (finished != submit)
        {
            var timeout = $"cell did not finish within {limit}";
            element.Outputs.Add(new ErrorElement("Timeout", timeout, []));
            return new CellResult(index, element.Contents, timeout, []);
        }
        string? error = null;
        var outputs = new List<FormattedValue>();
        foreach (var e in submit.Result.Events)
        {
            switch (e)
            {
                case CommandFailed failed:
                    error = failed.Exception?.ToString() ?? failed.Message;
                    element.Outputs.Add(new ErrorElement("Error", failed.Message, []));
                    break;
                case StandardOutputValueProduced stdout:
                    element.Outputs.Add(new TextElement(Text(stdout), "stdout"));
                    outputs.AddRange(stdout.FormattedValues);
                    break;
                case StandardErrorValueProduced stderr:
                    element.Outputs.Add(new TextElement(Text(stderr), "stderr"));
                    outputs.AddRange(stderr.FormattedValues);
                    break;
                case DisplayedValueUpdated:
                    break; // in-place progress updates: only the final display matters in a saved file
                case DisplayEvent display:
                    element.Outputs.Add(new DisplayElement(display.FormattedValues.ToDictionary(v => v.MimeType, v => (object)v.Value)));
                    outputs.AddRange(display.FormattedValues);
                    break;
            }
        }
        return new CellResult(index, element.Contents, error, outputs);
    }

    static string Text(DisplayEvent e) => e.FormattedValues.FirstOrDefault()?.Value ?? "";
}
