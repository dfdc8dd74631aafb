using FandomBot.Discord.Fake.Rest;
using Xunit;

namespace FandomBot.Discord.Tests.Contract;

/// <summary>
/// Discord's OpenAPI description for the tests that check shapes against it: skipped with the reason when the document
/// is absent (a plain clone has no <c>../shared</c>), failed under <c>CI=true</c> like the PostgreSQL and container tests.
/// </summary>
internal static class RequiredContract
{
    public static async Task<OpenApiContract> GetAsync()
    {
        if (await OpenApiContract.TryGetAsync() is { } contract)
        {
            return contract;
        }

        if (OpenApiContract.IsRequired)
        {
            Assert.Fail(OpenApiContract.AbsenceReason + " CI requires it.");
        }

        Assert.Skip("Contract test skipped: " + OpenApiContract.AbsenceReason);
        throw new System.Diagnostics.UnreachableException();
    }
}
