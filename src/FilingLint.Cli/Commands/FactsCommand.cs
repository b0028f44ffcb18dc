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
        var file = new Argument<string[]>("file") { Description = "The filing to read (with --deal, the filings of the deal).", Arity = ArgumentArity.OneOrMore };
        var deal = new Option<bool>("--deal") { Description = "Read the filings as one deal and show the deal's fact model, as deal rules see it." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "yaml" };
        format.AcceptOnlyFromAmong("yaml", "json");
        var form = new Option<string?>("--form") { Description = "The form type to assume when the filing does not say." };
        var command = new Command("facts", "Show the facts FilingLint reads from a filing, as rule expressions see them.") { file, format, form, deal };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var paths = parse.GetValue(file)!;
            if (parse.GetValue(deal)) return Deal(paths, parse.GetValue(form), parse.GetValue(format) == "json", stdout, stderr);
            if (paths.Length > 1)
            {
                stderr.WriteLine("error: facts reads one filing; give --deal to read several as one deal");
                return ExitCodes.Error;
            }
            string path = paths[0];
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

    /// <summary>The deal's fact model of the filings (folders searched as <c>lint</c> searches them).</summary>
    private static int Deal(string[] paths, string? form, bool json, TextWriter stdout, TextWriter stderr)
    {
        var missing = new List<string>();
        var files = InputFiles.Expand(paths, missing, []);
        foreach (var m in missing) stderr.WriteLine($"{m}:1:1: error input.unreadable: no such file or folder");
        var parts = new List<(Document, FilingLint.Facts.Filing)>();
        foreach (var path in files)
        {
            // An EDGAR submission's exhibits are documents of the deal too (its press release, the agreement).
            var read = DocumentLoader.Load(path, exhibits: true);
            if (read.Document is null)
            {
                stderr.WriteLine($"{path}:1:1: error input.unreadable: cannot read this file: {read.Error}");
                continue;
            }
            parts.Add((read.Document, FactExtraction.Extract(read.Document, form)));
            foreach (var exhibit in read.Exhibits) parts.Add((exhibit, FactExtraction.Extract(exhibit, null)));
        }
        if (parts.Count == 0) return ExitCodes.Error;
        FactsWriter.WriteDeal(parts.Select(p => p.Item1).ToList(), FilingLint.Deals.DealBuilder.Build(parts), json, stdout);
        return missing.Count > 0 || parts.Count < files.Count ? ExitCodes.Error : ExitCodes.Clean;
    }
}
