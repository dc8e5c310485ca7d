using System.Text;
using Checkmob.Webhook.Sdk.SchemaGenerator;

// Rewrites the JSON Schemas from the SDK's models and WireTable:
//   dotnet run --project tools/Checkmob.Webhook.Sdk.SchemaGenerator -- schemas
// The schema drift test runs the same generator in memory and fails when the committed files differ.
if (args.Length != 1)
{
    Console.Error.WriteLine("Usage: dotnet run --project tools/Checkmob.Webhook.Sdk.SchemaGenerator -- <folder>");
    Console.Error.WriteLine("Writes the JSON Schemas into <folder>, normally the repository's schemas folder.");
    return 2;
}

IReadOnlyList<SchemaFile> files;
try
{
    files = SchemaGenerator.Generate();
}
catch (InvalidOperationException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

var folder = Path.GetFullPath(args[0]);
Directory.CreateDirectory(folder);
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
foreach (var file in files)
{
    File.WriteAllText(Path.Combine(folder, file.FileName), file.Text, utf8);
    Console.WriteLine($"wrote {file.FileName}");
}

// A schema file the generator no longer writes (an event type renamed) would otherwise stay behind, stale.
var written = files.Select(f => f.FileName).ToHashSet(StringComparer.Ordinal);
var stale = Directory.EnumerateFiles(folder, "*.schema.json").Where(p => !written.Contains(Path.GetFileName(p)));
foreach (var path in stale.ToList())
{
    File.Delete(path);
    Console.WriteLine($"removed {Path.GetFileName(path)}");
}

return 0;
