using System.Globalization;

namespace InnocentSpouse.Domain.Interview;

/// <summary>Parses stored invariant answer strings. Dates are ISO "yyyy-MM-dd"; numbers are plain digits.</summary>
public static class AnswerParsing
{
    /// <summary>Parses an ISO calendar date.</summary>
    /// <param name="value">E.g. "2024-03-01".</param>
    /// <param name="date">The date when valid.</param>
    public static bool TryDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, AnswerValues.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses a whole, non-negative number written with digits only.</summary>
    /// <param name="value">E.g. "2150".</param>
    /// <param name="number">The number when valid.</param>
    public static bool TryWholeNumber(string? value, out long number) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
