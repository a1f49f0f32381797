/// Phrases of web-page interfaces (navigation, bylines, sharing, comments,
/// subscriptions, empty field labels), in Arabic and English, that the
/// ``BoilerplateFilter`` removes wherever they stand alone.
///
/// Source: the user-interface strings of WordPress core, Jetpack and common
/// theme templates (their English originals and the Arabic translations
/// shipped in WordPress's `ar` language packs), of DocBook/Publican HTML
/// navigation as rendered in the Debian Administrator's Handbook, and of
/// Arabic news-site templates; written out here for this package. These are
/// general interface strings, not the text of any one page.
///
/// Phrases are compared after ``InterfacePhrases/key(_:)``: Latin
/// lowercased, diacritics and tatweel removed, alef forms, alef maksura and
/// teh marbuta folded (the `.search` normalization), punctuation at the
/// ends removed, whitespace folded.
public enum InterfacePhrases {
  /// Whole-block phrases: a block whose key equals one of these is interface text.
  public static let whole: [String] = [
    // Navigation.
    "السابق", "التالي", "الرئيسية", "الصفحة الرئيسية", "أعلى", "البداية", "القائمة", "بحث", "ابحث",
    "انتقل إلى المحتوى", "تخطى إلى المحتوى", "العودة إلى الأعلى", "المزيد", "عرض الكل", "عرض المزيد",
    "previous", "next", "home", "top", "up", "menu", "search", "skip to content", "skip to main content",
    "back to top", "more", "view all", "see all", "load more", "previous post", "next post",
    "المقال السابق", "المقال التالي", "المقالة السابقة", "المقالة التالية", "الخبر السابق", "الخبر التالي",
    "download the ebook", "product site", "documentation site",
    // Bylines.
    "written by", "posted by", "published by", "by", "author", "بقلم", "كتبه", "كتب", "الكاتب", "المؤلف",
    "كاتب المقال", "نشر بواسطة", "بواسطة",
    // Sharing and comments.
    "share", "share this", "share this post", "share this article", "share this story", "share on facebook",
    "share on twitter", "tweet", "like this", "like", "comments", "leave a reply", "leave a comment",
    "add comment", "reply", "cancel reply", "post comment", "print", "email",
    "شارك", "شارك هذا", "شارك هذا الموضوع", "شارك المقال", "شارك الخبر", "مشاركة", "شاركها", "أعجبني",
    "اترك ردا", "اترك رد", "اترك تعليقا", "اترك تعليق", "أضف تعليق", "أضف تعليقا", "التعليقات", "تعليقات",
    "إلغاء الرد", "أرسل التعليق", "إرسال التعليق", "طباعة", "البريد الإلكتروني", "نسخ الرابط",
    // Lists of other posts.
    "recent posts", "related posts", "related articles", "popular posts", "most read", "read more",
    "read also", "see also", "continue reading", "keep reading", "you may also like", "more from",
    "المنشورات الأخيرة", "أحدث المنشورات", "أحدث المقالات", "مقالات ذات صلة", "مواضيع ذات صلة",
    "أخبار ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "اقرأ أيضا", "اقرأ المزيد", "اقرأ ايضا",
    "تابع القراءة", "أكمل القراءة", "متابعة القراءة", "قد يعجبك أيضا", "المزيد من الأخبار",
    // Subscriptions and notices.
    "subscribe", "subscribe now", "sign up", "log in", "login", "register", "newsletter", "follow us",
    "advertisement", "sponsored", "all rights reserved", "cookie policy", "privacy policy", "terms of use",
    "اشترك", "اشترك الآن", "اشترك في النشرة البريدية", "النشرة البريدية", "تسجيل الدخول", "سجل الدخول",
    "تابعنا", "تابعونا", "إعلان", "محتوى ممول", "جميع الحقوق محفوظة", "سياسة الخصوصية", "شروط الاستخدام",
    // Empty field labels of editors and SEO plugins.
    "seo title", "meta description", "focus keyphrase", "slug", "tags", "categories", "category",
    "filed under", "الوسوم", "الكلمات المفتاحية", "التصنيفات", "التصنيف", "القسم", "الأقسام",
    // Reading tools and picture credits.
    "حجم الخط", "تكبير الخط", "تصغير الخط", "حجم النص", "font size", "text size", "استمع", "استمع للمقال",
    "استمع إلى المقال", "استمع للخبر", "listen", "listen to this article", "حفظ", "save", "نسخ", "copy link",
    "شارك عبر", "share via", "أرسل لصديق", "email this", "صورة أرشيفية", "صورة تعبيرية", "أرشيفية", "تعبيرية",
    "file photo", "عاجل", "breaking",
  ]

