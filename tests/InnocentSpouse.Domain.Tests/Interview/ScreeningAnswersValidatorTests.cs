using InnocentSpouse.Domain.Interview;

namespace InnocentSpouse.Domain.Tests.Interview;

public class ScreeningAnswersValidatorTests
{
    [Fact]
    public void Validate_CompleteBaseline_NoProblems() =>
        Assert.Empty(ScreeningAnswersValidator.Validate(Scenario.Baseline(), Scenario.AsOf));

    public static TheoryData<string, ScreeningAnswers, string, string> BadAnswers => new()
    {
        { "Unknown key", ScreeningAnswers.ForYears(2021).WithYear(2021, "favourite-colour", "blue"), "years.2021.favourite-colour", "not a known question key" },
        { "Household key under a year", ScreeningAnswers.ForYears(2021).WithYear(2021, "marital-status", "divorced"), "years.2021.marital-status", "under \"household\"" },
        { "Year key under household", ScreeningAnswers.ForYears(2021).WithHousehold("filed-joint-return", "yes"), "household.filed-joint-return", "under a tax year" },
        { "Choice value not allowed", ScreeningAnswers.ForYears(2021).WithYear(2021, "liability-type", "audit"), "years.2021.liability-type", "\"understatement\", \"underpayment\", \"both\", \"not-sure\"" },
        { "Not sure where the law allows no unknown", ScreeningAnswers.ForYears(2021).WithYear(2021, "knew-of-item", "not-sure"), "years.2021.knew-of-item", "does not accept \"not-sure\"" },
        { "Yes/no in capitals", ScreeningAnswers.ForYears(2021).WithYear(2021, "irs-contacted-you", "Yes"), "years.2021.irs-contacted-you", "\"yes\", \"no\"" },
        { "US-style date", ScreeningAnswers.ForYears(2021).WithYear(2021, "first-collection-date", "03/01/2024"), "years.2021.first-collection-date", "yyyy-MM-dd" },
        { "Impossible date", ScreeningAnswers.ForYears(2021).WithYear(2021, "first-collection-date", "2023-02-29"), "years.2021.first-collection-date", "not a date" },
        { "Date after the screening date", ScreeningAnswers.ForYears(2021).WithYear(2021, "first-collection-date", "2026-03-02"), "years.2021.first-collection-date", "after the screening date" },
        { "Dollars with cents", ScreeningAnswers.ForYears(2021).WithHousehold("monthly-income", "2500.50"), "household.monthly-income", "whole dollars" },
        { "Negative dollars", ScreeningAnswers.ForYears(2021).WithHousehold("monthly-income", "-5"), "household.monthly-income", "whole dollars" },
        { "Household of zero", ScreeningAnswers.ForYears(2021).WithHousehold("household-size", "0"), "household.household-size", "from 1 to 20" },
        { "Tax year out of range", ScreeningAnswers.ForYears(1890), "years.1890", "out of range" },
        { "No tax years", ScreeningAnswers.Empty, "years", "at least one tax year" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public void Validate_BadAnswer_NamesTheFieldAndWhatIsAllowed(string name, ScreeningAnswers answers, string field, string messagePart)
    {
        var problem = Assert.Single(ScreeningAnswersValidator.Validate(answers, Scenario.AsOf));

        Assert.True(field == problem.Field, $"{name}: field was {problem.Field}");
        Assert.True(problem.Message.Contains(messagePart, StringComparison.Ordinal), $"{name}: message was {problem.Message}");
    }

    [Fact]
    public void Validate_NotSureDateWhereAllowed_Accepted() =>
        Assert.Empty(ScreeningAnswersValidator.Validate(ScreeningAnswers.ForYears(2021).WithYear(2021, "first-collection-date", "not-sure")));
}
