internal import CLibXML2Shim

/// A borrowed view of one libxml2 node; valid while its document lives.
struct _HTMLNode {
  let pointer: OpaquePointer

  /// libxml2's node kinds that the reader tells apart.
  enum Kind {
    case element, text, other
  }

  var kind: Kind {
    switch atxml_node_kind(pointer) {
    case Int32(ATXML_ELEMENT): .element
    case Int32(ATXML_TEXT), Int32(ATXML_CDATA): .text
    default: .other
    }
  }

  /// The lowercase element name as bytes, or an empty buffer.
  var nameBytes: UnsafeBufferPointer<UInt8> {
    guard let name = atxml_element_name(pointer) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name))
  }

  /// The element name, or "".
  var name: String {
    guard let name = atxml_element_name(pointer) else { return "" }
    return String(cString: name)
  }

  /// The text of a text node as bytes (entities decoded), or an empty buffer.
  var textBytes: UnsafeBufferPointer<UInt8> {
    guard let text = atxml_text(pointer) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
  }

  /// The value of an attribute, or nil.
  func attribute(_ name: String) -> String? {
    guard let value = atxml_attribute(pointer, name) else { return nil }
    return String(cString: value)
  }

  var firstChild: _HTMLNode? { atxml_first_child(pointer).map(_HTMLNode.init) }
  var nextSibling: _HTMLNode? { atxml_next_sibling(pointer).map(_HTMLNode.init) }

  /// The children in order.
  var children: some Sequence<_HTMLNode> {
    sequence(first: firstChild) { $0?.nextSibling }.lazy.compactMap { $0 }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
