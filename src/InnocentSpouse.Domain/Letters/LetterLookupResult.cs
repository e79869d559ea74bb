using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Letters;

/// <summary>
/// The answer to a lookup by number: the letter when known, otherwise suggestions, the wording questions and
/// where to get help. Never an exception.
/// </summary>
/// <param name="Query">What the user typed.</param>
/// <param name="NormalizedQuery">The key it was matched on, e.g. "3284c" for "Letter 3284-C".</param>
/// <param name="Letter">The matching letter, or null.</param>
/// <param name="Suggestions">Letters with similar numbers, when there was no exact match.</param>
/// <param name="Questions">The wording questions to try instead.</param>
/// <param name="Help">Where to get free help.</param>
public sealed record LetterLookupResult(
    string Query,
    string NormalizedQuery,
    LetterEntry? Letter,
    ImmutableArray<LetterEntry> Suggestions,
    ImmutableArray<WordingQuestion> Questions,
    string Help)
{
    /// <summary>True when a letter matched exactly.</summary>
    public bool Found => Letter is not null;
}
