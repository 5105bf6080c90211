#!/usr/bin/env python3
"""Writes the numbered notebooks 01–13 of the series (00-environment.ipynb is edited by hand).

The eight task notebooks share one structure, so they are generated from one template here; edit this file and
run `python3 notebooks/tools/generate_notebooks.py` rather than editing the task notebooks one by one. The
notebooks are saved without outputs; tests/SleepFM.Notebooks.Tests executes every one of them.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent

LOAD = '''#r "../artifacts/notebook-lib/SleepFM.Core.dll"
#r "../artifacts/notebook-lib/SleepFM.Interactive.dll"
SleepFM.Interactive.Notebook.Initialize();'''

USINGS = '''using System.IO;
using SleepFM.Interactive;
using SleepFM.Interactive.Charts;
using SleepFM.Interactive.Progress;
using SleepFM.Evaluation.Reporting;
using SleepFM.Reproduction;
using SleepFM.Tasks;'''


def parameters(tasks):
    args = ", ".join(f'"{t}"' for t in tasks)
    return f'''// Parameters. SLEEPFM_PRESET, SLEEPFM_DATA and SLEEPFM_RESULTS override these (headless runs, tests).
var preset = "quick";     // tiny (seconds) · quick (the 2-core default) · paper (the paper's sizes; real data, GPU)
string? data = null;      // a real data root laid out as data/README.md describes; null = the synthetic world
var parameters = NotebookParameters.Resolve(preset, data);
var run = parameters.Reproduction({args});
var cancel = NotebookProgress.CellCancellation();
$"preset {{parameters.Preset}} · data: {{parameters.DataDirectory ?? "the synthetic world"}} · results: {{parameters.ResultsDirectory}}"'''


def md(text):
    return {"cell_type": "markdown", "metadata": {}, "source": text.strip("\n")}


def code(text):
    return {"cell_type": "code", "execution_count": None, "metadata": {"dotnet_interactive": {"language": "csharp"}},
            "outputs": [], "source": text.strip("\n")}


def notebook(name, cells):
    for i, cell in enumerate(cells):
        cell["id"] = f"{name[:2]}-{i:02d}"
        cell["source"] = [line + "\n" for line in cell["source"].split("\n")]
        cell["source"][-1] = cell["source"][-1].rstrip("\n")
    nb = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
            "language_info": {"file_extension": ".cs", "mimetype": "text/x-csharp", "name": "C#", "pygments_lexer": "csharp", "version": "13.0"},
            "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": [{"aliases": [], "name": "csharp"}]}},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (HERE / name).write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def head(title, intro, tasks=()):
    return [md(f"# {title}\n\n{intro}"), code(LOAD), code(USINGS), code(parameters(tasks))]


def progress(title):
    return f'NotebookProgress.Stage("{title}")'


# ---------------------------------------------------------------- 01 data tour
notebook("01-data-tour.ipynb", head(
    "01 · A tour of a sleep recording",
    "A polysomnogram (PSG) records a night of sleep on many channels at once: EEG and EOG (brain activity, BAS),\n"
    "ECG, respiration and EMG. SleepFM pretrains on such nights. This notebook reads one night the way every later\n"
    "step does: the EDF+ header and channels, how each channel maps to a modality and a scalp position, the\n"
    "hypnogram, and what the sleep stages look like in the signals and their spectra.\n\n"
    "With the default parameters the night comes from the synthetic world (generated on first use, in seconds).\n"
    "Set `data` to a real data root to look at your own PSG instead.") + [
    code(f'''using (var p = {progress("data")}) run.EnsureData(p, cancel);
var night = Directory.EnumerateFiles(run.Layout.Source("psg"), "*.edf", SearchOption.AllDirectories).Order().First();
Path.GetRelativePath(run.Layout.Root, night)'''),
    md("## Header and channels\n"
       "Every channel's label is normalised (e.g. `EEG C4-A1` → `C4-M1`) and given a modality, with the rule that\n"
       "decided it, and EEG/EOG channels get a 3-D position on the 10-05 system (a bipolar derivation sits at the\n"
       "midpoint of its two electrodes). This is what `sleepfm inspect` prints."),
    code("SleepFM.IO.Inspection.RecordingInspector.Inspect(night, withStatistics: true)"),
    md("## Ten minutes of the night\n"
       "Each row is one channel on its own scale; the strip at the bottom is the hypnogram from the EDF+ annotations,\n"
       "and scored events (apneas, arousals) are shaded. Zoom into a few seconds to see the waveforms."),
    code('SignalViewer.FromFile(night, startSeconds: 0, durationSeconds: 600)'),
    md("## The hypnogram and the spectrum of each stage\n"
       "Sleep stages differ mostly in frequency content: alpha (8–12 Hz) with eyes closed in wake, theta in N1,\n"
       "spindles (11–16 Hz) in N2, slow waves (< 2 Hz) in N3, and a wake-like mixed EEG with rapid eye movements in REM.\n"
       "Welch spectra per 30-s epoch, averaged by stage, show it; the spectrogram shows it over the whole night."),
    code('''var eeg = SleepFM.IO.Inspection.RecordingInspector.Inspect(night).Channels.First(c => c.Modality == SleepFM.Channels.Modality.BAS && c.Position is not null).Label;
StageSpectra.ByStageFromFile(night, eeg)'''),
    code("StageSpectra.SpectrogramFromFile(night, eeg)"),
    md("## Where the electrodes are\n"
       "The encoder is channel-agnostic: it sees a *set* of channels and, in the PT+PE regime, each channel's position\n"
       "on the scalp. The map shows this night's EEG/EOG channels on the 10-05 system; the heatmap shows the positional\n"
       "encoding each one receives. The paper's code truncates it to the first coordinate, so C3 and C4 (mirror images\n"
       "left–right) get the same code; the correct 3-D version tells them apart."),
    code('''var montage = SleepFM.IO.Inspection.RecordingInspector.Inspect(night).Channels.Where(c => c.Position is not null).Select(c => c.Name).ToList();
ElectrodeMap.Positions(montage)'''),
    code('ElectrodeMap.PositionalEncoding(new[] { "C3", "C4", "F3", "F4", "O1", "O2", "Cz" })'),
])

# ---------------------------------------------------------------- 02 synthetic world
notebook("02-synthetic-world.ipynb", head(
    "02 · The synthetic world and the real datasets",
    "The real corpora need downloads and data-use agreements, so the project ships a seeded generator that writes\n"
    "the same *formats and folder layouts*: EDF+ PSG nights for two sleep cohorts, TUH-style EDF with `.rec`/`.tse`\n"
    "labels, CHB-MIT summaries, a BrainCapture-style EDF + CSV folder, PTB-XL/G12EC/CPSC WFDB records and CODE-15%\n"
    "HDF5. The loaders that read it are the ones that read a real download (`data/README.md`).\n\n"
    "The physiology is plausible but simple: every task is learnable and none is trivial. Numbers from it check the\n"
    "pipeline; they are not the paper's results.") + [
    code(f'using (var p = {progress("data")}) run.EnsureData(p, cancel);\nTables.ToFrame(TaskCatalog.All.Select(t => new {{ t.Id, t.Name, Family = t.Family.ToString(), Kind = t.Kind.ToString(), Classes = string.Join(", ", t.Classes), Metric = t.HeadlineMetric, t.NativeFormat }}))'),
    md("## What is on disk\nOne folder per dataset, in its native layout."),
    code('''Tables.ToFrame(Directory.EnumerateDirectories(run.Layout.Data).Order().Select(d => new
{
    Dataset = Path.GetFileName(d),
    Files = Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Count(),
    MB = Math.Round(Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6, 1),
}))'''),
    md("## Who sleeps in the PSG cohorts\n"
       "Each sleeper's traits drive the physiology of the night: age slows the alpha rhythm and raises the apnea index;\n"
       "`ecg_findings` lists the conduction findings of the sleeper's heart (first-degree AV block, bundle branch blocks,\n"
       "atrial fibrillation), drawn with an older cohort's prevalence and rendered with the same beat templates as the\n"
       "ECG tasks' 12-lead records. Empty means a normal heart."),
    code('''Tables.ToFrame(Directory.EnumerateFiles(run.Layout.Source("psg"), "subjects.csv", SearchOption.AllDirectories).Order()
    .Where(f => File.ReadLines(f).First().EndsWith(",ecg_findings"))
    .SelectMany(f => File.ReadLines(f).Skip(1)).Select(line => line.Split(','))
    .Select(c => new { Subject = c[0], Age = double.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), Sex = c[3],
        Ahi = double.Parse(c[5], System.Globalization.CultureInfo.InvariantCulture), EcgFindings = c[9] }))'''),
    md("## Class balance (Figure 1)\n"
       "Windows per class after preparation, the unit the models see. Like the real sets, some classes are rare\n"
       "(CHB-MIT seizures, the TUSL minority classes); the metrics (balanced accuracy, AUROC, macro F1) are chosen for that."),
    code(f'''foreach (var task in TaskCatalog.All)
    using (var p = {progress("prepare")}) run.Prepare(task.Id, p, cancel);
var counts = run.CountClasses();
PaperFigures.ClassCounts(counts)'''),
    md("## An EEG recording and a 12-lead ECG, read by the real loaders"),
    code('''var tuab = Directory.EnumerateFiles(run.Layout.Source("tuab"), "*.edf", SearchOption.AllDirectories).Order().First();
SignalViewer.FromFile(tuab, startSeconds: 0, durationSeconds: 20)'''),
    code('''var ecg = Directory.EnumerateFiles(run.Layout.Source("ptbxl"), "*.hea", SearchOption.AllDirectories).Order().First();
SleepFM.IO.Inspection.RecordingInspector.Inspect(ecg)'''),
])

# ---------------------------------------------------------------- 03 pretraining
notebook("03-pretraining.ipynb", head(
    "03 · Pretraining with leave-one-out contrastive learning",
    "Each clip of a night (a fixed window) is seen through four modalities (BAS, ECG, RESP, EMG). A channel-agnostic encoder\n"
    "embeds each modality's channels (the paper preset shares one encoder between modalities; tiny and quick train one\n"
    "per modality, which learns in their short budget); the leave-one-out objective pulls each modality's embedding\n"
    "towards the mean of the *other* modalities of the same clip and away from other clips in the batch (SPEC §3).\n"
    "Nothing is labelled: what the encoder learns is what the modalities share, moment by moment. Each batch holds\n"
    "clips of one montage, so the encoder cannot lower the loss just by recognising which cohort a clip comes from.\n\n"
    "The run is checkpointed atomically; stop the cell and run it again to continue where it stopped.") + [
    code(f'''using (var p = {progress("data")}) run.EnsureData(p, cancel);
using (var p = {progress("prepare psg")}) run.Prepare("psg", p, cancel);
var prepared = SleepFM.Pipeline.PreparedDataset.Open(run.Layout.Prepared("psg"));
$"{{prepared.Windows.Count}} clips of {{prepared.Info.WindowSeconds}} s from {{prepared.Windows.Select(w => w.SubjectId).Distinct().Count()}} subjects, at {{prepared.Info.SampleRateHz}} Hz"'''),
    code('''SleepFM.Training.Pretraining.PretrainingResult pretraining;
using (var p = NotebookProgress.Pretraining()) pretraining = run.Pretrain(p, cancel);
pretraining.History'''),
    md("## Loss and retrieval on held-out subjects\n"
       "The validation loss starts at ln(batch size), chance for the contrastive objective. Cross-modal retrieval asks,\n"
       "for each held-out clip and modality, whether the other modalities' embedding finds the same clip among all\n"
       "candidates; the dashed lines are chance. The table above also has the effective rank: how many directions\n"
       "the held-out embeddings spread over. Near 1 means collapse (every clip on one axis, e.g. the cohort), whatever\n"
       "retrieval says."),
    code("PretrainingCurves.FromRun(run.Layout.Pretraining)"),
    md("## The embedding map\n"
       "A 2-D PCA of held-out clip embeddings. Coloured by sleep stage, clips from the same stage should group\n"
       "together although the encoder never saw a stage label."),
    code('''var embeddings = SleepFM.Analysis.ClipEmbeddings.Compute(run.Layout.Pretraining, run.Layout.Prepared("psg"),
    new SleepFM.Analysis.ClipEmbeddings.Options(MaxClips: 400), cancel);
EmbeddingMap.Create(embeddings, EmbeddingColouring.Stage)'''),
    code("EmbeddingMap.Create(embeddings, EmbeddingColouring.Modality)"),
])

# ---------------------------------------------------------------- 04–11 tasks
TASKS = [
    ("tuev", "TuevNotebook", "TUEV: six kinds of EEG events",
     "Five-second windows around annotated events in clinical EEG: spike and sharp waves (spsw), generalised and\n"
     "lateralised periodic discharges (gped, pled), eye movements, artefacts and background. Scored by balanced accuracy."),
    ("tuab", "", "TUAB: normal or abnormal EEG",
     "Ten-second windows of routine clinical EEG; the label is the whole recording's (normal or abnormal, e.g. slowing\n"
     "or asymmetry). Scored by balanced accuracy."),
    ("tusl", "", "TUSL: slowing, seizure, complex background or normal",
     "Windows from the TUH slowing corpus with term annotations; four classes, heavily imbalanced. Scored by macro AUROC."),
    ("braincapture", "", "BrainCapture: normal or abnormal portable EEG",
     "A 19-channel portable EEG headset's recordings with a per-recording label, read as a generic folder of EDF files\n"
     "plus a labels CSV (the real set is proprietary). Scored by F1."),
    ("chbmit", "", "CHB-MIT: seizure detection in paediatric EEG",
     "Windows of long-term paediatric EEG; seizures are rare (about 0.5% of windows in the real set), so the training\n"
     "loss weights the classes and the metric is balanced accuracy."),
    ("ptbxl", "", "PTB-XL: conduction and rhythm labels on 12-lead ECG",
     "Multilabel: RBBB, LBBB, sinus bradycardia and atrial fibrillation. As in the paper, the ECG model is fine-tuned on\n"
     "CODE-15% and scored here on the labels both share; every PTB-XL record is test data. Scored by macro F1 at\n"
     "per-label thresholds chosen on CODE-15% validation."),
    ("g12ec", "", "G12EC (Georgia): first-degree AV block, bundle branch blocks, AF",
     "Multilabel on 12-lead WFDB records with SNOMED codes. Scored with the CODE-15% model on the shared labels (macro F1)."),
    ("cpsc", "", "CPSC 2018: first-degree AV block, bundle branch blocks, AF",
     "Multilabel on 12-lead WFDB records. Scored with the CODE-15% model on the shared labels (macro F1)."),
]

# Where the quick world's comparison shows less than it seems to (README, "Trained for longer").
QUICK_CAVEATS = {
    t: ("\n\nAt the quick budget (8 epochs) PT leads on the ECG sets; trained for longer, scratch catches up and\n"
        "ends ahead (README, \"Trained for longer\").") for t in ("ptbxl", "g12ec", "cpsc")
}

for number, (task, _, title, intro) in enumerate(TASKS, start=4):
    ecg = task in ("ptbxl", "g12ec", "cpsc")
    regimes = "scratch, PT and frozen (ECG leads have no scalp positions, so no PT+PE)" if ecg else "scratch, PT, PT+PE and frozen"
    look = (f'''var header = Directory.EnumerateFiles(run.Layout.Source(task.Id), "*.hea", SearchOption.AllDirectories).Order().First();
SleepFM.IO.Inspection.RecordingInspector.Inspect(header)''' if ecg else
            f'''var recording = Directory.EnumerateFiles(run.Layout.Source(task.Id), "*.edf", SearchOption.AllDirectories).Order().First();
SignalViewer.FromFile(recording, startSeconds: 0, durationSeconds: 20)''')
    prepare = (f'''using (var p = {progress("data")}) run.EnsureData(p, cancel);
foreach (var dataset in run.DatasetsToPrepare())
    using (var p = {progress("prepare")}) run.Prepare(dataset, p, cancel);
run.CountClasses().Where(c => c.TaskId == task.Id)''')
    notebook(f"{number:02d}-{task}.ipynb", head(f"{number:02d} · {title}", intro + "\n\n"
        f"The story: look at the data, then fine-tune the same architecture in {regimes}, over several seeds, and\n"
        "compare with the paper. Every run is saved under the results folder and skipped when it exists, so the\n"
        "figures notebook (13) can redraw everything without retraining.", [task]) + [
        code(f"var task = TaskCatalog.Get(\"{task}\");\n$\"{{task.Name}}: {{task.Kind}} · classes {{string.Join(\", \", task.Classes)}} · headline metric {{task.HeadlineMetric}} · {{task.NativeFormat}}\""),
        md("## The data\nPrepared windows per class (all splits)."),
        code(prepare),
        code(look),
        md("## The pretrained encoder\nTrained once for every task in notebook 03 (reused here when it exists). EEG tasks start from the BAS\n"
           "encoder, ECG tasks from the ECG encoder when pretraining trained one per modality."),
        code('''SleepFM.Training.Pretraining.PretrainingResult pretraining;
using (var p = NotebookProgress.Pretraining()) pretraining = run.Pretrain(p, cancel);
pretraining.History'''),
        md(f"## Fine-tuning: {regimes}\n"
           "Early stopping on the validation loss; the best epoch is tested. Each (regime, seed) is one run folder with\n"
           "its predictions, metrics, history and model."),
        code(f'''IReadOnlyList<ResultRow> rows;
using (var p = {progress("fine-tuning")}) rows = run.Transfer(task, p, cancel);
var summary = ResultsCsv.Summarise(rows, _ => task.HeadlineMetric);
Tables.ToFrame(summary.Select(s => new {{ s.Series, s.Metric, Mean = Math.Round(s.Mean, 3), Std = s.StandardDeviation is double sd ? Math.Round(sd, 3) : double.NaN, s.Seeds }}))'''),
        md("## Beside the paper\nThe paper's numbers come from the real dataset; with the synthetic world only the comparison between regimes is meaningful."
           + QUICK_CAVEATS.get(task, "")),
        code('''PaperFigures.ScoresByRegime(summary.Concat(PaperResults.StateOfTheArt.Where(s => s.TaskId == task.Id)))'''),
        code('''Tables.ToFrame(PaperResults.Headline.Where(s => s.TaskId == task.Id).Select(s => new { s.Series, s.Metric, s.Mean, Std = s.StandardDeviation ?? double.NaN }))'''),
        md("## Every metric, every seed\nAll of them can be recomputed from `predictions.csv` (tests do it with scikit-learn)."),
        code('''Tables.ToFrame(rows.Select(r => new { r.Regime, r.Seed, r.Metric, Value = Math.Round(r.Value, 4) }))'''),
    ])

# ---------------------------------------------------------------- 12 ablations
notebook("12-channel-ablations.ipynb", head(
    "12 · Channel ablations: how few channels are enough?",
    "The encoder pools over a *set* of channels with a mask, so a model fine-tuned on the full montage can be tested\n"
    "with only k of its C channels, without retraining (SPEC §6). For k = 1 … C, random subsets are drawn (seeded);\n"
    "the curve shows the mean and 95% confidence interval per k, and the headline number is the fewest channels that\n"
    "keep at least 95% of the full-montage score. The tested model is the sleep-pretrained (PT) model, seed 1.") + [
    md("The stages before it run first; each reuses what the other notebooks (or `sleepfm reproduce`) finished."),
    code(f'''using (var p = {progress("data")}) run.EnsureData(p, cancel);
foreach (var dataset in run.DatasetsToPrepare())
    using (var p = {progress("prepare")}) run.Prepare(dataset, p, cancel);
using (var p = NotebookProgress.Pretraining()) run.Pretrain(p, cancel);
foreach (var task in run.Tasks)
    using (var p = {progress("fine-tuning")}) run.Transfer(task, p, cancel);
"fine-tuned models ready"'''),
    md("## One curve per task\nStars mark the channel counts whose mean keeps ≥ 95% of the full-montage score."),
    code(f'''var curves = new List<AblationPoint>();
foreach (var task in run.Tasks)
    using (var p = {progress("ablation")}) curves.AddRange(run.Ablate(task, p, cancel));
PaperFigures.AblationCurves(curves)'''),
    md("## The fewest channels keeping 95%, beside the paper"),
    code('''Tables.ToFrame(curves.GroupBy(c => c.TaskId).Select(g => new
{
    Task = TaskCatalog.Get(g.Key).Name,
    Channels = g.First().TotalChannels,
    Fewest = g.Where(p => p.ReachesThreshold).Select(p => (int?)p.ChannelCount).Min() ?? -1,
    Paper = PaperResults.FewestChannelsFor95Percent.TryGetValue(g.Key, out var k) ? k : -1,
}))'''),
])

# ---------------------------------------------------------------- 13 figures
notebook("13-figures.ipynb", head(
    "13 · The paper's figures, from saved results",
    "Figures 1–3 are drawn from the files the other notebooks and `sleepfm reproduce` save (`class_counts.csv`,\n"
    "`results.csv`, `ablation.csv`), so this notebook needs no training. Run `sleepfm reproduce` (or notebooks 02–12)\n"
    "first; a figure whose results do not exist yet is skipped with a note. Each figure is also exported as PNG when\n"
    "a Chromium is installed (`environment/install-chromium.sh`).") + [
    code('''var figures = SleepFM.Interactive.Reports.ReproductionFigures.All(run.Layout);
figures.Count == 3 ? "All three figures have results." : $"{3 - figures.Count} figure(s) have no results yet: run sleepfm reproduce or notebooks 02–12."'''),
    md("## Figure 1 · samples per class"),
    code('(object?)SleepFM.Interactive.Reports.ReproductionFigures.ClassCounts(run.Layout) ?? "no class_counts.csv yet"'),
    md("## Figure 2 · scratch vs sleep-pretrained vs SOTA\nMean ± std over seeds; SOTA is the paper's quoted number on the real data."),
    code('(object?)SleepFM.Interactive.Reports.ReproductionFigures.Scores(run.Layout) ?? "no results.csv yet"'),
    md("## Figure 3 · channel ablation curves\nStars mark the channel counts that keep ≥ 95% of the full montage."),
    code('(object?)SleepFM.Interactive.Reports.ReproductionFigures.Ablation(run.Layout) ?? "no ablation.csv yet"'),
    md("## Static copies for a paper\nPNG files beside the HTML ones in the results folder's `figures/`."),
    code('''Directory.CreateDirectory(run.Layout.Figures);
StaticImage.IsAvailable
    ? figures.Select(f => { var png = Path.Combine(run.Layout.Figures, f.Name + ".png"); StaticImage.Export(f.Chart, png, 1200, 700); return Path.GetFileName(png); }).ToList()
    : new List<string> { "No Chromium found: PNG export skipped (environment/install-chromium.sh installs one)." }'''),
])
print("wrote notebooks 01–13")
