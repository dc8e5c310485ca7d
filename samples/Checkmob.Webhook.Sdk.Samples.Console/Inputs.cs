namespace Checkmob.Webhook.Sdk.Samples.Console;

/// <summary>The payloads named on the command line: every *.json file of a folder, one file, or standard input.</summary>
internal static class Inputs
{
    public static IEnumerable<(string Name, Func<Stream> Open)> From(string argument)
    {
        if (argument == "-")
        {
            return [("stdin", System.Console.OpenStandardInput)];
        }

        if (Directory.Exists(argument))
        {
            return Directory.EnumerateFiles(argument, "*.json")
                .Order(StringComparer.Ordinal)
                .Select(path => (path, (Func<Stream>)(() => File.OpenRead(path))))
                .ToArray();
        }

        return [(argument, () => File.OpenRead(argument))];
    }
}
