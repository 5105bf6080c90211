using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests;

/// <summary>A fact that needs the shared real-data fixtures; it is skipped, with the reason, where they are absent.</summary>
public sealed class FixtureFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the fixtures cannot be found.</summary>
    public FixtureFactAttribute()
    {
        if (!FixturePaths.Available) Skip = FixturePaths.MissingReason;
    }
}

/// <summary>A theory that needs the shared real-data fixtures; skipped where they are absent.</summary>
public sealed class FixtureTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the fixtures cannot be found.</summary>
    public FixtureTheoryAttribute()
    {
        if (!FixturePaths.Available) Skip = FixturePaths.MissingReason;
    }
}
