#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

// A plain-C view of libxml2's HTML parser for ArabicTextHTML. No libxml2
// header is included here (see Sources/CLibXML2/clibxml2.h for why).
//
// Nodes are opaque pointers owned by their document; every string returned
// is borrowed from the document (UTF-8, NUL-terminated) and stays valid until
// atxml_free_document. The only allocation the caller owns is the document.

#include <stdint.h>

/// The runtime libxml2 version as an integer (20914 for 2.9.14).
int32_t atxml_version(void);

/// A parsed HTML document (libxml2's htmlDocPtr).
typedef struct atxml_document atxml_document;
/// A node of a parsed document (libxml2's xmlNodePtr).
typedef struct atxml_node atxml_node;

/// The kinds of node the Swift layer tells apart (libxml2's xmlElementType values).
enum {
  ATXML_ELEMENT = 1,
  ATXML_TEXT = 3,
  ATXML_CDATA = 4,
  ATXML_COMMENT = 8,
};

/// Parses `length` bytes of UTF-8 HTML with htmlReadMemory and the options
/// HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
/// HTML_PARSE_NONET; NULL when libxml2 gives no document (e.g. empty input).
/// Free the result with atxml_free_document.
atxml_document *atxml_parse_html(const char *bytes, int32_t length);

/// Frees a document and all its nodes and strings.
void atxml_free_document(atxml_document *document);

/// The root element (<html>), or NULL.
const atxml_node *atxml_root(const atxml_document *document);

/// The first child of a node, or NULL.
const atxml_node *atxml_first_child(const atxml_node *node);

/// The next sibling of a node, or NULL.
const atxml_node *atxml_next_sibling(const atxml_node *node);

/// The node's kind: one of the ATXML_ constants, or another xmlElementType value.
int32_t atxml_node_kind(const atxml_node *node);

/// The element name (lowercase for HTML), or NULL for nodes without one.
const char *atxml_element_name(const atxml_node *node);

/// The text of a text, CDATA or comment node (entities decoded), or NULL.
const char *atxml_text(const atxml_node *node);

/// The value of the attribute `name` of an element (entities decoded), or
/// NULL when absent. Names are matched as stored (lowercase for HTML).
const char *atxml_attribute(const atxml_node *node, const char *name);

#endif
