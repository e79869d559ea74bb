using System.Collections.Immutable;

namespace InnocentSpouse.Domain.Report;

/// <summary>One part of the Form 8857 worksheet, with its items in the form's order.</summary>
/// <param name="Part">The part.</param>
/// <param name="Number">"Part I", "Part II" or "Part III"; null where the form's Part number is not confirmed.</param>
/// <param name="Title">The part's name on the form (confirmed parts) or its topic, in plain words.</param>
/// <param name="Items">The items of this part, in the form's order.</param>
public sealed record Form8857WorksheetPart(Form8857Part Part, string? Number, string Title, ImmutableArray<Form8857WorksheetItem> Items);
