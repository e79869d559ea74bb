using System.Collections.Immutable;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// One item of the Form 8857 worksheet: what the form asks, what the answers already support, what the person must add
/// and what the interview could not tell. All text is plain English built only from the answers; nothing is invented.
/// </summary>
/// <param name="Id">Stable kebab-case id, the same for every answer set (a future translation key), e.g. "knowledge-of-items".</param>
/// <param name="Part">The part of the form the item belongs to.</param>
/// <param name="Line">The form's line number, only where it is confirmed (1, 2, 3 or 6); null otherwise.</param>
/// <param name="Topic">A short name for the topic, e.g. "Your marital status".</param>
/// <param name="FormAsks">What the form asks, in plain words.</param>
/// <param name="AnswersSupport">What the answers already support, one sentence each (per tax year where the answer is per year).</param>
/// <param name="YouAdd">What the person must add themselves: names, numbers, addresses, dates and details this tool never collects.</param>
/// <param name="NotKnown">What the interview could not tell: "Not sure" answers and questions not asked on this path.</param>
/// <param name="Draft">
/// For items where the form asks for an explanation: a starting draft in the first person, one paragraph each, built only
/// from the answers, with blanks in square brackets ("[describe …]") for what only the person knows. Empty otherwise.
/// </param>
/// <param name="Notes">Things to know about this item (for example who the IRS contacts), each from a cited source.</param>
/// <param name="Sources">The form or instructions location first, then the law the item serves; every entry is from <see cref="Citations"/>.</param>
public sealed record Form8857WorksheetItem(
    string Id,
    Form8857Part Part,
    int? Line,
    string Topic,
    string FormAsks,
    ImmutableArray<string> AnswersSupport,
    ImmutableArray<string> YouAdd,
    ImmutableArray<string> NotKnown,
    ImmutableArray<string> Draft,
    ImmutableArray<string> Notes,
    ImmutableArray<SourceRef> Sources);
