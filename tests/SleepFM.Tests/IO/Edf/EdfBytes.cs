using System.Text;

namespace SleepFM.Tests.IO.Edf;

/// <summary>Byte-level helpers to craft or damage EDF files in tests.</summary>
internal static class EdfBytes
{
    /// <summary>Overwrites a fixed-width ASCII field, space-padded.</summary>
    public static void SetField(byte[] file, int offset, int width, string text)
    {
        if (text.Length > width) throw new ArgumentException($"'{text}' is longer than {width}");
        for (int i = 0; i < width; i++) file[offset + i] = i < text.Length ? (byte)text[i] : (byte)' ';
    }

    /// <summary>Offset of signal i's entry in a per-signal field (fieldStart = 0 label, 96 dimension, 104 physMin, 120 digMin, 216 samples/record, …).</summary>
    public static int SignalField(int ns, int fieldStart, int width, int i) => 256 + fieldStart * ns + width * i;

    /// <summary>
    /// A hand-made file: header fields given explicitly and samples stored as <paramref name="bytesPerSample"/>-byte
    /// little-endian integers, record by record. Used for BDF and plain-EDF cases independent of EdfWriter.
    /// </summary>
    public static byte[] Craft(bool bdf, string reserved, string date, string time, double recordSeconds,
        (string Label, string Unit, double PMin, double PMax, int DMin, int DMax, int Spr)[] signals, int[][][] recordSamples,
        string patient = "X X X X", string recording = "Startdate X X X X", string? recordCount = null)
    {
        int ns = signals.Length;
        int bps = bdf ? 3 : 2;
        var header = new byte[256 * (ns + 1)];
        Array.Fill(header, (byte)' ');
        if (bdf) { header[0] = 0xFF; Encoding.ASCII.GetBytes("BIOSEMI").CopyTo(header, 1); }
        else SetField(header, 0, 8, "0");
        SetField(header, 8, 80, patient);
        SetField(header, 88, 80, recording);
        SetField(header, 168, 8, date);
        SetField(header, 176, 8, time);
        SetField(header, 184, 8, header.Length.ToString());
        SetField(header, 192, 44, reserved);
        SetField(header, 236, 8, recordCount ?? recordSamples.Length.ToString());
        SetField(header, 244, 8, recordSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SetField(header, 252, 4, ns.ToString());
        for (int i = 0; i < ns; i++)
        {
            var s = signals[i];
            SetField(header, SignalField(ns, 0, 16, i), 16, s.Label);
            SetField(header, SignalField(ns, 96, 8, i), 8, s.Unit);
            SetField(header, SignalField(ns, 104, 8, i), 8, s.PMin.ToString(System.Globalization.CultureInfo.InvariantCulture));
            SetField(header, SignalField(ns, 112, 8, i), 8, s.PMax.ToString(System.Globalization.CultureInfo.InvariantCulture));
            SetField(header, SignalField(ns, 120, 8, i), 8, s.DMin.ToString());
            SetField(header, SignalField(ns, 128, 8, i), 8, s.DMax.ToString());
            SetField(header, SignalField(ns, 216, 8, i), 8, s.Spr.ToString());
        }
        var data = new List<byte>(header);
        foreach (var record in recordSamples)
            for (int i = 0; i < ns; i++)
                foreach (int v in record[i])
                    for (int b = 0; b < bps; b++) data.Add((byte)(v >> (8 * b)));
        return data.ToArray();
    }
}
