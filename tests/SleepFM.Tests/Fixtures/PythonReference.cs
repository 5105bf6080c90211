using System.Diagnostics;

namespace SleepFM.Tests.Fixtures;

/// <summary>
/// Runs the independent Python references (Debian's python3-mne, -scipy, -sklearn, -torch) from tests.
/// They are installed by <c>.ci/run</c> and <c>environment/</c>; the project never needs them at run time.
/// </summary>
public static class PythonReference
{
    /// <summary>The Debian interpreter; pyenv's python on PATH lacks the Debian packages.</summary>
    public const string Interpreter = "/usr/bin/python3";

    static readonly Dictionary<string, bool> ModuleCache = new();

    /// <summary>True when <see cref="Interpreter"/> can import every named module.</summary>
    public static bool HasModules(params string[] modules)
    {
        var key = string.Join(",", modules);
        lock (ModuleCache)
        {
            if (ModuleCache.TryGetValue(key, out var known)) return known;
            bool ok = File.Exists(Interpreter) &&
                      Run(["-c", string.Join(";", modules.Select(m => "import " + m))], TimeSpan.FromMinutes(2)).ExitCode == 0;
            ModuleCache[key] = ok;
            return ok;
        }
    }

    /// <summary>Runs a script under <c>tests/python/</c> with arguments; returns exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunScript(string scriptName, params string[] args) =>
        Run([Path.Combine(RepoPaths.Root, "tests", "python", scriptName), .. args], TimeSpan.FromMinutes(5));

    /// <summary>Runs the interpreter with raw arguments and a time limit.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(IEnumerable<string> args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(Interpreter)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        // One BLAS thread: tests run in parallel and the references are small.
        info.Environment["OMP_NUM_THREADS"] = "1";
        info.Environment["OPENBLAS_NUM_THREADS"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python3 {string.Join(' ', args)} did not finish within {timeout}.");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A fact that needs Debian's Python references; skipped with the reason where they are not installed.</summary>
public sealed class PythonFactAttribute : FactAttribute
{
    /// <summary>Skips unless <c>/usr/bin/python3</c> imports every module named.</summary>
    public PythonFactAttribute(params string[] modules)
    {
        if (!PythonReference.HasModules(modules))
            Skip = $"Needs {PythonReference.Interpreter} with {string.Join(", ", modules)} (installed by .ci/run and environment/install-python-references.sh).";
    }
}
