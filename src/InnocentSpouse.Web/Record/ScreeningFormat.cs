using Microsoft.Net.Http.Headers;

namespace InnocentSpouse.Web.Record;

/// <summary>What <c>POST /api/v1/screenings</c> answers with, from the request's <c>Accept</c> header.</summary>
public enum ScreeningFormat
{
    /// <summary>The JSON report (no <c>Accept</c>, <c>*/*</c>, <c>application/json</c>, or JSON preferred).</summary>
    Json,

    /// <summary>The PDF record of the same report (<c>Accept: application/pdf</c>, preferred over JSON).</summary>
    Pdf,

    /// <summary>Neither is acceptable (e.g. <c>Accept: text/html</c> only): 406.</summary>
    NotAcceptable,
}

/// <summary>Content negotiation for the screening endpoint: JSON by default, the PDF record when asked for.</summary>
public static class ScreeningFormats
{
    /// <summary>
    /// Reads the <c>Accept</c> header: the acceptable format with the highest quality wins, JSON on a tie. An absent or
    /// unreadable header means JSON (as before the PDF existed); a header naming only other types means 406.
    /// </summary>
    /// <param name="request">The request.</param>
    public static ScreeningFormat From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count == 0)
        {
            return ScreeningFormat.Json;
        }

        var json = Quality(types, "application/json");
        var pdf = Quality(types, RecordEndpoints.ContentType);
        return json <= 0 && pdf <= 0 ? ScreeningFormat.NotAcceptable
            : pdf > json ? ScreeningFormat.Pdf
            : ScreeningFormat.Json;
    }

    /// <summary>The quality the client gives <paramref name="mediaType"/>: the most specific matching range decides (RFC 9110 §12.5.1).</summary>
    private static double Quality(IList<MediaTypeHeaderValue> accepted, string mediaType)
    {
        var target = new MediaTypeHeaderValue(mediaType);
        MediaTypeHeaderValue? best = null;
        foreach (var range in accepted)
        {
            if (target.IsSubsetOf(range) && (best is null || Specificity(range) > Specificity(best)))
            {
                best = range;
            }
        }

        return best is null ? 0 : best.Quality ?? 1;
    }

    private static int Specificity(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
}
