using FluentValidation;
using FluentValidation.Results;
using InnocentSpouse.Web.Deadlines;
using InnocentSpouse.Web.Forms;

namespace InnocentSpouse.Web.Api;

/// <summary>
/// Checks a deadlines request: a known event, a date, every date inside the supported years, and only the fields
/// the event uses. Errors are keyed by JSON path ("$.date"), like the errors <see cref="ApiJson"/> reports.
/// </summary>
public sealed class DeadlinesRequestValidator : AbstractValidator<DeadlinesRequest>
{
    private static readonly string _range = $"Dates must be between {DateFields.FirstYear}-01-01 and {DateFields.LastYear}-12-31.";

    /// <summary>Creates the validator.</summary>
    public DeadlinesRequestValidator()
    {
        RuleFor(r => r.Event)
            .Must(e => EventTypes.Find(e) is not null)
            .WithMessage(r => string.IsNullOrWhiteSpace(r.Event)
                ? $"Give the event. Allowed values: {EventTypes.NameList}."
                : $"Unknown event. Allowed values: {EventTypes.NameList}.")
            .OverridePropertyName("$.event");

        RuleFor(r => r.Date).NotNull().WithMessage("Give the date of the letter or event, for example \"2026-03-02\".").OverridePropertyName("$.date");

        RuleFor(r => r).Custom((request, context) =>
        {
            foreach (var (value, path) in new[]
            {
                (request.Date, "$.date"), (request.Postmark, "$.postmark"), (request.PrintedDate, "$.printedDate"),
                (request.ReturnDueDate, "$.returnDueDate"), (request.AsOf, "$.asOf"),
            }.Concat((request.PaymentDates ?? []).Select((d, i) => ((DateOnly?)d, $"$.paymentDates[{i}]"))))
            {
                if (value is { } d && (d.Year < DateFields.FirstYear || d.Year > DateFields.LastYear))
                {
                    context.AddFailure(new ValidationFailure(path, _range));
                }
            }

            if (EventTypes.Find(request.Event) is not { } info)
            {
                return;
            }

            NotUsed(context, info, EventFields.Postmark, request.Postmark is not null, "$.postmark");
            NotUsed(context, info, EventFields.PrintedDate, request.PrintedDate is not null, "$.printedDate");
            NotUsed(context, info, EventFields.Abroad, request.AddressedOutsideUnitedStates is true, "$.addressedOutsideUnitedStates");
            NotUsed(context, info, EventFields.ReturnDates, request.ReturnDueDate is not null, "$.returnDueDate");
            NotUsed(context, info, EventFields.ReturnDates, request.PaymentDates is { Length: > 0 }, "$.paymentDates");
        });
    }

    private static void NotUsed(ValidationContext<DeadlinesRequest> context, EventTypeInfo info, EventFields field, bool given, string path)
    {
        if (given && !info.Fields.HasFlag(field))
        {
            var users = EventTypes.All.Where(e => e.Fields.HasFlag(field)).Select(e => e.Name);
            context.AddFailure(new ValidationFailure(path,
                $"This field does not apply to \"{info.Name}\". It is used only with: {string.Join(", ", users)}."));
        }
    }
}
