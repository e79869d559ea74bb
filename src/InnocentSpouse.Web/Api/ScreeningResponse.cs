using System.Text.Json;
using InnocentSpouse.Domain.Report;

namespace InnocentSpouse.Web.Api;

/// <summary>The result of a screening: the next question when answers are missing, and every relief per year.</summary>
/// <param name="AsOf">The evaluation date used.</param>
/// <param name="Revision">The Pub. 971 revision the flowcharts follow.</param>
/// <param name="Complete">True when no question is left for any year.</param>
/// <param name="NextQuestion">The next unanswered question, or null when complete.</param>
/// <param name="Years">Outcomes per tax year; for an incomplete screening, the years and reliefs decided so far.</param>
/// <param name="Deadlines">
/// Per tax year (the same years as <paramref name="Years"/>), the deadlines the answers give, in the shape of
/// <c>POST /api/v1/deadlines</c>; a year with none has an empty list.
/// </param>
/// <param name="NextSteps">What to do next, chosen from the outcomes, each with its sources.</param>
/// <param name="Evidence">What to gather and send with Form 8857, each with why and its source; empty until complete.</param>
/// <param name="Form8857">The Form 8857 worksheet, part by part; field meanings in docs/api.md.</param>
/// <param name="Notice">The one-line statement that this is not the IRS and not legal advice.</param>
public sealed record ScreeningResponse(
    DateOnly AsOf,
    string Revision,
    bool Complete,
    QuestionDto? NextQuestion,
    IReadOnlyList<YearDto> Years,
    IReadOnlyList<YearDeadlinesDto> Deadlines,
    IReadOnlyList<NextStepDto> NextSteps,
    IReadOnlyList<EvidenceItemDto> Evidence,
    WorksheetDto Form8857,
    string Notice);

/// <summary>The Form 8857 worksheet; field meanings in docs/api.md.</summary>
public sealed record WorksheetDto(string FormRevision, IReadOnlyList<string> Notes, IReadOnlyList<WorksheetPartDto> Parts)
{
    /// <summary>Maps a report's worksheet.</summary>
    public static WorksheetDto From(Form8857Worksheet worksheet)
    {
        ArgumentNullException.ThrowIfNull(worksheet);
        return new(worksheet.FormRevision, [.. worksheet.Notes], [.. worksheet.Parts.Select(p => new WorksheetPartDto(
            JsonNamingPolicy.KebabCaseLower.ConvertName(p.Part.ToString()), p.Number, p.Title, [.. p.Items.Select(WorksheetItemDto.From)]))]);
    }
}

/// <summary>One part of Form 8857 on the worksheet.</summary>
/// <param name="Part">Stable id, e.g. "part-i", "financial-situation".</param>
/// <param name="Number">"Part I" to "Part III", or null where the form's numbering is not confirmed.</param>
/// <param name="Title">The part's topic.</param>
/// <param name="Items">Its items, in the form's order.</param>
public sealed record WorksheetPartDto(string Part, string? Number, string Title, IReadOnlyList<WorksheetItemDto> Items);

/// <summary>One item of the worksheet.</summary>
/// <param name="Id">Stable id, e.g. "tax-years".</param>
/// <param name="Line">The form's line number, only where confirmed; otherwise null.</param>
/// <param name="Topic">What the item is about.</param>
/// <param name="FormAsks">What the form asks, in plain words.</param>
/// <param name="AnswersSupport">What the answers already support.</param>
/// <param name="YouAdd">What the person must add (names, SSNs, addresses: never collected here).</param>
/// <param name="NotKnown">What the screening could not tell.</param>
/// <param name="Draft">A starting draft built only from the answers, with [bracketed] blanks; empty when the form asks no explanation.</param>
/// <param name="Notes">Things to know.</param>
/// <param name="Sources">The form or its instructions first, then the law it serves.</param>
public sealed record WorksheetItemDto(string Id, int? Line, string Topic, string FormAsks, IReadOnlyList<string> AnswersSupport,
    IReadOnlyList<string> YouAdd, IReadOnlyList<string> NotKnown, IReadOnlyList<string> Draft, IReadOnlyList<string> Notes, IReadOnlyList<SourceDto> Sources)
{
    /// <summary>Maps a worksheet item.</summary>
    public static WorksheetItemDto From(Form8857WorksheetItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Line, item.Topic, item.FormAsks, [.. item.AnswersSupport], [.. item.YouAdd], [.. item.NotKnown], [.. item.Draft], [.. item.Notes],
            [.. item.Sources.Select(SourceDto.From)]);
    }
}

