using FilingLint.Engine;
using FilingLint.Expressions;
using Shouldly;
using Xunit;

namespace FilingLint.Tests.Engine;

public class CompiledRuleCacheTests
{
    private static string TempDir() => Path.Combine(Path.GetTempPath(), "filinglint-cache-tests", Guid.NewGuid().ToString("N"));

    private static string Rules(string message = "cap {it.Cap:C0}") => global::FilingLint.Tests.Rules.RuleFiles.Write(
        global::FilingLint.Tests.Rules.RuleFiles.AssertRule("it.Cap < 1000", "Offerings", $"\"{message}\""));

    private static IEnumerable<string> Messages(RuleSet rules) => Seed.Lint(Seed.Text, rules).Findings.Select(f => f.Message);

    [Fact]
    public void A_warm_load_uses_the_cached_image_and_does_not_compile()
    {
        var cache = new CompiledRuleCache(TempDir());
        string rules = Rules();
        var cold = RuleSet.Load([rules], includeBuiltIn: false, cache: cache);
        Directory.GetFiles(cache.Directory, "rules-*.dll").ShouldHaveSingleItem();

        int before = RuleCompiler.Compilations;
        var warm = RuleSet.Load([rules], includeBuiltIn: false, cache: cache);
        RuleCompiler.Compilations.ShouldBe(before);
        Messages(warm).ShouldBe(Messages(cold));
        Messages(warm).ShouldHaveSingleItem().ShouldBe("cap $14,500,000");
    }

    [Fact]
    public void Changed_rules_get_a_new_entry_not_the_stale_one()
    {
        var cache = new CompiledRuleCache(TempDir());
        RuleSet.Load([Rules("old {it.Cap}")], includeBuiltIn: false, cache: cache);
        var changed = RuleSet.Load([Rules("new {it.Cap}")], includeBuiltIn: false, cache: cache);
        Messages(changed).ShouldHaveSingleItem().ShouldBe("new 14,500,000");
        Directory.GetFiles(cache.Directory, "rules-*.dll").Length.ShouldBe(2);
    }

    [Fact]
    public void A_corrupt_entry_is_ignored_and_rebuilt()
    {
        var cache = new CompiledRuleCache(TempDir());
        string rules = Rules();
        RuleSet.Load([rules], includeBuiltIn: false, cache: cache);
        string entry = Directory.GetFiles(cache.Directory, "rules-*.dll").Single();
        File.WriteAllBytes(entry, new byte[] { 0x4D, 0x5A, 1, 2, 3, 4 });

        int before = RuleCompiler.Compilations;
        var rebuilt = RuleSet.Load([rules], includeBuiltIn: false, cache: cache);
        RuleCompiler.Compilations.ShouldBe(before + 1);
        Messages(rebuilt).ShouldHaveSingleItem().ShouldBe("cap $14,500,000");
        new FileInfo(entry).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void An_unwritable_cache_folder_does_not_fail_the_load()
    {
        string file = Path.Combine(Path.GetTempPath(), "filinglint-cache-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "a file where the cache folder should be");
        Messages(RuleSet.Load([Rules()], includeBuiltIn: false, cache: new CompiledRuleCache(file))).ShouldHaveSingleItem();
    }
}
