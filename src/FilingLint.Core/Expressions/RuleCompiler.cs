using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using FilingLint.Facts;
using FilingLint.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FilingLint.Expressions;

/// <summary>
/// Compiles the expressions of all rules of a run in one C# compilation: one generated class, one method
/// per rule. Each expression is parsed on its own first (so it cannot break out of its slot), then checked
/// against <see cref="ExpressionWhitelist"/> on the semantic model; every diagnostic is mapped back to the
/// rule file's line and column.
/// </summary>
internal static class RuleCompiler
{
    private sealed record Slot(int Start, int Length, RuleDefinition Rule, string Field, RuleScalar Scalar, int OffsetInScalar);

    private static readonly string[] FactNames = typeof(Filing).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>The names an expression sees at the top level: the fact model's properties.</summary>
    public static IReadOnlyList<string> TopLevelNames => FactNames;

    // Per thread: tests running in parallel compile rules of their own, which must not move another test's count.
    [ThreadStatic]
    private static int t_compilations;

    /// <summary>How many times this thread started a C# compilation: lets tests see that a warm cache skips Roslyn.</summary>
    internal static int Compilations => t_compilations;

    /// <summary>
    /// Rule methods are compiled to machine code without optimizations: at start-up the JIT optimizing every rule's
    /// loop was most of the rules' loading time, while the rules' own code (a loop handing facts to precompiled LINQ
    /// and regexes) is a sliver of any run's time.
    /// </summary>
    private const string QuickJit = "[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoOptimization)]\n";

    /// <param name="rules">The rules of the run, compiled together.</param>
    /// <param name="problems">Where every problem found goes, with its rule file position.</param>
    /// <param name="cache">When given, a warm run loads the compiled rules from disk and never starts the C# compiler.</param>
    public static List<CompiledRule> Compile(IReadOnlyList<RuleDefinition> rules, List<RuleProblem> problems, CompiledRuleCache? cache = null)
    {
        int before = problems.Count;
        var compiled = new List<CompiledRule>();
        var byRule = new Dictionary<RuleDefinition, CompiledRule>(ReferenceEqualityComparer.Instance);
        foreach (var rule in rules)
        {
            var message = ParseTemplate(rule, rule.Message, "message", problems);
            var suggestion = rule.Suggestion is null ? null : ParseTemplate(rule, rule.Suggestion, "suggestion", problems);
            if (message is null || rule.Suggestion is not null && suggestion is null) continue;
            var entry = new CompiledRule { Definition = rule, Message = message, Suggestion = suggestion };
            compiled.Add(entry);
            byRule[rule] = entry;
        }
        if (problems.Count > before) return compiled;

        string? key = cache?.KeyFor(rules);
        if (key is not null && cache!.TryLoad(key) is { } cached && TryBind(cached, rules, compiled))
            return compiled;
        return Generate(rules, byRule, compiled, problems, cache, key);
    }

