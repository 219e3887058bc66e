/// The encodings Korean spreadsheets are saved in: UTF-8, or CP949 (Windows' 확장 완성형, which Excel
/// in Korean still writes for "CSV").
package enum KoreanText {
    /// UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8, else CP949.
    package static func decode(_ bytes: [UInt8]) throws(RosterError) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        if let text = CP949.decode(body) { return text }
        throw RosterError("the file is neither UTF-8 nor CP949 text; save it as CSV UTF-8 or as an .xlsx workbook")
    }
}
