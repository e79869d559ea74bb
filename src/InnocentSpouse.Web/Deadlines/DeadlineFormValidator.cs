using FluentValidation;
using FluentValidation.Results;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Web.Localisation;

namespace InnocentSpouse.Web.Deadlines;

/// <summary>
/// Checks the deadline form: a known event, every date a real date inside the supported years, and then the dates
/// together (<see cref="DeadlineInputChecks"/>: a postmark decades before the letter, a printed last day before it, a
/// Letter 4390 date in the wrong box). Each error is keyed by the id of the box to fix, so the error summary can link to it.
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
            .WithMessage(_ => WebTexts.DeadlinesChooseError)
            .OverridePropertyName(EventFieldId);

        RuleFor(f => f).Custom((form, context) =>
        {
            var valid = true;
            foreach (var fields in form.DatesInUse)
            {
                var check = fields.Check();
                if (!check.IsValid)
                {
                    valid = false;
                    context.AddFailure(new ValidationFailure(check.FieldId, check.Message));
                }
            }

            if (valid && form.EventInfo is not null)
            {
                foreach (var problem in DeadlineInputChecks.Check(form.ToEvent()))
                {
                    var fields = form.FieldsFor(problem.Input) ?? form.Date;
                    context.AddFailure(new ValidationFailure(fields.IdOf("day"), problem.Message));
                }
            }
        });
    }
}
