import Foundation
import Testing
@testable import Rosters

@Suite("CP949")
struct CP949Tests {
    @Test func knownBytesBothWays() {
        // As Python's cp949 codec and Korean Excel write them: 번 B9F8, 호 C8A3, 똠 8C63 (an extension syllable).
        #expect(CP949.encode("번호 똠a") == [0xB9, 0xF8, 0xC8, 0xA3, 0x20, 0x8C, 0x63, 0x61])
        #expect(CP949.decode([0xB9, 0xF8, 0xC8, 0xA3, 0x20, 0x8C, 0x63, 0x61]) == "번호 똠a")
    }

    @Test func everyHangulSyllableRoundTrips() {
        let syllables = String(String.UnicodeScalarView((0xAC00...0xD7A3).compactMap(Unicode.Scalar.init)))
        let bytes = CP949.encode(syllables)
        #expect(bytes.count == 11_172 * 2)
        #expect(CP949.decode(bytes) == syllables)
    }

    /// Where this machine's Foundation has a CP949 converter (a dynamically linked one, backed by
    /// ICU), the table agrees with it on every syllable and on the symbols teachers type.
    @Test func theTableAgreesWithICU() throws {
        let text = String(String.UnicodeScalarView((0xAC00...0xD7A3).compactMap(Unicode.Scalar.init))) + "『』·→①※℃ㄱㅏ"
        let converted = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0422)))
        #expect(CP949.encode(text) == Array(converted))
    }

    @Test func whatCP949LacksIsAQuestionMarkAndBadBytesAreNoText() {
        #expect(CP949.encode("가😀") == [0xB0, 0xA1, 0x3F])
        #expect(CP949.decode([0xB0]) == nil)
        #expect(CP949.decode([0xFF, 0xFF]) == nil)
        #expect(CP949.decode([0x80, 0x41]) == nil)
    }
}
