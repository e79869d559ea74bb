using FluentValidation;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Web.Deadlines;
using Microsoft.Extensions.Options;

namespace InnocentSpouse.Web.Api;

/// <summary><c>POST /api/v1/deadlines</c>: the deadlines an event starts, with their working (docs/api.md).</summary>
public static class DeadlinesApi
{
    /// <summary>Shown with every answer.</summary>
    public const string Notice =
        "Not the IRS and not legal advice. Check every date against your letter; the Tax Court deadline cannot be extended.";

    /// <summary>Maps the endpoint on the versioned API group.</summary>
    public static RouteGroupBuilder MapDeadlinesApi(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/deadlines", CalculateAsync)
            .WithName("CalculateDeadlines")
            .WithSummary("Compute the deadlines an IRS letter or event starts, with the working and citations.")
            .WithDescription("Counts calendar days from the day after the earlier of the letter date and the postmark, rolls the last day "
                + "forward over Saturdays, Sundays and D.C. legal holidays (IRC §7503), and returns each deadline with its rule, "
                + "sources and caveats. Allowed events: " + EventTypes.NameList + ".")
            .Accepts<DeadlinesRequest>("application/json")
            .Produces<DeadlinesResponse>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    private static async Task<IResult> CalculateAsync(
        HttpRequest request, IValidator<DeadlinesRequest> validator, IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        var read = await ApiJson.ReadAsync<DeadlinesRequest>(request, options.Value.MaxBodyBytes, cancellationToken);
        if (!read.Ok)
        {
            return read.ToProblem();
        }

        var body = read.Value!;
        var validation = await validator.ValidateAsync(body, cancellationToken);
        if (!validation.IsValid)
        {
            return Invalid(validation.ToDictionary());
        }

        var info = EventTypes.Find(body.Event)!;
        try
        {
            var evt = DeadlinesRequestValidator.ToEvent(body, info);
            var deadlines = DeadlineCalculator.For(evt, body.AsOf);
            return Results.Json(
                new DeadlinesResponse(info.Name, info.PlainName, body.AsOf, [.. deadlines.Select(DeadlineDto.From)], Localisation.WebTexts.ApiDeadlinesNotice),
                ApiJson.Options);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The validator checks the same range; this is a backstop so user input can never cause a 500.
            return Invalid(new Dictionary<string, string[]> { ["$"] = ["A date is outside the supported years."] });
        }
    }

    private static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors,
            detail: "Fix the fields listed in errors. Field reference and allowed values: docs/api.md, section POST /api/v1/deadlines.");
}
