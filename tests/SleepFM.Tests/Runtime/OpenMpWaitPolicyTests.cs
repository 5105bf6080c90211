using SleepFM.Runtime;

namespace SleepFM.Tests.Runtime;

/// <summary>LibTorch's OpenMP threads must not spin-wait on a shared machine (see OpenMpWaitPolicy).</summary>
public class OpenMpWaitPolicyTests
{
    [Fact]
    public void Loading_torch_leaves_a_wait_policy_in_the_environment()
    {
        TorchRuntime.EnsureLoaded();
        var policy = Environment.GetEnvironmentVariable(OpenMpWaitPolicy.Variable);
        if (OperatingSystem.IsLinux()) Assert.False(string.IsNullOrEmpty(policy));
    }

    [Fact]
    public void A_policy_already_set_is_kept()
    {
        TorchRuntime.EnsureLoaded();
        // Set by the user or by the load above; a second call must not overwrite it.
        var before = Environment.GetEnvironmentVariable(OpenMpWaitPolicy.Variable);
        Assert.False(OpenMpWaitPolicy.PreferPassive() && before is not null);
        Assert.Equal(before, Environment.GetEnvironmentVariable(OpenMpWaitPolicy.Variable));
    }
}
