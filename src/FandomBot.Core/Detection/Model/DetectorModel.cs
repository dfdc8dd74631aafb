using System.Buffers.Binary;
using System.Text;

namespace FandomBot.Core.Detection.Model;

/// <summary>
/// The detector's learned weights: a logistic model over hashed features (words, word pairs and triples, character
/// grams, emoji, context words and the rules' findings). Data, not code: <c>config/detector/model.bin</c>, written by
/// <c>tools/FandomBot.Trainer</c> from the corpus and embedded in this assembly so Core reads no file. Immutable and
/// thread-safe; scoring allocates nothing.
/// </summary>
public sealed class DetectorModel
{
    /// <summary>The model file's format version; a file of another version is refused.</summary>
    public const int FormatVersion = 1;

    private const uint Magic = 0x4D444246; // "FBDM", little-endian
    private const int HeaderSize = 28;
    private const string ResourceName = "FandomBot.Core.detector-model.bin";

    private static readonly Lazy<DetectorModel?> Embedded = new(LoadEmbedded);

    private readonly float[] _weights;

    private DetectorModel(int bits, float[] weights, float bias, float threshold, float rulesThreshold, string description)
    {
        RulesThreshold = rulesThreshold;
        Bits = bits;
        Mask = (1 << bits) - 1;
        _weights = weights;
        Bias = bias;
        Threshold = threshold;
        Description = description;
    }

    /// <summary>The shipped model, or null in a build that embeds none (the rules then decide alone).</summary>
    public static DetectorModel? Default => Embedded.Value;

    /// <summary>log2 of the weight table's size.</summary>
    public int Bits { get; }

    internal int Mask { get; }

    public float Bias { get; }

    /// <summary>The probability at or above which the model calls a message speculation.</summary>
    public float Threshold { get; }

    /// <summary>
    /// The lower bar when the rules themselves found a label on a real person: their word counts as evidence the
    /// weights alone do not hold (both thresholds are chosen together from out-of-fold predictions).
    /// </summary>
    public float RulesThreshold { get; }

    /// <summary>What the model was trained on (corpus size, date-free so retraining is reproducible).</summary>
    public string Description { get; }

    internal float Weight(int index) => _weights[index];

    /// <summary>Builds a model from trained weights (the trainer's path); weights are stored as half floats.</summary>
    public static DetectorModel FromWeights(int bits, ReadOnlySpan<float> weights, float bias, float threshold, float rulesThreshold, string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        if (bits is < 10 or > 24 || weights.Length != 1 << bits)
        {
            throw new ArgumentException($"want 2^{bits} weights, got {weights.Length}", nameof(weights));
        }

        // Rounded through Half now, so a model and its saved file score exactly alike.
        var rounded = new float[weights.Length];
        for (var i = 0; i < rounded.Length; i++)
        {
            rounded[i] = (float)(Half)weights[i];
        }

        return new DetectorModel(bits, rounded, bias, threshold, rulesThreshold, description);
    }

    /// <summary>Reads a model file; a damaged or foreign file is an <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static DetectorModel Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic)
        {
            throw new InvalidDataException("not a FandomBot detector model (bad header)");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(data[4..]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"detector model format {version}, this build reads {FormatVersion}");
        }

        var bits = BinaryPrimitives.ReadInt32LittleEndian(data[8..]);
        var bias = BinaryPrimitives.ReadSingleLittleEndian(data[12..]);
        var threshold = BinaryPrimitives.ReadSingleLittleEndian(data[16..]);
        var rulesThreshold = BinaryPrimitives.ReadSingleLittleEndian(data[20..]);
        var descriptionLength = BinaryPrimitives.ReadInt32LittleEndian(data[24..]);
        if (bits is < 10 or > 24 || descriptionLength < 0 || data.Length != HeaderSize + descriptionLength + (2 << bits))
        {
            throw new InvalidDataException("detector model is truncated or has a bad size");
        }

        var description = Encoding.UTF8.GetString(data.Slice(HeaderSize, descriptionLength));
        var body = data[(HeaderSize + descriptionLength)..];
        var weights = new float[1 << bits];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(body[(2 * i)..]);
        }

        return new DetectorModel(bits, weights, bias, threshold, rulesThreshold, description);
    }

    /// <summary>The model file's bytes.</summary>
    public byte[] ToBytes()
    {
        var description = Encoding.UTF8.GetBytes(Description);
        var data = new byte[HeaderSize + description.Length + (2 * _weights.Length)];
        var span = data.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], Bits);
        BinaryPrimitives.WriteSingleLittleEndian(span[12..], Bias);
        BinaryPrimitives.WriteSingleLittleEndian(span[16..], Threshold);
        BinaryPrimitives.WriteSingleLittleEndian(span[20..], RulesThreshold);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], description.Length);
        description.CopyTo(span[HeaderSize..]);
        var body = span[(HeaderSize + description.Length)..];
        for (var i = 0; i < _weights.Length; i++)
        {
            BinaryPrimitives.WriteHalfLittleEndian(body[(2 * i)..], (Half)_weights[i]);
        }

        return data;
    }

    /// <summary>The model's probability that a message with these features is speculation.</summary>
    public double Probability(ReadOnlySpan<int> features)
    {
        double z = Bias;
        foreach (var f in features)
        {
            z += _weights[f];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    private static DetectorModel? LoadEmbedded()
    {
        using var stream = typeof(DetectorModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return Parse(data);
    }
}
