// Usage: AssemblyReferencePatcher FILE REFERENCE_FILE
// Makes FILE reference REFERENCE_FILE's assembly with the version REFERENCE_FILE has (see AssemblyReferencePatcher.cs).
using System.Reflection;
using SleepFM.Build;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: AssemblyReferencePatcher FILE REFERENCE_FILE");
    return 2;
}
if (!File.Exists(args[0]) || !File.Exists(args[1])) return 0;
var name = AssemblyName.GetAssemblyName(args[1]);
if (AssemblyReferencePatcher.Patch(args[0], name.Name!, name.Version!))
    Console.WriteLine($"{Path.GetFileName(args[0])} now references {name.Name} {name.Version}.");
return 0;
