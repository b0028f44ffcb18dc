using FilingLint.Documents;
using FilingLint.Engine;
using FilingLint.Facts;
using FilingLint.Facts.Extractors;

namespace FilingLint.Tests;

/// <summary>The seed supplement (copied from seeds/ into the test output) and variants of it.</summary>
internal static class Seed
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "003_5d95c712dadc11a9.txt");

    public static string Text => File.ReadAllText(Path);

    /// <summary>The seed with the two defects fixed: the Rule 424(b) header added and "Sales Agreement" replaced by the defined term.</summary>
    public static string Corrected => "Filed Pursuant to Rule 424(b)(5)\nRegistration No. 333-248112\n\n"
        + Text.Replace("pursuant to the Sales Agreement", "pursuant to the Equity Distribution Agreement");

    /// <summary>The built-in rules, compiled once for the whole test run.</summary>
    public static RuleSet BuiltInRules => LazyRules.Value;

    private static readonly Lazy<RuleSet> LazyRules = new(() => RuleSet.Load([]));

    public static Document Read(string text, string path = "filing.txt") =>
        DocumentLoader.Read(path, System.Text.Encoding.UTF8.GetBytes(text)).Document!;

    public static Filing Facts(string text) => FactExtraction.Extract(Read(text));

    public static FileResult Lint(string text, RuleSet? rules = null, string? form = null) =>
        new LintEngine(rules ?? BuiltInRules).Lint(Read(text), form);

    /// <summary>Replaces exactly one occurrence, so a variant cannot silently miss its target.</summary>
    public static string ReplaceOnce(this string text, string oldValue, string newValue)
    {
        int at = text.IndexOf(oldValue, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{oldValue}' is not in the text");
        return text[..at] + newValue + text[(at + oldValue.Length)..];
    }
}
