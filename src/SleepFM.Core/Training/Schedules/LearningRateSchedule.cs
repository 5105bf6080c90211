namespace SleepFM.Training.Schedules;

/// <summary>Shape of the learning rate after warm-up.</summary>
public enum ScheduleKind
{
    /// <summary>Constant at the base rate.</summary>
    Constant,
    /// <summary>Half-cosine from the base rate down to <see cref="LearningRateSchedule.MinimumFraction"/> of it at the last step.</summary>
    Cosine,
    /// <summary>Multiply by <see cref="LearningRateSchedule.StepGamma"/> every <see cref="LearningRateSchedule.StepEvery"/> steps.</summary>
    Step,
}

/// <summary>
/// Linear warm-up, then constant, cosine or step decay. A pure function of the step, so resuming a run
/// needs only the step number to continue the schedule exactly.
/// </summary>
/// <param name="BaseRate">Peak learning rate, &gt; 0.</param>
/// <param name="WarmupSteps">Steps of linear warm-up from BaseRate/WarmupSteps to BaseRate, ≥ 0.</param>
/// <param name="Kind">Decay after warm-up.</param>
/// <param name="TotalSteps">Steps of the whole run (cosine ends here), ≥ 1.</param>
/// <param name="MinimumFraction">Cosine floor as a fraction of BaseRate, in [0, 1].</param>
/// <param name="StepEvery">Steps between step decays, ≥ 1.</param>
/// <param name="StepGamma">Step-decay factor, in (0, 1].</param>
public sealed record LearningRateSchedule(
    double BaseRate, int WarmupSteps, ScheduleKind Kind, int TotalSteps,
    double MinimumFraction = 0.0, int StepEvery = 1000, double StepGamma = 0.1)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid field.</summary>
    public void Validate()
    {
        if (!(BaseRate > 0) || double.IsInfinity(BaseRate)) throw new ArgumentOutOfRangeException(nameof(BaseRate), BaseRate, "must be a positive finite number");
        if (WarmupSteps < 0) throw new ArgumentOutOfRangeException(nameof(WarmupSteps), WarmupSteps, "must be ≥ 0");
        if (TotalSteps < 1) throw new ArgumentOutOfRangeException(nameof(TotalSteps), TotalSteps, "must be ≥ 1");
        if (!(MinimumFraction >= 0 && MinimumFraction <= 1)) throw new ArgumentOutOfRangeException(nameof(MinimumFraction), MinimumFraction, "must be in [0, 1]");
        if (StepEvery < 1) throw new ArgumentOutOfRangeException(nameof(StepEvery), StepEvery, "must be ≥ 1");
        if (!(StepGamma > 0 && StepGamma <= 1)) throw new ArgumentOutOfRangeException(nameof(StepGamma), StepGamma, "must be in (0, 1]");
    }

    /// <summary>The learning rate for 0-based <paramref name="step"/>.</summary>
    public double At(long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        if (step < WarmupSteps) return BaseRate * (step + 1) / WarmupSteps;
        long afterWarmup = step - WarmupSteps;
        switch (Kind)
        {
            case ScheduleKind.Cosine:
                long span = Math.Max(1, TotalSteps - WarmupSteps);
                double progress = Math.Min(1.0, (double)afterWarmup / span);
                double floor = BaseRate * MinimumFraction;
                return floor + (BaseRate - floor) * 0.5 * (1 + Math.Cos(Math.PI * progress));
            case ScheduleKind.Step:
                return BaseRate * Math.Pow(StepGamma, afterWarmup / StepEvery);
            default:
                return BaseRate;
        }
    }
}
