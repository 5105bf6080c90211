using System.CommandLine;
using SleepFM.Training.FineTuning;

namespace SleepFM.Cli;

/// <summary><c>--max-epochs</c> and <c>--patience</c>: override the preset's fine-tuning length.</summary>
sealed class BudgetOptions
{
    public Option<int?> MaxEpochs { get; } = Positive("--max-epochs", "Fine-tuning epochs at most (default: the preset's; quick 8, paper 100).");

    public Option<int?> Patience { get; } = Positive("--patience", "Early stopping after this many epochs without a lower validation loss (default: the preset's; quick 3, paper 10).");

    public FineTuningBudget Read(ParseResult parse) => new(parse.GetValue(MaxEpochs), parse.GetValue(Patience));

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
