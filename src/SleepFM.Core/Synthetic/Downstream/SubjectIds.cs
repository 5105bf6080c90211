namespace SleepFM.Synthetic.Downstream;

/// <summary>Identifier styles of the real corpora.</summary>
internal static class SubjectIds
{
    /// <summary>TUH-style eight lower-case letters (e.g. <c>aaaaamde</c>), unique per (corpus, index).</summary>
    public static string Tuh(string corpus, int index)
    {
        // A corpus-specific offset keeps TUAB/TUEV/TUSL ids apart; base 26 keeps them unique.
        long offset = corpus switch { "tuab" => 10_000, "tuev" => 200_000, _ => 400_000 };
        long v = offset + index * 37L;
        var c = new char[8];
        for (int i = 7; i >= 0; i--) { c[i] = (char)('a' + v % 26); v /= 26; }
        return new string(c);
    }

    /// <summary>Picks <paramref name="count"/> of <paramref name="n"/> indices (a seeded shuffle), sorted.</summary>
    public static HashSet<int> Choose(int n, int count, SynthRandom r)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (int i = n - 1; i > 0; i--) { int j = r.NextInt(i + 1); (order[i], order[j]) = (order[j], order[i]); }
        return order.Take(Math.Clamp(count, 0, n)).ToHashSet();
    }
}
