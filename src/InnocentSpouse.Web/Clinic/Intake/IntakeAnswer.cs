using FluentValidation;
using InnocentSpouse.Domain.Interview;
using InnocentSpouse.Web.Components.Ui;
using InnocentSpouse.Web.Forms;
using InnocentSpouse.Web.Interview;
using InnocentSpouse.Web.Localisation;
using Microsoft.AspNetCore.Http;

namespace InnocentSpouse.Web.Clinic.Intake;

/// <summary>
/// One question of an intake screen with its answer as typed (<see cref="AnswerInput"/>, the public question page's own
/// input model, so the same validator and the same messages apply) and, after a POST, its error.
/// </summary>
public sealed class IntakeAnswer
{
    private IntakeAnswer(AskedQuestion asked, AnswerInput input)
    {
        Asked = asked;
        Input = input;
        Id = IdOf(asked);
    }

    /// <summary>The question and its tax year.</summary>
    public AskedQuestion Asked { get; }

    /// <summary>The question.</summary>
    public Question Question => Asked.Question;

    /// <summary>The answer as typed or as saved.</summary>
    public AnswerInput Input { get; }

    /// <summary>
    /// The field's id and name: <c>q-{key}</c>, or <c>q-{year}-{key}</c> for a per-year question. A choice's first radio
    /// and a number's box have this id; a date's boxes are <c>{Id}-day</c>, <c>{Id}-month</c>, <c>{Id}-year</c>.
    /// </summary>
    public string Id { get; }

    /// <summary>The name and id of a date's "not sure" box.</summary>
    public string NotSureName => Id + "-not-sure";

    /// <summary>The error shown at the field, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>The id the error summary links to (the radio, the box, or the date box to fix).</summary>
    public string? ErrorFieldId { get; private set; }

    /// <summary>For a date: the box the error is about ("day", "month" or "year").</summary>
    public string? DateErrorPart => ErrorFieldId is { } id && Question.Kind == AnswerKind.Date ? id[(Id.Length + 1)..] : null;

    /// <summary>The field id of a question (see <see cref="Id"/>).</summary>
    public static string IdOf(AskedQuestion asked)
    {
        ArgumentNullException.ThrowIfNull(asked);
        return asked.TaxYear is { } year ? $"q-{year}-{asked.Question.Key.Value}" : $"q-{asked.Question.Key.Value}";
    }

    /// <summary>The screen's questions with their saved answers (empty fields for unanswered ones).</summary>
    public static IReadOnlyList<IntakeAnswer> Load(IntakeScreen screen, ScreeningAnswers saved)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(saved);
        return [.. screen.Questions.Select(q =>
        {
            var input = new AnswerInput { Question = q.Question };
            input.Load(saved.Get(q.Question, q.TaxYear ?? 0));
            return new IntakeAnswer(q, input);
        })];
    }

    /// <summary>The screen's questions with the answers posted.</summary>
    public static IReadOnlyList<IntakeAnswer> Read(IntakeScreen screen, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(form);
        return [.. screen.Questions.Select(q =>
        {
            var id = IdOf(q);
            var input = new AnswerInput
            {
                Question = q.Question,
                Value = Single(form, id),
                Day = Single(form, id + "-day"),
                Month = Single(form, id + "-month"),
                Year = Single(form, id + "-year"),
                NotSure = Single(form, id + "-not-sure"),
            };
            return new IntakeAnswer(q, input);
        })];
    }

    /// <summary>
    /// Checks every answer as the public question page does: the page's validator (<see cref="AnswerInputValidator"/>),
    /// then the Domain's own check of the answers with these (<see cref="ScreeningAnswersValidator"/>: e.g. a date after
    /// today). Sets each answer's <see cref="Error"/>; returns the answers with these applied, or null when any is wrong.
    /// </summary>
    /// <param name="answers">The posted answers of one screen.</param>
    /// <param name="validator">The public question page's validator.</param>
    /// <param name="saved">The case's answers before this screen.</param>
    /// <param name="asOf">Today.</param>
    public static ScreeningAnswers? Apply(IReadOnlyList<IntakeAnswer> answers, IValidator<AnswerInput> validator, ScreeningAnswers saved, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(saved);
        var valid = true;
        foreach (var answer in answers)
        {
            var failure = validator.Validate(answer.Input).Errors.FirstOrDefault();
            if (failure is not null)
            {
                var part = failure.PropertyName switch
                {
                    nameof(AnswerInput.Day) => "-day",
                    nameof(AnswerInput.Month) => "-month",
                    nameof(AnswerInput.Year) => "-year",
                    _ => "",
                };
                answer.Error = failure.ErrorMessage;
                answer.ErrorFieldId = answer.Id + part;
                valid = false;
            }
        }

        if (!valid)
        {
            return null;
        }

        var candidate = saved;
        foreach (var answer in answers)
        {
            candidate = candidate.With(answer.Question, answer.Input.ToInvariant(), answer.Asked.TaxYear);
        }

        var problems = ScreeningAnswersValidator.Validate(candidate, asOf);
        foreach (var answer in answers)
        {
            if (problems.Any(p => p.Key == answer.Question.Key.Value && p.TaxYear == answer.Asked.TaxYear))
            {
                // The domain's own check is the last gate, with the public page's words.
                var error = answer.Question.Kind != AnswerKind.Date
                    ? new ErrorItem(answer.Id, WebTexts.AnswerSelectShown)
                    : DateFields.FutureError(answer.Id, answer.Input.IsMonthOnly);
                answer.Error = error.Message;
                answer.ErrorFieldId = error.FieldId;
                valid = false;
            }
        }

        return valid ? candidate : null;
    }

    private static string? Single(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;
}
