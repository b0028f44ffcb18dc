using FilingLint.Engine;
using FilingLint.Reporting;

namespace FilingLint.Tests.Reporting;

/// <summary>Runs of the built-in rules over seed variants, as the writers receive them.</summary>
internal static class SeedRuns
{
    /// <summary>The folder the seed's machine-format paths are relative to: they come out as <c>seeds/003_….txt</c>.</summary>
    public static string BaseDirectory => AppContext.BaseDirectory;

    public static LintRun Of(string text, string? path = null)
    {
        var result = new LintEngine(Seed.BuiltInRules).Lint(Seed.Read(text, path ?? Seed.Path));
        return new LintRun([result], Seed.BuiltInRules.Sources, DateTimeOffset.UnixEpoch);
    }

    public static string Render(IReportWriter writer, LintRun run)
    {
        var output = new StringWriter();
        writer.Write(run, output);
        return output.ToString();
    }
}
