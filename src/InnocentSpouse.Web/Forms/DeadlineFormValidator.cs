using FluentValidation;
using FluentValidation.Results;
using InnocentSpouse.Web.Deadlines;

namespace InnocentSpouse.Web.Forms;

/// <summary>
/// Checks the deadline form: a known event, and every date a real date inside the supported years. Each error is
/// keyed by the id of the box to fix, so the error summary can link to it.
/// </summary>
public sealed class DeadlineFormValidator : AbstractValidator<DeadlineForm>
{
    /// <summary>The id of the event choice (its first radio).</summary>
    public const string EventFieldId = "event";

    /// <summary>Creates the validator.</summary>
    public DeadlineFormValidator()
    {
        RuleFor(f => f.Event)
            .Must(e => EventTypes.Find(e) is not null)
            .WithMessage("Choose what happened")
            .OverridePropertyName(EventFieldId);

        RuleFor(f => f).Custom((form, context) =>
        {
            foreach (var fields in form.DatesInUse)
            {
                var check = fields.Check();
                if (!check.IsValid)
                {
                    context.AddFailure(new ValidationFailure(check.FieldId, check.Message));
                }
            }
        });
    }
}
