using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InnocentSpouse.EndToEnd;

/// <summary>
/// The already-built web app (src/InnocentSpouse.Web/bin/&lt;configuration&gt;/net10.0) run as a real operating-system
/// process with <c>dotnet InnocentSpouse.Web.dll</c> on its own 127.0.0.1 port: its own Data Protection key ring
/// in memory, its own connection pool, nothing shared with the test process or another instance but the database.
/// Output is kept (last 200 lines) so a failing test can show it. Its clock is pinned through the test hook
/// <c>Testing:FixedUtcNow</c> (environment <c>Testing</c>; docs/security.md, "Test hooks"), like every test host.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private readonly string _home;

    private AppProcess(Process process, Uri baseUrl, string home)
    {
        _process = process;
        BaseUrl = baseUrl;
        _home = home;
    }

    public Uri BaseUrl { get; }

    /// <summary>The last lines the app wrote to stdout and stderr.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    /// <summary>
    /// Starts the app against <paramref name="provider"/>/<paramref name="connectionString"/>, its clock fixed at
    /// <paramref name="fixedUtcNow"/>, and waits until /health answers 200.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string provider, string connectionString, DateTimeOffset fixedUtcNow, TimeSpan startTimeout)
    {
        var (dll, contentRoot) = WebAppPaths();
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl.ToString().TrimEnd('/'));
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(contentRoot);
        // "Testing" behaves as "Production" (the app has no environment-specific code or settings file for either)
        // and is the only environment in which the app accepts the fixed clock.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = Web.Time.TestingClock.Environment;
        info.Environment["DOTNET_ENVIRONMENT"] = Web.Time.TestingClock.Environment;
        info.Environment["Testing__FixedUtcNow"] = fixedUtcNow.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        info.Environment["Database__Provider"] = provider;
        info.Environment["ConnectionStrings__Default"] = connectionString;
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // Its own empty HOME: without the database key ring, Data Protection would fall back to
        // ~/.aspnet/DataProtection-Keys, which two processes of one user on one machine would share by accident.
        var home = Directory.CreateTempSubdirectory("innocentspouse-home-").FullName;
        info.Environment["HOME"] = home;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process, baseUrl, home);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await app.WaitForHealthAsync(startTimeout);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return app;
    }

    private async Task WaitForHealthAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app at {BaseUrl} exited with code {_process.ExitCode} before /health answered:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but busy (migrations, JIT on a loaded machine).
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app at {BaseUrl} did not answer /health with 200 within {timeout.TotalSeconds:0} s:{Environment.NewLine}{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 200)
            {
                _output.Dequeue();
            }
        }
    }

    /// <summary>Kills the process (and any children) and waits for it to go.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
        catch (OperationCanceledException)
        {
            // Did not exit in time; nothing more to do from here.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: it is in the temp folder.
        }
    }

    /// <summary>
    /// The web app's build output with the same configuration and framework as this test assembly
    /// (tests/X/bin/Debug/net10.0 → src/InnocentSpouse.Web/bin/Debug/net10.0), and its project folder as content root.
    /// </summary>
    private static (string Dll, string ContentRoot) WebAppPaths()
    {
        var baseDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        var parts = new Stack<string>();
        for (var dir = baseDirectory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InnocentSpouse.sln")))
            {
                var outputPath = parts.Skip(2).ToArray(); // drop "tests" and the test project's folder, keep bin/<config>/<tfm>
                var project = Path.Combine(dir.FullName, "src", "InnocentSpouse.Web");
                var dll = Path.Combine([project, .. outputPath, "InnocentSpouse.Web.dll"]);
                return File.Exists(dll)
                    ? (dll, project)
                    : throw new FileNotFoundException($"Build the solution first: {dll} is missing.", dll);
            }

            parts.Push(dir.Name);
        }

        throw new DirectoryNotFoundException($"No InnocentSpouse.sln above {baseDirectory.FullName}.");
    }

    /// <summary>The dotnet host running these tests (the CLI sets DOTNET_HOST_PATH), else "dotnet" on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Renders the output of several instances for an assertion message.</summary>
    public static string Describe(params AppProcess[] apps)
    {
        var text = new StringBuilder();
        foreach (var app in apps)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"--- {app.BaseUrl} ---").AppendLine(app.Output);
        }

        return text.ToString();
    }
}
