using SleepFM.IO;

namespace SleepFM.Tests.IO;

public class CsvTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("a,,", new[] { "a", "", "" })]
    [InlineData("\"x, y\",\"say \"\"hi\"\"\", z ", new[] { "x, y", "say \"hi\"", " z " })]   // as Python's csv.reader reads it
    [InlineData("a,b\r", new[] { "a", "b" })]
    [InlineData("", new[] { "" })]
    public void Splits_rfc4180_fields(string line, string[] expected) => Assert.Equal(expected, Csv.Split(line));

    [Fact]
    public void Escape_then_split_round_trips()
    {
        string[] fields = ["plain", "with, comma", "with \"quotes\"", ""];

        Assert.Equal(fields, Csv.Split(string.Join(',', fields.Select(Csv.Escape))));
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_not_a_merged_cell()
    {
        Assert.Throws<FormatException>(() => Csv.Split("a,\"b,c"));
    }
}
