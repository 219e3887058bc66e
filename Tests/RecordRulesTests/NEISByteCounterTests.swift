import Testing
@testable import RecordRules

@Suite("NEIS byte counter")
struct NEISByteCounterTests {
    static let official = NEISByteCounter(profile: .official)
    static let safe = NEISByteCounter(profile: .safe)

    /// (text, official bytes, safe bytes): the worked examples of the 2026 rule plus edge cases.
    static let cases: [(String, Int, Int)] = [
        ("가나다", 9, 9),
        ("abc123", 6, 6),
        ("독서 토론에 참여함.", 27, 27),
        ("자율·자치활동", 20, 21),
        ("가나다\nabc", 13, 14),
        ("가나다\r\nabc", 13, 14),
        ("가\r나", 7, 8),
        ("", 0, 0),
        ("漢", 3, 3),
        ("é", 2, 3),
        ("😀", 4, 4),
        ("①", 3, 3),
        ("ㄱ", 3, 3),
    ]

    @Test("counts official and safe bytes", arguments: cases)
    func counts(_ example: (String, Int, Int)) {
        #expect(Self.official.count(example.0) == example.1)
        #expect(Self.safe.count(example.0) == example.2)
    }

    @Test func normalisesDecomposedHangulFirst() {
        let decomposed = "\u{1100}\u{1161}\u{11A8}"  // 각 as three jamo, as macOS may paste it
        #expect(decomposed.unicodeScalars.count == 3)
        #expect(Self.official.count(decomposed) == 3)
    }

    /// A syllable without a final and a final jamo after it are one syllable under NFC, as the page
    /// (the browser's normaliser) counts them; only finals that compose do, and only right after it.
    @Test func composesASyllableAndTheFinalJamoAfterIt() {
        #expect("\u{AC00}\u{11A8}".nfc == "각")
        #expect(Self.official.count("\u{AC00}\u{11A8}") == 3)
        #expect(Self.official.count("한\u{B098}\u{11AB}글") == 9)
        // 각 already has a final: the jamo after it stays a jamo, as does an archaic final.
        #expect(Self.official.count("각\u{11A8}") == 6)
        #expect(Self.official.count("\u{AC00}\u{11C3}") == 6)
        #expect(Self.official.count("\u{AC00}a\u{11A8}") == 7)
    }

    @Test func aFullSubjectEntryIsFifteenHundredBytes() {
        #expect(Self.official.count(String(repeating: "가", count: 500)) == Section.subject.byteLimit)
    }

    @Test func safeNeverCountsLessThanOfficial() {
        for text in ["가나다 abc", "자율·자치", "줄\n바꿈", "😀漢字", "₩1,000"] {
            #expect(Self.safe.count(text) >= Self.official.count(text))
        }
    }
}

@Suite("Section limits and request options")
struct SectionLimitTests {
    @Test func limitsFollowThe2026Table() {
        #expect(Section.subject.byteLimit == 1500)
        #expect(Section.autonomous.byteLimit == 1500)
        #expect(Section.club.byteLimit == 1500)
        #expect(Section.career.byteLimit == 1500)
        #expect(Section.behavior.byteLimit == 900)
    }

    @Test func identifiersAreStable() {
        #expect(Section.allCases.map(\.rawValue) == ["subject", "autonomous", "club", "career", "behavior"])
    }

    @Test func targetDefaultsToTheLimitAndMayBeSmaller() throws {
        #expect(try CheckOptions(section: .behavior).targetBytes == 900)
        #expect(try CheckOptions(section: .club, targetBytes: 600).targetBytes == 600)
    }

    @Test func targetAboveTheLimitIsRefusedNamingTheField() {
        #expect(throws: RequestError(field: "targetBytes", message: "targetBytes 1000 is above the behavior section limit of 900 bytes")) {
            try CheckOptions(section: .behavior, targetBytes: 1000)
        }
        #expect(throws: RequestError.self) { try CheckOptions(section: .club, targetBytes: 0) }
    }

    @Test func subjectSectionNeedsASubject() {
        #expect(throws: RequestError.self) { try CheckOptions(section: .subject) }
        #expect(throws: RequestError.self) { try CheckOptions(section: .subject, subject: "  ") }
        #expect((try? CheckOptions(section: .subject, subject: "과학")) != nil)
    }

    @Test func unknownSectionListsTheValidOnes() {
        do {
            _ = try Section.parse("math")
            Issue.record("parsed an unknown section")
        } catch {
            #expect(error.field == "section")
            #expect(error.message.contains("subject, autonomous, club, career, behavior"))
        }
    }

    @Test func extraTermsAreBounded() {
        #expect(throws: RequestError.self) {
            try CheckOptions(section: .club, extraForbiddenTerms: Array(repeating: "x", count: CheckOptions.maxExtraTerms + 1))
        }
        #expect(throws: RequestError.self) { try CheckOptions(section: .club, extraForbiddenTerms: [""]) }
    }
}
