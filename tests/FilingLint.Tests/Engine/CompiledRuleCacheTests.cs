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

public class CachedDefinitionsTests
{
    private static string TempDir() => Path.Combine(Path.GetTempPath(), "filinglint-cache-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Every public property, lists and nested records compared by value.</summary>
    private static void ShouldBeSame(object? actual, object? expected, string path)
    {
        if (expected is null || actual is null)
        {
            actual.ShouldBe(expected, path);
            return;
        }
        var type = expected.GetType();
        if (type.IsPrimitive || type.IsEnum || expected is string)
        {
            actual.ShouldBe(expected, path);
            return;
        }
        if (expected is System.Collections.IEnumerable list)
        {
            var a = ((System.Collections.IEnumerable)actual).Cast<object?>().ToList();
            var e = list.Cast<object?>().ToList();
            a.Count.ShouldBe(e.Count, path);
            for (int i = 0; i < e.Count; i++) ShouldBeSame(a[i], e[i], $"{path}[{i}]");
            return;
        }
        foreach (var p in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            ShouldBeSame(p.GetValue(actual), p.GetValue(expected), $"{path}.{p.Name}");
    }

    [Fact]
    public void Every_field_of_every_built_in_rule_survives_the_round_trip()
    {
        var definitions = RuleSet.Load([]).Definitions;
        definitions.Count.ShouldBeGreaterThan(15);
        definitions.ShouldContain(d => d.Require != null);
        definitions.ShouldContain(d => d.Assert != null && d.Suggestion != null);
        var back = global::FilingLint.Rules.RuleDefinitionCodec.Decode(global::FilingLint.Rules.RuleDefinitionCodec.Encode(definitions));
        ShouldBeSame(back, definitions, "rules");
    }

    [Fact]
    public void A_warm_load_neither_parses_the_yaml_nor_compiles_and_lints_the_same()
    {
        var cache = new CompiledRuleCache(TempDir());
        int parses = global::FilingLint.Rules.RuleLoader.Parses;
        var cold = RuleSet.Load([], cache: cache);
        global::FilingLint.Rules.RuleLoader.Parses.ShouldBeGreaterThan(parses);

        parses = global::FilingLint.Rules.RuleLoader.Parses;
        int compilations = RuleCompiler.Compilations;
        var warm = RuleSet.Load([], cache: cache);
        global::FilingLint.Rules.RuleLoader.Parses.ShouldBe(parses);
        RuleCompiler.Compilations.ShouldBe(compilations);
        Seed.Lint(Seed.Text, warm).Findings.Select(f => (f.RuleId, f.Message, f.Location.Line, f.Location.Column))
            .ShouldBe(Seed.Lint(Seed.Text, cold).Findings.Select(f => (f.RuleId, f.Message, f.Location.Line, f.Location.Column)));
    }

    [Fact]
    public void A_corrupt_definitions_entry_is_parsed_again_and_a_changed_rule_file_is_never_served_stale()
    {
        var cache = new CompiledRuleCache(TempDir());
        string file = global::FilingLint.Tests.Rules.RuleFiles.Write(global::FilingLint.Tests.Rules.RuleFiles.AssertRule("it.Cap < 1000", "Offerings", "\"cap {it.Cap:C0}\""));
        RuleSet.Load([file], includeBuiltIn: false, cache: cache);
        foreach (var entry in Directory.GetFiles(cache.Directory, "definitions-*.bin")) File.WriteAllBytes(entry, [1, 2, 3]);
        int parses = global::FilingLint.Rules.RuleLoader.Parses;
        Seed.Lint(Seed.Text, RuleSet.Load([file], includeBuiltIn: false, cache: cache)).Findings.ShouldHaveSingleItem().Message.ShouldBe("cap $14,500,000");
        global::FilingLint.Rules.RuleLoader.Parses.ShouldBe(parses + 1);

        File.WriteAllText(file, File.ReadAllText(file).Replace("cap {it.Cap:C0}", "limit {it.Cap:C0}"));
        Seed.Lint(Seed.Text, RuleSet.Load([file], includeBuiltIn: false, cache: cache)).Findings.ShouldHaveSingleItem().Message.ShouldBe("limit $14,500,000");
    }
}
