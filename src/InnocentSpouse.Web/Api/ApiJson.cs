using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InnocentSpouse.Web.Api;

/// <summary>
/// Reads a JSON request body into <typeparamref name="T"/>, turning every way it can be wrong into a
/// field-level message instead of an exception: not JSON (415), too large (413), not valid JSON, a duplicate
/// property, a wrong type at a path, a missing body (400).
/// </summary>
public static class ApiJson
{
    /// <summary>
    /// The API's JSON conventions: camelCase properties, enums as kebab-case strings, ISO dates; unknown and
    /// duplicate properties are refused.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The result of reading a body: a value, or the HTTP status and the errors keyed by JSON path.</summary>
    public sealed record ReadResult<T>(T? Value, int Status, IDictionary<string, string[]> Errors)
        where T : class
    {
        /// <summary>True when the body was read and no error was found.</summary>
        public bool Ok => Value is not null && Errors.Count == 0;

        /// <summary>The ProblemDetails answer for a failed read: 400, 413 or 415, with <c>errors</c> naming the body (<c>$</c>) or the field.</summary>
        public IResult ToProblem(string? title = null) => Results.ValidationProblem(Errors,
            detail: "Fix what \"errors\" names. Field reference, limits and allowed values: docs/api.md.",
            statusCode: Status,
            title: title ?? Status switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON.",
                _ => "The request body could not be read.",
            });
    }

    /// <summary>Reads and deserializes the body, at most <paramref name="maxBytes"/> bytes of it; never throws for bad input.</summary>
    public static async Task<ReadResult<T>> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return Fail<T>(StatusCodes.Status415UnsupportedMediaType, "$",
                "Send the request body as JSON with the header Content-Type: application/json.");
        }

        var tooLarge = Fail<T>(StatusCodes.Status413PayloadTooLarge, "$",
            $"The request body is larger than {maxBytes} bytes, the most this API reads. Send fewer items (see docs/api.md, \"Limits\").");
        if (request.ContentLength > maxBytes)
        {
            return tooLarge;
        }

        byte[]? body;
        try
        {
            body = await ReadAtMostAsync(request.Body, maxBytes, cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            // The server's own body limit, or a malformed chunked body.
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? tooLarge
                : Fail<T>(StatusCodes.Status400BadRequest, "$", "The request body could not be read.");
        }

        if (body is null)
        {
            return tooLarge;
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, Options);
            return value is null
                ? Fail<T>(StatusCodes.Status400BadRequest, "$", "The request body is empty. Send a JSON object.")
                : new ReadResult<T>(value, StatusCodes.Status200OK, new Dictionary<string, string[]>());
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
            return Fail<T>(StatusCodes.Status400BadRequest, path, $"This value could not be read. {Explain(e)}");
        }
    }

    /// <summary>The body's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(maxBytes + 1, 16 * 1024));
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }

    private static ReadResult<T> Fail<T>(int status, string path, string message)
        where T : class => new(null, status, new Dictionary<string, string[]> { [path] = [message] });

    private static string Explain(JsonException e) => e.InnerException switch
    {
        FormatException => "Use the documented format, for example a date as \"2026-03-01\".",
        _ when e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) => "This property appears more than once. Send each property once.",
        _ when e.Message.Contains("could not be mapped", StringComparison.Ordinal) => "This field is not part of the request; see docs/api.md for the fields.",
        _ when e.Message.Contains("could not be converted", StringComparison.Ordinal) => "It has the wrong type; see docs/api.md for the allowed values.",
        _ => "The body is not valid JSON, or a value has the wrong type.",
    };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowTrailingCommas = false,
            AllowDuplicateProperties = false,
            MaxDepth = 16,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
