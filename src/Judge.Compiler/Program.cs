using Judge.Compiler;
using Judge.Core.Protocol;

// The compiler worker: reads compile requests on stdin, answers on stdout, until stdin closes or it has
// served its quota. It runs in the sandbox under the same limits as a submission, because hostile source
// can make Roslyn itself eat memory and CPU; the host kills it on a time-out and starts a fresh one.
var compiler = new SubmissionCompiler();
using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
while (await Frames.ReadAsync<CompileRequest>(input) is { } request)
{
    await Frames.WriteAsync(output, compiler.Compile(request));
}
