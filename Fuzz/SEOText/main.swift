// Fuzz target: SEO metadata from plain text and from Markdown.
// Laws: no crash, only the empty-document error, limits kept (see checkSEO).
import ArabicText
import ArabicTextHTML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var input = FuzzInput(data, size)
  let mode = input.byte()
  let options = seoOptions(input.byte(), input.byte())
  let text = input.text
  let document = mode & 1 == 0 ? Document(plainText: text) : Document(markdown: text)
  checkSEO(document, options, text)
  return 0
}
