import ArabicText
import Benchmark

/// Throughput is reported per iteration of one whole input; MB/s = size / wall clock.
func normalizationBenchmarks() {
  let big = Inputs.big
  let vocalized = Inputs.vocalized

  for preset in ArabicNormalizer.Preset.allCases {
    Benchmark("normalize(.\(preset)) \(big.name) \(big.text.utf8.count >> 20) MB") { benchmark in
      let normalizer = ArabicNormalizer(preset: preset)
      for _ in benchmark.scaledIterations {
        blackHole(normalizer.normalize(big.text))
      }
    }
  }

  Benchmark("strip-diacritics \(big.name) \(big.text.utf8.count >> 20) MB") { benchmark in
    let stripper = DiacriticStripper()
    for _ in benchmark.scaledIterations {
      blackHole(stripper.strip(big.text))
    }
  }

  Benchmark("strip-diacritics \(vocalized.name) (fully vocalized) \(vocalized.text.utf8.count >> 10) KB") { benchmark in
    let stripper = DiacriticStripper()
    for _ in benchmark.scaledIterations {
      blackHole(stripper.strip(vocalized.text))
    }
  }

  Benchmark("normalize(.search) \(vocalized.name) (fully vocalized) \(vocalized.text.utf8.count >> 10) KB") { benchmark in
    let normalizer = ArabicNormalizer(preset: .search)
    for _ in benchmark.scaledIterations {
      blackHole(normalizer.normalize(vocalized.text))
    }
  }
}
