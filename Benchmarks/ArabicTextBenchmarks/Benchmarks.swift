import Benchmark

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    warmupIterations: 2,
    maxDuration: .seconds(3),
    maxIterations: 50
  )
  normalizationBenchmarks()
  tokenizationBenchmarks()
  metricsBenchmarks()
  seoBenchmarks()
  icuBenchmarks()
}
