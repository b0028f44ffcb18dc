using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.RuleTesting;

/// <summary>
/// Reads fixture expectations from a document's comments, whatever the reader that found them (HTML and Markdown
/// comments, and Word comments with the same text). In the style of Semgrep's
/// <c>ruleid:</c>/<c>ok:</c>: a comment alone on its line speaks about the next line of text, a comment beside
/// text about its own line. Several ids may be listed, separated by commas or spaces.
/// </summary>
public static partial class FixtureMarkers
{
    [GeneratedRegex(@"^(?<kind>expect|ruleid|ok)\s*:\s*(?<ids>[a-z0-9.\-]+(?:[\s,]+[a-z0-9.\-]+)*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    public static IReadOnlyList<FixtureMarker> Read(Document document)
    {
        var markers = new List<FixtureMarker>();
        foreach (var comment in document.Comments)
        {
            var m = Marker().Match(comment.Text);
            if (!m.Success) continue;
            bool expected = !m.Groups["kind"].Value.Equals("ok", StringComparison.OrdinalIgnoreCase);
            int target = document.TargetLine(comment);
            foreach (var id in m.Groups["ids"].Value.Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
                markers.Add(new FixtureMarker(target + 1, id, expected, comment.Start.Line + 1));
        }
        return markers;
    }
}
