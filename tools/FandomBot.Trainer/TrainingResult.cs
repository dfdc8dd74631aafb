using FandomBot.Core.Detection.Model;

namespace FandomBot.Trainer;

/// <summary>The trained model and what it was trained on.</summary>
internal sealed record TrainingResult(DetectorModel Model, int Lines, int Examples, double Threshold);
