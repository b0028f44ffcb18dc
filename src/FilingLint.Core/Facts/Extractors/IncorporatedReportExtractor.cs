using System.Text.RegularExpressions;
using FilingLint.Documents;

namespace FilingLint.Facts.Extractors;

/// <summary>
/// Annual and quarterly reports listed for incorporation by reference, each period's end paired with its filing date:
/// the n-th period of "for the quarters ended A, B and C" with the n-th date of "filed with the SEC on X, Y and Z".
/// Lists of unequal length are left alone (a report and its amendment, filed on two days, cover one period).
/// </summary>
internal sealed partial class IncorporatedReportExtractor : IFactExtractor
{
    [GeneratedRegex(@"\b(?:Annual\s+Reports?\s+on\s+Form\s+(?<form>10-K)|Quarterly\s+Reports?\s+on\s+Form\s+(?<form>10-Q))(?:/A)?\b[^.;()]{0,60}?\b(?:years?|quarters?|periods?)\s+ended\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ReportFor();

    [GeneratedRegex(@"\G[^.;()]{0,120}?\bfiled\s+(?:with\s+the\s+(?:SEC|Commission|Securities\s+and\s+Exchange\s+Commission)\s+)?on\s+", RegexOptions.IgnoreCase)]
    private static partial Regex FiledOn();

    /// <summary>What may stand between two dates of a list: “, ”, “ and ”, “, and ”.</summary>
    [GeneratedRegex(@"^\s*(?:,\s*(?:and\s+)?|and\s+)$")]
    private static partial Regex ListJoint();

    public void Extract(FactContext context)
    {
        string text = context.Text;
        var dates = context.Dates;
        if (dates.Count < 2) return;
        foreach (Match report in ReportFor().Matches(text))
        {
            int first = FirstDateAt(dates, report.Index + report.Length);
            if (first < 0) continue;
            int afterPeriods = ListEnd(text, dates, first);
            var filed = FiledOn().Match(text, dates[afterPeriods].Span.End);
            if (!filed.Success || afterPeriods + 1 >= dates.Count) continue;
            int firstFiled = FirstDateAt(dates, filed.Index + filed.Length);
            if (firstFiled < 0) continue;
            int afterFilings = ListEnd(text, dates, firstFiled);
            int periods = afterPeriods - first + 1;
            if (afterFilings - firstFiled + 1 != periods) continue;
            for (int k = 0; k < periods; k++)
            {
                var (period, day) = (dates[first + k], dates[firstFiled + k]);
                context.IncorporatedReports.Add(new IncorporatedReport("Form " + report.Groups["form"].Value.ToUpperInvariant(), period, day,
                    SourceSpan.FromBounds(period.Span.Start, day.Span.End)));
            }
        }
    }

    /// <summary>The index of the date that starts exactly at <paramref name="offset"/>, or -1.</summary>
    private static int FirstDateAt(List<DateFact> dates, int offset)
    {
        int lo = 0, hi = dates.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (dates[mid].Span.Start < offset) lo = mid + 1;
            else if (dates[mid].Span.Start > offset) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The last date of the list that starts with date <paramref name="first"/>.</summary>
    private static int ListEnd(string text, List<DateFact> dates, int first)
    {
        int last = first;
        while (last + 1 < dates.Count && dates[last + 1].Span.Start - dates[last].Span.End <= 8
               && ListJoint().IsMatch(text.AsSpan(dates[last].Span.End, dates[last + 1].Span.Start - dates[last].Span.End).ToString()))
            last++;
        return last;
    }
}
