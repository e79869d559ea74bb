using System.Text.Json;
using System.Text.Json.Serialization;

namespace InnocentSpouse.Web.Api;

/// <summary>
/// Reads a JSON request body into <typeparamref name="T"/>, turning every way it can be wrong into a
/// field-level message instead of an exception: not JSON, wrong type at a path, missing body.
/// </summary>
public static class ApiJson
{
    /// <summary>The API's JSON conventions: camelCase properties, enums as kebab-case strings, ISO dates.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The result of reading a body: a value, or the errors keyed by JSON path.</summary>
    public sealed record ReadResult<T>(T? Value, IDictionary<string, string[]> Errors)
        where T : class
    {
        /// <summary>True when the body was read and no error was found.</summary>
        public bool Ok => Value is not null && Errors.Count == 0;
    }

    /// <summary>Reads and deserializes the body; never throws for bad input.</summary>
    public static async Task<ReadResult<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return Fail<T>("$", "Send the request body as JSON with the header Content-Type: application/json.");
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Options, cancellationToken);
            return value is null ? Fail<T>("$", "The request body is empty. Send a JSON object.") : new ReadResult<T>(value, new Dictionary<string, string[]>());
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path;
            return Fail<T>(path, $"This value could not be read. {Explain(e)}");
        }
    }

    private static ReadResult<T> Fail<T>(string path, string message)
        where T : class => new(null, new Dictionary<string, string[]> { [path] = [message] });

    private static string Explain(JsonException e) => e.InnerException switch
    {
        FormatException => "Use the documented format, for example a date as \"2026-03-01\".",
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
            MaxDepth = 16,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
