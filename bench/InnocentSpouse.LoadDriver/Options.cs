using System.Globalization;

namespace InnocentSpouse.LoadDriver;

/// <summary>Command-line options of the load driver.</summary>
internal sealed record Options(Uri BaseUrl, IReadOnlyList<int> Clients, TimeSpan Duration, TimeSpan Warmup, string Years, TimeSpan Think, int? ServerPid, bool Ping, IReadOnlyList<string> Pages, bool Results)
{
    public const string Usage = """
        Usage: InnocentSpouse.LoadDriver --url http://127.0.0.1:5099 [--clients 50,200] [--duration 20] [--warmup 5] [--years 2021] [--think-ms 0] [--server-pid N] [--ping true] [--pages /safety,/interview] [--results false]

          --url        base URL of a running InnocentSpouse.Web (Release build)
          --clients    comma-separated numbers of concurrent virtual clients; each is measured in turn
          --duration   seconds measured for each phase (interview, then /ping) at each client count
          --warmup     seconds run before each measured phase and not recorded
          --years      the tax years chosen on the years page
          --server-pid the server's process id: each phase then reports the server's CPU time per request (Linux /proc)
          --ping       false skips the GET /ping baseline phases (for profiling runs only)
          --pages      comma-separated paths, each also loaded by itself (GET, like /ping) after the interview at each
                       client count: the cost of a page that reads no session, to compare with the interview's
          --results    true adds a phase at each client count: each client finishes one interview during the warm-up,
                       then loads its own results page (GET) again and again: the cost of showing a finished report
                       (session read and decrypt, the report built, the page rendered and compressed)
          --think-ms   mean pause of each client between requests, drawn from 0.5x to 1.5x (0: closed loop, as fast as the server answers)
        """;

    public static Options Parse(string[] args)
    {
        Uri? url = null;
        var clients = new List<int> { 50, 200 };
        var duration = 20.0;
        var warmup = 5.0;
        var years = "2021";
        var think = 0.0;
        int? serverPid = null;
        var ping = true;
        var pages = new List<string>();
        var results = false;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--url":
                    url = new Uri(value.TrimEnd('/') + "/");
                    break;
                case "--clients":
                    clients = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture))];
                    break;
                case "--duration":
                    duration = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--warmup":
                    warmup = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--years":
                    years = value;
                    break;
                case "--think-ms":
                    think = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--server-pid":
                    serverPid = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--ping":
                    ping = bool.Parse(value);
                    break;
                case "--results":
                    results = bool.Parse(value);
                    break;
                case "--pages":
                    pages = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    if (pages.Any(p => !p.StartsWith('/')))
                    {
                        throw new ArgumentException($"--pages takes paths that start with /.\n{Usage}");
                    }

                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}");
            }

            i++;
        }

        return new Options(
            url ?? throw new ArgumentException($"--url is required.\n{Usage}"),
            clients, TimeSpan.FromSeconds(duration), TimeSpan.FromSeconds(warmup), years, TimeSpan.FromMilliseconds(think), serverPid, ping, pages, results);
    }
}
