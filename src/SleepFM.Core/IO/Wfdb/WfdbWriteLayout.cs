namespace SleepFM.IO.Wfdb;

/// <summary>How <see cref="WfdbWriter"/> stores the samples.</summary>
public enum WfdbWriteLayout
{
    /// <summary><c>name.hea</c> + <c>name.dat</c>, format 16, frame-interleaved (PTB-XL's records100/records500 style).</summary>
    Format16Dat,
    /// <summary>
    /// <c>name.hea</c> + <c>name.mat</c>: a MATLAB v4 int16 matrix "val" [signals × samples], declared as format
    /// <c>16+24</c> (PhysioNet/CinC 2020–21 challenge style used by CPSC 2018 and Georgia G12EC).
    /// </summary>
    ChallengeMat,
}
