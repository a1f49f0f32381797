import Testing

@testable import ArabicText

@Suite("_MetadataLine")
struct MetadataLineTests {
  @Test("bylines: a label with a colon or dash and a name, or a name label and a short name")
  func bylines() {
    for line in [
      "كتب: أحمد محمد", "كتبت: سارة علي", "تحرير: أحمد محمد", "إعداد: فريق التحرير", "تصوير - علي حسن",
      "بقلم: سلمى الحداد", "بقلم سلمى الحداد", "كتب أحمد محمد", "كتبت سارة علي", "By Sara Ali", "Written by Sara Ali",
      "Photo: Reuters",
    ] {
      #expect(_MetadataLine.kind(of: line) == .byline, "\(line)")
    }
    for line in ["By the numbers", "كتب التاريخ بأحرف من ذهب في ليلة لا تنسى", "تحرير الأسرى", "تحرير الموصل من التنظيم"] {
      #expect(_MetadataLine.kind(of: line) == nil, "\(line)")
    }
  }

  @Test("datelines: a place and a news agency")
  func datelines() {
    for line in ["القاهرة - رويترز", "دبي (وام)", "بيروت – أ ف ب", "واشنطن | وكالات", "غزة - خاص", "الرياض - واس"] {
      #expect(_MetadataLine.kind(of: line) == .dateline, "\(line)")
    }
    for line in ["القاهرة - الإسكندرية", "رويترز تكشف تفاصيل الصفقة"] {
      #expect(_MetadataLine.kind(of: line) == nil, "\(line)")
    }
  }

  @Test("dates and times: Gregorian, Levantine and Hijri months, weekdays, clock times")
  func dates() {
    for line in [
      "الأحد 12 مايو 2024", "12 رمضان 1445 هـ", "السبت، ٤ كانون الثاني ٢٠٢٥", "نشر في 3 أغسطس 2023 - 10:30 ص",
      "آخر تحديث: 10:45", "Sunday, May 12, 2024", "15 ذو الحجة 1445", "الخميس 5 جويلية 2024",
    ] {
      #expect(_MetadataLine.kind(of: line) == .date, "\(line)")
    }
    for line in ["رمضان في القاهرة", "الجمعة", "مايو", "أحداث 12 مايو"] {
      #expect(_MetadataLine.kind(of: line) == nil, "\(line)")
    }
  }

  @Test("relative times")
  func relativeTimes() {
    for line in ["منذ ساعتين", "منذ 3 ساعات", "قبل 5 دقائق", "منذ قليل", "3 hours ago", "نشر منذ يومين"] {
      #expect(_MetadataLine.kind(of: line) == .relativeTime, "\(line)")
    }
    #expect(_MetadataLine.kind(of: "منذ البداية") == nil)
  }

  @Test("long lines are never metadata")
  func long() {
    #expect(_MetadataLine.kind(of: "كتب: أحمد محمد علي حسن إبراهيم عبد الله محمود سعيد") == nil)
  }

  @Test("a dateline at the start of a paragraph is removed")
  func leadingDateline() {
    #expect(_MetadataLine.removingLeadingDateline("القاهرة - رويترز - انخفضت أسعار النفط اليوم.") == "انخفضت أسعار النفط اليوم.")
    #expect(_MetadataLine.removingLeadingDateline("دبي (وام) - أعلنت الهيئة عن خطة جديدة.") == "أعلنت الهيئة عن خطة جديدة.")
    #expect(_MetadataLine.removingLeadingDateline("القاهرة - رويترز: انخفضت الأسعار.") == "انخفضت الأسعار.")
    #expect(_MetadataLine.removingLeadingDateline("القاهرة - الإسكندرية: طريق جديد.") == "القاهرة - الإسكندرية: طريق جديد.")
    #expect(_MetadataLine.removingLeadingDateline("رويترز تكشف تفاصيل الصفقة.") == "رويترز تكشف تفاصيل الصفقة.")
  }
}
