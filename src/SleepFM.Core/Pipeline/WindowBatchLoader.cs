using System.Collections.Concurrent;
using SleepFM.Channels;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Pipeline;

/// <summary>
/// Streams batches of windows from a prepared dataset's shards into TorchSharp tensors. Only the index, the open
/// shards' metadata and a few batches of samples are ever in memory, so the dataset never has to fit.
/// </summary>
/// <remarks>
/// <para>Usage: <c>foreach (var batch in loader.Batches(epoch)) { using var scope = torch.NewDisposeScope(); … }</c>,
/// or dispose each batch. See <see cref="WindowBatch"/> for shapes and ownership.</para>
/// <para>Padding: recordings with fewer channels than the batch's C are padded with zeros and a false mask; C is fixed
/// per dataset (<see cref="PreparedDatasetInfo.MaxChannels"/>, or per modality
/// <see cref="PreparedDatasetInfo.MaxChannelsPerModality"/>), so every batch has the same shape.</para>
/// <para>Threads: with <see cref="BatchLoaderOptions.PrefetchBatches"/> &gt; 0, <see cref="BatchLoaderOptions.ReaderThreads"/>
/// background threads read shards and build the tensors (float16 copied, then widened to float32 by LibTorch) while the
/// caller trains; batches still arrive in the seeded order. With 0, everything runs on the caller's thread.</para>
/// </remarks>
public sealed class WindowBatchLoader
{
    readonly PreparedDataset dataset;
    readonly BatchLoaderOptions options;
    readonly IReadOnlyList<IndexedWindow> windows;
    readonly (Modality? Modality, int Channels)[] groups;

    /// <summary>Creates a loader over one split (or all) of a prepared dataset.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Invalid options.</exception>
    public WindowBatchLoader(PreparedDataset dataset, BatchLoaderOptions? options = null)
    {
        this.dataset = dataset ?? throw new ArgumentNullException(nameof(dataset));
        this.options = (options ?? new BatchLoaderOptions()).Validate();
        windows = dataset.Select(this.options.Split);
        var info = dataset.Info;
        groups = this.options.GroupByModality
            ? ModalityLimits.PretrainingModalities
                .Where(m => info.MaxChannelsPerModality.GetValueOrDefault(m.ToString()) > 0)
                .Select(m => ((Modality?)m, info.MaxChannelsPerModality[m.ToString()])).ToArray()
            : [(null, Math.Max(1, info.MaxChannels))];
    }

    /// <summary>Windows per epoch (before <see cref="BatchLoaderOptions.DropLast"/>).</summary>
    public int WindowCount => windows.Count;

    /// <summary>Batches per epoch.</summary>
    public int BatchCount => options.DropLast ? windows.Count / options.BatchSize : (windows.Count + options.BatchSize - 1) / options.BatchSize;

    /// <summary>The modalities of a grouped batch, in order (empty in flat mode).</summary>
    public IReadOnlyList<Modality> Modalities => groups.Where(g => g.Modality is not null).Select(g => g.Modality!.Value).ToList();

    /// <summary>One epoch of batches, in the seeded order for that epoch.</summary>
    /// <param name="epoch">Epoch number, ≥ 0; the same (seed, epoch) always gives the same batches.</param>
    /// <param name="cancellationToken">Stops the background reader.</param>
    public IEnumerable<WindowBatch> Batches(int epoch = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        var order = options.BatchKey is { } key
            ? WindowOrder.BuildGrouped(windows.Select(key).ToList(), options.BatchSize, options.Seed, epoch)
            : WindowOrder.Build(windows.Select(w => w.Shard).ToList(), options.Shuffle, options.Seed, epoch, options.ShuffleBufferWindows);
        int batchCount = BatchCount;
        return options.PrefetchBatches == 0 ? Inline(order, batchCount) : Prefetched(order, batchCount, cancellationToken);
    }

    IEnumerable<WindowBatch> Inline(int[] order, int batchCount)
    {
        using var cache = new ShardCache(dataset, options.MaxOpenShards);
        var host = NewHost();
        for (int b = 0; b < batchCount; b++)
        {
            Fill(host, cache, order, b);
            yield return ToTensors(host);
        }
    }

