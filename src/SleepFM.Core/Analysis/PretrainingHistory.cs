using System.Globalization;
using SleepFM.Training.Pretraining;

namespace SleepFM.Analysis;

/// <summary>
/// Reads a pretraining run's <c>history.csv</c> (written by <see cref="Pretrainer"/>) for charts and
/// tables, by column name so a reordered or extended file still reads.
/// </summary>
public static class PretrainingHistory
{
    /// <summary>The records of a <c>history.csv</c>, or of the <c>history.csv</c> inside a run folder.</summary>
    /// <param name="path">The file, or the run folder that holds it.</param>
    /// <exception cref="FileNotFoundException">No history file there.</exception>
    /// <exception cref="InvalidDataException">A required column is missing or a value is not a number.</exception>
    public static IReadOnlyList<EpochRecord> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path)) path = Path.Combine(path, "history.csv");
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such history file", path);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) return [];
        var header = lines[0].Split(',').Select(h => h.Trim()).ToList();
        int Column(string name) => header.IndexOf(name) is var i and >= 0
            ? i : throw new InvalidDataException($"{path}: column '{name}' is missing.");
        int epoch = Column("epoch"), step = Column("step"), train = Column("train_loss"), validation = Column("validation_loss"),
            top1 = Column("retrieval_top1"), top5 = Column("retrieval_top5"), logScale = Column("log_scale"),
            rate = Column("learning_rate"), seconds = Column("seconds");
        // Added later (held-out size and the chance levels, retrieval within each night, effective rank); absent from older files.
        int clips = header.IndexOf("held_out_clips"), chance = header.IndexOf("retrieval_chance_top1"),
            night1 = header.IndexOf("night_retrieval_top1"), night5 = header.IndexOf("night_retrieval_top5"), nightChance = header.IndexOf("night_chance_top1"),
            rank = header.IndexOf("effective_rank");
        var records = new List<EpochRecord>();
        for (int n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0) continue;
            var f = lines[n].Split(',');
            double D(int i) => double.TryParse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                ? v : throw new InvalidDataException($"{path}:{n + 1}: '{f[i]}' in column '{header[i]}' is not a number.");
            if (f.Length < header.Count) throw new InvalidDataException($"{path}:{n + 1}: {f.Length} fields, expected {header.Count}.");
            double Optional(int i) => i >= 0 ? D(i) : double.NaN;
            records.Add(new EpochRecord((int)D(epoch), (long)D(step), D(train), D(validation), D(top1), D(top5), D(logScale), D(rate), D(seconds))
            {
                HeldOutClips = clips >= 0 ? (int)D(clips) : 0,
                RetrievalChanceTop1 = Optional(chance),
                NightRetrievalTop1 = Optional(night1),
                NightRetrievalTop5 = Optional(night5),
                NightRetrievalChanceTop1 = Optional(nightChance),
                EffectiveRank = Optional(rank),
            });
        }
        return records;
    }
}
