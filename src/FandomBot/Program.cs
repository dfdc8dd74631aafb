using FandomBot.Cli;

return await FandomBotCommandLine.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
