using System.Collections;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using FilingLint.Documents;
using FilingLint.Facts;
using FilingLint.Findings;
using FilingLint.Rules;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace FilingLint.Expressions;

/// <summary>
/// Compiles rules for Microsoft RulesEngine: each <c>assert</c> rule becomes a RulesEngine workflow of one rule (with a
/// <c>when</c>, an <c>AndAlso</c> of two nested rules run in performance mode, so the assert is not evaluated where
/// <c>when</c> is false), run once per item of <c>for</c> with the fact model and the item as typed inputs. What a workflow
/// has no slot for (<c>for</c>, <c>at</c>, the message holes, a text check's <c>when</c>) is compiled with RulesEngine's
/// own expression parser and the same settings. Every expression is parsed when the rules load, checked against
/// <see cref="ExpressionAllowList"/>, and any problem is reported at its rule file line and column.
/// </summary>
internal static class RulesEngineCompiler
{
    private static HashSet<string> FactNames => DynamicLinqText.FactNames;

    /// <summary>The types expressions may name: the fact model, the guard every lambda calls, and the value types rules format.</summary>
    private static readonly Type[] CustomTypes = typeof(Filing).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == "FilingLint.Facts" && !t.IsInterface)
        .Append(typeof(SourceSpan)).Append(typeof(RuleGuard)).Append(typeof(DateOnly)).ToArray();

    private static ReSettings Settings() => new()
    {
        CustomTypes = CustomTypes,
        // The inputs' types are listed above: registering them per workflow rebuilt the parser's type provider each time.
        AutoRegisterInputType = false,
        NestedRuleExecutionMode = NestedRuleExecutionMode.Performance,
        IsExpressionCaseSensitive = true,
        // An exception (a rule's time or memory limit, a null fact) stops the rule with a rule.error finding, as before.
        EnableExceptionAsErrorMessage = false,
        IgnoreException = false,
    };

    /// <param name="rules">FilingLint's own rules (YAML).</param>
    /// <param name="workflowRules">The top-level rules of RulesEngine workflow files, each run as a rule of its own.</param>
    /// <param name="problems">Where every problem found goes, with its rule file position.</param>
    public static List<CompiledRule> Compile(IReadOnlyList<RuleDefinition> rules, IReadOnlyList<WorkflowFile.WorkflowRule> workflowRules, List<RuleProblem> problems)
    {
        var settings = Settings();
        var parser = new RuleExpressionParser(settings);
        var engine = new RulesEngine.RulesEngine(settings);
        var compiled = new List<CompiledRule>();
        var workflows = new List<Workflow>();
        var filingRoot = RuleParameter.Create(DynamicLinqText.FilingName, typeof(Filing));
        // A deal rule's root is the deal, under the same parameter name: its facts are named bare like a filing's.
        var dealRoot = RuleParameter.Create(DynamicLinqText.FilingName, typeof(Deal));
        var match = RuleParameter.Create("match", typeof(string));

        foreach (var rule in rules)
        {
            int before = problems.Count;
            bool deal = rule.Scope == RuleScope.Deal;
            var filing = deal ? dealRoot : filingRoot;
            var names = deal ? DynamicLinqText.DealNames : DynamicLinqText.FactNames;
            var message = Template(rule, rule.Message, "message", problems);
            var suggestion = rule.Suggestion is null ? null : Template(rule, rule.Suggestion, "suggestion", problems);
            if (problems.Count > before) continue;
            var entry = new CompiledRule { Definition = rule, Message = message!, Suggestion = suggestion };

            if (rule.Assert is null)
            {
                // A text check (require/forbid): the holes see the match, the when sees the filing.
                var holes = Holes(parser, rule, message!, rule.Message, "message", [filing, match], problems, matchAllowed: true, names);
                var suggestionHoles = suggestion is null ? [] : Holes(parser, rule, suggestion, rule.Suggestion!, "suggestion", [filing, match], problems, matchAllowed: true, names);
                var when = rule.When is null ? null : Compile<bool>(parser, rule, rule.When, "when", [filing], problems, names: names);
                if (problems.Count > before) continue;
                entry.Holes = (f, m) => [Evaluate(holes, [f, m]), Evaluate(suggestionHoles, [f, m])];
                if (when is not null) entry.Applies = f => when([f]);
                compiled.Add(entry);
                continue;
            }

            Type? itemType = null;
            Func<object[], object>? items = null;
            if (rule.For is not null)
            {
                var forText = Translate(rule.For.Value, names);
                var forTree = ParseTree(parser, rule, rule.For, "for", forText, [filing], null, problems);
                if (forTree is null) continue;
                itemType = ElementType(forTree.Type);
                if (itemType is null)
                {
                    Report(problems, rule, "for", rule.For, 0, $"'for' must be a collection of facts, not {forTree.Type.Name}");
                    continue;
                }
                items = Lambda<object>(forTree, [filing]);
            }
            RuleParameter[] inputs = itemType is null ? [filing] : [filing, RuleParameter.Create(DynamicLinqText.ItemName, itemType)];
            // Parsed here only to report problems now: RulesEngine compiles a workflow when it first runs.
            var whenText = rule.When is null ? null : Translate(rule.When.Value, names);
            var assertText = Translate(rule.Assert.Value, names);
            if (whenText is not null) ParseTree(parser, rule, rule.When!, "when", whenText, inputs, typeof(bool), problems);
            ParseTree(parser, rule, rule.Assert, "assert", assertText, inputs, typeof(bool), problems);
            var at = rule.At is null ? null : Compile<object>(parser, rule, rule.At, "at", inputs, problems, names: names);
            var related = rule.Related is null ? null : Compile<object>(parser, rule, rule.Related, "related", inputs, problems, names: names);
            var messageHoles = Holes(parser, rule, message!, rule.Message, "message", inputs, problems, matchAllowed: false, names);
            var suggestionArgs = suggestion is null ? [] : Holes(parser, rule, suggestion, rule.Suggestion!, "suggestion", inputs, problems, matchAllowed: false, names);
            if (problems.Count > before) continue;

            string workflow = rule.Id;
            workflows.Add(new Workflow
            {
                WorkflowName = workflow,
                Rules =
                [
                    whenText is null
                        ? new Rule { RuleName = rule.Id, Expression = assertText.Text }
                        : new Rule
                        {
                            RuleName = rule.Id,
                            Operator = "AndAlso",
                            Rules = [new Rule { RuleName = "when", Expression = whenText.Text }, new Rule { RuleName = "assert", Expression = assertText.Text }],
                        },
                ],
            });
            var makeItem = itemType is null ? null : ItemParameter(itemType);
            bool hasWhen = whenText is not null;
            entry.Evaluate = (f, evaluation) =>
            {
                var filingInput = new RuleParameter(DynamicLinqText.FilingName, f);
                IEnumerable each = items is null ? new object?[] { null } : (IEnumerable)items([f]);
                foreach (var item in each)
                {
                    RuleGuard.Tick(0);
                    RuleParameter[] args = makeItem is null ? [filingInput] : [filingInput, makeItem(item)];
                    var tree = Execute(engine, workflow, args);
                    switch (Outcome(tree, hasWhen))
                    {
                        case false: evaluation.Skip(); continue;
                        case true: evaluation.Pass(); continue;
                    }
                    object?[] values = [f, item];
                    object? place = at is null ? null : at(values!);
                    object? other = related is null ? null : related(values!);
                    // A document rule points at spans of its filing, a deal rule at places in the deal's documents.
                    object? span = deal ? RuleEvaluation.DealSpanOf(place) ?? RuleEvaluation.DealSpanOf(item) : RuleEvaluation.SpanOf(place) ?? RuleEvaluation.SpanOf(item);
                    object? relatedSpan = deal ? RuleEvaluation.DealSpanOf(other) : RuleEvaluation.SpanOf(other);
                    evaluation.Fail(span, relatedSpan, Evaluate(messageHoles, values), Evaluate(suggestionArgs, values));
                }
            };
            compiled.Add(entry);
        }
        foreach (var w in workflowRules)
            if (CompileWorkflowRule(parser, engine, w, problems) is var (entry, workflow))
            {
                compiled.Add(entry);
                workflows.Add(workflow);
            }
        if (workflows.Count > 0) engine.AddWorkflow(workflows.ToArray());
        return compiled;
    }

    /// <summary>
    /// A top-level rule of a RulesEngine workflow file as a FilingLint rule: its id is <c>Workflow.RuleName</c>, its
    /// severity and description may be given in its <c>Properties</c> (warning by default), its message is its
    /// <c>ErrorMessage</c>. Its expressions see the fact model as <c>filing</c> (also <c>input1</c>, RulesEngine's name for
    /// a first unnamed input) and each fact by its own name; they are checked and guarded like any rule's.
    /// </summary>
    private static (CompiledRule, Workflow)? CompileWorkflowRule(RuleExpressionParser parser, RulesEngine.RulesEngine engine,
        WorkflowFile.WorkflowRule source, List<RuleProblem> problems)
    {
        var rule = source.Rule;
        string id = source.Workflow + "." + rule.RuleName;
        var properties = rule.Properties ?? new Dictionary<string, object>();
        string? Property(string name) => properties.TryGetValue(name, out var v) ? v?.ToString() : null;
        var severity = Severity.Warning;
        if (Property("severity") is { } named && !SeverityNames.TryParse(named, out severity))
            problems.Add(new RuleProblem(source.File, source.Line, source.Column, $"rule '{id}': severity '{named}' is not error, warning or info"));
        string message = rule.ErrorMessage is { Length: > 0 } m ? m : $"Rule '{rule.RuleName}' of workflow '{source.Workflow}' failed.";
        var appliesTo = new List<DocumentKind>();
        foreach (var kind in (Property("appliesTo") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (Enum.TryParse<DocumentKind>(kind.Replace("-", ""), ignoreCase: true, out var k)) appliesTo.Add(k);
            else problems.Add(new RuleProblem(source.File, source.Line, source.Column, $"rule '{id}': appliesTo '{kind}' is not a kind of document ({string.Join(", ", Enum.GetNames<DocumentKind>())})"));
        var definition = new RuleDefinition
        {
            File = source.File, Line = source.Line, Column = source.Column, Id = id, Severity = severity,
            Description = Property("description") ?? message,
            Source = Property("source"),
            Message = new RuleScalar(message.Replace("{", "{{").Replace("}", "}}"), source.Line, source.Column, false, false),
            Assert = new RuleScalar(rule.Expression ?? "", source.Line, source.Column, false, false),
            RuleSet = Path.GetFileNameWithoutExtension(source.File),
            AppliesTo = appliesTo,
        };
        var filing = RuleParameter.Create(DynamicLinqText.FilingName, typeof(Filing));
        var input1 = RuleParameter.Create("input1", typeof(Filing));
        int before = problems.Count;
        var translated = Translate(parser, rule, [filing.ParameterExpression, input1.ParameterExpression], source, id, problems);
        if (problems.Count > before) return null;

        var entry = new CompiledRule { Definition = definition, Message = MessageTemplate.Parse(definition.Message.Value, out _) };
        string workflowName = "workflow:" + id;
        entry.Evaluate = (f, evaluation) =>
        {
            RuleGuard.Tick(0);
            var tree = Execute(engine, workflowName, [new RuleParameter(DynamicLinqText.FilingName, f), new RuleParameter("input1", f)]);
            if (tree.IsSuccess) evaluation.Pass();
            else evaluation.Fail(null, null, [], []);
        };
        return (entry, new Workflow { WorkflowName = workflowName, Rules = [translated] });
    }

    /// <summary>
    /// The rule (and its nested rules) with every expression translated and checked; local parameters are parsed in
    /// order, each seen by the ones after it and by the rule's expression.
    /// </summary>
    private static Rule Translate(RuleExpressionParser parser, Rule rule, ParameterExpression[] inputs, WorkflowFile.WorkflowRule source, string id, List<RuleProblem> problems)
    {
        var scope = inputs.ToList();
        (int Line, int Column) at = source.ExpressionAt.TryGetValue(rule, out var p) ? p : (source.Line, source.Column);
        var scalar = new RuleScalar(rule.Expression ?? "", at.Line, at.Column, false, false);
        var definition = new RuleDefinition { File = source.File, Line = at.Line, Column = at.Column, Id = id, Message = scalar };
        var locals = new List<ScopedParam>();
        foreach (var local in rule.LocalParams ?? [])
        {
            if (string.IsNullOrWhiteSpace(local.Name) || local.Expression is null)
            {
                Report(problems, definition, "LocalParams", scalar, 0, "a local parameter needs a 'Name' and an 'Expression'");
                continue;
            }
            var text = DynamicLinqText.Translate(local.Expression);
            var tree = ParseTree(parser, definition, new RuleScalar(local.Expression, at.Line, at.Column, false, false), $"LocalParams '{local.Name}'", text,
                [], null, problems, parameters: scope.ToArray());
            if (tree is null) continue;
            scope.Add(Expression.Parameter(tree.Type, local.Name));
            locals.Add(new ScopedParam { Name = local.Name, Expression = text.Text });
        }
        string? expression = null;
        if (rule.Expression is not null)
        {
            var text = DynamicLinqText.Translate(rule.Expression);
            ParseTree(parser, definition, scalar, $"rule '{rule.RuleName}'", text, [], typeof(bool), problems, parameters: scope.ToArray());
            expression = text.Text;
        }
        return new Rule
        {
            RuleName = rule.RuleName, Expression = expression, Operator = rule.Operator, ErrorMessage = rule.ErrorMessage,
            SuccessEvent = rule.SuccessEvent, Enabled = rule.Enabled, Properties = rule.Properties,
            LocalParams = locals.Count > 0 ? locals : null,
            Rules = rule.Rules?.Select(r => Translate(parser, r, scope.ToArray(), source, id, problems)).ToList(),
        };
    }

    /// <summary>
    /// Runs the workflow; what stopped it (the guard's time or memory limit, a null fact) is rethrown as itself, not in
    /// RulesEngine's wrapper, so the rule.error finding says why.
    /// </summary>
    private static RuleResultTree Execute(RulesEngine.RulesEngine engine, string workflow, RuleParameter[] args)
    {
        try
        {
            return engine.ExecuteAllRulesAsync(workflow, args).AsTask().GetAwaiter().GetResult()[0];
        }
        catch (RulesEngine.Exceptions.RuleException e) when (e.InnerException is not null)
        {
            var cause = e.InnerException;
            while (cause is RulesEngine.Exceptions.RuleException or TargetInvocationException && cause.InnerException is not null) cause = cause.InnerException;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            throw;
        }
    }

    /// <summary>Skipped (<c>when</c> false): false; passed: true; failed: null.</summary>
    private static bool? Outcome(RuleResultTree tree, bool hasWhen)
    {
        var assert = tree;
        if (hasWhen)
        {
            var children = tree.ChildResults?.ToList() ?? [];
            if (children.Count == 0 || !children[0].IsSuccess) return false;
            assert = children[1];
        }
        return assert.IsSuccess ? true : null;
    }

    private static object?[] Evaluate(Func<object[], object>[] holes, object?[] values)
    {
        var result = new object?[holes.Length];
        for (int i = 0; i < holes.Length; i++) result[i] = holes[i](values!);
        return result;
    }

    private static Func<object[], object>[] Holes(RuleExpressionParser parser, RuleDefinition rule, MessageTemplate template, RuleScalar scalar,
        string field, RuleParameter[] inputs, List<RuleProblem> problems, bool matchAllowed, HashSet<string> names)
    {
        var holes = new List<Func<object[], object>>();
        foreach (var hole in template.Holes)
        {
            var compiled = matchAllowed && hole.Expression.Trim() == "match"
                ? (values => values[1])
                : Compile<object>(parser, rule, scalar, field, inputs, problems, hole.Expression, hole.Offset, names);
            if (compiled is not null) holes.Add(compiled);
        }
        return holes.ToArray();
    }

    private static Func<object[], T>? Compile<T>(RuleExpressionParser parser, RuleDefinition rule, RuleScalar scalar, string field,
        RuleParameter[] inputs, List<RuleProblem> problems, string? expression = null, int offset = 0, HashSet<string>? names = null)
    {
        var text = Translate(expression ?? scalar.Value, names);
        var tree = ParseTree(parser, rule, scalar, field, text, inputs, typeof(T) == typeof(object) ? null : typeof(T), problems, offset);
        return tree is null ? null : Lambda<T>(tree, inputs);
    }

    private static Func<object[], T> Lambda<T>(Expression tree, RuleParameter[] inputs)
    {
        // One delegate over the inputs as an array, each unpacked to its own type: no reflection per call.
        var values = Expression.Parameter(typeof(object[]), "values");
        var parameters = inputs.Select(i => i.ParameterExpression).ToArray();
        var unpack = parameters.Select((p, i) => (Expression)Expression.Assign(p, Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), p.Type)));
        var body = Expression.Block(parameters, unpack.Append(Expression.Convert(tree, typeof(T))));
        // Interpreted: these run once per rule and file ('for') or once per finding (holes, 'at'), so generating and
        // JIT-compiling code for each, at every start, cost more than it ever saved.
        return Expression.Lambda<Func<object[], T>>(body, values).Compile(preferInterpretation: true);
    }

    private static Expression? ParseTree(RuleExpressionParser parser, RuleDefinition rule, RuleScalar scalar, string field, DynamicLinqText text,
        RuleParameter[] inputs, Type? returns, List<RuleProblem> problems, int offset = 0, ParameterExpression[]? parameters = null)
    {
        foreach (var (at, problem) in text.Problems) Report(problems, rule, field, scalar, offset + at, problem);
        if (text.Problems.Count > 0) return null;
        Expression tree;
        try
        {
            tree = parser.Parse(text.Text, parameters ?? inputs.Select(i => i.ParameterExpression).ToArray(), returns);
        }
        catch (ParseException e)
        {
            string why = e.Message.StartsWith("Syntax error", StringComparison.Ordinal) ? $"the expression cannot be read here: {e.Message}" : e.Message;
            Report(problems, rule, field, scalar, offset + text.OriginalOffset(e.Position), why + DidYouMean(e.Message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            Report(problems, rule, field, scalar, offset, e.Message);
            return null;
        }
        foreach (var (position, problem) in ExpressionAllowList.Check(tree))
            Report(problems, rule, field, scalar, offset + position, problem);
        return tree;
    }

    /// <summary>A hint for a misspelt fact or member, from Dynamic LINQ's message: "No property or field 'X' exists in type 'T'", "Unknown identifier 'X'".</summary>
    private static string DidYouMean(string message)
    {
        if (System.Text.RegularExpressions.Regex.Match(message, @"^No property or field '(\w+)' exists in type '(\w+)'") is { Success: true } member)
        {
            var type = member.Groups[2].Value == nameof(Filing) ? typeof(Filing) : CustomTypes.FirstOrDefault(t => t.Name == member.Groups[2].Value);
            if (type is null) return "";
            var names = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
            string hint = RuleLoader.DidYouMean(member.Groups[1].Value, type == typeof(Filing) ? names.Append("it") : names);
            // "Offering.Count": the fact type named where the collection of that name was meant.
            return hint.Length > 0 ? hint : RuleLoader.DidYouMean(member.Groups[2].Value, FactNames);
        }
        if (System.Text.RegularExpressions.Regex.Match(message, @"^Unknown identifier '(\w+)'") is { Success: true } unknown)
            return RuleLoader.DidYouMean(unknown.Groups[1].Value, FactNames.Append("it"));
        return "";
    }

    private static DynamicLinqText Translate(string expression, HashSet<string>? names = null) => DynamicLinqText.Translate(expression, rootNames: names);

    /// <summary>The item as an input of its declared type (RulesEngine would type it by its run-time value, and compile again per type).</summary>
    private static Func<object?, RuleParameter> ItemParameter(Type type)
    {
        var create = typeof(RuleParameter).GetMethods().Single(m => m.Name == nameof(RuleParameter.Create) && m.IsGenericMethod).MakeGenericMethod(type);
        var item = Expression.Parameter(typeof(object), "item");
        var call = Expression.Call(create, Expression.Constant(DynamicLinqText.ItemName), Expression.Convert(item, type));
        return Expression.Lambda<Func<object?, RuleParameter>>(call, item).Compile();
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static MessageTemplate? Template(RuleDefinition rule, RuleScalar scalar, string field, List<RuleProblem> problems)
    {
        var template = MessageTemplate.Parse(scalar.Value, out var error);
        if (error is { } e)
        {
            Report(problems, rule, field, scalar, e.Offset, e.Message);
            return null;
        }
        return template;
    }

    private static void Report(List<RuleProblem> problems, RuleDefinition rule, string field, RuleScalar scalar, int offset, string message)
    {
        var (line, column) = scalar.PositionOf(offset);
        problems.Add(new RuleProblem(rule.File, line, column, $"rule '{rule.Id}', {field}: {message}"));
    }
}
