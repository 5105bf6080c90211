using SleepFM.Build;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Build;

/// <summary>The build's fix for libLibTorchSharp.so on older libstdc++ (build/ElfVersionNeedPatcher.cs).</summary>
public class ElfVersionNeedPatcherTests
{
    const string Version = "GLIBCXX_3.4.32";

    static string OutputCopy()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "libLibTorchSharp.so");
        if (!File.Exists(path))
            path = Directory.EnumerateFiles(AppContext.BaseDirectory, "libLibTorchSharp.so", SearchOption.AllDirectories).First();
        return path;
    }

    static void ClearWeakFlag(string path)
    {
        var requirement = ElfVersionNeedPatcher.ReadRequirements(path).Single(r => r.Version == Version);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = requirement.FlagsOffset;
        stream.Write(BitConverter.GetBytes((ushort)(requirement.Flags & ~2)));
    }

    [Fact]
    public void The_output_copy_is_patched_exactly_when_the_system_lacks_the_version()
    {
        var requirement = ElfVersionNeedPatcher.ReadRequirements(OutputCopy()).Single(r => r.Version == Version);

        Assert.Equal("libstdc++.so.6", requirement.File);
        Assert.Equal(!ElfVersionNeedPatcher.SystemLibStdCxxProvides(Version), requirement.IsWeak);
    }

    [Fact]
    public void Patching_sets_only_the_weak_flag_and_is_idempotent()
    {
        using var temp = new TempDirectory();
        var copy = temp.File("libLibTorchSharp.so");
        File.Copy(OutputCopy(), copy);
        ClearWeakFlag(copy);
        var unpatched = File.ReadAllBytes(copy);

        var changed = ElfVersionNeedPatcher.MakeWeak(copy, [Version], isProvided: _ => false);
        var patched = File.ReadAllBytes(copy);
        var again = ElfVersionNeedPatcher.MakeWeak(copy, [Version], isProvided: _ => false);

        Assert.Equal([Version], changed);
        Assert.Empty(again);
        Assert.Equal(patched, File.ReadAllBytes(copy));
        Assert.Single(Enumerable.Range(0, unpatched.Length), i => unpatched[i] != patched[i]);
        Assert.True(ElfVersionNeedPatcher.ReadRequirements(copy).Single(r => r.Version == Version).IsWeak);
        Assert.All(ElfVersionNeedPatcher.ReadRequirements(copy).Where(r => r.Version != Version),
            r => Assert.Equal(ElfVersionNeedPatcher.ReadRequirements(OutputCopy()).First(o => o.Version == r.Version && o.File == r.File).Flags, r.Flags));
    }

    [Fact]
    public void Nothing_changes_where_the_system_provides_the_version()
    {
        using var temp = new TempDirectory();
        var copy = temp.File("libLibTorchSharp.so");
        File.Copy(OutputCopy(), copy);
        ClearWeakFlag(copy);
        var before = File.ReadAllBytes(copy);

        Assert.Empty(ElfVersionNeedPatcher.MakeWeak(copy, [Version], isProvided: _ => true));
        Assert.Equal(before, File.ReadAllBytes(copy));
    }

    [Fact]
    public void Files_that_are_not_elf_are_left_alone()
    {
        using var temp = new TempDirectory();
        var text = temp.File("not-elf.so");
        File.WriteAllText(text, "definitely not an ELF file");

        Assert.Empty(ElfVersionNeedPatcher.ReadRequirements(text));
        Assert.Empty(ElfVersionNeedPatcher.MakeWeak(text, [Version], _ => false));
        Assert.Equal("definitely not an ELF file", File.ReadAllText(text));
    }
}
