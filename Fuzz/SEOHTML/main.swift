// Fuzz target: SEO metadata from HTML (libxml2's HTML parser).
// Laws: no crash, only the empty-document error, limits kept (see checkSEO).
import ArabicText
import ArabicTextHTML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  var input = FuzzInput(data, size)
  let options = seoOptions(input.byte(), input.byte())
  let text = input.text
  checkSEO(Document(html: text), options, text)
  return 0
}
