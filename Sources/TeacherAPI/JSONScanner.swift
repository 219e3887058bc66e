/// A strict reading of a request body's JSON before it is decoded: the grammar of RFC 8259, UTF-8 that
/// is valid to the last byte, escapes that make characters (no half of a surrogate pair), every member
/// name once per object, and no deeper nesting than a request needs. Foundation's readers accept a
/// repeated name (JSONSerialization keeps the last, JSONDecoder the first) and report the other faults
/// without saying where; this names the top-level member each fault is in.
struct JSONScanner {
    /// A value as far as the request checks need it: strings decoded, numbers as written.
    enum Value {
        case string(String)
        case number(String)
        case array([Value])
        case object
        case bool
        case null
    }

    struct Failure: Error, Equatable {
        enum Problem: Equatable {
            case notAnObject
            case syntax(expected: String)
            case notUTF8
            case rawControlCharacter(UInt8)
            case unpairedSurrogate
            case duplicateName(String)
            case tooDeep
        }

        let problem: Problem
        /// Where in the body, counted in bytes from 0.
        let offset: Int
        /// The top-level member the fault is in; nil outside every member.
        let member: String?
    }

    /// A request body is an object of strings, numbers and lists of strings: two levels.
    static let maximumDepth = 8

    /// The members of the body's top-level object, or its first fault.
    static func members(of body: [UInt8]) throws(Failure) -> [String: Value] {
        var reader = JSONScanner(bytes: body)
        // RFC 8259 lets a parser ignore a byte order mark, and JSONDecoder does.
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        reader.skipWhitespace()
        guard reader.peek == UInt8(ascii: "{") else { throw reader.failure(.notAnObject) }
        var members: [String: Value] = [:]
        try reader.object { name, value in members[name] = value }
        reader.skipWhitespace()
        guard reader.index == body.count else { throw reader.failure(.syntax(expected: "the end of the body")) }
        return members
    }

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private var member: String?

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func failure(_ problem: Failure.Problem, at offset: Int? = nil) -> Failure {
        Failure(problem: problem, offset: offset ?? index, member: member)
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func value() throws(Failure) -> Value {
        skipWhitespace()
        guard let byte = peek else { throw failure(.syntax(expected: "a value")) }
        switch byte {
        case UInt8(ascii: "{"):
            try object { _, _ in }
            return .object
        case UInt8(ascii: "["): return .array(try array())
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "t"): try literal("true"); return .bool
        case UInt8(ascii: "f"): try literal("false"); return .bool
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: throw failure(.syntax(expected: "a value"))
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure(.tooDeep) }
        index += 1
    }

    /// An object from its `{`; `each` sees every member (the top level's are what `members` returns).
    private mutating func object(_ each: (String, Value) -> Void) throws(Failure) {
        try enter()
        var seen: Set<String> = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw failure(.syntax(expected: "a member name in double quotes")) }
            let nameOffset = index
            let name = try string()
            // Names equal as Swift strings are one key to JSONDecoder, canonically equivalent forms included.
            guard seen.insert(name).inserted else {
                throw Failure(problem: .duplicateName(name), offset: nameOffset, member: depth == 1 ? name : member)
            }
            skipWhitespace()
            guard peek == UInt8(ascii: ":") else { throw failure(.syntax(expected: "':' after a member name")) }
            index += 1
            if depth == 1 { member = name }
            let value = try value()
            if depth == 1 { member = nil }
            each(name, value)
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return
            default: throw failure(.syntax(expected: "',' or '}'"))
            }
        }
    }

    private mutating func array() throws(Failure) -> [Value] {
        try enter()
        var elements: [Value] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return elements
        }
        while true {
            elements.append(try value())
            skipWhitespace()
            switch peek {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return elements
            default: throw failure(.syntax(expected: "',' or ']'"))
            }
        }
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard let byte = peek else { throw failure(.syntax(expected: "the '\"' that ends a string")) }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &utf8)
            case 0..<0x20:
                throw failure(.rawControlCharacter(byte))
            case 0x20..<0x80:
                utf8.append(byte)
                index += 1
            default:
                let length = try sequenceLength()
                utf8 += bytes[index..<index + length]
                index += length
            }
        }
    }

    /// The length of the UTF-8 sequence at `index` (RFC 3629: no overlong forms, no surrogates,
    /// nothing past U+10FFFF).
    private func sequenceLength() throws(Failure) -> Int {
        let continuation: ClosedRange<UInt8> = 0x80...0xBF
        let (length, second): (Int, ClosedRange<UInt8>)
        switch bytes[index] {
        case 0xC2...0xDF: (length, second) = (2, continuation)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, continuation)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, continuation)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: throw failure(.notUTF8)
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]),
              bytes[index + 2..<index + length].allSatisfy(continuation.contains)
        else { throw failure(.notUTF8) }
        return length
    }

    private mutating func escape(into utf8: inout [UInt8]) throws(Failure) {
        let start = index
        index += 1
        guard let letter = peek else { throw failure(.syntax(expected: "an escape such as \\n or \\u0041")) }
        index += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
            UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let byte = simple[letter] {
            utf8.append(byte)
            return
        }
        guard letter == UInt8(ascii: "u") else { throw failure(.syntax(expected: "an escape such as \\n or \\u0041"), at: start) }
        var code = try hexCode()
        switch code {
        case 0xD800...0xDBFF:
            guard peek == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                throw failure(.unpairedSurrogate, at: start)
            }
            index += 2
            let low = try hexCode()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure(.unpairedSurrogate, at: start) }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw failure(.unpairedSurrogate, at: start)
        default:
            break
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure(.unpairedSurrogate, at: start) }
        UTF8.encode(scalar) { utf8.append($0) }
    }

    /// The four hex digits after `\u`.
    private mutating func hexCode() throws(Failure) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = Self.hexValue(byte) else { throw failure(.syntax(expected: "four hex digits after \\u")) }
            code = code << 4 | digit
            index += 1
        }
        return code
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func number() throws(Failure) -> String {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        guard let first = peek, Self.isDigit(first) else { throw failure(.syntax(expected: "a digit")) }
        if first == UInt8(ascii: "0") { index += 1 } else { digits() }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard let next = peek, Self.isDigit(next) else { throw failure(.syntax(expected: "a digit after '.'")) }
            digits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard let next = peek, Self.isDigit(next) else { throw failure(.syntax(expected: "a digit in the exponent")) }
            digits()
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func digits() {
        while let byte = peek, Self.isDigit(byte) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private mutating func literal(_ word: String) throws(Failure) {
        let expected = Array(word.utf8)
        guard bytes[index...].starts(with: expected) else { throw failure(.syntax(expected: "a value")) }
        index += expected.count
    }
}
