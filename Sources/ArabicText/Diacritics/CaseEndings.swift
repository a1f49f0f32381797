/// The case-ending pass of ``DiacriticStripper/Scope/caseEndings``.
///
/// A word is a run of letters, combining marks, tatweel and ZWNJ. The case
/// ending is the run of marks after the word's last letter (on both sides of
/// a tatweel that stretches it); when that letter is ا or ى, a fathatan on the
/// letter before it (كتابًا) is part of the case ending too.
enum _CaseEndings {
  static func strip(_ buffer: inout _ByteBuffer, marks: TashkeelMarks) {
    var result = _ByteBuffer(capacity: buffer.count)
    defer {
      buffer.deallocate()
      buffer = result
    }
    let p = UnsafePointer(buffer.base)
    var lastRun: Int? = nil  // start of the marks after the last letter, in `result`
    var lastRunEnd = 0
    var previousRun: Int? = nil
    var previousRunEnd = 0
    var lastLetter: UInt32 = 0

    func finishWord() {
      defer {
        lastRun = nil
        previousRun = nil
      }
      guard let start = lastRun else { return }
      // Only tashkeel of the selected classes: other marks (U+0301, U+0670, U+20DE) stay.
      _ = remove(from: &result, range: start..<lastRunEnd) {
        let kind = TashkeelMarks.containing($0)
        return !kind.isEmpty && marks.contains(kind)
      }
      // The fathatan before a final ا or ى is the case ending too, whatever the alef carries
      // (the same decision on every pass keeps stripping idempotent).
      if lastLetter == ArabicScalars.alef.value || lastLetter == ArabicScalars.alefMaksura.value,
        let before = previousRun
      {
        _ = remove(from: &result, range: before..<previousRunEnd) {
          $0 == ArabicScalars.fathatan && marks.contains(.tanween)
        }
      }
    }

    var i = 0
    while i < buffer.count {
      let (scalar, length) = _UTF8.decode(p, at: i)
      let s = Unicode.Scalar(scalar)!
      let category = s.properties.generalCategory
      let isMark = category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
      if isMark {
        result.append(UnsafeBufferPointer(start: p + i, count: length))
        if lastRun != nil { lastRunEnd = result.count }
      } else if s == ArabicScalars.tatweel {
        // A tatweel stretches the letter: marks on both sides of it are the letter's.
        result.append(UnsafeBufferPointer(start: p + i, count: length))
        if lastRun != nil { lastRunEnd = result.count }
      } else if s == ArabicScalars.zeroWidthNonJoiner {
        result.append(UnsafeBufferPointer(start: p + i, count: length))
        if lastRun != nil { lastRun = result.count; lastRunEnd = result.count }
      } else if s.properties.isAlphabetic {
        result.append(UnsafeBufferPointer(start: p + i, count: length))
        previousRun = lastRun
        previousRunEnd = lastRunEnd
        lastRun = result.count
        lastRunEnd = result.count
        lastLetter = scalar
      } else {
        finishWord()
        result.append(UnsafeBufferPointer(start: p + i, count: length))
      }
      i += length
    }
    finishWord()
  }

  /// Removes the scalars of `range` (at the tail side of `buffer`) for which
  /// `shouldRemove` holds, shifting the rest of the buffer down; returns the
  /// number of bytes removed.
  private static func remove(
    from buffer: inout _ByteBuffer, range: Range<Int>, where shouldRemove: (Unicode.Scalar) -> Bool
  ) -> Int {
    var read = range.lowerBound
    var write = range.lowerBound
    let p = buffer.base
    while read < range.upperBound {
      let (scalar, length) = _UTF8.decode(UnsafePointer(p), at: read)
      if !shouldRemove(Unicode.Scalar(scalar)!) {
        if write != read { (p + write).update(from: p + read, count: length) }
        write += length
      }
      read += length
    }
    let removed = read - write
    if removed > 0 {
      (p + write).update(from: p + read, count: buffer.count - read)
      buffer.count -= removed
    }
    return removed
  }
}
