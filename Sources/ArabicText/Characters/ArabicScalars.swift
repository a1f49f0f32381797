/// Named Unicode scalars and ranges used by the package.
///
/// This is the one place where Arabic code points are written as numbers;
/// every rule elsewhere refers to these names. Names and values follow the
/// Unicode Character Database (UnicodeData.txt, Unicode 15.0), blocks Arabic
/// (U+0600–U+06FF), Arabic Supplement (U+0750–U+077F), Arabic Extended-A
/// (U+08A0–U+08FF), Arabic Extended-B (U+0870–U+089F), Arabic Extended-C
/// (U+10EC0–U+10EFF), Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B
/// (U+FE70–U+FEFF), General Punctuation (U+2000–U+206F).
public enum ArabicScalars {
  // MARK: - Tanween (nunation), U+064B–U+064D

  /// U+064B ARABIC FATHATAN (tanween fath).
  public static let fathatan: Unicode.Scalar = "\u{064B}"
  /// U+064C ARABIC DAMMATAN (tanween damm).
  public static let dammatan: Unicode.Scalar = "\u{064C}"
  /// U+064D ARABIC KASRATAN (tanween kasr).
  public static let kasratan: Unicode.Scalar = "\u{064D}"

  // MARK: - Harakat (short vowels), U+064E–U+0650

  /// U+064E ARABIC FATHA.
  public static let fatha: Unicode.Scalar = "\u{064E}"
  /// U+064F ARABIC DAMMA.
  public static let damma: Unicode.Scalar = "\u{064F}"
  /// U+0650 ARABIC KASRA.
  public static let kasra: Unicode.Scalar = "\u{0650}"

  // MARK: - Shadda, sukun and the other marks of the Arabic block

  /// U+0651 ARABIC SHADDA (gemination).
  public static let shadda: Unicode.Scalar = "\u{0651}"
  /// U+0652 ARABIC SUKUN (absence of a vowel).
  public static let sukun: Unicode.Scalar = "\u{0652}"
  /// U+0653 ARABIC MADDAH ABOVE (combining; composes with alef into U+0622).
  public static let maddahAbove: Unicode.Scalar = "\u{0653}"
  /// U+0654 ARABIC HAMZA ABOVE (combining; composes into U+0623, U+0624, U+0626, U+06C0, U+06C2, U+06D3).
  public static let hamzaAbove: Unicode.Scalar = "\u{0654}"
  /// U+0655 ARABIC HAMZA BELOW (combining; composes with alef into U+0625).
  public static let hamzaBelow: Unicode.Scalar = "\u{0655}"
  /// U+0656 ARABIC SUBSCRIPT ALEF, the first of the other vowel marks U+0656–U+065F.
  public static let subscriptAlef: Unicode.Scalar = "\u{0656}"
  /// U+065F ARABIC WAVY HAMZA BELOW, the last of the other vowel marks U+0656–U+065F.
  public static let wavyHamzaBelow: Unicode.Scalar = "\u{065F}"
  /// U+0670 ARABIC LETTER SUPERSCRIPT ALEF (the dagger alef).
  public static let superscriptAlef: Unicode.Scalar = "\u{0670}"

  // MARK: - Hamza and alef forms

  /// U+0621 ARABIC LETTER HAMZA (standalone hamza; never folded).
  public static let hamza: Unicode.Scalar = "\u{0621}"
  /// U+0622 ARABIC LETTER ALEF WITH MADDA ABOVE (آ).
  public static let alefWithMaddaAbove: Unicode.Scalar = "\u{0622}"
  /// U+0623 ARABIC LETTER ALEF WITH HAMZA ABOVE (أ).
  public static let alefWithHamzaAbove: Unicode.Scalar = "\u{0623}"
  /// U+0624 ARABIC LETTER WAW WITH HAMZA ABOVE (ؤ).
  public static let wawWithHamzaAbove: Unicode.Scalar = "\u{0624}"
  /// U+0625 ARABIC LETTER ALEF WITH HAMZA BELOW (إ).
  public static let alefWithHamzaBelow: Unicode.Scalar = "\u{0625}"
  /// U+0626 ARABIC LETTER YEH WITH HAMZA ABOVE (ئ).
  public static let yehWithHamzaAbove: Unicode.Scalar = "\u{0626}"
  /// U+0627 ARABIC LETTER ALEF (ا).
  public static let alef: Unicode.Scalar = "\u{0627}"
  /// U+0671 ARABIC LETTER ALEF WASLA (ٱ).
  public static let alefWasla: Unicode.Scalar = "\u{0671}"
  /// U+0672 ARABIC LETTER ALEF WITH WAVY HAMZA ABOVE (ٲ).
  public static let alefWithWavyHamzaAbove: Unicode.Scalar = "\u{0672}"
  /// U+0673 ARABIC LETTER ALEF WITH WAVY HAMZA BELOW (ٳ).
  public static let alefWithWavyHamzaBelow: Unicode.Scalar = "\u{0673}"

