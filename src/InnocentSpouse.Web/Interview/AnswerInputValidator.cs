using System.Globalization;
using FluentValidation;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Localisation;

namespace InnocentSpouse.Web.Interview;

/// <summary>
/// Checks one posted answer against its question: a choice must be one of the options, an amount must be
/// whole dollars in range, a date must be a real date (or a month and year with the day blank, or "not sure",
/// where the question allows it).
/// Messages are specific and plain, GOV.UK style.
/// </summary>
public sealed class AnswerInputValidator : AbstractValidator<AnswerInput>
{
    public AnswerInputValidator()
    {
        RuleFor(x => x.Value).Custom((value, context) =>
        {
            var question = context.InstanceToValidate.Question!;
            if (question.Kind is AnswerKind.YesNo or AnswerKind.Choice)
            {
                if (string.IsNullOrEmpty(value))
                {
                    context.AddFailure(question.Kind == AnswerKind.YesNo ? WebTexts.AnswerSelectYesNo : WebTexts.AnswerSelectOne);
                }
                else if (!question.AllowedValues.Contains(value))
                {
                    context.AddFailure(WebTexts.AnswerSelectShown);
                }
            }
            else if (question.Kind is AnswerKind.Money or AnswerKind.Count)
            {
                var digits = AnswerFields.Digits(value);
                if (digits.Length == 0)
                {
                    context.AddFailure(question.Kind == AnswerKind.Money ? WebTexts.AnswerEnterAmount : WebTexts.AnswerEnterCount);
                }
                else if (!digits.All(char.IsAsciiDigit) || digits.Length > 12)
                {
                    context.AddFailure(question.Kind == AnswerKind.Money ? WebTexts.AnswerEnterAmountDigits : WebTexts.AnswerEnterCountDigits);
                }
                else if (long.Parse(digits, CultureInfo.InvariantCulture) is var number && (number < question.Minimum || number > question.Maximum))
                {
                    context.AddFailure(WebTexts.AnswerNumberRange
                        .Replace("{0}", question.Minimum.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{1}", question.Maximum.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal));
                }
            }
        });

        RuleFor(x => x).Custom((input, context) =>
        {
            var question = input.Question!;
            if (question.Kind != AnswerKind.Date || (input.NotSure == "yes" && question.AllowsNotSure))
            {
                return;
            }

            var check = input.Date.Check();
            if (!check.IsValid)
            {
                var property = check.FieldId!.EndsWith("month", StringComparison.Ordinal) ? nameof(AnswerInput.Month)
                    : check.FieldId.EndsWith("year", StringComparison.Ordinal) ? nameof(AnswerInput.Year)
                    : nameof(AnswerInput.Day);
                context.AddFailure(property, check.Message!);
            }
        });
    }
}
