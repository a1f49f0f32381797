/// Normalizes Arabic-script text in one pass over its UTF-8 bytes.
///
/// A normalizer applies a set of named ``Folds`` (or a ``Preset``) on top of
/// what it always does: canonical composition of the Arabic letters that have
/// a decomposed spelling (ا + U+0654 → أ, و + U+0654 → ؤ, ي + U+0654 → ئ,
/// ا + U+0653 → آ, ا + U+0655 → إ, and ە ہ ے + U+0654), and canonical
/// ordering of combining marks (fatha U+064E before shadda U+0651), both as
/// NFC does them (UAX #15).
///
/// ```swift
/// let search = ArabicNormalizer(preset: .search)
/// search.normalize("أَكَلَ الوَلَدُ التُّفّاحَةَ")  // "اكل الولد التفاحه"
///
/// let persian = ArabicNormalizer(folds: [.persian, .digits])
/// persian.normalize("کتاب ۱۲")                  // "كتاب 12"
/// ```
///
/// Every preset, and every set of folds, is idempotent: normalizing twice
/// gives the same text as normalizing once. Removed characters are
/// transparent: the marks on both sides of a removed tatweel join, and a hamza
/// mark after a removed tatweel still composes with its letter.
///
/// A normalizer is an immutable value; make it once and reuse it. Its tables
/// are built at initialization (a few microseconds).
public struct ArabicNormalizer: Sendable {
  /// The folds applied.
  public let folds: Folds
  /// How tashkeel is stripped when `folds` contains ``Folds/diacritics``.
  public let diacritics: DiacriticStripper
  @usableFromInline let rules: _NormalizationRules

  /// A normalizer applying `folds`, stripping diacritics (when `folds`
  /// contains ``Folds/diacritics``) as `diacritics` says.
  public init(folds: Folds, diacritics: DiacriticStripper = DiacriticStripper()) {
    self.folds = folds
    self.diacritics = diacritics
    if diacritics == DiacriticStripper() {
      self.rules = _NormalizationRules.cached(folds)
    } else {
      self.rules = _NormalizationRules(folds: folds, stripper: diacritics)
    }
  }

  /// A normalizer with the given rules (for tests of the scanning and scalar paths).
  init(rules: _NormalizationRules) {
    self.folds = rules.folds
    self.diacritics = rules.stripper
    self.rules = rules
  }

  /// A normalizer applying the folds of `preset`.
  public init(preset: Preset = .standard) {
    self.init(folds: preset.folds)
  }

  /// Returns the normalized form of `text`.
  ///
  /// - Complexity: O(*n*), where *n* is the length of `text` in UTF-8 bytes.
  public func normalize<S: StringProtocol>(_ text: S) -> String {
    var string = String(text)
    return string.withUTF8 { bytes in
      var engine = _NormalizationEngine(rules: rules, capacity: bytes.count + 16)
      defer { engine.out.deallocate() }
      engine.run(bytes)
      engine.finish()
      return engine.out.makeString()
    }
  }

  /// Normalizes UTF-8 `bytes` (which must be valid UTF-8) and appends the result to `output`.
  ///
  /// - Complexity: O(*n*), where *n* is `bytes.count`.
  public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) {
    var engine = _NormalizationEngine(rules: rules, capacity: bytes.count + 16)
    defer { engine.out.deallocate() }
    engine.run(bytes)
    engine.finish()
    output.append(contentsOf: engine.out.bytes)
  }

  /// Returns a stream that normalizes a text given in consecutive records.
  public func makeStream() -> NormalizationStream {
    NormalizationStream(rules: rules)
  }
}

/// Normalizes a long text record by record, with bounded memory.
///
/// Each record must be valid UTF-8 and must end at a safe boundary: after a
/// line end, or after a space or tab (the whitespace fold's state carries
/// across records). The output of the records, concatenated, is the
/// normalization of the whole text.
public struct NormalizationStream: ~Copyable {
  var engine: _NormalizationEngine

  init(rules: _NormalizationRules) {
    engine = _NormalizationEngine(rules: rules, capacity: 1 << 16)
  }

  deinit { engine.out.deallocate() }

  /// Normalizes `record` and passes the result to `body`; `isLast` ends the text.
  ///
  /// - Throws: What `body` throws.
  public mutating func process(
    _ record: UnsafeBufferPointer<UInt8>, isLast: Bool,
    _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) rethrows {
    engine.run(record)
    if isLast { engine.finish() } else { engine.endRecord() }
    defer { engine.resetOutput() }
    try body(engine.out.bytes)
  }
}

extension _NormalizationRules {
  private static let presetRules: [ArabicNormalizer.Folds: _NormalizationRules] = {
    var table: [ArabicNormalizer.Folds: _NormalizationRules] = [:]
    for preset in ArabicNormalizer.Preset.allCases {
      table[preset.folds] = _NormalizationRules(folds: preset.folds, stripper: DiacriticStripper())
    }
    table[.diacritics] = _NormalizationRules(folds: .diacritics, stripper: DiacriticStripper())
    return table
  }()

  /// Shared rules for the presets and default stripping; fresh ones otherwise.
  static func cached(_ folds: ArabicNormalizer.Folds) -> _NormalizationRules {
    presetRules[folds] ?? _NormalizationRules(folds: folds, stripper: DiacriticStripper())
  }
}

extension StringProtocol {
  /// Returns this text normalized with `preset`; see ``ArabicNormalizer``.
  ///
  /// ```swift
  /// "ﺍﻹﺷﺘﻘﺎﻕ".normalizedArabic()           // "الإشتقاق"
  /// "مسؤول".normalizedArabic(.search)     // "مسوول"
  /// ```
  public func normalizedArabic(_ preset: ArabicNormalizer.Preset = .standard) -> String {
    ArabicNormalizer(preset: preset).normalize(self)
  }
}
