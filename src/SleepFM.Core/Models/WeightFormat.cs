namespace SleepFM.Models;

/// <summary>File format of saved weights.</summary>
public enum WeightFormat
{
    /// <summary>TorchSharp's own state-dict format (<c>Module.save</c>): fast, .NET only.</summary>
    TorchSharp,

    /// <summary>
    /// A PyTorch <c>torch.save(state_dict)</c> zip pickle written and read by TorchSharp.PyBridge:
    /// <c>torch.load(path)</c> in Python gives the state dict, and <c>torch.save</c>d state dicts load back.
    /// </summary>
    PyTorch,
}
