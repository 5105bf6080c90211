namespace SleepFM.Runtime;

/// <summary>LibTorch or TorchSharp's native bridge could not be loaded; the message says why and what to try.</summary>
public sealed class TorchLoadException(string message, Exception? inner = null) : Exception(message, inner);
