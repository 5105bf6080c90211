// LibTorch state is process-wide (seed, thread count, generator) and TorchSharp's native handles are
// not safe against every interleaving: a parallel run once failed inside Adam.step with a corrupted
// scalar while pipeline tests built tensors on other threads. The suite runs serially; it stays
// well under the time budget.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
