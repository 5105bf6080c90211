using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SleepFM.Models;

/// <summary>
/// Encodes several modalities (BAS, ECG, RESP, EMG, … — any names) for contrastive pretraining. By
/// default one <see cref="ChannelAgnosticEncoder"/> is shared by all modalities, as in SleepFM-clinical
/// (state-dict prefix <c>encoder.</c>); optionally each modality has its own (<c>encoders.{name}.</c>).
/// </summary>
public sealed class MultiModalEncoder : nn.Module
{
#pragma warning disable IDE1006 // PyTorch state-dict names
    readonly ChannelAgnosticEncoder? encoder;
    readonly ModuleDict<ChannelAgnosticEncoder>? encoders;
#pragma warning restore IDE1006

    /// <summary>Modality names in the order of <see cref="EncodeClips"/>'s first axis.</summary>
    public IReadOnlyList<string> Modalities { get; }

    /// <summary>True when one encoder serves every modality.</summary>
    public bool SharedEncoder { get; }

    /// <summary>Creates the encoders.</summary>
    /// <param name="config">Encoder config (one for all modalities).</param>
    /// <param name="modalities">At least two distinct, non-empty names (contrastive learning needs pairs).</param>
    /// <param name="shareEncoder">One encoder for all (default) or one per modality.</param>
    public MultiModalEncoder(EncoderConfig config, IEnumerable<string> modalities, bool shareEncoder = true)
        : base(nameof(MultiModalEncoder))
    {
        ArgumentNullException.ThrowIfNull(config);
        var names = (modalities ?? throw new ArgumentNullException(nameof(modalities))).ToArray();
        if (names.Length < 2 || names.Any(string.IsNullOrWhiteSpace) || names.Distinct(StringComparer.Ordinal).Count() != names.Length)
            throw new ArgumentException($"modalities must be at least two distinct non-empty names; got [{string.Join(", ", names)}].", nameof(modalities));
        if (names.Any(n => n.Contains('.')))
            throw new ArgumentException($"modality names may not contain '.' (it separates state-dict keys); got [{string.Join(", ", names)}].", nameof(modalities));
        Modalities = names;
        SharedEncoder = shareEncoder;
        if (shareEncoder)
        {
            encoder = new ChannelAgnosticEncoder(config);
        }
        else
        {
            encoders = new ModuleDict<ChannelAgnosticEncoder>();
            foreach (var name in names) encoders.Add(name, new ChannelAgnosticEncoder(config));
        }
        RegisterComponents();
    }

    /// <summary>The encoder a modality uses.</summary>
    /// <exception cref="KeyNotFoundException">Unknown modality.</exception>
    public ChannelAgnosticEncoder EncoderFor(string modality)
    {
        if (!Modalities.Contains(modality))
            throw new KeyNotFoundException($"Unknown modality '{modality}'; this encoder knows {string.Join(", ", Modalities)}.");
        return encoder ?? encoders![modality];
    }

