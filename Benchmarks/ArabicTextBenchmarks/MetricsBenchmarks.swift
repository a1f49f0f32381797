import ArabicText
import Benchmark

func metricsBenchmarks() {
  let big = Inputs.big
  let article = Inputs.article5KB

  Benchmark("ReadingTime \(big.name) \(big.text.utf8.count >> 20) MB") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(ReadingTime(big.text).seconds)
    }
  }

  Benchmark(
    "Excerpt maxCharacters 156 of a 5 KB article",
    configuration: .init(scalingFactor: .kilo)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(Excerpt(article, maxCharacters: 156).text)
    }
  }

  Benchmark(
    "Excerpt maxWords 30 of a 5 KB article",
    configuration: .init(scalingFactor: .kilo)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(Excerpt(article, maxWords: 30).text)
    }
  }
}
