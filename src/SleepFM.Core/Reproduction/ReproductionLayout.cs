namespace SleepFM.Reproduction;

/// <summary>
/// Where each stage of a reproduction writes, below one results folder:
/// <code>
/// data/                      the synthetic world (absent with --data)
/// prepared/&lt;dataset&gt;/        windows → HDF5 shards (psg, the eight tasks, code15)
/// pretrain/                  checkpoints, history.csv, encoder.bin/.pt/.json (per-modality encoders: modalities/&lt;M&gt;/)
/// transfer/&lt;task&gt;/&lt;regime&gt;/seed-&lt;n&gt;/   every fine-tuning run
/// ablation/&lt;task&gt;/ablation.csv
/// figures/                   Figures 1–3 as HTML and PNG
/// results.csv  predictions.csv  ablation.csv  class_counts.csv  report.html
/// </code>
/// </summary>
public sealed class ReproductionLayout(string root, string? dataDirectory)
{
    /// <summary>The results folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The data root: the given real data, or <c>data/</c> for the synthetic world.</summary>
    public string Data { get; } = Path.GetFullPath(dataDirectory ?? Path.Combine(root, "data"));

    /// <summary>True when the data is the generated synthetic world.</summary>
    public bool IsSynthetic { get; } = dataDirectory is null;

    /// <summary>A dataset's source folder under the data root (<c>psg</c>, a task id or <c>code15</c>).</summary>
    public string Source(string dataset) => Path.Combine(Data, dataset);

    /// <summary>A dataset's prepared folder.</summary>
    public string Prepared(string dataset) => Path.Combine(Root, "prepared", dataset);

    /// <summary>The pretraining run folder.</summary>
    public string Pretraining => Path.Combine(Root, "pretrain");


    /// <summary>The fine-tuning results root.</summary>
    public string Transfer => Path.Combine(Root, "transfer");

    /// <summary>A task's ablation folder.</summary>
    public string Ablation(string task) => Path.Combine(Root, "ablation", task);

    /// <summary>The figures folder.</summary>
    public string Figures => Path.Combine(Root, "figures");

    /// <summary>All tasks' results, one row per (task, regime, seed, metric).</summary>
    public string ResultsCsv => Path.Combine(Root, "results.csv");

    /// <summary>Every test prediction of every run.</summary>
    public string PredictionsCsv => Path.Combine(Root, "predictions.csv");

    /// <summary>All tasks' ablation subsets and curves.</summary>
    public string AblationCsv => Path.Combine(Root, "ablation.csv");

    /// <summary>Windows per class per task (Figure 1).</summary>
    public string ClassCountsCsv => Path.Combine(Root, "class_counts.csv");

    /// <summary>The one-page report.</summary>
    public string Report => Path.Combine(Root, "report.html");
}
