namespace SleepFM.Datasets;

/// <summary>
/// The recipes <c>sleepfm prepare --dataset NAME</c> knows. A new dataset registers a factory here (or the
/// caller passes its own <see cref="IDatasetRecipe"/> to the pipeline directly).
/// </summary>
public static class DatasetRecipes
{
    static readonly Dictionary<string, Func<IDatasetRecipe>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["psg"] = () => new PsgRecipe(),
        ["edf-labels"] = () => new EdfLabelsRecipe(),
        ["tuab"] = () => new Recipes.TuabRecipe(),
        ["tuev"] = () => new Recipes.TuevRecipe(),
        ["tusl"] = () => new Recipes.TuslRecipe(),
        ["chbmit"] = () => new Recipes.ChbMitRecipe(),
        ["braincapture"] = () => new Recipes.BrainCaptureRecipe(),
        ["ptbxl"] = () => new Recipes.PtbXlRecipe(),
        ["g12ec"] = () => new Recipes.ChallengeEcgRecipe("g12ec"),
        ["cpsc"] = () => new Recipes.ChallengeEcgRecipe("cpsc"),
        ["code15"] = () => new Recipes.Code15Recipe(),
    };

    /// <summary>Registered names, sorted.</summary>
    public static IReadOnlyList<string> Names
    {
        get { lock (Factories) return Factories.Keys.Order(StringComparer.Ordinal).ToList(); }
    }

    /// <summary>Adds (or replaces) a recipe factory.</summary>
    /// <param name="name">Command-line name, case-insensitive.</param>
    /// <param name="factory">Creates a fresh recipe with its defaults.</param>
    public static void Register(string name, Func<IDatasetRecipe> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        lock (Factories) Factories[name] = factory;
    }

    /// <summary>Creates the recipe registered under a name.</summary>
    /// <exception cref="ArgumentException">Unknown name; the message lists the known ones.</exception>
    public static IDatasetRecipe Create(string name)
    {
        lock (Factories)
            return Factories.TryGetValue(name, out var factory) ? factory()
                : throw new ArgumentException($"Unknown dataset '{name}'; known: {string.Join(", ", Names)}.", nameof(name));
    }
}
