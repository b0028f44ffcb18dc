using System.CommandLine;
using System.CommandLine.Parsing;
using FilingLint.Rules;

namespace FilingLint.Cli;

/// <summary>
/// Finds words that look like options but name none of the command's: System.CommandLine hands them to a command's
/// path arguments (so <c>lint x.txt --fromat json</c> would lint a file called <c>--fromat</c>), or reports them
/// as unmatched without a hint. Words after <c>--</c> are arguments whatever they look like, so a file whose name
/// starts with '-' can still be given.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>One message per unknown option, each with a did-you-mean when an option of the command is close.</summary>
    public static List<string> Find(ParseResult parse)
    {
        var optionValues = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        var known = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
        {
            if (result is not CommandResult command) continue;
            foreach (var child in command.Children.OfType<OptionResult>()) optionValues.UnionWith(child.Tokens);
            // An ancestor's options reach this command only when they are recursive (--help).
            foreach (var option in command.Command.Options.Where(o => !o.Hidden && (ReferenceEquals(command, parse.CommandResult) || o.Recursive)))
                known.AddRange(option.Aliases.Prepend(option.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal)));
        }
        // The root command is named after the process (testhost under tests), so it is named here.
        string commandName = string.Join(' ', Ancestry(parse.CommandResult).Skip(1).Select(c => c.Command.Name).Prepend("filinglint"));
        var messages = new List<string>();
        foreach (var token in parse.Tokens.TakeWhile(t => t.Type != TokenType.DoubleDash))
        {
            if (token.Type != TokenType.Argument || token.Value.Length < 2 || token.Value[0] != '-') continue;
            if (optionValues.Contains(token)) continue;
            string name = token.Value.Split('=', 2)[0];
            messages.Add($"error: unknown option '{name}' for '{commandName}'{RuleLoader.DidYouMean(name, known.Distinct())}");
        }
        return messages;
    }

    private static IEnumerable<CommandResult> Ancestry(CommandResult command)
    {
        var chain = new List<CommandResult>();
        for (SymbolResult? r = command; r is not null; r = r.Parent)
            if (r is CommandResult c) chain.Add(c);
        chain.Reverse();
        return chain;
    }
}