  // MARK: - Other letters named by the folds

  /// U+0628 ARABIC LETTER BEH.
  public static let beh: Unicode.Scalar = "\u{0628}"
  /// U+0629 ARABIC LETTER TEH MARBUTA (ة).
  public static let tehMarbuta: Unicode.Scalar = "\u{0629}"
  /// U+062A ARABIC LETTER TEH.
  public static let teh: Unicode.Scalar = "\u{062A}"
  /// U+0643 ARABIC LETTER KAF (ك).
  public static let kaf: Unicode.Scalar = "\u{0643}"
  /// U+0644 ARABIC LETTER LAM (ل).
  public static let lam: Unicode.Scalar = "\u{0644}"
  /// U+0647 ARABIC LETTER HEH (ه).
  public static let heh: Unicode.Scalar = "\u{0647}"
  /// U+0648 ARABIC LETTER WAW (و).
  public static let waw: Unicode.Scalar = "\u{0648}"
  /// U+0649 ARABIC LETTER ALEF MAKSURA (ى).
  public static let alefMaksura: Unicode.Scalar = "\u{0649}"
  /// U+064A ARABIC LETTER YEH (ي).
  public static let yeh: Unicode.Scalar = "\u{064A}"
  /// U+0640 ARABIC TATWEEL (kashida; a justification character, category Lm).
  public static let tatweel: Unicode.Scalar = "\u{0640}"

  // MARK: - Persian and Urdu letter forms

  /// U+06A9 ARABIC LETTER KEHEH (Persian kaf, ک).
  public static let keheh: Unicode.Scalar = "\u{06A9}"
  /// U+06AA ARABIC LETTER SWASH KAF (ڪ).
  public static let swashKaf: Unicode.Scalar = "\u{06AA}"
  /// U+06BE ARABIC LETTER HEH DOACHASHMEE (Urdu do-chashmi heh, ھ).
  public static let hehDoachashmee: Unicode.Scalar = "\u{06BE}"
  /// U+06C0 ARABIC LETTER HEH WITH YEH ABOVE (ۀ; canonically U+06D5 U+0654).
  public static let hehWithYehAbove: Unicode.Scalar = "\u{06C0}"
  /// U+06C1 ARABIC LETTER HEH GOAL (Urdu gol heh, ہ).
  public static let hehGoal: Unicode.Scalar = "\u{06C1}"
  /// U+06C2 ARABIC LETTER HEH GOAL WITH HAMZA ABOVE (ۂ; canonically U+06C1 U+0654).
  public static let hehGoalWithHamzaAbove: Unicode.Scalar = "\u{06C2}"
  /// U+06CC ARABIC LETTER FARSI YEH (ی).
  public static let farsiYeh: Unicode.Scalar = "\u{06CC}"
  /// U+06D2 ARABIC LETTER YEH BARREE (Urdu bari ye, ے).
  public static let yehBarree: Unicode.Scalar = "\u{06D2}"
  /// U+06D3 ARABIC LETTER YEH BARREE WITH HAMZA ABOVE (ۓ; canonically U+06D2 U+0654).
  public static let yehBarreeWithHamzaAbove: Unicode.Scalar = "\u{06D3}"
  /// U+06D5 ARABIC LETTER AE (ە).
  public static let ae: Unicode.Scalar = "\u{06D5}"
  /// U+06E5 ARABIC SMALL WAW (a letter, category Lm: never a diacritic).
  public static let smallWaw: Unicode.Scalar = "\u{06E5}"
  /// U+06E6 ARABIC SMALL YEH (a letter, category Lm: never a diacritic).
  public static let smallYeh: Unicode.Scalar = "\u{06E6}"

