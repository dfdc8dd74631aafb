namespace FandomBot.Core.Tests.Quotes;

/// <summary>The committed <c>config/quotes.json</c>, found from the test's directory up to the repository root.</summary>
internal static class ShippedQuoteFile
{
    public static string Path { get; } = Find();

    public static byte[] Bytes() => File.ReadAllBytes(Path);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "FandomBot.sln")))
            {
                return System.IO.Path.Combine(directory.FullName, "config", "quotes.json");
            }
        }

        throw new InvalidOperationException($"No FandomBot.sln above {AppContext.BaseDirectory}.");
    }
}
