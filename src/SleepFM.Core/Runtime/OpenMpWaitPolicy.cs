using System.Runtime.InteropServices;

namespace SleepFM.Runtime;

/// <summary>
/// Makes LibTorch's OpenMP threads sleep instead of spin while they wait for work, unless the user chose otherwise.
/// </summary>
/// <remarks>
/// The encoder runs thousands of small ops per step; between two of them GNU OpenMP's idle threads spin-wait by
/// default. When the cores are shared (other processes, or a second thread per core), the spinning thread steals
/// the core from the one doing the work: on a busy 2-core machine a 2-thread fine-tuning step took 3–4× as long
/// as a 1-thread step, and with passive waiting it is back near the 1-thread time. Results do not change (the thread
/// count, and so every reduction order, is the same). libgomp reads the variable once, when it is loaded, so this
/// must run before LibTorch's native libraries load.
/// </remarks>
static class OpenMpWaitPolicy
{
    /// <summary>The environment variable libgomp reads.</summary>
    public const string Variable = "OMP_WAIT_POLICY";

    /// <summary>Sets <c>OMP_WAIT_POLICY=PASSIVE</c> in the native environment when it is unset; true if it set it.</summary>
    public static bool PreferPassive()
    {
        if (!OperatingSystem.IsLinux() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            return false;
        try
        {
            // .NET keeps its own copy of the environment on Unix; native libraries read libc's.
            if (SetEnv(Variable, "PASSIVE", 0) != 0) return false;
            Environment.SetEnvironmentVariable(Variable, "PASSIVE");
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport, not LibraryImport: the source-generated stub needs unsafe code, and ANSI strings are UTF-8 on Unix.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "setenv", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    static extern int SetEnv(string name, string value, int overwrite);
#pragma warning restore SYSLIB1054
}