  // MARK: - Digits and number punctuation

  /// U+0660 ARABIC-INDIC DIGIT ZERO (٠); the digits run to U+0669.
  public static let arabicIndicDigitZero: Unicode.Scalar = "\u{0660}"
  /// U+0669 ARABIC-INDIC DIGIT NINE (٩).
  public static let arabicIndicDigitNine: Unicode.Scalar = "\u{0669}"
  /// U+06F0 EXTENDED ARABIC-INDIC DIGIT ZERO (۰, Persian and Urdu); the digits run to U+06F9.
  public static let extendedArabicIndicDigitZero: Unicode.Scalar = "\u{06F0}"
  /// U+06F9 EXTENDED ARABIC-INDIC DIGIT NINE (۹).
  public static let extendedArabicIndicDigitNine: Unicode.Scalar = "\u{06F9}"
  /// U+066A ARABIC PERCENT SIGN (٪).
  public static let percentSign: Unicode.Scalar = "\u{066A}"
  /// U+066B ARABIC DECIMAL SEPARATOR (٫).
  public static let decimalSeparator: Unicode.Scalar = "\u{066B}"
  /// U+066C ARABIC THOUSANDS SEPARATOR (٬).
  public static let thousandsSeparator: Unicode.Scalar = "\u{066C}"

  // MARK: - Punctuation

  /// U+060C ARABIC COMMA (،).
  public static let comma: Unicode.Scalar = "\u{060C}"
  /// U+061B ARABIC SEMICOLON (؛).
  public static let semicolon: Unicode.Scalar = "\u{061B}"
  /// U+061F ARABIC QUESTION MARK (؟).
  public static let questionMark: Unicode.Scalar = "\u{061F}"
  /// U+06D4 ARABIC FULL STOP (۔, used in Urdu).
  public static let fullStop: Unicode.Scalar = "\u{06D4}"

  // MARK: - Invisible and format characters

