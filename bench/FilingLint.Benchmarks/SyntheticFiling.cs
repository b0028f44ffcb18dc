using System.Text;
using FilingLint.Documents;

namespace FilingLint.Benchmarks;

/// <summary>
/// A prospectus of any size made of real paragraphs: the seed supplement (cover page, agreement, dates, cap) first,
/// then the body paragraphs of the checked-in corpus filings in turn, over and over, each pass under its own
/// numbered heading. Deterministic, so the sizes compare like with like.
/// </summary>
internal static class SyntheticFiling
{
    public static string Generate(long targetBytes)
    {
        var paragraphs = BodyParagraphs();
        var text = new StringBuilder(File.ReadAllText(Inputs.Seed).TrimEnd());
        long bytes = Encoding.UTF8.GetByteCount(text.ToString());
        for (int i = 0; bytes < targetBytes; i++)
        {
            string next = i % paragraphs.Count == 0
                ? $"\n\nPART {i / paragraphs.Count + 1}. ADDITIONAL INFORMATION\n\n{paragraphs[0]}"
                : "\n\n" + paragraphs[i % paragraphs.Count];
            text.Append(next);
            bytes += Encoding.UTF8.GetByteCount(next);
        }
        return text.Append('\n').ToString();
    }

    /// <summary>Paragraphs of prose (not table cells or page furniture) from the corpus fixtures, in file order.</summary>
    private static List<string> BodyParagraphs()
    {
        var list = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Inputs.CorpusFixtures).Where(f => !f.EndsWith(".golden", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var document = DocumentLoader.Load(file).Document ?? throw new InvalidOperationException("cannot read " + file);
            foreach (var block in document.Blocks)
            {
                string p = document.Text.Substring(block.Span.Start, block.Span.Length).Trim();
                if (p.Length >= 200 && !p.Contains('\n')) list.Add(p);
            }
        }
        return list;
    }
}
