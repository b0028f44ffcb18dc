using System.CommandLine;

namespace FilingLint.Cli.Commands;

/// <summary><c>filinglint rules validate PATH...</c>: loads and compiles rule files, reporting every problem with file, line and column.</summary>
internal static class RulesValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule files or folders to check.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Load and compile rule files; report every problem with file, line and column.") { paths };
        command.SetAction(parse =>
        {
            // Checked on their own (without the built-in rules), so a file is judged by what is in it.
            var set = RuleLoading.TryLoad(parse.GetValue(paths)!, builtIn: false, parse.InvocationConfiguration.Error);
            if (set is null) return ExitCodes.Error;
            parse.InvocationConfiguration.Output.WriteLine($"{set.Definitions.Count} rule(s) in {set.Sources.Count} file(s): no problems.");
            return ExitCodes.Clean;
        });
        return command;
    }
}
