namespace InnocentSpouse.Domain.Interview;

/// <summary>One allowed value of a yes/no or choice question.</summary>
/// <param name="Value">The invariant value stored and sent over the API, e.g. "divorced".</param>
/// <param name="Label">What the user sees, in plain language.</param>
/// <param name="Hint">Optional extra help for this option.</param>
public sealed record AnswerOption(string Value, string Label, string? Hint = null);
