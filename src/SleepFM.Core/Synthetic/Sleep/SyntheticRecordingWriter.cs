using SleepFM.IO;
using System.Globalization;
using System.Text;
using SleepFM.IO.Edf;
using SleepFM.Synthetic.Physiology;

namespace SleepFM.Synthetic.Sleep;

/// <summary>
/// Writes a <see cref="SyntheticRecording"/> the way real cohorts ship: an EDF+C file with the signals and
/// the stage / respiratory-event annotations (Sleep-EDF texts), a hypnogram CSV and an events CSV
/// beside it. Every file is written atomically; the bytes depend only on the recording (deterministic).
/// </summary>
public static class SyntheticRecordingWriter
{
    /// <summary>Writes the EDF+ file (1-s records; 16-bit samples over each channel's physical range).</summary>
    /// <param name="recording">The night.</param>
    /// <param name="path">Destination (.edf).</param>
    public static void WriteEdf(SyntheticRecording recording, string path)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var subject = recording.Subject;
        var settings = new EdfWriterSettings
        {
            Signals = recording.Signals.Select(s => new EdfSignalSpec
            {
                Label = s.Channel.Label,
                SampleRateHz = s.Channel.SampleRateHz,
                PhysicalMin = s.Channel.PhysicalMin,
                PhysicalMax = s.Channel.PhysicalMax,
                PhysicalDimension = s.Channel.Unit,
                Transducer = Transducer(s.Channel.Source),
                Prefiltering = "",
            }).ToArray(),
            RecordDurationSeconds = 1,
            StartDateTime = recording.StartTime,
            Patient = new EdfPatient(subject.SubjectId, subject.Sex == SubjectSex.Female ? "F" : "M",
                DateOnly.FromDateTime(recording.StartTime).AddDays(-(int)Math.Round(subject.AgeYears * 365.25)), null, ""),
            Recording = new EdfRecordingInfo(null, recording.Cohort.Name, null, "SleepFM-synthetic", ""),
            Annotations = recording.Annotations.Select(a => new EdfAnnotation(a.OnsetSeconds, a.DurationSeconds, a.Text)).ToArray(),
        };
        int seconds = (int)Math.Round(recording.DurationSeconds);
        AtomicFile.Write(path, temp =>
        {
            using var writer = new EdfWriter(temp, settings);
            for (int r = 0; r < seconds; r++)
                for (int i = 0; i < recording.Signals.Count; i++)
                {
                    int rate = recording.Signals[i].Channel.SampleRateHz;
                    writer.WriteSamples(i, recording.Signals[i].Samples.AsSpan(r * rate, rate));
                }
        });
    }

    /// <summary>Writes <c>epoch,onset_s,stage</c> rows (stages W, N1, N2, N3, REM).</summary>
    /// <param name="hypnogram">The stages.</param>
    /// <param name="path">Destination (.csv).</param>
    public static void WriteHypnogramCsv(Hypnogram hypnogram, string path)
    {
        ArgumentNullException.ThrowIfNull(hypnogram);
        var sb = new StringBuilder("epoch,onset_s,stage\n");
        for (int i = 0; i < hypnogram.Stages.Count; i++)
            sb.Append(i).Append(',').Append(Number(i * hypnogram.EpochSeconds)).Append(',').Append(SleepStageText.ShortName(hypnogram.Stages[i])).Append('\n');
        AtomicFile.WriteAllText(path, sb.ToString());
    }

    /// <summary>Writes <c>onset_s,duration_s,event,depth_percent</c> rows for respiratory events and desaturations.</summary>
    /// <param name="recording">The night.</param>
    /// <param name="path">Destination (.csv).</param>
    public static void WriteEventsCsv(SyntheticRecording recording, string path)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var sb = new StringBuilder("onset_s,duration_s,event,depth_percent\n");
        var rows = recording.RespiratoryEvents.Select(e => (e.OnsetSeconds, e.DurationSeconds, e.Label, Depth: ""))
            .Concat(recording.Desaturations.Where(d => d.EndSeconds <= recording.DurationSeconds)
                .Select(d => (Math.Round(d.OnsetSeconds, 2), Math.Round(d.EndSeconds - d.OnsetSeconds, 2), "SpO2 desaturation", Number(Math.Round(d.DepthPercent, 2)))))
            .OrderBy(r => r.Item1);
        foreach (var (onset, duration, label, depth) in rows)
            sb.Append(Number(onset)).Append(',').Append(Number(duration)).Append(',').Append(label).Append(',').Append(depth).Append('\n');
        AtomicFile.WriteAllText(path, sb.ToString());
    }

    /// <summary>Writes a cohort's <c>subjects.csv</c>.</summary>
    /// <param name="rows">Subjects with their cohort, night length and ECG findings (e.g. <c>RBBB;AF</c>, empty when none).</param>
    /// <param name="path">Destination.</param>
    public static void WriteSubjectsCsv(IEnumerable<(SubjectProfile Subject, string Cohort, double Hours, string EcgFindings)> rows, string path)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder("subject_id,cohort,age,sex,hours,ahi,resting_hr_bpm,alpha_hz,line_hz,ecg_findings\n");
        foreach (var (s, cohort, hours, findings) in rows)
            sb.Append(s.SubjectId).Append(',').Append(cohort).Append(',').Append(Number(s.AgeYears)).Append(',')
              .Append(s.Sex == SubjectSex.Female ? "F" : "M").Append(',').Append(Number(Math.Round(hours, 3))).Append(',')
              .Append(Number(Math.Round(s.ApneaHypopneaIndex, 1))).Append(',').Append(Number(Math.Round(s.RestingHeartRateBpm, 1))).Append(',')
              .Append(Number(Math.Round(s.IndividualAlphaHz, 2))).Append(',').Append(Number(s.LineFrequencyHz)).Append(',').Append(findings).Append('\n');
        AtomicFile.WriteAllText(path, sb.ToString());
    }

    static string Number(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    static string Transducer(SignalSource source) => source switch
    {
        SignalSource.Eeg => "AgAgCl electrode",
        SignalSource.Ecg => "ECG electrode",
        SignalSource.ChinEmg or SignalSource.LeftLegEmg or SignalSource.RightLegEmg => "EMG electrode",
        SignalSource.Airflow => "Thermistor",
        SignalSource.NasalPressure => "Pressure cannula",
        SignalSource.Thorax or SignalSource.Abdomen => "Inductance belt",
        _ => "Pulse oximeter",
    };
}
