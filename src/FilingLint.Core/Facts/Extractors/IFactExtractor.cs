namespace FilingLint.Facts.Extractors;

/// <summary>One extractor per fact family.</summary>
internal interface IFactExtractor
{
    void Extract(FactContext context);
}
