namespace FandomBot.Discord.Gateway;

/// <summary>
/// What a shard must remember to resume: the session id, where to resume, the last sequence, and how many resumes
/// in a row have failed. Written by the shard's connection loop; read from any thread.
/// </summary>
internal sealed class GatewaySession
{
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long _sequence = -1;
    private int _failedResumes;

    /// <summary>The session id from READY, or null when there is no session.</summary>
    public string? SessionId => Volatile.Read(ref _sessionId);

    /// <summary>Where to reconnect to resume (READY's <c>resume_gateway_url</c>).</summary>
    public Uri? ResumeUrl => Volatile.Read(ref _resumeUrl);

    /// <summary>The sequence of the last dispatch, or null before the first.</summary>
    public long? Sequence => Volatile.Read(ref _sequence) is var s && s >= 0 ? s : null;

    /// <summary>Resumes that failed since the session was last confirmed.</summary>
    public int FailedResumes => Volatile.Read(ref _failedResumes);

    /// <summary>Whether there is a session to resume.</summary>
    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>
    /// Moves the sequence forward. Only a larger sequence counts: a replayed or out-of-order dispatch must not make
    /// a later resume ask for events we already have, or make a heartbeat report less than we saw.
    /// </summary>
    public void Observe(long sequence)
    {
        if (sequence > Volatile.Read(ref _sequence))
        {
            Volatile.Write(ref _sequence, sequence);
        }
    }

    /// <summary>READY: a new session starts.</summary>
    public void Begin(string sessionId, Uri resumeUrl)
    {
        Volatile.Write(ref _sessionId, sessionId);
        Volatile.Write(ref _resumeUrl, resumeUrl);
        Volatile.Write(ref _failedResumes, 0);
    }

    /// <summary>A session another owner of the shard left: the next connection resumes it from <paramref name="sequence"/>.</summary>
    public void Restore(string sessionId, Uri resumeUrl, long? sequence)
    {
        Begin(sessionId, resumeUrl);
        Volatile.Write(ref _sequence, sequence ?? -1);
    }

    /// <summary>READY or RESUMED arrived: the session is healthy again.</summary>
    public void Confirm() => Volatile.Write(ref _failedResumes, 0);

    /// <summary>A resume attempt ended before RESUMED.</summary>
    public void ResumeFailed() => Interlocked.Increment(ref _failedResumes);

    /// <summary>The session is gone; the next connection identifies afresh and numbering starts over.</summary>
    public void Forget()
    {
        Volatile.Write(ref _sessionId, null);
        Volatile.Write(ref _resumeUrl, null);
        Volatile.Write(ref _failedResumes, 0);
        Volatile.Write(ref _sequence, -1);
    }
}
