namespace SleepFM.IO.Edf;

/// <summary>
/// The EDF+ "local recording identification" subfields: "Startdate dd-MMM-yyyy admincode technician
/// equipment ...". "X" means unknown and becomes null. Its start date carries the four-digit year the
/// main start-date field lacks (needed after 2084).
/// </summary>
/// <param name="StartDate">Date from the "Startdate" subfield, or null when "X" or unparseable.</param>
/// <param name="AdminCode">Hospital administration code of the investigation, or null.</param>
/// <param name="Technician">Code of the responsible technician or investigator, or null.</param>
/// <param name="Equipment">Code of the equipment used, or null.</param>
/// <param name="Additional">Any further subfields, space-joined, or empty.</param>
public sealed record EdfRecordingInfo(DateOnly? StartDate, string? AdminCode, string? Technician, string? Equipment, string Additional);
