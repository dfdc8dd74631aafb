using System.Text;

namespace FandomBot.Tests.Quotes;

/// <summary>A quote file in a fresh temporary directory, deleted with it.</summary>
internal sealed class TemporaryQuoteFile : IDisposable
{
    private readonly string _directory;

    public TemporaryQuoteFile(string json)
    {
        _directory = Directory.CreateTempSubdirectory("fandombot-quotes-").FullName;
        Path = System.IO.Path.Combine(_directory, "quotes.json");
        File.WriteAllText(Path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public string Path { get; }

    /// <summary>One valid record with <paramref name="text"/> as its text (empty text makes it invalid).</summary>
    public static string OneRecord(string id, string text) => $$"""
        [
          {
            "id": "{{id}}",
            "speaker": "Alice Oseman",
            "text": "{{text}}",
            "said_on": "2022-10-31",
            "said_where": "Twitter",
            "original_url": null,
            "reported_by": { "outlet": "HuffPost UK", "headline": null, "url": "https://www.huffingtonpost.co.uk/entry/x" },
            "tags": ["speculation"],
            "verified": true,
            "fiction": false
          }
        ]
        """;

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
