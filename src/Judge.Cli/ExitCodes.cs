namespace Judge.Cli;

/// <summary>What <c>judge</c> exits with, so scripts can tell a wrong solution from a wrong command or an unreachable server.</summary>
public static class ExitCodes
{
    /// <summary>Done; for <c>submit</c>, the solution was accepted.</summary>
    public const int Ok = 0;

    /// <summary>The solution was judged and failed: any verdict but Accepted and InternalError (for <c>validate</c>: a reference got the wrong verdict).</summary>
    public const int NotAccepted = 1;

    /// <summary>The command was wrong: bad arguments, a missing file or folder, an unknown problem, a request the server refused as invalid.</summary>
    public const int Usage = 2;

    /// <summary>The server could not be used: no connection, a refused or missing API key, busy past its retries, or a server error.</summary>
    public const int Server = 3;

    /// <summary>The judge itself failed: an InternalError verdict, or the local engine cannot start (no sandbox).</summary>
    public const int JudgeFailed = 4;

    /// <summary>Stopped with Ctrl+C (128 + SIGINT, as shells report it); what had finished was kept.</summary>
    public const int Interrupted = 130;
}