/// <summary>One item of the evidence checklist; field meanings in docs/api.md.</summary>
/// <param name="Id">Stable id, e.g. "irs-letters".</param>
/// <param name="Importance">"essential" or "helpful".</param>
/// <param name="What">What to gather, in plain words.</param>
/// <param name="Why">Why it matters for this person, from their answers.</param>
/// <param name="TaxYears">The tax years it applies to.</param>
/// <param name="AllYears">True when it applies to every year screened.</param>
/// <param name="Caution">A safety note, or null.</param>
/// <param name="Sources">The law or official pages it rests on (one or two).</param>
public sealed record EvidenceItemDto(string Id, string Importance, string What, string Why, IReadOnlyList<int> TaxYears, bool AllYears, string? Caution, IReadOnlyList<SourceDto> Sources)
{
    /// <summary>Maps a report's checklist item.</summary>
    public static EvidenceItemDto From(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        SourceDto[] sources = item.SecondSource is { } second ? [SourceDto.From(item.Source), SourceDto.From(second)] : [SourceDto.From(item.Source)];
        return new(item.Id, JsonNamingPolicy.KebabCaseLower.ConvertName(item.Importance.ToString()), item.What, item.Why, [.. item.TaxYears], item.AllYears, item.Caution, sources);
    }
}

/// <summary>The deadlines that apply to one tax year, each as <c>POST /api/v1/deadlines</c> gives it.</summary>
public sealed record YearDeadlinesDto(int TaxYear, IReadOnlyList<DeadlineDto> Deadlines);

/// <summary>One next step; field meanings in docs/api.md.</summary>
/// <param name="Id">Stable id, e.g. "appeal-form-12509".</param>
/// <param name="Heading">The group it is shown under, e.g. "What happens after you file".</param>
/// <param name="Lead">The short lead shown in bold (may be empty).</param>
/// <param name="Text">The step in plain words, after the lead.</param>
/// <param name="AppliesWhen">"always", "relief-may-fit", "injured-spouse" or "nothing-fits".</param>
/// <param name="IsEstimate">True when no official source was found; the text then says it is an estimate.</param>
/// <param name="Sources">The law or official pages it rests on; empty only for an estimate.</param>
public sealed record NextStepDto(string Id, string Heading, string Lead, string Text, string AppliesWhen, bool IsEstimate, IReadOnlyList<SourceDto> Sources)
{
    /// <summary>Maps a report's next step.</summary>
    public static NextStepDto From(NextStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(step.Id, step.Heading, step.Lead, step.Text, JsonNamingPolicy.KebabCaseLower.ConvertName(step.AppliesWhen.ToString()),
            step.IsEstimate, [.. step.Sources.Select(SourceDto.From)]);
    }
}

/// <summary>A question, with what it accepts.</summary>
public sealed record QuestionDto(
    string Key,
    int? TaxYear,
    string Scope,
    string Kind,
    string Prompt,
    string Hint,
    IReadOnlyList<OptionDto> Options,
    bool NotSureAllowed,
    bool ApproximateAllowed,
    string Allowed,
    string? Relief,
    SourceDto Source);

/// <summary>One allowed answer of a yes/no or choice question.</summary>
public sealed record OptionDto(string Value, string Label);

/// <summary>The outcomes for one tax year.</summary>
public sealed record YearDto(int TaxYear, IReadOnlyList<ReliefDto> Reliefs);

/// <summary>One relief's outcome with its reasons.</summary>
public sealed record ReliefDto(
    string Relief,
    string ReliefName,
    string Outcome,
    string OutcomeLabel,
    string Summary,
    SourceDto Source,
    IReadOnlyList<ReasonDto> Reasons,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<FactorDto> Factors);

/// <summary>One step of the path taken: the question, the answer and its source.</summary>
public sealed record ReasonDto(string Node, string? Key, string Question, string Answer, string? Assumption, SourceDto Source);

/// <summary>One Rev. Proc. 2013-34 §4.03 factor, as favors / neutral / against.</summary>
public sealed record FactorDto(string Factor, string Lean, string Because, SourceDto Source);
