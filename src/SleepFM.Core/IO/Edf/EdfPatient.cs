namespace SleepFM.IO.Edf;

/// <summary>
/// The EDF+ "local patient identification" subfields. EDF+ writes "X" for an unknown subfield; that
/// becomes null here. Spaces inside a subfield are stored as underscores by the standard and are kept
/// as stored (e.g. "Female_33yr"), so a value written back is byte-identical.
/// </summary>
/// <param name="Code">Hospital administration code, or null when "X".</param>
/// <param name="Sex">"M" or "F" as stored, or null when "X" or absent.</param>
/// <param name="BirthDate">Birth date from "dd-MMM-yyyy", or null when "X", absent or unparseable.</param>
/// <param name="Name">Patient name as stored, or null when "X".</param>
/// <param name="Additional">Any further subfields, space-joined, or empty.</param>
public sealed record EdfPatient(string? Code, string? Sex, DateOnly? BirthDate, string? Name, string Additional);
