using Judge.Runner;

// The sandboxed runner. One process judges (part of) one submission: it reads a RunRequest on stdin,
// runs the tests in order and reports each over the protocol channel, then exits. It stops early after
// a time-out or memory exhaustion, since user threads cannot be stopped; the host starts a fresh runner
// for the groups that remain.
// Its one argument, when the pool gives one, is the kind of problem it was started for: it warms up only that kind's harness.
int exitCode;
using (var channel = ProtocolChannel.TakeOverStdout())
{
    var warmThread = Warmup.Run(Warmup.KindFrom(args));
    var request = ProtocolChannel.ReadRequest();
    exitCode = request is null ? 2 : TestSession.Run(request, channel, warmThread);
}
return ImmediateExit.Now(exitCode);
