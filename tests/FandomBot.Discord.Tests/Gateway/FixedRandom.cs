namespace FandomBot.Discord.Tests.Gateway;

/// <summary>A "random" source that always answers the same, so jitter is predictable in tests.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
