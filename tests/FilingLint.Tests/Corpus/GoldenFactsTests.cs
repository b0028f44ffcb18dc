using FilingLint.Engine;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Corpus;

/// <summary>
/// Facts of real filings (copied from the shared corpus into Fixtures/corpus so they run on a fresh clone)
/// against golden files whose values were read from the filings themselves; each golden file quotes the words.
/// </summary>
public class GoldenFactsTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus");

    public static IEnumerable<object[]> Filings() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus"), "*.golden")
            .Select(g => new object[] { Path.GetFileNameWithoutExtension(g) }).OrderBy(x => (string)x[0], StringComparer.Ordinal);

    [Fact]
    public void Golden_filings_cover_every_reader()
    {
        var formats = Filings().Select(f => new LintEngine(Seed.BuiltInRules).LintFile(Path.Combine(Folder, (string)f[0])).Document!.Format).ToHashSet();
        Filings().Count().ShouldBeGreaterThanOrEqualTo(8);
        formats.ShouldBe(["edgar-submission", "html"], ignoreOrder: true);
        Filings().Select(f => Path.GetExtension((string)f[0])).Distinct().ShouldBe([".htm", ".html", ".txt"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Filings))]
    public void Facts_match_what_the_filing_says(string name)
    {
        var golden = File.ReadAllLines(Path.Combine(Folder, name + ".golden"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (Key: l[..l.IndexOf(':')], Value: l[(l.IndexOf(':') + 1)..].Trim()))
            .ToList();
        var result = new LintEngine(Seed.BuiltInRules).LintFile(Path.Combine(Folder, name));
        var filing = result.Filing.ShouldNotBeNull();
        foreach (var (key, value) in golden)
        {
            switch (key)
            {
                case "form": filing.FormType.ShouldBe(value); break;
                case "issuer": filing.Issuer.ShouldBe(value, StringCompareShould.IgnoreCase); break;
                case "date": filing.DocumentDate?.Value.ShouldBe(DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture)); filing.DocumentDate.ShouldNotBeNull(); break;
                case "registration": filing.RegistrationNumbers.Select(r => r.Number).ShouldContain(value); break;
                case "agreement": filing.DefinedTerms.Select(t => t.Term).ShouldContain(value); filing.Agreements.Select(a => a.Term).ShouldContain(value); break;
                case "cap": filing.Offerings.Select(o => o.Cap).ShouldContain(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                case "sold": filing.Offerings.Select(o => o.SoldGrossProceeds).ShouldContain(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                default: throw new InvalidOperationException($"{name}.golden: unknown key '{key}'");
            }
        }
    }
}
