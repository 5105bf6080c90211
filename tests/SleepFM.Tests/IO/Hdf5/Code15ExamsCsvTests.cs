using SleepFM.IO;
using SleepFM.IO.Hdf5;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.IO.Hdf5;

/// <summary>Tests of Code15ExamsCsv.</summary>
public sealed class Code15ExamsCsvTests
{
    /// <summary>Reads the published layout with empty cells.</summary>
    [Fact]
    public void ReadsThePublishedLayoutWithEmptyCells()
    {
        using var dir = new TempDirectory();
        var path = dir.File("exams.csv");
        File.WriteAllText(path,
            "exam_id,age,is_male,nn_predicted_age,1dAVb,RBBB,LBBB,SB,ST,AF,patient_id,death,timey,normal_ecg,trace_file\n" +
            "1169160,38,True,40.1605,False,False,False,False,False,False,523632,False,2.0986,True,exams_part13.hdf5\n" +
            "2873686,73,True,67.0592,False,False,False,False,False,True,1724173,,,False,exams_part13.hdf5\n");
        var rows = Code15ExamsCsv.Read(path);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new Code15Exam(1169160, 38, true, 40.1605, false, false, false, false, false, false, 523632, false, 2.0986, true, "exams_part13.hdf5"), rows[0]);
        Assert.True(rows[1].AtrialFibrillation);
        Assert.Null(rows[1].Death);
        Assert.Null(rows[1].TimeYears);
    }

    /// <summary>Column order does not matter and extra columns are ignored.</summary>
    [Fact]
    public void ColumnOrderDoesNotMatterAndExtraColumnsAreIgnored()
    {
        using var dir = new TempDirectory();
        var path = dir.File("exams.csv");
        File.WriteAllText(path,
            "\uFEFFtrace_file,AF,ST,SB,LBBB,RBBB,1dAVb,extra,exam_id\r\n" +
            "\"part,0.hdf5\",1,0,0,0,1,0,zzz,42.0\r\n");
        var row = Assert.Single(Code15ExamsCsv.Read(path));
        Assert.Equal((42L, "part,0.hdf5", true, true, false), (row.ExamId, row.TraceFile, row.AtrialFibrillation, row.Rbbb, row.FirstDegreeAvBlock));
        Assert.Null(row.AgeYears);
        Assert.Null(row.IsMale);
    }

    /// <summary>Write then read: round trips.</summary>
    [Fact]
    public void WriteThenRead_RoundTrips()
    {
        using var dir = new TempDirectory();
        var path = dir.File("sub/exams.csv");
        Code15Exam[] exams =
        [
            new(1, 55.5, false, null, true, false, true, false, true, false, 9, null, null, false, "exams_part0.hdf5"),
            new(2, null, null, 61.25, false, true, false, true, false, true, null, true, 3.5, null, "a,b.hdf5"),
        ];
        Code15ExamsCsv.Write(path, exams);
        Assert.Equal(string.Join(',', Code15ExamsCsv.Columns), File.ReadLines(path).First());
        Assert.Equal(exams, Code15ExamsCsv.Read(path));
    }

    /// <summary>Bad files: throw typed naming line and column.</summary>
    [Theory]
    [InlineData("exam_id,1dAVb,RBBB,LBBB,SB,ST\n1,0,0,0,0,0\n", "column 'AF'")]
    [InlineData("exam_id,1dAVb,RBBB,LBBB,SB,ST,AF,trace_file\nx,0,0,0,0,0,0,f\n", "line 2, column 'exam_id'")]
    [InlineData("exam_id,1dAVb,RBBB,LBBB,SB,ST,AF,trace_file\n1,0,0,maybe,0,0,0,f\n", "line 2, column 'LBBB'")]
    [InlineData("exam_id,1dAVb,RBBB,LBBB,SB,ST,AF,trace_file\n1,0,0,0,0,0,,f\n", "line 2, column 'AF'")]
    [InlineData("exam_id,1dAVb,RBBB,LBBB,SB,ST,AF,trace_file\n1,0,0,0,0,0,0,\"f\n", "line 2")]
    [InlineData("", "header row")]
    public void BadFiles_ThrowTypedNamingLineAndColumn(string text, string field)
    {
        using var dir = new TempDirectory();
        var path = dir.File("exams.csv");
        File.WriteAllText(path, text);
        var e = Assert.Throws<SignalFileException>(() => Code15ExamsCsv.Read(path));
        Assert.Equal(field, e.Field);
    }
}
