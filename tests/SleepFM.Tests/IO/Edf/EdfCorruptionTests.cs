using System.Diagnostics;
using System.Globalization;
using SleepFM.IO.Edf;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Edf;

/// <summary>
/// Damaged files: targeted corruptions must name the exact field and byte offset (as MNE's tests do), and a
/// seeded sweep of a few hundred mutations of the real fixtures must each either read completely or throw
/// <see cref="EdfFormatException"/>: never another exception, never a hang.
/// </summary>
public sealed class EdfCorruptionTests
{
    const int Ns = 65; // S001R04: 64 EEG + annotations.

    static byte[] S001R04() => File.ReadAllBytes(FixturePaths.Get("edf", "S001R04.edf"));

    static EdfFormatException Fails(byte[] bytes)
    {
        var e = Assert.Throws<EdfFormatException>(() => EdfFile.Open(bytes, "damaged.edf").Dispose());
        Assert.Equal("damaged.edf", e.FilePath);
        Assert.StartsWith("damaged.edf: ", e.Message);
        return e;
    }

    static byte[] With(byte[] file, int offset, int width, string text)
    {
        var copy = (byte[])file.Clone();
        EdfBytes.SetField(copy, offset, width, text);
        return copy;
    }

    [FixtureFact]
    public void Truncated_fixed_header()
    {
        var e = Fails(S001R04()[..200]);
        Assert.Equal("fixed header", e.Field);
        Assert.Equal(200, e.ByteOffset);
    }

    [FixtureFact]
    public void Truncated_signal_headers()
    {
        var e = Fails(S001R04()[..5000]);
        Assert.Equal("signal headers", e.Field);
        Assert.Contains("16896", e.Problem);
    }

    [FixtureFact]
    public void Garbage_version()
    {
        var e = Fails(With(S001R04(), 0, 8, "1.0"));
        Assert.Equal(("version", 0L), (e.Field, e.ByteOffset));
    }

    [FixtureTheory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("9999")]
    public void Bad_number_of_signals(string value)
    {
        var e = Fails(With(S001R04(), 252, 4, value));
        // 9999 parses, but then the header byte count no longer matches 256 × (ns + 1).
        Assert.Equal(value == "9999" ? "number of bytes in header record" : "number of signals", e.Field);
        Assert.Equal(value == "9999" ? 184 : 252, e.ByteOffset);
    }

    [FixtureFact]
    public void Header_byte_count_disagreeing_with_signal_count()
    {
        var e = Fails(With(S001R04(), 184, 8, "16640"));
        Assert.Equal(("number of bytes in header record", 184L), (e.Field, e.ByteOffset));
        Assert.Contains("16896", e.Problem);
    }

