// The runner owns the process's Console (each test redirects stdout, as the real runner does one test at a
// time), so these tests must not run side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
