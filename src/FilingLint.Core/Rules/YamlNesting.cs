using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FilingLint.Rules;

/// <summary>
/// Refuses YAML nested deeper than rule files and configurations ever are, from the parser's events, before YamlDotNet
/// builds its node tree: a 200 KB file of nested flow sequences (<c>[[[[…</c>) took 200 s in the node tree's recursive
/// loading and then overflowed the stack, which no catch can recover from. The events come one at a time as the text
/// is scanned, so a deep file is refused after reading only as far as the limit.
/// </summary>
internal sealed class YamlNesting
{
    /// <summary>A rules file nests six levels (rules, a rule, require, patterns, a named pattern); this leaves a wide margin.</summary>
    public const int MaxDepth = 64;

    private int _depth;

    /// <summary>Follows one parser event; a message when it opens a collection past the limit, else null.</summary>
    public string? Track(ParsingEvent e)
    {
        if (e is MappingStart or SequenceStart && ++_depth > MaxDepth)
            return $"the YAML is nested more than {MaxDepth} collections deep here; rule files and configurations need a few levels";
        if (e is MappingEnd or SequenceEnd) _depth--;
        return null;
    }

    /// <summary>Where the YAML first nests too deep, and why; null when it stays within the limit or does not parse (the loader then reports that).</summary>
    public static (Mark At, string Message)? Check(string yaml)
    {
        var nesting = new YamlNesting();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
                if (nesting.Track(parser.Current!) is { } tooDeep) return (parser.Current!.Start, tooDeep);
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Malformed YAML: the loader's own parse reports it with its position.
        }
        return null;
    }
}
