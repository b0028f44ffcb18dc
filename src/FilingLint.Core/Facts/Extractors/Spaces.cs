namespace FilingLint.Facts.Extractors;

/// <summary>White space in matched text, folded without a regex (the extractors do it for every name they read).</summary>
internal static class Spaces
{
    /// <summary>Each run of white space as one space: what <c>Regex.Replace(s, @"\s+", " ")</c> gives.</summary>
    public static string Collapse(string s)
    {
        int i = 0;
        while (i < s.Length && !(char.IsWhiteSpace(s[i]) && (s[i] != ' ' || i + 1 < s.Length && char.IsWhiteSpace(s[i + 1])))) i++;
        if (i == s.Length) return s;
        var folded = new System.Text.StringBuilder(s.Length);
        folded.Append(s, 0, i);
        bool inRun = false;
        for (; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                if (!inRun) folded.Append(' ');
                inRun = true;
            }
            else
            {
                folded.Append(s[i]);
                inRun = false;
            }
        }
        return folded.ToString();
    }
}
