namespace InnocentSpouse.Domain.Interview;

/// <summary>Whether a fact is asked once per screening or once per tax year.</summary>
public enum QuestionScope
{
    /// <summary>A fact about the person, asked once (e.g. current marital status).</summary>
    Household,

    /// <summary>A fact about one tax year, asked for each year (e.g. whether a joint return was filed).</summary>
    Year,
}
