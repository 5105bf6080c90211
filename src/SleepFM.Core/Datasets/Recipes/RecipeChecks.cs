namespace SleepFM.Datasets.Recipes;

/// <summary>Argument checks shared by the downstream recipes.</summary>
internal static class RecipeChecks
{
    /// <summary>Windows must be finite, positive and a whole number of 1-s tokens.</summary>
    public static void WindowLength(double windowSeconds)
    {
        if (!(windowSeconds > 0) || double.IsInfinity(windowSeconds) || Math.Abs(windowSeconds - Math.Round(windowSeconds)) > 1e-9)
            throw new ArgumentOutOfRangeException(nameof(windowSeconds), windowSeconds, "must be a whole number of seconds > 0");
    }
}
