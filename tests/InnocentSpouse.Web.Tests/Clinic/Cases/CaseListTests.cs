using InnocentSpouse.Data.Clinic;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Clinic.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace InnocentSpouse.Web.Tests.Clinic.Cases;

/// <summary>The case list's order, days left, filters and pages (issue 14), on list rows as the store returns them.</summary>
public sealed class CaseListTests
{
    private static readonly DateOnly Today = ManualClock.DefaultToday;

    private static readonly IReadOnlyList<StaffName> Staff = [new("u-ana", "Ana R."), new("u-ben", "Ben T.")];

    private static CaseRow Row(string id, string label, int? daysFromToday, CaseStatus status = CaseStatus.Intake, string? assigned = null, string[]? reliefs = null, bool abuse = false) =>
        new(id, status, assigned, DateTime.UnixEpoch, "rev", new CaseSummary(label, [2023], daysFromToday is { } d ? Today.AddDays(d) : null, reliefs ?? [], abuse));

    [Fact]
    public void DefaultOrder_OverdueThenSoonThenLaterThenNone_TiesByLabel()
    {
        var rows = new[]
        {
            Row("1", "No deadline", null),
            Row("2", "Later", 60),
            Row("3", "Soon B", 10),
            Row("4", "Overdue", -3),
            Row("5", "Soon A", 10),
            Row("6", "Due today", 0),
        };

        var page = CaseList.Build(rows, CaseListQuery.Default, "u-ana", Staff, Today);

        Assert.Equal(["Overdue", "Due today", "Soon A", "Soon B", "Later", "No deadline"], page.Items.Select(i => i.Label));
        Assert.Equal([Urgency.Overdue, Urgency.Soon, Urgency.Soon, Urgency.Soon, Urgency.Later, Urgency.None], page.Items.Select(i => i.Urgency));
    }

    [Fact]
    public void DaysLeft_CountedFromToday_NegativeWhenOverdue_SoonUpTo14Days()
    {
        var page = CaseList.Build([Row("a", "A", -3), Row("b", "B", 14), Row("c", "C", 15)], CaseListQuery.Default, "u-ana", Staff, Today);

        Assert.Equal([-3, 14, 15], page.Items.Select(i => i.DaysLeft ?? 999));
        Assert.Equal([Urgency.Overdue, Urgency.Soon, Urgency.Later], page.Items.Select(i => i.Urgency));
    }

    [Fact]
    public void Filters_StatusVolunteerMeUnassignedAndRelief()
    {
        var rows = new[]
        {
            Row("1", "Mine screened", 5, CaseStatus.Screened, "u-ana", ["InnocentSpouse"]),
            Row("2", "Ben's screened", 6, CaseStatus.Screened, "u-ben", ["EquitableRelief"]),
            Row("3", "Nobody's", 7, CaseStatus.Intake, null, ["EquitableRelief", "InnocentSpouse"]),
        };
        string[] Labels(CaseListQuery q) => [.. CaseList.Build(rows, q, "u-ana", Staff, Today).Items.Select(i => i.Label)];

        Assert.Equal(["Mine screened", "Ben's screened"], Labels(CaseListQuery.Default with { Status = CaseStatus.Screened }));
        Assert.Equal(["Mine screened"], Labels(CaseListQuery.Default with { Volunteer = CaseListQuery.Me }));
        Assert.Equal(["Nobody's"], Labels(CaseListQuery.Default with { Volunteer = CaseListQuery.Unassigned }));
        Assert.Equal(["Ben's screened"], Labels(CaseListQuery.Default with { Volunteer = "u-ben" }));
        Assert.Equal(["Ben's screened", "Nobody's"], Labels(CaseListQuery.Default with { Relief = ReliefType.EquitableRelief }));
        Assert.Equal(["Nobody's"], Labels(CaseListQuery.Default with { Relief = ReliefType.InnocentSpouse, Status = CaseStatus.Intake }));
    }

    [Fact]
    public void Volunteer_ShownByDisplayName()
    {
        var page = CaseList.Build([Row("1", "A", 1, assigned: "u-ben"), Row("2", "B", 2)], CaseListQuery.Default, "u-ana", Staff, Today);

        Assert.Equal(["Ben T.", null], page.Items.Select(i => i.Volunteer));
    }

    [Fact]
    public void Paging_50PerPage_LastPageHasTheRest_PageBeyondEndShowsLast()
    {
        var rows = Enumerable.Range(0, 2000).Select(i => Row($"id{i:D4}", $"Case {i:D4}", i % 400 - 100)).ToList();

        var first = CaseList.Build(rows, CaseListQuery.Default, "u-ana", Staff, Today);
        var last = CaseList.Build(rows, CaseListQuery.Default with { Page = 40 }, "u-ana", Staff, Today);
        var beyond = CaseList.Build(rows, CaseListQuery.Default with { Page = 99 }, "u-ana", Staff, Today);

        Assert.Equal((50, 2000, 40), (first.Items.Count, first.Total, first.Pages));
        Assert.Equal(-100, first.Items[0].DaysLeft);
        Assert.Equal(50, last.Items.Count);
        Assert.Equal(299, last.Items[^1].DaysLeft);
        Assert.Equal(40, beyond.Page);
        var all = Enumerable.Range(1, 40).SelectMany(p => CaseList.Build(rows, CaseListQuery.Default with { Page = p }, "u-ana", Staff, Today).Items).Select(i => i.Id).ToList();
        Assert.Equal(2000, all.Distinct().Count());
    }

    [Fact]
    public void Query_ReadsKnownValues_IgnoresUnknown_AndWritesTheSameUrlBack()
    {
        var query = CaseListQuery.From(new QueryCollection(new Dictionary<string, StringValues>
        {
            ["status"] = "TaxCourt", ["volunteer"] = "me", ["relief"] = "EquitableRelief", ["sort"] = "Label", ["page"] = "3",
        }));
        var junk = CaseListQuery.From(new QueryCollection(new Dictionary<string, StringValues> { ["status"] = "7", ["relief"] = "nope", ["sort"] = "x", ["page"] = "-2" }));

        Assert.Equal(new CaseListQuery(CaseStatus.TaxCourt, "me", ReliefType.EquitableRelief, CaseSort.Label, 3), query);
        Assert.Equal("/clinic?status=TaxCourt&volunteer=me&relief=EquitableRelief&sort=Label&page=3", query.Url());
        Assert.Equal(CaseListQuery.Default, junk);
        Assert.Equal("/clinic", junk.Url());
    }

    [Theory]
    [InlineData("123-45-6789", true)]
    [InlineData("123456789", true)]
    [InlineData("12-3456789", true)]
    [InlineData("123 45 6789", true)]
    [InlineData("J.D.", false)]
    [InlineData("JD 2023", false)]
    [InlineData("1234567890", false)]
    [InlineData("12345678", false)]
    public void Label_NineDigitsWithOrWithoutDashes_LooksLikeTin(string text, bool expected) =>
        Assert.Equal(expected, CaseForm.LooksLikeTin(text));
}