  /// U+061C ARABIC LETTER MARK (ALM), a bidi control.
  public static let arabicLetterMark: Unicode.Scalar = "\u{061C}"
  /// U+00A0 NO-BREAK SPACE.
  public static let noBreakSpace: Unicode.Scalar = "\u{00A0}"
  /// U+00AD SOFT HYPHEN (invisible unless a line breaks there).
  public static let softHyphen: Unicode.Scalar = "\u{00AD}"
  /// U+200B ZERO WIDTH SPACE.
  public static let zeroWidthSpace: Unicode.Scalar = "\u{200B}"
  /// U+200C ZERO WIDTH NON-JOINER (ZWNJ; spelling in Persian: می‌خواهم).
  public static let zeroWidthNonJoiner: Unicode.Scalar = "\u{200C}"
  /// U+200D ZERO WIDTH JOINER (ZWJ; joins emoji sequences).
  public static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
  /// U+200E LEFT-TO-RIGHT MARK (LRM).
  public static let leftToRightMark: Unicode.Scalar = "\u{200E}"
  /// U+200F RIGHT-TO-LEFT MARK (RLM).
  public static let rightToLeftMark: Unicode.Scalar = "\u{200F}"
  /// U+202A LEFT-TO-RIGHT EMBEDDING (LRE).
  public static let leftToRightEmbedding: Unicode.Scalar = "\u{202A}"
  /// U+202B RIGHT-TO-LEFT EMBEDDING (RLE).
  public static let rightToLeftEmbedding: Unicode.Scalar = "\u{202B}"
  /// U+202C POP DIRECTIONAL FORMATTING (PDF).
  public static let popDirectionalFormatting: Unicode.Scalar = "\u{202C}"
  /// U+202D LEFT-TO-RIGHT OVERRIDE (LRO).
  public static let leftToRightOverride: Unicode.Scalar = "\u{202D}"
  /// U+202E RIGHT-TO-LEFT OVERRIDE (RLO).
  public static let rightToLeftOverride: Unicode.Scalar = "\u{202E}"
  /// U+2060 WORD JOINER.
  public static let wordJoiner: Unicode.Scalar = "\u{2060}"
  /// U+2066 LEFT-TO-RIGHT ISOLATE (LRI).
  public static let leftToRightIsolate: Unicode.Scalar = "\u{2066}"
  /// U+2067 RIGHT-TO-LEFT ISOLATE (RLI).
  public static let rightToLeftIsolate: Unicode.Scalar = "\u{2067}"
  /// U+2068 FIRST STRONG ISOLATE (FSI).
  public static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
  /// U+2069 POP DIRECTIONAL ISOLATE (PDI).
  public static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"
  /// U+FEFF ZERO WIDTH NO-BREAK SPACE (the byte order mark).
  public static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"
  /// U+2028 LINE SEPARATOR.
  public static let lineSeparator: Unicode.Scalar = "\u{2028}"
  /// U+2029 PARAGRAPH SEPARATOR.
  public static let paragraphSeparator: Unicode.Scalar = "\u{2029}"
  /// U+2026 HORIZONTAL ELLIPSIS (…).
  public static let horizontalEllipsis: Unicode.Scalar = "\u{2026}"
  /// U+0085 NEXT LINE (NEL), a paragraph separator for the bidi algorithm (Bidi_Class B).
  public static let nextLine: Unicode.Scalar = "\u{0085}"
  /// U+0590, the start of the Hebrew block: no code point below it has a right-to-left or
  /// explicit Bidi_Class (R, AL, AN, LRE … PDI), so text below it never reorders in a
  /// left-to-right paragraph.
  public static let firstRightToLeftBlockStart: Unicode.Scalar = "\u{0590}"
  /// U+2329 LEFT-POINTING ANGLE BRACKET, canonically equivalent to U+3008 (UAX #9 BD16 pairs them).
  public static let leftPointingAngleBracket: Unicode.Scalar = "\u{2329}"
  /// U+232A RIGHT-POINTING ANGLE BRACKET, canonically equivalent to U+3009.
  public static let rightPointingAngleBracket: Unicode.Scalar = "\u{232A}"
  /// U+3008 LEFT ANGLE BRACKET.
  public static let leftAngleBracket: Unicode.Scalar = "\u{3008}"
  /// U+3009 RIGHT ANGLE BRACKET.
  public static let rightAngleBracket: Unicode.Scalar = "\u{3009}"
  /// U+FE73 ARABIC TAIL FRAGMENT, the one character of U+FE70–U+FE7F that is not a tashkeel form.
  public static let tailFragment: Unicode.Scalar = "\u{FE73}"

  // MARK: - Emoji sequences and quotation marks (tokenization)

  /// U+FE0F VARIATION SELECTOR-16 (emoji presentation of the scalar before it).
  public static let variationSelector16: Unicode.Scalar = "\u{FE0F}"
  /// U+20E3 COMBINING ENCLOSING KEYCAP (ends a keycap sequence: 1️⃣, #️⃣).
  public static let combiningEnclosingKeycap: Unicode.Scalar = "\u{20E3}"
  /// The skin tone modifiers U+1F3FB–U+1F3FF, EMOJI MODIFIER FITZPATRICK TYPE-1-2 to TYPE-6 (Emoji_Modifier).
  public static let emojiModifiers: ClosedRange<Unicode.Scalar> = "\u{1F3FB}"..."\u{1F3FF}"
  /// U+00AB LEFT-POINTING DOUBLE ANGLE QUOTATION MARK («, opens a quotation in Arabic).
  public static let leftPointingDoubleAngleQuotationMark: Unicode.Scalar = "\u{00AB}"
  /// U+00BB RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK (», closes a quotation in Arabic).
  public static let rightPointingDoubleAngleQuotationMark: Unicode.Scalar = "\u{00BB}"

  // MARK: - Ranges

