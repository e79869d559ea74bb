using System.Collections.Immutable;
using Bunit;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Sources;
using InnocentSpouse.Web.Components.Ui;
using InnocentSpouse.Web.Interview;

namespace InnocentSpouse.Web.Tests.Components.Interview;

public class InterviewComponentsTests : BunitContext
{
    private static readonly SourceRef Source = new("Pub. 971", "Rev. Dec. 2021", "Figure A, Decision (4)", "https://www.irs.gov/pub/irs-pdf/p971.pdf");

    [Fact]
    public void InterviewProgress_CurrentSection_IsMarkedAndNoStepCountIsShown()
    {
        var cut = Render<InterviewProgress>(p => p.Add(x => x.Current, InterviewSection.Knowledge));

        var items = cut.FindAll("li");
        Assert.Equal(InterviewSections.Ordered.Count, items.Count);
        var current = Assert.Single(items, li => li.GetAttribute("aria-current") == "step");
        Assert.Equal("What you knew", current.TextContent.Trim());
        Assert.DoesNotMatch(@"\d+ of \d+", cut.Markup);
    }

    [Fact]
    public void Radios_WithId_UsesItForTheFirstRadioAndPostsUnderTheName()
    {
        var cut = Render<Radios>(p => p
            .Add(x => x.Name, "Input.Value").Add(x => x.Id, "answer").Add(x => x.Legend, "Did you know?")
            .Add(x => x.Hint, "Think about when you signed.").Add(x => x.ErrorMessage, "Select yes or no")
            .Add(x => x.Items, [new RadioItem("yes", "Yes"), new RadioItem("no", "No")]));

        var inputs = cut.FindAll("input[type=radio]");
        Assert.Equal(["answer", "answer-2"], inputs.Select(i => i.Id));
        Assert.All(inputs, i => Assert.Equal("Input.Value", i.GetAttribute("name")));
        Assert.Equal("answer-hint answer-error", cut.Find("fieldset").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void DateInput_WithNamePrefix_PostsBoundNamesButKeepsLinkableIds()
    {
        var cut = Render<DateInput>(p => p.Add(x => x.Prefix, "answer").Add(x => x.NamePrefix, "Input.").Add(x => x.Legend, "When?"));

        Assert.Equal(["answer-day", "answer-month", "answer-year"], cut.FindAll("input").Select(i => i.Id));
        Assert.Equal(["Input.Day", "Input.Month", "Input.Year"], cut.FindAll("input").Select(i => i.GetAttribute("name")));
    }

    [Fact]
    public void TextInput_AsPageHeading_LabelIsInsideTheH1()
    {
        var cut = Render<TextInput>(p => p.Add(x => x.Id, "years").Add(x => x.Label, "Which tax years?").Add(x => x.IsPageHeading, true));

        Assert.Equal("years", cut.Find("h1 label").GetAttribute("for"));
    }

    [Fact]
    public void FactorTable_EachLean_IsShownInWordsWithTheReason()
    {
        FactorAssessment[] factors =
        [
            new("Marital status", FactorLean.Favors, "You are divorced.", Source),
            new("Economic hardship", FactorLean.Neutral, "You can pay basic costs.", Source),
            new("Knowledge", FactorLean.Against, "You knew of the item.", Source),
        ];

        var cut = Render<FactorTable>(p => p.Add(x => x.Factors, factors));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Contains("Helps you", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Neutral", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Counts against you", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("does not count them", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ReliefResultCard_NotSureStep_ShowsTheAssumptionAndEverySource()
    {
        var result = new ReliefResult(ReliefType.InnocentSpouse, Determination.NeedMoreInformation, "We need the date.", Source,
            [new Step(new NodeKey("a-collection-date"), "When did the IRS first try to collect?", "Not sure", Source, "We assumed the earliest date.")],
            ["The regulation text was not confirmed."], []);

        var cut = Render<ReliefResultCard>(p => p.Add(x => x.Result, result).Add(x => x.TaxYear, 2021));

        Assert.Contains("Need more information", cut.Find(".app-result__outcome").TextContent, StringComparison.Ordinal);
        Assert.Contains("We assumed the earliest date.", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("The regulation text was not confirmed.", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(Source.Link, cut.Find(".app-reasons a").GetAttribute("href"));
        Assert.Contains("app-result--need-more-information", cut.Find("section").ClassName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did the IRS take collection action?", "Collection activity")]
    [InlineData("Is there an understatement of tax?", "Understatement")]
    public void Glossary_TermInTheText_IsExplained(string text, string term)
    {
        var cut = Render<Glossary>(p => p.Add(x => x.Text, text));

        Assert.Contains(term, cut.Find("dt").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Glossary_NoKnownTerm_RendersNothing()
    {
        var cut = Render<Glossary>(p => p.Add(x => x.Text, "How many people live with you?"));

        Assert.Empty(cut.Markup.Trim());
    }
}
