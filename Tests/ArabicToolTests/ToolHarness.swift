import ArgumentParser
import Foundation
import TestSupport

@testable import arabic_tool

/// Runs `arabic-tool` in process or as a child process, with files in a temporary folder.
struct ToolHarness {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("arabic-tool-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }

  /// Writes `bytes` to a file in the folder and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

  func read(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Parses and runs `arguments` in process, writing to `-o out.txt`; returns the output.
  func run(_ arguments: [String]) throws -> String {
    var command = try ArabicTool.parseAsRoot(arguments + ["-o", path("out.txt")])
    try command.run()
    return try read("out.txt")
  }

  /// The built `arabic-tool` executable beside the test bundle.
  static var executable: URL? {
    var directory = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = directory.appendingPathComponent("arabic-tool")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }

  /// Runs the executable with `arguments` and `stdin`; returns status, stdout and stderr.
  func runProcess(_ arguments: [String], stdin: [UInt8] = []) throws -> (status: Int32, stdout: String, stderr: String) {
    guard let executable = Self.executable else { throw HarnessError.noExecutable }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let input = Pipe(), output = Pipe(), error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(stdin))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
  }

  enum HarnessError: Error { case noExecutable }
}
