using System.Security.Cryptography;
using System.Text;

namespace SleepFM.Pipeline;

/// <summary>File names of a recording's shard and manifest: a readable, file-system-safe form of the id plus a short hash,
/// so ids that differ only in replaced characters (<c>a/b</c> vs <c>a_b</c>) never collide.</summary>
public static class ShardNames
{
    /// <summary>Base name (no extension) for a recording id, e.g. <c>psg__cohortA__sub-001-1a2b3c4d</c>.</summary>
    public static string For(string recordingId)
    {
        var sb = new StringBuilder(recordingId.Length + 9);
        foreach (char ch in recordingId.Replace("/", "__"))
            sb.Append(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' ? ch : '_');
        if (sb.Length > 120) sb.Length = 120;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(recordingId));
        return sb.Append('-').Append(Convert.ToHexStringLower(hash, 0, 4)).ToString();
    }
}
