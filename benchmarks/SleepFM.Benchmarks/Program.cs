using SleepFM.Benchmarks;

// Benchmarks are discovered by reflection: every IBenchmark with a parameterless constructor.
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name)
    .ToList();

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: dotnet run --project benchmarks/SleepFM.Benchmarks -c Release -- NAME [args]");
    foreach (var b in benchmarks) Console.WriteLine($"  {b.Name,-20} {b.Description}");
    return args.Length == 0 ? 2 : 0;
}
var chosen = benchmarks.FirstOrDefault(b => b.Name == args[0]);
if (chosen is null)
{
    Console.Error.WriteLine($"unknown benchmark '{args[0]}'; run with --help to list them");
    return 2;
}
return chosen.Run(args[1..]);
