using System.CommandLine;
using FandomBot.Features.Invite;
using FandomBot.Hosting;

namespace FandomBot.Cli;

/// <summary><c>fandombot invite</c>: prints the URL that adds the bot to a server, and why each permission is asked for.</summary>
internal static class InviteCommand
{
    public static Command Create()
    {
        var clientId = new Option<ulong?>("--client-id") { Description = "The application (client) id; read from the token when omitted." };
        var command = new Command("invite", "Print the OAuth2 URL that adds the bot to a server, with the smallest permissions it needs.")
        {
            clientId,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            if (ConfigurationOverrides.ReportStray(parseResult.UnmatchedTokens, "invite", parseResult.InvocationConfiguration.Error))
            {
                return ExitCodes.Failure;
            }

            var id = parseResult.GetValue(clientId);
            if (id is null)
            {
                try
                {
                    id = InviteUrl.ApplicationIdFromToken(DiscordTokenSource.Resolve(BotConfiguration.Build(parseResult.UnmatchedTokens)));
                }
                catch (ConfigurationException e)
                {
                    parseResult.InvocationConfiguration.Error.WriteLine(e.Message);
                    return ExitCodes.ConfigurationError;
                }
            }

            if (id is null)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("Pass --client-id (Developer Portal > your application > General Information > Application ID), or set DISCORD_TOKEN.");
                return ExitCodes.Failure;
            }

            output.WriteLine(InviteUrl.For(id.Value).AbsoluteUri);
            output.WriteLine();
            output.WriteLine("Scopes: bot, applications.commands (slash commands). Permissions:");
            foreach (var (name, _, why) in InvitePermissions.Needed)
            {
                output.WriteLine($"  {name}: {why}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