  /// The Arabic block, U+0600–U+06FF (UTF-8 lead bytes 0xD8–0xDB).
  public static let arabicBlock: ClosedRange<Unicode.Scalar> = "\u{0600}"..."\u{06FF}"
  /// Tanween, U+064B–U+064D.
  public static let tanween: ClosedRange<Unicode.Scalar> = fathatan...kasratan
  /// Harakat, U+064E–U+0650.
  public static let harakat: ClosedRange<Unicode.Scalar> = fatha...kasra
  /// Maddah above, hamza above and hamza below, U+0653–U+0655 (they compose with letters).
  public static let maddahAndHamzaMarks: ClosedRange<Unicode.Scalar> = maddahAbove...hamzaBelow
  /// The other vowel marks of the Arabic block, U+0656–U+065F.
  public static let otherVowelMarks: ClosedRange<Unicode.Scalar> = subscriptAlef...wavyHamzaBelow
  /// Honorific signs and small high letters, U+0610–U+061A.
  public static let honorificsAndSmallHighMarks: ClosedRange<Unicode.Scalar> = "\u{0610}"..."\u{061A}"
  /// Quranic annotation marks, U+06D6–U+06DC.
  public static let quranicMarksSmallHighLigatures: ClosedRange<Unicode.Scalar> = "\u{06D6}"..."\u{06DC}"
  /// Quranic annotation marks, U+06DF–U+06E4.
  public static let quranicMarksSmallHigh: ClosedRange<Unicode.Scalar> = "\u{06DF}"..."\u{06E4}"
  /// Quranic annotation marks, U+06E7–U+06E8 (small high yeh, small high noon).
  public static let quranicMarksSmallHighYehNoon: ClosedRange<Unicode.Scalar> = "\u{06E7}"..."\u{06E8}"
  /// Quranic annotation marks, U+06EA–U+06ED (stops and small low meem).
  public static let quranicMarksStops: ClosedRange<Unicode.Scalar> = "\u{06EA}"..."\u{06ED}"
  /// The combining marks of Arabic Extended-A, U+08CA–U+08FF (U+08CA–U+08D2 added in
  /// Unicode 14; U+08E2 DISPUTED END OF AYAH is a format character, not a mark).
  public static let extendedAMarks: ClosedRange<Unicode.Scalar> = "\u{08CA}"..."\u{08FF}"
  /// The combining marks of Arabic Extended-B, U+0898–U+089F (Quranic signs, Unicode 14).
  public static let extendedBMarks: ClosedRange<Unicode.Scalar> = "\u{0898}"..."\u{089F}"
  /// The combining marks of Arabic Extended-C, U+10EFD–U+10EFF (Quranic signs, Unicode 15).
  public static let extendedCMarks: ClosedRange<Unicode.Scalar> = "\u{10EFD}"..."\u{10EFF}"
  /// U+08E2 ARABIC DISPUTED END OF AYAH (category Cf, excluded from `extendedAMarks` stripping).
  public static let disputedEndOfAyah: Unicode.Scalar = "\u{08E2}"
  /// Arabic-Indic digits, U+0660–U+0669.
  public static let arabicIndicDigits: ClosedRange<Unicode.Scalar> = arabicIndicDigitZero...arabicIndicDigitNine
  /// Extended Arabic-Indic digits, U+06F0–U+06F9.
  public static let extendedArabicIndicDigits: ClosedRange<Unicode.Scalar> =
    extendedArabicIndicDigitZero...extendedArabicIndicDigitNine
  /// Arabic Presentation Forms-A, U+FB50–U+FDFF.
  public static let presentationFormsA: ClosedRange<Unicode.Scalar> = "\u{FB50}"..."\u{FDFF}"
  /// Arabic Presentation Forms-B, U+FE70–U+FEFF.
  public static let presentationFormsB: ClosedRange<Unicode.Scalar> = "\u{FE70}"..."\u{FEFF}"
  /// Bidi embeddings and overrides, U+202A–U+202E (LRE RLE PDF LRO RLO).
  public static let bidiEmbeddingsAndOverrides: ClosedRange<Unicode.Scalar> =
    leftToRightEmbedding...rightToLeftOverride
  /// Bidi isolates, U+2066–U+2069 (LRI RLI FSI PDI).
  public static let bidiIsolates: ClosedRange<Unicode.Scalar> = leftToRightIsolate...popDirectionalIsolate
  /// Information separators four to two, U+001C–U+001E (FS GS RS): paragraph separators for
  /// the bidi algorithm (Bidi_Class B), like LF, CR, NEL and U+2029.
  public static let informationSeparators: ClosedRange<Unicode.Scalar> = "\u{001C}"..."\u{001E}"
  /// Spacing forms of tashkeel in Arabic Presentation Forms-B, U+FE70–U+FE7F: isolated and
  /// medial forms of fathatan … sukun (U+064B–U+0652) in pairs, two code points per mark from
  /// U+FE70 (U+FE73 is the tail fragment, U+FE75 is unassigned). Their compatibility
  /// decompositions are a space or tatweel plus the combining mark.
  public static let spacingTashkeelForms: ClosedRange<Unicode.Scalar> = "\u{FE70}"..."\u{FE7F}"
  /// Space separators of General Punctuation, U+2000–U+200A (EN QUAD … HAIR SPACE).
  public static let generalPunctuationSpaces: ClosedRange<Unicode.Scalar> = "\u{2000}"..."\u{200A}"

