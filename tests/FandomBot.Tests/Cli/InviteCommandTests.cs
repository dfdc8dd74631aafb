using System.Text;
using FandomBot.Features.Invite;
using Xunit;

namespace FandomBot.Tests.Cli;

public sealed class InviteCommandTests
{
    [Fact]
    public void The_permission_integer_is_view_send_threads_embed_and_history_only()
    {
        Assert.Equal(274877991936UL, InvitePermissions.Value);
    }

    [Fact]
    public async Task Prints_the_oauth2_url_with_both_scopes_and_the_permissions()
    {
        var (exitCode, output, _) = await CommandLineRunner.RunAsync("invite", "--client-id", "1234567890123");

        Assert.Equal(0, exitCode);
        Assert.StartsWith(
            "https://discord.com/oauth2/authorize?client_id=1234567890123&scope=bot%20applications.commands&permissions=274877991936",
            output,
            StringComparison.Ordinal);
        Assert.Contains("Embed Links", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_application_id_is_read_from_the_token_when_not_given()
    {
        var idPart = Convert.ToBase64String(Encoding.ASCII.GetBytes("987654321098765432")).TrimEnd('=');

        var (exitCode, output, _) = await CommandLineRunner.RunAsync("invite", $"--Discord:Token={idPart}.GhIjKl.secret-part");

        Assert.Equal(0, exitCode);
        Assert.Contains("client_id=987654321098765432&", output, StringComparison.Ordinal);
    }
}
