namespace InnocentSpouse.Web.Api;

/// <summary>The result of a screening: the next question when answers are missing, and every relief per year.</summary>
/// <param name="AsOf">The evaluation date used.</param>
/// <param name="Revision">The Pub. 971 revision the flowcharts follow.</param>
/// <param name="Complete">True when no question is left for any year.</param>
/// <param name="NextQuestion">The next unanswered question, or null when complete.</param>
/// <param name="Years">Outcomes per tax year; for an incomplete screening, the years and reliefs decided so far.</param>
/// <param name="Notice">The one-line statement that this is not the IRS and not legal advice.</param>
public sealed record ScreeningResponse(
    DateOnly AsOf,
    string Revision,
    bool Complete,
    QuestionDto? NextQuestion,
    IReadOnlyList<YearDto> Years,
    string Notice);

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
