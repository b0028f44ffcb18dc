using System.Text.RegularExpressions;

namespace FilingLint.Facts.Extractors;

/// <summary>Words of a name or heading, and how often the text writes a word or phrase: shared by the extractors that compare names.</summary>
internal static partial class Words
{
    /// <summary>Runs of letters and digits: “A.G.P./Harbor” is the words A, G, P and Harbor.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    public static partial Regex Pattern();

    /// <summary>How many times <paramref name="text"/> holds <paramref name="phrase"/> (case counted, no overlaps) before <paramref name="end"/>.</summary>
    public static int Count(string text, string phrase, int end = int.MaxValue)
    {
        int count = 0;
        for (int i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0 && i < end; i = text.IndexOf(phrase, i + phrase.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
