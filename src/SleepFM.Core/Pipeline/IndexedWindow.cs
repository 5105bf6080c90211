using SleepFM.Datasets;

namespace SleepFM.Pipeline;

/// <summary>One row of <c>index.csv</c>: where a window lives and whose it is.</summary>
/// <param name="WindowId">Global id, 0-based row number of index.csv (stable while the prepared set is unchanged).</param>
/// <param name="Shard">Shard file name inside <c>shards/</c>.</param>
/// <param name="Row">Row in the shard's N axis.</param>
/// <param name="RecordingId">Recording id.</param>
/// <param name="SubjectId">Subject id.</param>
/// <param name="Split">The subject's split.</param>
/// <param name="StartSeconds">Window start, seconds.</param>
/// <param name="Labels">L labels (as stored in the shard).</param>
public sealed record IndexedWindow(long WindowId, string Shard, int Row, string RecordingId, string SubjectId, DataSplit Split, double StartSeconds, int[] Labels);
