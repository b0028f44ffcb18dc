using FilingLint.Facts;
using FilingLint.Findings;

namespace FilingLint.Rules;

/// <summary>
/// Rule definitions as bytes, for the compiled-rule cache: a warm run reads them back instead of parsing the YAML
/// again (YamlDotNet's first use alone was a third of a warm run's rule loading). Every field is written; a test
/// round-trips the built-in rules and compares every property, so a field added later cannot be dropped.
/// </summary>
internal static class RuleDefinitionCodec
{
    private const int Format = 1;

    public static byte[] Encode(IReadOnlyList<RuleDefinition> rules)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            w.Write(Format);
            w.Write(rules.Count);
            foreach (var r in rules)
            {
                w.Write(r.File);
                w.Write(r.Line);
                w.Write(r.Column);
                w.Write(r.Id);
                w.Write((int)r.Severity);
                w.Write(r.Description);
                WriteText(w, r.Source);
                WriteScalar(w, r.Message);
                WriteScalar(w, r.Suggestion);
                w.Write(r.AppliesTo.Count);
                foreach (var kind in r.AppliesTo) w.Write((int)kind);
                WriteCheck(w, r.Require);
                WriteCheck(w, r.Forbid);
                WriteScalar(w, r.For);
                WriteScalar(w, r.When);
                WriteScalar(w, r.Assert);
                WriteScalar(w, r.At);
                w.Write(r.RuleSet);
                w.Write(r.Yaml);
            }
        }
        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not what <see cref="Encode"/> wrote.</exception>
    public static List<RuleDefinition> Decode(byte[] bytes)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes));
            if (r.ReadInt32() != Format) throw new InvalidDataException("unknown format");
            int count = r.ReadInt32();
            var rules = new List<RuleDefinition>(count);
            for (int i = 0; i < count; i++)
            {
                rules.Add(new RuleDefinition
                {
                    File = r.ReadString(),
                    Line = r.ReadInt32(),
                    Column = r.ReadInt32(),
                    Id = r.ReadString(),
                    Severity = (Severity)r.ReadInt32(),
                    Description = r.ReadString(),
                    Source = ReadText(r),
                    Message = ReadScalar(r) ?? throw new InvalidDataException("a rule without a message"),
                    Suggestion = ReadScalar(r),
                    AppliesTo = ReadList(r, r => (DocumentKind)r.ReadInt32()),
                    Require = ReadCheck(r),
                    Forbid = ReadCheck(r),
                    For = ReadScalar(r),
                    When = ReadScalar(r),
                    Assert = ReadScalar(r),
                    At = ReadScalar(r),
                    RuleSet = r.ReadString(),
                    Yaml = r.ReadString(),
                });
            }
            if (r.BaseStream.Position != bytes.Length) throw new InvalidDataException("trailing bytes");
            return rules;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            throw new InvalidDataException("corrupt rule definitions", e);
        }
    }

    private static void WriteText(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null) w.Write(text);
    }

    /// <summary>
    /// A count, then that many items. A loop rather than LINQ (whose instantiations over a value type are compiled at
    /// run time), and not pre-sized, so a corrupt count ends at the end of the stream instead of in a huge allocation.
    /// </summary>
    private static List<T> ReadList<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        int count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("a negative count");
        var list = new List<T>();
        for (int i = 0; i < count; i++) list.Add(read(r));
        return list;
    }

    private static string? ReadText(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteScalar(BinaryWriter w, RuleScalar? s)
    {
        w.Write(s is not null);
        if (s is null) return;
        w.Write(s.Value);
        w.Write(s.Line);
        w.Write(s.Column);
        w.Write(s.IsQuoted);
        w.Write(s.IsMultiLine);
        WriteText(w, s.Means);
    }

    private static RuleScalar? ReadScalar(BinaryReader r) =>
        r.ReadBoolean() ? new RuleScalar(r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadBoolean(), r.ReadBoolean()) { Means = ReadText(r) } : null;

    private static void WriteCheck(BinaryWriter w, TextCheckOptions? c)
    {
        w.Write(c is not null);
        if (c is null) return;
        w.Write(c.Patterns.Count);
        foreach (var p in c.Patterns) WriteScalar(w, p);
        w.Write(c.Text.Count);
        foreach (var t in c.Text) WriteScalar(w, t);
        w.Write(c.Scope);
        w.Write(c.IgnoreCase);
        w.Write(c.Line);
        w.Write(c.Column);
    }

    private static TextCheckOptions? ReadCheck(BinaryReader r)
    {
        if (!r.ReadBoolean()) return null;
        var patterns = ReadList(r, r => ReadScalar(r)!);
        var text = ReadList(r, r => ReadScalar(r)!);
        return new TextCheckOptions(patterns, text, r.ReadString(), r.ReadBoolean(), r.ReadInt32(), r.ReadInt32());
    }
}
