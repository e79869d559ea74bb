using System.Globalization;

namespace InnocentSpouse.Tests.Shared;

/// <summary>Reads texts as a reader of one language would: the UI culture is set for the call and put back after.</summary>
internal static class UiCulture
{
    /// <summary>Runs <paramref name="read"/> with <paramref name="culture"/> as the current UI culture.</summary>
    public static T InCulture<T>(CultureInfo culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
