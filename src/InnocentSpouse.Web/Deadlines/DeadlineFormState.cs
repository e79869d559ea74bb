using System.Collections.Immutable;
using System.Globalization;
using FluentValidation;
using InnocentSpouse.Domain.Deadlines;
using InnocentSpouse.Domain.Texts;
using InnocentSpouse.Web.Components.Ui;
using InnocentSpouse.Web.Forms;
using InnocentSpouse.Web.Localisation;

namespace InnocentSpouse.Web.Deadlines;

/// <summary>
/// What a deadline page shows for a submitted form: the errors (keyed by box id, in page order) or the deadlines.
/// </summary>
public sealed class DeadlineFormState
{
    private DeadlineFormState(DeadlineForm form, ImmutableArray<ErrorItem> errors, ImmutableArray<Deadline> deadlines)
    {
        Form = form;
        Errors = errors;
        Deadlines = deadlines;
    }

    /// <summary>The form as typed.</summary>
    public DeadlineForm Form { get; }

    /// <summary>What to fix; empty when valid or not submitted.</summary>
    public ImmutableArray<ErrorItem> Errors { get; }

    /// <summary>The computed deadlines; empty until a valid form is submitted.</summary>
    public ImmutableArray<Deadline> Deadlines { get; }

    /// <summary>True when there are deadlines to show.</summary>
    public bool HasResults => !Deadlines.IsDefaultOrEmpty;

    /// <summary>Reads, validates and computes. Never throws for user input.</summary>
    public static DeadlineFormState Evaluate(DeadlineForm form, IValidator<DeadlineForm> validator, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        if (!form.Submitted)
        {
            return new(form, [], []);
        }

        var result = validator.Validate(form);
        if (!result.IsValid)
        {
            return new(form, [.. result.Errors.Select(e => new ErrorItem(e.PropertyName, e.ErrorMessage))], []);
        }

        try
        {
            return new(form, [], DeadlineCalculator.For(form.ToEvent(), today));
        }
        catch (ArgumentOutOfRangeException)
        {
            return new(form, [new ErrorItem(form.Date.IdOf("year"), Fill(WebTexts.DeadlinesYearRangeError, SupportedDates.FirstYear, SupportedDates.LastYear))], []);
        }
    }

    /// <summary>The error for one date group, and the box it is about.</summary>
    public (string? Message, string? Part) ErrorFor(DateFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var error = Errors.FirstOrDefault(e => e.FieldId.StartsWith(fields.Prefix + "-", StringComparison.Ordinal));
        return error is null ? (null, null) : (error.Message, error.FieldId[(fields.Prefix.Length + 1)..]);
    }

    /// <summary>A date as shown to users, in their language: "Monday, April 6, 2026" / "lunes, 6 de abril de 2026".</summary>
    public static string Show(DateOnly date) => DateText.DayWithWeekday(date);

    // A localised composite format (its places match in every language; TranslationCompletenessTests).
    private static string Fill(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
