using SleepFM.Models;
using SleepFM.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Tests.Models;

/// <summary>
/// The tokenizer block's fast layouts against the plain formulations
/// <c>layer_norm(elu(batch_norm(conv(x))).transpose(1, 2)).transpose(1, 2)</c> and, for the joint norm,
/// <c>layer_norm(elu(batch_norm(conv(x))), [C, L])</c> (what the PyTorch reference runs), in
/// training mode where the parity tests (eval mode) do not look: outputs, BatchNorm running statistics and gradients.
/// </summary>
[Collection("Torch")]
public sealed class TokenizerBlockTests
{
    const double Tolerance = 1e-10;

    [Theory]
    [InlineData(1, 4, 16, TokenizerNormalization.Channels)]          // C < L: LayerNorm as reductions over the channel axis
    [InlineData(4, 16, 16, TokenizerNormalization.Channels)]         // C ≥ L: rows of channels
    [InlineData(8, 32, 8, TokenizerNormalization.Channels)]
    [InlineData(1, 4, 16, TokenizerNormalization.ChannelsAndTime)]   // C < L: the plain [N, C, L] layout
    [InlineData(4, 16, 16, TokenizerNormalization.ChannelsAndTime)]  // C ≥ L: rows of channels, joint LayerNorm on [N, L, C]
    [InlineData(8, 32, 8, TokenizerNormalization.ChannelsAndTime)]
    public void TrainingStepMatchesThePlainFormulation(int inChannels, int outChannels, int inLength, TokenizerNormalization normalization)
    {
        using var scope = NewDisposeScope();
        TorchRuntime.Seed(5, 1);
        int outLength = (inLength + 1) / 2;
        using var block = new TokenizerBlock(inChannels, outChannels, 5, outLength, normalization);
        block.to(float64);
        block.train();
        var p = block.named_parameters().ToDictionary(kv => kv.name, kv => kv.parameter);
        var b = block.named_buffers().ToDictionary(kv => kv.name, kv => kv.buffer);
        using (no_grad())
        {
            // Non-trivial affine parameters, so a swapped weight and bias would show.
            p["layer_norm.weight"].uniform_(0.5, 1.5);
            p["layer_norm.bias"].uniform_(-0.5, 0.5);
            p["batch_norm.weight"].uniform_(0.5, 1.5);
            p["batch_norm.bias"].uniform_(-0.5, 0.5);
        }
        var runningMean = b["batch_norm.running_mean"].clone();
        var runningVar = b["batch_norm.running_var"].clone();
        var x = randn([6, inChannels, inLength], dtype: float64, generator: new Generator(9)).requires_grad_(true);
        var upstream = randn([6, outChannels, outLength], dtype: float64, generator: new Generator(10));

        var ours = block.forward(x);
        var oursGrads = autograd.grad([(ours * upstream).sum()], [x, .. p.Values]);

        var conv = nn.functional.conv1d(x, p["conv.weight"], p["conv.bias"], stride: 2, padding: 2);
        var normed = nn.functional.batch_norm(conv, runningMean, runningVar, p["batch_norm.weight"], p["batch_norm.bias"], training: true);
        var activated = nn.functional.elu(normed, 1.0);
        var reference = normalization == TokenizerNormalization.Channels
            ? nn.functional.layer_norm(activated.transpose(1, 2), [outChannels], p["layer_norm.weight"], p["layer_norm.bias"], 1e-5).transpose(1, 2)
            : nn.functional.layer_norm(activated, [outChannels, outLength], p["layer_norm.weight"], p["layer_norm.bias"], 1e-5);
        var referenceGrads = autograd.grad([(reference * upstream).sum()], [x, .. p.Values]);

        Assert.Equal(reference.shape, ours.shape);
        Assert.True(EncoderTestData.MaxAbsDifference(ours, reference) < Tolerance);
        Assert.True(EncoderTestData.MaxAbsDifference(b["batch_norm.running_mean"], runningMean) < Tolerance);
        Assert.True(EncoderTestData.MaxAbsDifference(b["batch_norm.running_var"], runningVar) < Tolerance);
        var names = new[] { "input" }.Concat(p.Keys).ToArray();
        for (int i = 0; i < names.Length; i++)
        {
            double error = EncoderTestData.MaxAbsDifference(oursGrads[i], referenceGrads[i]);
            Assert.True(error < Tolerance, $"gradient of {names[i]}: max |Δ| {error:E2}");
        }
    }
}