    /// <summary>
    /// The rules are not cached: generate one C# method per rule, compile them with Roslyn, check them and load them.
    /// A method of its own, so that a warm run does not even load the compiler's assemblies.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<CompiledRule> Generate(IReadOnlyList<RuleDefinition> rules, Dictionary<RuleDefinition, CompiledRule> byRule,
        List<CompiledRule> compiled, List<RuleProblem> problems, CompiledRuleCache? cache, string? key)
    {
        int before = problems.Count;
        var slots = new List<Slot>();
        var source = new StringBuilder();
        source.AppendLine("using System; using System.Linq; using System.Collections.Generic; using System.Text.RegularExpressions;");
        source.AppendLine("using FilingLint.Facts; using FilingLint.Documents;");
        source.AppendLine("namespace FilingLint.Generated {");
        source.AppendLine("public static class Rules {");

        for (int i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var message = byRule[rule].Message;
            var suggestion = byRule[rule].Suggestion;
            bool isAssert = rule.Assert is not null;
            bool hasIt = rule.For is not null;

            string Expr(RuleScalar scalar, string field, string text, int offset)
            {
                var parsed = SyntaxFactory.ParseExpression(text);
                var diagnostic = parsed.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
                if (diagnostic is not null)
                {
                    Report(problems, rule, field, scalar, offset + diagnostic.Location.SourceSpan.Start, $"'{field}' is not a C# expression: {diagnostic.GetMessage()}");
                    return "default";
                }
                if (parsed.DescendantTrivia().Any(t => t.IsDirective || t.IsKind(SyntaxKind.DisabledTextTrivia) || t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia)))
                {
                    Report(problems, rule, field, scalar, offset, $"'{field}' may not contain comments or preprocessor directives");
                    return "default";
                }
                source.Append('\n');
                slots.Add(new Slot(source.Length, text.Length, rule, field, scalar, offset));
                source.Append(text);
                source.Append('\n');
                return "";
            }

            void Holes(MessageTemplate template, RuleScalar scalar, string field, bool matchAllowed)
            {
                source.Append("new object?[] {");
                foreach (var hole in template.Holes)
                {
                    if (matchAllowed && hole.Expression.Trim() == "match") { source.Append("match,"); continue; }
                    source.Append("(object?)(");
                    source.Append(Expr(scalar, field, hole.Expression, hole.Offset));
                    source.Append("),");
                }
                source.Append('}');
            }

            string locals = string.Concat(FactNames.Select(n => $"var {n} = filing.{n}; "));
            if (isAssert)
            {
                source.Append(QuickJit);
                source.Append($"public static void R{i}(FilingLint.Facts.Filing filing, FilingLint.Expressions.RuleEvaluation __e) {{ {locals}\n");
                if (hasIt)
                {
                    source.Append("foreach (var it in (");
                    source.Append(Expr(rule.For!, "for", rule.For!.Value, 0));
                    source.Append(")) { FilingLint.Expressions.RuleGuard.Tick(0);\n");
                }
                string exit = hasIt ? "continue;" : "return;";
                if (rule.When is not null)
                {
                    source.Append("if (!(");
                    source.Append(Expr(rule.When, "when", rule.When.Value, 0));
                    source.Append($")) {{ __e.Skip(); {exit} }}\n");
                }
                source.Append("if (");
                source.Append(Expr(rule.Assert!, "assert", rule.Assert!.Value, 0));
                source.Append($") {{ __e.Pass(); {exit} }}\n");
                source.Append("__e.Fail(");
                if (rule.At is not null)
                {
                    source.Append("FilingLint.Expressions.RuleEvaluation.SpanOf((object?)(");
                    source.Append(Expr(rule.At, "at", rule.At.Value, 0));
                    source.Append(")) ?? ");
                }
                source.Append(hasIt ? "FilingLint.Expressions.RuleEvaluation.SpanOf(it), " : "null, ");
                Holes(message, rule.Message, "message", false);
                source.Append(", ");
                if (suggestion is not null) Holes(suggestion, rule.Suggestion!, "suggestion", false);
                else source.Append("new object?[0]");
                source.Append(");\n");
                if (hasIt) source.Append("}\n");
                source.Append("}\n");
            }
            else
            {
                source.Append(QuickJit);
                source.Append($"public static object?[][] H{i}(FilingLint.Facts.Filing filing, string match) {{ {locals}\n return new object?[][] {{ ");
                Holes(message, rule.Message, "message", true);
                source.Append(", ");
                if (suggestion is not null) Holes(suggestion, rule.Suggestion!, "suggestion", true);
                else source.Append("new object?[0]");
                source.Append("}; }\n");
                if (rule.When is not null)
                {
                    source.Append(QuickJit);
                    source.Append($"public static bool W{i}(FilingLint.Facts.Filing filing) {{ {locals}\n return ");
                    source.Append(Expr(rule.When, "when", rule.When.Value, 0));
                    source.Append("; }\n");
                }
            }
        }
        source.AppendLine("}}");
        if (problems.Count > before) return compiled;

        t_compilations++;
        var tree = CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "FilingLint.Generated.Rules" + Guid.NewGuid().ToString("N"),
            new[] { tree },
            ReferenceAssemblies.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: OptimizationLevel.Release, allowUnsafe: false));

        foreach (var d in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var slot = SlotAt(slots, d.Location.SourceSpan.Start);
            if (slot is null)
            {
                // An error outside any expression means the expression's type does not fit its slot.
                var near = slots.LastOrDefault(s => s.Start <= d.Location.SourceSpan.Start) ?? slots.FirstOrDefault();
                if (near is not null) Report(problems, near.Rule, near.Field, near.Scalar, near.OffsetInScalar, d.GetMessage());
                else problems.Add(new RuleProblem("(generated)", 1, 1, d.GetMessage()));
                continue;
            }
            Report(problems, slot.Rule, slot.Field, slot.Scalar, slot.OffsetInScalar + d.Location.SourceSpan.Start - slot.Start,
                d.GetMessage() + DidYouMean(compilation, tree, d));
        }
        if (problems.Count > before) return compiled;

        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();
        var regexCalls = new Dictionary<Microsoft.CodeAnalysis.Text.TextSpan, int>();
        foreach (var slot in slots)
        {
            var node = root.FindNode(new Microsoft.CodeAnalysis.Text.TextSpan(slot.Start, slot.Length), getInnermostNodeForTie: false);
            foreach (var (position, message) in ExpressionWhitelist.Check(model, node))
                Report(problems, slot.Rule, slot.Field, slot.Scalar, slot.OffsetInScalar + Math.Max(0, position - slot.Start), message);
            foreach (var (span, missing) in GuardInjector.RegexCallsWithoutTimeout(model, node)) regexCalls[span] = missing;
        }
        if (problems.Count > before) return compiled;

        var guarded = tree.WithRootAndOptions(new GuardInjector(regexCalls).Visit(root), tree.Options);
        using var stream = new MemoryStream();
        var emitted = compilation.ReplaceSyntaxTree(tree, guarded).Emit(stream);
        if (!emitted.Success)
        {
            foreach (var d in emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                problems.Add(new RuleProblem("(generated)", 1, 1, d.GetMessage()));
            return compiled;
        }
        byte[] image = stream.ToArray();
        if (!TryBind(image, rules, compiled))
            problems.Add(new RuleProblem("(generated)", 1, 1, "the compiled rules could not be loaded"));
        else if (key is not null)
            cache!.Store(key, image);
        return compiled;
    }

    /// <summary>Loads a compiled rules assembly and binds each rule's delegate; false when the image is not what these rules need (a corrupt cache entry).</summary>
    private static bool TryBind(byte[] image, IReadOnlyList<RuleDefinition> rules, List<CompiledRule> compiled)
    {
        try
        {
            var type = Assembly.Load(image).GetType("FilingLint.Generated.Rules");
            if (type is null) return false;
            for (int i = 0, c = 0; i < rules.Count && c < compiled.Count; i++)
            {
                if (!ReferenceEquals(compiled[c].Definition, rules[i])) continue;
                if (rules[i].Assert is not null)
                    compiled[c].Evaluate = type.GetMethod("R" + i)?.CreateDelegate<Action<Filing, RuleEvaluation>>();
                else
                {
                    compiled[c].Holes = type.GetMethod("H" + i)?.CreateDelegate<Func<Filing, string, object?[][]>>();
                    if (rules[i].When is not null)
                    {
                        compiled[c].Applies = type.GetMethod("W" + i)?.CreateDelegate<Func<Filing, bool>>();
                        if (compiled[c].Applies is null) return false;
                    }
                }
                if (compiled[c].Evaluate is null && compiled[c].Holes is null) return false;
                c++;
            }
            Prepare(type);
            return true;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or ArgumentException or MissingMethodException)
        {
            return false;
        }
    }

    /// <summary>
    /// Compiles the rule methods and their lambdas to machine code now, on the thread that loads the rules, which
    /// runs while the files are read: otherwise the first file checked waits for the JIT.
    /// </summary>
    private static void Prepare(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var t in type.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public).Prepend(type))
            foreach (var method in t.GetMethods(all))
                if (!method.IsAbstract && !method.ContainsGenericParameters)
                    RuntimeHelpers.PrepareMethod(method.MethodHandle);
    }

    private static MessageTemplate? ParseTemplate(RuleDefinition rule, RuleScalar scalar, string field, List<RuleProblem> problems)
    {
        var template = MessageTemplate.Parse(scalar.Value, out var error);
        if (error is { } e)
        {
            Report(problems, rule, field, scalar, e.Offset, e.Message);
            return null;
        }
        return template;
    }

    private static Slot? SlotAt(List<Slot> slots, int position)
    {
        int lo = 0, hi = slots.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (position < slots[mid].Start) hi = mid - 1;
            else if (position > slots[mid].Start + slots[mid].Length) lo = mid + 1;
            else return slots[mid];
        }
        return null;
    }

    private static void Report(List<RuleProblem> problems, RuleDefinition rule, string field, RuleScalar scalar, int offset, string message)
    {
        var (line, column) = scalar.PositionOf(offset);
        problems.Add(new RuleProblem(rule.File, line, column, $"rule '{rule.Id}', {field}: {message}"));
    }

    /// <summary>A hint for a misspelt fact or member name: CS0103 (unknown name) and CS1061 (unknown member).</summary>
    private static string DidYouMean(CSharpCompilation compilation, SyntaxTree tree, Diagnostic d)
    {
        var node = tree.GetRoot().FindNode(d.Location.SourceSpan);
        string name = node is SimpleNameSyntax s ? s.Identifier.Text : node.ToString();
        IEnumerable<string> candidates;
        if (d.Id == "CS0103")
            candidates = FactNames.Append("it");
        else if (d.Id == "CS1061" && node.Parent is MemberAccessExpressionSyntax access)
        {
            var type = compilation.GetSemanticModel(tree).GetTypeInfo(access.Expression).Type;
            if (type is INamedTypeSymbol { IsGenericType: true, Name: "Nullable" } nullable) type = nullable.TypeArguments[0];
            candidates = type?.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && m.CanBeReferencedByName).Select(m => m.Name).Distinct()
                ?? Enumerable.Empty<string>();
        }
        else if (d.Id == "CS0117" && node.Parent is MemberAccessExpressionSyntax typeAccess)
        {
            // "Offering.Count": a fact type named where the collection of that name was meant.
            name = typeAccess.Expression.ToString();
            candidates = FactNames;
        }
        else return "";
        return RuleLoader.DidYouMean(name, candidates);
    }

    /// <summary>The assemblies rule code may use; a class of its own so that only a compilation loads them.</summary>
    private static class ReferenceAssemblies
    {
        public static readonly MetadataReference[] All = Find();

        private static MetadataReference[] Find()
        {
            string[] wanted =
            {
                "System.Private.CoreLib", "System.Runtime", "System.Linq", "System.Collections", "System.Text.RegularExpressions",
                "System.Runtime.InteropServices", "netstandard",
            };
            string tpa = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
            var paths = tpa.Split(Path.PathSeparator)
                .Where(p => wanted.Contains(Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase));
            return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .Append(MetadataReference.CreateFromFile(typeof(Filing).Assembly.Location))
                .ToArray();
        }
    }
}
