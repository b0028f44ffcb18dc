using System.CommandLine;

namespace FilingLint.Cli.Commands;

/// <summary><c>filinglint rules ...</c>: list, explain, validate, test, measure and export rules.</summary>
internal static class RulesCommand
{
    public static Command Create() => new("rules", "List, explain, validate and test rules.")
    {
        RulesListCommand.Create(),
        RulesExplainCommand.Create(),
        RulesValidateCommand.Create(),
        RulesTestCommand.Create(),
        RulesSchemaCommand.Create(),
        RulesExportCommand.Create(),
        RulesAccuracyCommand.Create(),
    };
}
