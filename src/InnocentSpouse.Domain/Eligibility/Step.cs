using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>One step of the path taken: a question and its answer, a rule and its result, or the outcome reached.</summary>
/// <param name="Node">The node's key in its flowchart.</param>
/// <param name="Question">The question or rule, in plain language (for the outcome step, the outcome text).</param>
/// <param name="Answer">The answer as shown to the user (for a rule, its plain-language result).</param>
/// <param name="Source">The authority for this step.</param>
/// <param name="Assumption">When the user answered "Not sure": what the engine assumed instead.</param>
/// <param name="Fact">The question key answered at this step, when it was a question.</param>
public sealed record Step(NodeKey Node, string Question, string Answer, SourceRef Source, string? Assumption = null, FactKey? Fact = null);
