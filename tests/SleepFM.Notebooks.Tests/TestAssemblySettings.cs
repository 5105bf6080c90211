// Notebooks share one results folder and LibTorch's process-wide state: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
