using System.CommandLine;

namespace FilingLint.Cli.Commands;

/// <summary><c>filinglint rules export --format rulesengine</c>: the loaded rules as Microsoft RulesEngine workflows (JSON).</summary>
internal static class RulesExportCommand
{
    public static Command Create()
    {
        var rules = new Option<string[]>("--rules") { Description = "A rules file or folder, in addition to the built-in rules. Repeatable." };
        var noBuiltIn = new Option<bool>("--no-builtin-rules") { Description = "Do not load the built-in rules." };
        var format = new Option<string>("--format") { Description = "The format to export: rulesengine (Microsoft RulesEngine workflow JSON).", Required = true };
        format.AcceptOnlyFromAmong("rulesengine");
        var command = new Command("export", "Write the rules as Microsoft RulesEngine workflows (JSON) to standard output.") { format, rules, noBuiltIn };
        command.SetAction(parse =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var set = RuleLoading.TryLoad(parse.GetValue(rules) ?? [], !parse.GetValue(noBuiltIn), stderr);
            if (set is null) return ExitCodes.Error;
            using var buffer = new MemoryStream();
            var left = FilingLint.Rules.WorkflowExport.Write(set.Definitions, buffer);
            parse.InvocationConfiguration.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            parse.InvocationConfiguration.Output.WriteLine();
            if (left.Count > 0)
                stderr.WriteLine($"{left.Count} text check(s) (require/forbid) have no RulesEngine form and were left out: {string.Join(", ", left)}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
