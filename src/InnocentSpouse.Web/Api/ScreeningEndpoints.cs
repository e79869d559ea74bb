using System.Globalization;
using System.Text.Json;
using InnocentSpouse.Domain.Eligibility;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Domain.Report;
using InnocentSpouse.Web.Localisation;
using InnocentSpouse.Web.Record;
using InnocentSpouse.Web.Time;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Api;

/// <summary><c>POST /api/v1/screenings</c>: answers in, outcomes and reasons (or the next question) out.</summary>
public static class ScreeningEndpoints
{
    /// <summary>The statement every response carries, once, in the request's language (the PDF record's words).</summary>
    public static string Notice => WebTexts.RecordNotice;

    /// <summary>Maps the endpoint on the API group.</summary>
    public static RouteGroupBuilder MapScreenings(this RouteGroupBuilder api)
    {
        api.MapPost("/screenings", ScreenAsync)
            .WithName("Screen")
            .WithSummary("Screen one or more tax years for relief from joint liability")
            .WithDescription("Evaluates every relief (Form 8379 routing, §6015(b), (c), (f), §66(c)) for every tax year. " +
                "Returns the next unanswered question when answers are missing. The same report as the results page: per tax year the " +
                "outcomes and the deadlines that apply (with their working and sources), and the next steps, each with its sources. " +
                "With Accept: application/pdf, the same report as the PDF record (the results page's download).")
            .Accepts<ScreeningRequest>("application/json")
            .Produces<ScreeningResponse>()
            .AddOpenApiOperationTransformer(RecordEndpoints.DescribePdfResponse)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<IResult> ScreenAsync(HttpRequest request, AppToday today, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var format = ScreeningFormats.From(request);
        if (format == ScreeningFormat.NotAcceptable)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "The Accept header asks for a format this endpoint does not send.",
                detail: "Ask for application/json (the default) or application/pdf (the PDF record of the same report); see docs/api.md.");
        }

        var body = await ApiJson.ReadAsync<ScreeningRequest>(request, options.Value.MaxBodyBytes, cancellationToken);
        if (!body.Ok)
        {
            return body.ToProblem();
        }

