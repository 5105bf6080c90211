namespace SleepFM.Evaluation.Reporting;

/// <summary>One bar of Figure 1: how many samples of a class a dataset has.</summary>
/// <param name="TaskId">Task id, e.g. "tuev".</param>
/// <param name="ClassName">Class or label name.</param>
/// <param name="Count">Samples (windows, events or records) with that class; for multilabel tasks, with that label set.</param>
public sealed record ClassCount(string TaskId, string ClassName, int Count);
