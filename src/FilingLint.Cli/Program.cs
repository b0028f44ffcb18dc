using System.CommandLine;
using FilingLint.Cli.Commands;

namespace FilingLint.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers, for tests and for <see cref="Main"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("FilingLint: a compliance linter for securities filings.")
        {
            LintCommand.Create(),
            FactsCommand.Create(),
            RulesCommand.Create(),
        };
        var parse = root.Parse(args);
        if (UnknownOptions.Find(parse) is { Count: > 0 } unknown)
        {
            // Before the parser's own errors: those would only repeat the option's value as an unexpected argument.
            foreach (var message in unknown) stderr.WriteLine(message);
            stderr.WriteLine("A path that starts with '-' goes after '--': filinglint lint -- -draft.txt. Run 'filinglint --help' for usage.");
            return ExitCodes.Error;
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run 'filinglint --help' for usage.");
            return ExitCodes.Error;
        }
        var guarded = new OutputGuard(stdout);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = guarded, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (OutputFailedException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.Error;
        }
        // System.CommandLine's own handler would print the exception and exit 1, which CI reads as "findings".
        catch (Exception e)
        {
            stderr.WriteLine($"error: internal error in FilingLint (please report it): {e}");
            return ExitCodes.Error;
        }
    }
}
