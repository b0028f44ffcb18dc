using System.Text;
using FilingLint.Facts;
using FilingLint.Rules;

namespace FilingLint.Expressions;

/// <summary>
/// Compiled rule assemblies on disk, keyed by a hash of everything that shapes the generated code: the
/// rules' ids, checks, expressions and templates, the FilingLint version and the fact model's assembly.
/// A warm run loads the image and skips Roslyn entirely. A stale entry cannot match its key; a corrupt
/// one fails to load and is rebuilt, never trusted.
/// </summary>
public sealed class CompiledRuleCache(string directory)
{
    public string Directory { get; } = directory;

    /// <summary>FILINGLINT_CACHE_DIR, else $XDG_CACHE_HOME/filinglint, else ~/.cache/filinglint.</summary>
    public static CompiledRuleCache Default()
    {
        string? dir = Environment.GetEnvironmentVariable("FILINGLINT_CACHE_DIR");
        if (string.IsNullOrEmpty(dir))
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            string root = !string.IsNullOrEmpty(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            dir = Path.Combine(root, "filinglint");
        }
        return new CompiledRuleCache(dir);
    }

    internal string KeyFor(IReadOnlyList<RuleDefinition> rules) => Digest(text =>
    {
        foreach (var r in rules)
        {
            text.Append(r.Id).Append('\0').Append(r.Assert is null ? "text" : "assert").Append('\0')
                .Append(r.Message.Value).Append('\0').Append(r.Suggestion?.Value).Append('\0')
                .Append(r.For?.Value).Append('\0').Append(r.When?.Value).Append('\0')
                .Append(r.Assert?.Value).Append('\0').Append(r.At?.Value).Append('\n');
        }
    });

    /// <summary>
    /// The key of the rule sources themselves (file names and YAML texts, as read), with the version and fact model:
    /// under it the parsed definitions are kept, so a warm run does not parse YAML either.
    /// </summary>
    internal static string SourceKeyFor(List<(string Name, string Yaml, string? RuleSet)> sources) => Digest(text =>
    {
        foreach (var (name, yaml, set) in sources) text.Append(name).Append('|').Append(set).Append('\0').Append(yaml).Append('\0');
    });

    /// <summary>A 128-bit hash (XXH64 under two seeds) of the FilingLint version, the fact model's assembly and what <paramref name="content"/> writes.</summary>
    private static string Digest(Action<StringBuilder> content)
    {
        var text = new StringBuilder();
        text.Append(typeof(Filing).Assembly.GetName().Version).Append('\n');
        text.Append(typeof(Filing).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        content(text);
        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        return $"{XxHash64.Hash(bytes):x16}{XxHash64.Hash(bytes, seed: 1):x16}";
    }

    private string PathOf(string key) => Path.Combine(Directory, "rules-" + key + ".dll");

    private string DefinitionsPathOf(string sourceKey) => Path.Combine(Directory, "definitions-" + sourceKey + ".bin");

    internal byte[]? TryLoad(string key) => TryRead(PathOf(key));

    /// <summary>Written to a temporary file and renamed, so a reader never sees half an image. A failure only costs the next run a compile.</summary>
    internal void Store(string key, byte[] image) => Write(PathOf(key), image);

    /// <summary>The definitions parsed from these sources on an earlier run; null when none, or when the entry is corrupt.</summary>
    internal List<RuleDefinition>? TryLoadDefinitions(string sourceKey)
    {
        if (TryRead(DefinitionsPathOf(sourceKey)) is not { } bytes) return null;
        try
        {
            return RuleDefinitionCodec.Decode(bytes);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    internal void StoreDefinitions(string sourceKey, IReadOnlyList<RuleDefinition> rules) => Write(DefinitionsPathOf(sourceKey), RuleDefinitionCodec.Encode(rules));

    private static byte[]? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Write(string path, byte[] bytes)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            string temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation; a read-only home must not fail the run.
        }
    }
}
