using System.Diagnostics;
using FilingLint.Documents;
using FilingLint.Expressions;
using FilingLint.Facts;
using FilingLint.Facts.Extractors;
using FilingLint.Findings;

namespace FilingLint.Engine;

/// <summary>
/// Runs every applicable rule on a filing. A rule that throws or times out becomes a <c>rule.error</c>
/// finding for that file; it never stops the other rules or files.
/// </summary>
public sealed class LintEngine(RuleSet rules)
{
    public RuleSet Rules { get; } = rules;

    /// <summary>How long one rule may run on one file before it is stopped and reported as <c>rule.error</c>.</summary>
    public TimeSpan RuleTimeLimit { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Bytes one rule may allocate on one file (1 GB): far above any real rule, well below running out of memory.</summary>
    public long RuleMemoryLimit { get; init; } = 1L << 30;

    /// <summary>How long past its time limit a rule is waited for before it is given up (null: the rule thread's default); for tests.</summary>
    internal TimeSpan? RuleGrace { get; init; }

    /// <summary>Reads, extracts and checks one file (the primary document only, for an EDGAR submission).</summary>
    public FileResult LintFile(string path, string? formType = null, long maxBytes = DocumentLoader.DefaultMaxBytes) =>
        Check(Prepare(path, formType, maxBytes, exhibits: false))[0];

    /// <summary>
    /// The rule-free half of linting a file: read it and extract facts, so it can run while the rules load. With
    /// <paramref name="exhibits"/>, an EDGAR submission's exhibit documents follow the primary one, each with the
    /// submission's path and lines.
    /// </summary>
    internal static PreparedFile Prepare(string path, string? formType, long maxBytes, bool exhibits)
    {
        var read = DocumentLoader.Load(path, maxBytes, exhibits);
        if (read.Document is null) return new PreparedFile([(null, null, Unreadable(path, read.Error!))]);
        // An exhibit's form is its exhibit type, from its own header; --form speaks of the primary document.
        return new PreparedFile([Extract(read.Document, formType), .. read.Exhibits.Select(e => Extract(e, null))]);
    }

    /// <summary>The rules' half: one result per prepared document.</summary>
    internal IReadOnlyList<FileResult> Check(PreparedFile prepared) =>
        prepared.Parts.Select(p => p.Failed ?? Check(p.Document!, p.Filing!)).ToList();

    private static (Document?, Filing?, FileResult?) Extract(Document document, string? formType)
    {
        try
        {
            return (document, FactExtraction.Extract(document, formType), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (document, null, Unreadable(document.Path, $"facts could not be extracted: {e.Message}"));
        }
    }

    public static FileResult Unreadable(string path, string error) => new(path,
        new[] { new Finding(WellKnownRules.InputUnreadable, Severity.Error, $"cannot read this file: {error}", path, new Location(1, 1, 1, 1), "", null) },
        [], null, null);

    public FileResult Lint(Document document, string? formType = null)
    {
        var (_, filing, failed) = Extract(document, formType);
        return failed ?? Check(document, filing!);
    }

    public FileResult Check(Document document, Filing filing)
    {
        var findings = new List<Finding>();
        var results = new List<RuleResult>();
        foreach (var rule in Rules.Rules)
        {
            var definition = rule.Definition;
            // A deal rule runs once over the documents linted together (DealCheck), not over each.
            if (definition.Scope == FilingLint.Rules.RuleScope.Deal)
            {
                results.Add(new RuleResult(definition.Id, RuleStatus.Skipped, "a deal rule: it runs over the documents linted together (lint --deal)", TimeSpan.Zero, 0));
                continue;
            }
            if (definition.AppliesTo.Count > 0 && !definition.AppliesTo.Contains(filing.Kind))
            {
                results.Add(new RuleResult(definition.Id, RuleStatus.Skipped, $"applies to {string.Join(", ", definition.AppliesTo)}, not {filing.Kind}", TimeSpan.Zero, 0));
                continue;
            }
            var clock = Stopwatch.StartNew();
            try
            {
                // The rule's findings are its own until it returns: a rule given up on may still be running.
                var (status, found) = Evaluate(rule, document, filing);
                findings.AddRange(found);
                results.Add(new RuleResult(definition.Id, status, status == RuleStatus.Skipped ? "'when' was false" : null, clock.Elapsed, found.Count));
            }
            // Every exception, even an OutOfMemoryException from one huge allocation, is the rule's own failure.
            catch (Exception e)
            {
                string why = WhyFailed(e, RuleTimeLimit, RuleMemoryLimit);
                findings.Add(Make(WellKnownRules.RuleError, Severity.Error, $"rule '{definition.Id}' failed on this file: {why}", null, document, filing.Start, documentLevel: true));
                results.Add(new RuleResult(definition.Id, RuleStatus.Errored, why, clock.Elapsed, 1));
            }
        }
        var (kept, suppressed) = Suppressions.Apply(document, findings);
        return new FileResult(document.Path, kept, results, document, filing) { Suppressed = suppressed };
    }

    private (RuleStatus, List<Finding>) Evaluate(CompiledRule rule, Document document, Filing filing)
    {
        var found = new List<Finding>();
        RuleStatus status = RuleStatus.Passed;
        RuleThread.RunGuarded(() => status = Run(rule, document, filing, found), RuleTimeLimit, RuleMemoryLimit, RuleGrace);
        return (status, found);
    }

    private RuleStatus Run(CompiledRule rule, Document document, Filing filing, List<Finding> findings)
    {
        var d = rule.Definition;
        if (rule.Evaluate is not null)
        {
            var evaluation = new RuleEvaluation();
            rule.Evaluate(filing, evaluation);
            foreach (var (at, related, messageArgs, suggestionArgs) in evaluation.Failures)
            {
                var span = at as SourceSpan?;
                var finding = Make(d.Id, d.Severity, rule.Message.Render(messageArgs), rule.Suggestion?.Render(suggestionArgs),
                    document, span ?? filing.Start, documentLevel: span is null);
                if (related is SourceSpan other) finding = finding with { Related = [Related(document, other)] };
                findings.Add(finding);
            }
            if (evaluation.Failures.Count > 0) return RuleStatus.Failed;
            return evaluation.Passed == 0 && evaluation.Skipped > 0 ? RuleStatus.Skipped : RuleStatus.Passed;
        }
        if (rule.Applies is { } applies && !applies(filing)) return RuleStatus.Skipped;
        var check = Rules.TextChecks[rule];
        bool failed = false;
        foreach (var (span, match) in check.Failures(document, filing))
        {
            failed = true;
            var holes = rule.Holes!(filing, match);
            // A require check fails for what is missing, which has no place in the text.
            findings.Add(Make(d.Id, d.Severity, rule.Message.Render(holes[0]), rule.Suggestion?.Render(holes[1]), document, span,
                documentLevel: check is Rules.Checks.RequireCheck));
        }
        return failed ? RuleStatus.Failed : RuleStatus.Passed;
    }

    /// <summary>Why a rule stopped, in a rule author's words: its limits, or the exception it threw.</summary>
    internal static string WhyFailed(Exception e, TimeSpan timeLimit, long memoryLimit)
    {
        var cause = e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;
        return cause switch
        {
            System.Text.RegularExpressions.RegexMatchTimeoutException => "a regular expression timed out",
            RuleTimeoutException => $"it ran past its time limit of {timeLimit.TotalSeconds:0.#} s",
            RuleMemoryException => $"it allocated past its memory limit of {memoryLimit >> 20} MB",
            InsufficientExecutionStackException => "it recursed deeper than a rule's stack allows",
            _ => $"{cause.GetType().Name}: {cause.Message}",
        };
    }

    internal static RelatedLocation Related(Document document, SourceSpan span)
    {
        string excerpt = document.Slice(span);
        if (excerpt.Length > 240) excerpt = excerpt[..240] + "…";
        return new RelatedLocation(document.Path, Location.Of(document, span), excerpt) { Span = span, Document = document };
    }

    internal static Finding Make(string id, Severity severity, string message, string? suggestion, Document document, Documents.SourceSpan span,
        bool documentLevel = false)
    {
        string excerpt = document.Slice(span);
        if (excerpt.Length > 240) excerpt = excerpt[..240] + "…";
        return new Finding(id, severity, message, document.Path, Location.Of(document, span), excerpt, suggestion) { Span = span, DocumentLevel = documentLevel };
    }
}
