using System.Reflection;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Flowcharts;
using InnocentSpouse.Domain.Letters;
using InnocentSpouse.Domain.Sources;

namespace InnocentSpouse.Domain.Tests.Sources;

/// <summary>
/// One citation registry (<see cref="Citations"/>): every statute and regulation cited anywhere (charts, letters,
/// deadlines, the registry itself) has the one shape the builders give it and links to its own section.
/// </summary>
public class CitationTests
{
    public static TheoryData<string, SourceRef> EveryCitation()
    {
        var data = new TheoryData<string, SourceRef>();
        var registry = typeof(Citations).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(SourceRef))
            .Select(p => ($"Citations.{p.Name}", (SourceRef)p.GetValue(null)!));
        var charts = FlowchartCatalog.Pub971Dec2021.All.SelectMany(c => c.Nodes.Select(n => ($"{c.Id}/{n.Key}", n.Source)).Prepend((c.Id, c.Source)));
        var letters = LetterCatalog.All.SelectMany(l => l.Sources.Select(s => ($"letter {l.Id}", s)));
        var day = new DateOnly(2026, 6, 1);
        var deadlines = Enum.GetValues<DeadlineEventType>()
            .SelectMany(type => DeadlineCalculator.For(new DeadlineEvent(type, day, paymentDates: [day])))
            .SelectMany(d => d.Sources.Select(s => ($"deadline {d.Id}", s)));
        foreach (var (where, source) in registry.Concat(charts).Concat(letters).Concat(deadlines).DistinctBy(x => x.Item2))
        {
            data.Add(where, source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCitation))]
    public void Citation_StatuteOrRegulation_HasTheRegistryShapeAndLinksToItsOwnSection(string where, SourceRef source)
    {
        Assert.False(source.Document.StartsWith("IRC §", StringComparison.Ordinal), $"{where}: build IRC citations with Citations.Irc");
        Assert.False(source.Document.StartsWith("Treas. Reg. §", StringComparison.Ordinal), $"{where}: build regulations with Citations.Reg");
        if (source.Document == "IRC")
        {
            Assert.Equal("https://www.law.cornell.edu/uscode/text/26/" + Section(source.Locator), source.Link);
        }
        else if (source.Document == "Treas. Reg.")
        {
            Assert.Equal("https://www.law.cornell.edu/cfr/text/26/" + Section(source.Locator), source.Link);
        }
    }

    // An independent reading of the section number: "§6015(b)(1)(E), (c)(3)(B)" → "6015"; "§1.6015-5(b)(2)" → "1.6015-5".
    private static string Section(string locator) =>
        System.Text.RegularExpressions.Regex.Match(locator, @"^§\s*([0-9]+(?:\.[0-9]+)?(?:-[0-9]+)?)").Groups[1].Value;

    [Theory]
    [MemberData(nameof(EveryCitation))]
    public void Citation_Link_IsAnAbsoluteWebAddress(string where, SourceRef source)
    {
        if (source.Link is { } link)
        {
            Assert.True(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http", $"{where}: {link}");
        }
    }

    [Theory]
    [InlineData("§6330(d)(1)", "IRC §6330(d)(1)", "https://www.law.cornell.edu/uscode/text/26/6330")]
    [InlineData("§6015(b)(1)(E), (c)(3)(B)", "IRC §6015(b)(1)(E), (c)(3)(B)", "https://www.law.cornell.edu/uscode/text/26/6015")]
    public void Irc_Section_ReadsAsOneCitationAndLinksToTheSection(string section, string display, string link)
    {
        var source = Citations.Irc(section);

        Assert.Equal(display, source.Display);
        Assert.Equal(link, source.Link);
    }

    [Fact]
    public void Reg_Section_LinksToTheRegulation()
    {
        var source = Citations.Reg("§1.6015-5(b)(2)(ii)");

        Assert.Equal("Treas. Reg. §1.6015-5(b)(2)(ii)", source.Display);
        Assert.Equal("https://www.law.cornell.edu/cfr/text/26/1.6015-5", source.Link);
    }

    [Fact]
    public void Registry_IsTheOnlyOne()
    {
        var registries = typeof(Citations).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t != typeof(Citations)
                && t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Count(p => p.PropertyType == typeof(SourceRef))
                 + t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Count(f => f.FieldType == typeof(SourceRef)) > 3)
            .Select(t => t.FullName);

        Assert.Empty(registries);
    }
}
