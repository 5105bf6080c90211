namespace SleepFM.IO.Hdf5;

/// <summary>One row of CODE-15%'s <c>exams.csv</c>. Nullable fields are empty in some rows of the real file.</summary>
/// <param name="ExamId">Exam id (matches <c>exam_id</c> in the HDF5 file).</param>
/// <param name="AgeYears">Age in years, or null when empty.</param>
/// <param name="IsMale">Sex (column is_male), or null when empty.</param>
/// <param name="NnPredictedAgeYears">Age predicted by a neural network from the ECG, or null.</param>
/// <param name="FirstDegreeAvBlock">Label 1dAVb: first-degree AV block.</param>
/// <param name="Rbbb">Label RBBB: right bundle branch block.</param>
/// <param name="Lbbb">Label LBBB: left bundle branch block.</param>
/// <param name="SinusBradycardia">Label SB: sinus bradycardia.</param>
/// <param name="SinusTachycardia">Label ST: sinus tachycardia.</param>
/// <param name="AtrialFibrillation">Label AF: atrial fibrillation.</param>
/// <param name="PatientId">Patient id (several exams may share one), or null.</param>
/// <param name="Death">Died during follow-up, or null when unknown.</param>
/// <param name="TimeYears">Follow-up time in years (column timey), or null.</param>
/// <param name="NormalEcg">Whether the ECG was read as normal, or null.</param>
/// <param name="TraceFile">The HDF5 file holding the tracing, e.g. "exams_part0.hdf5".</param>
public sealed record Code15Exam(
    long ExamId,
    double? AgeYears,
    bool? IsMale,
    double? NnPredictedAgeYears,
    bool FirstDegreeAvBlock,
    bool Rbbb,
    bool Lbbb,
    bool SinusBradycardia,
    bool SinusTachycardia,
    bool AtrialFibrillation,
    long? PatientId,
    bool? Death,
    double? TimeYears,
    bool? NormalEcg,
    string TraceFile);
