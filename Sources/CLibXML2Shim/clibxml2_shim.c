#include "clibxml2_shim.h"
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

int32_t atxml_version(void) {
  return (int32_t)atoi(xmlParserVersion);
}

atxml_document *atxml_parse_html(const char *bytes, int32_t length) {
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  htmlDocPtr document = htmlReadMemory(bytes, (int)length, NULL, "UTF-8", options);
  return (atxml_document *)document;
}

void atxml_free_document(atxml_document *document) {
  if (document != NULL) xmlFreeDoc((xmlDocPtr)document);
}

const atxml_node *atxml_root(const atxml_document *document) {
  if (document == NULL) return NULL;
  return (const atxml_node *)xmlDocGetRootElement((const xmlDoc *)document);
}

const atxml_node *atxml_first_child(const atxml_node *node) {
  if (node == NULL) return NULL;
  return (const atxml_node *)((const xmlNode *)node)->children;
}

const atxml_node *atxml_next_sibling(const atxml_node *node) {
  if (node == NULL) return NULL;
  return (const atxml_node *)((const xmlNode *)node)->next;
}

int32_t atxml_node_kind(const atxml_node *node) {
  return (int32_t)((const xmlNode *)node)->type;
}

const char *atxml_element_name(const atxml_node *node) {
  const xmlNode *n = (const xmlNode *)node;
  if (n->type != XML_ELEMENT_NODE) return NULL;
  return (const char *)n->name;
}

const char *atxml_text(const atxml_node *node) {
  const xmlNode *n = (const xmlNode *)node;
  if (n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE && n->type != XML_COMMENT_NODE) return NULL;
  return (const char *)n->content;
}

const char *atxml_attribute(const atxml_node *node, const char *name) {
  const xmlNode *n = (const xmlNode *)node;
  if (n->type != XML_ELEMENT_NODE) return NULL;
  for (const xmlAttr *attribute = n->properties; attribute != NULL; attribute = attribute->next) {
    if (attribute->name == NULL || strcmp((const char *)attribute->name, name) != 0) continue;
    const xmlNode *value = attribute->children;
    if (value == NULL) return "";
    // The HTML parser stores an attribute value as one text node.
    if (value->type == XML_TEXT_NODE && value->content != NULL) return (const char *)value->content;
    return "";
  }
  return NULL;
}
