namespace SleepFM.Channels;

/// <summary>What kind of electrode a recognised label token names.</summary>
internal enum ElectrodeCategory
{
    /// <summary>A site of the 10-05 table (Fp1, FCz, AF3, Cz, O1, T7, ...).</summary>
    Site1005,
    /// <summary>An old 10-20 temporal name (T3/T4/T5/T6) kept as recorded, placed at T7/T8/P7/P8.</summary>
    OldTemporal,
    /// <summary>An ear or mastoid reference (A1/A2/M1/M2), placed at the LPA/RPA fiducials.</summary>
    EarReference,
    /// <summary>An eye electrode (E1/E2, LOC/ROC, EOG1/EOG2); brain activity, but not on the 10-05 grid.</summary>
    Eog,
}
