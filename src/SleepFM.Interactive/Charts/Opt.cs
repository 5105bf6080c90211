using Plotly.NET.CSharp;

namespace SleepFM.Interactive.Charts;

/// <summary>
/// Wraps a value in Plotly.NET.CSharp's <see cref="Optional{T}"/>. Needed for interface-typed
/// parameters such as <c>IEnumerable&lt;string&gt;</c>: C# does not apply user-defined implicit
/// conversions from interfaces, so those arguments cannot be passed directly.
/// </summary>
static class Opt
{
    public static Optional<T> Of<T>(T value) => new() { Value = value, IsSome = true };
}
