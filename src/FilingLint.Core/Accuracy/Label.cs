using FilingLint.Findings;

namespace FilingLint.Accuracy;

/// <summary>What a reader decided about one finding, or a real defect no finding reports.</summary>
public enum Verdict
{
    /// <summary>A real defect, reported.</summary>
    True,
    /// <summary>Not a defect, and the current build still reports it.</summary>
    False,
    /// <summary>Was a false finding; no longer reported, and must not come back.</summary>
    Fixed,
    /// <summary>A real defect that no finding reports.</summary>
    Miss,
}

/// <summary>
/// One row of a labels file: a finding of <see cref="Rule"/> in <see cref="File"/> at <see cref="Line"/> with
/// <see cref="Excerpt"/>, as a proofreading lawyer judged it. <see cref="Wanted"/> is the severity the lawyer wants
/// it at (null: not at all); <see cref="Cause"/>, <see cref="Quote"/> and <see cref="Note"/> say why.
/// </summary>
public sealed record Label(
    string File, string Rule, int Line, string Excerpt, Verdict Verdict, Severity? Wanted,
    string Cause, string Quote, string Note)
{
    /// <summary>Where it is in the labels file, for messages.</summary>
    public int SourceLine { get; init; }

    public LabelKey Key => new(File, Rule, Line, LabelKey.Normalize(Excerpt));
}

/// <summary>What identifies a finding across builds: file, rule, line and the start of its excerpt (columns and messages may change).</summary>
public readonly record struct LabelKey(string File, string Rule, int Line, string Excerpt)
{
    /// <summary>How much of an excerpt is kept: enough to tell findings on one line apart.</summary>
    public const int ExcerptLength = 120;

    /// <summary>Whitespace runs become one space (tabs and line breaks cannot stand in a TSV field), cut to <see cref="ExcerptLength"/> (and a space the cut leaves at the end dropped).</summary>
    public static string Normalize(string excerpt)
    {
        var text = string.Join(' ', excerpt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > ExcerptLength ? text[..ExcerptLength].TrimEnd() : text;
    }

    /// <summary>A finding's file as labels name it: its folder and file name (<c>corpus-dev/x.txt</c>), so corpora can live anywhere.</summary>
    public static string FileOf(string path)
    {
        string full = Path.GetFullPath(path);
        string? folder = Path.GetFileName(Path.GetDirectoryName(full));
        return string.IsNullOrEmpty(folder) ? Path.GetFileName(full) : folder + "/" + Path.GetFileName(full);
    }

    public static LabelKey Of(Finding finding) =>
        new(FileOf(finding.Path), finding.RuleId, finding.Location.Line, Normalize(finding.Excerpt));
}
