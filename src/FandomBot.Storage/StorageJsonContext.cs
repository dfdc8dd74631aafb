using System.Text.Json.Serialization;

namespace FandomBot.Storage;

/// <summary>The JSON the store writes (a person's aliases), generated at build time: no reflection, NativeAOT-safe.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
