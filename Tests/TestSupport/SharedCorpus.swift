import Foundation

/// Access to the shared corpus and public cases at `../shared` beside the
/// checkout. Suites that need them are skipped, with a message saying so,
/// when the folder is absent.
public enum SharedCorpus {
  /// `../shared`, found from this file's path (`<checkout>/Tests/TestSupport/…`).
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")

  /// The checkout's root folder.
  public static let checkout: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Whether `../shared/corpus` exists.
  public static var isAvailable: Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent("corpus").path)
  }

  /// Whether `../shared/cases/public-cases.jsonl` exists.
  public static var casesAvailable: Bool {
    FileManager.default.fileExists(atPath: casesURL.path)
  }

  public static var casesURL: URL { root.appendingPathComponent("cases/public-cases.jsonl") }

  /// The text of `../shared/corpus/<path>`, or nil when absent.
  public static func text(_ path: String) -> String? {
    try? String(contentsOf: root.appendingPathComponent("corpus").appendingPathComponent(path), encoding: .utf8)
  }

  /// Every corpus file (relative paths, sorted), excluding READMEs.
  public static var corpusFiles: [String] {
    let base = root.appendingPathComponent("corpus")
    guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
    var files: [String] = []
    while let path = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory)
      if !isDirectory.boolValue && !path.hasSuffix("README.md") { files.append(path) }
    }
    return files.sorted()
  }

  /// The text of a project fixture, `Fixtures/<name>`.
  public static func fixture(_ name: String) -> String {
    (try? String(contentsOf: checkout.appendingPathComponent("Fixtures").appendingPathComponent(name), encoding: .utf8))
      ?? ""
  }

  /// A public case: `input` is a string or an object of named options; `expected` any JSON value.
  public struct Case: CustomStringConvertible, Sendable {
    public let id: String
    public let component: String
    public let input: JSONValue
    public let expected: JSONValue
    public let note: String
    public var description: String { "\(id) (\(component))" }
  }

  /// The public cases of `component` (e.g. "normalize"); empty when the file is absent.
  public static func cases(_ component: String) -> [Case] {
    guard let data = try? Data(contentsOf: casesURL) else { return [] }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        object["component"] as? String == component
      else { return nil }
      return Case(
        id: object["id"] as? String ?? "?", component: component,
        input: JSONValue(object["input"] as Any), expected: JSONValue(object["expected"] as Any),
        note: object["note"] as? String ?? "")
    }
  }
}

/// A JSON value from the public cases.
public enum JSONValue: Sendable, Equatable, CustomStringConvertible {
  case string(String)
  case number(Double)
  case bool(Bool)
  case array([JSONValue])
  case object([String: JSONValue])
  case null

  init(_ any: Any) {
    switch any {
    case let s as String: self = .string(s)
    case let b as Bool where type(of: any) == type(of: true as NSNumber) || any is Bool: self = .bool(b)
    case let n as NSNumber: self = .number(n.doubleValue)
    case let a as [Any]: self = .array(a.map(JSONValue.init))
    case let o as [String: Any]: self = .object(o.mapValues(JSONValue.init))
    default: self = .null
    }
  }

  public var string: String? { if case .string(let s) = self { s } else { nil } }
  public var number: Double? { if case .number(let n) = self { n } else { nil } }
  public var int: Int? { number.map { Int($0) } }
  public var bool: Bool? { if case .bool(let b) = self { b } else { nil } }
  public var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
  public var strings: [String]? { array?.compactMap(\.string) }
  public subscript(key: String) -> JSONValue? { if case .object(let o) = self { o[key] } else { nil } }

  public var description: String {
    switch self {
    case .string(let s): "\"\(s)\""
    case .number(let n): "\(n)"
    case .bool(let b): "\(b)"
    case .array(let a): "[" + a.map(\.description).joined(separator: ", ") + "]"
    case .object(let o): "{" + o.map { "\($0): \($1)" }.sorted().joined(separator: ", ") + "}"
    case .null: "null"
    }
  }
}
