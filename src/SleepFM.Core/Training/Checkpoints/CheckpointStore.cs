using SleepFM.IO;
using System.Globalization;
using System.Text.Json;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Training.Checkpoints;

/// <summary>
/// Checkpoints under <c>&lt;run&gt;/checkpoints/step-NNNNNNNN/</c>, each written whole into a temporary folder
/// and renamed, then published by rewriting <c>latest</c> atomically. A killed run therefore leaves either
/// the previous checkpoint or the new one, never a half-written one that looks complete.
/// Each holds: <c>model.bin</c> (all trainable modules), <c>optimizer.bin</c>, <c>rng.bin</c> (LibTorch's
/// generator state, which drives dropout), <c>position.json</c> and the run's <c>config.json</c>.
/// </summary>
public sealed class CheckpointStore(string runDirectory, int kept)
{
    const string LatestFile = "latest";

    /// <summary>The folder holding the checkpoints.</summary>
    public string Directory { get; } = Path.Combine(runDirectory, "checkpoints");

    /// <summary>Writes a checkpoint and prunes old ones beyond <c>kept</c>.</summary>
    /// <returns>The checkpoint folder.</returns>
    public string Save(nn.Module model, optim.Optimizer optimizer, TrainingPosition position, string configJson)
    {
        var name = $"step-{position.Step.ToString("D8", CultureInfo.InvariantCulture)}";
        var target = Path.Combine(Directory, name);
        if (System.IO.Directory.Exists(target)) System.IO.Directory.Delete(target, recursive: true);
        AtomicFile.WriteDirectory(target, temp =>
        {
            model.save(Path.Combine(temp, "model.bin"));
            ((TorchSharp.Modules.OptimizerHelper)optimizer).save_state_dict(Path.Combine(temp, "optimizer.bin"));
            using (var rng = torch.get_rng_state()) rng.save(Path.Combine(temp, "rng.bin"));
            File.WriteAllText(Path.Combine(temp, "position.json"), JsonSerializer.Serialize(position));
            File.WriteAllText(Path.Combine(temp, "config.json"), configJson);
        });
        AtomicFile.WriteAllText(Path.Combine(Directory, LatestFile), name);
        Prune(kept, name);
        return target;
    }

    /// <summary>The latest complete checkpoint folder, or null when there is none.</summary>
    public string? Latest()
    {
        var pointer = Path.Combine(Directory, LatestFile);
        if (!File.Exists(pointer)) return null;
        var folder = Path.Combine(Directory, File.ReadAllText(pointer).Trim());
        return System.IO.Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Restores model, optimizer and generator state from a checkpoint; returns its position.</summary>
    /// <exception cref="InvalidDataException">The checkpoint was written with a different configuration.</exception>
    public static TrainingPosition Load(string checkpoint, nn.Module model, optim.Optimizer optimizer, string configJson)
    {
        var savedConfig = File.ReadAllText(Path.Combine(checkpoint, "config.json"));
        if (savedConfig != configJson)
            throw new InvalidDataException($"{checkpoint} was written by a run with a different configuration; resume with the same settings or start a new output folder.");
        model.load(Path.Combine(checkpoint, "model.bin"));
        ((TorchSharp.Modules.OptimizerHelper)optimizer).load_state_dict(Path.Combine(checkpoint, "optimizer.bin"));
        using (var rng = torch.load(Path.Combine(checkpoint, "rng.bin"))) torch.set_rng_state(rng);
        return JsonSerializer.Deserialize<TrainingPosition>(File.ReadAllText(Path.Combine(checkpoint, "position.json")))
               ?? throw new InvalidDataException($"{checkpoint}/position.json is empty.");
    }

    void Prune(int keep, string newest)
    {
        var old = System.IO.Directory.EnumerateDirectories(Directory, "step-*")
            .Select(Path.GetFileName).Where(n => n != newest).OrderByDescending(n => n, StringComparer.Ordinal).Skip(keep - 1);
        foreach (var name in old) System.IO.Directory.Delete(Path.Combine(Directory, name!), recursive: true);
    }
}
