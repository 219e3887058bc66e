import Foundation
import LambdaWire
import NIOHTTP1
import Testing

@testable import LambdaEmulator

@Suite("Event stream framing and stream errors")
struct EventStreamMessageTests {
    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func messageCarriesLengthsHeadersPayloadAndBothChecksums() {
        let bytes = EventStreamMessage.event("PayloadChunk", contentType: "application/octet-stream", payload: Array("hi".utf8)).encoded
        func word(_ offset: Int) -> UInt32 { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        #expect(Int(word(0)) == bytes.count)
        let headerLength = Int(word(4))
        #expect(word(8) == CRC32.checksum(Array(bytes[0..<8])))
        #expect(word(bytes.count - 4) == CRC32.checksum(Array(bytes[0..<bytes.count - 4])))
        #expect(Array(bytes[12 + headerLength..<bytes.count - 4]) == Array("hi".utf8))
        // First header: name length, ":event-type", string type 7, value length, value.
        #expect(bytes[12] == 11)
        #expect(String(decoding: bytes[13..<24], as: UTF8.self) == ":event-type")
        #expect(bytes[24] == 7)
        #expect(Int(bytes[25]) << 8 | Int(bytes[26]) == "PayloadChunk".utf8.count)
    }

    @Test func streamErrorTakesTheTypeTrailerAndTheBodyMessage() throws {
        var trailers = HTTPHeaders()
        trailers.add(name: RuntimeAPIHeader.functionErrorType, value: "Function.StreamBroke")
        trailers.add(name: RuntimeAPIHeader.functionErrorBody, value: Data(#"{"errorType":"StreamBroke","errorMessage":"midway"}"#.utf8).base64EncodedString())
        let error = try #require(RuntimeAPIHandler.streamError(trailers))
        #expect(error == RuntimeErrorPayload(errorType: "Function.StreamBroke", errorMessage: "midway"))

        var bare = HTTPHeaders()
        bare.add(name: RuntimeAPIHeader.functionErrorType, value: "Function.Oops")
        bare.add(name: RuntimeAPIHeader.functionErrorBody, value: "not base64 json")
        #expect(RuntimeAPIHandler.streamError(bare) == RuntimeErrorPayload(errorType: "Function.Oops", errorMessage: "not base64 json"))
        #expect(RuntimeAPIHandler.streamError(HTTPHeaders()) == nil)
    }
}
