using System.Text.Json;
using System.Text.Json.Serialization;

namespace FandomBot.Discord.Models;

/// <summary>
/// Writes permissions as a JSON number, the form Discord's OpenAPI description gives for
/// <c>default_member_permissions</c>; reads either form.
/// </summary>
public sealed class PermissionsAsNumberJsonConverter : JsonConverter<Permissions>
{
    private static readonly PermissionsJsonConverter Reader = new();

    /// <inheritdoc />
    public override Permissions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Reader.Read(ref reader, typeToConvert, options);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Permissions value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue((ulong)value);
    }
}
