using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace FandomBot.Features.Reminders;

/// <summary>
/// Answers every request in the process, as Discord answers a message the bot created (200, the message, a route's
/// rate-limit headers), so the reminder path can run end to end at start-up without a byte leaving the machine.
/// Counts what it was asked, so a test can see that the warm-up went as far as Discord.
/// </summary>
internal sealed class WarmUpDiscordHandler : HttpMessageHandler
{
    private const string CreatedMessage = """
        {"id":"6","channel_id":"2","guild_id":"1","type":19,"content":"","timestamp":"2026-01-01T00:00:00+00:00",
         "author":{"id":"7","username":"fandombot","discriminator":"0","global_name":null,"avatar":null,"bot":true},
         "mentions":[],"mention_roles":[],"attachments":[],"embeds":[],"pinned":false,"mention_everyone":false,"tts":false}
        """;

    private int _requests;

    /// <summary>Requests answered.</summary>
    public int Requests => Volatile.Read(ref _requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            // Read as Discord would, so the request's content is produced the way a real send produces it.
            _ = await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        Interlocked.Increment(ref _requests);
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent(CreatedMessage, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        response.Headers.TryAddWithoutValidation("X-RateLimit-Bucket", "warm-up");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "5");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", "4");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset-After", "5.000");
        return response;
    }
}
