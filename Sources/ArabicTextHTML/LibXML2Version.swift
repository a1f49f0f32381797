internal import CLibXML2Shim

/// The version of the system libxml2 this module runs on.
public enum LibXML2Version {
  /// The runtime libxml2 version as an integer, e.g. 20914 for 2.9.14.
  public static var current: Int { Int(atxml_version()) }
}
