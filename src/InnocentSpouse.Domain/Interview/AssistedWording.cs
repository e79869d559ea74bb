using System.Text.RegularExpressions;

namespace InnocentSpouse.Domain.Interview;

/// <summary>
/// The checks behind assisted mode's wording (issue 14): the clinic's helper reads each question about "your client",
/// so an assisted text never speaks to the reader as the taxpayer ("you") nor as the taxpayer ("I", "my"), and a
/// public text may stand in for its assisted text only when it has no such word either. <see cref="Question"/> applies
/// them when the catalog is built, so a question that would show a helper "Did you sign…?" fails at start-up, not on
/// a clinic's screen.
/// </summary>
internal static partial class AssistedWording
{
    /// <summary>The English of the "Not sure" option in assisted mode (its own key: other languages say it in the first person).</summary>
    public const string NotSure = "Not sure";

    /// <summary>True when <paramref name="english"/> speaks to the reader ("you", "your"…) or as the reader ("I", "me", "my"…).</summary>
    /// <param name="english">A public or assisted English text.</param>
    /// <param name="plural">Also count "we", "us", "our" (options are answers in the taxpayer's voice: "our joint refund").</param>
    public static bool HasPersonWord(string english, bool plural = false) =>
        PersonWord().IsMatch(WithoutYourClient(english)) || (plural && PluralPersonWord().IsMatch(english));

    /// <summary>The text with "your client" and "your client's" taken out: the one "your" assisted mode says (to the helper).</summary>
    /// <param name="english">An English text.</param>
    public static string WithoutYourClient(string english) => YourClient().Replace(english, "the client");

    [GeneratedRegex(@"\b(you|your|yours|yourself|yourselves|I|me|my|mine|myself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonWord();

    [GeneratedRegex(@"\b(we|us|our|ours|ourselves)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PluralPersonWord();

    [GeneratedRegex(@"\byour client\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YourClient();
}
