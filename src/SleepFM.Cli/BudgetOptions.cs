using System.CommandLine;
using SleepFM.Evaluation.Reporting;
using SleepFM.Tasks;
using SleepFM.Training.FineTuning;

namespace SleepFM.Cli;

/// <summary><c>--max-epochs</c> and <c>--patience</c>: override the preset's fine-tuning length.</summary>
sealed class BudgetOptions
{
    public Option<int?> MaxEpochs { get; } = Positive("--max-epochs", $"Fine-tuning epochs at most (default: the preset's; {PresetValues(c => c.MaxEpochs)}).");

    public Option<int?> Patience { get; } = Positive("--patience", $"Early stopping after this many epochs without a lower validation loss (default: the preset's; {PresetValues(c => c.Patience)}).");

    public FineTuningBudget Read(ParseResult parse) => new(parse.GetValue(MaxEpochs), parse.GetValue(Patience));

    // Read from the presets, so the help cannot drift from them.
    static string PresetValues(Func<FineTuningConfig, int> value) =>
        string.Join(", ", new[] { "quick", "paper" }.Select(p => $"{p} {value(FineTuningPresets.For(p, TaskCatalog.Tuab, Regime.Scratch))}"));

    static Option<int?> Positive(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1 and var value) r.AddError($"{name} must be at least 1; got {value}.");
        });
        return option;
    }
}
