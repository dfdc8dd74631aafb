using System.CommandLine;
using FandomBot.Cli;

// SIGTERM and Ctrl+C belong to the generic host's console lifetime (graceful shutdown), not to the command line's
// own handler, which would force an exit after two seconds.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await FandomBotCommandLine.Create().Parse(args).InvokeAsync(invocation).ConfigureAwait(false);
