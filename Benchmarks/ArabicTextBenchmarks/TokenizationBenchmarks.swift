import ArabicText
import Benchmark

func tokenizationBenchmarks() {
  let big = Inputs.big
  let size = "\(big.text.utf8.count >> 20) MB"

  Benchmark("WordTokenizer words with ranges \(big.name) \(size)") { benchmark in
    let tokenizer = WordTokenizer()
    for _ in benchmark.scaledIterations {
      var count = 0
      for token in tokenizer.tokens(in: big.text) { count &+= token.utf8Offsets.count }
      blackHole(count)
    }
  }

  Benchmark("WordTokenizer all tokens \(big.name) \(size)") { benchmark in
    let tokenizer = WordTokenizer(scope: .all)
    for _ in benchmark.scaledIterations {
      var count = 0
      for token in tokenizer.tokens(in: big.text) { count &+= token.utf8Offsets.count }
      blackHole(count)
    }
  }

  Benchmark("wordCount(of:) \(big.name) \(size)") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(wordCount(of: big.text))
    }
  }

  Benchmark("SentenceSegmenter sentences \(big.name) \(size)") { benchmark in
    let segmenter = SentenceSegmenter()
    for _ in benchmark.scaledIterations {
      var count = 0
      for sentence in segmenter.sentences(in: big.text) { count &+= sentence.utf8Offsets.count }
      blackHole(count)
    }
  }
}
