// Every test judges in the real sandbox; run one at a time so a correct solution is never slowed into a time-out.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
