using SleepFM.Build;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Build;

public class AssemblyReferencePatcherTests
{
    static string PyBridge => Path.Combine(AppContext.BaseDirectory, "TorchSharp.PyBridge.dll");

    [Fact]
    public void The_shipped_pytorch_bridge_references_an_older_torchsharp_than_the_one_we_ship()
    {
        // The reason the notebook library patches its copy: if PyBridge is rebuilt against our TorchSharp, drop the patch.
        var ours = System.Reflection.AssemblyName.GetAssemblyName(Path.Combine(AppContext.BaseDirectory, "TorchSharp.dll")).Version!;
        Assert.True(AssemblyReferencePatcher.ReferencedVersion(PyBridge, "TorchSharp") < ours);
    }

    [Fact]
    public void Patching_changes_only_the_reference_version_and_is_idempotent()
    {
        using var temp = new TempDirectory();
        var copy = temp.File("TorchSharp.PyBridge.dll");
        File.Copy(PyBridge, copy);
        var before = File.ReadAllBytes(copy);

        Assert.True(AssemblyReferencePatcher.Patch(copy, "TorchSharp", new Version(0, 107, 0, 0)));
        Assert.False(AssemblyReferencePatcher.Patch(copy, "TorchSharp", new Version(0, 107, 0, 0)));

        Assert.Equal(new Version(0, 107, 0, 0), AssemblyReferencePatcher.ReferencedVersion(copy, "TorchSharp"));
        var after = File.ReadAllBytes(copy);
        Assert.Equal(before.Length, after.Length);
        Assert.InRange(before.Zip(after).Count(p => p.First != p.Second), 1, 8);   // at most the four version fields
        Assert.Equal(System.Reflection.AssemblyName.GetAssemblyName(PyBridge).FullName, System.Reflection.AssemblyName.GetAssemblyName(copy).FullName);
    }

    [Fact]
    public void A_file_without_the_reference_is_left_alone()
    {
        using var temp = new TempDirectory();
        var copy = temp.File("TorchSharp.PyBridge.dll");
        File.Copy(PyBridge, copy);

        Assert.False(AssemblyReferencePatcher.Patch(copy, "NoSuchAssembly", new Version(1, 0)));
        Assert.Null(AssemblyReferencePatcher.ReferencedVersion(copy, "NoSuchAssembly"));
    }
}
