using InnocentSpouse.Web.Localisation;

namespace InnocentSpouse.Web.Record;

/// <summary>
/// The PDF record's file name and document metadata. They follow the session's "plain page titles" choice
/// (<c>InterviewSession.Discreet</c>), as the page titles do (InterviewTitle.razor) and the calendar file does
/// (ReminderCalendar): when discreet, nothing a download list, a tab or a file manager shows names the topic.
/// The name never holds an answer, a name or a year. All of them are in the reader's language (<c>WebTexts</c>
/// <c>RecordFileName</c>, <c>RecordDiscreetFileName</c>, <c>ResultsPageTitle</c>, <c>ResultsDiscreetTitle</c>,
/// <c>RecordDiscreetAuthor</c>); the constants are the English ones, which the tests hold to.
/// </summary>
public static class RecordFile
{
    /// <summary>The file name when the person asked for plain titles, in English.</summary>
    public const string DiscreetFileName = "summary.pdf";

    /// <summary>The document title when the person asked for plain titles (the results page's own discreet title), in English.</summary>
    public const string DiscreetTitle = "Summary";

    /// <summary>The author metadata when the person asked for plain titles, in English.</summary>
    public const string DiscreetAuthor = "Personal notes";

    /// <summary>The file name otherwise, in English.</summary>
    public const string FileName = "screening-results.pdf";

    /// <summary>The document title otherwise (the results page's title), in English.</summary>
    public const string Title = "Your results - InnocentSpouse";

    /// <summary>The author metadata otherwise, in English.</summary>
    public const string Author = "InnocentSpouse";

    /// <summary>The file name for this choice, in the reader's language.</summary>
    /// <param name="discreet">True when the person asked for plain titles.</param>
    public static string NameFor(bool discreet) => discreet ? WebTexts.RecordDiscreetFileName : WebTexts.RecordFileName;

    /// <summary>The document title for this choice, in the reader's language.</summary>
    /// <param name="discreet">True when the person asked for plain titles.</param>
    public static string TitleFor(bool discreet) => discreet ? WebTexts.ResultsDiscreetTitle : WebTexts.ResultsPageTitle;

    /// <summary>The author metadata for this choice, in the reader's language (the app's name is the same in every language).</summary>
    /// <param name="discreet">True when the person asked for plain titles.</param>
    public static string AuthorFor(bool discreet) => discreet ? WebTexts.RecordDiscreetAuthor : Author;
}
