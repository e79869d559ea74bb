using System.Collections.Immutable;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Report;

/// <summary>One thing to do (or to know) after the screening, with the authority it rests on.</summary>
/// <remarks>
/// Steps with the same <see cref="Heading"/> are shown together under it, in catalog order (<see cref="NextStepCatalog.All"/>).
/// A step with no source is an estimate (<see cref="IsEstimate"/>), and its text says so.
/// </remarks>
/// <param name="Id">Stable id, kebab-case, e.g. "appeal-form-12509" (API consumers may key on it).</param>
/// <param name="Heading">The group heading, e.g. "What happens after you file".</param>
/// <param name="Lead">The short lead shown in bold (or as the link text when <see cref="LeadIsLink"/>), e.g. "When:"; may be empty.</param>
/// <param name="Text">The step in plain words, after the lead.</param>
/// <param name="Sources">The law or official page it rests on; empty only for an estimate.</param>
/// <param name="AppliesWhen">When the step is shown.</param>
/// <param name="IsEstimate">True when no official source was found and the text says it is an estimate.</param>
/// <param name="LeadIsLink">True when the lead names a service whose page is the first source (the free-help links).</param>
public sealed record NextStep(
    string Id,
    string Heading,
    string Lead,
    string Text,
    ImmutableArray<SourceRef> Sources,
    NextStepApplies AppliesWhen,
    bool IsEstimate = false,
    bool LeadIsLink = false);
