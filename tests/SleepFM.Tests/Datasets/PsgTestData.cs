using System.Globalization;
using System.Text;
using SleepFM.IO.Edf;

namespace SleepFM.Tests.Datasets;

/// <summary>Small synthetic EDF+ nights written with EdfWriter, in the layouts the recipes read.</summary>
public static class PsgTestData
{
    /// <summary>The montage of a full test night: label, rate (Hz), unit.</summary>
    public static readonly (string Label, double RateHz, string Unit)[] FullMontage =
    [
        ("EEG C3-M2", 256, "uV"), ("EEG C4-M1", 256, "uV"), ("EOG E1-M2", 256, "uV"),
        ("ECG II", 256, "uV"), ("Airflow", 32, "uV"), ("SpO2", 8, "%"), ("Chin EMG", 256, "uV"), ("Light", 1, "lux"),
    ];

    /// <summary>Writes one night. Channel k is a sine at (1 + k) Hz plus seeded noise; a channel named in <paramref name="flatChannels"/> is constant.</summary>
    /// <param name="path">Target .edf.</param>
    /// <param name="seconds">Length, whole seconds.</param>
    /// <param name="seed">Noise seed.</param>
    /// <param name="montage">Channels; null = <see cref="FullMontage"/>.</param>
    /// <param name="annotations">EDF+ annotations (e.g. "Sleep stage W").</param>
    /// <param name="flatChannels">Labels written as a constant.</param>
    public static void WriteNight(string path, int seconds, int seed, (string Label, double RateHz, string Unit)[]? montage = null,
        IReadOnlyList<EdfAnnotation>? annotations = null, params string[] flatChannels)
    {
        montage ??= FullMontage;
        var rng = new Random(seed);
        var signals = new List<double[]>();
        var specs = new List<EdfSignalSpec>();
        for (int k = 0; k < montage.Length; k++)
        {
            var (label, rate, unit) = montage[k];
            var x = new double[(int)(seconds * rate)];
            bool flat = flatChannels.Contains(label);
            for (int i = 0; i < x.Length; i++)
                x[i] = flat ? 5 : 40 * Math.Sin(2 * Math.PI * Math.Min(1 + k, rate / 4) * i / rate) + 10 * (rng.NextDouble() - 0.5) + 3 * k;
            signals.Add(x);
            specs.Add(EdfSignalSpec.FromData(label, x, rate, unit));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        EdfWriter.Write(path, new EdfWriterSettings { Signals = specs, Annotations = annotations ?? [] }, signals);
    }

    /// <summary>Writes an annotation-only EDF+ (a Sleep-EDF style hypnogram file).</summary>
    public static void WriteAnnotationsOnly(string path, IReadOnlyList<EdfAnnotation> annotations) =>
        EdfWriter.Write(path, new EdfWriterSettings { Signals = [], Annotations = annotations }, []);

    /// <summary>Writes <c>&lt;stem&gt;.hypnogram.csv</c> beside an EDF: 30-s epochs with the given stages.</summary>
    public static void WriteHypnogramCsv(string edfPath, params string[] stages)
    {
        var sb = new StringBuilder("epoch,onset_s,stage\n");
        for (int i = 0; i < stages.Length; i++) sb.Append(CultureInfo.InvariantCulture, $"{i},{i * 30},{stages[i]}\n");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(edfPath)!, Path.GetFileNameWithoutExtension(edfPath) + ".hypnogram.csv"), sb.ToString());
    }

    /// <summary>
    /// The synthetic world's layout: <c>root/psg/&lt;cohort&gt;/&lt;subject&gt;.edf</c> + <c>.hypnogram.csv</c> and
    /// <c>root/psg/subjects.csv</c>. Each night is <paramref name="seconds"/> long with stages W, N1, N2, N3, REM cycling per epoch.
    /// </summary>
    /// <returns>The subject ids, in order.</returns>
    public static IReadOnlyList<string> WriteSyntheticWorld(string root, int subjects, int seconds = 180, string cohortPrefix = "cohort")
    {
        var ids = new List<string>();
        var table = new StringBuilder("subject_id,cohort,age,sex\n");
        string[] cycle = ["W", "N1", "N2", "N3", "REM"];
        for (int s = 0; s < subjects; s++)
        {
            string id = $"sub-{s:000}";
            string cohort = $"{cohortPrefix}{(char)('A' + s % 2)}";
            string edf = Path.Combine(root, "psg", cohort, id + ".edf");
            WriteNight(edf, seconds, seed: s);
            WriteHypnogramCsv(edf, Enumerable.Range(0, seconds / 30).Select(e => cycle[(e / 2 + s) % 5]).ToArray());
            table.Append(CultureInfo.InvariantCulture, $"{id},{cohort},{40 + s},F\n");
            ids.Add(id);
        }
        File.WriteAllText(Path.Combine(root, "psg", "subjects.csv"), table.ToString());
        return ids;
    }
}