  // MARK: - Latin blocks (the script of a word, for reading rates)

  /// Latin-1 Supplement through Latin Extended-B and IPA Extensions, U+00C0–U+02AF
  /// (its two non-letters, × U+00D7 and ÷ U+00F7, are never a word's letter).
  public static let latinSupplementAndExtended: ClosedRange<Unicode.Scalar> = "\u{00C0}"..."\u{02AF}"
  /// Greek and Coptic, U+0370–U+03FF.
  public static let greekAndCoptic: ClosedRange<Unicode.Scalar> = "\u{0370}"..."\u{03FF}"
  /// Greek Extended, U+1F00–U+1FFF (polytonic letters).
  public static let greekExtended: ClosedRange<Unicode.Scalar> = "\u{1F00}"..."\u{1FFF}"
  /// Cyrillic, U+0400–U+04FF.
  public static let cyrillic: ClosedRange<Unicode.Scalar> = "\u{0400}"..."\u{04FF}"
  /// Latin Extended Additional, U+1E00–U+1EFF (Vietnamese and other precomposed letters).
  public static let latinExtendedAdditional: ClosedRange<Unicode.Scalar> = "\u{1E00}"..."\u{1EFF}"
  /// Latin Extended-C, U+2C60–U+2C7F.
  public static let latinExtendedC: ClosedRange<Unicode.Scalar> = "\u{2C60}"..."\u{2C7F}"
  /// Latin Extended-D, U+A720–U+A7FF.
  public static let latinExtendedD: ClosedRange<Unicode.Scalar> = "\u{A720}"..."\u{A7FF}"
  /// Latin Extended-E, U+AB30–U+AB6F.
  public static let latinExtendedE: ClosedRange<Unicode.Scalar> = "\u{AB30}"..."\u{AB6F}"
  /// Latin ligatures of Alphabetic Presentation Forms, U+FB00–U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ).
  public static let latinLigatures: ClosedRange<Unicode.Scalar> = "\u{FB00}"..."\u{FB06}"
  /// Fullwidth Latin capital letters, U+FF21–U+FF3A.
  public static let fullwidthLatinCapitals: ClosedRange<Unicode.Scalar> = "\u{FF21}"..."\u{FF3A}"
  /// Fullwidth Latin small letters, U+FF41–U+FF5A.
  public static let fullwidthLatinSmalls: ClosedRange<Unicode.Scalar> = "\u{FF41}"..."\u{FF5A}"

  // MARK: - Letters named by the excerpt rules

  /// U+0641 ARABIC LETTER FEH (ف; also the conjunction "so" written onto the next word).
  public static let feh: Unicode.Scalar = "\u{0641}"

  // MARK: - Letters for romanization and language detection (documents, slugs)

