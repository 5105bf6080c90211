using SleepFM.Evaluation.Reporting;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Evaluation.Reporting;

/// <summary>The project's own result tables read back, and a damaged one refused naming the file and the line.</summary>
public class ResultTablesReadingTests
{
    [Fact]
    public void Results_round_trip_with_a_quoted_metric_name()
    {
        using var temp = new TempDirectory();
        var path = temp.File("results.csv");
        ResultRow[] rows = [new("tuev", "PT", 1, "f1[SPSW, GPED]", 0.25), new("tuev", "PT", 2, "accuracy", 0.5)];
        File.WriteAllLines(path, [ResultsCsv.Header, .. ResultsCsv.Rows(rows)]);

        Assert.Equal(rows, ResultsCsv.Read(path));
    }

    [Fact]
    public void A_results_row_cut_inside_a_quote_is_refused_naming_its_line()
    {
        using var temp = new TempDirectory();
        var path = temp.File("results.csv");
        File.WriteAllLines(path, [ResultsCsv.Header, "tuev,PT,1,accuracy,0.5", "tuev,PT,1,\"f1[SPSW"]);

        var e = Assert.Throws<InvalidDataException>(() => ResultsCsv.Read(path));

        Assert.StartsWith($"{path}, line 3:", e.Message);
    }

    [Fact]
    public void Rebuilding_the_aggregates_names_a_damaged_prediction_row()
    {
        using var temp = new TempDirectory();
        var run = Directory.CreateDirectory(Path.Combine(temp.Path, "tuab", "scratch", "seed-1")).FullName;
        File.WriteAllLines(Path.Combine(run, "metrics.csv"), [ResultsCsv.Header, "tuab,scratch,1,accuracy,0.5"]);
        var predictions = Path.Combine(run, "predictions.csv");
        File.WriteAllLines(predictions, ["task,regime,seed,split,sample_id,subject_id,y_true,y_pred",
            "tuab,scratch,1,test,w1,s1,0,0", "tuab,scratch,1,test,\"w2,s1,1,0"]);

        var e = Assert.Throws<InvalidDataException>(() => ResultFiles.Rebuild(temp.Path));

        Assert.StartsWith($"{predictions}, line 3:", e.Message);
    }

    [Fact]
    public void A_bad_class_count_names_its_line_in_the_file_even_after_blank_lines()
    {
        using var temp = new TempDirectory();
        var path = temp.File("class_counts.csv");
        File.WriteAllLines(path, ["task,class,count", "tuab,normal,10", "", "tuab,abnormal,many"]);

        var e = Assert.Throws<InvalidDataException>(() => ClassCountsCsv.Read(path));

        Assert.Contains("line 4 ", e.Message);
    }
}
