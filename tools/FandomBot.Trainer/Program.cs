using FandomBot.Trainer;

// Retrains the detector's model from the corpus and writes config/detector/model.bin:
//   dotnet run --project tools/FandomBot.Trainer -c Release [-- --check]
// --agreement compares the writers' labels with the second labellers' and moves disagreements to corpus/ambiguous.jsonl.
// --errors prints the training lines the out-of-fold predictions got wrong (never the sealed test part).
// --learning-curve trains each fold on a quarter, half, three quarters and all of its part: does more data pay?
// --experiment scores the nonlinear designs of issue 14 out-of-fold beside the shipped linear model.
// --check trains and compares with the shipped file instead of writing it (exit 1 when they differ).
var root = RepositoryRoot.Find();
if (root is null)
{
    Console.Error.WriteLine("FandomBot.sln not found above the current folder: run from the repository.");
    return 2;
}

if (args.Contains("--agreement"))
{
    return CorpusAgreement.Run(root, Console.Out);
}

if (args.Contains("--learning-curve"))
{
    LearningCurve.Run(TrainingInputs.ForRepository(root), Console.Out);
    return 0;
}

if (args.Contains("--experiment"))
{
    ModelExperiments.Run(TrainingInputs.ForRepository(root), Console.Out);
    return 0;
}

var check = args.Contains("--check");
var result = ModelTraining.Run(TrainingInputs.ForRepository(root) with { ShowErrors = args.Contains("--errors") }, Console.Out);
var bytes = result.Model.ToBytes();
var path = Path.Combine(root, "config", "detector", "model.bin");
if (check)
{
    var same = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    Console.WriteLine(same ? "the shipped model is what the corpus trains" : "the shipped model differs from a fresh training");
    return same ? 0 : 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(path)!);
File.WriteAllBytes(path, bytes);
Console.WriteLine($"wrote {path} ({bytes.Length:N0} bytes): {result.Model.Description}");
return 0;
