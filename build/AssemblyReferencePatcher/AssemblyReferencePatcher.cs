// Rewrites the version an assembly records for one of its references, in place.
//
// Why: TorchSharp.PyBridge 1.4.4 (the newest) was built against TorchSharp 0.103 while we ship 0.107. The default
// .NET loader unifies the two, but notebook kernels load #r assemblies through Roslyn's scripting loader, which
// does not: PyBridge's request for TorchSharp 0.103 loads a second copy of TorchSharp.dll in another load context,
// so PyBridge's `Module` is not ours and every call (saving encoder.pt) fails with MissingMethodException. Making the
// published notebook library's PyBridge ask for the TorchSharp version beside it avoids the second copy. Only the
// four version fields of one AssemblyRef row change; .NET does not verify strong-name signatures.
// Built as a small tool (Program.cs beside it) that the notebook library's publish step runs; the tests compile
// this file too.
using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace SleepFM.Build
{
    /// <summary>Reads and rewrites the version of an assembly reference in a managed PE file.</summary>
    public static class AssemblyReferencePatcher
    {
        /// <summary>The version the file references <paramref name="referenceName"/> with, or null when it does not.</summary>
        public static Version? ReferencedVersion(string path, string referenceName)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.AssemblyReferences)
            {
                var reference = reader.GetAssemblyReference(handle);
                if (reader.GetString(reference.Name) == referenceName) return reference.Version;
            }
            return null;
        }

        /// <summary>Makes the file reference <paramref name="referenceName"/> with <paramref name="version"/>.</summary>
        /// <returns>True when the file changed; false when it already matched or has no such reference.</returns>
        public static bool Patch(string path, string referenceName, Version version)
        {
            long offset = -1;
            using (var stream = File.OpenRead(path))
            using (var pe = new PEReader(stream))
            {
                var reader = pe.GetMetadataReader();
                int row = 0;
                foreach (var handle in reader.AssemblyReferences)
                {
                    row++;
                    var reference = reader.GetAssemblyReference(handle);
                    if (reader.GetString(reference.Name) != referenceName) continue;
                    if (reference.Version == version) return false;
                    // AssemblyRef rows start with MajorVersion, MinorVersion, BuildNumber, RevisionNumber (ECMA-335 §II.22.5).
                    offset = pe.PEHeaders.MetadataStartOffset + reader.GetTableMetadataOffset(TableIndex.AssemblyRef)
                             + (long)(row - 1) * reader.GetTableRowSize(TableIndex.AssemblyRef);
                    break;
                }
            }
            if (offset < 0) return false;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                stream.Position = offset;
                foreach (var part in new[] { version.Major, version.Minor, Math.Max(0, version.Build), Math.Max(0, version.Revision) })
                {
                    stream.WriteByte((byte)(part & 0xff));
                    stream.WriteByte((byte)((part >> 8) & 0xff));
                }
            }
            return true;
        }
    }

}
