using System.Text.RegularExpressions;

namespace SleepFM.Channels;

/// <summary>
/// The curated alias table for channels that are not EEG/EOG: a few dozen keyword rules, written from
/// PSG practice (AASM channel names, common amplifier exports), not a copy of any cohort's label list.
/// Rules are tried in table order (Other, ECG, EMG, RESP) and the first hit wins, so e.g.
/// <c>EKG_L-Cz</c> is an ECG lead and <c>Chin_L-Cz</c> a chin EMG although both name Cz.
/// </summary>
internal static class NonEegAliases
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    sealed record Rule(string Alias, Modality Modality, Regex Pattern);

    static Rule R(string alias, Modality modality, string pattern) => new(alias, modality, new Regex(pattern, Options));

    static readonly Rule[] Rules =
    [
        // Stimulus and bookkeeping channels that EEG amplifiers export beside the EEG (TUH "EEG PHOTIC-REF").
        R("annotation", Modality.Other, "annotation"),
        R("photic", Modality.Other, "photic"),
        R("event", Modality.Other, @"\bevent"),
        R("marker", Modality.Other, "marker"),
        R("trigger", Modality.Other, "trigger"),
        R("status", Modality.Other, @"\bstatus\b"),
        R("light", Modality.Other, @"\blight"),
        R("position", Modality.Other, "position"),
        R("temperature", Modality.Other, @"\btemp(?:erature)?\b"),
        // TUH's derived burst-suppression channels ride on "EEG" labels but carry no signal of the scalp.
        R("burst suppression", Modality.Other, @"\b(?:ibi|bursts|suppr)\b"),

        R("ecg", Modality.ECG, "ecg"),
        R("ekg", Modality.ECG, "ekg"),
        // Bare 12-lead and Holter lead names (PTB-XL, MIT-BIH "MLII", PTB Frank leads vx/vy/vz, CODE-15% "DI/DII/DIII").
        R("12-lead name", Modality.ECG, @"^(?:I|II|III|DI|DII|DIII|aVR|aVL|aVF|V[1-6]?|MLI{1,3}|MV\d?|v[xyz])$"),

        R("emg", Modality.EMG, "emg"),
        R("chin", Modality.EMG, "chin"),
        R("submental", Modality.EMG, "submental"),
        R("leg", Modality.EMG, "leg"),
        R("arm", Modality.EMG, "arm"),
        R("foot", Modality.EMG, @"foot|feet"),
        R("tibialis", Modality.EMG, @"tibial|\b[LR]AT\b"),
        R("masseter", Modality.EMG, @"mass[ae]t|\bmass\b"),
        R("temporalis", Modality.EMG, "temporalis"),
        R("flexor", Modality.EMG, "flexor"),
        R("extensor", Modality.EMG, @"extensor|\bext\d"),
        R("shoulder", Modality.EMG, "should"),
        // Accessory breathing muscles are still muscles: recorded as EMG.
        R("scm", Modality.EMG, @"\bscm\b"),
        R("scalene", Modality.EMG, "scalen"),
        R("plm", Modality.EMG, @"\bplm"),

        R("chest", Modality.RESP, "chest"),
        R("thorax", Modality.RESP, "thor"),
        R("abdomen", Modality.RESP, @"\babd"),
        R("rip", Modality.RESP, @"\brip"),
        R("effort", Modality.RESP, "effort"),
        R("belt", Modality.RESP, "belt"),
        R("flow", Modality.RESP, "flow"),
        R("air", Modality.RESP, "air"),
        R("nasal", Modality.RESP, @"\bnas"),
        R("pressure", Modality.RESP, @"pres|\bn\.?\s?p\b"),
        R("cannula", Modality.RESP, "cannula"),
        R("thermistor", Modality.RESP, "therm"),
        R("oral", Modality.RESP, @"\boral"),
        R("co2", Modality.RESP, "co2"),
        R("trach", Modality.RESP, "trach"),
        R("resp", Modality.RESP, "resp"),
        R("snore", Modality.RESP, "snor"),
        R("microphone", Modality.RESP, @"\bmic\b"),
        // Oximetry (SpO2, often typed with a zero), with the pleth/pulse/heart-rate channels the
        // oximeter exports; SleepFM files those under RESP, not ECG.
        R("spo2", Modality.RESP, @"sp[o0]2"),
        R("sao2", Modality.RESP, @"sa[o0]2"),
        R("oximeter", Modality.RESP, @"oxim|masimo|sentec|tosca"),
        R("pleth", Modality.RESP, "pleth"),
        R("ppg", Modality.RESP, "ppg"),
        R("pulse", Modality.RESP, "pulse"),
        R("heart rate", Modality.RESP, @"heart|\bh\.?r\b|\bhrate"),
        // "New Air"/"NEWAIR": a replacement airflow sensor in some cohorts; matched by "air" above.
    ];

    /// <summary>Finds the first alias rule matching the label.</summary>
    /// <param name="label">The raw label, trimmed.</param>
    /// <param name="modality">The rule's modality when matched.</param>
    /// <param name="alias">The rule's display name, e.g. <c>chest</c>, when matched.</param>
    public static bool TryMatch(string label, out Modality modality, out string alias)
    {
        foreach (var rule in Rules)
        {
            if (rule.Pattern.IsMatch(label))
            {
                (modality, alias) = (rule.Modality, rule.Alias);
                return true;
            }
        }
        (modality, alias) = (Modality.Other, string.Empty);
        return false;
    }
}
