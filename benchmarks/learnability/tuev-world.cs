#:project ../../src/SleepFM.Core/SleepFM.Core.csproj
// Quick's TUEV set at another size (the other sets stay tiny), for the TUEV size check in
// benchmarks/learnability/README.md. Usage: dotnet run benchmarks/learnability/tuev-world.cs -- OUT TUEV_SUBJECTS
using SleepFM.Synthetic.Downstream;

if (args.Length != 2 || !int.TryParse(args[1], out int subjects) || subjects < 2)
{
    Console.Error.WriteLine("usage: dotnet run benchmarks/learnability/tuev-world.cs -- OUT TUEV_SUBJECTS (at least 2)");
    return 2;
}
var quick = DownstreamPreset.Quick;
var preset = DownstreamPreset.Tiny with
{
    Name = $"quick-tuev{subjects}",
    TuevSubjects = subjects, TuevSeconds = quick.TuevSeconds,
    MinimumEventShare = quick.MinimumEventShare, MinimumLabelPrevalence = quick.MinimumLabelPrevalence,
};
DownstreamWorld.Generate(args[0], preset, 42);
Console.WriteLine($"{args[0]}: TUEV with {subjects} subjects (quick's has {quick.TuevSubjects})");
return 0;
