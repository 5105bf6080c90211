using SleepFM.Models;
using static TorchSharp.torch;

namespace SleepFM.Tests.Models;

/// <summary>
/// A shared encoder tokenizes every modality in one call, so in training BatchNorm normalises with the
/// statistics of all modalities together, as its running statistics (used in eval) do. Encoding the
/// modalities one by one made train-mode and eval-mode embeddings disagree, and held-out embeddings collapsed.
/// </summary>
[Collection("Torch")]
public class SharedEncoderNormalisationTests
{
    static Dictionary<string, ModalityBatch> Batch(float scaleB)
    {
        manual_seed(3);
        return new()
        {
            ["A"] = new ModalityBatch(randn([4, 2, 128])),
            ["B"] = new ModalityBatch(randn([4, 3, 128]) * scaleB),
        };
    }

    [Fact]
    public void In_training_one_modalitys_embedding_depends_on_the_others_batch_statistics()
    {
        manual_seed(1);
        using var encoder = new MultiModalEncoder(EncoderConfig.Tiny, ["A", "B"]);
        encoder.train();
        using var small = encoder.EncodeClips(Batch(1f)).Embeddings;
        using var large = encoder.EncodeClips(Batch(50f)).Embeddings;

        Assert.False(small[0].allclose(large[0], rtol: 1e-4, atol: 1e-5));   // A's clips, B rescaled
    }

    [Fact]
    public void After_training_steps_eval_embeddings_stay_close_to_training_ones()
    {
        manual_seed(1);
        using var encoder = new MultiModalEncoder(EncoderConfig.Tiny with { Dropout = 0 }, ["A", "B"]);
        var batch = Batch(20f);
        encoder.train();
        using (no_grad())
            for (int i = 0; i < 200; i++) encoder.EncodeClips(batch).Embeddings.Dispose();   // running statistics converge
        using var trained = encoder.EncodeClips(batch).Embeddings;
        encoder.eval();
        using var evaluated = encoder.EncodeClips(batch).Embeddings;

        double relative = (trained - evaluated).norm().item<float>() / trained.norm().item<float>();
        Assert.True(relative < 0.05, $"eval embeddings differ from training ones by {relative:P1}");
    }
}
