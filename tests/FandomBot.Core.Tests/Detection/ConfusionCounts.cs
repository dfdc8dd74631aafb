namespace FandomBot.Core.Tests.Detection;

/// <summary>True/false positives and negatives for one slice of the corpus.</summary>
internal sealed class ConfusionCounts
{
    public int Total { get; private set; }

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    /// <summary>1.0 when nothing was predicted (vacuously precise).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>1.0 when there was nothing to find.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public void Add(bool expected, bool predicted)
    {
        Total++;
        if (expected && predicted)
        {
            TruePositives++;
        }
        else if (!expected && predicted)
        {
            FalsePositives++;
        }
        else if (expected)
        {
            FalseNegatives++;
        }
    }
}
