using SleepFM.IO;
using System.Globalization;
using SleepFM.Training.Checkpoints;

namespace SleepFM.Training.Pretraining;

/// <summary><c>history.csv</c>: one row per epoch, rewritten atomically so it always matches a checkpoint.</summary>
internal sealed class HistoryFile(string path)
{
    // New columns go at the end so readers of the first nine keep working.
    const string Header = "epoch,step,train_loss,validation_loss,retrieval_top1,retrieval_top5,log_scale,learning_rate,seconds," +
        "held_out_clips,retrieval_chance_top1,night_retrieval_top1,night_retrieval_top5,night_chance_top1";

    public void Reset() => AtomicFile.WriteAllText(path, Header + "\n");

    public void Append(EpochRecord record) => Write([.. Read(), record]);

    /// <summary>Drops rows written after <paramref name="step"/> (by a run that was later interrupted).</summary>
    public void TruncateAfter(long step) => Write(File.Exists(path) ? Read().Where(r => r.Step <= step).ToList() : []);

    public IReadOnlyList<EpochRecord> Read()
    {
        if (!File.Exists(path)) return [];
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse).ToList();
    }

    void Write(IReadOnlyList<EpochRecord> records)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = records.Select(r => string.Join(",",
            r.Epoch.ToString(inv), r.Step.ToString(inv), R(r.TrainLoss), R(r.ValidationLoss), R(r.RetrievalTop1),
            R(r.RetrievalTop5), R(r.LogScale), R(r.LearningRate), R(r.Seconds),
            r.HeldOutClips.ToString(inv), R(r.RetrievalChanceTop1), R(r.NightRetrievalTop1), R(r.NightRetrievalTop5), R(r.NightRetrievalChanceTop1)));
        AtomicFile.WriteAllText(path, Header + "\n" + string.Concat(lines.Select(l => l + "\n")));
    }

    static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    static EpochRecord Parse(string line)
    {
        var f = line.Split(',');
        double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
        var record = new EpochRecord(int.Parse(f[0], CultureInfo.InvariantCulture), long.Parse(f[1], CultureInfo.InvariantCulture),
            D(2), D(3), D(4), D(5), D(6), D(7), D(8));
        // Files written before the retrieval-chance columns existed have nine fields.
        return f.Length < 14 ? record : record with
        {
            HeldOutClips = int.Parse(f[9], CultureInfo.InvariantCulture),
            RetrievalChanceTop1 = D(10), NightRetrievalTop1 = D(11), NightRetrievalTop5 = D(12), NightRetrievalChanceTop1 = D(13),
        };
    }
}
