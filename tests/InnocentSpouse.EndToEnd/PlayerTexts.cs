using System.Globalization;
using System.Xml.Linq;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The words <see cref="InterviewPlayer"/> finds on the interview pages (buttons, headings, date boxes), in one
/// language. English is written here as the pages show it; another language reads the same keys from its
/// <c>WebTexts.&lt;lang&gt;.resx</c> and its question prompts from the Domain in that culture, so a translation
/// change never needs a change here.
/// </summary>
internal sealed record PlayerTexts(
    CultureInfo Culture,
    string StartHeading,
    string Start,
    string Discreet,
    string YearsHeading,
    string Continue,
    string Day,
    string Month,
    string Year,
    string CheckAnswersHeading,
    string SeeResults,
    string ResultsHeading,
    string MustTellOtherSpouse)
{
    public static PlayerTexts English { get; } = new(
        CultureInfo.GetCultureInfo("en-US"), "Check which relief may fit you", "Start now",
        "Use plain page titles that do not mention taxes", InterviewPlayer.YearsHeading, "Continue", "Day", "Month", "Year",
        "Check your answers", "See your results", "Your results", "the IRS must tell your spouse or ex-spouse");

    /// <summary>Spanish, from WebTexts.es.resx.</summary>
    public static PlayerTexts Spanish { get; } = FromResources("es", CultureInfo.GetCultureInfo("es-US"),
        mustTellOtherSpouse: "el IRS debe avisarle a su cónyuge o excónyuge");

    /// <summary>A question's prompt in this language.</summary>
    public string Prompt(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Read(() => question.Prompt);
    }

    /// <summary>A Domain text read in this language (the Domain reads the current UI culture).</summary>
    public string Read(Func<string> text) => UiCulture.InCulture(Culture, text);

    private static PlayerTexts FromResources(string language, CultureInfo culture, string mustTellOtherSpouse)
    {
        var file = Path.Combine(RepoPaths.Root, "src", "InnocentSpouse.Web", "Localisation", $"WebTexts.{language}.resx");
        var texts = XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);
        return new(culture, texts["InterviewStartTitle"], texts["InterviewStartButton"], texts["InterviewStartDiscreetLabel"],
            texts["InterviewYearsLabel"], texts["InterviewContinue"], texts["DateDay"], texts["DateMonth"], texts["DateYear"],
            texts["CheckAnswersTitle"], texts["CheckAnswersSeeResults"], texts["ResultsHeading"], mustTellOtherSpouse);
    }
}