  /// U+062B ARABIC LETTER THEH (ث).
  public static let theh: Unicode.Scalar = "\u{062B}"
  /// U+062C ARABIC LETTER JEEM (ج).
  public static let jeem: Unicode.Scalar = "\u{062C}"
  /// U+062D ARABIC LETTER HAH (ح).
  public static let hah: Unicode.Scalar = "\u{062D}"
  /// U+062E ARABIC LETTER KHAH (خ).
  public static let khah: Unicode.Scalar = "\u{062E}"
  /// U+062F ARABIC LETTER DAL (د).
  public static let dal: Unicode.Scalar = "\u{062F}"
  /// U+0630 ARABIC LETTER THAL (ذ).
  public static let thal: Unicode.Scalar = "\u{0630}"
  /// U+0631 ARABIC LETTER REH (ر).
  public static let reh: Unicode.Scalar = "\u{0631}"
  /// U+0632 ARABIC LETTER ZAIN (ز).
  public static let zain: Unicode.Scalar = "\u{0632}"
  /// U+0633 ARABIC LETTER SEEN (س).
  public static let seen: Unicode.Scalar = "\u{0633}"
  /// U+0634 ARABIC LETTER SHEEN (ش).
  public static let sheen: Unicode.Scalar = "\u{0634}"
  /// U+0635 ARABIC LETTER SAD (ص).
  public static let sad: Unicode.Scalar = "\u{0635}"
  /// U+0636 ARABIC LETTER DAD (ض).
  public static let dad: Unicode.Scalar = "\u{0636}"
  /// U+0637 ARABIC LETTER TAH (ط).
  public static let tah: Unicode.Scalar = "\u{0637}"
  /// U+0638 ARABIC LETTER ZAH (ظ).
  public static let zah: Unicode.Scalar = "\u{0638}"
  /// U+0639 ARABIC LETTER AIN (ع).
  public static let ain: Unicode.Scalar = "\u{0639}"
  /// U+063A ARABIC LETTER GHAIN (غ).
  public static let ghain: Unicode.Scalar = "\u{063A}"
  /// U+0642 ARABIC LETTER QAF (ق).
  public static let qaf: Unicode.Scalar = "\u{0642}"
  /// U+0645 ARABIC LETTER MEEM (م).
  public static let meem: Unicode.Scalar = "\u{0645}"
  /// U+0646 ARABIC LETTER NOON (ن).
  public static let noon: Unicode.Scalar = "\u{0646}"
  /// U+067E ARABIC LETTER PEH (پ, Persian and Urdu).
  public static let peh: Unicode.Scalar = "\u{067E}"
  /// U+0686 ARABIC LETTER TCHEH (چ, Persian and Urdu).
  public static let tcheh: Unicode.Scalar = "\u{0686}"
  /// U+0698 ARABIC LETTER JEH (ژ, Persian and Urdu).
  public static let jeh: Unicode.Scalar = "\u{0698}"
  /// U+06A4 ARABIC LETTER VEH (ڤ, foreign v in Arabic).
  public static let veh: Unicode.Scalar = "\u{06A4}"
  /// U+06AF ARABIC LETTER GAF (گ, Persian and Urdu).
  public static let gaf: Unicode.Scalar = "\u{06AF}"
  /// U+0679 ARABIC LETTER TTEH (ٹ, Urdu).
  public static let tteh: Unicode.Scalar = "\u{0679}"
  /// U+0688 ARABIC LETTER DDAL (ڈ, Urdu).
  public static let ddal: Unicode.Scalar = "\u{0688}"
  /// U+0691 ARABIC LETTER RREH (ڑ, Urdu).
  public static let rreh: Unicode.Scalar = "\u{0691}"
  /// U+06BA ARABIC LETTER NOON GHUNNA (ں, Urdu).
  public static let noonGhunna: Unicode.Scalar = "\u{06BA}"

  /// Letters Persian uses and Arabic does not: پ چ ژ گ ک ی (Urdu shares them).
  public static let persianLetters: Set<Unicode.Scalar> = [peh, tcheh, jeh, gaf, keheh, farsiYeh]
  /// Letters Urdu uses and Arabic and Persian do not: ٹ ڈ ڑ ں ہ ھ ے.
  public static let urduLetters: Set<Unicode.Scalar> = [
    tteh, ddal, rreh, noonGhunna, hehGoal, hehDoachashmee, yehBarree,
  ]


  // MARK: - Punctuation of titles and lists (documents)

  /// U+2013 EN DASH (–), a title separator.
  public static let enDash: Unicode.Scalar = "\u{2013}"
  /// U+2014 EM DASH (—), a title separator.
  public static let emDash: Unicode.Scalar = "\u{2014}"
  /// U+00AB LEFT-POINTING DOUBLE ANGLE QUOTATION MARK («).
  public static let leftGuillemet: Unicode.Scalar = "\u{00AB}"
  /// U+00BB RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK (»).
  public static let rightGuillemet: Unicode.Scalar = "\u{00BB}"
  /// U+00B7 MIDDLE DOT (·), a title separator.
  public static let middleDot: Unicode.Scalar = "\u{00B7}"
  /// U+2039 SINGLE LEFT-POINTING ANGLE QUOTATION MARK (‹), a title separator.
  public static let singleLeftPointingAngleQuotationMark: Unicode.Scalar = "\u{2039}"
  /// U+203A SINGLE RIGHT-POINTING ANGLE QUOTATION MARK (›), a title separator.
  public static let singleRightPointingAngleQuotationMark: Unicode.Scalar = "\u{203A}"
  /// U+2022 BULLET (•).
  public static let bullet: Unicode.Scalar = "\u{2022}"
  // MARK: - Ligatures of phrases without a decomposition (slugs)

