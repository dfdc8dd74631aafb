using System.Text;
using System.Text.Json.Nodes;

namespace FandomBot.Core.Tests.Quotes;

/// <summary>Builds quote files for tests: a valid record to start from, and the bytes of a file of records.</summary>
internal static class QuoteRecords
{
    public const string FileName = "quotes-under-test.json";

    public static JsonObject Valid(string id = "alice-oseman-tweet", string speaker = "Alice Oseman", string text = "I truly don’t understand how people can watch Heartstopper and then gleefully spend their time speculating about sexualities.", params string[] tags) =>
        new()
        {
            ["id"] = id,
            ["speaker"] = speaker,
            ["text"] = text,
            ["said_on"] = "2022-10-31",
            ["said_where"] = "Twitter",
            ["original_url"] = null,
            ["reported_by"] = new JsonObject
            {
                ["outlet"] = "HuffPost UK",
                ["headline"] = null,
                ["url"] = "https://www.huffingtonpost.co.uk/entry/kit-connor-heartstopper-outed-bisexual_uk_6360dfabe4b046b39ca160d9",
            },
            ["tags"] = new JsonArray([.. (tags.Length == 0 ? ["speculation"] : tags).Select(tag => JsonValue.Create(tag))]),
            ["verified"] = true,
            ["fiction"] = false,
        };

    public static byte[] File(params JsonNode[] records) =>
        Encoding.UTF8.GetBytes(new JsonArray(records).ToJsonString());

    public static byte[] Text(string json) => Encoding.UTF8.GetBytes(json);
}
