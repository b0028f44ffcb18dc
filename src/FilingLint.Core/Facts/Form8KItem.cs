using FilingLint.Documents;

namespace FilingLint.Facts;

/// <summary>
/// An item heading of a current report on Form 8-K: “Item 8.01 Other Events.” <see cref="Number"/> is the item's number,
/// <see cref="OfficialTitle"/> the title Form 8-K gives it. <see cref="HasItemWord"/> is false when the heading leaves out
/// “Item” (“9.01 Financial Statements and Exhibits.”); <see cref="IsEmpty"/> is true when no disclosure follows it before
/// the next item or the signatures; <see cref="HasOfficialTitle"/> is false when the heading gives the item another caption
/// (“Notice of Delisting of Failure to Satisfy ...”).
/// </summary>
public sealed record Form8KItem(string Number, string Text, string OfficialTitle, bool HasItemWord, bool HasOfficialTitle, bool IsEmpty, SourceSpan Span) : IFact;
