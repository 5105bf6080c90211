using System.Text.Json;
using SleepFM.Pipeline;
using SleepFM.Tests.Fixtures;

namespace SleepFM.Tests.Pipeline;

/// <summary>Shards are plain HDF5: h5py reads them without SleepFM.</summary>
public sealed class ShardInteropTests
{
    [PythonFact("h5py", "numpy")]
    public void H5pyReadsAShard()
    {
        using var dir = new TempDirectory();
        var dataset = PipelineTestData.MixedNights(dir.Path);
        var window = dataset.Windows[7];   // night b, second window: chin EMG is flat there
        string path = dataset.ShardPath(window.Shard);
        using var shard = ShardReader.Open(path);
        var (code, stdout, stderr) = PythonReference.RunScript("shard_h5py_read.py", path, window.Row.ToString());
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var r = json.RootElement;

        Assert.Equal([6, 7, 1280], r.GetProperty("shapes").GetProperty("signals").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("float16", r.GetProperty("dtypes").GetProperty("signals").GetString());
        Assert.Equal("uint8", r.GetProperty("dtypes").GetProperty("channel_mask").GetString());
        Assert.Equal("int32", r.GetProperty("dtypes").GetProperty("labels").GetString());
        Assert.True(r.GetProperty("contiguous").GetBoolean());
        var attrs = r.GetProperty("attrs");
        Assert.Equal("b", attrs.GetProperty("recording_id").GetString());
        Assert.Equal("b", attrs.GetProperty("subject_id").GetString());
        Assert.Equal(128, attrs.GetProperty("sample_rate_hz").GetDouble());
        Assert.Equal(1280, attrs.GetProperty("window_samples").GetInt32());
        Assert.Equal("float16", attrs.GetProperty("dtype").GetString());
        Assert.Equal(ShardLayout.FormatVersion, attrs.GetProperty("format_version").GetInt32());
        Assert.Equal(shard.ChannelNames, r.GetProperty("channel_names").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["BAS", "BAS", "BAS", "ECG", "RESP", "RESP", "EMG"], r.GetProperty("channel_modality").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([1, 1, 1, 1, 1, 1, 0], r.GetProperty("channel_mask")[window.Row].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(4, r.GetProperty("labels")[window.Row][0].GetInt32());   // REM
        Assert.Equal(10.0, r.GetProperty("start_s")[1].GetDouble());
        Assert.Equal(shard.Positions[..3].Select(x => (double)x), r.GetProperty("positions_row0").EnumerateArray().Select(e => e.GetDouble()));

        var ours = shard.ReadWindow(window.Row);
        Assert.Equal(ours[..16].Select(x => (double)x), r.GetProperty("window_ch0_first16").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(ours.Sum(x => (double)x), r.GetProperty("window_sum").GetDouble(), 6);
    }
}
