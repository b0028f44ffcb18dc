namespace FilingLint.Facts;

/// <summary>
/// A document of the deal naming an agreement one word away from the title the agreement itself bears (an exhibit titled
/// “Limited Liability Limited Partnership Agreement” called the “Limited Liability Partnership Agreement”): a word
/// dropped, added or changed, the first and last words the same.
/// </summary>
public sealed record DealTitleMention(int Document, string Name, string Title, DealSpan At, DealSpan TitleAt) : IDealFact;
