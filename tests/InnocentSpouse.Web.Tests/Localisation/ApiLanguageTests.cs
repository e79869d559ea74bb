using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Tests.Shared;
using InnocentSpouse.Web.Deadlines;

namespace InnocentSpouse.Web.Tests.Localisation;

/// <summary>
/// Issue 13: the API chooses its language by <c>Accept-Language</c> and says it in <c>Content-Language</c>. The same
/// request in English and in Spanish gives the same invariant fields (keys, values, codes, citations, ISO dates) and
/// Spanish text fields (docs/api.md, "Language").
/// </summary>
public sealed partial class ApiLanguageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>Every event of the calculator (walked from <see cref="EventTypes.All"/>, not a hand list).</summary>
    public static TheoryData<string> EveryEvent => [.. EventTypes.All.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(EveryEvent))]
    public async Task DeadlinesApi_SpanishAndEnglish_SameInvariantFields_SpanishTexts(string eventName)
    {
        var body = DeadlinesRequest(EventTypes.Find(eventName)!);

        var (englishLanguage, english) = await PostAsync("/api/v1/deadlines", body, "en-US");
        var (spanishLanguage, spanish) = await PostAsync("/api/v1/deadlines", body, "es");

        Assert.Equal("en-US", englishLanguage);
        Assert.Equal("es-US", spanishLanguage);
        Assert.Equal(DeadlineInvariants(english), DeadlineInvariants(spanish));
        var englishTexts = DeadlineTexts(english).ToList();
        var spanishTexts = DeadlineTexts(spanish).ToList();
        Assert.Equal(englishTexts.Count, spanishTexts.Count);
        // The event's name (first) quotes the English letter number on purpose ("Carta 4390 (Letter 4390)"), so it
        // need only differ; every deadline text must have no English word left.
        var left = englishTexts.Zip(spanishTexts)
            .Where((p, i) => p.First == p.Second || (i > 0 && EnglishWord().IsMatch(Allowed(p.Second))))
            .Select(p => $"{eventName}: \"{p.Second}\"");
        Assert.Equal([], left);
    }

    [Fact]
    public async Task ScreeningsApi_SpanishAndEnglish_SameInvariantFields_TranslatedPromptsOptionsAndSummaries()
    {
        const string unanswered = """{ "asOf": "2026-11-22", "years": { "2022": {} } }""";
        // Figure A answered in full, the first collection action known only to the month: outcomes, summaries and
        // month-only deadline lines.
        var answered = new JsonObject { ["asOf"] = "2026-03-15", ["household"] = new JsonObject(), ["years"] = new JsonObject { ["2021"] = new JsonObject() } };
        foreach (var (key, value) in Truths.FigureA().With(("first-collection-date", "2024-01")))
        {
            var group = QuestionCatalog.All.Single(q => q.Key.Value == key).Scope == QuestionScope.Household ? answered["household"]! : answered["years"]!["2021"]!;
            group[key] = value;
        }

        var (englishLanguage, english) = await PostAsync("/api/v1/screenings", unanswered, "en-US");
        var (spanishLanguage, spanish) = await PostAsync("/api/v1/screenings", unanswered, "es-MX,es;q=0.9");
        var (_, englishOutcome) = await PostAsync("/api/v1/screenings", answered.ToJsonString(), "en-US");
        var (_, spanishOutcome) = await PostAsync("/api/v1/screenings", answered.ToJsonString(), "es");

        Assert.Equal("en-US", englishLanguage);
        Assert.Equal("es-US", spanishLanguage);
        Assert.Equal(ScreeningInvariants(english), ScreeningInvariants(spanish));
        Assert.Equal(ScreeningInvariants(englishOutcome), ScreeningInvariants(spanishOutcome));

        // The question's prompt, hint and options, and the outcome labels and summaries (every other text field:
        // ScreeningsApi_InSpanish_EveryTextFieldIsSpanish).
        var englishQuestion = english.GetProperty("nextQuestion");
        var spanishQuestion = spanish.GetProperty("nextQuestion");
        Assert.NotEqual(englishQuestion.GetProperty("prompt").GetString(), spanishQuestion.GetProperty("prompt").GetString());
        Assert.NotEqual(englishQuestion.GetProperty("hint").GetString(), spanishQuestion.GetProperty("hint").GetString());
        Assert.All(
            Labels(englishQuestion).Zip(Labels(spanishQuestion)),
            p => Assert.NotEqual(p.First, p.Second));
        var summaries = Reliefs(englishOutcome).Zip(Reliefs(spanishOutcome)).ToList();
        Assert.NotEmpty(summaries);
        Assert.All(summaries, p =>
        {
            Assert.NotEqual(p.First.GetProperty("outcomeLabel").GetString(), p.Second.GetProperty("outcomeLabel").GetString());
            Assert.NotEqual(p.First.GetProperty("summary").GetString(), p.Second.GetProperty("summary").GetString());
        });

        // The deadline lines (this area's texts): every one in Spanish, with no English word left.
        var englishDeadlines = YearDeadlineTexts(englishOutcome).ToList();
        var spanishDeadlines = YearDeadlineTexts(spanishOutcome).ToList();
        Assert.NotEmpty(englishDeadlines);
        Assert.Equal(englishDeadlines.Count, spanishDeadlines.Count);
        Assert.Equal([], englishDeadlines.Zip(spanishDeadlines)
            .Where(p => p.First == p.Second || EnglishWord().IsMatch(Allowed(p.Second)))
            .Select(p => p.Second));
    }

    public static TheoryData<string> TruthTables => [.. Truths.All().Select(t => t.Name)];

    /// <summary>
    /// Every text field of a finished screening (outcomes, summaries, caveats, reasons, assumptions, factors, deadlines,
    /// next steps, evidence, the worksheet, the notice), for every truth table: in Spanish, none is the English and none
    /// has an English word left. Citations (<c>source</c>, <c>sources</c>) and identifiers stay as they are.
    /// </summary>
    [Theory]
    [MemberData(nameof(TruthTables))]
    public async Task ScreeningsApi_InSpanish_EveryTextFieldIsSpanish(string table)
    {
        var body = new JsonObject { ["asOf"] = "2026-03-15", ["household"] = new JsonObject(), ["years"] = new JsonObject { ["2021"] = new JsonObject(), ["2022"] = new JsonObject() } };
        foreach (var (key, value) in Truths.All().Single(t => t.Name == table).Answers)
        {
            var question = QuestionCatalog.All.Single(q => q.Key.Value == key);
            foreach (var group in question.Scope == QuestionScope.Household ? [body["household"]!] : new[] { body["years"]!["2021"]!, body["years"]!["2022"]! })
            {
                group[key] = value;
            }
        }

        var (_, inEnglish) = await PostAsync("/api/v1/screenings", body.ToJsonString(), "en-US");
        var (_, inSpanish) = await PostAsync("/api/v1/screenings", body.ToJsonString(), "es");
        var pairs = TextFields(inEnglish, inSpanish, "$").ToList();

        Assert.True(pairs.Count > 100, $"only {pairs.Count} text fields");
        var english = pairs.Where(p => p.English == p.Spanish || EnglishWord().IsMatch(Allowed(p.Spanish))).ToList();
        Assert.True(english.Count == 0, string.Join('\n', english.Select(p => $"{p.Path}: \"{p.Spanish}\"")));
    }

    /// <summary>The string fields of two answers of the same shape, side by side, with two words or more in English.</summary>
    private static IEnumerable<(string Path, string English, string Spanish)> TextFields(JsonElement english, JsonElement spanish, string path)
    {
        switch (english.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in english.EnumerateObject().Where(p => p.Name is not ("source" or "sources" or "revision")))
                {
                    foreach (var pair in TextFields(property.Value, spanish.GetProperty(property.Name), $"{path}.{property.Name}"))
                    {
                        yield return pair;
                    }
                }

                break;
            case JsonValueKind.Array:
                var spanishItems = spanish.EnumerateArray().ToList();
                foreach (var (item, i) in english.EnumerateArray().Select((e, i) => (e, i)))
                {
                    foreach (var pair in TextFields(item, spanishItems[i], $"{path}[{i}]"))
                    {
                        yield return pair;
                    }
                }

                break;
            case JsonValueKind.String when TwoWords().IsMatch(english.GetString()!):
                yield return (path, english.GetString()!, spanish.GetString()!);
                break;
            default:
                break;
        }
    }

    [GeneratedRegex(@"\p{L}{2,}[,;:.]?\s+\p{L}{2,}")]
    private static partial Regex TwoWords();

    private static IEnumerable<string> YearDeadlineTexts(JsonElement screening) =>
        screening.GetProperty("deadlines").EnumerateArray()
            .SelectMany(y => y.GetProperty("deadlines").EnumerateArray())
            .SelectMany(DeadlineItemTexts);

    private static string DeadlinesRequest(EventTypeInfo info)
    {
        // A letter dated Saturday June 5, 2027: day 30 is Monday July 5, the observed Independence Day.
        var fields = new Dictionary<string, object> { ["event"] = info.Name, ["date"] = "2027-06-05", ["asOf"] = "2027-06-20" };
        if (info.Fields.HasFlag(EventFields.Postmark))
        {
            fields["postmark"] = "2027-06-03";
        }

        if (info.Fields.HasFlag(EventFields.PrintedDate))
        {
            fields["printedDate"] = "2027-07-06";
        }

        if (info.Fields.HasFlag(EventFields.SplitPrintedDates))
        {
            fields["printedCdpPetitionDate"] = "2027-07-05";
            fields["printedInnocentSpousePetitionDate"] = "2027-09-03";
        }

        if (info.Fields.HasFlag(EventFields.LienFilingDate))
        {
            fields["lienFilingDate"] = "2027-06-01";
        }

        if (info.Fields.HasFlag(EventFields.Abroad))
        {
            fields["addressedOutsideUnitedStates"] = true;
        }

        if (info.Fields.HasFlag(EventFields.ReturnDates))
        {
            fields["returnDueDate"] = "2027-04-15";
            fields["paymentDates"] = new[] { "2027-06-05", "2028-02-29" };
        }

        return JsonSerializer.Serialize(fields);
    }

    /// <summary>What must not change with the language: codes, ISO dates, numbers, booleans and citations.</summary>
    private static string DeadlineInvariants(JsonElement response) => string.Join("\n",
        new[] { Raw(response, "event"), Raw(response, "asOf") }.Concat(
            response.GetProperty("deadlines").EnumerateArray().SelectMany(d => new[]
            {
                Raw(d, "id"), Raw(d, "kind"), Raw(d, "date"), Raw(d, "weekday"), Raw(d, "actBy"), Raw(d, "isLowerBound"),
                Raw(d, "isTaxCourtPetition"), Raw(d, "canBeExtended"), Raw(d, "sources"),
                Raw(d.GetProperty("working"), "anchor"), Raw(d.GetProperty("working"), "counted"), Raw(d.GetProperty("working"), "dayNumber"),
                string.Join(",", d.GetProperty("working").GetProperty("rollSteps").EnumerateArray().Select(s => Raw(s, "from") + Raw(s, "to"))),
                string.Join(",", d.GetProperty("alternatives").EnumerateArray().Select(a => Raw(a, "date"))),
                d.GetProperty("status").ValueKind == JsonValueKind.Null ? "" : Raw(d.GetProperty("status"), "asOf") + Raw(d.GetProperty("status"), "days"),
            })));

    /// <summary>Every text field of a deadlines answer, in order.</summary>
    private static IEnumerable<string> DeadlineTexts(JsonElement response)
    {
        yield return response.GetProperty("eventName").GetString()!;
        yield return response.GetProperty("notice").GetString()!;
        foreach (var text in response.GetProperty("deadlines").EnumerateArray().SelectMany(DeadlineItemTexts))
        {
            yield return text;
        }
    }

    /// <summary>Every text field of one deadline, in order.</summary>
    private static IEnumerable<string> DeadlineItemTexts(JsonElement d)
    {
        foreach (var name in DeadlineTextFields)
        {
            yield return d.GetProperty(name).GetString()!;
        }

        var working = d.GetProperty("working");
        foreach (var text in working.GetProperty("lines").EnumerateArray()
            .Concat(working.GetProperty("rollSteps").EnumerateArray().Select(s => s.GetProperty("reason")))
            .Concat(d.GetProperty("alternatives").EnumerateArray().Select(a => a.GetProperty("reading")))
            .Concat(d.GetProperty("caveats").EnumerateArray()))
        {
            yield return text.GetString()!;
        }

        if (d.GetProperty("status").ValueKind != JsonValueKind.Null)
        {
            yield return d.GetProperty("status").GetProperty("text").GetString()!;
        }
    }

    /// <summary>The keys, values, outcome codes, citations and ISO dates of a screening answer.</summary>
    private static string ScreeningInvariants(JsonElement response)
    {
        var parts = new List<string> { Raw(response, "asOf"), Raw(response, "revision"), Raw(response, "complete") };
        if (response.GetProperty("nextQuestion") is { ValueKind: JsonValueKind.Object } q)
        {
            parts.AddRange([Raw(q, "key"), Raw(q, "taxYear"), Raw(q, "scope"), Raw(q, "kind"), Raw(q, "notSureAllowed"),
                Raw(q, "approximateAllowed"), Raw(q, "relief"), Raw(q, "source")]);
            parts.AddRange(q.GetProperty("options").EnumerateArray().Select(o => Raw(o, "value")));
        }

        foreach (var year in response.GetProperty("years").EnumerateArray())
        {
            parts.Add(Raw(year, "taxYear"));
            foreach (var relief in year.GetProperty("reliefs").EnumerateArray())
            {
                parts.AddRange([Raw(relief, "relief"), Raw(relief, "outcome"), Raw(relief, "source")]);
                parts.AddRange(relief.GetProperty("reasons").EnumerateArray().Select(r => Raw(r, "node") + Raw(r, "key") + Raw(r, "source")));
            }
        }

        foreach (var year in response.GetProperty("deadlines").EnumerateArray())
        {
            parts.Add(Raw(year, "taxYear"));
            parts.AddRange(year.GetProperty("deadlines").EnumerateArray().Select(d => Raw(d, "id") + Raw(d, "kind") + Raw(d, "date") + Raw(d, "actBy") + Raw(d, "sources")));
        }

        parts.AddRange(response.GetProperty("nextSteps").EnumerateArray().Select(s => Raw(s, "id") + Raw(s, "sources")));
        parts.AddRange(response.GetProperty("evidence").EnumerateArray().Select(e => Raw(e, "id") + Raw(e, "importance") + Raw(e, "taxYears") + Raw(e, "sources")));
        return string.Join("\n", parts);
    }

    private static IEnumerable<string?> Labels(JsonElement question) =>
        question.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("label").GetString());

    private static IEnumerable<JsonElement> Reliefs(JsonElement response) =>
        response.GetProperty("years").EnumerateArray().SelectMany(y => y.GetProperty("reliefs").EnumerateArray());

    private static string Raw(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetRawText() : "-";

    private async Task<(string Language, JsonElement Body)> PostAsync(string path, string json, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var response = await factory.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var document = JsonDocument.Parse(text);
        return (Assert.Single(response.Content.Headers.ContentLanguage), document.RootElement.Clone());
    }

    /// <summary>English kept on purpose: form titles as printed, citation abbreviations and the headings they cite (docs/glossary-es.md).</summary>
    private static string Allowed(string spanish) =>
        AllowedEnglish.Aggregate(spanish, (t, phrase) => t.Replace(phrase, " ", StringComparison.Ordinal));

    private static readonly string[] DeadlineTextFields = ["title", "rule", "extensionNote", "filingNote"];

    private static readonly string[] AllowedEnglish =
        ["Injured Spouse Allocation", "Statement of Disagreement", "T.C. Memo.", "T.C. No.", "Q&A-C3", "Treas. Reg.", "When To File"];

    /// <summary>English words no Spanish sentence has.</summary>
    [GeneratedRegex(@"\b(the|and|is|of|to|you|your|day|days|date|last|was|not|by|this|that|with|from|for|if|it|be|are|can|may|after|before|which|until|or|on|at|has|holiday|business|filed|letter|notice|year|years|observed|payment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();
}
