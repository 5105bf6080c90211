using System.Globalization;
using SleepFM.Channels;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Channels;

/// <summary>The embedded 10-05 table: geometry, aliases, midpoints, warnings and malformed tables.</summary>
public class ElectrodePositionsTests
{
    const double Tolerance = 1e-12;
    static readonly ElectrodePositions Table = ElectrodePositions.Default;

    static ElectrodePosition Site(string label)
    {
        Assert.True(Table.TryGetSite(label, out var p), $"table lacks {label}");
        return p;
    }

    /// <summary>Embedded table has 345 sites and the fiducials.</summary>
    [Fact]
    public void Embedded_table_has_345_sites_and_the_fiducials()
    {
        Assert.Equal(348, Table.Count); // 345 sites + LPA, RPA, NAS
        Assert.Contains("LPA", Table.Labels);
        Assert.Contains("RPA", Table.Labels);
        Assert.Contains("NAS", Table.Labels);
        foreach (var label in Table.Labels)
        {
            var p = Site(label);
            Assert.InRange(Math.Sqrt(p.X * p.X + p.Y * p.Y + p.Z * p.Z), 0.999, 1.001); // unit sphere
        }
    }

    /// <summary>Embedded table equals the source fixture.</summary>
    [FixtureFact]
    public void Embedded_table_equals_the_source_fixture()
    {
        var lines = File.ReadAllLines(FixturePaths.Get("montages", "spherical_1005.tsv")).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Equal(lines.Count, Table.Count);
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            var p = Site(f[0]);
            Assert.Equal(double.Parse(f[1], CultureInfo.InvariantCulture), p.X, Tolerance);
            Assert.Equal(double.Parse(f[2], CultureInfo.InvariantCulture), p.Y, Tolerance);
            Assert.Equal(double.Parse(f[3], CultureInfo.InvariantCulture), p.Z, Tolerance);
        }
    }

    /// <summary>C3 is left C4 right mirror images.</summary>
    [Fact]
    public void C3_is_left_C4_right_mirror_images()
    {
        var c3 = Table.Locate("C3").Position!.Value;
        var c4 = Table.Locate("EEG C4-REF").Position!.Value;
        Assert.True(c3.X < 0 && 0 < c4.X, $"C3.x={c3.X}, C4.x={c4.X}");
        Assert.Equal(-c3.X, c4.X, Tolerance);
        Assert.Equal(c3.Y, c4.Y, Tolerance);
        Assert.Equal(c3.Z, c4.Z, Tolerance);
        var fpz = Table.Locate("Fpz").Position!.Value;
        var oz = Table.Locate("Oz").Position!.Value;
        Assert.True(fpz.Y > 0.9 && oz.Y < -0.9, "y must point to the nose");
        Assert.True(Table.Locate("Cz").Position!.Value.Z > 0.99, "z must point up");
    }

    /// <summary>Referential channels sit at their active electrode.</summary>
    [Theory]
    [InlineData("fp1", "Fp1")]
    [InlineData("FCZ", "FCz")]
    [InlineData("Fc5.", "FC5")]
    [InlineData("T3", "T7")]
    [InlineData("T4", "T8")]
    [InlineData("T5", "P7")]
    [InlineData("t6", "P8")]
    [InlineData("A1", "LPA")]
    [InlineData("M1", "LPA")]
    [InlineData("A2", "RPA")]
    [InlineData("m2", "RPA")]
    [InlineData("EEG Fp1-Ref", "Fp1")]
    [InlineData("EEG T3-LE", "T7")]
    [InlineData("F3:M1+M2", "F3")]                 // linked mastoids: the active electrode
    [InlineData("EEG O2-AVG", "O2")]
    public void Referential_channels_sit_at_their_active_electrode(string raw, string site)
    {
        var lookup = Table.Locate(raw);
        Assert.Null(lookup.Warning);
        Assert.Equal(Site(site), lookup.Position);
    }

    /// <summary>Mastoids sit at the fiducials.</summary>
    [Fact]
    public void Mastoids_sit_at_the_fiducials()
    {
        Assert.Equal(new ElectrodePosition(-1, 0, 0), Table.Locate("M1").Position);
        Assert.Equal(new ElectrodePosition(1, 0, 0), Table.Locate("A2").Position);
    }

    /// <summary>Bipolar channels sit at the midpoint.</summary>
    [Theory]
    [InlineData("EEG Fpz-Cz", "Fpz", "Cz")]
    [InlineData("C4-M1", "C4", "LPA")]
    [InlineData("EEG C3-A2", "C3", "RPA")]
    [InlineData("C3:C4", "C3", "C4")]
    [InlineData("T3:T4", "T7", "T8")]
    public void Bipolar_channels_sit_at_the_midpoint(string raw, string siteA, string siteB)
    {
        var a = Site(siteA);
        var b = Site(siteB);
        var lookup = Table.Locate(raw);
        Assert.Null(lookup.Warning);
        var p = lookup.Position!.Value;
        Assert.Equal((a.X + b.X) / 2, p.X, Tolerance);
        Assert.Equal((a.Y + b.Y) / 2, p.Y, Tolerance);
        Assert.Equal((a.Z + b.Z) / 2, p.Z, Tolerance);
        Assert.Equal(p.DistanceTo(a), p.DistanceTo(b), 1e-12);
    }

    /// <summary>C3 C4 midpoint lies on the midline.</summary>
    [Fact]
    public void C3_C4_midpoint_lies_on_the_midline()
    {
        var p = Table.Locate("C3-C4").Position!.Value;
        Assert.Equal(0, p.X, Tolerance);
    }

    /// <summary>Unknown positions give a warning not a position.</summary>
    [Theory]
    [InlineData("E1-M2", "E1")]
    [InlineData("LOC", "LOC")]
    [InlineData("EOG1", "EOG1")]
    [InlineData("EEG SP1-REF", "EEG SP1-REF")]
    [InlineData("EEG 2", "EEG 2")]
    [InlineData("F4-M1:F3-M2", "4 electrodes")]
    public void Unknown_positions_give_a_warning_not_a_position(string raw, string mentioned)
    {
        var lookup = Table.Locate(raw);
        Assert.Null(lookup.Position);
        Assert.False(lookup.HasPosition);
        Assert.NotNull(lookup.Warning);
        Assert.Contains(mentioned, lookup.Warning);
    }

    /// <summary>Non eeg channels get neither position nor warning.</summary>
    [Theory]
    [InlineData("ECG II")]
    [InlineData("Chest")]
    [InlineData("LPA")]
    public void Non_eeg_channels_get_neither_position_nor_warning(string raw)
    {
        var lookup = Table.Locate(raw);
        Assert.Null(lookup.Position);
        Assert.Null(lookup.Warning);
    }

    /// <summary>Fiducials are not electrodes but ears resolve to them.</summary>
    [Fact]
    public void Fiducials_are_not_electrodes_but_ears_resolve_to_them()
    {
        Assert.False(Table.TryGetElectrode("LPA", out _));
        Assert.True(Table.TryGetElectrode("A1", out var a1));
        Assert.Equal(Site("LPA"), a1);
        Assert.True(Table.TryGetSite("lpa", out _));
    }

    /// <summary>Malformed tables throw naming line and field.</summary>
    [Theory]
    [InlineData("C3 0 0 0", "line 1", "header")]
    [InlineData("label x y z\nC3 0.1 0.2", "line 2", "3 fields")]
    [InlineData("label x y z\nC3 0.1 0.2 abc", "line 2, column z", "'abc'")]
    [InlineData("label x y z\nC3 0.1 0.2 NaN", "line 2, column z", "'NaN'")]
    [InlineData("# c\nlabel x y z\nC3 -80.5 0 0", "line 3, column x", "unit-sphere")]
    [InlineData("label x y z\nC3 0 0 1\nc3 0 0 1", "line 3, column label", "repeats 'c3'")]
    [InlineData("# only comments\n", "header", "missing")]
    public void Malformed_tables_throw_naming_line_and_field(string text, string field, string problem)
    {
        var ex = Assert.Throws<PositionTableException>(() => ElectrodePositions.Parse(text, "custom.tsv"));
        Assert.Equal("custom.tsv", ex.FilePath);
        Assert.Equal(field, ex.Field);
        Assert.Contains(problem, ex.Problem);
    }

    /// <summary>Byte offset points at the bad line.</summary>
    [Fact]
    public void Byte_offset_points_at_the_bad_line()
    {
        var text = "label x y z\r\nC3 0 0 1\r\nC4 0 0 2\r\n";
        var ex = Assert.Throws<PositionTableException>(() => ElectrodePositions.Parse(text, "t.tsv"));
        Assert.Equal(text.IndexOf("C4", StringComparison.Ordinal), ex.ByteOffset);
    }

    /// <summary>Custom table applies the same aliases.</summary>
    [Fact]
    public void Custom_table_applies_the_same_aliases()
    {
        var custom = ElectrodePositions.Parse("label\tx\ty\tz\nT7\t-1\t0\t0\nRPA\t1\t0\t0\n", "custom");
        Assert.Equal(new ElectrodePosition(-1, 0, 0), custom.Locate("T3").Position);
        Assert.Equal(new ElectrodePosition(0, 0, 0), custom.Locate("T7-M2").Position);
        Assert.NotNull(custom.Locate("C3").Warning);
    }
}
