using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Eligibility;

/// <summary>The next question the interview should ask.</summary>
/// <param name="Question">The catalogued question (key, scope, kind, prompt, hint, options, source).</param>
/// <param name="TaxYear">The tax year it is asked for, or null for a household question.</param>
/// <param name="Relief">The relief whose walk needs it.</param>
/// <param name="Node">The flowchart node that asked it (for a rule, the rule's node).</param>
public sealed record NextQuestion(Question Question, int? TaxYear, ReliefType Relief, NodeKey Node);
