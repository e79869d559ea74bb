namespace InnocentSpouse.Domain.Deadlines;

/// <summary>Dates that cannot all be right together, with a plain question or instruction for the user.</summary>
/// <param name="Input">The input to check or fix (the site links the error summary to its box).</param>
/// <param name="Message">What looks wrong and what to do, in plain words.</param>
public sealed record DeadlineInputProblem(DeadlineInput Input, string Message);
