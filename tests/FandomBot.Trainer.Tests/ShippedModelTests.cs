using Xunit;
using FandomBot.Core.Detection.Model;

namespace FandomBot.Trainer.Tests;

public sealed class ShippedModelTests
{
    [Fact]
    public void The_shipped_model_is_what_the_trainer_makes_of_the_corpus()
    {
        var log = new StringWriter();
        var trained = ModelTraining.Run(TrainingInputs.ForRepository(RepositoryRoot.Path), log).Model.ToBytes();
        var shipped = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "config", "detector", "model.bin"));

        Assert.True(shipped.AsSpan().SequenceEqual(trained),
            "config/detector/model.bin differs from a fresh training: run `dotnet run --project tools/FandomBot.Trainer -c Release` and commit it\n" + log);
    }

    [Fact]
    public void The_detector_embeds_the_shipped_model()
    {
        var shipped = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "config", "detector", "model.bin"));

        Assert.NotNull(DetectorModel.Default);
        Assert.True(DetectorModel.Default!.ToBytes().AsSpan().SequenceEqual(shipped));
    }

    [Fact]
    public void Training_the_same_lines_twice_gives_the_same_weights()
    {
        var examples = Enumerable.Range(0, 200)
            .Select(i => new TrainingExample($"x{i:D3}", [i % 17, (i * 7) % 31, 40 + (i % 3)], i % 3 == 0))
            .ToList();
        var trainer = new LogisticTrainer(bits: 10);

        var (first, firstBias) = trainer.Train(examples);
        var (second, secondBias) = trainer.Train([.. examples.AsEnumerable().Reverse()]);

        Assert.Equal(firstBias, secondBias);
        Assert.Equal(first, second);
        Assert.NotEqual(0, first[40]);
    }

    [Fact]
    public void A_model_file_reads_back_to_the_same_bytes_and_scores()
    {
        var weights = new float[1 << 10];
        weights[3] = 1.5f;
        weights[7] = -0.25f;
        var model = DetectorModel.FromWeights(10, weights, bias: -0.5f, threshold: 0.6f, rulesThreshold: 0.3f, "test model");

        var read = DetectorModel.Parse(model.ToBytes());

        Assert.Equal(model.ToBytes(), read.ToBytes());
        Assert.Equal(0.6f, read.Threshold);
        Assert.Equal(0.3f, read.RulesThreshold);
        Assert.Equal("test model", read.Description);
        Assert.Equal(1 / (1 + Math.Exp(-(-0.5 + 1.5 - 0.25))), read.Probability([3, 7]), 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(100)]
    public void A_damaged_model_file_is_refused_with_a_reason(int cut)
    {
        var bytes = DetectorModel.FromWeights(10, new float[1 << 10], 0, 0.5f, 0.5f, "x").ToBytes();
        var damaged = cut == 0 ? [.. "nope"u8] : bytes.AsSpan(0, bytes.Length - cut).ToArray();

        var error = Assert.Throws<InvalidDataException>(() => DetectorModel.Parse(damaged));
        Assert.Contains("detector model", error.Message, StringComparison.Ordinal);
    }
}
