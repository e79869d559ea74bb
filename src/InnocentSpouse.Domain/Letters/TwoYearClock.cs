namespace InnocentSpouse.Domain.Letters;

/// <summary>Whether a letter starts the 2-year clock for §6015(b)/(c) relief.</summary>
public enum ClockStart
{
    /// <summary>It does (it is, or reports, collection activity).</summary>
    Yes = 1,

    /// <summary>It does not.</summary>
    No,

    /// <summary>The sources do not settle it; the reason says why.</summary>
    Uncertain,
}

/// <summary>The answer to "does this letter start the 2-year clock?", with the reason.</summary>
/// <param name="Starts">Yes, no or uncertain.</param>
/// <param name="Reason">Why, in plain words, with the source named.</param>
public sealed record TwoYearClockAnswer(ClockStart Starts, string Reason);
