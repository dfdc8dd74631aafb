using FandomBot.EmbeddingExperiment;
using FandomBot.Trainer;

// Issue 14: does a MiniLM sentence embedding pay for itself in the detector? (EXPERIMENT-14-EMBEDDINGS.md)
//   dotnet run --project tools/FandomBot.EmbeddingExperiment -c Release            out-of-fold tables (training lines only)
//   dotnet run --project tools/FandomBot.EmbeddingExperiment -c Release -- --cost  time and memory of one embedding
//   ... -- --embed "some text"                                                      embeds one sentence (the NativeAOT check)
// Vectors are cached under $FANDOMBOT_EMBEDDING_CACHE (default /tmp/fandombot-embeddings), never in the repository.
// Never reads the sealed test part: only the trainer's own training inputs.
if (args.Length >= 2 && args[0] == "--embed")
{
    return OneEmbedding.Run(args[1], Console.Out);
}

var root = RepositoryRoot.Find();
if (root is null)
{
    Console.Error.WriteLine("FandomBot.sln not found above the current folder: run from the repository.");
    return 2;
}

var inputs = TrainingInputs.ForRepository(root);
if (args.Contains("--cost"))
{
    EmbeddingCost.Run(inputs, Console.Out);
    return 0;
}

var cache = Environment.GetEnvironmentVariable("FANDOMBOT_EMBEDDING_CACHE") is { Length: > 0 } folder ? folder : "/tmp/fandombot-embeddings";
EmbeddingOutOfFold.Run(inputs, cache, Console.Out);
return 0;