  /// The honorific ligatures U+FD40–U+FD4F (ARABIC LIGATURE RAHIMAHU ALLAAH … RAHIMAHUM ALLAAH, Unicode 14),
  /// symbols with no decomposition.
  public static let honorificLigatures: ClosedRange<Unicode.Scalar> = "\u{FD40}"..."\u{FD4F}"
  /// U+FDCF ARABIC LIGATURE SALAAMUHU ALAYNAA (﷏).
  public static let ligatureSalaamuhuAlaynaa: Unicode.Scalar = "\u{FDCF}"
  /// U+FDFA ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM (ﷺ), NFKC صلى الله عليه وسلم.
  public static let ligatureSallallahouAlayheWasallam: Unicode.Scalar = "\u{FDFA}"
  /// U+FDFB ARABIC LIGATURE JALLAJALALOUHOU (ﷻ), NFKC جل جلاله.
  public static let ligatureJallajalalouhou: Unicode.Scalar = "\u{FDFB}"
  /// U+FDFD ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM (﷽).
  public static let ligatureBismillah: Unicode.Scalar = "\u{FDFD}"
  /// U+FDFE ARABIC LIGATURE SUBHAANAHU WA TAAALAA (﷾).
  public static let ligatureSubhaanahuWaTaaalaa: Unicode.Scalar = "\u{FDFE}"
  /// U+FDFF ARABIC LIGATURE AZZA WA JALL (﷿).
  public static let ligatureAzzaWaJall: Unicode.Scalar = "\u{FDFF}"

  // MARK: - Combining marks of other scripts (slugs)

  /// The blocks of generic combining marks that Latin, Greek and Cyrillic
  /// letters carry: Combining Diacritical Marks U+0300–U+036F, its Extended
  /// U+1AB0–U+1AFF and Supplement U+1DC0–U+1DFF, Combining Diacritical Marks
  /// for Symbols U+20D0–U+20FF, Combining Half Marks U+FE20–U+FE2F.
  public static let genericCombiningMarks: [ClosedRange<Unicode.Scalar>] = [
    "\u{0300}"..."\u{036F}", "\u{1AB0}"..."\u{1AFF}", "\u{1DC0}"..."\u{1DFF}", "\u{20D0}"..."\u{20FF}",
    "\u{FE20}"..."\u{FE2F}",
  ]
  /// The Arabic script's blocks other than presentation forms: Arabic U+0600–U+06FF, Arabic
  /// Supplement U+0750–U+077F, Arabic Extended-B U+0870–U+089F, Arabic Extended-A U+08A0–U+08FF.
  public static let arabicScriptBlocks: [ClosedRange<Unicode.Scalar>] = [
    "\u{0600}"..."\u{06FF}", "\u{0750}"..."\u{077F}", "\u{0870}"..."\u{089F}", "\u{08A0}"..."\u{08FF}",
  ]
  /// The Arabic script's blocks outside the Basic Multilingual Plane: Rumi Numeral Symbols
  /// U+10E60–U+10E7F, Arabic Extended-C U+10EC0–U+10EFF, Arabic Mathematical Alphabetic
  /// Symbols U+1EE00–U+1EEFF.
  public static let arabicSupplementaryBlocks: [ClosedRange<Unicode.Scalar>] = [
    "\u{10E60}"..."\u{10E7F}", "\u{10EC0}"..."\u{10EFF}", "\u{1EE00}"..."\u{1EEFF}",
  ]
  /// U+200B ZERO WIDTH SPACE and the other format characters that separate words without a
  /// visible space: the word separators of slugs.
  public static let invisibleWordSeparators: Set<Unicode.Scalar> = [zeroWidthSpace]

  /// U+2019 RIGHT SINGLE QUOTATION MARK (’, the typographic apostrophe).
  public static let rightSingleQuotationMark: Unicode.Scalar = "\u{2019}"
}
