using System.CommandLine;
using FilingLint.Rules.Schema;

namespace FilingLint.Cli.Commands;

/// <summary><c>filinglint rules schema</c>: prints the JSON Schema of rule files (shipped as rules/schema.json).</summary>
internal static class RulesSchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema of rule files, for editors.");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(RuleFileSchema.Generate());
            return ExitCodes.Clean;
        });
        return command;
    }
}
