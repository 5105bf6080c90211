using System.Text.RegularExpressions;
using System.Xml.Linq;
using SleepFM.Evaluation.Ablation;
using SleepFM.Evaluation.Reporting;
using SleepFM.Interactive.Formatters;
using SleepFM.IO.Edf;
using SleepFM.IO.Inspection;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Interactive;

/// <summary>The notebook formatters' HTML: well-formed tables with the facts that matter, never an object dump.</summary>
public sealed class FormatterTests
{
    static XElement Parse(string html) => XElement.Parse("<root>" + html.Replace("&nbsp;", " ", StringComparison.Ordinal) + "</root>");

    static List<List<string>> Rows(XElement root, string tableClass) =>
        root.Descendants("table").Single(t => (string?)t.Attribute("class") == tableClass)
            .Element("tbody")!.Elements("tr").Select(r => r.Elements("td").Select(c => c.Value).ToList()).ToList();

    [Fact]
    public void Recording_shows_header_facts_a_channel_table_with_modality_and_position_and_sparklines()
    {
        using var dir = new TempDirectory();
        var path = dir.File("night.edf");
        EdfWriter.Write(path, new EdfWriterSettings
        {
            Signals =
            [
                new EdfSignalSpec { Label = "EEG C4-M1", SampleRateHz = 100, PhysicalMin = -200, PhysicalMax = 200 },
                new EdfSignalSpec { Label = "SpO2", SampleRateHz = 1, PhysicalMin = 0, PhysicalMax = 100, PhysicalDimension = "%" },
            ],
            Annotations = [new EdfAnnotation(0, 30, "Sleep stage W")],
        }, [Enumerable.Range(0, 3000).Select(i => 30 * Math.Sin(i / 5.0)).ToArray(), Enumerable.Repeat(95.0, 30).ToArray()]);

        var html = RecordingFormatter.ToHtml(RecordingInspector.Inspect(path));

        var root = Parse(html);
        var facts = root.Descendants("table").First().Elements("tr").ToDictionary(r => r.Element("th")!.Value, r => r.Element("td")!.Value);
        Assert.Equal("night.edf", facts["file"]);
        Assert.Equal("EDF+C", facts["format"]);
        Assert.Equal("2", facts["channels"]);
        Assert.StartsWith("00:00:30", facts["duration"], StringComparison.Ordinal);
        var channels = Rows(root, "sleepfm-channels");
        Assert.Equal(2, channels.Count);
        Assert.Equal(["0", "EEG C4-M1", "C4-M1", "BAS"], channels[0].Take(4).ToArray());
        Assert.Matches(@"^-?0\.\d{3}, -?0\.\d{3}, 0\.\d{3}$", channels[0][4]);   // C4-M1 sits between C4 and the right mastoid
        Assert.Equal(["RESP", "—", "1", "%"], new[] { channels[1][3], channels[1][4], channels[1][5], channels[1][6] });
        Assert.Equal(2, root.Descendants("polyline").Count());
        Assert.Contains("Sleep stage W", html);
        Assert.DoesNotContain("RecordingSummary", html);

        Assert.Empty(Parse(RecordingFormatter.ToHtml(RecordingInspector.Inspect(path), withPreview: false)).Descendants("svg"));
    }

    [Fact]
    public void Class_counts_table_has_a_row_per_class_with_shares_and_a_total_per_dataset()
    {
        var html = ClassCountFormatter.ToHtml(
        [
            new ClassCount("ptbxl", "RBBB", 3), new ClassCount("ptbxl", "AF", 1),
            new ClassCount("tuab", "normal", 6), new ClassCount("tuab", "abnormal", 2),
        ]);

        var rows = Rows(Parse(html), "sleepfm-class-counts");
        Assert.Equal(6, rows.Count);
        Assert.Equal(["TUAB", "normal", "6", "75.0%"], rows[0].Take(4).ToArray());   // catalogue order: EEG tasks first
        Assert.Equal(["TUAB", "total", "8"], rows[2].Take(3).ToArray());
        Assert.Equal(["PTB-XL", "AF", "1", "25.0%"], rows[4].Take(4).ToArray());
        Assert.Contains("2 datasets · 4 classes · 12 samples", html);
    }

    [Fact]
    public void Ablation_table_highlights_rows_reaching_the_threshold_and_marks_the_fewest()
    {
        var curve = Enumerable.Range(1, 4).Select(k => new AblationPoint("tuab", k, 4, 0.6 + 0.1 * k, 0.55 + 0.1 * k, 0.65 + 0.1 * k, 5, (0.6 + 0.1 * k) / 1.0, k >= 3)).ToList();
        var result = new ChannelAblation.Result([new AblationSubset("tuab", 4, 0, ["a", "b", "c", "d"], "balanced_accuracy", 1.0)], curve, 1.0, 3);

        var html = AblationFormatter.ToHtml(result);

        var root = Parse(html);
        var rows = Rows(root, "sleepfm-ablation-table");
        Assert.Equal(4, rows.Count);
        var highlighted = root.Descendants("tr").Where(r => (string?)r.Attribute("class") == "highlight").Select(r => r.Element("td")!.Value).ToArray();
        Assert.Equal(["3 of 4", "4 of 4"], highlighted);
        Assert.Equal("≥ threshold · fewest", rows[2][5]);
        Assert.Equal("90.0%", rows[2][4]);
        Assert.Contains("3 channels (75% of the montage) keep the threshold", html);
        Assert.Contains("balanced_accuracy", html);
    }

    [Fact]
    public void Formatters_are_registered_by_Notebook_Initialize()
    {
        // The registration needs a kernel's Formatting assembly, absent from this test process; the notebook tests
        // exercise it. Here: every formatter Notebook.Initialize registers exists and is wired.
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "SleepFM.Interactive", "Notebook.cs"));
        foreach (var name in new[] { "RecordingFormatter", "ClassCountFormatter", "TrainingHistoryFormatter", "AblationFormatter", "PlotlyChartFormatter", "FrameFormatter" })
            Assert.Matches(new Regex($@"Formatters\.{name}\.Register\(\);"), source);
    }
}
