namespace SleepFM.Datasets;

/// <summary>
/// Subject-wise splits (SPEC §1). Whole subjects go to one split, never single windows.
/// </summary>
/// <remarks>
/// <para>Each shuffle is scikit-learn's <c>GroupShuffleSplit(n_splits=1, test_size=f, random_state=seed)</c>, bit for bit:
/// the distinct subject ids are sorted (ordinal, as <c>np.unique</c>), <c>n_held = ceil(f · n)</c> computed in float64 as
/// sklearn does (so 11 subjects hold out 2), and the held-out subjects are the first <c>n_held</c> of
/// <c>RandomState(seed).permutation(n)</c>.</para>
/// <para>Order: (1) test = the official evaluation subjects where the dataset has them (any subject with a recording
/// marked <see cref="DataSplit.Test"/>), otherwise the first shuffle; (2) validation = a second shuffle with the same
/// seed over the remaining subjects, sorted again. When a shuffle would leave nothing to train on (fewer than two
/// subjects), nothing is held out at that step: sklearn would raise instead.</para>
/// </remarks>
public static class SubjectSplitter
{
    /// <summary>Splits subjects.</summary>
    /// <param name="subjectIds">Subject of every recording (duplicates allowed).</param>
    /// <param name="officialTestSubjects">Subjects fixed to the test set by the dataset's authors; empty for none.</param>
    /// <param name="settings">Fractions and seed; null = <see cref="SplitSettings.Paper"/>.</param>
    /// <returns>Each distinct subject's split.</returns>
    public static IReadOnlyDictionary<string, DataSplit> Split(IEnumerable<string> subjectIds, IEnumerable<string>? officialTestSubjects = null, SplitSettings? settings = null)
    {
        settings = (settings ?? SplitSettings.Paper).Validate();
        var subjects = subjectIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var official = new HashSet<string>(officialTestSubjects ?? [], StringComparer.Ordinal);
        var result = new Dictionary<string, DataSplit>(StringComparer.Ordinal);
        List<string> rest;
        if (official.Count > 0)
        {
            foreach (var s in official) result[s] = DataSplit.Test;
            rest = subjects.Where(s => !official.Contains(s)).ToList();
        }
        else
        {
            var (held, kept) = GroupShuffle(subjects, settings.TestFraction, settings.Seed);
            foreach (var s in held) result[s] = DataSplit.Test;
            rest = kept;
        }
        var (validation, train) = GroupShuffle(rest, settings.ValidationFraction, settings.Seed);
        foreach (var s in validation) result[s] = DataSplit.Validation;
        foreach (var s in train) result[s] = DataSplit.Train;
        return result;
    }

    /// <summary>
    /// One <c>GroupShuffleSplit</c> over sorted distinct groups: returns (held out, kept), each in permutation order.
    /// </summary>
    /// <param name="sortedGroups">Distinct group ids, sorted ordinally.</param>
    /// <param name="fraction">Held-out fraction in (0, 1).</param>
    /// <param name="seed">RandomState seed.</param>
    public static (List<string> HeldOut, List<string> Kept) GroupShuffle(IReadOnlyList<string> sortedGroups, double fraction, uint seed)
    {
        int n = sortedGroups.Count;
        int held = (int)Math.Ceiling(fraction * n);
        if (n < 2 || held >= n) return ([], sortedGroups.ToList());
        var permutation = new NumpyRandomState(seed).Permutation(n);
        return (permutation.Take(held).Select(i => sortedGroups[i]).ToList(), permutation.Skip(held).Select(i => sortedGroups[i]).ToList());
    }
}
