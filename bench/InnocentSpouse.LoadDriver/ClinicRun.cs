using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InnocentSpouse.LoadDriver;

/// <summary>
/// The clinic workspace load (issue 14, "20 staff browsing a list of 2,000 cases"): <c>clinic --url https://… --seed
/// seed.json --cert server.pem [--duration 60] [--warmup 10] [--think-ms 0] [--server-pid N]</c>. Each staff account of the seed file
/// (bench/InnocentSpouse.Benchmarks clinic-seed) signs in through the real pages, password then the authenticator
/// code computed here (RFC 6238), then browses in a closed loop: list pages in the default order (page 1 to the
/// last), the list filtered by status, volunteer ("me" or a colleague) or relief, and case pages of random cases.
/// Every response is read in full and must be 200. Percentiles per page type, over the measured window only.
/// </summary>
internal static partial class ClinicRun
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] Statuses = ["Intake", "Screened", "Form8857Drafted", "Filed", "PreliminaryDetermination", "FinalDetermination", "TaxCourt", "Closed"];
    private static readonly string[] Reliefs = ["InnocentSpouse", "SeparationOfLiability", "EquitableRelief"];

    /// <summary>The page types, in report order.</summary>
    internal static readonly string[] Kinds = ["list", "filter", "case"];

    private sealed record Seed(string ClinicId, string Password, List<Staff> Staff, List<string> CaseIds);

    private sealed record Staff(string Id, string Email, string AuthenticatorKey);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<int> MainAsync(string[] args)
    {
        Uri? url = null;
        string? seedPath = null;
        string? certPath = null;
        double duration = 60, warmup = 10, think = 0;
        int? serverPid = null;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--url": url = new Uri(value.TrimEnd('/') + "/"); break;
                case "--seed": seedPath = value; break;
                case "--cert": certPath = value; break;
                case "--duration": duration = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--think-ms": think = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--server-pid": serverPid = int.Parse(value, CultureInfo.InvariantCulture); break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown option {args[i]}.");
                    return 2;
            }
        }

        if (url is null || seedPath is null || certPath is null)
        {
            await Console.Error.WriteLineAsync("Usage: InnocentSpouse.LoadDriver clinic --url https://127.0.0.1:5443 --seed seed.json --cert server.pem [--duration 60] [--warmup 10] [--think-ms 0] [--server-pid N]");
            return 2;
        }

        using var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(certPath));
        var pinned = certificate.GetCertHashString();

        var seed = JsonSerializer.Deserialize<Seed>(await File.ReadAllTextAsync(seedPath), Json) ?? throw new InvalidOperationException("Empty seed file.");
        await Console.Error.WriteLineAsync($"Signing in {seed.Staff.Count} staff at {url} ({seed.CaseIds.Count} cases) ...");
        var clients = new List<StaffClient>();
        for (var i = 0; i < seed.Staff.Count; i++)
        {
            var client = new StaffClient(url, seed, seed.Staff[i], new Random(i + 1), TimeSpan.FromMilliseconds(think), pinned);
            await client.SignInAsync();
            clients.Add(client);
        }

        await Console.Error.WriteLineAsync($"Browsing: {warmup:0} s warm-up + {duration:0} s measured, think {think:0} ms.");
        using var stop = new CancellationTokenSource();
        var tasks = clients.Select(c => Task.Run(() => c.BrowseAsync(stop.Token))).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(warmup));
        clients.ForEach(c => c.Recording = true);
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = ServerCpu.Seconds(serverPid);
        await Task.Delay(TimeSpan.FromSeconds(duration));
        var cpuAfter = ServerCpu.Seconds(serverPid);
        clients.ForEach(c => c.Recording = false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(tasks);

        var lines = new List<string>
        {
            "| Page | Requests | Requests/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | Errors |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var kind in Kinds.Append("all"))
        {
            var recorders = clients.Select(c => kind == "all" ? c.All : c.ByKind[kind]).ToList();
            var p = Percentiles.From(recorders.Select(r => r.RequestTicks));
            var requests = recorders.Sum(r => r.Requests);
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {requests} | {requests / seconds:0} | {p.P50:0.0} | {p.P95:0.0} | {p.P99:0.0} | {p.Max:0.0} | {recorders.Sum(r => r.Errors)} |"));
        }

        var total = clients.Sum(c => c.All.Requests);
        if (cpuAfter - cpuBefore is { } cpu && total > 0)
        {
            lines.Add("");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Server CPU: {cpu * 1000 / total:0.00} ms per request ({cpu / seconds * 100:0}% of one core over {seconds:0} s)."));
        }

        foreach (var sample in clients.SelectMany(c => c.All.ErrorSamples).Take(5))
        {
            await Console.Error.WriteLineAsync("error: " + sample);
        }

        Console.WriteLine(string.Join('\n', lines));
        foreach (var c in clients)
        {
            c.Dispose();
        }

        return clients.Sum(c => c.All.Errors) == 0 ? 0 : 1;
    }

    /// <summary>RFC 6238 TOTP (HMAC-SHA1, 30-second step, 6 digits) of a base32 key: what an authenticator app shows.</summary>
    internal static string Totp(string base32Key, DateTimeOffset now)
    {
        var key = Base32(base32Key);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, now.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238 authenticator codes are HMAC-SHA1 (what the app and every authenticator app use).
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }

    /// <summary>One staff member's browser (JavaScript off): own cookies, one keep-alive connection.</summary>
    private sealed class StaffClient : IDisposable
    {
        private readonly HttpClient _http;
        private readonly Seed _seed;
        private readonly Staff _staff;
        private readonly Random _random;
        private readonly TimeSpan _think;

        public StaffClient(Uri baseUrl, Seed seed, Staff staff, Random random, TimeSpan think, string pinnedHash)
        {
            _seed = seed;
            _staff = staff;
            _random = random;
            _think = think;
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = true,
                CookieContainer = new CookieContainer(),
                AutomaticDecompression = DecompressionMethods.None,
                PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
                MaxConnectionsPerServer = 1,
                // The bench server's certificate is self-signed (bench/run-clinic-load.sh makes it for 127.0.0.1): it
                // is trusted when it is that very certificate (pinned by its hash), and only then.
                SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && string.Equals(certificate.GetCertHashString(), pinnedHash, StringComparison.OrdinalIgnoreCase) },
            };
            _http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        }

        public Dictionary<string, Recorder> ByKind { get; } = Kinds.ToDictionary(k => k, _ => new Recorder(), StringComparer.Ordinal);

        public Recorder All { get; } = new();

        public bool Recording
        {
            set
            {
                All.Recording = value;
                foreach (var r in ByKind.Values)
                {
                    r.Recording = value;
                }
            }
        }

        /// <summary>Password, then the authenticator code; throws when either step is refused.</summary>
        public async Task SignInAsync()
        {
            var afterPassword = await PostFormAsync("/clinic/sign-in", "clinic-sign-in", [new("email", _staff.Email), new("password", _seed.Password)]);
            if (afterPassword?.EndsWith("/clinic/sign-in/code", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"{_staff.Email}: the password step went to {afterPassword ?? "no redirect"}.");
            }

            var afterCode = await PostFormAsync("/clinic/sign-in/code", "clinic-code", [new("code", Totp(_staff.AuthenticatorKey, DateTimeOffset.UtcNow))]);
            if (afterCode?.EndsWith("/clinic", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"{_staff.Email}: the code step went to {afterCode ?? "no redirect"}.");
            }
        }

        /// <summary>Browses until stopped: a list page (40%), a filtered list (30%) or a case page (30%).</summary>
        public async Task BrowseAsync(CancellationToken stop)
        {
            var pages = Math.Max(1, (_seed.CaseIds.Count + 49) / 50);
            var listPage = 1;
            while (!stop.IsCancellationRequested)
            {
                var roll = _random.Next(10);
                var (kind, path) = roll switch
                {
                    < 4 => ("list", listPage == 1 ? "/clinic" : $"/clinic?page={listPage.ToString(CultureInfo.InvariantCulture)}"),
                    < 7 => ("filter", Filter()),
                    _ => ("case", $"/clinic/cases/{Uri.EscapeDataString(_seed.CaseIds[_random.Next(_seed.CaseIds.Count)])}"),
                };
                if (kind == "list")
                {
                    listPage = listPage % pages + 1;
                }

                try
                {
                    await GetAsync(kind, path, stop);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stop.IsCancellationRequested)
                {
                    // A refused connection or a request past the client's 30-second timeout: an error, and browsing goes on.
                    All.Error($"{path}: {e.GetType().Name} {e.Message}");
                    ByKind[kind].Error(path);
                }

                if (_think > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(_think * (0.5 + _random.NextDouble()), stop);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }
            }
        }

        public void Dispose() => _http.Dispose();

        private string Filter() => _random.Next(3) switch
        {
            0 => $"/clinic?status={Statuses[_random.Next(Statuses.Length)]}",
            1 => _random.Next(2) == 0 ? "/clinic?volunteer=me" : $"/clinic?volunteer={Uri.EscapeDataString(_seed.Staff[_random.Next(_seed.Staff.Count)].Id)}",
            _ => $"/clinic?relief={Reliefs[_random.Next(Reliefs.Length)]}",
        };

        private async Task GetAsync(string kind, string path, CancellationToken stop)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, stop);
            var body = await response.Content.ReadAsByteArrayAsync(stop);
            All.Request(start);
            ByKind[kind].Request(start);
            if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
            {
                All.Error($"{path}: {(int)response.StatusCode} {response.Headers.Location}");
                ByKind[kind].Error(path);
            }
        }

        private async Task<string?> PostFormAsync(string path, string handler, List<KeyValuePair<string, string>> fields)
        {
            var page = await _http.GetStringAsync(new Uri(path, UriKind.Relative));
            var token = TokenPattern().Match(page);
            if (!token.Success)
            {
                throw new InvalidOperationException($"No antiforgery token on {path}.");
            }

            fields.Add(new("_handler", handler));
            fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
            using var response = await _http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));
            return response.Headers.Location?.OriginalString;
        }
    }
}
