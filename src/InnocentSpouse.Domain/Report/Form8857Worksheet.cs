using System.Collections.Immutable;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Report;

/// <summary>
/// A worksheet for Form 8857, Request for Innocent Spouse Relief (Rev. June 2021), organised by the form's parts: for
/// each item, what the form asks, what the answers already support, what the person must add (names, numbers,
/// addresses: never collected here), what the interview could not tell, and, where the form asks for an explanation,
/// a starting draft built only from the answers with blanks for what only the person knows.
/// </summary>
/// <remarks>
/// Pure: the same answers and result always give the same worksheet; nothing reads the clock. Line numbers are given
/// only where they are confirmed (lines 1, 2, 3 and 6; docs/rules/form-8857-worksheet.md). Pass the answers as asked
/// (the answers on the interview's path): an answer left on a branch no longer taken would be reported as given.
/// </remarks>
/// <param name="FormRevision">"Form 8857 (Rev. June 2021)".</param>
/// <param name="AsOf">The evaluation date of the screening the worksheet was built from.</param>
/// <param name="TaxYears">The tax years screened, ascending.</param>
/// <param name="Notes">What the worksheet is and is not, in plain words.</param>
/// <param name="Parts">The parts, in the form's order, each with its items.</param>
public sealed record Form8857Worksheet(
    string FormRevision,
    DateOnly AsOf,
    ImmutableArray<int> TaxYears,
    ImmutableArray<string> Notes,
    ImmutableArray<Form8857WorksheetPart> Parts)
{
    /// <summary>Every item, in the form's order.</summary>
    public IEnumerable<Form8857WorksheetItem> Items => Parts.SelectMany(p => p.Items);

    /// <summary>Builds the worksheet from the answers and the screening result computed from them.</summary>
    /// <param name="answers">The answers as asked (valid for <see cref="ScreeningEngine.Evaluate(ScreeningAnswers, DateOnly)"/>).</param>
    /// <param name="result">The complete result of <see cref="ScreeningEngine.Evaluate(ScreeningAnswers, DateOnly)"/> for <paramref name="answers"/>; an unfinished one is read as far as it goes.</param>
    /// <returns>The worksheet.</returns>
    public static Form8857Worksheet For(ScreeningAnswers answers, ScreeningResult result)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(result);
        return new Form8857WorksheetBuilder(AnswerIndex.Of(answers), result).Build();
    }

    /// <summary>Builds the worksheet from answers already indexed (the report indexes the answers as asked).</summary>
    /// <param name="answers">The answers as asked.</param>
    /// <param name="result">The screening result.</param>
    internal static Form8857Worksheet For(AnswerIndex answers, ScreeningResult result) =>
        new Form8857WorksheetBuilder(answers, result).Build();
}