    // Batch b is built by reader b mod W (each with its own shards and buffers, since a ShardReader is single-threaded)
    // and taken back in order, so the sequence is the same as the inline one whatever the thread count.
    IEnumerable<WindowBatch> Prefetched(int[] order, int batchCount, CancellationToken cancellationToken)
    {
        int readers = Math.Max(1, Math.Min(options.ReaderThreads, batchCount));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queues = Enumerable.Range(0, readers).Select(_ => new BlockingCollection<WindowBatch>(options.PrefetchBatches)).ToArray();
        var failures = new Exception?[readers];
        var producers = new Task[readers];
        for (int w = 0; w < readers; w++)
        {
            int worker = w;
            producers[w] = Task.Factory.StartNew(() =>
            {
                using var cache = new ShardCache(dataset, options.MaxOpenShards);
                var host = NewHost();
                try
                {
                    for (int b = worker; b < batchCount; b += readers)
                    {
                        Fill(host, cache, order, b);
                        var batch = ToTensors(host);
                        try { queues[worker].Add(batch, stop.Token); }
                        catch { batch.Dispose(); throw; }
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                catch (Exception e) { failures[worker] = e; }
                finally { queues[worker].CompleteAdding(); }
            }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
        try
        {
            for (int b = 0; b < batchCount; b++)
            {
                int worker = b % readers;
                if (!queues[worker].TryTake(out var batch, Timeout.Infinite, cancellationToken))
                {
                    var failure = failures[worker] ?? failures.FirstOrDefault(f => f is not null);
                    throw new IOException($"Reading batches from {dataset.Directory} failed: {failure?.Message ?? "a reader stopped early"}", failure);
                }
                // Made on a reader thread, so no dispose scope saw them: hand them to the caller's scope, if any.
                torch.CurrentDisposeScope?.Attach(batch.Tensors());
                yield return batch;
            }
        }
        finally
        {
            stop.Cancel();
            try { Task.WaitAll(producers); } catch (AggregateException) { }
            foreach (var q in queues)
            {
                while (q.TryTake(out var left)) left.Dispose();
                q.Dispose();
            }
        }
    }

    HostBatch NewHost() => new(options.BatchSize, groups, dataset.Info.WindowSamples, dataset.Info.Precision == ShardPrecision.Float16,
        dataset.Info.Labels.Width, dataset.Info.Labels.MultiLabel);

    void Fill(HostBatch host, ShardCache cache, int[] order, int batchIndex)
    {
        int first = batchIndex * options.BatchSize;
        int count = Math.Min(options.BatchSize, order.Length - first);
        host.Count = count;
        int t = host.WindowSamples;
        Half[]? halfScratch = null;
        float[]? floatScratch = null;
        for (int b = 0; b < count; b++)
        {
            var window = windows[order[first + b]];
            var entry = cache.Get(window.Shard);
            var reader = entry.Reader;
            if (window.Row < 0 || window.Row >= reader.WindowCount)
                throw new IO.Hdf5.Hdf5FormatException(reader.FilePath, $"dataset '{ShardLayout.Signals}'", null,
                    $"has {reader.WindowCount} windows; index.csv refers to row {window.Row} (window {window.WindowId})");
            host.WindowIds[b] = window.WindowId;
            host.RecordingIds[b] = window.RecordingId;
            host.SubjectIds[b] = window.SubjectId;
            host.ChannelNames[b] = reader.ChannelNames;
            host.ChannelModalities[b] = reader.ChannelModalities;
            host.EventChannels[b] = reader.EventChannels[window.Row];
            if (host.MultiLabel)
                for (int l = 0; l < host.LabelWidth; l++) host.FlagLabels![b * host.LabelWidth + l] = window.Labels[l];
            else host.ClassLabels![b] = window.Labels[0];

            if (options.GroupByModality)
            {
                int size = reader.ChannelCount * t;
                if (reader.Precision == ShardPrecision.Float16)
                {
                    if (halfScratch is null || halfScratch.Length < size) halfScratch = new Half[size];
                    reader.ReadWindow(window.Row, halfScratch.AsMemory());
                }
                else
                {
                    if (floatScratch is null || floatScratch.Length < size) floatScratch = new float[size];
                    reader.ReadWindow(window.Row, floatScratch.AsMemory());
                }
                foreach (var g in host.Groups)
                {
                    var channels = entry.ByModality.GetValueOrDefault(g.Modality!.Value, []);
                    FillGroup(g, b, t, reader, window.Row, channels, halfScratch, floatScratch);
                }
            }
            else
            {
                var g = host.Groups[0];
                int c = g.Channels;
                if (reader.ChannelCount > c)
                    throw new IO.Hdf5.Hdf5FormatException(reader.FilePath, $"dataset '{ShardLayout.Signals}'", null,
                        $"has {reader.ChannelCount} channels; dataset.json says at most {c}. Rebuild the index with 'sleepfm prepare --index-only'");
                int used = reader.ChannelCount * t;
                if (g.HalfSignals is { } h)
                {
                    reader.ReadWindow(window.Row, h.AsMemory(b * c * t, c * t));
                    h.AsSpan(b * c * t + used, (c - reader.ChannelCount) * t).Clear();
                }
                else
                {
                    reader.ReadWindow(window.Row, g.FloatSignals!.AsMemory(b * c * t, c * t));
                    g.FloatSignals.AsSpan(b * c * t + used, (c - reader.ChannelCount) * t).Clear();
                }
                bool any = false;
                for (int k = 0; k < c; k++)
                {
                    bool real = k < reader.ChannelCount && reader.ChannelMask[window.Row * reader.ChannelCount + k] != 0;
                    g.Mask[b * c + k] = real;
                    any |= real;
                    for (int d = 0; d < 3; d++) g.Positions[(b * c + k) * 3 + d] = k < reader.ChannelCount ? reader.Positions[k * 3 + d] : float.NaN;
                }
                g.Present[b] = any;
            }
        }
    }

    static void FillGroup(HostBatch.Group g, int b, int t, ShardReader reader, int row, int[] channels, Half[]? halfScratch, float[]? floatScratch)
    {
        int c = g.Channels;
        bool any = false;
        for (int k = 0; k < c; k++)
        {
            int source = k < channels.Length ? channels[k] : -1;
            int target = (b * c + k) * t;
            if (source >= 0)
            {
                if (g.HalfSignals is { } h) halfScratch.AsSpan(source * t, t).CopyTo(h.AsSpan(target, t));
                else floatScratch.AsSpan(source * t, t).CopyTo(g.FloatSignals.AsSpan(target, t));
            }
            else if (g.HalfSignals is { } h) h.AsSpan(target, t).Clear();
            else g.FloatSignals.AsSpan(target, t).Clear();
            bool real = source >= 0 && reader.ChannelMask[row * reader.ChannelCount + source] != 0;
            g.Mask[b * c + k] = real;
            any |= real;
            for (int d = 0; d < 3; d++) g.Positions[(b * c + k) * 3 + d] = source >= 0 ? reader.Positions[source * 3 + d] : float.NaN;
        }
        g.Present[b] = any;
    }

    WindowBatch ToTensors(HostBatch host)
    {
        int n = host.Count, t = host.WindowSamples;
        var made = new List<Tensor>();
        try
        {
            var modalities = new List<ModalityTensors>();
            Tensor? signals = null, mask = null, positions = null, presence = null;
            foreach (var g in host.Groups)
            {
                long[] dims = [n, g.Channels, t];
                Tensor s;
                if (g.HalfSignals is { } h)
                {
                    // Copy as float16 and let LibTorch widen it (vectorised): far cheaper than converting on the way in.
                    using var stored = tensor(Trim(h, n * g.Channels * t), dims);
                    s = stored.to_type(ScalarType.Float32);
                }
                else s = tensor(Trim(g.FloatSignals!, n * g.Channels * t), dims);
                made.Add(s);
                var m = tensor(Trim(g.Mask, n * g.Channels), [n, g.Channels]);
                made.Add(m);
                var p = tensor(Trim(g.Positions, n * g.Channels * 3), [n, g.Channels, 3]);
                made.Add(p);
                if (g.Modality is { } modality) modalities.Add(new ModalityTensors(modality, s, m, p));
                else (signals, mask, positions) = (s, m, p);
            }
            if (options.GroupByModality)
            {
                var flags = new bool[host.Groups.Length * n];
                for (int gi = 0; gi < host.Groups.Length; gi++) Array.Copy(host.Groups[gi].Present, 0, flags, gi * n, n);
                presence = tensor(flags, [host.Groups.Length, n]);
                made.Add(presence);
            }
            var labels = host.MultiLabel
                ? tensor(Trim(host.FlagLabels!, n * host.LabelWidth), [n, host.LabelWidth])
                : tensor(Trim(host.ClassLabels!, n), [n]);
            made.Add(labels);
            return new WindowBatch(signals, mask, positions, modalities, presence, labels,
                host.WindowIds[..n], host.RecordingIds[..n], host.SubjectIds[..n], host.ChannelNames[..n], host.ChannelModalities[..n], host.EventChannels[..n]);
        }
        catch
        {
            foreach (var x in made) x.Dispose();
            throw;
        }
    }

    // torch.tensor copies and wants the exact length: only a short last batch pays for a trimmed copy.
    static T[] Trim<T>(T[] array, int length) => array.Length == length ? array : array[..length];
}
