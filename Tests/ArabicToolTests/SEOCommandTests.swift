import ArgumentParser
import Foundation
import Testing
import TestSupport

@testable import arabic_tool

@Suite("arabic-tool seo")
struct SEOCommandTests {
  /// Runs `arguments` with `-o` to a temporary file and returns what was written.
  func run(_ arguments: [String], stdin: String? = nil) throws -> String {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("seo-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: output) }
    var command = try ArabicTool.parseAsRoot(arguments + ["-o", output.path])
    try command.run()
    return try String(contentsOf: output, encoding: .utf8)
  }

  func temporaryFile(_ text: String, extension ext: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("seo-\(UUID().uuidString).\(ext)")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  func object(_ json: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
  }

  @Test("an HTML fixture gives one JSON object")
  func html() throws {
    let path = SharedCorpus.checkout.appendingPathComponent("Fixtures/article.html").path
    let json = try object(try run(["seo", path]))
    #expect(json["title"] as? String == "حديقة السطح: كيف تزرع خضرواتك في المدينة")
    #expect(json["slug"] as? String == "حديقة-السطح-كيف-تزرع-خضرواتك-في-المدينة")
    #expect(json["direction"] as? String == "rtl")
    #expect((json["titleLength"] as? [String: Int]) == ["graphemes": 40, "utf16": 40])
    #expect((json["readingTime"] as? [String: Any])?["label"] as? String == "دقيقتان")
    #expect((json["warnings"] as? [[String: String]])?.first?["code"] == "description-replaced")
  }

  @Test("several files give an array; the format comes from the extension or the content")
  func several() throws {
    let text = try temporaryFile("عنوان الخبر\n\nنص الخبر الأول في فقرة كاملة تكفي لتكون وصفًا مقبولًا للخبر.", extension: "dat")
    let html = try temporaryFile("<h1>عنوان الصفحة</h1><p>نص الصفحة الأولى في فقرة كاملة.</p>", extension: "dat")
    defer {
      try? FileManager.default.removeItem(at: text)
      try? FileManager.default.removeItem(at: html)
    }
    let output = try run(["seo", "--compact", text.path, html.path])
    let array = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    #expect(array.map { $0["title"] as? String } == ["عنوان الخبر", "عنوان الصفحة"])
    #expect(output.split(separator: "\n").count == 1)
  }

  @Test("options: site name, max title, slug style, keywords")
  func options() throws {
    let file = try temporaryFile("دليل البرمجة للمبتدئين\n\nفقرة أولى تشرح للمبتدئين كيف يكتبون برنامجهم الأول.", extension: "txt")
    defer { try? FileManager.default.removeItem(at: file) }
    let json = try object(try run([
      "seo", "--site-name", "موقعي", "--separator", " | ", "--slug-style", "latin", "--keywords", "2", file.path,
    ]))
    #expect(json["title"] as? String == "دليل البرمجة للمبتدئين | موقعي")
    #expect(json["slug"] as? String == "dlil-al-brmjh-llmbtdin")
    #expect((json["keywords"] as? [String])?.count == 2)
  }

  @Test("an empty article exits 65 with a clear message")
  func empty() throws {
    let file = try temporaryFile("\n\n", extension: "txt")
    defer { try? FileManager.default.removeItem(at: file) }
    do {
      _ = try run(["seo", file.path])
      Issue.record("no error")
    } catch let error as ToolError {
      #expect(error.status == .data)
      #expect(error.message == "\(file.path): the article is empty: no words found once navigation and boilerplate are removed")
    }
  }

  @Test("ndjson: one result per line with its id; a bad line gives an error object and exit 65")
  func ndjson() throws {
    let lines = """
      {"id": "a", "text": "عنوان أول\\n\\nفقرة أولى كاملة بما يكفي لتكون فقرة حقيقية في المقال."}
      not json
      {"id": 7, "html": "<h1>عنوان ثان</h1><p>فقرة ثانية.</p>", "title": "عنوان معطى"}
      {"id": "empty", "text": ""}
      {"id": "md", "markdown": "# عنوان ثالث\\n\\nفقرة ثالثة."}
      """
    let file = try temporaryFile(lines + "\n", extension: "ndjson")
    defer { try? FileManager.default.removeItem(at: file) }
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("seo-\(UUID().uuidString).ndjson")
    defer { try? FileManager.default.removeItem(at: output) }
    var command = try ArabicTool.parseAsRoot(["seo", "--ndjson", file.path, "-o", output.path])
    #expect(throws: ToolError.self) { try command.run() }
    let results = try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map { try object(String($0)) }
    #expect(results.count == 5)
    #expect(results[0]["id"] as? String == "a")
    #expect(results[0]["title"] as? String == "عنوان أول")
    #expect(results[1]["error"] as? String == "line 2: not a JSON request object")
    #expect(results[2]["id"] as? Int == 7)
    #expect(results[2]["title"] as? String == "عنوان معطى")
    #expect(results[3]["id"] as? String == "empty")
    #expect((results[3]["error"] as? String)?.hasSuffix("the article is empty: no words found once navigation and boilerplate are removed") == true)
    #expect(results[4]["title"] as? String == "عنوان ثالث")
  }

  @Test("usage errors")
  func usage() {
    #expect(throws: (any Error).self) { try ArabicTool.parseAsRoot(["seo", "--max-description", "0"]) }
    #expect(throws: (any Error).self) { try ArabicTool.parseAsRoot(["seo", "--input", "pdf"]) }
  }

  @Test("format detection")
  func formats() {
    #expect(ArticleFormat(fileName: "a/b.HTML") == .html)
    #expect(ArticleFormat(fileName: "post.mdx") == .markdown)
    #expect(ArticleFormat(fileName: "notes") == nil)
    #expect(ArticleFormat(sniffing: "  <!DOCTYPE html><p>x</p>") == .html)
    #expect(ArticleFormat(sniffing: "---\ntitle: x\n---\nنص") == .markdown)
    #expect(ArticleFormat(sniffing: "عنوان\n\nنص <b>") == .text)
  }
}
