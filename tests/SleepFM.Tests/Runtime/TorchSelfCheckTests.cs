using SleepFM.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace SleepFM.Tests.Runtime;

public class TorchSelfCheckTests
{
    [Fact]
    public void Tensor_op_and_backward_pass_agree_with_the_analytic_gradient()
    {
        var result = TorchSelfCheck.Run(seed: 7);

        Assert.True(result.Passed, $"max gradient error {result.MaxGradientError}");
        Assert.True(result.Loss > 0);
    }

    [Fact]
    public void Same_seed_gives_the_same_loss_and_another_seed_does_not()
    {
        Assert.Equal(TorchSelfCheck.Run(seed: 1).Loss, TorchSelfCheck.Run(seed: 1).Loss);
        Assert.NotEqual(TorchSelfCheck.Run(seed: 1).Loss, TorchSelfCheck.Run(seed: 2).Loss);
    }

    [Fact]
    public void A_linear_layer_learns_one_gradient_step()
    {
        TorchRuntime.EnsureLoaded();
        using var scope = NewDisposeScope();
        var generator = new Generator(3);
        var layer = nn.Linear(4, 1);
        var x = randn([16, 4], generator: generator);
        var y = x.sum(dim: 1, keepdim: true);
        var optimizer = optim.SGD(layer.parameters(), 0.1);
        double Loss() => nn.functional.mse_loss(layer.call(x), y).item<float>();

        double before = Loss();
        optimizer.zero_grad();
        nn.functional.mse_loss(layer.call(x), y).backward();
        optimizer.step();

        Assert.True(Loss() < before, $"loss went from {before} to {Loss()}");
    }
}
