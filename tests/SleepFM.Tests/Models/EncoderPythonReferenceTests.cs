using System.Collections;
using SleepFM.Models;
using SleepFM.Runtime;
using SleepFM.Tests.Fixtures;
using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace SleepFM.Tests.Models;

/// <summary>
/// The C# encoder against tests/python/encoder_reference.py, a PyTorch 1.13 implementation built on
/// torch.nn.TransformerEncoderLayer with the same state-dict names: weights go both ways, outputs agree.
/// </summary>
[Collection("Torch")]
public sealed class EncoderPythonReferenceTests
{
    const double Tolerance = 1e-5;

    static readonly EncoderConfig[] Configs =
    [
        EncoderConfig.Tiny with { UseChannelPositions = true },
        EncoderConfig.Tiny with
        {
            TokenizerNormalization = TokenizerNormalization.ChannelsAndTime,
            AuthorsSpatialMean = true,
            SpatialNormFirst = true,
            TemporalLayers = 2,
            UseChannelPositions = true,
            ChannelPositionMode = ChannelPositionalEncoding.Mode.AuthorsTruncated,
        },
    ];

    /// <summary>Writes config.json and inputs.pt: 2 clips × 3 channels × 3 tokens, clip 1 has a NaN-filled padded channel.</summary>
    static (Tensor Signal, Tensor Mask, Tensor Positions) WriteCase(string directory, EncoderConfig config)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "config.json"), config.ToJson());
        var signal = EncoderTestData.Signal(2, 3, 3, seed: 21).to(float64);
        signal[1, 2] = tensor(double.NaN);
        var mask = tensor(new[] { true, true, true, true, true, false }, [2, 3]);
        var positions = tensor(new[]
        {
            -0.5878, 0, 0.809, 0.5878, 0, 0.809, double.NaN, double.NaN, double.NaN,
            0, 0.7, 0.7, -0.3, -0.9, 0.3, 0, 0, 1,
        }, [2, 3, 3], dtype: float64);
        var inputs = new Dictionary<string, Tensor> { ["signal"] = signal, ["mask"] = mask.to(float64), ["positions"] = positions };
        PyTorchPickler.PickleStateDict(Path.Combine(directory, "inputs.pt"), inputs);
        return (signal, mask, positions);
    }

    static (Tensor Tokens, Tensor Clip) ReadOutputs(string directory)
    {
        var table = PyTorchUnpickler.UnpickleStateDict(Path.Combine(directory, "outputs.pt"));
        return ((Tensor)table["tokens"]!, (Tensor)table["clip"]!);
    }

    static void AssertAgree(EncoderOutput ours, (Tensor Tokens, Tensor Clip) reference, string what)
    {
        Assert.Equal(reference.Tokens.shape, ours.Tokens.shape);
        double tokenError = EncoderTestData.MaxAbsDifference(ours.Tokens, reference.Tokens);
        double clipError = EncoderTestData.MaxAbsDifference(ours.Clip, reference.Clip);
        Assert.True(tokenError < Tolerance && clipError < Tolerance, $"{what}: max |Δ| tokens {tokenError:E2}, clip {clipError:E2}");
    }

    [PythonFact("torch")]
    public void CSharpWeightsRunInPyTorchAndPyTorchWeightsRunInCSharp()
    {
        TorchRuntime.EnsureLoaded();
        using var temp = new TempDirectory();
        using var scope = NewDisposeScope();
        var args = new List<string>();
        var encoders = new List<(string Dir, ChannelAgnosticEncoder Encoder, (Tensor, Tensor, Tensor) Inputs)>();
        for (int i = 0; i < Configs.Length; i++)
        {
            var dir = temp.File($"run{i}");
            var inputs = WriteCase(dir, Configs[i]);
            TorchRuntime.Seed(100 + i, 1);
            var encoder = new ChannelAgnosticEncoder(Configs[i]);
            encoder.to(float64);
            using (no_grad()) encoder.forward(EncoderTestData.Signal(4, 2, 3, seed: 5).to(float64)).Dispose();  // BatchNorm stats
            encoder.eval();
            encoder.SaveWeights(Path.Combine(dir, "weights.pt"), WeightFormat.PyTorch);
            encoders.Add((dir, encoder, inputs));
        }
        var exportDirs = new List<string>();
        for (int i = 0; i < Configs.Length; i++)
        {
            var dir = temp.File($"export{i}");
            WriteCase(dir, Configs[i]);
            exportDirs.Add(dir);
        }
        var (exitCode, stdout, stderr) = PythonReference.RunScript("encoder_reference.py",
            ["--run", .. encoders.Select(e => e.Dir), "--export", .. exportDirs]);
        Assert.True(exitCode == 0, $"encoder_reference.py failed ({exitCode}): {stdout}\n{stderr}");

        using var no = no_grad();
        foreach (var (dir, encoder, (signal, mask, positions)) in encoders)
        {
            using var ours = encoder.forward(signal, mask, positions);
            AssertAgree(ours, ReadOutputs(dir), "C# weights in PyTorch " + Path.GetFileName(dir));
            encoder.Dispose();
        }
        for (int i = 0; i < Configs.Length; i++)
        {
            using var encoder = new ChannelAgnosticEncoder(Configs[i]);
            encoder.to(float64);
            Assert.Empty(encoder.LoadWeights(Path.Combine(exportDirs[i], "weights.pt"), WeightFormat.PyTorch));
            encoder.eval();
            var (signal, mask, positions) = WriteCase(temp.File($"again{i}"), Configs[i]);
            using var ours = encoder.forward(signal, mask, positions);
            AssertAgree(ours, ReadOutputs(exportDirs[i]), "PyTorch weights in C# " + i);
        }
    }
}
