import ArabicText
import ArabicTextICU
import Benchmark

func icuBenchmarks() {
  let big = Inputs.big
  let words = Inputs.words

  Benchmark("bidi display (shape + reorder) \(big.name) \(big.text.utf8.count >> 20) MB") { benchmark in
    let display = try! VisualReorderer.display(direction: .auto)
    for _ in benchmark.scaledIterations {
      blackHole(try? display.reorder(big.text))
    }
  }

  Benchmark("ArabicCollator sort keys of \(words.count) short words (words/s = count × throughput)") { benchmark in
    let collator = try! ArabicCollator()
    var keys: [UInt8] = []
    keys.reserveCapacity(words.count * 16)
    for _ in benchmark.scaledIterations {
      keys.removeAll(keepingCapacity: true)
      for word in words { _ = collator.appendSortKey(for: word, to: &keys) }
      blackHole(keys.count)
    }
  }

  Benchmark("ArabicCollator sorted(\(words.count) words)") { benchmark in
    let collator = try! ArabicCollator()
    for _ in benchmark.scaledIterations {
      blackHole(collator.sorted(words).count)
    }
  }
}
