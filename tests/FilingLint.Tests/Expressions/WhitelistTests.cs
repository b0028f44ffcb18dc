using Shouldly;
using Xunit;

namespace FilingLint.Tests.Expressions;

public class WhitelistTests
{
    /// <summary>Hostile expressions a rule file could carry; each must be refused when the rules load, at its line.</summary>
    [Theory]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")")]                              // file system, fully qualified
    [InlineData("System.Diagnostics.Process.GetCurrentProcess() != null")]              // processes
    [InlineData("Environment.GetEnvironmentVariable(\"HOME\") != null")]                // environment (secrets)
    [InlineData("typeof(Filing).Assembly != null")]                                     // typeof -> reflection
    [InlineData("Offerings.GetType().Assembly != null")]                                // GetType -> reflection
    [InlineData("Type.GetType(\"System.IO.File\") != null")]                            // reflection by name
    [InlineData("Activator.CreateInstance<object>() != null")]                          // arbitrary construction
    [InlineData("AppDomain.CurrentDomain != null")]                                     // runtime settings
    [InlineData("((dynamic)Offerings).Count > 0")]                                      // dynamic defeats the semantic check
    [InlineData("global::System.Math.Abs(1) > 0")]                                      // global:: escape
    [InlineData("System.Math.Abs(1) > 0")]                                              // qualified names, even to allowed types
    [InlineData("new System.Net.Http.HttpClient() != null")]                            // network
    [InlineData("nameof(Offerings) != null")]                                           // compiler intrinsics
    [InlineData("Console.ReadLine() != null")]                                          // console I/O (blocks a run)
    [InlineData("GC.GetTotalMemory(false) > 0")]                                        // runtime internals
    [InlineData("Offerings.Select(o => (object)o).Any(o => o.GetType() != null)")]     // reflection hidden in a lambda
    [InlineData("Task.Delay(1000) != null")]                                            // threads and timers
    [InlineData("Thread.CurrentThread != null")]                                        // threads
    [InlineData("\\u0046ile.Exists(\"x\")")]                                             // unicode-escaped identifier
    [InlineData("Regex.IsMatch(Title, \"^(a+)+$\")")]                                       // regexes run only as require/forbid patterns, with a timeout
    [InlineData("Enumerable.Range(0, 1000000000).Count() > 0")]                            // sequences made from nothing
    [InlineData("\"x\".PadLeft(1000000000).Length > 0")]                                  // strings made huge in one call
    [InlineData("System.Linq.Expressions.Expression.Constant(1) != null")]              // expression trees compile code
    [InlineData("(Offerings = null) == null")]                                          // assignment mutates the facts
    [InlineData("sizeof(int) > 0")]                                                     // unsafe-context operator
    [InlineData("stackalloc int[1000000].Length > 0")]                                  // stack exhaustion
    [InlineData("__reftype(__makeref(Title)) != null")]                                 // undocumented ref intrinsics
    [InlineData("Assembly.Load(\"x\") != null")]                                        // loading code
    [InlineData("Path.GetTempPath() != null")]                                          // System.IO through a using
    [InlineData("@File.Exists(\"x\")")]                                                 // verbatim identifier escape
    [InlineData("Marshal.SizeOf(1) > 0")]                                               // interop
    public void Escape_attempts_are_rejected_when_rules_load(string expression)
    {
        string yaml = "rules:\n  - id: t.rule\n    severity: error\n    description: d\n    message: m\n    assert: '" + expression.Replace("'", "''") + "'\n";
        var problems = Rules.RuleFiles.Problems(yaml);
        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Line == 6);
        // A clear message names the rule and the field, then says what is wrong.
        problems.ShouldAllBe(p => p.Message.StartsWith("rule 't.rule', assert: ", StringComparison.Ordinal) && p.Message.Length > 40);
    }

    [Theory]
    [InlineData("Offerings.All(o => o.Cap == null || o.SoldGrossProceeds <= o.Cap)")]
    [InlineData("(Title ?? \"\").StartsWith(\"Supplement\") || true")]
    [InlineData("Math.Max(1, DefinedTerms.Count) > 0 && DocumentDate.Value.Value > DateOnly.Parse(\"2020-01-01\")")]
    [InlineData("DefinedTerms.GroupBy(t => t.Term.Length).Select(g => g.Key).ToList().Count >= 0")]
    [InlineData("string.Join(\",\", Parties.Select(p => p.Name)).Length > 0 && Kind == DocumentKind.ProspectusSupplement")]
    [InlineData("np(BaseProspectus.Date.Text) == null && iif(Offerings.Count > 0, 1, 0) >= 0")]
    public void Fact_model_strings_dates_math_and_linq_are_allowed(string expression)
    {
        string yaml = "rules:\n  - id: t.rule\n    severity: error\n    description: d\n    message: m\n    assert: '" + expression.Replace("'", "''") + "'\n";
        var rules = Rules.RuleFiles.Load(yaml);
        Seed.Lint(Seed.Text, rules).Findings.ShouldBeEmpty();
    }
}
