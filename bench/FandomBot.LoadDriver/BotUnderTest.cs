using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FandomBot.LoadDriver;

/// <summary>
/// The real bot (<c>dotnet FandomBot.dll run</c>, Release) against the fake Discord, with a clean environment: a throw-away
/// SQLite file and status file, console logging off, and the Prometheus endpoint on 127.0.0.1 so the driver can read
/// how many MESSAGE_CREATE events the bot has processed.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _metricsClient;
    private readonly Uri _metricsUrl;
    private readonly DirectoryInfo _directory;

    private BotUnderTest(Process process, Uri metricsUrl, DirectoryInfo directory)
    {
        _process = process;
        _metricsUrl = metricsUrl;
        _directory = directory;
        _metricsClient = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
    }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public static BotUnderTest Start(string botDll, Uri apiBaseUrl, IReadOnlyDictionary<string, string> extraEnvironment)
    {
        var directory = Directory.CreateTempSubdirectory("fandombot-load-");
        var metricsPort = FreeLoopbackPort();
        // A .dll runs on the shared runtime (`dotnet FandomBot.dll`); anything else is a native (NativeAOT) executable.
        var managed = botDll.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(managed ? "dotnet" : botDll)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory.FullName,
        };
        if (managed)
        {
            info.ArgumentList.Add(botDll);
        }

        info.ArgumentList.Add("run");

        // Nothing inherited that could point the bot at a real Discord or leak a token.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("Discord", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["DISCORD_TOKEN"] = "MTIzNDU2Nzg5MDEyMzQ1Njc4.load.driver";
        info.Environment["Discord__ApiBaseUrl"] = apiBaseUrl.ToString();
        info.Environment["Storage__ConnectionString"] = $"Data Source={Path.Combine(directory.FullName, "load.db")}";
        info.Environment["Health__StatusFile"] = Path.Combine(directory.FullName, "status.json");
        info.Environment["Logging__Console"] = "off";
        info.Environment["Metrics__Port"] = metricsPort.ToString(CultureInfo.InvariantCulture);
        info.Environment["Metrics__Host"] = "127.0.0.1";
        foreach (var (name, value) in extraEnvironment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("bot stderr: " + e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotUnderTest(process, new Uri($"http://127.0.0.1:{metricsPort}/metrics"), directory);
    }

    public ProcessMemory Memory() => ProcessMemory.Read(_process.Id);

    /// <summary>The bot's CPU time so far (user + system, all threads), from <c>/proc/PID/stat</c> in clock ticks of 10 ms.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>
    /// The sum of every sample of a counter on the bot's /metrics (all label sets, or those containing
    /// <paramref name="label"/>, e.g. <c>le="5"</c>), or null if unreachable.
    /// </summary>
    public async Task<double?> CounterAsync(string name, CancellationToken cancellationToken, string? label = null)
    {
        string text;
        try
        {
            text = await _metricsClient.GetStringAsync(_metricsUrl, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }

        double sum = 0;
        foreach (var line in text.Split('\n'))
        {
            var end = line.IndexOfAny([' ', '{']);
            var metric = end < 0 ? line : line[..end];
            if (!line.StartsWith('#') && (metric == name || metric == name + "_total") && (label is null || line.Contains(label, StringComparison.Ordinal)))
            {
                sum += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _metricsClient.Dispose();
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the ending process; /tmp is cleaned anyway.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
