import ArabicText

/// Finds the bidi controls that can make source code display differently from how it
/// compiles ("Trojan Source", CVE-2021-42574).
///
/// An override (LRO, RLO) or isolate (LRI, RLI, FSI) inside a comment or
/// string literal can reorder what an editor shows, so that a reviewer reads
/// code that is not the code the compiler sees; an embedding (LRE, RLE)
/// left open runs on to the end of the line. The check reports, with line
/// and column:
///
/// - every override and every isolate, closed or not;
/// - every embedding not closed (by PDF, or by the PDI of an enclosing
///   isolate) before the end of its line.
///
/// Matching follows UAX #9 rules X6a–X8: PDF closes the last embedding or
/// override unless an isolate was opened after it, PDI closes the last open
/// isolate and everything opened inside it, and a paragraph separator (a
/// line end) closes everything. Marks (LRM, RLM, ALM), PDF and PDI
/// themselves, ZWJ and ZWNJ are not reported: they cannot hide code.
///
/// ```swift
/// TrojanSourceCheck.findings(in: "let s = \"\u{202E}abc\"\n").map(\.description)
/// // ["1:10: U+202E RIGHT-TO-LEFT OVERRIDE: override not closed on its line"]
/// ```
///
/// Feed a long input in pieces with ``scan(_:report:)`` and end with
/// ``finish(report:)``; memory stays bounded by the controls open on one line.
public struct TrojanSourceCheck: Sendable {
  /// One reported control.
  public struct Finding: Hashable, Sendable, CustomStringConvertible {
    /// The line, counted from 1; lines end at LF, CR or CR LF.
    public let line: Int
    /// The column of the control, counted from 1 in Unicode scalars.
    public let column: Int
    /// The control.
    public let control: BidiControl
    /// Whether a matching PDF or PDI closes it on the same line.
    public let isClosed: Bool

    /// "LINE:COLUMN: U+XXXX NAME: what it is".
    public var description: String {
      let code = "U+" + String(control.scalar.value, radix: 16, uppercase: true)
      let what: String =
        switch control.kind {
        case .override: "override"
        case .isolate: "isolate"
        default: "embedding"
        }
      return "\(line):\(column): \(code) \(control.name): \(what)\(isClosed ? "" : " not closed on its line")"
    }
  }

  private var line = 1
  private var column = 0
  private var afterCarriageReturn = false
  private var open: [(control: BidiControl, column: Int)] = []
  /// How many of `open` are isolates: a PDI with none open is ignored at once (no search).
  private var openIsolates = 0
  private var lineFindings: [Finding] = []

  /// A check at the start of an input (line 1).
  public init() {}

  /// The findings for a whole text.
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `text`.
  public static func findings<S: StringProtocol>(in text: S) -> [Finding] {
    var check = TrojanSourceCheck()
    var findings: [Finding] = []
    check.scan(text) { findings.append($0) }
    check.finish { findings.append($0) }
    return findings
  }

  /// Scans the next piece of the input, reporting the findings of each line as it ends, in column order.
  ///
  /// - Parameters:
  ///   - text: The next piece; pieces may split lines anywhere.
  ///   - report: Called with each finding.
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `text`.
  public mutating func scan<S: StringProtocol>(_ text: S, report: (Finding) throws -> Void) rethrows {
    let lineFeed = Unicode.Scalar(UInt8(ascii: "\n"))
    let carriageReturn = Unicode.Scalar(UInt8(ascii: "\r"))
    let controls = _BidiControlUnits.shared
    for scalar in text.unicodeScalars {
      if afterCarriageReturn {
        afterCarriageReturn = false
        if scalar == lineFeed { continue }
      }
      if scalar == lineFeed || scalar == carriageReturn {
        try closeParagraph(report: report)
        line += 1
        column = 0
        afterCarriageReturn = scalar == carriageReturn
        continue
      }
      column += 1
      if scalar == ArabicScalars.nextLine || scalar == ArabicScalars.paragraphSeparator
        || ArabicScalars.informationSeparators.contains(scalar)
      {
        // A paragraph separator inside a line still ends every embedding and isolate.
        try closeParagraph(report: report)
        continue
      }
      guard scalar.value <= UInt32(UInt16.max), controls.contains(UInt16(scalar.value)),
        let control = BidiControl(scalar)
      else { continue }
      handle(control)
    }
  }

  /// Ends the input: reports what is still open on the last line.
  public mutating func finish(report: (Finding) throws -> Void) rethrows {
    try closeParagraph(report: report)
  }

  private mutating func handle(_ control: BidiControl) {
    switch control.kind {
    case .embedding, .override, .isolate:
      open.append((control, column))
      if control.kind == .isolate { openIsolates += 1 }
    case .terminator where control == .popDirectionalFormatting:
      // X7: a PDF closes the last embedding or override, unless an isolate is open after it.
      if let last = open.last, last.control.kind != .isolate {
        open.removeLast()
        record(last, isClosed: true)
      }
    case .terminator:
      // X6a: a PDI closes the last open isolate and everything opened after it.
      guard openIsolates > 0, let isolate = open.lastIndex(where: { $0.control.kind == .isolate }) else { return }
      for entry in open[isolate...] { record(entry, isClosed: true) }
      open.removeSubrange(isolate...)
      openIsolates -= 1
    case .mark:
      break
    }
  }

  private mutating func record(_ entry: (control: BidiControl, column: Int), isClosed: Bool) {
    // Closed embeddings are harmless; everything else is reported.
    if entry.control.kind == .embedding && isClosed { return }
    lineFindings.append(Finding(line: line, column: entry.column, control: entry.control, isClosed: isClosed))
  }

  private mutating func closeParagraph(report: (Finding) throws -> Void) rethrows {
    for entry in open { record(entry, isClosed: false) }
    open.removeAll(keepingCapacity: true)
    openIsolates = 0
    guard !lineFindings.isEmpty else { return }
    lineFindings.sort { $0.column < $1.column }
    for finding in lineFindings { try report(finding) }
    lineFindings.removeAll(keepingCapacity: true)
  }
}
