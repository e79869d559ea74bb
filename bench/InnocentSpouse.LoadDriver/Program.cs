using System.Diagnostics;
using System.Globalization;
using InnocentSpouse.LoadDriver;

// Interview load driver: see bench/run-interview-load.sh and docs/performance.md ("Interview over HTTP").
// "fault-load" and "fault-verify" are the fault test: see bench/fault-kill.sh and docs/reliability.md.
if (args.Length > 0 && args[0].StartsWith("fault-", StringComparison.Ordinal))
{
    return await FaultRun.MainAsync(args);
}

// "clinic": the clinic workspace load, see bench/run-clinic-load.sh and docs/performance.md ("Clinic workspace").
if (args.Length > 0 && args[0] == "clinic")
{
    return await ClinicRun.MainAsync(args);
}

Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.Error.WriteLine($"Driving {options.BaseUrl} with {string.Join(", ", options.Clients)} clients: {options.Warmup.TotalSeconds:0} s warm-up + {options.Duration.TotalSeconds:0} s measured per phase, years {options.Years}, think {options.Think.TotalMilliseconds:0} ms.");
var rows = new List<PhaseResult>();
foreach (var clients in options.Clients)
{
    var interview = await Phase.RunAsync("interview", clients, options, (c, stop) => c.RunInterviewsAsync(stop));
    Console.Error.WriteLine(interview.Describe());
    rows.Add(interview);
    if (options.Ping)
    {
        var ping = await Phase.RunAsync("GET /ping", clients, options, (c, stop) => c.RunGetLoopAsync("/ping", stop));
        Console.Error.WriteLine(ping.Describe());
        rows.Add(ping);
    }

    foreach (var page in options.Pages)
    {
        var alone = await Phase.RunAsync($"GET {page}", clients, options, (c, stop) => c.RunGetLoopAsync(page, stop));
        Console.Error.WriteLine(alone.Describe());
        rows.Add(alone);
    }

    if (options.Results)
    {
        var results = await Phase.RunAsync("GET /interview/results", clients, options, (c, stop) => c.RunResultsLoopAsync(stop));
        Console.Error.WriteLine(results.Describe());
        rows.Add(results);
    }
}

Console.WriteLine(Report.Markdown(rows));
return rows.Sum(r => r.Errors) == 0 ? 0 : 1;

