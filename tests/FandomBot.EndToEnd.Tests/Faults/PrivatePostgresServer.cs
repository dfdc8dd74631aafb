using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>
/// A PostgreSQL server of the test's own (initdb into a temporary folder, a free port on 127.0.0.1, its unix socket in
/// that folder), so a test may really stop and restart it without disturbing the shared server other tests use.
/// Binaries come from /usr/lib/postgresql/*/bin (.ci/postgres.sh installs them). As root they run as the
/// <c>postgres</c> OS user, since PostgreSQL refuses to run as root. Disposing stops it at once and deletes the folder.
/// </summary>
internal sealed class PrivatePostgresServer : IAsyncDisposable
{
    private const string Role = "fandombot";
    private const string OsUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly string _binaries;
    private readonly string _folder;
    private readonly bool _asOsUser;

    private PrivatePostgresServer(string binaries, string folder, bool asOsUser, int port, string password)
    {
        _binaries = binaries;
        _folder = folder;
        _asOsUser = asOsUser;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = Role,
            Password = password,
            Database = "postgres",
        }.ConnectionString;
    }

    public int Port { get; }

    /// <summary>For the bot and for direct checks: the server's own <c>postgres</c> database, as a password role.</summary>
    public string ConnectionString { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    private string LogFile => Path.Combine(_folder, "server.log");

    /// <summary>
    /// Creates and starts the server. Without PostgreSQL's binaries the test skips on a developer machine and fails in
    /// CI (<c>CI=true</c>), as the other PostgreSQL tests do.
    /// </summary>
    public static async Task<PrivatePostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var binaries = FindBinaries(out var missing);
        var asOsUser = Environment.UserName == "root";
        if (binaries is null || (asOsUser && !OsUserExists()))
        {
            missing ??= $"no '{OsUser}' OS user to run PostgreSQL as (it refuses to run as root)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"A private PostgreSQL is required in CI, but {missing}: run .ci/postgres.sh.");
            }

            Assert.Skip($"Private PostgreSQL tests skipped: {missing} (run .ci/postgres.sh to install it).");
        }

        // The free port is only free when looked at: another test may take it before the server binds it, so a failed
        // start is tried again on a new port (and a fresh folder) a couple of times.
        for (var attempt = 1; ; attempt++)
        {
            var folder = Directory.CreateTempSubdirectory("fandombot-pg-").FullName;
            var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
            var server = new PrivatePostgresServer(binaries!, folder, asOsUser, FreePort(), password);
            try
            {
                await server.InitializeAsync(password, cancellationToken);
                await server.StartServerAsync(cancellationToken);
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary><c>pg_ctl restart -m fast</c>: every session ends, the server is back when this returns.</summary>
    public Task RestartAsync(CancellationToken cancellationToken) =>
        PgCtlAsync(cancellationToken, "restart", "-m", "fast", "-w", "-t", "30", "-l", LogFile, "-o", ServerOptions);

    /// <summary><c>pg_ctl stop -m fast</c>: every session ends, nothing is accepted until <see cref="StartServerAsync"/>.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => PgCtlAsync(cancellationToken, "stop", "-m", "fast", "-w", "-t", "30");

    /// <summary><c>pg_ctl start</c>, waiting until it accepts connections.</summary>
    public Task StartServerAsync(CancellationToken cancellationToken) =>
        PgCtlAsync(cancellationToken, "start", "-w", "-t", "30", "-l", LogFile, "-o", ServerOptions);

    /// <summary>Runs one query straight against the server (not through the bot) and returns its first column.</summary>
    public async Task<object?> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        // A pool of its own (Application Name differs), so the check never reuses a session the restart killed.
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = "fandombot-test-check", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Always: stop at once (no checkpoint, nothing to keep), then delete the folder, whatever state it is in.
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                await PgCtlAsync(CancellationToken.None, "stop", "-m", "immediate", "-w", "-t", "30");
            }
            catch (InvalidOperationException)
            {
                // Already stopped, or never started: the folder goes regardless.
            }
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: leave the temporary folder to the OS rather than fail the test for it.
        }
    }

    // Only 127.0.0.1, a socket folder of its own (the default one belongs to the shared server), and no fsync: the data
    // of a throwaway server need not survive a power cut, and the fast shutdowns here write everything anyway.
    private string ServerOptions => string.Create(
        CultureInfo.InvariantCulture,
        $"-p {Port} -c listen_addresses=127.0.0.1 -k {_folder} -c fsync=off -c max_connections=40 -c shared_buffers=16MB");

    private async Task InitializeAsync(string password, CancellationToken cancellationToken)
    {
        var passwordFile = Path.Combine(_folder, "password");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        if (_asOsUser)
        {
            await RunAsync("chown", ["-R", $"{OsUser}:{OsUser}", _folder], cancellationToken);
        }

        await RunPostgresToolAsync(
            "initdb",
            ["-D", DataFolder, "-U", Role, $"--pwfile={passwordFile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
            cancellationToken);
    }

    private Task PgCtlAsync(CancellationToken cancellationToken, params string[] arguments) =>
        RunPostgresToolAsync("pg_ctl", ["-D", DataFolder, .. arguments], cancellationToken);

    private Task RunPostgresToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var program = Path.Combine(_binaries, tool);
        return _asOsUser
            ? RunAsync("runuser", ["-u", OsUser, "--", program, .. arguments], cancellationToken)
            : RunAsync(program, arguments, cancellationToken);
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");

        // pg_ctl start leaves the server running with our pipes only if it inherits them; -l sends its output to the
        // log file, so reading to the end here returns when pg_ctl itself is done.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile, CancellationToken.None) : "(no server log)";
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}\nServer log:\n{log}");
        }
    }

    private static string? FindBinaries(out string? missing)
    {
        const string root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        missing = newest is null ? $"no initdb and pg_ctl under {root}/*/bin" : null;
        return newest;
    }

    private static bool OsUserExists() =>
        File.ReadLines("/etc/passwd").Any(line => line.StartsWith(OsUser + ":", StringComparison.Ordinal));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
