using System.CommandLine;
using FilingLint.Documents;
using FilingLint.Facts.Extractors;
using FilingLint.Reporting;

namespace FilingLint.Cli.Commands;

/// <summary><c>filinglint facts FILE</c>: the fact model of a filing, with locations, for rule authors.</summary>
internal static class FactsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The filing to read." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "yaml" };
        format.AcceptOnlyFromAmong("yaml", "json");
        var form = new Option<string?>("--form") { Description = "The form type to assume when the filing does not say." };
        var command = new Command("facts", "Show the facts FilingLint reads from a filing, as rule expressions see them.") { file, format, form };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            string path = parse.GetValue(file)!;
            var read = DocumentLoader.Load(path);
            if (read.Document is null)
            {
                stderr.WriteLine($"{path}:1:1: error input.unreadable: cannot read this file: {read.Error}");
                return ExitCodes.Error;
            }
            var filing = FactExtraction.Extract(read.Document, parse.GetValue(form));
            if (parse.GetValue(format) == "json") FactsWriter.WriteJson(read.Document, filing, stdout);
            else FactsWriter.WriteYaml(read.Document, filing, stdout);
            return ExitCodes.Clean;
        });
        return command;
    }
}
