using FluentValidation;
using FluentValidation.Results;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Web.Deadlines;

namespace InnocentSpouse.Web.Api;

/// <summary>
/// Checks a deadlines request: a known event, a date, every date inside the supported years, only the fields
/// the event uses, and then the dates together (<see cref="DeadlineInputChecks"/>). Errors are keyed by JSON path
/// ("$.date"), like the errors <see cref="ApiJson"/> reports.
/// </summary>
public sealed class DeadlinesRequestValidator : AbstractValidator<DeadlinesRequest>
{
    private static readonly string _range = $"Dates must be between {SupportedDates.FirstYear}-01-01 and {SupportedDates.LastYear}-12-31.";

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
            var valid = true;
            if (request.PaymentDates is { Length: > ApiLimits.MaxPaymentDates } payments)
            {
                // Refused before anything is computed: one request must not ask for megabytes of deadlines.
                context.AddFailure(new ValidationFailure("$.paymentDates",
                    $"Send at most {ApiLimits.MaxPaymentDates} payment dates in one request; this one has {payments.Length}."));
                return;
            }

            foreach (var (value, path) in new[]
            {
                (request.Date, "$.date"), (request.Postmark, "$.postmark"), (request.PrintedDate, "$.printedDate"),
                (request.PrintedCdpPetitionDate, "$.printedCdpPetitionDate"), (request.PrintedInnocentSpousePetitionDate, "$.printedInnocentSpousePetitionDate"),
                (request.LienFilingDate, "$.lienFilingDate"), (request.ReturnDueDate, "$.returnDueDate"), (request.AsOf, "$.asOf"),
            }.Concat((request.PaymentDates ?? []).Select((d, i) => ((DateOnly?)d, $"$.paymentDates[{i}]"))))
            {
                if (value is { } d && !SupportedDates.Contains(d))
                {
                    valid = false;
                    context.AddFailure(new ValidationFailure(path, _range));
                }
            }

            if (EventTypes.Find(request.Event) is not { } info)
            {
                return;
            }

            valid &= NotUsed(context, info, EventFields.Postmark, request.Postmark is not null, "$.postmark");
            if (info.Fields.HasFlag(EventFields.SplitPrintedDates) && request.PrintedDate is not null)
            {
                valid = false;
                context.AddFailure(new ValidationFailure("$.printedDate",
                    $"\"{info.Name}\" has two deadlines, so say which one the printed date is for: send it as printedCdpPetitionDate "
                    + "(the 30-day collection petition) or printedInnocentSpousePetitionDate (the 90-day innocent spouse petition), or both."));
            }
            else
            {
                valid &= NotUsed(context, info, EventFields.PrintedDate, request.PrintedDate is not null, "$.printedDate");
            }

            valid &= NotUsed(context, info, EventFields.SplitPrintedDates, request.PrintedCdpPetitionDate is not null, "$.printedCdpPetitionDate");
            valid &= NotUsed(context, info, EventFields.SplitPrintedDates, request.PrintedInnocentSpousePetitionDate is not null, "$.printedInnocentSpousePetitionDate");
            valid &= NotUsed(context, info, EventFields.LienFilingDate, request.LienFilingDate is not null, "$.lienFilingDate");
            valid &= NotUsed(context, info, EventFields.Abroad, request.AddressedOutsideUnitedStates is true, "$.addressedOutsideUnitedStates");
            valid &= NotUsed(context, info, EventFields.ReturnDates, request.ReturnDueDate is not null, "$.returnDueDate");
            valid &= NotUsed(context, info, EventFields.ReturnDates, request.PaymentDates is { Length: > 0 }, "$.paymentDates");
            if (!valid || request.Date is null)
            {
                return;
            }

            // The dates taken together: implausible combinations are a 400 with a question, not a date.
            foreach (var problem in DeadlineInputChecks.Check(ToEvent(request, info)))
            {
                context.AddFailure(new ValidationFailure(PathOf(problem.Input), problem.Message));
            }
        });
    }

    /// <summary>The domain event for a request that passed the field checks (dates in range, event known, date given).</summary>
    public static DeadlineEvent ToEvent(DeadlinesRequest request, EventTypeInfo info)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(info);
        return new DeadlineEvent(info.Type, request.Date!.Value, request.Postmark, request.PrintedDate,
            request.AddressedOutsideUnitedStates ?? false, request.ReturnDueDate, [.. request.PaymentDates ?? []])
        {
            PrintedCdpPetitionDate = request.PrintedCdpPetitionDate,
            PrintedInnocentSpousePetitionDate = request.PrintedInnocentSpousePetitionDate,
            LienFilingDate = request.LienFilingDate,
        };
    }

    private static string PathOf(DeadlineInput input) => input switch
    {
        DeadlineInput.Postmark => "$.postmark",
        DeadlineInput.PrintedDate => "$.printedDate",
        DeadlineInput.PrintedCdpPetitionDate => "$.printedCdpPetitionDate",
        DeadlineInput.PrintedInnocentSpousePetitionDate => "$.printedInnocentSpousePetitionDate",
        DeadlineInput.LienFilingDate => "$.lienFilingDate",
        DeadlineInput.ReturnDueDate => "$.returnDueDate",
        _ => "$.date",
    };

    /// <summary>Adds a failure when a field is given for an event that does not use it; false when it did.</summary>
    private static bool NotUsed(ValidationContext<DeadlinesRequest> context, EventTypeInfo info, EventFields field, bool given, string path)
    {
        if (given && !info.Fields.HasFlag(field))
        {
            var users = EventTypes.All.Where(e => e.Fields.HasFlag(field)).Select(e => e.Name);
            context.AddFailure(new ValidationFailure(path,
                $"This field does not apply to \"{info.Name}\". It is used only with: {string.Join(", ", users)}."));
            return false;
        }

        return true;
    }
}