        if (TooMany(body.Value!) is { Count: > 0 } tooMany)
        {
            return TypedResults.ValidationProblem(tooMany, title: "The request has too many items.",
                detail: "Each entry under \"errors\" names a field and its limit. Limits: docs/api.md.");
        }

        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var answers = ToAnswers(body.Value!, errors);
        var asOf = body.Value!.AsOf ?? today.Date;
        if (asOf.Year is < TaxYears.Earliest or > TaxYears.Latest)
        {
            Add(errors, "asOf", $"Use a date from {TaxYears.Earliest} to {TaxYears.Latest}, written yyyy-MM-dd.");
            asOf = today.Date;
        }
        foreach (var problem in ScreeningAnswersValidator.Validate(answers, asOf))
        {
            Add(errors, problem.Field, problem.Message);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
                title: "Some answers are not valid.",
                detail: "Each entry under \"errors\" names a field and says what is allowed. Keys and values: docs/api.md.");
        }

        var report = ScreeningReport.Build(answers, asOf);
        // The API does not know the person's "plain page titles" choice, so the PDF always has the plain name and title.
        return format == ScreeningFormat.Pdf
            ? RecordEndpoints.Pdf(report, discreet: true)
            : TypedResults.Json(ToResponse(report), ApiJson.Options);
    }

    /// <summary>The groups holding more items than <see cref="ApiLimits"/> allows, each with its limit.</summary>
    private static Dictionary<string, string[]> TooMany(ScreeningRequest body)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body.Years is { Count: > ApiLimits.MaxTaxYears } years)
        {
            errors["years"] = [$"Send at most {ApiLimits.MaxTaxYears} tax years in one request; this one has {years.Count}."];
        }

        if (body.Household is { Count: > ApiLimits.MaxAnswersPerGroup } household)
        {
            errors["household"] = [$"Send at most {ApiLimits.MaxAnswersPerGroup} answers under household; this one has {household.Count}."];
        }

        foreach (var (year, answers) in body.Years ?? [])
        {
            if (answers is { Count: > ApiLimits.MaxAnswersPerGroup })
            {
                errors["years." + year] = [$"Send at most {ApiLimits.MaxAnswersPerGroup} answers for one tax year; this one has {answers.Count}."];
            }
        }

        return errors;
    }

    /// <summary>The readable part of the body as answers; what cannot be read is reported in <paramref name="errors"/>.</summary>
    private static ScreeningAnswers ToAnswers(ScreeningRequest body, Dictionary<string, List<string>> errors)
    {
        var household = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in body.Household ?? [])
        {
            if (ToValue(value) is { } text)
            {
                household[key] = text;
            }
            else
            {
                Add(errors, "household." + key, "Give the answer as a string, e.g. \"yes\", \"2024-03-01\" or \"1200\".");
            }
        }

        var years = new Dictionary<int, IReadOnlyDictionary<string, string>>();

        foreach (var (yearText, yearAnswers) in body.Years ?? [])
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                Add(errors, "years." + yearText, $"'{yearText}' is not a tax year. Use four digits, e.g. \"2021\".");
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in yearAnswers ?? [])
            {
                if (ToValue(value) is { } text)
                {
                    values[key] = text;
                }
                else
                {
                    Add(errors, $"years.{yearText}.{key}", "Give the answer as a string, e.g. \"yes\", \"2024-03-01\" or \"1200\".");
                }
            }

            years[year] = values;
        }

        return ScreeningAnswers.From(household, years);
    }

    /// <summary>Strings as given; whole numbers as their digits (money and counts); anything else is refused.</summary>
    private static string? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    private static ScreeningResponse ToResponse(ScreeningReport report) => new(
        report.AsOf,
        report.Revision,
        report.IsComplete,
        report.NextQuestion is { } next ? ToDto(next.Question, next.TaxYear, next.Relief) : null,
        [.. report.Years.Select(y => new YearDto(y.TaxYear, [.. y.Reliefs.Select(ToDto)]))],
        [.. report.Years.Select(y => new YearDeadlinesDto(y.TaxYear, [.. y.Deadlines.Select(DeadlineDto.From)]))],
        [.. report.NextSteps.Select(NextStepDto.From)],
        [.. report.Evidence.Select(EvidenceItemDto.From)],
        WorksheetDto.From(report.Form8857),
        Notice);

    /// <summary>A question as the API describes it.</summary>
    public static QuestionDto ToDto(Question question, int? taxYear, ReliefType? relief)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new QuestionDto(
            question.Key.Value,
            taxYear,
            question.Scope == QuestionScope.Household ? "household" : "year",
            JsonNamingPolicy.KebabCaseLower.ConvertName(question.Kind.ToString()),
            question.Prompt,
            question.Hint,
            [.. question.Options.Select(o => new OptionDto(o.Value, o.Label))],
            question.AllowsNotSure,
            question.AllowsApproximate,
            ScreeningAnswersValidator.Allowed(question),
            relief is { } r ? ReliefCode(r) : null,
            SourceDto.From(question.Source));
    }

    private static ReliefDto ToDto(ReliefResult relief) => new(
        ReliefCode(relief.Relief),
        DeterminationText.Name(relief.Relief),
        DeterminationText.Code(relief.Determination),
        DeterminationText.Label(relief.Determination),
        relief.Summary,
        SourceDto.From(relief.Source),
        [.. relief.Reasons.Select(s => new ReasonDto(s.Node.Value, s.Fact?.Value, s.Question, s.Answer, s.Assumption, SourceDto.From(s.Source)))],
        relief.Caveats,
        [.. relief.Factors.Select(f => new FactorDto(f.Factor, JsonNamingPolicy.KebabCaseLower.ConvertName(f.Lean.ToString()), f.Because, SourceDto.From(f.Source)))]);

    private static string ReliefCode(ReliefType relief) => JsonNamingPolicy.KebabCaseLower.ConvertName(relief.ToString());
}