    /// <summary>
    /// Encodes every modality of a batch and stacks the clip embeddings for the contrastive losses.
    /// </summary>
    /// <param name="batch">One entry per modality in <see cref="Modalities"/> (all with the same B); a modality absent
    /// from the dictionary is absent for every clip.</param>
    /// <returns>
    /// Embeddings <c>[M, B, d]</c> (zeros where absent) and presence <c>[M, B]</c> bool: a clip has a modality
    /// when at least one of its channels is real.
    /// </returns>
    public (Tensor Embeddings, Tensor Presence) EncodeClips(IReadOnlyDictionary<string, ModalityBatch> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var unknown = batch.Keys.Where(k => !Modalities.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Batch has unknown modalities {string.Join(", ", unknown)}; expected {string.Join(", ", Modalities)}.", nameof(batch));
        if (batch.Count == 0) throw new ArgumentException("Batch has no modality.", nameof(batch));
        long b = batch.Values.First().Signal.shape[0];
        if (batch.Values.Any(m => m.Signal.shape[0] != b))
            throw new ArgumentException("Every modality of a batch must have the same number of clips.", nameof(batch));

        using var scope = NewDisposeScope();
        var dtype = batch.Values.First().Signal.dtype;
        var device = batch.Values.First().Signal.device;
        long d = EncoderFor(Modalities[0]).Config.EmbeddingDim;
        var clips = new List<Tensor>(Modalities.Count);
        var presence = new List<Tensor>(Modalities.Count);
        // Modalities of different clip lengths cannot share one tokenizer call; they are encoded one by one.
        bool oneLength = batch.Values.Select(m => m.Signal.shape[2]).Distinct().Count() == 1;
        var outputs = SharedEncoder && oneLength ? EncodeShared(batch) : null;
        foreach (var name in Modalities)
        {
            if (batch.TryGetValue(name, out var part))
            {
                var output = outputs?[name] ?? EncoderFor(name).forward(part.Signal, part.ChannelMask, part.Positions);
                var present = part.ChannelMask?.any(1) ?? ones(b, dtype: ScalarType.Bool, device: device);
                // The encoder still emits something for a clip without channels (time code, biases); blank it.
                clips.Add(where(present.unsqueeze(1), output.Clip, zeros_like(output.Clip)));
                presence.Add(present);
            }
            else
            {
                clips.Add(zeros([b, d], dtype: dtype, device: device));
                presence.Add(zeros(b, dtype: ScalarType.Bool, device: device));
            }
        }
        return (stack(clips, 0).MoveToOuterDisposeScope(), stack(presence, 0).MoveToOuterDisposeScope());
    }

    // One tokenizer call for the real channels of every modality: BatchNorm then normalises with the
    // statistics of all modalities together in training, which is what its running statistics (used in
    // eval) accumulate. Tokenizing each modality separately made training normalise per modality and
    // eval with the blend, and held-out embeddings collapsed.
    Dictionary<string, EncoderOutput> EncodeShared(IReadOnlyDictionary<string, ModalityBatch> batch)
    {
        var shared = encoder!;
        var parts = Modalities.Where(batch.ContainsKey).Select(name => (Name: name, Part: batch[name])).ToList();
        var real = new List<(string Name, ModalityBatch Part, Tensor Mask, Tensor Index, long B, long C)>();
        var signals = new List<Tensor>();
        foreach (var (name, part) in parts)
        {
            long b = part.Signal.shape[0], c = part.Signal.shape[1], t = part.Signal.shape[2];
            var mask = part.ChannelMask ?? ones(b, c, dtype: ScalarType.Bool, device: part.Signal.device);
            var index = ChannelAgnosticEncoder.RealChannels(mask);
            real.Add((name, part, mask, index, b, c));
            signals.Add(part.Signal.reshape(b * c, t).index_select(0, index));
        }
        var tokens = shared.Tokenize(cat(signals, 0));
        var outputs = new Dictionary<string, EncoderOutput>();
        long offset = 0;
        foreach (var (name, part, mask, index, b, c) in real)
        {
            long n = index.shape[0];
            outputs[name] = shared.EncodeTokens(tokens.narrow(0, offset, n), index, b, c, mask, part.Positions);
            offset += n;
        }
        return outputs;
    }

    /// <summary>Saves all weights (see <see cref="ChannelAgnosticEncoder.SaveWeights"/>).</summary>
    public void SaveWeights(string path, WeightFormat format = WeightFormat.TorchSharp) => WeightFiles.Save(this, path, format);

    /// <summary>Loads all weights; only channel-PE keys may be absent from the file.</summary>
    /// <returns>Keys absent from the file.</returns>
    public IReadOnlyList<string> LoadWeights(string path, WeightFormat format = WeightFormat.TorchSharp) =>
        WeightFiles.Load(this, path, format, key => key.Contains("." + ChannelAgnosticEncoder.PositionalEncodingPrefix, StringComparison.Ordinal));
}
