namespace InnocentSpouse.Domain.Flowcharts;

/// <summary>One allowed answer value of a question and the edge it takes.</summary>
/// <param name="Value">The invariant answer value, e.g. <c>yes</c>, <c>not-sure</c> or <c>divorced</c>.</param>
/// <param name="Edge">Where that answer leads.</param>
public sealed record Branch(string Value, Edge Edge);