  /// Leading phrases of labels that never start a headline or a sentence:
  /// a short block (at most ``maxLabelWords`` words, no sentence terminal at
  /// its end) that starts with one of these, followed by a space, a
  /// non-letter or a letter of another script, is interface text ("Picture
  /// of …", "بقلم: …"). A level-1 heading is never removed by this rule.
  public static let leading: [String] = [
    "picture of", "photo of", "image of", "written by", "posted by", "published by", "posted on",
    "published on", "updated on", "last updated", "share this", "share on", "follow us", "filed under",
    "بقلم", "كتبه", "كتب بواسطة", "نشر بتاريخ", "تاريخ النشر", "جميع الحقوق محفوظة", "تابعنا على", "تابعونا على",
  ]

  /// Label words that are also ordinary words ("شارك" shares and takes part,
  /// "التالي" is "the next" in a sentence): a short block that starts with
  /// one of these is interface text only when the phrase is followed by `:`,
  /// by a letter or digit of another script written against it
  /// ("السابقB.4. …"), or by link text (the rest of the block is a link).
  /// A level-1 heading is never removed by this rule.
  public static let labels: [String] = [
    "by", "tags", "tagged", "copyright", "previous", "next", "related", "source", "credit", "photo", "image",
    "category", "categories", "بواسطة", "نشر في", "آخر تحديث", "شارك", "شاركها", "الوسوم", "وسوم", "التصنيف",
    "التصنيفات", "القسم", "الكلمات المفتاحية", "كلمات مفتاحية", "حقوق النشر", "السابق", "التالي", "صورة",
    "الصورة", "المصدر",
  ]

  /// The most words a block starting with a ``leading`` or ``labels`` phrase
  /// may have to be interface text: 8.
  public static let maxLabelWords = 8

  /// Leading phrases of subscription walls and "more from this site"
  /// prompts: a block of at most ``maxWallWords`` words that starts with one
  /// of these is interface text, whatever its punctuation ("اشترك الآن
  /// للاستمرار في القراءة …", "Continue reading", "اكتشاف المزيد من …",
  /// "اقرأ أيضا: عنوان مقال آخر"), linked or not.
  public static let walls: [String] = [
    "subscribe", "subscribe now", "sign up", "continue reading", "keep reading", "discover more from",
    "read more", "to continue reading", "you have reached", "this content is for",
    "اشترك الآن", "اشترك في", "اشترك للاستمرار", "سجل الآن", "اكتشاف المزيد من", "اكتشف المزيد من",
    "تابع القراءة", "أكمل القراءة", "متابعة القراءة", "للاستمرار في القراءة", "اقرأ المزيد",
    // Links to other posts written as a sentence ("اقرأ أيضا: …").
    "اقرأ أيضا", "إقرأ أيضا", "اقرأ كذلك", "شاهد أيضا", "شاهد كذلك", "طالع أيضا", "اقرأ ايضا", "يمكنك أيضا قراءة",
    "also read", "read also", "see also", "watch also", "you may also like", "related article", "related story",
  ]

  /// The most words a block starting with a ``walls`` phrase may have: 25,
  /// so that a paragraph that merely starts the same way stays.
  public static let maxWallWords = 25

