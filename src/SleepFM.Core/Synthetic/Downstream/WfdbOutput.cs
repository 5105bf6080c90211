using SleepFM.IO.Wfdb;

namespace SleepFM.Synthetic.Downstream;

/// <summary>
/// Writes a WFDB record so a reader never sees half of it: both files go to a private temporary folder
/// first, then the data file and finally the header (the record's "complete" marker) are moved in.
/// </summary>
internal static class WfdbOutput
{
    public static readonly string[] LeadNames = ["I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"];

    public static void Write(string directory, WfdbRecordToWrite record, WfdbWriteLayout layout)
    {
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, $".{record.RecordName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            WfdbWriter.Write(temp, record, layout);
            string data = record.RecordName + (layout == WfdbWriteLayout.ChallengeMat ? ".mat" : ".dat");
            File.Move(Path.Combine(temp, data), Path.Combine(directory, data), overwrite: true);
            File.Move(Path.Combine(temp, record.RecordName + ".hea"), Path.Combine(directory, record.RecordName + ".hea"), overwrite: true);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>12 signals at 1,000 ADC units per mV (1 µV resolution, as PTB-XL and the challenges store them).</summary>
    public static IReadOnlyList<WfdbSignalToWrite> Signals(float[][] leads, IReadOnlyList<string> names) =>
        leads.Select((x, l) => new WfdbSignalToWrite(names[l], x)).ToList();
}