namespace InnocentSpouse.LoadDriver
{
    /// <summary>The figures of one measured phase.</summary>
    internal sealed record PhaseResult(
        string Name, int Clients, double Seconds, long Requests, long Steps, long Interviews, long Errors,
        Percentiles Request, Percentiles Step, IReadOnlyList<string> ErrorSamples, double? ServerCpuSeconds)
    {
        /// <summary>The server's CPU time (user + system) per request in the measured window, when its pid was given.</summary>
        public double? ServerCpuMsPerRequest => ServerCpuSeconds is { } cpu && Requests > 0 ? cpu * 1000 / Requests : null;

        public double RequestsPerSecond => Requests / Seconds;

        public double StepsPerSecond => Steps / Seconds;

        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"{Name,-10} {Clients,4} clients: {RequestsPerSecond,8:0} req/s {StepsPerSecond,8:0} steps/s  p50 {Request.P50:0.00} p95 {Request.P95:0.00} p99 {Request.P99:0.00} max {Request.Max:0.00} ms  interviews {Interviews}  errors {Errors}")
            + (ServerCpuMsPerRequest is { } cpu ? string.Create(CultureInfo.InvariantCulture, $"  server CPU {cpu:0.000} ms/request") : "")
            + (ErrorSamples.Count > 0 ? "\n  " + string.Join("\n  ", ErrorSamples) : "");
    }

    /// <summary>Latency percentiles in milliseconds (nearest rank over every recorded request).</summary>
    internal sealed record Percentiles(double P50, double P95, double P99, double Max)
    {
        public static Percentiles From(IEnumerable<IReadOnlyList<long>> perClientTicks)
        {
            var all = perClientTicks.SelectMany(t => t).ToArray();
            if (all.Length == 0)
            {
                return new Percentiles(0, 0, 0, 0);
            }

            Array.Sort(all);
            double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
            double At(double q) => Ms(all[Math.Clamp((int)Math.Ceiling(q * all.Length) - 1, 0, all.Length - 1)]);
            return new Percentiles(At(0.50), At(0.95), At(0.99), Ms(all[^1]));
        }
    }

    /// <summary>Runs N clients: warm-up (not recorded), then the measured window, then stops them all.</summary>
    internal static class Phase
    {
        public static async Task<PhaseResult> RunAsync(string name, int clients, Options options, Func<VirtualClient, CancellationToken, Task> work)
        {
            var recorders = Enumerable.Range(0, clients).Select(_ => new Recorder()).ToArray();
            var virtualClients = recorders.Select((r, i) => new VirtualClient(options.BaseUrl, options.Years, options.Think, seed: i + 1, r)).ToArray();
            using var stop = new CancellationTokenSource();
            var tasks = virtualClients.Select(c => Task.Run(() => work(c, stop.Token))).ToArray();

            await Task.Delay(options.Warmup);
            foreach (var r in recorders)
            {
                r.Recording = true;
            }

            var started = Stopwatch.GetTimestamp();
            var cpuBefore = ServerCpu.Seconds(options.ServerPid);
            await Task.Delay(options.Duration);
            var cpuAfter = ServerCpu.Seconds(options.ServerPid);
            foreach (var r in recorders)
            {
                r.Recording = false;
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            await stop.CancelAsync();
            await Task.WhenAll(tasks);
            foreach (var c in virtualClients)
            {
                c.Dispose();
            }

            return new PhaseResult(
                name, clients, seconds,
                recorders.Sum(r => r.Requests), recorders.Sum(r => r.Steps), recorders.Sum(r => r.Interviews), recorders.Sum(r => r.Errors),
                Percentiles.From(recorders.Select(r => r.RequestTicks)), Percentiles.From(recorders.Select(r => r.StepTicks)),
                [.. recorders.SelectMany(r => r.ErrorSamples).Take(5)],
                cpuAfter - cpuBefore);
        }
    }

    /// <summary>A process's CPU time from /proc/{pid}/stat (utime + stime, in clock ticks of 1/100 s).</summary>
    internal static class ServerCpu
    {
        private const double TicksPerSecond = 100; // USER_HZ on Linux

        public static double? Seconds(int? pid)
        {
            if (pid is null || !File.Exists($"/proc/{pid}/stat"))
            {
                return null;
            }

            // Fields after the ")" that closes the command name: state is field 3, utime 14 and stime 15.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
    }

    /// <summary>The markdown table printed at the end.</summary>
    internal static class Report
    {
        public static string Markdown(IReadOnlyList<PhaseResult> rows)
        {
            var lines = new List<string>
            {
                "| Clients | Load | Requests/s | Steps/s | Interviews/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | Step p99 (ms) | Errors | Interview ÷ /ping (req/s) | Server CPU (ms/request) |",
                "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
            };
            foreach (var group in rows.GroupBy(r => r.Clients))
            {
                var ping = group.FirstOrDefault(r => r.Name == "GET /ping");
                foreach (var r in group)
                {
                    var isInterview = r.Name == "interview";
                    var ratio = isInterview && ping is { RequestsPerSecond: > 0 } ? (r.RequestsPerSecond / ping.RequestsPerSecond).ToString("P0", CultureInfo.InvariantCulture) : "";
                    lines.Add(string.Create(CultureInfo.InvariantCulture,
                        $"| {r.Clients} | {r.Name} | {r.RequestsPerSecond:0} | {(isInterview ? r.StepsPerSecond.ToString("0", CultureInfo.InvariantCulture) : "–")} | {(isInterview ? (r.Interviews / r.Seconds).ToString("0.0", CultureInfo.InvariantCulture) : "–")} | {r.Request.P50:0.0} | {r.Request.P95:0.0} | {r.Request.P99:0.0} | {r.Request.Max:0.0} | {(isInterview ? r.Step.P99.ToString("0.0", CultureInfo.InvariantCulture) : "–")} | {r.Errors} | {ratio} | {(r.ServerCpuMsPerRequest is { } cpu ? cpu.ToString("0.000", CultureInfo.InvariantCulture) : "–")} |"));
                }
            }

            return string.Join('\n', lines);
        }
    }
}
