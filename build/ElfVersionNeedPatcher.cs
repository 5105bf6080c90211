// Marks chosen GNU symbol-version requirements of an ELF shared object as weak (VER_FLG_WEAK).
//
// Why: TorchSharp 0.107's libLibTorchSharp.so asks for GLIBCXX_3.4.32, but Debian 12's libstdc++
// stops at 3.4.30, so dlopen fails and TorchSharp reports a misleading "missing libtorch" error.
// Only one symbol carries that version and no relocation uses it, so a weak requirement is safe:
// glibc then accepts the missing version instead of refusing to load the library.
//
// The patch flips one flag bit in the .gnu.version_r section, in place. It is idempotent and is
// skipped for every version the system libstdc++ already provides (a no-op on new systems).
// This file is compiled twice: by MSBuild's RoslynCodeTaskFactory (with the task class below) and
// by the test project (with SLEEPFM_NO_MSBUILD defined, logic only).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SleepFM.Build
{
    /// <summary>Reads and patches the version-needed table (.gnu.version_r) of a 64-bit little-endian ELF file.</summary>
    public static class ElfVersionNeedPatcher
    {
        const uint ShtGnuVerneed = 0x6ffffffe;
        const ushort VerFlgWeak = 0x2;

        /// <summary>One required version: the library it comes from, its name, its flags and where the flags sit.</summary>
        public sealed class Requirement
        {
            public string File = "";
            public string Version = "";
            public ushort Flags;
            public long FlagsOffset;
            public bool IsWeak => (Flags & VerFlgWeak) != 0;
        }

        /// <summary>Lists every version requirement of the file; empty when it is not a 64-bit little-endian ELF.</summary>
        public static List<Requirement> ReadRequirements(string path)
        {
            var result = new List<Requirement>();
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var ident = ReadBytes(fs, 0, 16);
            if (ident.Length < 16 || ident[0] != 0x7f || ident[1] != (byte)'E' || ident[2] != (byte)'L' || ident[3] != (byte)'F')
                return result;
            if (ident[4] != 2 || ident[5] != 1) return result; // ELFCLASS64, ELFDATA2LSB only

            var header = ReadBytes(fs, 0, 64);
            long shoff = (long)BitConverter.ToUInt64(header, 0x28);
            int shentsize = BitConverter.ToUInt16(header, 0x3A);
            int shnum = BitConverter.ToUInt16(header, 0x3C);
            if (shoff <= 0 || shentsize < 64 || shnum == 0 || shoff + (long)shnum * shentsize > fs.Length) return result;

            var sections = new (uint Type, long Offset, long Size, uint Link, uint Info)[shnum];
            for (int i = 0; i < shnum; i++)
            {
                var sh = ReadBytes(fs, shoff + (long)i * shentsize, 64);
                sections[i] = (BitConverter.ToUInt32(sh, 4), (long)BitConverter.ToUInt64(sh, 0x18),
                               (long)BitConverter.ToUInt64(sh, 0x20), BitConverter.ToUInt32(sh, 0x28), BitConverter.ToUInt32(sh, 0x2C));
            }

            foreach (var verneed in sections.Where(s => s.Type == ShtGnuVerneed))
            {
                if (verneed.Link >= shnum) continue;
                var strtab = sections[verneed.Link];
                var table = ReadBytes(fs, verneed.Offset, (int)Math.Min(verneed.Size, 1 << 20));
                var strings = ReadBytes(fs, strtab.Offset, (int)Math.Min(strtab.Size, 1 << 24));
                long entry = 0;
                for (uint n = 0; n < verneed.Info && entry + 16 <= table.Length; n++)
                {
                    int count = BitConverter.ToUInt16(table, (int)entry + 2);
                    string file = CString(strings, BitConverter.ToUInt32(table, (int)entry + 4));
                    long aux = entry + BitConverter.ToUInt32(table, (int)entry + 8);
                    for (int a = 0; a < count && aux + 16 <= table.Length; a++)
                    {
                        result.Add(new Requirement
                        {
                            File = file,
                            Version = CString(strings, BitConverter.ToUInt32(table, (int)aux + 8)),
                            Flags = BitConverter.ToUInt16(table, (int)aux + 4),
                            FlagsOffset = verneed.Offset + aux + 4,
                        });
                        uint nextAux = BitConverter.ToUInt32(table, (int)aux + 12);
                        if (nextAux == 0) break;
                        aux += nextAux;
                    }
                    uint next = BitConverter.ToUInt32(table, (int)entry + 12);
                    if (next == 0) break;
                    entry += next;
                }
            }
            return result;
        }

        /// <summary>
        /// Sets VER_FLG_WEAK on each listed version that the file requires, is not weak yet, and that
        /// <paramref name="isProvided"/> says the system lacks. Returns the versions it changed.
        /// </summary>
        public static List<string> MakeWeak(string path, IEnumerable<string> versions, Func<string, bool> isProvided)
        {
            var wanted = new HashSet<string>(versions);
            var changes = ReadRequirements(path)
                .Where(r => wanted.Contains(r.Version) && !r.IsWeak && !isProvided(r.Version))
                .ToList();
            if (changes.Count == 0) return new List<string>();
            using (var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read))
            {
                foreach (var r in changes)
                {
                    fs.Position = r.FlagsOffset;
                    fs.Write(BitConverter.GetBytes((ushort)(r.Flags | VerFlgWeak)), 0, 2);
                }
            }
            return changes.Select(r => r.Version).ToList();
        }

        /// <summary>
        /// True when a system libstdc++ defines the version string. When none is found we cannot know,
        /// so we answer false and the patch is applied (a weak requirement is harmless).
        /// </summary>
        public static bool SystemLibStdCxxProvides(string version)
        {
            string[] dirs = { "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                              "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib" };
            var needle = Encoding.ASCII.GetBytes(version + "\0");
            foreach (var dir in dirs)
            {
                var lib = Path.Combine(dir, "libstdc++.so.6");
                if (File.Exists(lib)) return Contains(File.ReadAllBytes(lib), needle);
            }
            return false;
        }

        // Written out by hand: RoslynCodeTaskFactory compiles against netstandard2.0, without spans.
        static bool Contains(byte[] haystack, byte[] needle)
        {
            for (int i = Array.IndexOf(haystack, needle[0]); i >= 0 && i <= haystack.Length - needle.Length;
                 i = Array.IndexOf(haystack, needle[0], i + 1))
            {
                int j = 1;
                while (j < needle.Length && haystack[i + j] == needle[j]) j++;
                if (j == needle.Length) return true;
            }
            return false;
        }

        static byte[] ReadBytes(FileStream fs, long offset, int count)
        {
            if (offset < 0 || offset >= fs.Length) return Array.Empty<byte>();
            count = (int)Math.Min(count, fs.Length - offset);
            var buffer = new byte[count];
            fs.Position = offset;
            int read = 0;
            while (read < count)
            {
                int n = fs.Read(buffer, read, count - read);
                if (n == 0) break;
                read += n;
            }
            return buffer;
        }

        static string CString(byte[] strings, uint offset)
        {
            if (offset >= strings.Length) return "";
            int end = Array.IndexOf(strings, (byte)0, (int)offset);
            if (end < 0) end = strings.Length;
            return Encoding.ASCII.GetString(strings, (int)offset, end - (int)offset);
        }
    }

#if !SLEEPFM_NO_MSBUILD
    /// <summary>MSBuild task: patches each given file; missing files are ignored.</summary>
    public class MakeElfVersionsWeak : Microsoft.Build.Utilities.Task
    {
        [Microsoft.Build.Framework.Required] public Microsoft.Build.Framework.ITaskItem[] Files { get; set; } = Array.Empty<Microsoft.Build.Framework.ITaskItem>();
        [Microsoft.Build.Framework.Required] public string Versions { get; set; } = "";

        public override bool Execute()
        {
            var versions = Versions.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).ToArray();
            foreach (var path in Files.Select(f => f.GetMetadata("FullPath")).Distinct())
            {
                if (!File.Exists(path)) continue;
                try
                {
                    var changed = ElfVersionNeedPatcher.MakeWeak(path, versions, ElfVersionNeedPatcher.SystemLibStdCxxProvides);
                    if (changed.Count > 0)
                        Log.LogMessage(Microsoft.Build.Framework.MessageImportance.High,
                            $"Marked {string.Join(", ", changed)} weak in {path} (the system libstdc++ lacks it).");
                }
                catch (IOException e)
                {
                    // A copy in use by a running process cannot be rewritten; it was patched before it was loaded.
                    Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Normal, $"Could not patch {path}: {e.Message}");
                }
            }
            return !Log.HasLoggedErrors;
        }
    }
#endif
}
