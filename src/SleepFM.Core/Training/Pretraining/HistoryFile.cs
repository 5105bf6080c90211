using SleepFM.Analysis;
using SleepFM.IO;
using System.Globalization;
using SleepFM.Training.Checkpoints;

namespace SleepFM.Training.Pretraining;

/// <summary><c>history.csv</c>: one row per epoch, rewritten atomically so it always matches a checkpoint.</summary>
internal sealed class HistoryFile(string path)
{
    // New columns go at the end so readers of the first nine keep working.
    const string Header = "epoch,step,train_loss,validation_loss,retrieval_top1,retrieval_top5,log_scale,learning_rate,seconds," +
        "held_out_clips,retrieval_chance_top1,night_retrieval_top1,night_retrieval_top5,night_chance_top1,effective_rank";

    public void Reset() => AtomicFile.WriteAllText(path, Header + "\n");

    public void Append(EpochRecord record) => Write([.. Read(), record]);

    /// <summary>Drops rows written after <paramref name="step"/> (by a run that was later interrupted).</summary>
    public void TruncateAfter(long step) => Write(File.Exists(path) ? Read().Where(r => r.Step <= step).ToList() : []);

    // One reader for the file: the public one, by column name, so files from older versions read too.
    public IReadOnlyList<EpochRecord> Read() => File.Exists(path) ? PretrainingHistory.Read(path) : [];

    void Write(IReadOnlyList<EpochRecord> records)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = records.Select(r => string.Join(",",
            r.Epoch.ToString(inv), r.Step.ToString(inv), R(r.TrainLoss), R(r.ValidationLoss), R(r.RetrievalTop1),
            R(r.RetrievalTop5), R(r.LogScale), R(r.LearningRate), R(r.Seconds),
            r.HeldOutClips.ToString(inv), R(r.RetrievalChanceTop1), R(r.NightRetrievalTop1), R(r.NightRetrievalTop5), R(r.NightRetrievalChanceTop1), R(r.EffectiveRank)));
        AtomicFile.WriteAllText(path, Header + "\n" + string.Concat(lines.Select(l => l + "\n")));
    }

    static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
