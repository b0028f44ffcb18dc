using System.Text;
using System.Text.Json;
using RulesEngine.Models;

namespace FilingLint.Rules;

/// <summary>
/// A file of Microsoft RulesEngine workflows in the JSON its README documents (one workflow or an array of them:
/// <c>WorkflowName</c>, <c>Rules</c> with <c>RuleName</c>, <c>Expression</c>, <c>ErrorMessage</c>, <c>SuccessEvent</c>,
/// <c>LocalParams</c>, nested <c>Rules</c> with <c>Operator</c>), read with the line and column of every rule and
/// expression so that a problem points into the file. Property names are matched without regard to case, as
/// RulesEngine's own loader does.
/// </summary>
internal static class WorkflowFile
{
    /// <summary>A JSON value with where it starts in the file.</summary>
    internal sealed record Node(JsonValueKind Kind, int Line, int Column, string? Text = null,
        Dictionary<string, Node>? Properties = null, List<Node>? Items = null);

    /// <summary>A top-level rule of a workflow, with the positions its checks are reported at.</summary>
    internal sealed record WorkflowRule(string File, string Workflow, Rule Rule, int Line, int Column, Dictionary<Rule, (int Line, int Column)> ExpressionAt);

    /// <summary>A JSON file in a rules folder is read as workflows only if it names one (a schema or a package file is not).</summary>
    public static bool LooksLikeWorkflows(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var head = new char[4096];
            int n = reader.ReadBlock(head, 0, head.Length);
            return new string(head, 0, n).Contains("\"WorkflowName\"", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // read again when loaded, and reported there
        }
    }

    public static List<WorkflowRule> Load(string file, string json, List<RuleProblem> problems)
    {
        Node root;
        try
        {
            root = Parse(json);
        }
        catch (JsonException e)
        {
            problems.Add(new RuleProblem(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"not a RulesEngine workflow file: {e.Message}"));
            return [];
        }
        var workflows = root.Kind == JsonValueKind.Array ? root.Items! : [root];
        var rules = new List<WorkflowRule>();
        foreach (var w in workflows)
        {
            if (w.Kind != JsonValueKind.Object) { problems.Add(new RuleProblem(file, w.Line, w.Column, "a workflow must be a JSON object")); continue; }
            string? name = Text(w, "WorkflowName");
            if (string.IsNullOrWhiteSpace(name)) { problems.Add(new RuleProblem(file, w.Line, w.Column, "a workflow needs a 'WorkflowName'")); continue; }
            if (Get(w, "Rules") is not { Kind: JsonValueKind.Array } list || list.Items!.Count == 0)
            {
                problems.Add(new RuleProblem(file, w.Line, w.Column, $"workflow '{name}' has no 'Rules'"));
                continue;
            }
            foreach (var r in list.Items!)
            {
                var positions = new Dictionary<Rule, (int, int)>(ReferenceEqualityComparer.Instance);
                if (ReadRule(file, name, r, positions, problems) is { } rule) rules.Add(new WorkflowRule(file, name, rule, r.Line, r.Column, positions));
            }
        }
        return rules;
    }

    private static Rule? ReadRule(string file, string workflow, Node node, Dictionary<Rule, (int, int)> positions, List<RuleProblem> problems)
    {
        if (node.Kind != JsonValueKind.Object) { problems.Add(new RuleProblem(file, node.Line, node.Column, $"a rule of workflow '{workflow}' must be a JSON object")); return null; }
        string? name = Text(node, "RuleName");
        if (string.IsNullOrWhiteSpace(name)) { problems.Add(new RuleProblem(file, node.Line, node.Column, $"a rule of workflow '{workflow}' needs a 'RuleName'")); return null; }
        var rule = new Rule
        {
            RuleName = name,
            Expression = Text(node, "Expression"),
            ErrorMessage = Text(node, "ErrorMessage"),
            SuccessEvent = Text(node, "SuccessEvent"),
            Operator = Text(node, "Operator"),
            Enabled = Get(node, "Enabled") is not { Kind: JsonValueKind.False },
        };
        if (Get(node, "Properties") is { Kind: JsonValueKind.Object } properties)
            rule.Properties = properties.Properties!.Where(p => p.Value.Text is not null).ToDictionary(p => p.Key, p => (object)p.Value.Text!, StringComparer.OrdinalIgnoreCase);
        if (Get(node, "LocalParams") is { Kind: JsonValueKind.Array } locals)
            rule.LocalParams = locals.Items!.Where(l => l.Kind == JsonValueKind.Object)
                .Select(l => new ScopedParam { Name = Text(l, "Name"), Expression = Text(l, "Expression") }).ToList();
        var at = Get(node, "Expression") ?? node;
        positions[rule] = (at.Line, at.Column);
        if (Get(node, "Rules") is { Kind: JsonValueKind.Array } children)
            rule.Rules = children.Items!.Select(c => ReadRule(file, workflow, c, positions, problems)).OfType<Rule>().ToList();
        if (rule.Expression is null && rule.Rules is null)
            problems.Add(new RuleProblem(file, node.Line, node.Column, $"rule '{name}' of workflow '{workflow}' has neither an 'Expression' nor nested 'Rules'"));
        return rule;
    }

    private static Node? Get(Node node, string name) =>
        node.Properties!.FirstOrDefault(p => p.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(Node node, string name) => Get(node, name) is { Kind: JsonValueKind.String } s ? s.Text : null;

    /// <summary>The JSON as nodes with 1-based line and column (of the value's first character, in characters).</summary>
    internal static Node Parse(string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        if (!reader.Read()) throw new JsonException("the file is empty", null, 0, 0);
        var root = Read(ref reader, bytes, lineStarts);
        if (reader.Read()) throw new JsonException("more than one JSON value in the file", null, Position(lineStarts, bytes, (int)reader.TokenStartIndex).Line - 1, 0);
        return root;
    }

    private static Node Read(ref Utf8JsonReader reader, byte[] bytes, List<int> lineStarts)
    {
        var (line, column) = Position(lineStarts, bytes, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new Dictionary<string, Node>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string key = reader.GetString()!;
                    reader.Read();
                    properties[key] = Read(ref reader, bytes, lineStarts);
                }
                return new Node(JsonValueKind.Object, line, column, Properties: properties);
            case JsonTokenType.StartArray:
                var items = new List<Node>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(Read(ref reader, bytes, lineStarts));
                return new Node(JsonValueKind.Array, line, column, Items: items);
            case JsonTokenType.String:
                // The column of the string's first character, after its opening quote.
                return new Node(JsonValueKind.String, line, column + 1, reader.GetString());
            case JsonTokenType.True: return new Node(JsonValueKind.True, line, column, "true");
            case JsonTokenType.False: return new Node(JsonValueKind.False, line, column, "false");
            case JsonTokenType.Null: return new Node(JsonValueKind.Null, line, column);
            default: return new Node(JsonValueKind.Number, line, column, Encoding.UTF8.GetString(reader.ValueSpan));
        }
    }

    private static (int Line, int Column) Position(List<int> lineStarts, byte[] bytes, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, Encoding.UTF8.GetCharCount(bytes, lineStarts[line], offset - lineStarts[line]) + 1);
    }
}
