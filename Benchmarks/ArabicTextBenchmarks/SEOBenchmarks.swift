import ArabicText
import ArabicTextHTML
import Benchmark

func seoBenchmarks() {
  let html = Inputs.fixture("article.html")
  let text = Inputs.article5KB
  let batch = (0..<100).map { index in "<html><head><title>مقال \(index)</title></head><body><article><h1>عنوان المقال \(index)</h1><p>" + text + "</p></article></body></html>" }

  Benchmark("SEO metadata of the HTML fixture article", configuration: .init(scalingFactor: .kilo)) { benchmark in
    let analyzer = SEOAnalyzer()
    for _ in benchmark.scaledIterations {
      blackHole(try? analyzer.analyze(Document(html: html)))
    }
  }

  Benchmark("SEO metadata of a 5 KB plain-text article", configuration: .init(scalingFactor: .kilo)) { benchmark in
    let analyzer = SEOAnalyzer()
    for _ in benchmark.scaledIterations {
      blackHole(try? analyzer.analyze(Document(plainText: text)))
    }
  }

  Benchmark("SEO metadata batch of 100 HTML articles of 5 KB (articles/s = 100 × throughput)") { benchmark in
    let analyzer = SEOAnalyzer()
    for _ in benchmark.scaledIterations {
      for page in batch { blackHole(try? analyzer.analyze(Document(html: page))) }
    }
  }
}