    [FixtureTheory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void Bad_number_of_records(string value)
    {
        var e = Fails(With(S001R04(), 236, 8, value));
        Assert.Equal(("number of data records", 236L), (e.Field, e.ByteOffset));
        Assert.Contains(value, e.Problem);
    }

    [FixtureTheory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("x")]
    [InlineData("1e-320")]
    public void Bad_record_duration(string value)
    {
        var e = Fails(With(S001R04(), 244, 8, value));
        Assert.Equal(("duration of a data record", 244L), (e.Field, e.ByteOffset));
    }

    [FixtureFact]
    public void Non_numeric_physical_minimum_names_the_signal_and_its_offset()
    {
        int offset = EdfBytes.SignalField(Ns, 104, 8, 8); // C3.. is signal 9
        var e = Fails(With(S001R04(), offset, 8, "-8O92"));
        Assert.Equal("physical minimum of 'C3..' (signal 9)", e.Field);
        Assert.Equal(offset, e.ByteOffset);
        Assert.Contains("'-8O92'", e.Problem);
    }

    [FixtureFact]
    public void Digital_minimum_not_below_maximum()
    {
        int offset = EdfBytes.SignalField(Ns, 120, 8, 0);
        var e = Fails(With(S001R04(), offset, 8, "8092"));
        Assert.Equal(("digital minimum of 'Fc5.' (signal 1)", (long)offset), (e.Field, e.ByteOffset));
    }

    [FixtureTheory]
    [InlineData("0")]
    [InlineData("-160")]
    [InlineData("99999999")]
    public void Absurd_samples_per_record(string value)
    {
        int offset = EdfBytes.SignalField(Ns, 216, 8, 3);
        var e = Fails(With(S001R04(), offset, 8, value));
        Assert.Equal(("samples per data record of 'Fcz.' (signal 4)", (long)offset), (e.Field, e.ByteOffset));
    }

    [FixtureFact]
    public void Data_shorter_than_one_record()
    {
        var e = Fails(S001R04()[..(16896 + 1000)]);
        Assert.Equal(("number of data records", 236L), (e.Field, e.ByteOffset));
        Assert.Contains("no complete data record", e.Problem);
    }

    [FixtureFact]
    public void File_on_disk_names_its_path_and_header_only_parse_agrees_with_open()
    {
        using var dir = new TempDirectory();
        string damaged = dir.File("damaged-on-disk.edf");
        File.WriteAllBytes(damaged, With(S001R04(), 236, 8, "many"));
        var e = Assert.Throws<EdfFormatException>(() => EdfFile.Open(damaged));
        Assert.Equal(damaged, e.FilePath);
        Assert.Equal(("number of data records", 236L), (e.Field, e.ByteOffset));
        Assert.Throws<FileNotFoundException>(() => EdfFile.Open(dir.File("missing.edf")));

        string path = FixturePaths.Get("edf", "S001R04.edf");
        var header = EdfFile.ReadHeader(path, out var warnings);
        using var edf = EdfFile.Open(path);
        Assert.Empty(warnings);
        Assert.Equal(edf.Header with { Signals = [] }, header with { Signals = [] });
        Assert.Equal(edf.Header.Signals, header.Signals);
    }

    [FixtureFact]
    public void Sweep_of_seeded_mutations_either_reads_fully_or_throws_EdfFormatException()
    {
        var fixtures = new[] { S001R04(), File.ReadAllBytes(FixturePaths.Get("edf", "SC4001EC-Hypnogram.edf")) };
        var random = new Random(20260517);
        int opened = 0, rejected = 0, cases = 0;
        foreach (var (name, mutated) in Mutations(fixtures, random))
        {
            cases++;
            var clock = Stopwatch.StartNew();
            try
            {
                using var edf = EdfFile.Open(mutated, name);
                long total = 0;
                if (edf.DataSignals.Count > 0)
                    total = edf.ReadPhysical(edf.DataSignals.Select(s => s.Index).ToArray()).Sum(x => (long)x.Length);
                Assert.Equal(edf.DataSignals.Sum(s => s.SampleCount), total);
                _ = edf.Annotations.Count;
                opened++;
            }
            catch (EdfFormatException e)
            {
                Assert.False(string.IsNullOrEmpty(e.Field), name);
                rejected++;
            }
            catch (Exception e)
            {
                Assert.Fail($"{name}: {e.GetType().Name} instead of EdfFormatException: {e}");
            }
            // Generous: a correct reader takes milliseconds; this only catches hangs and runaway loops.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{name} took {clock.Elapsed}");
        }
        Assert.True(cases >= 300, $"only {cases} cases");
        // Both outcomes must really occur, or the sweep is not exercising anything.
        Assert.True(opened > 30 && rejected > 30, $"opened {opened}, rejected {rejected}");
    }

    static IEnumerable<(string Name, byte[] Bytes)> Mutations(byte[][] fixtures, Random random)
    {
        string[] absurd = ["-1", "0", "1", "-99999", "99999999", "1e308", "abc", "", "NaN", "+", "1.5", "-0", "256", "16896"];
        // Numeric header fields of the fixed part: header bytes, records, duration, signal count.
        (int Offset, int Width)[] fixedFields = [(184, 8), (236, 8), (244, 8), (252, 4), (168, 8), (176, 8)];
        for (int f = 0; f < fixtures.Length; f++)
        {
            var file = fixtures[f];
            int ns = int.Parse(System.Text.Encoding.ASCII.GetString(file, 252, 4).Trim(), CultureInfo.InvariantCulture);
            int headerBytes = 256 * (ns + 1);

            // Truncations at many offsets, denser inside the header.
            for (int i = 0; i < 50; i++)
            {
                int at = i < 30 ? random.Next(0, headerBytes + 1) : random.Next(headerBytes, file.Length);
                yield return ($"fixture {f} truncated at {at}", file[..at]);
            }
            // Random bytes flipped in the header (any value, including NUL and 0xFF).
            for (int i = 0; i < 50; i++)
            {
                var copy = (byte[])file.Clone();
                int flips = 1 + random.Next(4);
                var where = new List<int>();
                for (int k = 0; k < flips; k++)
                {
                    int at = random.Next(0, headerBytes);
                    copy[at] = (byte)random.Next(256);
                    where.Add(at);
                }
                yield return ($"fixture {f} header bytes {string.Join(',', where)} flipped", copy);
            }
            // Absurd values in numeric fields, fixed and per-signal.
            for (int i = 0; i < 40; i++)
            {
                var copy = (byte[])file.Clone();
                string value = absurd[random.Next(absurd.Length)];
                int offset, width;
                if (i % 2 == 0) (offset, width) = fixedFields[random.Next(fixedFields.Length)];
                else
                {
                    int field = random.Next(5); // physMin, physMax, digMin, digMax, samples per record
                    int[] starts = [104, 112, 120, 128, 216];
                    (offset, width) = (EdfBytes.SignalField(ns, starts[field], 8, random.Next(ns)), 8);
                }
                EdfBytes.SetField(copy, offset, width, value[..Math.Min(value.Length, width)]);
                yield return ($"fixture {f} field at {offset} set to '{value}'", copy);
            }
            // Damage in the data area: for the hypnogram that is the TAL text itself.
            for (int i = 0; i < 20; i++)
            {
                var copy = (byte[])file.Clone();
                for (int k = 0; k < 8; k++) copy[random.Next(headerBytes, copy.Length)] = (byte)random.Next(256);
                yield return ($"fixture {f} data damaged ({i})", copy);
            }
            // Swapped sizes: samples per record of two signals exchanged with the record count.
            {
                var copy = (byte[])file.Clone();
                var records = System.Text.Encoding.ASCII.GetString(copy, 236, 8);
                var spr = System.Text.Encoding.ASCII.GetString(copy, EdfBytes.SignalField(ns, 216, 8, 0), 8);
                EdfBytes.SetField(copy, 236, 8, spr.Trim());
                EdfBytes.SetField(copy, EdfBytes.SignalField(ns, 216, 8, 0), 8, records.Trim());
                yield return ($"fixture {f} record count and samples per record swapped", copy);
            }
        }
    }
}
