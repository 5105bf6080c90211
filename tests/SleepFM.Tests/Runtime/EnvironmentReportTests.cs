using SleepFM.Runtime;

namespace SleepFM.Tests.Runtime;

public class EnvironmentReportTests
{
    [Fact]
    public void Reports_libtorch_2_10_and_the_cpu_device_on_a_machine_without_cuda()
    {
        var report = EnvironmentReport.Collect();

        Assert.Equal("2.10.0", report.LibTorchVersion);
        Assert.Equal("0.107.0", report.TorchSharpVersion);
        Assert.Equal(report.CudaAvailable ? "cuda" : "cpu", report.Device);
        Assert.True(report.TorchThreads >= 1);
        Assert.StartsWith("10.", report.DotNetVersion);
    }
}