  /// Byline phrases: when one of these stands alone, the short blocks right
  /// after it (the author's name, picture and role) are the byline too.
  public static let bylines: [String] = [
    "written by", "posted by", "published by", "by", "author", "بقلم", "كتبه", "كتب", "الكاتب", "المؤلف",
    "كاتب المقال", "نشر بواسطة", "بواسطة",
  ]

  /// The comparison key of a phrase or block text: Latin lowercased,
  /// diacritics and tatweel removed, alef forms, alef maksura and teh
  /// marbuta folded, invisible characters removed, whitespace folded, and
  /// punctuation and symbols at both ends removed.
  ///
  /// ```swift
  /// InterfacePhrases.key("  شارِك هذا الموضوع: ")  // "شارك هذا الموضوع"
  /// InterfacePhrases.key("Continue Reading →")   // "continue reading"
  /// ```
  ///
  /// - Complexity: O(*n*), where *n* is the number of Unicode scalars in `text`.
  public static func key<S: StringProtocol>(_ text: S) -> String {
    let folded = _PhraseKeyNormalizer.shared.normalize(text)
    var scalars = Substring(folded).unicodeScalars
    while let first = scalars.first, !_TextScan.isWordScalar(first) { scalars.removeFirst() }
    while let last = scalars.last, !_TextScan.isWordScalar(last) { scalars.removeLast() }
    // The whitespace fold left single spaces within lines; only line ends,
    // other invisible separators and ASCII capitals need work.
    var needsWork = false
    for byte in Substring(scalars).utf8 where byte == 0x0A || byte == 0x0D || byte == 0x09 || (byte >= 0x41 && byte <= 0x5A) {
      needsWork = true
      break
    }
    if !needsWork { return String(Substring(scalars)) }
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in scalars {
      if _TextScan.isSpaceOrInvisible(scalar) {
        pendingSpace = true
        continue
      }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      if scalar.value >= 0x41 && scalar.value <= 0x5A {
        result.append(Unicode.Scalar(scalar.value | 0x20)!)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The keys of ``whole``.
  static let wholeKeys: Set<_ByteKey> = Set(whole.map { _ByteKey(key($0)) })
  /// The keys of ``whole`` by their first two UTF-8 bytes (``lead(_:)``).
  static let wholeKeysByLead: [Int: [String]] = Dictionary(grouping: whole.map { key($0) }, by: lead)

  /// The first two UTF-8 bytes of `text` as one number.
  static func lead<S: StringProtocol>(_ text: S) -> Int {
    var iterator = text.utf8.makeIterator()
    let first = Int(iterator.next() ?? 0)
    return first << 8 | Int(iterator.next() ?? 0)
  }

  /// The keys of ``leading``.
  static let leadingKeys: [String] = leading.map { key($0) }
  /// The keys of ``labels``.
  static let labelKeys: [String] = labels.map { key($0) }
  /// The keys of ``walls``.
  static let wallKeys: [String] = walls.map { key($0) }
  /// The keys of ``leading``, ``labels`` and ``walls`` by their first two UTF-8 bytes (``lead(_:)``).
  static let leadingKeysByLead: [Int: [String]] = Dictionary(grouping: leadingKeys, by: lead)
  static let labelKeysByLead: [Int: [String]] = Dictionary(grouping: labelKeys, by: lead)
  static let wallKeysByLead: [Int: [String]] = Dictionary(grouping: wallKeys, by: lead)
  /// The keys of ``bylines``.
  static let bylineKeys: Set<_ByteKey> = Set(bylines.map { _ByteKey(key($0)) })
}

/// The normalizer behind ``InterfacePhrases/key(_:)`` and keyword keys.
enum _PhraseKeyNormalizer {
  /// Search folds without the digit and punctuation folds.
  static let shared = ArabicNormalizer(folds: [
    .presentationForms, .alef, .hamzaCarriers, .alefMaksura, .tehMarbuta, .tatweel, .diacritics,
    .invisibles, .whitespace,
  ])
}
